// What the long jobs on a trained run (images, videos, the timelapse, latents, the generator export,
// eval) share: their outcome, progress reporting with cancellation, and output folders checked before
// any model work. The CLI runs jobs on its own thread; the studio on bridge/JobRunner's worker.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/io/frame_sink.h"

namespace fewshot::jobs {

struct JobOutcome {
  std::string path;           // the file or folder written
  std::string checkpoint;     // the checkpoint the images came from
  int count = 0;              // images, frames, latents, tensors or graph nodes
  int width = 0, height = 0;  // of one image / frame (a grid: the whole grid)
  int tileWidth = 0, tileHeight = 0;
  int skipped = 0;         // timelapse grids of another size
  int64_t latentSize = 0;  // latents JSON: values per latent
  int64_t bytes = 0;       // generator export: the ONNX file's size
  int64_t iteration = -1;  // iteration of the checkpoint (timelapse: of the newest grid)
  std::string details;     // generator export: "64 px, ngf 16, nz 256"
  std::string encoding;    // videos: "H.264 (avc1)", "GIF", ... with the reason for a fallback codec
};

// Reports `done` of `total`; throws io::ExportCancelled when `progress` asks to stop.
void report(const io::ProgressFn& progress, int done, int total);

// Creates the folder and proves it writable before any model work, so that a bad path fails at once
// with the folder named instead of after minutes of rendering (or as an encoder's vague message).
void prepareFolder(std::filesystem::path folder);
void prepareParentFolder(const std::string& file);

}  // namespace fewshot::jobs
