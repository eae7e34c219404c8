// RandomSource: a saved state replays the same draws; in the device mode (FEWSHOT_TEST_DEVICE=cuda) GPU
// tensors are drawn on the GPU, the saved state carries both generators, and either kind of state loads
// into either kind of source without disturbing the CPU stream.
#include <QtTest>

#include "core/models/common/random_source.h"
#include "support/test_device.h"

using namespace fewshot;

namespace {

torch::Device testDevice() { return torch::Device(testing::testDevice()); }

}  // namespace

class TestRandomSource : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void savedStateReplaysTheDraws() {
    RandomSource random(11);
    random.randn({3}, torch::kCPU);
    const torch::Tensor state = random.state();
    const torch::Tensor a = random.randn({5}, torch::kCPU);
    const int64_t k = random.randint(0, 1000);
    random.setState(state);
    QVERIFY(torch::equal(random.randn({5}, torch::kCPU), a));
    QCOMPARE(random.randint(0, 1000), k);
  }

  void deviceModeDrawsOnTheGpuAndResumes() {
    const torch::Device device = testDevice();
    if (!device.is_cuda() || !torch::cuda::is_available()) QSKIP("needs FEWSHOT_TEST_DEVICE=cuda");
    RandomSource random(5);
    random.drawOnDevice(device, 99);
    const torch::Tensor onGpu = random.randn({4, 4}, device);
    QVERIFY(onGpu.is_cuda());
    QVERIFY(random.rand({2}, torch::kCPU).is_cpu());  // CPU tensors still come from the CPU stream

    const torch::Tensor state = random.state();
    const torch::Tensor gpuNext = random.randn({4, 4}, device);
    const torch::Tensor cpuNext = random.rand({3}, torch::kCPU);
    random.setState(state);
    QVERIFY(torch::equal(random.randn({4, 4}, device), gpuNext));
    QVERIFY(torch::equal(random.rand({3}, torch::kCPU), cpuNext));

    // A reference-mode source (a resume on the CPU) takes the CPU part of a device-mode state.
    RandomSource reference(1);
    reference.setState(state);
    QVERIFY(torch::equal(reference.rand({3}, torch::kCPU), cpuNext));
    // And a device-mode source takes a reference-mode state (its GPU generator keeps its seed).
    RandomSource cpuOnly(3);
    const torch::Tensor legacy = cpuOnly.state();
    const torch::Tensor expected = cpuOnly.rand({3}, torch::kCPU);
    RandomSource fast(8);
    fast.drawOnDevice(device, 99);
    fast.setState(legacy);
    QVERIFY(torch::equal(fast.rand({3}, torch::kCPU), expected));
  }
};

QTEST_GUILESS_MAIN(TestRandomSource)
#include "test_random_source.moc"
