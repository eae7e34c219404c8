#include "core/io/tensorboard_writer.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <stdexcept>

#include "core/io/crc32c.h"
#include "core/io/protobuf_wire.h"

namespace fewshot::io {
namespace {

using protobuf::bytesField;
using protobuf::doubleField;
using protobuf::floatField;
using protobuf::intField;

// event.proto: Event { double wall_time = 1; int64 step = 2; oneof what { string file_version = 3;
// Summary summary = 5; ... } }
constexpr uint32_t kEventWallTime = 1, kEventStep = 2, kEventFileVersion = 3, kEventSummary = 5;
// summary.proto: Summary { repeated Value value = 1; }  Value { string tag = 1; float simple_value = 2;
// Image image = 4; }  Image { int32 height = 1; int32 width = 2; int32 colorspace = 3;
// bytes encoded_image_string = 4; }
constexpr uint32_t kSummaryValue = 1, kValueTag = 1, kValueSimple = 2, kValueImage = 4;
constexpr uint32_t kImageHeight = 1, kImageWidth = 2, kImageColorspace = 3, kImageEncoded = 4;

void appendLe(std::string& out, uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::string eventHeader(double wallTime, int64_t step) {
  std::string e;
  doubleField(e, kEventWallTime, wallTime);
  if (step != 0) intField(e, kEventStep, step);
  return e;
}

uint32_t bigEndian32(const std::string& s, size_t at) {
  return (static_cast<uint32_t>(static_cast<uint8_t>(s[at])) << 24) |
         (static_cast<uint32_t>(static_cast<uint8_t>(s[at + 1])) << 16) |
         (static_cast<uint32_t>(static_cast<uint8_t>(s[at + 2])) << 8) | static_cast<uint8_t>(s[at + 3]);
}

std::string hostName() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0 || !name[0]) return "localhost";
  return name;
}

}  // namespace

std::string tfRecord(const std::string& payload) {
  std::string length;
  appendLe(length, payload.size(), 8);
  std::string record = length;
  appendLe(record, maskedCrc32c(length.data(), length.size()), 4);
  record += payload;
  appendLe(record, maskedCrc32c(payload.data(), payload.size()), 4);
  return record;
}

std::string fileVersionEvent(double wallTime) {
  std::string e = eventHeader(wallTime, 0);
  bytesField(e, kEventFileVersion, "brain.Event:2");
  return e;
}

std::string scalarsEvent(double wallTime, int64_t step, const std::map<std::string, double>& scalars) {
  std::string summary;
  for (const auto& [tag, v] : scalars) {
    std::string value;
    bytesField(value, kValueTag, tag);
    floatField(value, kValueSimple, static_cast<float>(v));
    bytesField(summary, kSummaryValue, value);
  }
  std::string e = eventHeader(wallTime, step);
  bytesField(e, kEventSummary, summary);
  return e;
}

std::string pngImageEvent(double wallTime, int64_t step, const std::string& tag, const std::string& png) {
  static const std::string kSignature("\x89PNG\r\n\x1a\n", 8);
  // Signature, then the IHDR chunk: length, "IHDR", width, height, bit depth, colour type.
  if (png.size() < 33 || png.compare(0, 8, kSignature) != 0 || png.compare(12, 4, "IHDR") != 0)
    throw std::invalid_argument("TensorBoard image " + tag + ": not a PNG");
  const uint32_t width = bigEndian32(png, 16), height = bigEndian32(png, 20);
  const int colourType = static_cast<uint8_t>(png[25]);
  // Summary.Image colorspace: 1 grayscale, 2 grayscale + alpha, 3 RGB, 4 RGBA.
  const int colorspace = colourType == 0 ? 1 : colourType == 4 ? 2 : colourType == 6 ? 4 : 3;
  std::string image;
  intField(image, kImageHeight, height);
  intField(image, kImageWidth, width);
  intField(image, kImageColorspace, colorspace);
  bytesField(image, kImageEncoded, png);
  std::string value;
  bytesField(value, kValueTag, tag);
  bytesField(value, kValueImage, image);
  std::string summary;
  bytesField(summary, kSummaryValue, value);
  std::string e = eventHeader(wallTime, step);
  bytesField(e, kEventSummary, summary);
  return e;
}

double wallTimeNow() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}

TensorBoardWriter::TensorBoardWriter(const std::string& dir, const std::string& suffix) {
  const double now = wallTimeNow();
  static std::atomic<int> fileCount{0};  // two writers in one process and second never share a name
  path_ = dir + "/events.out.tfevents." + std::to_string(static_cast<int64_t>(now)) + "." + hostName() + "." +
          std::to_string(::getpid()) + "." + std::to_string(fileCount++) + "." + suffix;
  out_.open(path_, std::ios::binary | std::ios::trunc);
  if (!out_) throw std::runtime_error("cannot create the TensorBoard event file " + path_);
  write(fileVersionEvent(now));
}

void TensorBoardWriter::addScalars(int64_t step, const std::map<std::string, double>& scalars, double wallTime) {
  if (!scalars.empty()) write(scalarsEvent(wallTime, step, scalars));
}

void TensorBoardWriter::addPng(int64_t step, const std::string& tag, const std::string& png, double wallTime) {
  write(pngImageEvent(wallTime, step, tag, png));
}

void TensorBoardWriter::write(const std::string& event) {
  out_ << tfRecord(event);
  out_.flush();
  if (!out_) throw std::runtime_error("cannot write to the TensorBoard event file " + path_ + " (disk full?)");
}

}  // namespace fewshot::io
