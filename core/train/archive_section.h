// One named sub-archive of a checkpoint (a model, an optimizer, a controller): every trainer's save/load
// writes and reads its parts through these, so the layout stays the same across families.
#pragma once
#include <torch/torch.h>

namespace fewshot::train {

template <class SaveFn>
void writeSection(torch::serialize::OutputArchive& archive, const char* key, SaveFn&& save) {
  torch::serialize::OutputArchive section;
  save(section);
  archive.write(key, section);
}

template <class LoadFn>
void readSection(torch::serialize::InputArchive& archive, const char* key, LoadFn&& load) {
  torch::serialize::InputArchive section;
  archive.read(key, section);
  load(section);
}

}  // namespace fewshot::train
