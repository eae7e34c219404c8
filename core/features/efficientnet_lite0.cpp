#include "core/features/efficientnet_lite0.h"

#include <set>
#include <stdexcept>

#include "core/features/tensor_archive.h"
#include "core/features/weights_location.h"

namespace fewshot::features {

namespace {

constexpr double kBnEps = 1e-3;

torch::nn::Conv2d conv(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t groups = 1) {
  return torch::nn::Conv2d(
      torch::nn::Conv2dOptions(in, out, kernel).stride(stride).padding(0).groups(groups).bias(false));
}

torch::nn::BatchNorm2d bn(int64_t channels) {
  return torch::nn::BatchNorm2d(torch::nn::BatchNorm2dOptions(channels).eps(kBnEps));
}

torch::Tensor clampRelu6(const torch::Tensor& x) { return torch::clamp(x, 0.0, 6.0); }

struct StageSpec {
  int repeats, kernel, stride, expand, out;
};
// Lite0: width and depth multipliers 1.0; stem 32, head 1280 (fixed in the Lite variants).
constexpr StageSpec kStages[] = {{1, 3, 1, 1, 16},  {2, 3, 2, 6, 24},  {2, 5, 2, 6, 40},  {3, 3, 2, 6, 80},
                                 {3, 5, 1, 6, 112}, {4, 5, 2, 6, 192}, {1, 3, 1, 6, 320}};
constexpr int kTapBlocks[] = {2, 4, 10, 15};

}  // namespace

torch::Tensor padSame(const torch::Tensor& x, int64_t kernel, int64_t stride) {
  auto total = [&](int64_t size) {
    const int64_t out = (size + stride - 1) / stride;
    return std::max<int64_t>((out - 1) * stride + kernel - size, 0);
  };
  const int64_t ph = total(x.size(2)), pw = total(x.size(3));
  if (ph == 0 && pw == 0) return x;
  // TF puts the odd pixel at the bottom/right.
  return torch::constant_pad_nd(x, {pw / 2, pw - pw / 2, ph / 2, ph - ph / 2}, 0.0);
}

MbConvBlockImpl::MbConvBlockImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t expandRatio)
    : kernel_(kernel), stride_(stride), residual_(stride == 1 && in == out) {
  const int64_t mid = in * expandRatio;
  if (expandRatio != 1) {
    expandConv_ = register_module("_expand_conv", conv(in, mid, 1, 1));
    bn0_ = register_module("_bn0", bn(mid));
  }
  depthwiseConv_ = register_module("_depthwise_conv", conv(mid, mid, kernel, stride, mid));
  bn1_ = register_module("_bn1", bn(mid));
  projectConv_ = register_module("_project_conv", conv(mid, out, 1, 1));
  bn2_ = register_module("_bn2", bn(out));
}

torch::Tensor MbConvBlockImpl::forward(torch::Tensor x) {
  torch::Tensor h = x;
  if (expandConv_) h = clampRelu6(bn0_(expandConv_(h)));
  h = clampRelu6(bn1_(depthwiseConv_(padSame(h, kernel_, stride_))));
  h = bn2_(projectConv_(h));
  return residual_ ? h + x : h;
}

EfficientNetLite0Impl::EfficientNetLite0Impl() {
  convStem_ = register_module("_conv_stem", conv(3, 32, 3, 2));
  bn0_ = register_module("_bn0", bn(32));
  int64_t in = 32;
  for (const StageSpec& s : kStages) {
    for (int r = 0; r < s.repeats; ++r) {
      blocks_->push_back(MbConvBlock(in, s.out, s.kernel, r == 0 ? s.stride : 1, s.expand));
      in = s.out;
    }
  }
  register_module("_blocks", blocks_);
  convHead_ = register_module("_conv_head", conv(320, 1280, 1, 1));
  bn1_ = register_module("_bn1", bn(1280));
  fc_ = register_module("_fc", torch::nn::Linear(1280, 1000));
  for (auto& p : parameters()) p.set_requires_grad(false);
  eval();
}

torch::Tensor EfficientNetLite0Impl::stem(const torch::Tensor& x) {
  if (x.dim() != 4 || x.size(1) != 3)
    throw std::invalid_argument("EfficientNet-Lite0 expects (B,3,H,W) RGB images, got " + std::to_string(x.dim()) +
                                "-d input");
  eval();  // frozen: BN always uses its stored statistics, even inside a module in train mode
  return clampRelu6(bn0_(convStem_(padSame(x, 3, 2))));
}

std::vector<torch::Tensor> EfficientNetLite0Impl::forwardTaps(const torch::Tensor& x) {
  std::vector<torch::Tensor> taps;
  torch::Tensor h = stem(x);
  int tap = 0;
  for (size_t i = 0; i < blocks_->size() && tap < 4; ++i) {
    h = blocks_[i]->as<MbConvBlock>()->forward(h);
    if (static_cast<int>(i) == kTapBlocks[tap]) {
      taps.push_back(h);
      ++tap;
    }
  }
  return taps;
}

torch::Tensor EfficientNetLite0Impl::head(const torch::Tensor& blocksOut) {
  return clampRelu6(bn1_(convHead_(blocksOut))).mean({2, 3});
}

torch::Tensor EfficientNetLite0Impl::forwardPooled(const torch::Tensor& x) { return head(forwardTaps(x).back()); }

torch::Tensor EfficientNetLite0Impl::forwardLogits(const torch::Tensor& x) { return fc_(forwardPooled(x)); }

torch::Tensor EfficientNetLite0Impl::normalizeUnitRange(const torch::Tensor& x01) {
  return (x01 * 255.0 - 127.0) / 128.0;
}

void EfficientNetLite0Impl::loadWeights(const std::string& path) {
  std::map<std::string, torch::Tensor> archive = readTensorArchive(path);
  std::set<std::string> used;
  torch::NoGradGuard noGrad;
  auto assign = [&](const std::string& name, torch::Tensor& dst) {
    auto it = archive.find(name);
    if (it == archive.end()) throw std::runtime_error(path + ": EfficientNet-Lite0 weight " + name + " is missing");
    if (it->second.sizes() != dst.sizes())
      throw std::runtime_error(path + ": weight " + name + " has shape " + c10::str(it->second.sizes()) +
                               ", expected " + c10::str(dst.sizes()));
    dst.copy_(it->second);
    used.insert(name);
  };
  for (auto& p : named_parameters()) assign(p.key(), p.value());
  for (auto& b : named_buffers())
    if (b.key().find("num_batches_tracked") == std::string::npos) assign(b.key(), b.value());
  for (const auto& [name, t] : archive)
    if (!used.count(name))
      throw std::runtime_error(path + ": unexpected weight " + name + " (not EfficientNet-Lite0?)");
  pretrained_ = true;
}

EfficientNetLite0 loadPretrainedEfficientNetLite0(const std::string& weightsDirOverride, const torch::Device& device) {
  if (!efficientNetLite0WeightsAvailable(weightsDirOverride))
    throw std::runtime_error(missingWeightsMessage(weightsDirOverride));
  EfficientNetLite0 net;
  net->loadWeights(efficientNetLite0WeightsPath(weightsDirOverride));
  net->to(device);
  return net;
}

}  // namespace fewshot::features
