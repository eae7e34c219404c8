// Export and import: PyTorch state-dict export -> import round trip, official FastGAN checkpoints
// (built by the Python reference when python3-torch exists), Python reproducing our images, GIF and
// MP4 animations (decoded back with Qt / OpenCV), the timelapse, cancellation and latents JSON.
#include <QImage>
#include <QImageReader>
#include <QtTest>

#include <torch/torch.h>

#include <cstring>
#include <filesystem>
#include <random>

#include "core/data/image_decoder.h"
#include "core/explore/animation_export.h"
#include "core/explore/latent_ops.h"
#include "core/explore/model_transfer.h"
#include "core/explore/run_sampler.h"
#include "core/explore/sampling_scope.h"
#include "core/io/gif_encoder.h"
#include "core/io/image_grid.h"
#include "core/io/latents_json.h"
#include "core/io/png_writer.h"
#include "core/io/torch_pickle_reader.h"
#include "core/util/atomic_file.h"
#include "support/python_torch.h"
#include "support/test_paths.h"

using namespace fewshot;
using namespace fewshot::explore;
namespace fs = std::filesystem;

namespace {
fastgan::Generator makeGenerator(int size, bool noise) {
  torch::manual_seed(size + noise);
  fastgan::FastGanConfig c;
  c.imageSize = size;
  c.ngf = 8;
  c.ndf = 8;
  c.nz = 16;
  fastgan::Generator g(c);
  torch::NoGradGuard noGrad;
  // Power iterations, so the spectral norms' u and v estimate sigma: with fresh random vectors the
  // estimate is ~1e-3, the weights blow up and the images reach 1e16, where the last bits of two LibTorch
  // versions' kernels (Python's 1.13 and a 2.x build) grow into visible differences.
  for (int i = 0; i < 30; ++i) g->forward(torch::randn({2, c.nz}));
  for (auto& p : g->named_parameters())
    if (p.value().dim() == 1 && p.value().numel() == 1) p.value().fill_(noise ? 0.3 : 0.0);
  for (auto& b : g->named_buffers()) {
    if (b.key().find("running_mean") != std::string::npos) b.value().normal_(0, 0.1);
    if (b.key().find("running_var") != std::string::npos) b.value().uniform_(0.5, 1.5);
  }
  return g;
}
torch::Tensor render(fastgan::Generator& g, const torch::Tensor& z, uint64_t noiseSeed = 9) {
  SamplingScope scope(g, NormMode::RunningStatistics, noiseSeed);
  return g->forward(z).image;
}
// A run folder holding `g` (as `fewshot import` writes it), opened for sampling.
std::unique_ptr<RunSampler> samplerOf(fastgan::Generator g, const std::string& runDir);

ImportedGenerator wrap(fastgan::Generator g) {
  ImportedGenerator i;
  i.generator = g;
  i.config = g->config();
  i.iteration = 42;
  i.layout = "test";
  return i;
}
std::unique_ptr<RunSampler> samplerOf(fastgan::Generator g, const std::string& runDir) {
  createRunFromGenerator(wrap(g), runDir, "memory");
  return RunSampler::open(runDir);
}
}  // namespace

class TestExport : public QObject {
  Q_OBJECT
 private:
  std::string dir_;
  QString python_;

 private Q_SLOTS:
  void initTestCase() {
    dir_ = testing::scratchDir("export");
    python_ = testing::pythonWithTorch();
  }

  void exportImportRoundTrip() {
    auto g = makeGenerator(64, true);
    const std::string run = dir_ + "/run_a";
    createRunFromGenerator(wrap(g), run, "memory");
    auto loaded = RunSampler::open(run);
    QCOMPARE(loaded->iteration(), int64_t(42));
    auto z = latentsForSeeds({1, 2, 3}, 16);
    auto expected = render(g, z);
    QVERIFY(torch::equal(loaded->render(z, {NormMode::RunningStatistics, 9}), expected));
    const std::string file = dir_ + "/g.pth";
    QCOMPARE(loaded->exportGenerator(file, {}).items, int(generatorStateDict(g).size()));
    QVERIFY(fs::exists(file + ".json"));
    auto imported = importGenerator(file);
    QCOMPARE(imported.config.imageSize, 64);
    QCOMPARE(imported.config.ngf, 8);
    QCOMPARE(imported.config.nz, 16);
    QCOMPARE(imported.layout, std::string("state dict"));
    QVERIFY(torch::equal(render(imported.generator, z), expected));
    // Batch-statistics sampling (with noise) matches too: every parameter and buffer came back.
    auto a = RunSampler::open(run)->render(z, {NormMode::BatchStatistics, 4});
    createRunFromGenerator(imported, dir_ + "/run_b", file);
    QVERIFY(torch::equal(RunSampler::open(dir_ + "/run_b")->render(z, {NormMode::BatchStatistics, 4}), a));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, createRunFromGenerator(imported, dir_ + "/run_b", file));
  }

  void importRefusesWrongInput() {
    auto g = makeGenerator(64, false);
    const std::string file = dir_ + "/g64.pth";
    exportPytorchGenerator(g, file);
    try {
      importGenerator(file, 256);
      QFAIL("size mismatch accepted");
    } catch (const std::runtime_error& e) {
      QVERIFY2(std::string(e.what()).find("64 px") != std::string::npos, e.what());
    }
    c10::Dict<std::string, at::Tensor> other;
    other.insert("init.init.0.weight_orig", torch::zeros({16, 256, 4, 4}));
    other.insert("something.else", torch::zeros({2}));
    const auto bytes = torch::pickle_save(c10::IValue(other));
    util::writeFileAtomically(dir_ + "/other.pth", std::string(bytes.begin(), bytes.end()));
    try {
      importGenerator(dir_ + "/other.pth");
      QFAIL("a partial state dict was accepted");
    } catch (const std::runtime_error& e) {
      QVERIFY2(std::string(e.what()).find("missing keys") != std::string::npos, e.what());
      QVERIFY2(std::string(e.what()).find("something.else") != std::string::npos, e.what());
    }
    util::writeFileAtomically(dir_ + "/garbage.pth", std::string(1000, 'x'));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, importGenerator(dir_ + "/garbage.pth"));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, importGenerator(dir_ + "/does-not-exist.pth"));
  }

  void pythonLoadsOurExport() {
    if (python_.isEmpty()) QSKIP("python3 with torch is not installed");
    auto g = makeGenerator(256, false);  // noise off: Python cannot share our noise draws
    const std::string file = dir_ + "/g256.pth", latents = dir_ + "/z.json", out = dir_ + "/py_image.pt";
    exportPytorchGenerator(g, file);
    auto z = latentsForSeeds({5, 6}, 16);
    io::writeLatentsJson({z, {5, 6}, 1.0}, latents);
    const QString error =
        testing::runReference(python_, {"render", QString::fromStdString(file), "256", "8", "16",
                                        QString::fromStdString(latents), QString::fromStdString(out)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto py = io::readTorchFile(out)->get("image")->tensor;
    auto ours = render(g, z);
    const double diff = (py - ours).abs().max().item<double>();
    QVERIFY2(diff < 1e-4, qPrintable(QString("max difference %1").arg(diff)));
    QVERIFY(ours.abs().max().item<double>() > 1e-2);
  }

  void importsOfficialCheckpoint() {
    if (python_.isEmpty()) QSKIP("python3 with torch is not installed");
    const QString error = testing::runReference(python_, {"write-fixtures", QString::fromStdString(dir_)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto imported = importGenerator(dir_ + "/all_1234.pth", 256);
    QCOMPARE(imported.config.imageSize, 256);
    QCOMPARE(imported.config.ngf, 8);
    QCOMPARE(imported.config.nz, 16);
    QCOMPARE(imported.iteration, int64_t(1234));
    QCOMPARE(imported.layout, std::string("official all_*.pth (g + g_ema)"));
    auto reference = io::readTorchFile(dir_ + "/official_reference.pt");
    auto z = reference->get("z")->tensor, expected = reference->get("image")->tensor;
    const double diff = (render(imported.generator, z) - expected).abs().max().item<double>();
    QVERIFY2(diff < 1e-4, qPrintable(QString("max difference %1").arg(diff)));
    createRunFromGenerator(imported, dir_ + "/run_official", dir_ + "/all_1234.pth");
    auto run = RunSampler::open(dir_ + "/run_official");
    QCOMPARE(run->iteration(), int64_t(1234));
    QVERIFY((run->render(z, {NormMode::RunningStatistics, 9}) - expected).abs().max().item<double>() < 1e-4);
  }

  void gifAnimation() {
    auto g = makeGenerator(64, true);
    auto sampler = samplerOf(g, dir_ + "/run_gif");
    VideoOptions o;
    o.path.frames = 7;
    o.fps = 10;
    const std::string path = dir_ + "/interp.gif";
    auto keys = latentsForSeeds({1, 2, 3}, 16);
    QCOMPARE(exportInterpolationVideo(*sampler, keys, o, path, {}), 7);
    QImageReader reader(QString::fromStdString(path));
    QVERIFY2(reader.canRead(), qPrintable(reader.errorString()));
    int frames = 0;
    QImage first;
    while (true) {
      QImage image = reader.read();
      if (image.isNull()) break;
      QCOMPARE(image.size(), QSize(64, 64));
      if (frames == 0) first = image.convertToFormat(QImage::Format_RGB888);
      ++frames;
    }
    QCOMPARE(frames, 7);
    QCOMPARE(reader.loopCount(), -1);  // loops forever
    // The first frame is the first key, within palette quantization error.
    const data::ImageU8 expected = io::tensorToImage(render(g, keys.slice(0, 0, 1), o.noiseSeed)[0]);
    double total = 0;
    for (int y = 0; y < 64; ++y)
      for (int x = 0; x < 64 * 3; ++x) total += std::abs(int(first.constScanLine(y)[x]) - int(expected.row(y)[x]));
    QVERIFY2(total / (64 * 64 * 3) < 4.0, qPrintable(QString("mean error %1").arg(total / (64 * 64 * 3))));
  }

  void gifLzwLargeFrame() {
    // 64 colours in a random pattern over 200x200 pixels: the LZW table fills (4096 codes) and is
    // reset several times, and the palette holds every colour exactly, so decoding is lossless.
    data::ImageU8 image;
    image.width = image.height = 200;
    image.pixels.resize(200 * 200 * 3);
    std::mt19937 rng(3);
    for (size_t i = 0; i < image.pixels.size(); i += 3) {
      const unsigned c = rng() % 64;
      image.pixels[i] = static_cast<uint8_t>((c & 3) * 80);
      image.pixels[i + 1] = static_cast<uint8_t>(((c >> 2) & 3) * 80);
      image.pixels[i + 2] = static_cast<uint8_t>((c >> 4) * 80);
    }
    const std::string path = dir_ + "/noise.gif";
    io::AnimationOptions o;
    o.width = o.height = 200;
    io::GifWriter gif(path, o);
    gif.addFrame(image);
    gif.addFrame(image);
    gif.finish();
    QImageReader reader(QString::fromStdString(path));
    int frames = 0;
    while (true) {
      QImage decoded = reader.read();
      if (decoded.isNull()) break;
      ++frames;
      decoded = decoded.convertToFormat(QImage::Format_RGB888);
      QCOMPARE(decoded.size(), QSize(200, 200));
      for (int y = 0; y < 200; ++y)
        QVERIFY2(std::memcmp(decoded.constScanLine(y), image.row(y), 600) == 0,
                 qPrintable(QString("row %1 differs").arg(y)));
    }
    QCOMPARE(frames, 2);
  }

  void mp4Video() {
    if (!io::canWriteVideo()) QSKIP("this build has no OpenCV video support");
    auto sampler = samplerOf(makeGenerator(64, true), dir_ + "/run_mp4");
    VideoOptions o;
    o.path.frames = 12;
    o.path.loop = true;
    o.path.spherical = true;
    const std::string path = dir_ + "/loop.mp4";
    exportInterpolationVideo(*sampler, latentsForSeeds({1, 2}, 16), o, path);
    auto probe = io::probeVideo(path);
    QCOMPARE(probe.frames, 12);
    QCOMPARE(probe.width, 64);
    QCOMPARE(probe.height, 64);
  }

  void cancellationLeavesNoFile() {
    auto sampler = samplerOf(makeGenerator(64, false), dir_ + "/run_cancel");
    VideoOptions o;
    o.path.frames = 10;
    for (const char* ext : {".gif", ".mp4"}) {
      if (std::string(ext) == ".mp4" && !io::canWriteVideo()) continue;
      const std::string path = dir_ + "/cancelled" + ext;
      int calls = 0;
      QVERIFY_THROWS_EXCEPTION(io::ExportCancelled, exportInterpolationVideo(*sampler, latentsForSeeds({1, 2}, 16), o,
                                                                             path, [&](int done, int) {
                                                                               ++calls;
                                                                               return done < 3;
                                                                             }));
      QCOMPARE(calls, 4);
      QVERIFY(!fs::exists(path));
      for (const auto& e : fs::directory_iterator(dir_))
        QVERIFY(e.path().filename().string().find("cancelled") == std::string::npos);
    }
  }

  void timelapse() {
    // The timelapse reads the run's sample PNGs back; packaging/gpu-check.sh builds without OpenCV.
    if (!data::hasImageDecoder()) QSKIP("this build has no image decoder (FEWSHOT_WITH_OPENCV=OFF)");
    const std::string run = dir_ + "/run_timelapse";
    fs::create_directories(run + "/samples");
    auto g = makeGenerator(64, false);
    for (int it : {1000, 200, 30}) {
      auto z = latentForSeed(static_cast<uint64_t>(it), 16);
      io::writePng(io::makeImageGrid(render(g, torch::cat({z, z})), 2),
                   run + "/samples/iter_" + std::to_string(it) + ".png");
    }
    io::writePng(io::tensorToImage(torch::zeros({3, 10, 10})), run + "/samples/iter_5000.png");  // another size
    const auto history = listSampleHistory(run);
    QCOMPARE(int(history.size()), 4);
    QVERIFY(QString::fromStdString(history[0]).endsWith("iter_30.png"));
    int skipped = -1;
    QCOMPARE(exportTimelapse(run, dir_ + "/timelapse.gif", 5, {}, &skipped), 3);
    QCOMPARE(skipped, 1);
    QImageReader reader(QString::fromStdString(dir_ + "/timelapse.gif"));
    int frames = 0;
    while (!reader.read().isNull()) ++frames;
    QCOMPARE(frames, 3);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, exportTimelapse(dir_ + "/run_a", dir_ + "/none.gif", 5));
  }

  void latentsJson() {
    io::LatentSet set{latentsForSeeds({3, 4}, 16), {3, -1}, 0.7};
    io::writeLatentsJson(set, dir_ + "/latents.json");
    auto back = io::readLatentsJson(dir_ + "/latents.json");
    QVERIFY(torch::equal(back.z, set.z));
    QCOMPARE(back.seeds, set.seeds);
    QCOMPARE(back.latentScale, 0.7);
    util::writeFileAtomically(dir_ + "/bad.json", "{\"nz\": 3, \"latents\": [{\"z\": [1]}]}");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, io::readLatentsJson(dir_ + "/bad.json"));
  }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
