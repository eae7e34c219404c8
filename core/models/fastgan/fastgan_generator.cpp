#include "core/models/fastgan/fastgan_generator.h"

namespace fewshot::fastgan {

GeneratorImpl::GeneratorImpl(const FastGanConfig& config) : config_(config) {
  config.validate();
  const int R = config.imageSize;
  auto ch = [&](int r) { return config.generatorChannels(r); };
  // Registration order follows models.py so the parameter order equals the official g_ema list.
  init = register_module("init", InitLayer(config.nz, ch(4)));
  feat_8 = register_module("feat_8", makeUpBlockComp(ch(4), ch(8)));
  feat_16 = register_module("feat_16", makeUpBlock(ch(8), ch(16)));
  feat_32 = register_module("feat_32", makeUpBlockComp(ch(16), ch(32)));
  if (R >= 64) feat_64 = register_module("feat_64", makeUpBlock(ch(32), ch(64)));
  if (R >= 128) feat_128 = register_module("feat_128", makeUpBlockComp(ch(64), ch(128)));
  if (R >= 256) feat_256 = register_module("feat_256", makeUpBlock(ch(128), ch(256)));
  if (R >= 64) se_64 = register_module("se_64", SEBlock(ch(4), ch(64)));
  if (R >= 128) se_128 = register_module("se_128", SEBlock(ch(8), ch(128)));
  if (R >= 256) se_256 = register_module("se_256", SEBlock(ch(16), ch(256)));
  // Auxiliary head: the official 1x1 conv on feat_128; below 128 px it reads the last map.
  const int auxRes = R >= 128 ? 128 : R;
  to_128 = register_module("to_128", SNConv2d(SNConvOptions(ch(auxRes), 3, 1)));
  to_big = register_module("to_big", SNConv2d(SNConvOptions(ch(R), 3, 3).padding(1)));
  if (R >= 512) {
    feat_512 = register_module("feat_512", makeUpBlockComp(ch(256), ch(512)));
    se_512 = register_module("se_512", SEBlock(ch(32), ch(512)));
  }
  if (R >= 1024) feat_1024 = register_module("feat_1024", makeUpBlock(ch(512), ch(1024)));
  initializeFastGanWeights(*this);
}

GeneratorFeatures GeneratorImpl::earlyFeatures(const torch::Tensor& z) {
  GeneratorFeatures f;
  f.feat4 = init->forward(z);
  f.feat8 = feat_8->forward(f.feat4);
  f.feat16 = feat_16->forward(f.feat8);
  f.feat32 = feat_32->forward(f.feat16);
  return f;
}

torch::Tensor GeneratorImpl::features64(const GeneratorFeatures& f, bool applyGate) {
  torch::Tensor x = feat_64->forward(f.feat32);
  return applyGate ? se_64->forward(f.feat4, x) : x;
}

GeneratorOutput GeneratorImpl::decodeFrom64(const torch::Tensor& feat64, const GeneratorFeatures& style,
                                            bool tanhOutput) {
  const int R = config_.imageSize;
  torch::Tensor last = feat64, at128;
  if (R >= 128) last = at128 = se_128->forward(style.feat8, feat_128->forward(last));
  if (R >= 256) last = se_256->forward(style.feat16, feat_256->forward(last));
  if (R >= 512) last = se_512->forward(style.feat32, feat_512->forward(last));
  if (R >= 1024) last = feat_1024->forward(last);
  GeneratorOutput out{to_big->forward(last), to_128->forward(R >= 128 ? at128 : last)};
  if (tanhOutput) {
    out.image = torch::tanh(out.image);
    out.aux = torch::tanh(out.aux);
  }
  return out;
}

GeneratorOutput GeneratorImpl::forward(const torch::Tensor& z) {
  const int R = config_.imageSize;
  GeneratorFeatures f = earlyFeatures(z);
  // Official: tanh on both heads only at 1024; our small sizes use the 1024 convention (spec §3 [EXT]).
  const bool tanhOutput = R == 1024 || R < 256;
  if (R == 32) {
    GeneratorOutput out{to_big->forward(f.feat32), to_128->forward(f.feat32)};
    return {torch::tanh(out.image), torch::tanh(out.aux)};
  }
  return decodeFrom64(features64(f, true), f, tanhOutput);
}

}  // namespace fewshot::fastgan
