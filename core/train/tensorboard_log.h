// A run's scalars and sample grids as TensorBoard event files in the run folder, next to metrics.jsonl.
// Live: TrainingSession mirrors every metrics.jsonl record and every sample grid into a TensorBoardLog
// when the run's config has `tensorboard` on. After the fact: convertRunToTensorBoard() rebuilds the
// event files of any run from metrics.jsonl and samples/ (`fewshot tensorboard RUN`).
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/data/image_u8.h"
#include "core/io/tensorboard_writer.h"

namespace fewshot::train {

// TensorBoard tag of a metrics.jsonl key: grouped by its first word ("loss_d_real" -> "loss/d_real",
// "metric_fd_effnet" -> "metrics/fd_effnet", "ada_p" -> "ada/p", "phase_alpha" -> "phase/alpha",
// "seconds" -> "time/seconds_per_iteration"); "" for keys that are not plotted ("iteration").
std::string tensorBoardTag(const std::string& key);

// Image tags: the fixed-seed sample grids and the live metrics' nearest-neighbour sheets.
inline constexpr const char* kSamplesImageTag = "samples";
inline constexpr const char* kNearestImageTag = "nearest_images";

class TensorBoardLog {
 public:
  explicit TensorBoardLog(const std::string& runDir);

  // The numeric fields of one metrics.jsonl record, at its "iteration".
  void addRecord(const nlohmann::json& record, double wallTime = io::wallTimeNow());
  void addImage(int64_t step, const std::string& tag, const data::ImageU8& image);
  void addPngFile(int64_t step, const std::string& tag, const std::string& path, double wallTime);
  const std::string& path() const { return writer_.path(); }
  int64_t scalarCount() const { return scalars_; }
  int64_t imageCount() const { return images_; }

 private:
  io::TensorBoardWriter writer_;
  int64_t scalars_ = 0, images_ = 0;
};

struct TensorBoardConversion {
  std::string eventFile;
  int64_t records = 0, scalars = 0, images = 0;
  int removedFiles = 0;  // earlier event files of the run that the new one replaces
};

// Writes one event file for the run from metrics.jsonl and samples/*.png (records and images up to
// `lastIteration`, all when negative) and then removes the run folder's other event files: they only
// ever hold what these files hold. `withImages` false leaves the sample grids out. `progress` gets
// (done, total) over records + images. Throws std::runtime_error naming the run when it is not one.
TensorBoardConversion convertRunToTensorBoard(const std::string& runDir, bool withImages = true,
                                              int64_t lastIteration = -1,
                                              const std::function<void(int64_t, int64_t)>& progress = {});

}  // namespace fewshot::train
