// MP4/AVI through OpenCV's VideoWriter (the only OpenCV use in core/io), and openFrameSink().
#include <filesystem>
#include <stdexcept>

#include "core/io/frame_sink.h"
#include "core/io/gif_encoder.h"
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
    const int fourcc = lowerExtension(path) == ".avi" ? cv::VideoWriter::fourcc('M', 'J', 'P', 'G')
                                                      : cv::VideoWriter::fourcc('m', 'p', '4', 'v');
    if (!writer_.open(temp_, fourcc, o.fps, cv::Size(o.width, o.height), true))
      throw std::runtime_error("cannot write video " + path + " (OpenCV has no encoder for this format here)");
  }
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
  std::string path_, temp_;
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
  if (ext == ".gif") return std::make_unique<GifWriter>(path, options);
  if (ext == ".mp4" || ext == ".avi") {
#ifdef FEWSHOT_WITH_OPENCV
    return std::make_unique<OpenCvVideoWriter>(path, options);
#else
    throw std::runtime_error("cannot write " + path + ": this build has no OpenCV (video); use a .gif file");
#endif
  }
  throw std::invalid_argument("cannot write " + path + ": unknown animation format (use .gif, .mp4 or .avi)");
}

}  // namespace fewshot::io
