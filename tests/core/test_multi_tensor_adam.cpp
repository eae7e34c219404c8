// MultiTensorAdam against torch::optim::Adam: the Foreach kernel gives bit-identical parameters on the CPU
// (parameters that miss gradients at some steps included), its state saves and loads like Adam's, and on
// CUDA (FEWSHOT_TEST_DEVICE=cuda) the Fused kernel agrees to float rounding.
#include <QtTest>

#include <sstream>

#include "core/models/common/adam_state_archive.h"
#include "core/models/common/multi_tensor_adam.h"
#include "support/test_device.h"

using namespace fewshot;

namespace {

std::vector<torch::Tensor> makeParams(const torch::Device& device) {
  torch::manual_seed(3);
  return {torch::randn({4, 3, 3, 3}, device).requires_grad_(true), torch::randn({4}, device).requires_grad_(true),
          torch::randn({5, 7}, device).requires_grad_(true)};
}

// A few steps with fixed gradients; the third parameter gets none at the odd steps.
void train(torch::optim::Adam& adam, std::vector<torch::Tensor>& params, int steps) {
  for (int s = 0; s < steps; ++s) {
    adam.zero_grad();
    torch::Tensor loss = params[0].pow(2).sum() * (s + 1) + params[1].sin().sum();
    if (s % 2 == 0) loss = loss + params[2].pow(3).mean();
    loss.backward();
    adam.step();
  }
}

torch::optim::AdamOptions options() { return torch::optim::AdamOptions(2e-3).betas({0.5, 0.99}).eps(1e-8); }

}  // namespace

class TestMultiTensorAdam : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void foreachEqualsAdamOnTheCpu() {
    auto reference = makeParams(torch::kCPU);
    auto ours = makeParams(torch::kCPU);
    torch::optim::Adam adam(reference, options());
    MultiTensorAdam multi({torch::optim::OptimizerParamGroup(ours)}, options());
    train(adam, reference, 7);
    train(multi, ours, 7);
    for (size_t i = 0; i < ours.size(); ++i)
      QVERIFY2(torch::equal(ours[i], reference[i]), qPrintable(QString::number(i)));
  }

  void stateSavesAndLoadsLikeAdams() {
    auto params = makeParams(torch::kCPU);
    MultiTensorAdam multi({torch::optim::OptimizerParamGroup(params)}, options());
    train(multi, params, 3);
    torch::serialize::OutputArchive out;
    multi.save(out);
    std::ostringstream bytes;
    out.save_to(bytes);

    // Loaded into a plain Adam over copies of the parameters, both continue identically.
    std::vector<torch::Tensor> copies;
    for (auto& p : params) copies.push_back(p.detach().clone().requires_grad_(true));
    torch::optim::Adam adam(copies, options());
    std::istringstream in(bytes.str());
    torch::serialize::InputArchive archive;
    archive.load_from(in);
    loadAdamState(adam, archive);
    train(multi, params, 4);
    train(adam, copies, 4);
    for (size_t i = 0; i < params.size(); ++i) QVERIFY(torch::equal(params[i], copies[i]));
  }

  void fusedAgreesOnCuda() {
    if (!testing::testDeviceIsCuda() || !torch::cuda::is_available())
      QSKIP("the fused kernel runs on CUDA only (FEWSHOT_TEST_DEVICE=cuda)");
    const torch::Device cuda(testing::testDevice());
    auto reference = makeParams(cuda);
    auto ours = makeParams(cuda);
    torch::optim::Adam adam(reference, options());
    auto fused = makeAdam({torch::optim::OptimizerParamGroup(ours)}, options(), cuda);
    QVERIFY(dynamic_cast<MultiTensorAdam*>(fused.get()));
    train(adam, reference, 7);
    train(*fused, ours, 7);
    for (size_t i = 0; i < ours.size(); ++i)
      QVERIFY2(torch::allclose(ours[i], reference[i], 1e-5, 1e-6),
               qPrintable(QString("%1: %2").arg(i).arg((ours[i] - reference[i]).abs().max().item<double>())));
  }
};

QTEST_GUILESS_MAIN(TestMultiTensorAdam)
#include "test_multi_tensor_adam.moc"
