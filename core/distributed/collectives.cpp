#include "core/distributed/collectives.h"

#include "core/distributed/rendezvous.h"

#if FEWSHOT_HAVE_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#endif
#if FEWSHOT_HAVE_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <stdexcept>
#include <vector>

namespace fewshot::distributed {

namespace {

#if FEWSHOT_HAVE_GLOO || FEWSHOT_HAVE_NCCL
// What the c10d backends share: one call per collective, waited for, and a failure said from this rank's
// side. A backend fails a collective when a peer's connection closes (the rank died) or after the group's
// timeout (it hangs).
template <class Group>
class ProcessGroupCollectives : public Collectives {
 public:
  void allReduceSum(torch::Tensor& tensor) override {
    std::vector<torch::Tensor> tensors{tensor};
    finish(group_->allreduce(tensors), "summing gradients");
  }
  void broadcast(torch::Tensor& tensor, int root) override {
    std::vector<torch::Tensor> tensors{tensor};
    c10d::BroadcastOptions options;
    options.rootRank = root;
    finish(group_->broadcast(tensors, options), "receiving rank " + std::to_string(root) + "'s state");
  }

 protected:
  ProcessGroupCollectives(const World& world, const torch::Device& device) : Collectives(world, device) {}

  void finish(const c10::intrusive_ptr<c10d::Work>& work, const std::string& what) {
    try {
      work->wait();
    } catch (const std::exception& e) {
      throw std::runtime_error(world().describe() + ": another rank stopped or hangs while " + what + " (" + e.what() +
                               ")");
    }
  }

  c10::intrusive_ptr<Group> group_;
};
#endif

#if FEWSHOT_HAVE_GLOO
// Loopback runs bind Gloo to 127.0.0.1; other runs to the interface in GLOO_SOCKET_IFNAME (as PyTorch
// reads it) or to the address this machine's hostname resolves to.
std::shared_ptr<::gloo::transport::Device> glooDevice(const World& world) {
  if (const char* interface = std::getenv("GLOO_SOCKET_IFNAME"); interface && *interface)
    return c10d::ProcessGroupGloo::createDeviceForInterface(interface);
  if (world.masterAddress == "127.0.0.1" || world.masterAddress == "localhost")
    return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
  return c10d::ProcessGroupGloo::createDefaultDevice();
}

class GlooCollectives : public ProcessGroupCollectives<c10d::ProcessGroupGloo> {
 public:
  GlooCollectives(const World& world, const c10::intrusive_ptr<c10d::Store>& store, std::chrono::milliseconds timeout)
      : ProcessGroupCollectives(world, torch::kCPU) {
    auto options = c10d::ProcessGroupGloo::Options::create(timeout);
    options->devices.push_back(glooDevice(world));
    options->threads = 2;
    group_ = c10::make_intrusive<c10d::ProcessGroupGloo>(store, world.rank, world.size, options);
  }

  void barrier() override { finish(group_->barrier(), "waiting for every rank"); }
};
#endif

#if FEWSHOT_HAVE_NCCL
// One GPU per rank (cuda:LOCAL_RANK). NCCL's waits order the collective on the device's stream; a rank that
// died or hangs ends the others through NCCL's watchdog after the group's timeout.
class NcclCollectives : public ProcessGroupCollectives<c10d::ProcessGroupNCCL> {
 public:
  NcclCollectives(const World& world, const torch::Device& device, const c10::intrusive_ptr<c10d::Store>& store,
                  std::chrono::milliseconds timeout)
      : ProcessGroupCollectives(world, device) {
    auto options = c10d::ProcessGroupNCCL::Options::create();
    options->timeout = timeout;
    group_ = c10::make_intrusive<c10d::ProcessGroupNCCL>(store, world.rank, world.size, options);
  }

  void barrier() override {
    torch::Tensor one = torch::ones({1}, torch::TensorOptions().device(device()));
    allReduceSum(one);
    one.cpu();
  }
};
#endif

}  // namespace

std::string collectivesUnavailableReason(const torch::Device& device) {
  if (device.is_cpu()) {
#if FEWSHOT_HAVE_GLOO
    return "";
#else
    return "this build of FewShot Studio has no Gloo backend for training on several CPU processes (build it "
           "against Debian's LibTorch with libgloo-dev installed)";
#endif
  }
  if (device.is_cuda()) {
#if FEWSHOT_HAVE_NCCL
    return "";
#else
    return "this build of FewShot Studio has no NCCL backend for training on several GPUs (build it with "
           "packaging/build-cuda.sh)";
#endif
  }
  return "several processes on " + device.str() + " are not supported";
}

std::unique_ptr<Collectives> connect(const World& world, const torch::Device& device,
                                     std::chrono::milliseconds timeout) {
  if (const std::string reason = collectivesUnavailableReason(device); !reason.empty())
    throw std::runtime_error(reason);
  const c10::intrusive_ptr<c10d::Store> store = rendezvous(world, timeout);
#if FEWSHOT_HAVE_NCCL
  if (device.is_cuda()) return std::make_unique<NcclCollectives>(world, device, store, timeout);
#endif
#if FEWSHOT_HAVE_GLOO
  if (device.is_cpu()) return std::make_unique<GlooCollectives>(world, store, timeout);
#endif
  throw std::logic_error("no collectives for " + device.str());
}

}  // namespace fewshot::distributed
