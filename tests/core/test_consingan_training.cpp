// ConSinGAN training and exploration: the reconstruction error falls, a run resumes mid-stage bit for
// bit, the session checkpoints at stage ends, retargeted samples have the asked size, and harmonized
// output equals the composite outside the dilated and blurred mask.
#include <QtTest>

#include <filesystem>
#include <sstream>

#include "core/explore/consingan_model.h"
#include "core/io/png_writer.h"
#include "core/models/consingan/consingan_trainer.h"
#include "core/train/checkpoint.h"
#include "core/train/training_session.h"
#include "support/consingan_fixtures.h"
#include "support/test_paths.h"

using namespace fewshot;
namespace fs = std::filesystem;

namespace {

std::string saveToString(train::Trainer& t) {
  torch::serialize::OutputArchive archive;
  t.save(archive);
  std::ostringstream out;
  archive.save_to(out);
  return out.str();
}

void loadFromString(train::Trainer& t, const std::string& bytes) {
  torch::serialize::InputArchive archive;
  std::istringstream in(bytes);
  archive.load_from(in);
  t.load(archive);
}

bool sameParameters(torch::nn::Module& a, torch::nn::Module& b) {
  auto pa = a.named_parameters(), pb = b.named_parameters();
  if (pa.size() != pb.size()) return false;
  for (const auto& p : pa)
    if (!torch::equal(p.value(), pb[p.key()])) return false;
  return true;
}

// Runs a whole session and returns the run folder.
std::string trainRun(const std::string& dir, train::TrainingConfig config, const data::ImageU8& image) {
  const std::string png = dir + "/photo.png";
  io::writePng(image, png);
  config.dataPath = png;
  config.runDir = dir + "/run";
  auto session = train::TrainingSession::createNew(config);
  std::string error;
  session->setEventCallback([&](const train::TrainingEvent& e) {
    if (e.kind == train::TrainingEvent::Kind::Error) error = e.message;
  });
  session->start();
  session->wait();
  if (!error.empty()) throw std::runtime_error(error);
  return config.runDir;
}

bool decoderAvailable() {
#ifdef FEWSHOT_WITH_OPENCV
  return true;
#else
  return false;
#endif
}

}  // namespace

class TestConSinGanTraining : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void reconstructionErrorFalls() {
    auto config = testing::tinyConSinGanConfig(3, 40);
    config.consingan.nfc = 16;  // the "tiny" preset; with 8 channels the default biases dominate for long
    config.consingan.minSize = 15;
    const auto pack = testing::singleImagePack(testing::landscapeImage(48, 36));
    consingan::ConSinGanTrainer trainer(config, pack, torch::kCPU);
    std::vector<double> rec;
    for (int i = 0; i < 40; ++i) {
      auto v = trainer.step();
      QCOMPARE(v.at("stage"), 1.0);
      QCOMPARE(v.at("stage_iteration"), static_cast<double>(i + 1));
      QCOMPARE(v.at("stage_count"), 3.0);
      rec.push_back(v.at("loss_rec"));
    }
    const double first = (rec[0] + rec[1] + rec[2]) / 3;
    double last = 0;
    for (int i = 30; i < 40; ++i) last += rec[i] / 10;
    QVERIFY2(last < 0.5 * first, qPrintable(QString("reconstruction MSE %1 -> %2").arg(first).arg(last)));
    QVERIFY(trainer.atStageEnd());
    auto v = trainer.step();  // stage 2 starts: a new G stage, noise amplitude from the reconstruction RMSE
    QCOMPARE(v.at("stage"), 2.0);
    QCOMPARE(trainer.stagesBuilt(), 2);
    QVERIFY(trainer.amplitudes()[1] > 0 && trainer.amplitudes()[1] < 0.1);
    QVERIFY(
        (trainer.reconstructionNoise()[1].sizes() ==
         std::vector<int64_t>{1, config.consingan.nfc, trainer.shapes()[1].height + 6, trainer.shapes()[1].width + 6}));
  }

  void resumeMidStageIsExact() {
    auto config = testing::tinyConSinGanConfig(3, 5);
    const auto pack = testing::singleImagePack(testing::landscapeImage(40, 30));
    const int N = 7, M = 6;  // save in the middle of stage 2, continue into stage 3
    consingan::ConSinGanTrainer straight(config, pack, torch::kCPU);
    std::vector<double> straightLosses;
    for (int i = 0; i < N + M; ++i) straightLosses.push_back(straight.step().at("loss_g_adv"));

    std::string saved;
    {
      consingan::ConSinGanTrainer first(config, pack, torch::kCPU);
      for (int i = 0; i < N; ++i) first.step();
      saved = saveToString(first);
    }
    consingan::ConSinGanTrainer resumed(config, pack, torch::kCPU);
    loadFromString(resumed, saved);
    QCOMPARE(resumed.iteration(), int64_t{N});
    std::vector<double> resumedLosses;
    for (int i = 0; i < M; ++i) resumedLosses.push_back(resumed.step().at("loss_g_adv"));
    for (int i = 0; i < M; ++i) QCOMPARE(resumedLosses[i], straightLosses[N + i]);  // exact, not fuzzy
    QVERIFY(sameParameters(*straight.generator(), *resumed.generator()));
    QVERIFY(sameParameters(*straight.discriminator(), *resumed.discriminator()));
    QCOMPARE(resumed.amplitudes(), straight.amplitudes());
  }

  void sessionCheckpointsEveryStageAndSamplesAtOtherSizes() {
    if (!decoderAvailable()) QSKIP("this build has no image decoder (OpenCV)");
    const std::string dir = testing::scratchDir("consingan_session");
    auto config = testing::tinyConSinGanConfig(3, 4);
    config.checkpointEvery = 1000;  // only the stage ends
    config.sampleEvery = 1000;
    config.keepCheckpoints = 10;
    const std::string run = trainRun(dir, config, testing::landscapeImage(80, 60));
    std::vector<std::string> ckpts = train::listCheckpoints(train::RunDirectory(run));
    QCOMPARE(static_cast<int>(ckpts.size()), 3);
    QVERIFY(ckpts[0].find("4") != std::string::npos);

    auto model = explore::ConSinGanModel::load(run);
    QCOMPARE(model->stagesTrained(), 3);
    QCOMPARE(model->outputShape().height, int64_t{60});
    explore::ConSinGanGenerateOptions o;
    o.count = 2;
    o.seed = 3;
    torch::Tensor same = model->generate(o);
    QVERIFY((same.sizes() == std::vector<int64_t>{2, 3, 60, 80}));
    o.width = 160;
    o.height = 45;
    o.count = 3;
    torch::Tensor wide = model->generate(o);
    QVERIFY((wide.sizes() == std::vector<int64_t>{3, 3, 45, 160}));
    // Sample i of a seed does not depend on the count.
    o.count = 1;
    QVERIFY(torch::equal(model->generate(o)[0], wide[0]));
    o.seed = 4;
    QVERIFY(!torch::equal(model->generate(o)[0], wide[0]));
  }

  void harmonizedOutputEqualsCompositeOutsideTheMask() {
    if (!decoderAvailable()) QSKIP("this build has no image decoder (OpenCV)");
    const std::string dir = testing::scratchDir("consingan_harmonize");
    auto config = testing::tinyConSinGanConfig(3, 3, "harmonization");
    config.consingan.minSize = 40;
    config.consingan.batchNorm = true;
    config.consingan.leakySlope = 0.3;
    const std::string run = trainRun(dir, config, testing::landscapeImage(100, 76));
    auto model = explore::ConSinGanModel::load(run);

    // A pasted square, given at twice the training size: it is resized automatically.
    data::ImageU8 composite = testing::landscapeImage(200, 152), mask = composite;
    std::fill(mask.pixels.begin(), mask.pixels.end(), 0);
    for (int y = 10; y < 22; ++y)
      for (int x = 12; x < 26; ++x)
        for (int c = 0; c < 3; ++c) {
          composite.pixels[(y * 200 + x) * 3 + c] = c == 2 ? 255 : 0;
          mask.pixels[(y * 200 + x) * 3 + c] = 255;
        }
    explore::ConSinGanHarmonizeOptions o;
    auto r = model->harmonize(composite, mask, o);
    QVERIFY((r.blended.sizes() == std::vector<int64_t>{1, 3, 76, 100}));
    // Mask at the training size covers y 5..11, x 6..13; dilation 7 + blur support 20 reach 27 px further.
    int checked = 0;
    for (int y = 0; y < 76; ++y)
      for (int x = 0; x < 100; ++x) {
        const bool far = y > 11 + 28 || x > 13 + 28;
        if (!far) continue;
        QVERIFY(torch::equal(r.blended[0].select(1, y).select(1, x), r.composite[0].select(1, y).select(1, x)));
        ++checked;
      }
    QVERIFY(checked > 3000);
    QCOMPARE(r.mask.max().item<double>(), 1.0);
    QVERIFY(!torch::equal(r.blended, r.composite));  // inside the mask the generator's output shows
    // Harmonization is deterministic (fixed noise); a stage other than 0 is refused with a reason.
    QVERIFY(torch::equal(model->harmonize(composite, mask, o).blended, r.blended));
    o.injectionStage = 1;
    QVERIFY_EXCEPTION_THROWN(model->harmonize(composite, mask, o), std::invalid_argument);
    // Without fine-tuning the seed plays no part: the stored noise, as evaluate_model.py.
    o.injectionStage = 0;
    o.seed = 9;
    QVERIFY(torch::equal(model->harmonize(composite, mask, o).generated, r.generated));
    // Fine-tuning on the composite runs and changes the result.
    o.fineTuneIterations = 2;
    o.seed = 0;
    const torch::Tensor tuned = model->harmonize(composite, mask, o).generated;
    QVERIFY(!torch::equal(tuned, r.generated));
    // After fine-tuning, the later stages draw fresh noise from the seed (the official fine-tuning's
    // generate_samples): the same fine-tuning from the same run with another seed gives another image,
    // with the same seed the same one.
    auto again = [&](uint64_t seed) {
      auto fresh = explore::ConSinGanModel::load(run);
      explore::ConSinGanHarmonizeOptions t = o;
      t.seed = seed;
      return fresh->harmonize(composite, mask, t).generated;
    };
    QVERIFY(torch::equal(again(0), tuned));
    QVERIFY(!torch::equal(again(1), tuned));
  }

  void importRejectsAFolder() {
    const std::string dir = testing::scratchDir("consingan_import");
    auto config = testing::tinyConSinGanConfig(3, 2);
    config.dataPath = dir;
    config.runDir = dir + "/run";
    try {
      train::TrainingSession::createNew(config);
      QFAIL("a folder was accepted");
    } catch (const std::exception& e) {
      QVERIFY2(std::string(e.what()).find("single image") != std::string::npos, e.what());
    }
  }
};

QTEST_APPLESS_MAIN(TestConSinGanTraining)
#include "test_consingan_training.moc"
