#include "core/models/projected/projector.h"

namespace fewshot::projected {
namespace F = torch::nn::functional;

namespace {

// PyTorch default init (Kaiming-uniform a = sqrt(5), bias U(-1/sqrt(fan_in), +)); with bias, no SN.
torch::nn::Conv2d conv1x1(int64_t in, int64_t out) {
  return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 1).bias(true));
}

torch::Tensor upsample2(const torch::Tensor& x) {
  return F::interpolate(x, F::InterpolateFuncOptions()
                               .scale_factor(std::vector<double>{2.0, 2.0})
                               .mode(torch::kBilinear)
                               .align_corners(true));
}

}  // namespace

ProjectorImpl::ProjectorImpl(features::EfficientNetLite0 net, int cout, int datasetSize)
    : cout_(cout), datasetSize_(datasetSize) {
  backbone = register_module("pretrained", std::move(net));
  layer0_ccm = register_module("layer0_ccm", conv1x1(24, cout));
  layer1_ccm = register_module("layer1_ccm", conv1x1(40, 2 * cout));
  layer2_ccm = register_module("layer2_ccm", conv1x1(112, 4 * cout));
  layer3_ccm = register_module("layer3_ccm", conv1x1(320, 8 * cout));
  // The paper describes 3x3 CSM convs; the official code uses 1x1 (spec §3). The deepest level halves
  // the width, level 0 keeps it.
  layer3_csm = register_module("layer3_csm", conv1x1(8 * cout, 4 * cout));
  layer2_csm = register_module("layer2_csm", conv1x1(4 * cout, 2 * cout));
  layer1_csm = register_module("layer1_csm", conv1x1(2 * cout, cout));
  layer0_csm = register_module("layer0_csm", conv1x1(cout, cout));
  for (auto& p : parameters()) p.set_requires_grad(false);
  eval();
}

int ProjectorImpl::featureChannels(int i) const { return i <= 1 ? cout_ : (i == 2 ? 2 * cout_ : 4 * cout_); }

torch::Tensor ProjectorImpl::prepare(const torch::Tensor& x) const {
  if (datasetSize_ >= 224) return x;
  return F::interpolate(x, F::InterpolateFuncOptions()
                               .size(std::vector<int64_t>{224, 224})
                               .mode(torch::kBilinear)
                               .align_corners(false));
}

std::vector<torch::Tensor> ProjectorImpl::taps(const torch::Tensor& x) { return backbone->forwardTaps(prepare(x)); }

std::vector<torch::Tensor> ProjectorImpl::forward(const torch::Tensor& x) {
  std::vector<torch::Tensor> t = taps(x);
  torch::Tensor c0 = layer0_ccm(t[0]), c1 = layer1_ccm(t[1]), c2 = layer2_ccm(t[2]), c3 = layer3_ccm(t[3]);
  // CSM, deepest first: add, then upsample x2 (align_corners = true), then the 1x1 conv.
  torch::Tensor out3 = layer3_csm(upsample2(c3));
  torch::Tensor out2 = layer2_csm(upsample2(out3 + c2));
  torch::Tensor out1 = layer1_csm(upsample2(out2 + c1));
  torch::Tensor out0 = layer0_csm(upsample2(out1 + c0));
  return {out0, out1, out2, out3};
}

}  // namespace fewshot::projected
