#include "core/train/checkpoint.h"

#include <algorithm>
#include <filesystem>

#include "core/train/checkpoint_integrity.h"
#include "core/util/atomic_file.h"
#include "core/util/disk_space.h"
#include "core/util/error_text.h"
#include "core/util/regular_file.h"

namespace fewshot::train {
namespace fs = std::filesystem;

namespace {

// A checkpoint archive, verified: a regular file, its checksum (when it has one), loadable, every tensor
// finite. `integrity` says which of these could be checked.
torch::serialize::InputArchive openArchive(const std::string& path, std::string* integrity = nullptr) {
  if (const std::string problem = util::regularFileProblem(path); !problem.empty())
    throw CheckpointError("checkpoint " + path + ": " + problem);
  ChecksumCheck checksum;
  try {
    checksum = verifyCheckpointChecksum(path);
  } catch (const std::exception& e) {
    throw CheckpointError("checkpoint " + path + " cannot be read: " + util::errorText(e));
  }
  if (checksum.status == ChecksumCheck::Status::Mismatch)
    throw CheckpointError("checkpoint " + path + " is damaged: " + checksum.problem);
  torch::serialize::InputArchive archive;
  try {
    // Tensors come back on the CPU whatever device wrote them; trainers move them to the run's device.
    archive.load_from(path, torch::Device(torch::kCPU));
  } catch (const std::exception& e) {
    throw CheckpointError("checkpoint " + path +
                          " is damaged or incomplete (was the program stopped while writing it?)");
  }
  if (const std::string bad = findNonFiniteTensor(archive); !bad.empty())
    throw NonFiniteCheckpointError("checkpoint " + path + " is damaged: " + bad);
  if (integrity)
    *integrity = checksum.status == ChecksumCheck::Status::Verified
                     ? "checksum verified"
                     : "no checksum (written by an older version), tensors finite";
  return archive;
}

CheckpointHeader readHeader(torch::serialize::InputArchive& archive, const std::string& path) {
  CheckpointHeader h;
  try {
    c10::IValue v;
    archive.read("format_version", v);
    h.formatVersion = v.toInt();
    if (h.formatVersion != kCheckpointFormatVersion)
      throw CheckpointError("checkpoint " + path + " has format version " + std::to_string(h.formatVersion) +
                            "; this build reads version " + std::to_string(kCheckpointFormatVersion));
    archive.read("iteration", v);
    h.iteration = v.toInt();
    archive.read("config", v);
    h.config = nlohmann::json::parse(v.toStringRef()).get<TrainingConfig>();
    archive.read("dataset_hash", v);
    h.datasetHash = v.toStringRef();
  } catch (const CheckpointError&) {
    throw;
  } catch (const std::exception& e) {
    throw CheckpointError("checkpoint " + path + " is not a FewShot Studio checkpoint or is damaged: " +
                          util::errorText(e));
  }
  return h;
}

void restoreTrainer(torch::serialize::InputArchive& archive, const std::string& path, Trainer& trainer) {
  try {
    torch::serialize::InputArchive state;
    archive.read("trainer", state);
    trainer.load(state);
  } catch (const std::exception& e) {
    throw CheckpointError("checkpoint " + path + " does not match this model: " + util::errorText(e));
  }
}

}  // namespace

void writeCheckpoint(const std::string& path, const TrainingConfig& config, const std::string& datasetHash,
                     Trainer& trainer) {
  torch::serialize::OutputArchive archive;
  archive.write("format_version", c10::IValue(kCheckpointFormatVersion));
  archive.write("iteration", c10::IValue(trainer.iteration()));
  archive.write("config", c10::IValue(nlohmann::json(config).dump()));
  archive.write("dataset_hash", c10::IValue(datasetHash));
  torch::serialize::OutputArchive state;
  trainer.save(state);
  archive.write("trainer", state);
  util::writeFileAtomically(path, [&](std::ostream& out) {
    ChecksummedZipWriter checksummed(out);
    archive.save_to(checksummed.stream());
    checksummed.finish();
  });
}

CheckpointHeader readCheckpointHeader(const std::string& path) {
  auto archive = openArchive(path);
  return readHeader(archive, path);
}

void loadCheckpoint(const std::string& path, Trainer& trainer) {
  auto archive = openArchive(path);
  readHeader(archive, path);
  restoreTrainer(archive, path, trainer);
}

void loadCheckpoint(const UsableCheckpoint& checkpoint, Trainer& trainer) {
  if (!checkpoint.archive) return loadCheckpoint(checkpoint.path, trainer);
  restoreTrainer(*checkpoint.archive, checkpoint.path, trainer);
}

std::string writeCheckpointAndPrune(const RunDirectory& run, const TrainingConfig& config,
                                    const std::string& datasetHash, Trainer& trainer, int keep) {
  const std::string path = run.checkpointPath(trainer.iteration());
  auto files = listCheckpoints(run);
  if (!files.empty()) {
    std::error_code ec;
    const uint64_t lastSize = fs::file_size(files.back(), ec);
    const uint64_t needed = ec ? 0 : lastSize + lastSize / 10 + (uint64_t{4} << 20);  // growth + metadata
    auto freeSpace = util::freeBytes(run.checkpointsDir());
    if (freeSpace && *freeSpace < needed && keep > 1) {
      pruneCheckpoints(run, std::max(1, keep - 1));  // these would go after this write anyway
      freeSpace = util::freeBytes(run.checkpointsDir());
    }
    if (freeSpace && *freeSpace < needed)
      throw CheckpointError("not enough free space for a checkpoint in " + run.checkpointsDir() + ": " +
                            util::byteCountText(*freeSpace) + " free, the last checkpoint took " +
                            util::byteCountText(lastSize) + "; free some space and resume");
  }
  writeCheckpoint(path, config, datasetHash, trainer);
  try {
    openArchive(path);
  } catch (const CheckpointError&) {
    std::error_code ec;
    fs::remove(path, ec);  // never counted as the newest: the older ones it would have pruned are kept
    throw;
  }
  pruneCheckpoints(run, keep);
  return path;
}

std::vector<std::string> listCheckpoints(const RunDirectory& run) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(run.checkpointsDir(), ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.rfind("ckpt_", 0) == 0 && entry.path().extension() == ".pt")
      files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());  // zero-padded iteration numbers sort in order
  return files;
}

void pruneCheckpoints(const RunDirectory& run, int keep) {
  auto files = listCheckpoints(run);
  for (size_t i = 0; i + keep < files.size(); ++i) {
    std::error_code ec;
    fs::remove(files[i], ec);
  }
}

UsableCheckpoint findLatestUsableCheckpoint(const RunDirectory& run) {
  UsableCheckpoint result;
  auto files = listCheckpoints(run);
  for (auto it = files.rbegin(); it != files.rend(); ++it) {
    try {
      auto archive = std::make_shared<torch::serialize::InputArchive>(openArchive(*it, &result.integrity));
      result.header = readHeader(*archive, *it);
      result.path = *it;
      result.archive = std::move(archive);
      return result;
    } catch (const CheckpointError& e) {
      result.rejected.push_back(e.what());
    }
  }
  std::string message = "no usable checkpoint in " + run.checkpointsDir();
  for (const auto& r : result.rejected) message += "\n  " + r;
  throw CheckpointError(message);
}

}  // namespace fewshot::train
