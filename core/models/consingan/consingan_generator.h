// ConSinGAN's GrowingGenerator (spec §3): a head, one body entry of numLayer ConvBlocks per stage
// (each new entry starts as a copy of the previous one), a tail with tanh. Stage 0 takes a 3-channel
// image-space input; every later stage adds 64-channel feature noise to the upsampled features and
// refines them residually.
#pragma once
#include <torch/torch.h>

#include <vector>

#include "core/models/consingan/consingan_blocks.h"
#include "core/models/consingan/consingan_config.h"
#include "core/models/consingan/image_pyramid.h"

namespace fewshot::consingan {

struct GrowingGeneratorImpl : torch::nn::Module {
  explicit GrowingGeneratorImpl(const ConSinGanConfig& config);

  // Appends a body stage whose weights are a copy of the current last stage.
  void addStage();
  int stageCount() const { return static_cast<int>(body->size()); }
  torch::nn::Module& stage(int k) { return *body[k]; }

  // noise[k] for k < stageCount(); shapes[k] the output size of stage k; amps[k] the amplitude of
  // noise[k] (amps[0] unused). Returns (1,3,H,W) at shapes[stageCount()-1].
  torch::Tensor forward(const std::vector<torch::Tensor>& noise, const std::vector<StageShape>& shapes,
                        const std::vector<double>& amps);

  // The noise shape stage k expects for an output of `shape` (spec §6).
  std::vector<int64_t> noiseShape(int k, StageShape shape) const;

  ConvBlock head{nullptr};
  torch::nn::ModuleList body{nullptr};
  torch::nn::Sequential tail{nullptr};

 private:
  torch::nn::Sequential makeStage() const;
  ConSinGanConfig config_;
  bool generationWiring_;
};
TORCH_MODULE(GrowingGenerator);

}  // namespace fewshot::consingan
