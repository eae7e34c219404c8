#include "core/models/consingan/consingan_generator.h"

#include <stdexcept>
#include <string>

namespace fewshot::consingan {
namespace F = torch::nn::functional;

namespace {

// G's internal resampler: bicubic with align_corners (PyTorch's a = -0.75), not the pyramid's (pitfall 8).
torch::Tensor up(const torch::Tensor& x, int64_t h, int64_t w) {
  return F::interpolate(
      x, F::InterpolateFuncOptions().size(std::vector<int64_t>{h, w}).mode(torch::kBicubic).align_corners(true));
}

torch::Tensor zeroPad(const torch::Tensor& x, int64_t p) { return F::pad(x, F::PadFuncOptions({p, p, p, p})); }

}  // namespace

GrowingGeneratorImpl::GrowingGeneratorImpl(const ConSinGanConfig& config)
    : config_(config), generationWiring_(config.generationWiring()) {
  head = register_module("head", ConvBlock(3, config.nfc, config.leakySlope, config.batchNorm));
  body = register_module("body", torch::nn::ModuleList());
  body->push_back(makeStage());
  tail = register_module("tail", torch::nn::Sequential(torch::nn::Conv2d(torch::nn::Conv2dOptions(config.nfc, 3, 3)),
                                                       torch::nn::Tanh()));
}

torch::nn::Sequential GrowingGeneratorImpl::makeStage() const {
  torch::nn::Sequential stage;
  for (int i = 0; i < config_.numLayer; ++i)
    stage->push_back(ConvBlock(config_.nfc, config_.nfc, config_.leakySlope, config_.batchNorm));
  return stage;
}

void GrowingGeneratorImpl::addStage() {
  torch::nn::Sequential next = makeStage();
  torch::NoGradGuard noGrad;
  auto& last = *body[body->size() - 1];
  auto srcParams = last.named_parameters();
  for (auto& p : next->named_parameters()) p.value().copy_(srcParams[p.key()]);
  auto srcBuffers = last.named_buffers();
  for (auto& b : next->named_buffers()) b.value().copy_(srcBuffers[b.key()]);
  next->to(head->conv->weight.device());
  body->push_back(next);
}

std::vector<int64_t> GrowingGeneratorImpl::noiseShape(int k, StageShape shape) const {
  if (k == 0) return {1, 3, shape.height, shape.width};
  const int64_t grow = generationWiring_ ? 2 * config_.numLayer : 0;
  return {1, config_.nfc, shape.height + grow, shape.width + grow};
}

torch::Tensor GrowingGeneratorImpl::forward(const std::vector<torch::Tensor>& noise,
                                            const std::vector<StageShape>& shapes, const std::vector<double>& amps) {
  const int n = stageCount();
  if (static_cast<int>(noise.size()) < n || static_cast<int>(shapes.size()) < n || static_cast<int>(amps.size()) < n)
    throw std::invalid_argument("ConSinGAN generator with " + std::to_string(n) + " stages got " +
                                std::to_string(noise.size()) + " noise maps, " + std::to_string(shapes.size()) +
                                " shapes and " + std::to_string(amps.size()) + " amplitudes");
  torch::Tensor x = head->forward(zeroPad(noise[0], 1));
  if (generationWiring_) {
    // Resampling to an enlarged size instead of padding gives more variation at the borders (README).
    x = up(x, x.size(2) + 2, x.size(3) + 2);
    x = zeroPad(x, config_.numLayer - 1);
  } else {
    x = zeroPad(x, config_.numLayer);
  }
  torch::Tensor prev = body[0]->as<torch::nn::Sequential>()->forward(x);
  for (int k = 1; k < n; ++k) {
    auto& block = *body[k]->as<torch::nn::Sequential>();
    torch::Tensor residual = up(prev, shapes[k].height, shapes[k].width);
    torch::Tensor out;
    if (generationWiring_) {
      const int64_t grow = 2 * config_.numLayer;
      out = block.forward(up(prev, shapes[k].height + grow, shapes[k].width + grow) + noise[k] * amps[k]);
    } else {
      out = block.forward(zeroPad(residual + noise[k] * amps[k], config_.numLayer));
    }
    prev = out + residual;
  }
  return tail->forward(zeroPad(prev, 1));
}

}  // namespace fewshot::consingan
