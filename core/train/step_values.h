// What one training step logs: scalars still on the device (the losses) and values known on the host (ADA's
// p, PGGAN's phase). startRead() starts copying the device scalars to the host without waiting; read() waits
// for that copy alone (on a GPU an event recorded after it, so that work queued since, such as the next
// step, is not waited for) and returns all values. This is how the session reads iteration N's losses after
// it has queued iteration N+1 (issue 14): the device never idles for the host's sake.
#pragma once
#include <torch/torch.h>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace fewshot::train {

class StepValues {
 public:
  StepValues() = default;
  explicit StepValues(std::vector<std::pair<std::string, torch::Tensor>> deviceScalars);
  static StepValues ofHost(std::map<std::string, double> values);

  // Values known on the host; read() adds the device scalars to them.
  std::map<std::string, double>& host() { return host_; }
  void startRead();
  // The values, each device scalar exactly as item<double>() gives it; waits as little as it can.
  std::map<std::string, double> read();

 private:
  std::vector<std::string> names_;
  std::vector<torch::Tensor> scalars_;
  std::map<std::string, double> host_;
  torch::Tensor copy_;            // float64 on the host, filled by startRead()
  std::shared_ptr<void> copied_;  // a c10::Event on a GPU (see the .cpp), null on the CPU
};

}  // namespace fewshot::train
