// FastGAN generator (spec §3): InitLayer, alternating UpBlockComp/UpBlock, SLE gates 4->64,
// 8->128, 16->256, 32->512; returns [main image, 128 px auxiliary image].
#pragma once
#include <torch/torch.h>

#include "core/models/fastgan/fastgan_blocks.h"
#include "core/models/fastgan/fastgan_config.h"

namespace fewshot::fastgan {

struct GeneratorOutput {
  torch::Tensor image;  // (B,3,R,R)
  torch::Tensor aux;    // (B,3,128,128) for R >= 128; (B,3,R,R) below
};

// Intermediate maps used by style mixing (spec §10).
struct GeneratorFeatures {
  torch::Tensor feat4, feat8, feat16, feat32;
};

class GeneratorImpl : public torch::nn::Module {
 public:
  explicit GeneratorImpl(const FastGanConfig& config);
  GeneratorOutput forward(const torch::Tensor& z);

  GeneratorFeatures earlyFeatures(const torch::Tensor& z);
  // Feature map at 64 px from feat32, with or without the 4->64 SLE gate.
  torch::Tensor features64(const GeneratorFeatures& f, bool applyGate);
  // Everything after 64 px. `style` provides the SLE gates at 128/256/512.
  GeneratorOutput decodeFrom64(const torch::Tensor& feat64, const GeneratorFeatures& style, bool tanhOutput);

  const FastGanConfig& config() const { return config_; }

  InitLayer init{nullptr};
  Block feat_8{nullptr}, feat_16{nullptr}, feat_32{nullptr}, feat_64{nullptr}, feat_128{nullptr},
      feat_256{nullptr}, feat_512{nullptr}, feat_1024{nullptr};
  SEBlock se_64{nullptr}, se_128{nullptr}, se_256{nullptr}, se_512{nullptr};
  SNConv2d to_128{nullptr}, to_big{nullptr};

 private:
  FastGanConfig config_;
};
TORCH_MODULE(Generator);

}  // namespace fewshot::fastgan
