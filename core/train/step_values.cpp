#include "core/train/step_values.h"

#include <c10/core/Event.h>
#include <c10/core/impl/VirtualGuardImpl.h>

#include <thread>

#include "core/train/step_profile.h"

namespace fewshot::train {

StepValues::StepValues(std::vector<std::pair<std::string, torch::Tensor>> deviceScalars) {
  for (auto& entry : deviceScalars) {
    names_.push_back(entry.first);
    scalars_.push_back(entry.second.detach().reshape({1}).to(torch::kFloat64));
  }
}

StepValues StepValues::ofHost(std::map<std::string, double> values) {
  StepValues v;
  v.host_ = std::move(values);
  return v;
}

void StepValues::startRead() {
  if (scalars_.empty() || copy_.defined()) return;
  const torch::Tensor stacked = torch::cat(scalars_);
  scalars_.clear();
  if (!stacked.is_cuda()) {
    copy_ = stacked.cpu();  // nothing to wait for on the CPU
    return;
  }
  // Pinned host memory, so that the copy is asynchronous, and an event behind it on the current stream.
  copy_ = torch::empty({stacked.numel()}, torch::TensorOptions().dtype(torch::kFloat64).pinned_memory(true));
  copy_.copy_(stacked, /*non_blocking=*/true);
  auto event = std::make_shared<c10::Event>(c10::DeviceType::CUDA);
  event->record(c10::impl::VirtualGuardImpl(c10::DeviceType::CUDA).getStream(stacked.device()));
  copied_ = event;
}

std::map<std::string, double> StepValues::read() {
  startRead();
  std::map<std::string, double> values = host_;
  if (!copy_.defined()) return values;
  if (copied_) {
    const auto* event = static_cast<const c10::Event*>(copied_.get());
    StepPhaseTimer timer(StepPhase::Synchronisation, torch::kCUDA);
    while (!event->query()) std::this_thread::yield();  // (LibTorch 1.13's Event has no synchronize())
    copied_.reset();
  } else {
    StepPhaseTimer timer(StepPhase::Synchronisation, torch::kCPU);  // counted alike: one read per step
  }
  const double* data = copy_.data_ptr<double>();
  for (size_t i = 0; i < names_.size(); ++i) values[names_[i]] = data[i];
  return values;
}

}  // namespace fewshot::train
