#include "core/io/video_codec.h"

#include <cstdlib>
#include <filesystem>
#include <random>
#include <sstream>
#include <vector>

#ifdef FEWSHOT_WITH_OPENCV
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/videoio.hpp>
#endif

namespace fewshot::io {
namespace fs = std::filesystem;

namespace {

std::vector<std::string> candidates() {
  const char* env = std::getenv("FEWSHOT_VIDEO_CODECS");
  std::vector<std::string> list;
  if (env && *env) {
    std::stringstream in(env);
    std::string item;
    while (std::getline(in, item, ','))
      if (item.size() == 4) list.push_back(item);
  }
  if (list.empty()) list = {"avc1", "H264", "mp4v"};
  return list;
}

#ifdef FEWSHOT_WITH_OPENCV
// A few frames written and read back: open() alone succeeds for some fourccs that then write nothing.
bool canWrite(const std::string& fourcc) {
  std::random_device rd;
  const fs::path path = fs::temp_directory_path() / ("fewshot-codec-probe-" + std::to_string(rd()) + ".mp4");
  const int frames = 3;
  int read = 0;
  {
    cv::VideoWriter writer;
    if (!writer.open(path.string(), cv::VideoWriter::fourcc(fourcc[0], fourcc[1], fourcc[2], fourcc[3]), 24,
                     cv::Size(64, 64), true))
      return false;
    for (int i = 0; i < frames; ++i) writer.write(cv::Mat(64, 64, CV_8UC3, cv::Scalar(40 * i, 100, 200)));
    writer.release();
    cv::VideoCapture capture(path.string());
    cv::Mat frame;
    while (capture.isOpened() && capture.read(frame)) ++read;
  }
  std::error_code ec;
  fs::remove(path, ec);
  return read == frames;
}

VideoCodec probe() {
  // The failed candidates would print OpenCV/FFmpeg warnings that mean nothing to the user.
  const auto level = cv::utils::logging::getLogLevel();
  cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
  VideoCodec codec;
  for (const std::string& fourcc : candidates()) {
    if (!canWrite(fourcc)) continue;
    codec.fourcc = fourcc;
    codec.h264 = fourcc != "mp4v";
    codec.description = codec.h264 ? "H.264 (" + fourcc + ")" : "MPEG-4 Part 2 (" + fourcc + ")";
    break;
  }
  cv::utils::logging::setLogLevel(level);
  if (!codec.h264) codec.fallbackReason = "this system's OpenCV/FFmpeg cannot write H.264";
  if (codec.fourcc.empty()) codec.fallbackReason = "this system's OpenCV/FFmpeg cannot write MP4 at all";
  return codec;
}
#endif

}  // namespace

const VideoCodec& mp4Codec() {
#ifdef FEWSHOT_WITH_OPENCV
  static const VideoCodec codec = probe();
#else
  static const VideoCodec codec{"", "", false, "this build has no OpenCV"};
#endif
  return codec;
}

std::string mp4EncodingText(const VideoCodec& codec) {
  if (codec.h264) return codec.description;
  if (codec.fourcc.empty()) return "no MP4 encoder (" + codec.fallbackReason + ")";
  return codec.description + "; " + codec.fallbackReason + ", so browsers and video sites may not play it";
}

}  // namespace fewshot::io
