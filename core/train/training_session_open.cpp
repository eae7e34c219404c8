// Opening a training session: a new run (imported, validated, created atomically) or a resumed one
// (stale temporaries removed, the newest usable checkpoint found, the device and precision of this machine).
#include <filesystem>
#include <optional>

#include "core/data/single_image_import.h"
#include "core/models/family_registry.h"
#include "core/train/batch_memory.h"
#include "core/train/checkpoint.h"
#include "core/train/mixed_precision.h"
#include "core/train/run_creation.h"
#include "core/train/training_session.h"
#include "core/util/atomic_file.h"
#include "core/util/error_text.h"

namespace fewshot::train {
namespace fs = std::filesystem;

namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

data::DatasetPack loadTrainingData(const TrainingConfig& config, data::ImportReport* report) {
  const bool singleImage = models::family(config.model).singleImage;
  if (singleImage && !endsWith(config.dataPath, ".fspack"))  // one image, aspect ratio kept
    return data::importSingleImage(config.dataPath, config.imageSize(), config.importOptions().background);
  if (endsWith(config.dataPath, ".fspack")) {
    data::DatasetPack pack = data::loadDatasetPack(config.dataPath);
    if (!singleImage && (pack.width != config.imageSize() || pack.height != config.imageSize()))
      throw std::invalid_argument("dataset pack " + config.dataPath + " holds " + std::to_string(pack.width) + "x" +
                                  std::to_string(pack.height) + " images but --size is " +
                                  std::to_string(config.imageSize()));
    return pack;
  }
  return data::importDataset(config.dataPath, config.importOptions(), report);
}

// A run whose creation was interrupted before its dataset pack was written: imported again from the
// data it names, when that still exists.
data::DatasetPack finishRunCreation(const RunDirectory& run, const TrainingConfig& config,
                                    std::vector<std::string>& warnings) {
  data::DatasetPack pack;
  try {
    pack = loadTrainingData(config, nullptr);
  } catch (const std::exception& e) {
    throw std::runtime_error("the creation of run " + run.root() +
                             " was interrupted before its dataset pack was written, and the data cannot be imported "
                             "again (" +
                             util::errorText(e) + "); start a new run");
  }
  data::saveDatasetPack(pack, run.datasetPackPath());
  warnings.push_back("the creation of this run was interrupted; its dataset pack was imported again from " +
                     config.dataPath);
  return pack;
}

}  // namespace

namespace {

struct CreatedRun {
  TrainingConfig config;  // as config.json records it
  data::DatasetPack pack;
};

CreatedRun createRunFolderFor(const TrainingConfig& config, data::ImportReport* report) {
  config.validate();
  if (const std::string problem = checkBatchFitsInMemory(config); !problem.empty())
    throw std::invalid_argument(problem);
  if (config.runDir.empty()) throw std::invalid_argument("No run folder given");
  RunDirectory run(config.runDir);
  const bool halfCreated = isHalfCreatedRun(run);
  if (run.exists() && !halfCreated)
    throw std::invalid_argument("run directory " + config.runDir + " already holds a run; resume it with --resume " +
                                config.runDir + " or choose another --out");
  data::DatasetPack pack = loadTrainingData(config, report);
  TrainingConfig resolved = config;  // config.json records what "auto" chose on this machine
  const models::FamilyDescriptor& family = models::family(config.model);
  if (family.resolveNewRun) family.resolveNewRun(resolved);
  if (halfCreated) fs::remove(run.configPath());  // an interrupted creation is done again
  createRunFolder(run, [&](const RunDirectory& target) {
    data::saveDatasetPack(pack, target.datasetPackPath());
    util::writeFileAtomically(target.configPath(), nlohmann::json(resolved).dump(2) + "\n");  // last: the run exists
  });
  return {resolved, std::move(pack)};
}

}  // namespace

std::unique_ptr<TrainingSession> TrainingSession::createNew(const TrainingConfig& config, data::ImportReport* report) {
  CreatedRun created = createRunFolderFor(config, report);
  return std::unique_ptr<TrainingSession>(new TrainingSession(created.config, std::move(created.pack)));
}

TrainingConfig TrainingSession::createRunOnly(const TrainingConfig& config, data::ImportReport* report) {
  return createRunFolderFor(config, report).config;
}

std::unique_ptr<TrainingSession> TrainingSession::resumeRun(const std::string& runDir, int64_t totalIterations,
                                                            const std::string& device, bool writes) {
  RunDirectory run(runDir);
  if (!run.exists()) throw std::invalid_argument(runDir + " is not a run directory (it has no config.json)");
  TrainingConfig config;
  try {
    config = nlohmann::json::parse(util::readFileBytes(run.configPath())).get<TrainingConfig>();
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(run.configPath() + " is not valid JSON: " + e.what());
  }
  config.runDir = runDir;
  std::vector<std::string> warnings;
  if (writes)
    for (const auto& removed : removeStaleRunTemporaries(run))
      warnings.push_back("removed " + removed + ", a partial file left by an interrupted write");
  data::DatasetPack pack = writes && isHalfCreatedRun(run) ? finishRunCreation(run, config, warnings)
                                                           : data::loadDatasetPack(run.datasetPackPath());

  std::optional<UsableCheckpoint> checkpoint;
  try {
    UsableCheckpoint usable = findLatestUsableCheckpoint(run);
    for (const auto& r : usable.rejected) warnings.push_back("skipped " + r);
    if (usable.header.datasetHash != pack.contentHash)
      throw std::runtime_error("checkpoint " + usable.path + " was trained on a different dataset than " +
                               run.datasetPackPath());
    if (!usable.rejected.empty())
      warnings.push_back("resuming from " + usable.path + " (iteration " + std::to_string(usable.header.iteration) +
                         ", " + usable.integrity + ")");
    checkpoint = std::move(usable);
  } catch (const CheckpointError& e) {
    if (!listCheckpoints(run).empty()) throw;
    warnings.push_back("no checkpoint yet in " + run.checkpointsDir() + "; starting from iteration 0");
  }
  if (totalIterations > 0) config.iterations = totalIterations;
  if (!device.empty()) config.device = device;
  const torch::Device resumeDevice = parseDevice(config.device);  // unusable: fails before config.json changes
  if (config.precision == "fp16" && !resumeDevice.is_cuda()) {
    // fp16 autocast exists only for CUDA: a GPU run continues on the CPU in the precision the CPU does best.
    config.precision = "auto";
    warnings.push_back("the run trained in fp16, which needs a CUDA device; on " + config.device +
                       " it continues with precision auto (" + precisionName(resolvePrecision("auto", resumeDevice)) +
                       ")");
  }
  config.validate();
  if (writes) util::writeFileAtomically(run.configPath(), nlohmann::json(config).dump(2) + "\n");

  std::unique_ptr<TrainingSession> session(new TrainingSession(config, std::move(pack)));
  session->openWarnings_ = warnings;
  if (checkpoint) {
    loadCheckpoint(*checkpoint, *session->trainer_);
    session->lastCheckpointIteration_ = session->trainer_->iteration();
  }
  session->iteration_ = session->trainer_->iteration();
  session->writes_ = writes;
  if (writes) session->metrics_->truncateAfter(session->trainer_->iteration());
  return session;
}

}  // namespace fewshot::train
