#include "core/train/checkpoint.h"

#include <algorithm>
#include <filesystem>

#include "core/util/atomic_file.h"

namespace fewshot::train {
namespace fs = std::filesystem;

namespace {

torch::serialize::InputArchive openArchive(const std::string& path) {
  if (!fs::exists(path)) throw CheckpointError("checkpoint " + path + " does not exist");
  torch::serialize::InputArchive archive;
  try {
    // Tensors come back on the CPU whatever device wrote them; trainers move them to the run's device.
    archive.load_from(path, torch::Device(torch::kCPU));
  } catch (const std::exception& e) {
    throw CheckpointError("checkpoint " + path + " is damaged or incomplete (was the program stopped while writing it?)");
  }
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
    throw CheckpointError("checkpoint " + path + " is not a FewShot Studio checkpoint or is damaged: " + e.what());
  }
  return h;
}

}  // namespace

void writeCheckpoint(const std::string& path, const TrainingConfig& config, const std::string& datasetHash, Trainer& trainer) {
  torch::serialize::OutputArchive archive;
  archive.write("format_version", c10::IValue(kCheckpointFormatVersion));
  archive.write("iteration", c10::IValue(trainer.iteration()));
  archive.write("config", c10::IValue(nlohmann::json(config).dump()));
  archive.write("dataset_hash", c10::IValue(datasetHash));
  torch::serialize::OutputArchive state;
  trainer.save(state);
  archive.write("trainer", state);
  util::writeFileAtomically(path, [&](std::ostream& out) { archive.save_to(out); });
}

CheckpointHeader readCheckpointHeader(const std::string& path) {
  auto archive = openArchive(path);
  return readHeader(archive, path);
}

void loadCheckpoint(const std::string& path, Trainer& trainer) {
  auto archive = openArchive(path);
  readHeader(archive, path);
  try {
    torch::serialize::InputArchive state;
    archive.read("trainer", state);
    trainer.load(state);
  } catch (const std::exception& e) {
    throw CheckpointError("checkpoint " + path + " does not match this model: " + e.what());
  }
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
      result.header = readCheckpointHeader(*it);
      result.path = *it;
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
