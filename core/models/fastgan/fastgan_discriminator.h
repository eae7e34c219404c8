// FastGAN discriminator (spec §4): a big path with SLE gates, a 128 px small path, and three
// self-supervised decoders used on real images.
#pragma once
#include <torch/torch.h>

#include "core/models/fastgan/fastgan_blocks.h"
#include "core/models/fastgan/fastgan_config.h"

namespace fewshot::fastgan {

// The decoders' output size at every resolution (8x8 features upsampled 16x), as in the official code.
inline constexpr int kReconstructionSize = 128;

struct DiscriminatorOutput {
  torch::Tensor logits;  // 1-D, 50 per image (25 big + 25 small)
  // Real path only: reconstructions of the whole image (big and small features) and of one quarter.
  torch::Tensor recBig, recSmall, recPart;
};

class DiscriminatorImpl : public torch::nn::Module {
 public:
  explicit DiscriminatorImpl(const FastGanConfig& config);

  // Real path: one tensor at the training size, copied by nearest resize into the big and small
  // inputs; decoders run, reconstructing quarter `part` (0 TL, 1 TR, 2 BL, 3 BR).
  DiscriminatorOutput forwardReal(const torch::Tensor& images, int part);
  // Fake path: the generator's pair as given (resized only when the model is smaller than 256).
  torch::Tensor forwardFake(const torch::Tensor& image, const torch::Tensor& aux);

  torch::nn::Sequential down_from_big{nullptr}, rf_big{nullptr}, down_from_small{nullptr};
  DownBlockComp down_4{nullptr}, down_8{nullptr}, down_16{nullptr}, down_32{nullptr}, down_64{nullptr};
  SEBlock se_2_16{nullptr}, se_4_32{nullptr}, se_8_64{nullptr};
  SNConv2d rf_small{nullptr};
  SimpleDecoder decoder_big{nullptr}, decoder_part{nullptr}, decoder_small{nullptr};

 private:
  struct Trunk {
    torch::Tensor feat32, featLast, featSmall, logits;
  };
  Trunk trunk(const torch::Tensor& big, const torch::Tensor& small);
  FastGanConfig config_;
};
TORCH_MODULE(Discriminator);

// Nearest resize with PyTorch's default `interpolate` semantics.
torch::Tensor resizeNearest(const torch::Tensor& x, int64_t size);
// Quarter `part` of an image batch (spec §4): 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right.
torch::Tensor cropQuarter(const torch::Tensor& x, int part);

}  // namespace fewshot::fastgan
