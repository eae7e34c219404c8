// Layout of a run folder:
//   config.json            the TrainingConfig
//   metrics.jsonl          one JSON object per iteration, appended and flushed
//   dataset.fspack         the preprocessed training images (resume works without the source folder)
//   samples/iter_<n>.png   fixed-seed EMA sample grids
//   samples/nearest_iter_<n>.png  samples beside their nearest training images (live metrics)
//   checkpoints/ckpt_<n>.pt
#pragma once
#include <cstdint>
#include <string>

namespace fewshot::train {

class RunDirectory {
 public:
  explicit RunDirectory(std::string root) : root_(std::move(root)) {}

  const std::string& root() const { return root_; }
  std::string configPath() const { return root_ + "/config.json"; }
  std::string metricsPath() const { return root_ + "/metrics.jsonl"; }
  std::string datasetPackPath() const { return root_ + "/dataset.fspack"; }
  std::string samplesDir() const { return root_ + "/samples"; }
  std::string checkpointsDir() const { return root_ + "/checkpoints"; }
  std::string samplePath(int64_t iteration) const;
  std::string checkpointPath(int64_t iteration) const;
  // Live metrics' memorisation sheet: rows of [sample | nearest training image].
  std::string nearestSamplePath(int64_t iteration) const;

  bool exists() const;       // the folder holds a config.json
  void create() const;       // creates the folders

 private:
  std::string root_;
};

}  // namespace fewshot::train
