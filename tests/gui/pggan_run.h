// A tiny PGGAN run trained through the studio's bridge (16 px, 4 iterations: seconds), for the tests that
// show the latent explorer and the Export tab working on a family other than FastGAN.
#pragma once
#include <QSignalSpy>
#include <QtTest>

#include "bridge/training_bridge.h"

namespace fewshot {
namespace testing {

// Trains into `runDir` from the images in `data`; empty on success, else the failure.
inline QString trainTinyPggan(const QString& data, const QString& runDir) {
  QVariantMap config = bridge::TrainingBridge::presetConfig(QStringLiteral("demo"), QStringLiteral("pggan"));
  QVariantMap pggan = config.value("pggan").toMap();
  pggan["image_size"] = 16;
  pggan["fmap_base"] = 32;
  pggan["fmap_max"] = 16;
  pggan["stabilise_kimg"] = 0.004;  // one iteration per phase at batch 4: grows to 16 px within the run
  pggan["fade_kimg"] = 0.004;
  config["pggan"] = pggan;
  config["batch_size"] = 4;
  config["iterations"] = 8;
  config["sample_every"] = 4;
  config["sample_count"] = 4;
  config["checkpoint_every"] = 8;
  config["threads"] = 2;
  QVariantMap metrics = config.value("metrics").toMap();
  metrics["enabled"] = false;
  config["metrics"] = metrics;
  config["data"] = data;
  config["run_dir"] = runDir;
  bridge::TrainingBridge training;
  QSignalSpy finished(&training, &bridge::TrainingBridge::finished), failed(&training, &bridge::TrainingBridge::failed);
  training.startNew(config);
  if (!QTest::qWaitFor([&] { return finished.count() > 0 || failed.count() > 0; }, 600000)) return "training timed out";
  return failed.isEmpty() ? QString() : failed[0][0].toString();
}

}  // namespace testing
}  // namespace fewshot
