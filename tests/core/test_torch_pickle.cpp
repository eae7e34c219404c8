// The torch.save reader: files written by Python's torch.save (when python3-torch exists), files
// from torch::pickle_save, and damaged or hostile input (truncations, bit flips, crafted pickles)
// that must raise errors, never crash.
#include <QtTest>

#include <torch/torch.h>

#include <random>

#include "core/io/torch_pickle_reader.h"
#include "core/io/zip_reader.h"
#include "core/util/atomic_file.h"
#include "support/python_torch.h"
#include "support/test_paths.h"

using namespace fewshot;
using namespace fewshot::io;
using Kind = PickleValue::Kind;

namespace {
PickleValuePtr unpickleOnly(const std::string& bytes) {
  return unpickle(
      bytes, [](const std::string& key) -> std::string { throw TorchPickleError("no storage " + key); }, "test");
}
}  // namespace

class TestTorchPickle : public QObject {
  Q_OBJECT
 private:
  QString python_;
  std::string dir_;

 private Q_SLOTS:
  void initTestCase() {
    dir_ = testing::scratchDir("torch_pickle");
    python_ = testing::pythonWithTorch();
    if (!python_.isEmpty()) {
      const QString error = testing::runReference(python_, {"write-fixtures", QString::fromStdString(dir_)});
      QVERIFY2(error.isEmpty(), qPrintable(error));
    }
  }

  void readsPythonTorchSave() {
    if (python_.isEmpty()) QSKIP("python3 with torch is not installed");
    auto root = readTorchFile(dir_ + "/basic.pt");
    QCOMPARE(int(root->kind), int(Kind::Dict));
    auto state = root->get("state");
    QVERIFY(state);
    auto sd = toStateDict(state, "state");
    std::map<std::string, torch::Tensor> t(sd.begin(), sd.end());
    QCOMPARE(sd.front().first, std::string("a"));  // insertion order kept
    QVERIFY(torch::equal(t["a"], torch::arange(12, torch::kFloat32).reshape({3, 4})));
    QVERIFY(torch::equal(t["b_t"], torch::arange(6, torch::kFloat64).reshape({2, 3}).t()));
    QVERIFY(torch::equal(t["c"], torch::tensor({1, -2, 3}, torch::kInt64)));
    QCOMPARE(t["h"].scalar_type(), torch::kHalf);
    QVERIFY(torch::equal(t["h"].to(torch::kFloat), torch::arange(4, torch::kFloat)));
    QVERIFY(torch::equal(t["m"], torch::tensor({true, false, true})));
    QVERIFY(torch::equal(t["view"], torch::tensor({2.f, 3.f, 4.f})));
    QCOMPARE(t["scalar"].dim(), 0);
    QCOMPARE(t["scalar"].item<float>(), 2.5f);
    QCOMPARE(t["empty"].sizes().vec(), (std::vector<int64_t>{0, 3}));
    QVERIFY(torch::equal(t["param"], torch::ones({2, 2})));
    auto list = root->get("list");
    QVERIFY(list && list->kind == Kind::List && list->items.size() == 10);
    QCOMPARE(list->items[0]->integer, int64_t(1));
    QCOMPARE(list->items[1]->integer, int64_t(-70000));
    QCOMPARE(list->items[2]->integer, int64_t(1) << 40);
    QCOMPARE(list->items[3]->integer, -(int64_t(1) << 40));
    QCOMPARE(list->items[4]->real, 1.5);
    QCOMPARE(list->items[5]->text, std::string("text"));
    QCOMPARE(int(list->items[6]->kind), int(Kind::None));
    QVERIFY(list->items[7]->boolean && !list->items[8]->boolean);
    QCOMPARE(list->items[9]->items.size(), size_t(2));
    auto y = root->get("nested")->get("x")->get("y");
    QVERIFY(y && torch::equal(y->tensor, torch::arange(3, torch::kFloat)));
  }

  void readsOfficialCheckpointLayout() {
    if (python_.isEmpty()) QSKIP("python3 with torch is not installed");
    auto root = readTorchFile(dir_ + "/all_1234.pth");
    for (const char* key : {"g", "d", "g_ema", "opt_g", "opt_d"}) QVERIFY2(root->get(key), key);
    QCOMPARE(int(root->get("g_ema")->kind), int(Kind::List));
    QCOMPARE(root->get("g_ema")->items.size(), size_t(44));  // spec §9: 44 tensors at 256 px
    auto g = toStateDict(root->get("g"), "g");
    QCOMPARE(g.front().first, std::string("module.init.init.0.weight_orig"));
  }

  void readsPickleSave() {
    c10::Dict<std::string, at::Tensor> dict;
    dict.insert("x", torch::arange(5, torch::kFloat32));
    dict.insert("y", torch::tensor({7}, torch::kInt64));
    const auto bytes = torch::pickle_save(c10::IValue(dict));
    auto root = readTorchBytes(std::string(bytes.begin(), bytes.end()), "pickle_save");
    auto sd = toStateDict(root, "pickle_save");
    QCOMPARE(sd.size(), size_t(2));
    QVERIFY(torch::equal(sd[0].second, torch::arange(5, torch::kFloat32)));
    QCOMPARE(sd[1].second.item<int64_t>(), int64_t(7));
  }

  void refusesCraftedPickles() {
    // Each must raise TorchPickleError: unknown opcode, stack underflow, dangling memo reference,
    // missing STOP, a huge string length, APPEND on a non-list, a view beyond its storage.
    const std::vector<std::string> bad{
        std::string("\x80\x02\xff", 3), std::string("\x80\x02s.", 4), std::string("\x80\x02h\x05.", 5),
        std::string("\x80\x02}", 3), std::string("\x80\x02X\xff\xff\xff\x7f", 8), std::string("\x80\x02}K\x01a.", 7),
        std::string("\x80\x02(K\x01K\x02.", 8), std::string(".", 1), std::string()};
    for (const auto& b : bad) QVERIFY_THROWS_EXCEPTION(TorchPickleError, unpickleOnly(b));
    // A tensor whose view runs past its storage: storage of 4 floats viewed as 10 elements.
    using namespace std::string_literals;
    std::string p = "\x80\x02" "ctorch._utils\n_rebuild_tensor_v2\n("s;
    p += "(X\x07\x00\x00\x00storagectorch\nFloatStorage\nX\x01\x00\x00\x00" "0X\x03\x00\x00\x00" "cpuK\x04tQ"s;
    p += "K\x00K\x0a\x85K\x01\x85\x89)tR."s;
    auto storage = [](const std::string&) { return std::string(16, '\0'); };
    QVERIFY_THROWS_EXCEPTION(TorchPickleError, unpickle(p, storage, "view"));
    std::string ok = p;
    ok.replace(ok.find("K\x0a\x85"), 3, std::string("K\x04\x85", 3));
    QCOMPARE(unpickle(ok, storage, "view")->tensor.numel(), int64_t(4));
  }

  // Truncations and bit flips of real files: every outcome is a value or a TorchPickleError.
  void survivesDamage() {
    std::vector<std::string> files;
    c10::Dict<std::string, at::Tensor> dict;
    dict.insert("w", torch::randn({4, 3}));
    dict.insert("n", torch::tensor({3}, torch::kInt64));
    const auto own = torch::pickle_save(c10::IValue(dict));
    files.emplace_back(own.begin(), own.end());
    if (!python_.isEmpty()) files.push_back(util::readFileBytes(dir_ + "/basic.pt"));
    std::mt19937 rng(1);
    int errors = 0, reads = 0;
    for (const auto& original : files) {
      for (size_t cut = 0; cut < original.size(); cut += std::max<size_t>(1, original.size() / 300)) {
        try {
          readTorchBytes(original.substr(0, cut), "truncated");
          ++reads;
        } catch (const TorchPickleError&) {
          ++errors;
        }
      }
      for (int i = 0; i < 400; ++i) {
        std::string damaged = original;
        damaged[rng() % damaged.size()] ^= static_cast<char>(1 << (rng() % 8));
        try {
          readTorchBytes(damaged, "flipped");
          ++reads;
        } catch (const TorchPickleError&) {
          ++errors;
        }
      }
      // The pickle itself, bypassing the zip CRC: flips inside data.pkl reach the unpickler.
      ZipReader zip(original, "x");
      std::string pkl;
      for (const auto& n : zip.names())
        if (n.size() >= 8 && n.compare(n.size() - 8, 8, "data.pkl") == 0) pkl = zip.read(n);
      QVERIFY(!pkl.empty());
      auto storages = [](const std::string&) { return std::string(64, '\0'); };
      for (int i = 0; i < 2000; ++i) {
        std::string damaged = pkl;
        damaged[rng() % damaged.size()] = static_cast<char>(rng() & 0xFF);
        try {
          unpickle(damaged, storages, "fuzz");
          ++reads;
        } catch (const TorchPickleError&) {
          ++errors;
        }
      }
    }
    QVERIFY(errors > 0);  // damage is detected (the zip CRC catches every flip of stored data)
    qInfo() << "damaged inputs:" << errors << "refused," << reads << "read";
  }
};

QTEST_APPLESS_MAIN(TestTorchPickle)
#include "test_torch_pickle.moc"
