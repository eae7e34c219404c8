#include "core/explore/style_mixing.h"

#include <sstream>
#include <stdexcept>

namespace fewshot::explore {
namespace {

using fastgan::GeneratorFeatures;

// Our small configurations were trained with tanh heads (spec §3 [EXT]); the official ones at
// 256/512 have none, and the official style-mix late pass skips tanh even at 1024.
bool tanhForOfficialLatePass(int R) { return R < 256; }
bool tanhForForward(int R) { return R < 256 || R == 1024; }

GeneratorFeatures select(const GeneratorFeatures& f, const torch::Tensor& index) {
  return {f.feat4.index_select(0, index), f.feat8.index_select(0, index), f.feat16.index_select(0, index),
          f.feat32.index_select(0, index)};
}

void checkLatents(fastgan::Generator& g, const torch::Tensor& z, const char* what) {
  if (z.dim() != 2 || z.size(0) < 1 || z.size(1) != g->config().nz)
    throw std::invalid_argument(std::string(what) + " latents must have shape (N," + std::to_string(g->config().nz) +
                                ")");
}

torch::Device deviceOf(fastgan::Generator& g) { return g->parameters().front().device(); }

}  // namespace

GateSources GateSources::allFrom(GateSource source) {
  GateSources s;
  s.gate.fill(source);
  return s;
}

GateSources GateSources::parseStyleGates(const std::string& text) {
  GateSources s = allFrom(GateSource::Content);
  if (text == "none") return s;
  if (text == "all") return allFrom(GateSource::Style);
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    bool found = false;
    for (size_t i = 0; i < kGateResolutions.size(); ++i)
      if (item == std::to_string(kGateResolutions[i])) {
        s.gate[i] = GateSource::Style;
        found = true;
      }
    if (!found) throw std::invalid_argument("unknown SLE gate '" + item + "' (gates: 64,128,256,512, all, none)");
  }
  return s;
}

std::string GateSources::describe() const {
  std::string out;
  for (size_t i = 0; i < gate.size(); ++i)
    out += (i ? " " : "") + std::to_string(kGateResolutions[i]) + (gate[i] == GateSource::Style ? ":B" : ":A");
  return out;
}

torch::Tensor mixPerGate(fastgan::Generator& g, const torch::Tensor& content, const torch::Tensor& style,
                         const GateSources& sources, NormMode mode, uint64_t noiseSeed) {
  checkLatents(g, content, "content");
  checkLatents(g, style, "style");
  const int R = g->config().imageSize;
  const auto device = deviceOf(g);
  SamplingScope scope(g, mode, noiseSeed);
  // Content draws its noise from the same stream as plain sampling; the style pass from a fresh
  // copy of it, so that A = B reproduces plain sampling exactly (with one style latent per row).
  // The style pass also starts from the initial spectral-norm state and leaves the content pass's
  // state for the late layers, as if the content had been sampled alone.
  GeneratorFeatures a = g->earlyFeatures(content.to(device));
  const RandomSourcePtr contentNoise = scope.noise();
  const auto afterContent = scope.snapshotBuffers();
  scope.restoreBuffers(scope.initialBuffers());
  scope.useNoise(std::make_shared<RandomSource>(noiseSeed));
  GeneratorFeatures b = g->earlyFeatures(style.to(device));
  scope.restoreBuffers(afterContent);
  scope.useNoise(contentNoise);

  const int64_t n = content.size(0), m = style.size(0);
  auto rowIndex = torch::arange(n, torch::kLong).repeat_interleave(m).to(device);
  auto colIndex = torch::arange(m, torch::kLong).repeat({n}).to(device);
  GeneratorFeatures pa = select(a, rowIndex), pb = select(b, colIndex);
  if (R == 32) return torch::tanh(g->to_big->forward(pa.feat32)).to(torch::kCPU);  // no SLE gates at 32 px

  auto pick = [&](size_t gate) -> const GeneratorFeatures& {
    return sources.gate[gate] == GateSource::Style ? pb : pa;
  };
  GeneratorFeatures gateInputs{pick(0).feat4, pick(1).feat8, pick(2).feat16, pick(3).feat32};
  torch::Tensor x64 = g->features64({gateInputs.feat4, pa.feat8, pa.feat16, pa.feat32}, true);
  return g->decodeFrom64(x64, gateInputs, tanhForForward(R)).image.to(torch::kCPU);
}

torch::Tensor mixOfficial(fastgan::Generator& g, const torch::Tensor& content, const torch::Tensor& style,
                          uint64_t noiseSeed) {
  checkLatents(g, content, "content");
  checkLatents(g, style, "style");
  const int R = g->config().imageSize;
  const auto device = deviceOf(g);
  SamplingScope scope(g, NormMode::BatchStatistics, noiseSeed);
  GeneratorFeatures a = g->earlyFeatures(content.to(device));
  GeneratorFeatures b = g->earlyFeatures(style.to(device));
  if (R == 32) return torch::tanh(g->to_big->forward(a.feat32)).repeat_interleave(style.size(0), 0).to(torch::kCPU);
  torch::Tensor a64 = g->features64(a, false);  // style_mix.py never applies se_64
  std::vector<torch::Tensor> rows;
  for (int64_t i = 0; i < content.size(0); ++i) {
    torch::Tensor copies = a64.slice(0, i, i + 1).expand({style.size(0), -1, -1, -1}).contiguous();
    rows.push_back(g->decodeFrom64(copies, b, tanhForOfficialLatePass(R)).image.to(torch::kCPU));
  }
  return torch::cat(rows, 0);
}

torch::Tensor styleMixGrid(const torch::Tensor& plainContent, const torch::Tensor& plainStyle,
                           const torch::Tensor& mixes) {
  const int64_t n = plainContent.size(0), m = plainStyle.size(0);
  if (mixes.size(0) != n * m) throw std::invalid_argument("styleMixGrid: expected N*M mixed images");
  std::vector<torch::Tensor> tiles;
  tiles.push_back(torch::ones_like(plainStyle[0]));
  for (int64_t j = 0; j < m; ++j) tiles.push_back(plainStyle[j]);
  for (int64_t i = 0; i < n; ++i) {
    tiles.push_back(plainContent[i]);
    for (int64_t j = 0; j < m; ++j) tiles.push_back(mixes[i * m + j]);
  }
  return torch::stack(tiles, 0);
}

}  // namespace fewshot::explore
