// Tiny runs of the families other than FastGAN, trained through the studio's bridge in seconds, for the
// tests that show the latent explorer, the seed grid and the Export tab working on every family.
#pragma once
#include <QtTest>

#include "bridge/training_bridge.h"
#include "core/features/weights_location.h"
#include "gui_test_support.h"

namespace fewshot {
namespace testing {

// The settings every tiny run shares: a few iterations, one checkpoint at the end, no live metrics.
inline void makeTiny(QVariantMap& config, const QString& data, const QString& runDir, int iterations) {
  config["batch_size"] = 4;
  config["iterations"] = iterations;
  config["sample_every"] = iterations / 2;
  config["sample_count"] = 4;
  config["checkpoint_every"] = iterations;
  config["threads"] = 2;
  QVariantMap metrics = config.value("metrics").toMap();
  metrics["enabled"] = false;
  config["metrics"] = metrics;
  config["data"] = data;
  config["run_dir"] = runDir;
}

// PGGAN at 16 px, 8 iterations: it grows to 16 px within the run.
inline QString trainTinyPggan(const QString& data, const QString& runDir) {
  QVariantMap config = bridge::TrainingBridge::presetConfig(QStringLiteral("demo"), QStringLiteral("pggan"));
  QVariantMap pggan = config.value("pggan").toMap();
  pggan["image_size"] = 16;
  pggan["fmap_base"] = 32;
  pggan["fmap_max"] = 16;
  pggan["stabilise_kimg"] = 0.004;  // one iteration per phase at batch 4
  pggan["fade_kimg"] = 0.004;
  config["pggan"] = pggan;
  makeTiny(config, data, runDir, 8);
  return trainThroughBridge(config);
}

// Projected GAN at 64 px with narrow networks, 2 iterations; the pretrained feature network when this
// machine has its weights, the random one (same graph) otherwise.
inline QString trainTinyProjected(const QString& data, const QString& runDir) {
  QVariantMap config = bridge::TrainingBridge::presetConfig(QStringLiteral("demo"), QStringLiteral("projected"));
  QVariantMap fastgan = config.value("fastgan").toMap();
  fastgan["image_size"] = 64;  // the smallest resolution the family takes
  config["fastgan"] = fastgan;
  QVariantMap projected = config.value("projected").toMap();
  projected["ngf"] = 8;
  projected["ndf"] = 8;
  projected["nz"] = 16;
  projected["cout"] = 8;
  projected["random_features"] = !features::efficientNetLite0WeightsAvailable();
  config["projected"] = projected;
  makeTiny(config, data, runDir, 2);
  return trainThroughBridge(config);
}

}  // namespace testing
}  // namespace fewshot
