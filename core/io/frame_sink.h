// Destinations for animations (interpolation videos, loops, the training timelapse), progress
// reporting and cancellation shared by the long exports.
#pragma once
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

#include "core/data/image_u8.h"

namespace fewshot::io {

// Called after each unit of work; returning false cancels the export (which then throws
// ExportCancelled and leaves no partial file behind).
using ProgressFn = std::function<bool(int done, int total)>;

class ExportCancelled : public std::runtime_error {
 public:
  ExportCancelled() : std::runtime_error("export cancelled") {}
};

class FrameSink {
 public:
  virtual ~FrameSink() = default;
  // RGB frames, all of the size given at creation.
  virtual void addFrame(const data::ImageU8& frame) = 0;
  // Commits the file atomically; without finish() nothing is left at the path.
  virtual void finish() = 0;
};

struct AnimationOptions {
  int width = 0, height = 0;
  double fps = 24.0;
  bool loop = true;  // GIF: loop forever (MP4 players decide themselves)
};

// Chooses by extension: .gif (built-in encoder), .mp4 / .avi (OpenCV VideoWriter; throws when the
// build has no OpenCV). Throws std::invalid_argument for other extensions.
std::unique_ptr<FrameSink> openFrameSink(const std::string& path, const AnimationOptions& options);
bool canWriteVideo();  // MP4/AVI available in this build

// Frame count and size of a video file as OpenCV decodes it (reads every frame); used to verify
// exports. Throws when the file cannot be opened or the build has no OpenCV.
struct VideoProbe {
  int frames = 0, width = 0, height = 0;
};
VideoProbe probeVideo(const std::string& path);

}  // namespace fewshot::io
