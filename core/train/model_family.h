// The model families the studio and the CLI offer, and whether this build can train each one.
// The GUI's model picker and `fewshot train --model` both read this list; a family that is not
// built yet is listed (disabled) with the reason, never faked.
#pragma once
#include <string>
#include <vector>

namespace fewshot::train {

struct ModelFamily {
  std::string id;           // "fastgan", "projected", "consingan", "pggan"
  std::string displayName;  // "FastGAN", ...
  std::string summary;      // one line for tooltips and --help
  bool available = false;   // false: listed but not trainable in this build
  std::string unavailableReason;
  bool singleImage = false;  // trains on one image (ConSinGAN) rather than a folder
};

const std::vector<ModelFamily>& modelFamilies();
// nullptr when `id` is not a known family.
const ModelFamily* findModelFamily(const std::string& id);

}  // namespace fewshot::train
