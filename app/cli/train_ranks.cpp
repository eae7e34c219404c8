#include "app/cli/train_ranks.h"

#include <cstdlib>
#include <exception>
#include <iostream>

#include "core/distributed/data_parallel.h"
#include "core/train/run_directory.h"
#include "core/util/atomic_file.h"

namespace fewshot::cli {

namespace {

std::chrono::seconds collectiveTimeout() {
  const char* text = std::getenv("FEWSHOT_DDP_TIMEOUT_S");
  const long seconds = text ? std::atol(text) : 0;
  return std::chrono::seconds(seconds > 0 ? seconds : 1800);
}

}  // namespace

std::string runDevice(const ArgParser& parser, const std::function<train::TrainingConfig()>& newRunConfig) {
  if (parser.has("device")) return parser.get("device");
  if (parser.has("resume")) {
    const train::RunDirectory run(parser.get("resume"));
    try {
      return nlohmann::json::parse(util::readFileBytes(run.configPath())).value("device", std::string("cpu"));
    } catch (const std::exception&) {
      return "cpu";  // the resume itself reports what is wrong with config.json
    }
  }
  return newRunConfig().device;
}

std::string rankDevice(const distributed::World& world, const std::string& device) {
  return device == "cuda" ? "cuda:" + std::to_string(world.localRank) : device;
}

std::unique_ptr<train::TrainingSession> openRankSession(
    const distributed::World& world, const std::string& device,
    const std::function<std::unique_ptr<train::TrainingSession>(bool writes, const std::string& device)>& open) {
  const std::string ownDevice = rankDevice(world, device);
  auto group = std::make_shared<distributed::DataParallel>(
      distributed::connect(world, train::parseDevice(ownDevice), collectiveTimeout()));
  std::unique_ptr<train::TrainingSession> session;
  std::exception_ptr failure;
  if (world.isMain()) {
    try {
      session = open(true, ownDevice);
    } catch (...) {
      failure = std::current_exception();
    }
  }
  const bool mainFailed = group->anyRank(failure != nullptr);
  if (failure) std::rethrow_exception(failure);
  if (mainFailed) throw std::runtime_error("rank 0 could not open the run (its error says why)");
  if (!session) session = open(false, ownDevice);
  session->joinDataParallel(group);
  return session;
}

}  // namespace fewshot::cli
