// The codec of MP4 exports. H.264 plays in browsers and on video sites; MPEG-4 Part 2 (mp4v) does not,
// but every OpenCV with FFmpeg writes it. Whether H.264 works depends on how the system's OpenCV and
// FFmpeg were built, so it is found out at run time by writing a tiny test video.
#pragma once
#include <string>

namespace fewshot::io {

struct VideoCodec {
  std::string fourcc;       // "avc1", "H264" or "mp4v"; empty when none works (or no OpenCV)
  std::string description;  // "H.264 (avc1)", "MPEG-4 Part 2 (mp4v)"
  bool h264 = false;
  // Empty for H.264; else why not, e.g. "this system's OpenCV/FFmpeg cannot write H.264".
  std::string fallbackReason;
};

// Probed once per process (thread-safe): avc1, then H264, then mp4v, each by a test write of a few
// frames read back. FEWSHOT_VIDEO_CODECS (e.g. "mp4v") restricts the candidates, for tests.
const VideoCodec& mp4Codec();

// The user-facing text for an MP4 export: "H.264 (avc1)" or "MPEG-4 Part 2 (mp4v; ...reason)".
std::string mp4EncodingText(const VideoCodec& codec);

}  // namespace fewshot::io
