#include "core/augment/diff_augment.h"

#include <sstream>
#include <stdexcept>

namespace fewshot {
using torch::indexing::Slice;

torch::Tensor randBrightness(const torch::Tensor& x, RandomSource& random) {
  return x + (random.rand({x.size(0), 1, 1, 1}, x.device()) - 0.5);
}

torch::Tensor randSaturation(const torch::Tensor& x, RandomSource& random) {
  torch::Tensor mean = x.mean(1, /*keepdim=*/true);
  return (x - mean) * (random.rand({x.size(0), 1, 1, 1}, x.device()) * 2) + mean;
}

torch::Tensor randContrast(const torch::Tensor& x, RandomSource& random) {
  torch::Tensor mean = x.mean({1, 2, 3}, /*keepdim=*/true);
  return (x - mean) * (random.rand({x.size(0), 1, 1, 1}, x.device()) + 0.5) + mean;
}

torch::Tensor translateImages(const torch::Tensor& x, const torch::Tensor& shiftRows, const torch::Tensor& shiftCols) {
  const int64_t B = x.size(0), H = x.size(2), W = x.size(3);
  auto longOpts = torch::TensorOptions().dtype(torch::kInt64).device(x.device());
  torch::Tensor batch = torch::arange(B, longOpts).view({B, 1, 1}).expand({B, H, W});
  torch::Tensor rows = torch::arange(H, longOpts).view({1, H, 1}).expand({B, H, W});
  torch::Tensor cols = torch::arange(W, longOpts).view({1, 1, W}).expand({B, H, W});
  // Index into a zero-padded copy so that anything shifted in from outside reads zero.
  rows = torch::clamp(rows + shiftRows.view({B, 1, 1}) + 1, 0, H + 1);
  cols = torch::clamp(cols + shiftCols.view({B, 1, 1}) + 1, 0, W + 1);
  torch::Tensor padded = torch::constant_pad_nd(x, {1, 1, 1, 1}).permute({0, 2, 3, 1});
  return padded.index({batch, rows, cols}).permute({0, 3, 1, 2}).contiguous();
}

torch::Tensor randTranslation(const torch::Tensor& x, double ratio, RandomSource& random) {
  const int64_t shiftH = static_cast<int64_t>(x.size(2) * ratio + 0.5);
  const int64_t shiftW = static_cast<int64_t>(x.size(3) * ratio + 0.5);
  torch::Tensor tRows = random.randint(-shiftH, shiftH + 1, {x.size(0)}, x.device());
  torch::Tensor tCols = random.randint(-shiftW, shiftW + 1, {x.size(0)}, x.device());
  return translateImages(x, tRows, tCols);
}

torch::Tensor randCutout(const torch::Tensor& x, double ratio, RandomSource& random) {
  const int64_t B = x.size(0), H = x.size(2), W = x.size(3);
  const int64_t cutH = static_cast<int64_t>(H * ratio + 0.5), cutW = static_cast<int64_t>(W * ratio + 0.5);
  torch::Tensor offRows = random.randint(0, H + (1 - cutH % 2), {B, 1, 1}, x.device());
  torch::Tensor offCols = random.randint(0, W + (1 - cutW % 2), {B, 1, 1}, x.device());
  auto longOpts = torch::TensorOptions().dtype(torch::kInt64).device(x.device());
  torch::Tensor rows = torch::arange(cutH, longOpts).view({1, cutH, 1}) + offRows - cutH / 2;
  torch::Tensor cols = torch::arange(cutW, longOpts).view({1, 1, cutW}) + offCols - cutW / 2;
  rows = rows.clamp(0, H - 1).expand({B, cutH, cutW});
  cols = cols.clamp(0, W - 1).expand({B, cutH, cutW});
  torch::Tensor batch = torch::arange(B, longOpts).view({B, 1, 1}).expand({B, cutH, cutW});
  torch::Tensor mask = torch::ones({B, H, W}, x.options());
  mask.index_put_({batch, rows, cols}, torch::zeros({}, x.options()));
  return x * mask.unsqueeze(1);
}

torch::Tensor diffAugment(const torch::Tensor& input, const DiffAugmentPolicy& policy, RandomSource& random) {
  torch::Tensor x = input;
  if (policy.color) {
    x = randBrightness(x, random);
    x = randSaturation(x, random);
    x = randContrast(x, random);
  }
  if (policy.translation) x = randTranslation(x, policy.translationRatio, random);
  if (policy.cutout) x = randCutout(x, policy.cutoutRatio, random);
  return x;
}

}  // namespace fewshot
