// Taking FastGAN generators in and out of FewShot Studio:
// - export: the EMA generator as a plain PyTorch state dict (torch::pickle_save), keys exactly as
//   the official models.py Generator names them, so `netG.load_state_dict(torch.load(f))` works;
// - import: official checkpoints (`all_<iter>.pth` with `g` + `g_ema` list, `<iter>.pth` with `g`,
//   `module.` prefixes) or our own export, into a run folder that sample/mix/interpolate accept.
#pragma once
#include <torch/torch.h>

#include <string>
#include <utility>
#include <vector>

#include "core/models/fastgan/fastgan_generator.h"

namespace fewshot::explore {

// Parameters and buffers in PyTorch's state_dict() order (own parameters, own buffers, children).
std::vector<std::pair<std::string, torch::Tensor>> generatorStateDict(fastgan::Generator& g);

// Writes the state dict atomically to `path` and the configuration (image size, ngf, nz) beside it
// as `path` + ".json". Returns the number of tensors written.
int exportPytorchGenerator(fastgan::Generator& g, const std::string& path);

struct ImportedGenerator {
  fastgan::Generator generator{nullptr};
  fastgan::FastGanConfig config;
  int64_t iteration = 0;     // parsed from names like all_50000.pth, else 0
  std::string layout;        // "official all_*.pth (g + g_ema)", "official (g)", "state dict"
};

// Reads a checkpoint written by PyTorch (see above). `imageSize` 0 infers it from the keys; the
// width (ngf) and nz are inferred from the first layer's shape. Throws std::runtime_error naming
// the file and the problem (missing/unexpected keys, shapes, damaged file).
ImportedGenerator importGenerator(const std::string& path, int imageSize = 0);

// Creates `runDir` (which must not hold a run yet) with config.json, import.json and one checkpoint
// holding the generator as EMA generator. The run can be explored, not resumed (no discriminator).
void createRunFromGenerator(const ImportedGenerator& imported, const std::string& runDir, const std::string& source);

}  // namespace fewshot::explore
