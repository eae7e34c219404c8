// Checkpoints with chosen contents for the integrity tests: a trainer that only carries one tensor, and
// edits of written files (bit flips, the checksum comment removed as in files of older versions).
#pragma once
#include <torch/torch.h>

#include <string>

#include "core/train/checkpoint.h"
#include "core/util/atomic_file.h"

namespace fewshot::testing {

class TensorTrainer : public train::Trainer {
 public:
  TensorTrainer(torch::Tensor t, int64_t iteration) : t_(std::move(t)), iteration_(iteration) {}
  std::map<std::string, double> step() override { throw std::logic_error("not trainable"); }
  int64_t iteration() const override { return iteration_; }
  torch::Tensor sampleImages() override { return {}; }
  double macsPerIteration() override { return 0; }
  void save(torch::serialize::OutputArchive& archive) override { archive.write("weights", t_); }
  void load(torch::serialize::InputArchive& archive) override { archive.read("weights", t_); }
  const torch::Tensor& tensor() const { return t_; }

 private:
  torch::Tensor t_;
  int64_t iteration_;
};

inline std::string writeTensorCheckpoint(const train::RunDirectory& run, int64_t iteration, torch::Tensor t) {
  run.create();
  TensorTrainer trainer(std::move(t), iteration);
  train::TrainingConfig config;
  const std::string path = run.checkpointPath(iteration);
  train::writeCheckpoint(path, config, "hash", trainer);
  return path;
}

inline void flipBit(const std::string& path, size_t offset, int bit) {
  std::string bytes = util::readFileBytes(path);
  bytes[offset % bytes.size()] ^= static_cast<char>(1 << bit);
  util::writeFileAtomically(path, bytes);
}

// The file as a version without checksums wrote it: the zip comment removed.
inline void removeChecksum(const std::string& path) {
  std::string bytes = util::readFileBytes(path);
  const size_t comment = 15 + 64;
  bytes.resize(bytes.size() - comment);
  bytes[bytes.size() - 2] = bytes[bytes.size() - 1] = 0;
  util::writeFileAtomically(path, bytes);
}

}  // namespace fewshot::testing
