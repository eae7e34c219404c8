#include "core/train/trainer.h"

#include <stdexcept>

#include "core/models/family_registry.h"

namespace fewshot::train {

std::unique_ptr<Trainer> createTrainer(const TrainingConfig& config, const data::DatasetPack& pack,
                                       const torch::Device& device) {
  return models::family(config.model).createTrainer(config, pack, device);
}

void Trainer::joinDataParallel(std::shared_ptr<distributed::DataParallel> group) {
  (void)group;
  throw std::invalid_argument("this model trains in one process only");
}

torch::Device parseDevice(const std::string& name) {
  if (name == "cpu") return torch::kCPU;
  if (name.rfind("cuda", 0) == 0) {
    if (!torch::cuda::is_available())
      throw std::invalid_argument("Device " + name +
                                  ": CUDA is not available in this build or on this machine; choose the CPU "
                                  "(--device cpu) or build against a CUDA LibTorch (CMAKE_PREFIX_PATH)");
    torch::Device device(name);
    if (device.has_index() && device.index() >= static_cast<int>(torch::cuda::device_count()))
      throw std::invalid_argument("Device " + name + ": only " + std::to_string(torch::cuda::device_count()) +
                                  " CUDA device(s) present");
    at::globalContext().setBenchmarkCuDNN(true);
    return device;
  }
  throw std::invalid_argument("Device must be cpu, cuda or cuda:N, not '" + name + "'");
}

torch::Device deviceOrCpu(const std::string& name) {
  try {
    return parseDevice(name);
  } catch (const std::exception&) {  // no such device here, or a name this build does not know
    return torch::kCPU;
  }
}

}  // namespace fewshot::train
