// EfficientNet-Lite0 (core/features): structure with random weights, the weights archive's error
// handling, ImageNet classification of real photos (scikit-image's data, Debian python3-skimage), and a
// match against an independent Python reference built from the packaged .pth. Tests that need the
// pretrained weights skip with the reason when packaging/fetch-weights.sh has not been run.
#include <QtTest>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "core/data/dataset_import.h"
#include "core/data/image_decoder.h"
#include "core/features/efficientnet_lite0.h"
#include "core/features/tensor_archive.h"
#include "core/features/weights_location.h"
#include "core/io/image_grid.h"
#include "support/test_paths.h"

using namespace fewshot;
namespace fs = std::filesystem;

namespace {

const char* kSkimageData = "/usr/lib/python3/dist-packages/skimage/data/";

// Names of the ImageNet classes these photos are expected to produce (index: name).
const std::map<int, const char*> kClassNames = {
    {281, "tabby cat"},    {282, "tiger cat"},     {283, "Persian cat"},   {285, "Egyptian cat"},
    {287, "lynx"},         {504, "coffee mug"},    {518, "crash helmet"},  {535, "disk brake"},
    {540, "drilling platform"}, {657, "missile"},  {665, "moped"},         {670, "motor scooter"},
    {671, "mountain bike"}, {682, "obelisk"},      {744, "projectile"},    {809, "soup bowl"},
    {812, "space shuttle"}, {904, "window screen"}, {925, "consomme"},     {967, "espresso"},
    {968, "cup"}};

std::string className(int index) {
  auto it = kClassNames.find(index);
  return it == kClassNames.end() ? "?" : it->second;
}

// Center square crop, area resize to 224, the checkpoint's (x*255-127)/128 normalisation.
torch::Tensor loadPhoto(const std::string& path) {
  data::ImageU8 image = data::decodeImageFile(path, {255, 255, 255});
  const int s = std::min(image.width, image.height);
  data::ImageU8 crop;
  crop.width = crop.height = s;
  crop.pixels.resize(static_cast<size_t>(s) * s * 3);
  const int x0 = (image.width - s) / 2, y0 = (image.height - s) / 2;
  for (int y = 0; y < s; ++y)
    std::copy_n(image.row(y0 + y) + x0 * 3, s * 3, crop.pixels.data() + static_cast<size_t>(y) * s * 3);
  data::ImageU8 resized = data::resizeImage(crop, 224, 224, data::Resampling::Area);
  torch::Tensor x01 = (io::imageToTensor(resized) + 1.0) / 2.0;
  return features::EfficientNetLite0Impl::normalizeUnitRange(x01).unsqueeze(0);
}

bool systemPythonHasTorch() {
  return fs::exists("/usr/bin/python3") && std::system("/usr/bin/python3 -c 'import torch' >/dev/null 2>&1") == 0;
}

torch::Tensor readRawFloats(const std::string& path, at::IntArrayRef shape) {
  torch::Tensor t = torch::empty(shape, torch::kFloat32);
  std::ifstream in(path, std::ios::binary);
  in.read(reinterpret_cast<char*>(t.data_ptr<float>()), t.numel() * 4);
  if (in.gcount() != t.numel() * 4) throw std::runtime_error("short reference output " + path);
  return t;
}

}  // namespace

class TestFeatures : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void samePaddingIsAsymmetricForStrideTwo() {
    torch::Tensor x = torch::ones({1, 1, 256, 256});
    torch::Tensor p = features::padSame(x, 3, 2);  // total 1: 0 before, 1 after
    QCOMPARE(p.size(2), 257);
    QCOMPARE(p.index({0, 0, 0, 0}).item<float>(), 1.0f);
    QCOMPARE(p.index({0, 0, 256, 256}).item<float>(), 0.0f);
    torch::Tensor q = features::padSame(torch::ones({1, 1, 64, 64}), 5, 2);  // total 3: 1 before, 2 after
    QCOMPARE(q.size(2), 67);
    QCOMPARE(q.index({0, 0, 0, 0}).item<float>(), 0.0f);
    QCOMPARE(q.index({0, 0, 1, 1}).item<float>(), 1.0f);
    QCOMPARE(q.index({0, 0, 65, 65}).item<float>(), 0.0f);
    QCOMPARE(features::padSame(torch::ones({1, 1, 10, 10}), 5, 1).size(2), 14);
  }

  void tapShapesAndParameterCount() {
    torch::manual_seed(0);
    features::EfficientNetLite0 net;
    auto taps = net->forwardTaps(torch::randn({1, 3, 256, 256}));
    QCOMPARE(static_cast<int>(taps.size()), 4);
    const std::vector<std::vector<int64_t>> expected = {
        {1, 24, 64, 64}, {1, 40, 32, 32}, {1, 112, 16, 16}, {1, 320, 8, 8}};
    for (int i = 0; i < 4; ++i) QCOMPARE(taps[i].sizes().vec(), expected[i]);
    QCOMPARE(net->forwardPooled(torch::randn({2, 3, 64, 64})).sizes().vec(), (std::vector<int64_t>{2, 1280}));
    int64_t backbone = 0, total = 0;
    for (const auto& p : net->named_parameters()) {
      total += p.value().numel();
      const std::string& k = p.key();
      if (k.rfind("_conv_head", 0) != 0 && k.rfind("_bn1", 0) != 0 && k.rfind("_fc", 0) != 0)
        backbone += p.value().numel();
      QVERIFY2(!p.value().requires_grad(), k.c_str());
    }
    QCOMPARE(backbone, int64_t{2958848});  // the truncated backbone's 2.96 M (projected-gan spec §2)
    QCOMPARE(total, int64_t{4652008});     // as counted from the packaged state dict
  }

  void frozenButPassesGradientsToTheInput() {
    features::EfficientNetLite0 net;
    net->train();  // e.g. a parent module switched to train mode: BN must still use stored statistics
    torch::Tensor x = torch::randn({2, 3, 32, 32}, torch::requires_grad());
    auto taps = net->forwardTaps(x);
    taps[3].sum().backward();
    QVERIFY(x.grad().defined());
    QVERIFY(x.grad().abs().sum().item<double>() > 0);
    // Eval-mode BN: one sample's output does not depend on the rest of the batch.
    torch::NoGradGuard noGrad;
    torch::Tensor a = net->forwardPooled(x.detach());
    torch::Tensor b = net->forwardPooled(x.detach().slice(0, 0, 1));
    QVERIFY(torch::allclose(a.slice(0, 0, 1), b, 1e-4, 1e-5));
  }

  void badWeightFilesAreNamed() {
    const std::string dir = testing::scratchDir("test_features_bad");
    const std::string missing = dir + "/none.fsw";
    try {
      features::readTensorArchive(missing);
      QFAIL("no error for a missing file");
    } catch (const features::TensorArchiveError& e) {
      QVERIFY(std::string(e.what()).find(missing) != std::string::npos);
    }
    const std::string junk = dir + "/junk.fsw";
    std::ofstream(junk) << "this is not an archive";
    try {
      features::readTensorArchive(junk);
      QFAIL("no error for a junk file");
    } catch (const features::TensorArchiveError& e) {
      QVERIFY(std::string(e.what()).find("bad magic") != std::string::npos);
    }
    try {
      features::loadPretrainedEfficientNetLite0(dir);
      QFAIL("no error for a folder without weights");
    } catch (const std::runtime_error& e) {
      QVERIFY(std::string(e.what()).find("run `fewshot weights fetch`") != std::string::npos);
    }
  }

  void classifiesRealPhotos() {
    if (!features::efficientNetLite0WeightsAvailable()) QSKIP(features::missingWeightsMessage().c_str());
    if (!fs::exists(std::string(kSkimageData) + "chelsea.png")) QSKIP("python3-skimage's photos are not installed");
    if (!data::hasImageDecoder()) QSKIP("this build has no image decoder");
    auto net = features::loadPretrainedEfficientNetLite0();
    QVERIFY(net->pretrained());
    const std::vector<std::pair<std::string, std::vector<int>>> photos = {
        {"chelsea.png", {281, 282, 285}},     // a cat: tabby / tiger cat / Egyptian cat
        {"coffee.png", {967, 968, 504}},      // espresso / cup / coffee mug
        {"rocket.jpg", {657, 744, 812}},      // missile / projectile / space shuttle
        {"motorcycle_left.png", {665, 670}}};  // moped / motor scooter
    torch::NoGradGuard noGrad;
    for (const auto& [file, acceptable] : photos) {
      torch::Tensor probs = net->forwardLogits(loadPhoto(kSkimageData + file)).softmax(1)[0];
      auto [values, indices] = probs.topk(5);
      std::string line = file + " top-5:";
      for (int i = 0; i < 5; ++i) {
        const int c = indices[i].item<int>();
        line += " " + std::to_string(c) + " " + className(c) + " (" +
                QString::number(values[i].item<double>(), 'f', 3).toStdString() + ")";
      }
      qInfo("%s", line.c_str());
      const int top1 = indices[0].item<int>();
      QVERIFY2(std::find(acceptable.begin(), acceptable.end(), top1) != acceptable.end(), line.c_str());
    }
  }

  void matchesPythonReference() {
    if (!features::efficientNetLite0WeightsAvailable()) QSKIP(features::missingWeightsMessage().c_str());
    const std::string pth = features::weightsDirectory() + "/efficientnet-lite0-57934424.pth";
    if (!fs::exists(pth)) QSKIP("the original .pth is not in the weights folder; re-run packaging/fetch-weights.sh");
    if (!systemPythonHasTorch()) QSKIP("Debian's python3-torch (/usr/bin/python3) is not installed");
    const char* source = std::getenv("FEWSHOT_SOURCE_DIR");
    if (!source) QSKIP("FEWSHOT_SOURCE_DIR is not set (run through ctest)");
    const std::string dir = testing::scratchDir("test_features_reference");
    // Odd, non-square size: exercises the asymmetric SAME padding at every stride-2 layer.
    const int64_t B = 2, H = 97, W = 130;
    torch::manual_seed(7);
    torch::Tensor x = torch::rand({B, 3, H, W}) * 2 - 1;
    {
      std::ofstream out(dir + "/input.f32", std::ios::binary);
      out.write(reinterpret_cast<const char*>(x.contiguous().data_ptr<float>()), x.numel() * 4);
    }
    const std::string cmd = std::string("/usr/bin/python3 ") + source +
                            "/tests/core/reference/efficientnet_lite0_reference.py " + pth + " " + dir + "/input.f32 " +
                            std::to_string(B) + " " + std::to_string(H) + " " + std::to_string(W) + " " + dir + "/ref_";
    QCOMPARE(std::system(cmd.c_str()), 0);
    auto net = features::loadPretrainedEfficientNetLite0();
    torch::NoGradGuard noGrad;
    auto taps = net->forwardTaps(x);
    torch::Tensor pooled = net->forwardPooled(x), logits = net->forwardLogits(x);
    std::vector<std::pair<std::string, torch::Tensor>> ours = {{"tap0", taps[0]},  {"tap1", taps[1]},
                                                               {"tap2", taps[2]},  {"tap3", taps[3]},
                                                               {"pooled", pooled}, {"logits", logits}};
    for (const auto& [name, t] : ours) {
      torch::Tensor ref = readRawFloats(dir + "/ref_" + name + ".f32", t.sizes());
      const double maxAbs = (t - ref).abs().max().item<double>();
      const double scale = std::max(1.0, ref.abs().max().item<double>());
      qInfo("%s %s: max |ours - reference| = %.3g (max |reference| %.3g)", name.c_str(), c10::str(t.sizes()).c_str(),
            maxAbs, ref.abs().max().item<double>());
      QVERIFY2(maxAbs <= 1e-4 * scale, name.c_str());
    }
  }
};

QTEST_GUILESS_MAIN(TestFeatures)
#include "test_features.moc"
