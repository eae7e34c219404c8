// TensorBoard event files written by hand: TFRecord framing (length, masked CRC-32C of the length, the
// payload, masked CRC-32C of the payload) around tensorflow.Event messages whose Summary holds scalar
// (simple_value) or PNG image values. TensorBoard reads any file named events.out.tfevents.* in a folder.
#pragma once
#include <cstdint>
#include <fstream>
#include <map>
#include <string>

namespace fewshot::io {

// One TFRecord: the bytes that frame `payload` in an event file.
std::string tfRecord(const std::string& payload);

// Event messages (event.proto / summary.proto field numbers).
std::string fileVersionEvent(double wallTime);
std::string scalarsEvent(double wallTime, int64_t step, const std::map<std::string, double>& scalars);
// `png`: an encoded PNG; its width, height and channels are read from the PNG header.
std::string pngImageEvent(double wallTime, int64_t step, const std::string& tag, const std::string& png);

// Seconds since the epoch, as Event.wall_time.
double wallTimeNow();

class TensorBoardWriter {
 public:
  // Creates DIR/events.out.tfevents.<seconds>.<host>.<pid>.<n>.<suffix> and writes the file-version
  // record. Throws std::runtime_error naming the file when it cannot be created.
  explicit TensorBoardWriter(const std::string& dir, const std::string& suffix = "fewshot");

  void addScalars(int64_t step, const std::map<std::string, double>& scalars, double wallTime = wallTimeNow());
  void addPng(int64_t step, const std::string& tag, const std::string& png, double wallTime = wallTimeNow());
  const std::string& path() const { return path_; }

 private:
  void write(const std::string& event);  // flushed at once, so TensorBoard sees a live run as it goes
  std::string path_;
  std::ofstream out_;
};

}  // namespace fewshot::io
