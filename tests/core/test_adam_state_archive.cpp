// Adam's saved state reads back the same under LibTorch 1.13 and 2.x, whichever of them wrote it. The two
// write the per-parameter keys differently (1.13: hex addresses "0x...", 2.x: decimal), so archives in
// both spellings are built here by hand, exactly as each version lays them out, and loaded.
#include <QtTest>
#include <torch/torch.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "core/models/common/adam_state_archive.h"

namespace {

enum class KeyStyle { Hex, Decimal };

std::string keyOf(int index, KeyStyle style) {
  // Stand-ins for TensorImpl addresses; what matters is that they are printed as each LibTorch prints them.
  const size_t address = 0x5616f72c23a0u + 0x1000u * static_cast<size_t>(index);
  if (style == KeyStyle::Decimal) return std::to_string(address);
  std::ostringstream hex;
  hex << "0x" << std::hex << address;
  return hex.str();
}

// Parameter i's moments are filled with i+1 (exp_avg) and 10*(i+1) (exp_avg_sq), step 7+i.
torch::serialize::OutputArchive writeAdamArchive(const std::vector<torch::Tensor>& params, KeyStyle style,
                                                 double lr, bool skipLast = false) {
  torch::serialize::OutputArchive archive;
  archive.write("pytorch_version", c10::IValue(std::string("1.5.0")));
  torch::serialize::OutputArchive state(archive.compilation_unit());
  torch::serialize::OutputArchive group(archive.compilation_unit());
  group.write("params/size", torch::tensor(static_cast<int64_t>(params.size())));
  for (size_t i = 0; i < params.size(); ++i) {
    const std::string key = keyOf(static_cast<int>(i), style);
    group.write("params/" + std::to_string(i), c10::IValue(key));
    if (skipLast && i + 1 == params.size()) continue;
    torch::optim::AdamParamState s;
    s.step(7 + static_cast<int64_t>(i));
    s.exp_avg(torch::full_like(params[i], static_cast<double>(i + 1)));
    s.exp_avg_sq(torch::full_like(params[i], 10.0 * static_cast<double>(i + 1)));
    torch::serialize::OutputArchive paramArchive(archive.compilation_unit());
    s.serialize(paramArchive);
    state.write(key, paramArchive);
  }
  torch::serialize::OutputArchive options(archive.compilation_unit());
  torch::optim::AdamOptions(lr).betas({0.0, 0.99}).serialize(options);
  group.write("options", options);
  torch::serialize::OutputArchive groups(archive.compilation_unit());
  groups.write("param_groups/size", torch::tensor(int64_t{1}));
  groups.write("param_groups/0", group);
  archive.write("state", state);
  archive.write("param_groups", groups);
  return archive;
}

torch::serialize::InputArchive reopen(torch::serialize::OutputArchive& archive) {
  std::ostringstream bytes;
  archive.save_to(bytes);
  std::istringstream in(bytes.str());
  torch::serialize::InputArchive reread;
  reread.load_from(in);
  return reread;
}

// The exp_avg of every parameter that has state, as a sorted list of sums: the state map's key type
// differs between LibTorch versions, so states are compared by content.
std::vector<double> momentSums(torch::optim::Adam& adam) {
  std::vector<double> sums;
  for (auto& entry : adam.state())
    sums.push_back(static_cast<torch::optim::AdamParamState&>(*entry.second).exp_avg().sum().item<double>());
  std::sort(sums.begin(), sums.end());
  return sums;
}

}  // namespace

class TestAdamStateArchive : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void readsEitherLibTorchsKeys_data() {
    QTest::addColumn<int>("style");
    QTest::newRow("LibTorch 1.13 (hex)") << static_cast<int>(KeyStyle::Hex);
    QTest::newRow("LibTorch 2.x (decimal)") << static_cast<int>(KeyStyle::Decimal);
  }

  void readsEitherLibTorchsKeys() {
    QFETCH(int, style);
    torch::nn::Sequential model(torch::nn::Linear(3, 4), torch::nn::Linear(4, 2));
    const auto params = model->parameters();
    QCOMPARE(static_cast<int>(params.size()), 4);
    auto written = writeAdamArchive(params, static_cast<KeyStyle>(style), 2e-4);
    auto archive = reopen(written);
    torch::optim::Adam adam(params, torch::optim::AdamOptions(1e-3));
    fewshot::loadAdamState(adam, archive);

    // Every parameter gets its own moments back (LibTorch 2.x's own loader gives all of a 1.13
    // archive's parameters one key, so all but one lose theirs).
    QCOMPARE(static_cast<int>(adam.state().size()), 4);
    int found = 0;
    for (size_t i = 0; i < params.size(); ++i) {
      for (auto& entry : adam.state()) {
        auto& s = static_cast<torch::optim::AdamParamState&>(*entry.second);
        if (s.step() != 7 + static_cast<int64_t>(i)) continue;
        ++found;
        QCOMPARE(s.exp_avg().sizes(), params[i].sizes());
        QVERIFY(torch::equal(s.exp_avg(), torch::full_like(params[i], static_cast<double>(i + 1))));
        QVERIFY(torch::equal(s.exp_avg_sq(), torch::full_like(params[i], 10.0 * static_cast<double>(i + 1))));
      }
    }
    QCOMPARE(found, 4);
    auto& options = static_cast<torch::optim::AdamOptions&>(adam.param_groups()[0].options());
    QCOMPARE(options.lr(), 2e-4);
    QCOMPARE(std::get<0>(options.betas()), 0.0);
    QCOMPARE(std::get<1>(options.betas()), 0.99);

    // The loaded state drives the next step like any other.
    model->forward(torch::ones({1, 3})).sum().backward();
    adam.step();
    for (auto& entry : adam.state())
      QVERIFY(static_cast<torch::optim::AdamParamState&>(*entry.second).step() >= 8);
  }

  void aParameterThatNeverSteppedHasNoState() {
    torch::nn::Linear model(3, 2);
    const auto params = model->parameters();
    auto written = writeAdamArchive(params, KeyStyle::Hex, 1e-3, /*skipLast=*/true);
    auto archive = reopen(written);
    torch::optim::Adam adam(params, torch::optim::AdamOptions(1e-3));
    fewshot::loadAdamState(adam, archive);
    QCOMPARE(static_cast<int>(adam.state().size()), 1);
  }

  void roundTripsItsOwnSave() {
    torch::manual_seed(3);
    torch::nn::Linear model(3, 2);
    torch::optim::Adam adam(model->parameters(), torch::optim::AdamOptions(1e-2));
    model(torch::randn({4, 3})).pow(2).sum().backward();
    adam.step();
    torch::serialize::OutputArchive written;
    adam.save(written);
    auto archive = reopen(written);

    torch::nn::Linear copy(3, 2);
    torch::optim::Adam restored(copy->parameters(), torch::optim::AdamOptions(1.0));
    fewshot::loadAdamState(restored, archive);
    QCOMPARE(static_cast<int>(restored.state().size()), 2);
    QCOMPARE(momentSums(restored), momentSums(adam));
    for (auto& entry : restored.state())
      QCOMPARE(static_cast<torch::optim::AdamParamState&>(*entry.second).step(), int64_t{1});
    QCOMPARE(static_cast<torch::optim::AdamOptions&>(restored.param_groups()[0].options()).lr(), 1e-2);
  }

  void refusesAnotherModelsStateAndKeepsItsOwn() {
    torch::nn::Linear small(3, 2);
    auto written = writeAdamArchive(small->parameters(), KeyStyle::Hex, 1e-3);
    torch::nn::Linear wider(3, 5);  // same parameter count, other shapes
    torch::optim::Adam adam(wider->parameters(), torch::optim::AdamOptions(5e-3));
    auto archive = reopen(written);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, fewshot::loadAdamState(adam, archive));
    QVERIFY(adam.state().empty());
    QCOMPARE(static_cast<torch::optim::AdamOptions&>(adam.param_groups()[0].options()).lr(), 5e-3);

    torch::nn::Sequential deeper(torch::nn::Linear(3, 2), torch::nn::Linear(2, 2));  // four parameters
    torch::optim::Adam other(deeper->parameters(), torch::optim::AdamOptions(5e-3));
    auto again = reopen(written);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, fewshot::loadAdamState(other, again));
  }
};

QTEST_APPLESS_MAIN(TestAdamStateArchive)
#include "test_adam_state_archive.moc"
