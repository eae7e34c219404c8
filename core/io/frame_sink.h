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
  // How the file is encoded, for the user: "H.264 (avc1)", "GIF", ... with the reason for a fallback.
  virtual std::string encoding() const = 0;
  // Size of the written frames (after upscaling).
  virtual int outputWidth() const = 0;
  virtual int outputHeight() const = 0;
};

struct AnimationOptions {
  int width = 0, height = 0;  // of the frames given to addFrame()
  double fps = 24.0;
  bool loop = true;  // GIF: loop forever (MP4 players decide themselves)
  int scale = 1;     // integer nearest-neighbour upscaling of every frame (1..kMaxAnimationScale)
};
constexpr int kMaxAnimationScale = 8;
constexpr int kMaxAnimationSide = 4096;  // pixels per side of the written frames

// What an export wrote, for messages: the encoding (FrameSink::encoding) and the frame size.
struct WrittenAnimation {
  std::string encoding;
  int width = 0, height = 0;
};

// Chooses by extension: .gif (built-in encoder), .mp4 (H.264 when OpenCV can write it here, else
// mp4v; see video_codec.h) / .avi (MJPEG; both throw when the build has no OpenCV). Frames are upscaled
// by options.scale. Throws std::invalid_argument for other extensions or a scale out of range.
std::unique_ptr<FrameSink> openFrameSink(const std::string& path, const AnimationOptions& options);
bool canWriteVideo();  // MP4/AVI available in this build

// Frame count and size of a video file as OpenCV decodes it (reads every frame); used to verify
// exports. Throws when the file cannot be opened or the build has no OpenCV.
struct VideoProbe {
  int frames = 0, width = 0, height = 0;
  std::string fourcc;  // the stream's codec tag as the container reports it, e.g. "avc1"
};
VideoProbe probeVideo(const std::string& path);

}  // namespace fewshot::io
