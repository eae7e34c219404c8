// One model family's training state and step. A TrainingSession drives a Trainer on its worker
// thread; the family code never deals with threads, files or events.
#pragma once
#include <torch/torch.h>

#include <map>
#include <memory>
#include <string>

#include "core/config/training_config.h"
#include "core/data/dataset_pack.h"
#include "core/train/step_values.h"

namespace fewshot::distributed {
class DataParallel;
}

namespace fewshot::train {

class Trainer {
 public:
  virtual ~Trainer() = default;

  // One training iteration; returns the scalars to log (losses, ...).
  virtual std::map<std::string, double> step() = 0;
  // The same, returning before the device has finished: the values are read when asked for (the session
  // reads them after queuing the next iteration). Families that read their values as they go use step().
  virtual StepValues stepDeferred() { return StepValues::ofHost(step()); }
  virtual int64_t iteration() const = 0;
  // Fixed-seed samples from the EMA generator, (B,3,H,W) in [-1, 1], on the CPU.
  virtual torch::Tensor sampleImages() = 0;
  // `count` EMA samples from latents drawn from `seed` (without touching the training RNG), (count,3,H,W)
  // in [-1, 1] on the CPU; used by the live metrics. Families without it return their sample grid.
  virtual torch::Tensor generateImages(int64_t count, uint64_t seed) {
    (void)count;
    (void)seed;
    return sampleImages();
  }
  // What `fewshot bench` reports as model work: multiply-accumulates of one training iteration.
  virtual double macsPerIteration() = 0;
  // Images of the whole batch (all ranks together) the last step trained on; 0 where that is no measure
  // of throughput (a single-image family).
  virtual int batchImages() const { return 0; }

  // Messages for the user raised during the last step (e.g. ADA p entering the leak zone).
  virtual std::vector<std::string> takeWarnings() { return {}; }
  // True right after the trainer finished a phase (a ConSinGAN stage): the session then also writes a
  // checkpoint and samples.
  virtual bool phaseFinished() const { return false; }

  // Data-parallel training (issue 16), after construction and any checkpoint load: from then on the
  // trainer takes its rank's share of each batch and averages its gradients with the other ranks. A
  // family that cannot split its batch throws, saying why.
  virtual void joinDataParallel(std::shared_ptr<distributed::DataParallel> group);

  virtual void save(torch::serialize::OutputArchive& archive) = 0;
  virtual void load(torch::serialize::InputArchive& archive) = 0;
};

// Builds the trainer for config.model. `pack` must outlive the trainer.
std::unique_ptr<Trainer> createTrainer(const TrainingConfig& config, const data::DatasetPack& pack,
                                       const torch::Device& device);

// Parses "cpu" / "cuda" / "cuda:N"; throws with a clear message when CUDA is asked for but absent.
// Choosing a CUDA device turns on cuDNN's benchmark mode (our shapes are fixed, so it pays off).
torch::Device parseDevice(const std::string& name);
// The device `name` when this build and machine have it, else the CPU (a GPU run opened elsewhere).
torch::Device deviceOrCpu(const std::string& name);

}  // namespace fewshot::train
