// MP4/AVI through OpenCV's VideoWriter (with video_codec.cpp the only OpenCV use in core/io), and
// openFrameSink().
#include <filesystem>
#include <stdexcept>

#include "core/io/frame_sink.h"
#include "core/io/gif_encoder.h"
#include "core/io/upscaling_sink.h"
#include "core/io/video_codec.h"
#include "core/util/disk_space.h"
#include "core/util/regular_file.h"
#include "core/util/temporary_names.h"

#ifdef FEWSHOT_WITH_OPENCV
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#endif

namespace fewshot::io {
namespace fs = std::filesystem;

namespace {

std::string lowerExtension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

#ifdef FEWSHOT_WITH_OPENCV
// Writes to a temporary file with the same extension (OpenCV picks the container from it) and
// renames it over the target in finish(); an abandoned export removes its temporary file. OpenCV does
// not report write errors, so finish() reads the file back and counts its frames before committing it.
class OpenCvVideoWriter : public FrameSink {
 public:
  OpenCvVideoWriter(const std::string& path, const AnimationOptions& o) : path_(path), options_(o) {
    temp_ = util::temporarySibling(path, "tmp") + fs::path(path).extension().string();
    if (lowerExtension(path) == ".avi") {
      encoding_ = "Motion JPEG (MJPG)";
      if (!open("MJPG")) throw std::runtime_error("cannot write video " + path + " (OpenCV has no MJPEG encoder here)");
      return;
    }
    const VideoCodec& codec = mp4Codec();
    if (codec.fourcc.empty()) throw std::runtime_error("cannot write video " + path + ": " + codec.fallbackReason);
    encoding_ = mp4EncodingText(codec);
    if (open(codec.fourcc)) return;
    // The probe's size may work where this one does not (odd sizes with some H.264 encoders).
    if (codec.h264 && open("mp4v")) {
      encoding_ = "MPEG-4 Part 2 (mp4v); H.264 could not encode " + std::to_string(o.width) + "x" +
                  std::to_string(o.height) + " frames here, so browsers and video sites may not play it";
      return;
    }
    throw std::runtime_error("cannot write video " + path + " (OpenCV has no encoder for this format here)");
  }
  std::string encoding() const override { return encoding_; }
  int outputWidth() const override { return options_.width; }
  int outputHeight() const override { return options_.height; }
  ~OpenCvVideoWriter() override {
    if (!finished_) {
      writer_.release();
      std::error_code ec;
      fs::remove(temp_, ec);
    }
  }
  void addFrame(const data::ImageU8& frame) override {
    if (frame.width != options_.width || frame.height != options_.height || frame.channels != 3)
      throw std::invalid_argument("video " + path_ + ": frame " + std::to_string(frames_) + " is not " +
                                  std::to_string(options_.width) + "x" + std::to_string(options_.height) + " RGB");
    cv::Mat rgb(frame.height, frame.width, CV_8UC3, const_cast<uint8_t*>(frame.pixels.data())), bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    writer_.write(bgr);
    ++frames_;
  }
  void finish() override {
    writer_.release();
    std::string problem;
    try {
      const int readable = probeVideo(temp_).frames;
      if (readable != frames_)
        problem = "the file holds " + std::to_string(readable) + " of " + std::to_string(frames_) + " frames";
    } catch (const std::exception& e) {
      problem = "the file cannot be read back";
    }
    if (!problem.empty()) {
      const auto free = util::freeBytes(temp_);
      if (free && *free < (uint64_t{1} << 20))
        problem = "disk full (" + util::byteCountText(*free) + " free); " + problem;
    }
    std::error_code ec;
    if (problem.empty()) fs::rename(temp_, path_, ec);
    if (!problem.empty() || ec) {
      std::error_code ignored;
      fs::remove(temp_, ignored);
      throw std::runtime_error("cannot write video " + path_ + ": " + (problem.empty() ? ec.message() : problem));
    }
    finished_ = true;
  }

 private:
  bool open(const std::string& fourcc) {
    return writer_.open(temp_, cv::VideoWriter::fourcc(fourcc[0], fourcc[1], fourcc[2], fourcc[3]), options_.fps,
                        cv::Size(options_.width, options_.height), true);
  }

  std::string path_, temp_, encoding_;
  AnimationOptions options_;
  cv::VideoWriter writer_;
  int frames_ = 0;
  bool finished_ = false;
};
#endif

}  // namespace

bool canWriteVideo() {
#ifdef FEWSHOT_WITH_OPENCV
  return true;
#else
  return false;
#endif
}

VideoProbe probeVideo(const std::string& path) {
#ifdef FEWSHOT_WITH_OPENCV
  cv::VideoCapture capture(path);
  if (!capture.isOpened()) throw std::runtime_error("cannot open video " + path);
  VideoProbe probe;
  const auto tag = static_cast<uint32_t>(capture.get(cv::CAP_PROP_FOURCC));
  for (int i = 0; i < 4; ++i) {
    const char c = static_cast<char>((tag >> (8 * i)) & 0xff);
    if (c) probe.fourcc += c;
  }
  cv::Mat frame;
  while (capture.read(frame)) {
    ++probe.frames;
    probe.width = frame.cols;
    probe.height = frame.rows;
  }
  return probe;
#else
  throw std::runtime_error("cannot read video " + path + ": this build has no OpenCV");
#endif
}

std::unique_ptr<FrameSink> openFrameSink(const std::string& path, const AnimationOptions& options) {
  const std::string ext = lowerExtension(path);
  if (options.scale < 1 || options.scale > kMaxAnimationScale)
    throw std::invalid_argument("cannot write " + path + ": the upscaling factor must be between 1 and " +
                                std::to_string(kMaxAnimationScale));
  AnimationOptions scaled = options;
  scaled.width = options.width * options.scale;
  scaled.height = options.height * options.scale;
  scaled.scale = 1;
  if (scaled.width > kMaxAnimationSide || scaled.height > kMaxAnimationSide)
    throw std::invalid_argument("cannot write " + path + ": " + std::to_string(scaled.width) + "x" +
                                std::to_string(scaled.height) + " px frames are larger than " +
                                std::to_string(kMaxAnimationSide) + " px; choose a smaller upscaling factor");
  if (ext == ".gif") return upscalingSink(std::make_unique<GifWriter>(path, scaled), options.scale);
  if (ext == ".mp4" || ext == ".avi") {
#ifdef FEWSHOT_WITH_OPENCV
    return upscalingSink(std::make_unique<OpenCvVideoWriter>(path, scaled), options.scale);
#else
    throw std::runtime_error("cannot write " + path + ": this build has no OpenCV (video); use a .gif file");
#endif
  }
  throw std::invalid_argument("cannot write " + path + ": unknown animation format (use .gif, .mp4 or .avi)");
}

}  // namespace fewshot::io
