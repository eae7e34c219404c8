// The `paper` preset of every family reproduces the official code's defaults. Each expected value is written
// out here with the official file and line it comes from; the preset is checked as it lands in config.json
// (to_json), the form a run keeps.
#include <QtTest>

#include <cmath>
#include <map>
#include <string>

#include "core/models/family_registry.h"
#include "core/models/pggan/pggan_schedule.h"
#include "core/config/training_config.h"

using namespace fewshot;

namespace {

nlohmann::json paperConfigJson(const std::string& family) {
  const train::TrainingConfig config = models::family(family).presetConfig("paper");
  config.validate();  // throws (and fails the test) when the preset is not a valid run
  return nlohmann::json(config);
}

// The official TrainingSchedule (progressive_growing_of_gans train.py lines 100-122) evaluated at cur_nimg:
// the minibatch of that moment (minibatch_dict, else minibatch_base; max_minibatch_per_gpu caps it).
int officialMinibatch(double curNimg) {
  const double kimg = curNimg / 1000.0, training = 600, transition = 600;  // train.py lines 91-92
  const int resolutionLog2 = 10;                                            // CelebA-HQ, 1024 px
  const double phaseDur = training + transition;
  const double phaseIdx = std::floor(kimg / phaseDur);
  const double phaseKimg = kimg - phaseIdx * phaseDur;
  double lod = resolutionLog2 - std::floor(std::log2(4.0)) - phaseIdx;  // lod_initial_resolution 4
  lod -= std::max(phaseKimg - training, 0.0) / transition;
  lod = std::max(lod, 0.0);
  const int resolution = 1 << (resolutionLog2 - static_cast<int>(std::floor(lod)));
  // config.py line 100 (preset-v2-1gpu) and line 106 (fp32).
  const std::map<int, int> minibatchDict{{4, 128},  {8, 128},  {16, 128}, {32, 64},
                                         {64, 32},  {128, 16}, {256, 8},  {512, 4}};
  const std::map<int, int> maxPerGpu{{256, 16}, {512, 8}, {1024, 4}};
  int minibatch = minibatchDict.count(resolution) ? minibatchDict.at(resolution) : 4;  // minibatch_base 4
  if (maxPerGpu.count(resolution)) minibatch = std::min(minibatch, maxPerGpu.at(resolution));
  return minibatch;
}

}  // namespace

class TestPaperPresets : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void everyFamilyHasAPaperPreset() {
    for (const auto& f : models::families()) QVERIFY2(f.hasPreset("paper"), f.id.c_str());
  }

  // progressive_growing_of_gans (tkarras, commit 2504c3f): config.py, train.py, networks.py, loss.py.
  void pgganPaperIsTheOfficialCelebAHqRun() {
    const nlohmann::json c = paperConfigJson("pggan");
    const nlohmann::json& p = c.at("pggan");
    QCOMPARE(p.at("image_size").get<int>(), 1024);       // config.py line 53: the selected dataset, CelebA-HQ
    QCOMPARE(p.at("fmap_base").get<int>(), 8192);        // networks.py lines 150, 239
    QCOMPARE(p.at("fmap_max").get<int>(), 512);          // networks.py lines 152, 241
    QCOMPARE(p.at("mbstd_group_size").get<int>(), 4);    // networks.py line 243
    QCOMPARE(p.at("fused_scale").get<bool>(), true);     // networks.py line 245
    QCOMPARE(p.at("gp_lambda").get<double>(), 10.0);     // loss.py line 44
    QCOMPARE(p.at("drift_epsilon").get<double>(), 0.001);  // loss.py line 45
    QCOMPARE(p.at("stabilise_kimg").get<double>(), 600.0);  // train.py line 91
    QCOMPARE(p.at("fade_kimg").get<double>(), 600.0);       // train.py line 92
    QCOMPARE(p.at("reset_optimizer").get<bool>(), true);    // train.py line 137
    // config.py line 100 (minibatch_base 4, minibatch_dict); line 106's fp32 caps change none of them.
    QCOMPARE(c.at("batch_size").get<int>(), 4);
    const nlohmann::json batches{{"4", 128}, {"8", 128}, {"16", 128}, {"32", 64},
                                 {"64", 32}, {"128", 16}, {"256", 8},   {"512", 4}};
    QCOMPARE(p.at("minibatch_per_resolution"), batches);
    // train.py lines 96, 98: base rates 0.001; config.py line 100: G/D_lrate_dict {1024: 0.0015}.
    QCOMPARE(c.at("lr_g").get<double>(), 0.001);
    QCOMPARE(c.at("lr_d").get<double>(), 0.001);
    QCOMPARE(p.at("lr_multiplier_per_resolution"), (nlohmann::json{{"1024", 1.5}}));
    QCOMPARE(c.at("beta1").get<double>(), 0.0);  // config.py lines 45-46: beta1 0, beta2 0.99, epsilon 1e-8
    QCOMPARE(c.at("beta2").get<double>(), 0.99);
    QCOMPARE(c.at("ema_decay").get<double>(), 0.999);  // train.py line 134: G_smoothing
    // config.py line 53: mirror_augment = True, which every run gets from the batch sampler's x-flip;
    // nothing else augments the reals (train.py process_reals).
    QCOMPARE(c.at("augment").get<std::string>(), std::string("none"));
    // config.py line 100: total_kimg 12000, as iterations with the official schedule's minibatch per step.
    int64_t iterations = 0;
    for (double nimg = 0; nimg < 12000 * 1000.0; ++iterations) nimg += officialMinibatch(nimg);
    QCOMPARE(c.at("iterations").get<int64_t>(), iterations);
  }

  void pgganPerResolutionScheduleByHand() {
    pggan::PgganConfig p;
    p.imageSize = 8;
    p.stabiliseKimg = p.fadeKimg = 0.016;  // 16 images per stabilisation and per fade
    p.minibatchPerResolution = {{4, 8}, {8, 4}};
    // 4 px: images 0-15 at 8 = 2 steps. The fade starts at 16 with lod exactly 1, still 4 px (floor(lod)), so
    // one more step of 8; from 24 the fade runs at 8 px: 2 steps of 4 to 32; then 8 px stable: 4 steps to 48.
    QCOMPARE(pggan::iterationsToShow(48, p, 2), int64_t{9});
    QCOMPARE(pggan::iterationsToShow(49, p, 2), int64_t{10});
    QCOMPARE(p.batchAt(16, 2), 2);  // not listed: the run's batch
    p.minibatchPerResolution[8] = 6;  // not divisible by the stddev group of 4
    QVERIFY_EXCEPTION_THROWN(p.validate(8), std::invalid_argument);
  }

  // FastGAN-pytorch train.py (odegeasslbc): the argparse block at its end (--iter 50000, --batch_size 8,
  // --im_size 1024), the module-level nlr 0.0002, nbeta1 0.5, ngf = ndf = 64, nz 256, policy
  // 'color,translation', and the EMA 0.001 step (our spec fastgan.md §7 records them).
  void fastganPaperIsTrainPyDefaults() {
    const nlohmann::json c = paperConfigJson("fastgan");
    QCOMPARE(c.at("fastgan").at("image_size").get<int>(), 1024);
    QCOMPARE(c.at("fastgan").at("ngf").get<int>(), 64);
    QCOMPARE(c.at("fastgan").at("ndf").get<int>(), 64);
    QCOMPARE(c.at("fastgan").at("nz").get<int>(), 256);
    QCOMPARE(c.at("batch_size").get<int>(), 8);
    QCOMPARE(c.at("iterations").get<int64_t>(), int64_t{50001});  // `for iteration in range(0, 50000 + 1)`
    QCOMPARE(c.at("lr_g").get<double>(), 2e-4);
    QCOMPARE(c.at("lr_d").get<double>(), 2e-4);
    QCOMPARE(c.at("beta1").get<double>(), 0.5);
    QCOMPARE(c.at("beta2").get<double>(), 0.999);
    QCOMPARE(c.at("ema_decay").get<double>(), 0.999);
    QCOMPARE(c.at("augment").get<std::string>(), std::string("diffaugment"));
    QCOMPARE(c.at("diffaugment_policy").get<std::string>(), std::string("color,translation"));
  }

  // projected-gan (autonomousvision): README.md line 54 (--cfg=fastgan --batch=64 --mirror=1 --kimg=10000 on
  // pokemon256), train.py lines 167-168 (Adam betas (0, 0.99)), 203 (ema_kimg = batch * 10 / 32),
  // 211-212 (full FastGAN generator for cfg fastgan, lr 0.0002 for G and D), 244 (cout 64).
  void projectedPaperIsTheReadmeRun() {
    const nlohmann::json c = paperConfigJson("projected");
    QCOMPARE(c.at("fastgan").at("image_size").get<int>(), 256);
    QCOMPARE(c.at("projected").at("lite").get<bool>(), false);
    QCOMPARE(c.at("projected").at("cout").get<int>(), 64);
    QCOMPARE(c.at("batch_size").get<int>(), 64);
    QCOMPARE(c.at("iterations").get<int64_t>(), int64_t{10000 * 1000 / 64});
    QCOMPARE(c.at("lr_g").get<double>(), 2e-4);
    QCOMPARE(c.at("lr_d").get<double>(), 2e-4);
    QCOMPARE(c.at("beta1").get<double>(), 0.0);
    QCOMPARE(c.at("beta2").get<double>(), 0.99);
    // pg_modules/discriminator.py line 178: DiffAugment color,translation,cutout inside D.
    QCOMPARE(c.at("augment").get<std::string>(), std::string("diffaugment"));
    QCOMPARE(c.at("diffaugment_policy").get<std::string>(), std::string("color,translation,cutout"));
  }

  // ConSinGAN (tohinz): ConSinGAN/config.py lines 11-36, main_train.py lines 35-36.
  void consinganPaperIsConfigPyDefaults() {
    const nlohmann::json c = paperConfigJson("consingan");
    const nlohmann::json& s = c.at("consingan");
    QCOMPARE(s.at("nfc").get<int>(), 64);              // config.py line 11
    QCOMPARE(s.at("num_layer").get<int>(), 3);         // line 13
    QCOMPARE(s.at("noise_amp").get<double>(), 0.1);    // line 18
    QCOMPARE(s.at("min_size").get<int>(), 25);         // line 19
    QCOMPARE(s.at("max_size").get<int>(), 250);        // line 20
    QCOMPARE(s.at("train_depth").get<int>(), 3);       // line 21
    QCOMPARE(s.at("iters_per_stage").get<int>(), 2000);  // line 25: niter
    QCOMPARE(s.at("gamma").get<double>(), 0.1);        // line 26
    QCOMPARE(c.at("lr_g").get<double>(), 5e-4);        // line 27
    QCOMPARE(c.at("lr_d").get<double>(), 5e-4);        // line 28
    QCOMPARE(c.at("beta1").get<double>(), 0.5);        // line 29; beta2: training_generation.py lines 89, 105
    QCOMPARE(c.at("beta2").get<double>(), 0.999);
    QCOMPARE(s.at("g_steps").get<int>(), 3);           // line 30
    QCOMPARE(s.at("d_steps").get<int>(), 3);           // line 31
    QCOMPARE(s.at("lambda_grad").get<double>(), 0.1);  // line 32
    QCOMPARE(s.at("alpha").get<double>(), 10.0);       // line 33
    QCOMPARE(s.at("leaky_slope").get<double>(), 0.05);  // line 35
    QCOMPARE(s.at("batch_norm").get<bool>(), false);   // line 36
    QCOMPARE(s.at("lr_scale").get<double>(), 0.1);     // main_train.py line 35
    QCOMPARE(s.at("train_stages").get<int>(), 6);      // main_train.py line 36
    QCOMPARE(s.at("mode").get<std::string>(), std::string("generation"));
  }

  // Our own presets say so in their labels.
  void demoAndCpuPresetsAreLabelledOurs() {
    for (const auto& f : models::families())
      for (const auto& p : f.presets)
        if (p.id == "demo" || p.id == "cpu-128" || p.id == "tiny")
          QVERIFY2(p.label.find("(ours") != std::string::npos, (f.id + " " + p.id + ": " + p.label).c_str());
  }
};

QTEST_GUILESS_MAIN(TestPaperPresets)
#include "test_paper_presets.moc"
