// Shared by the GUI tests: a small image folder written with QPainter, a scratch folder under the
// build tree, and the tiny training configuration (32 px, ngf/ndf 8, batch 2).
#pragma once
#include <QColor>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QVariantMap>

#include "bridge/training_bridge.h"

namespace fewshot {
namespace testing {

// Settings of this test alone, in `settingsDir` (a scratch folder), so no test reads a user's or another test's.
inline void useScratchSettings(const QString& settingsDir, const QString& applicationName) {
  QSettings::setDefaultFormat(QSettings::IniFormat);
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
  QCoreApplication::setOrganizationName("FewShotStudioTest");
  QCoreApplication::setApplicationName(applicationName);
}

inline QString guiScratchDir(const QString& name) {
  QDir root(qEnvironmentVariable("FEWSHOT_BINARY_DIR", QDir::tempPath()));
  const QString path = root.filePath(QStringLiteral("test-scratch/") + name);
  QDir(path).removeRecursively();
  QDir().mkpath(path);
  return path;
}

// Coloured discs on vertical gradients, `count` PNG files of `size` px.
inline QString writeDiscFolder(const QString& dir, int count = 12, int size = 48) {
  QDir().mkpath(dir);
  QRandomGenerator rng(7);
  for (int i = 0; i < count; ++i) {
    QImage image(size, size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 0, size);
    gradient.setColorAt(0, QColor(40, 60, 90));
    gradient.setColorAt(1, QColor(200, 210, 230));
    painter.fillRect(image.rect(), gradient);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor::fromHsv(rng.bounded(360), 200, 230));
    painter.setPen(Qt::NoPen);
    const int r = size / 5 + rng.bounded(size / 8);
    painter.drawEllipse(QPoint(size / 3 + rng.bounded(size / 3), size / 3 + rng.bounded(size / 3)), r, r);
    painter.end();
    image.save(QDir(dir).filePath(QStringLiteral("disc_%1.png").arg(i)));
  }
  return dir;
}

inline QVariantMap tinyConfig(const QString& data, const QString& runDir, int iterations = 60) {
  QVariantMap c = bridge::TrainingBridge::presetConfig("demo");
  QVariantMap fastgan = c.value("fastgan").toMap();
  fastgan["image_size"] = 32;
  fastgan["ngf"] = 8;
  fastgan["ndf"] = 8;
  c["fastgan"] = fastgan;
  c["batch_size"] = 2;
  c["iterations"] = iterations;
  c["sample_every"] = 2;
  c["sample_count"] = 4;
  c["checkpoint_every"] = 10;
  c["threads"] = 2;
  c["data"] = data;
  c["run_dir"] = runDir;
  return c;
}

// tinyConfig that trains in seconds: pixel-L1 reconstruction (no EfficientNet in the loop), no live metrics.
inline QVariantMap quickConfig(const QString& data, const QString& runDir, int iterations) {
  QVariantMap c = tinyConfig(data, runDir, iterations);
  c["reconstruction_loss"] = "pixel-l1";
  QVariantMap metrics = c.value("metrics").toMap();
  metrics["enabled"] = false;
  c["metrics"] = metrics;
  return c;
}

// Trains `config` to its end with a TrainingBridge; empty on success, else the bridge's message.
inline QString trainThroughBridge(const QVariantMap& config) {
  bridge::TrainingBridge training;
  QSignalSpy finished(&training, &bridge::TrainingBridge::finished);
  QSignalSpy failed(&training, &bridge::TrainingBridge::failed);
  training.startNew(config);
  if (!QTest::qWaitFor([&] { return finished.count() > 0 || failed.count() > 0; }, 600000)) return "training timed out";
  return failed.isEmpty() ? QString() : failed[0][0].toString();
}

// The same, failing the calling test with the bridge's message (check QTest::currentTestFailed() after the call).
inline void trainToEnd(const QVariantMap& config) {
  const QString error = trainThroughBridge(config);
  QVERIFY2(error.isEmpty(), qPrintable(error));
}

}  // namespace testing
}  // namespace fewshot
