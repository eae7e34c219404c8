#include "core/features/weights_location.h"

#include <filesystem>

#include "core/util/environment.h"

namespace fewshot::features {

std::string weightsDirectory(const std::string& override) {
  if (!override.empty()) return override;
  if (std::string dir = util::environmentValue("FEWSHOT_WEIGHTS_DIR"); !dir.empty()) return dir;
  if (std::string xdg = util::environmentValue("XDG_DATA_HOME"); !xdg.empty()) return xdg + "/fewshot-studio/weights";
  return util::environmentValue("HOME") + "/.local/share/fewshot-studio/weights";
}

std::string efficientNetLite0WeightsPath(const std::string& weightsDirOverride) {
  return weightsDirectory(weightsDirOverride) + "/efficientnet_lite0.fsw";
}

bool efficientNetLite0WeightsAvailable(const std::string& weightsDirOverride) {
  std::error_code ec;
  return std::filesystem::is_regular_file(efficientNetLite0WeightsPath(weightsDirOverride), ec);
}

std::string missingWeightsMessage(const std::string& weightsDirOverride) {
  return "weights missing: " + efficientNetLite0WeightsPath(weightsDirOverride) +
         " not found; run `fewshot weights fetch` (or packaging/fetch-weights.sh in a source checkout)";
}

}  // namespace fewshot::features
