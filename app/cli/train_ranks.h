// `fewshot train` as one rank of a data-parallel run (issue 16; started by --nproc, torchrun or Slurm):
// the rendezvous, then rank 0 creates or resumes the run while the others wait, and they open it after
// it, read-only.
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "app/cli/arg_parser.h"
#include "core/distributed/world.h"
#include "core/train/training_session.h"

namespace fewshot::cli {

// The device the run will train on: --device, else the resumed run's config.json, else the new run's.
std::string runDevice(const ArgParser& parser, const std::function<train::TrainingConfig()>& newRunConfig);

// This rank's device: cuda:LOCAL_RANK for "cuda" (one GPU per process), else `device` unchanged.
std::string rankDevice(const distributed::World& world, const std::string& device);

// `open(true, device)` on rank 0 first, then `open(false, device)` on the others, where `device` is this
// rank's (rankDevice). The session joins the group.
// Collectives time out after FEWSHOT_DDP_TIMEOUT_S seconds (default 1800, PyTorch's default too: rank 0
// may spend minutes on live metrics while the others wait).
std::unique_ptr<train::TrainingSession> openRankSession(
    const distributed::World& world, const std::string& device,
    const std::function<std::unique_ptr<train::TrainingSession>(bool writes, const std::string& device)>& open);

}  // namespace fewshot::cli
