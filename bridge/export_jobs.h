// The export jobs themselves, run synchronously on the calling (worker) thread. Private to the
// bridge's .cpp files: it includes core headers.
#pragma once
#include <string>

#include "bridge/export_bridge.h"
#include "core/io/frame_sink.h"

namespace fewshot {
namespace bridge {

struct ExportOutcome {
  std::string path;
  int count = 0;               // images, frames or tensors written
  int width = 0, height = 0;   // of one image / frame (grid: the whole grid)
  int tileWidth = 0, tileHeight = 0;
  int skipped = 0;             // timelapse grids of another size
  long long iteration = -1;    // checkpoint the images came from
};

// Throws io::ExportCancelled when `progress` returns false, std::exception with a message naming the
// file and the problem otherwise. Never leaves a partial file at job.output.
ExportOutcome runExportJob(const ExportJob& job, const io::ProgressFn& progress);

}  // namespace bridge
}  // namespace fewshot
