#include "core/train/tensorboard_log.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include "core/io/png_writer.h"
#include "core/train/metrics_log.h"
#include "core/train/run_directory.h"
#include "core/util/atomic_file.h"

namespace fewshot::train {
namespace fs = std::filesystem;

namespace {

const char* const kEventFilePrefix = "events.out.tfevents.";

double modificationTime(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return io::wallTimeNow();
  return static_cast<double>(st.st_mtim.tv_sec) + 1e-9 * static_cast<double>(st.st_mtim.tv_nsec);
}

struct SampleFile {
  int64_t iteration;
  std::string tag, path;
};

// samples/iter_<n>.png and samples/nearest_iter_<n>.png, by iteration.
std::vector<SampleFile> listSampleFiles(const RunDirectory& run, int64_t lastIteration) {
  std::vector<SampleFile> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(run.samplesDir(), ec)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || entry.path().extension() != ".png") continue;
    std::string tag, digits;
    if (name.rfind("iter_", 0) == 0) {
      tag = kSamplesImageTag;
      digits = name.substr(5, name.size() - 9);
    } else if (name.rfind("nearest_iter_", 0) == 0) {
      tag = kNearestImageTag;
      digits = name.substr(13, name.size() - 17);
    } else {
      continue;
    }
    if (digits.empty() || !std::all_of(digits.begin(), digits.end(), ::isdigit)) continue;
    const int64_t iteration = std::stoll(digits);
    if (lastIteration < 0 || iteration <= lastIteration) files.push_back({iteration, tag, entry.path().string()});
  }
  std::sort(files.begin(), files.end(), [](const SampleFile& a, const SampleFile& b) {
    return std::tie(a.tag, a.iteration) < std::tie(b.tag, b.iteration);
  });
  return files;
}

std::vector<std::string> listEventFiles(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().filename().string().rfind(kEventFilePrefix, 0) == 0)
      files.push_back(entry.path().string());
  return files;
}

}  // namespace

std::string tensorBoardTag(const std::string& key) {
  if (key == "iteration" || key.empty()) return {};
  if (key == "seconds") return "time/seconds_per_iteration";
  const size_t split = key.find('_');
  if (split == std::string::npos || split + 1 == key.size()) return "run/" + key;
  const std::string group = key.substr(0, split);
  return (group == "metric" ? std::string("metrics") : group) + "/" + key.substr(split + 1);
}

TensorBoardLog::TensorBoardLog(const std::string& runDir) : writer_(runDir) {}

void TensorBoardLog::addRecord(const nlohmann::json& record, double wallTime) {
  if (!record.is_object() || !record.contains("iteration")) return;
  std::map<std::string, double> scalars;
  for (const auto& [key, value] : record.items()) {
    if (!value.is_number() || value.is_boolean()) continue;
    const std::string tag = tensorBoardTag(key);
    if (!tag.empty()) scalars[tag] = value.get<double>();
  }
  writer_.addScalars(record.at("iteration").get<int64_t>(), scalars, wallTime);
  scalars_ += static_cast<int64_t>(scalars.size());
}

void TensorBoardLog::addImage(int64_t step, const std::string& tag, const data::ImageU8& image) {
  writer_.addPng(step, tag, io::encodePng(image));
  ++images_;
}

void TensorBoardLog::addPngFile(int64_t step, const std::string& tag, const std::string& path, double wallTime) {
  try {
    writer_.addPng(step, tag, util::readFileBytes(path), wallTime);
  } catch (const std::invalid_argument&) {
    throw std::runtime_error(path + " is not a PNG file");
  }
  ++images_;
}

TensorBoardConversion convertRunToTensorBoard(const std::string& runDir, bool withImages, int64_t lastIteration,
                                              const std::function<void(int64_t, int64_t)>& progress) {
  const RunDirectory run(runDir);
  if (!run.exists()) throw std::runtime_error(runDir + " is not a run directory (it has no config.json)");
  std::vector<nlohmann::json> records = MetricsLog::read(run.metricsPath());
  const auto afterLast = [&](const nlohmann::json& r) { return r.value("iteration", int64_t{0}) > lastIteration; };
  if (lastIteration >= 0) records.erase(std::remove_if(records.begin(), records.end(), afterLast), records.end());
  const std::vector<SampleFile> samples = withImages ? listSampleFiles(run, lastIteration) : std::vector<SampleFile>{};
  const std::vector<std::string> previous = listEventFiles(runDir);

  TensorBoardLog log(runDir);
  const int64_t total = static_cast<int64_t>(records.size() + samples.size());
  int64_t done = 0;
  // metrics.jsonl has no clock times: the run's start (config.json) plus the iterations' own durations.
  double wallTime = modificationTime(run.configPath());
  for (const nlohmann::json& r : records) {
    wallTime += r.value("seconds", 0.0);
    log.addRecord(r, wallTime);
    if (progress && (++done % 256 == 0 || done == total)) progress(done, total);
  }
  for (const SampleFile& s : samples) {
    log.addPngFile(s.iteration, s.tag, s.path, modificationTime(s.path));
    if (progress) progress(++done, total);
  }

  TensorBoardConversion result{log.path(), static_cast<int64_t>(records.size()), log.scalarCount(), log.imageCount()};
  for (const std::string& old : previous) {
    std::error_code ec;
    if (fs::remove(old, ec)) ++result.removedFiles;
  }
  return result;
}

}  // namespace fewshot::train
