// Shared by the ConSinGAN GUI tests: a small landscape image written with QPainter and a tiny
// ConSinGAN run trained through the TrainingBridge (8 channels, a few iterations per stage: seconds).
#pragma once
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QVariantMap>

#include <cmath>

#include "bridge/training_bridge.h"

namespace fewshot {
namespace testing {

// Sky gradient, hills and a sun: enough structure for a pyramid, `width` x `height` px.
inline QString writeLandscape(const QString& path, int width = 64, int height = 48) {
  QImage image(width, height, QImage::Format_RGB32);
  QPainter painter(&image);
  QLinearGradient sky(0, 0, 0, height);
  sky.setColorAt(0, QColor(60, 110, 190));
  sky.setColorAt(1, QColor(220, 200, 160));
  painter.fillRect(image.rect(), sky);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(Qt::NoPen);
  painter.setBrush(QColor(250, 220, 90));
  painter.drawEllipse(QPointF(width * 0.75, height * 0.25), width * 0.08, width * 0.08);
  painter.setBrush(QColor(50, 120, 60));
  QPolygonF hills;
  hills << QPointF(0, height) << QPointF(0, height * 0.6);
  for (int x = 0; x <= width; x += 4) hills << QPointF(x, height * (0.62 + 0.1 * std::sin(x * 0.2)));
  hills << QPointF(width, height);
  painter.drawPolygon(hills);
  painter.end();
  image.save(path);
  return path;
}

// `iterations` < stages * itersPerStage leaves the run part-trained.
inline QVariantMap tinyConSinGanConfig(const QString& image, const QString& runDir, int stages = 3,
                                       int itersPerStage = 3, int iterations = -1) {
  QVariantMap c = bridge::TrainingBridge::presetConfig("demo", "consingan");
  QVariantMap s = c.value("consingan").toMap();
  s["train_stages"] = stages;
  s["iters_per_stage"] = itersPerStage;
  s["min_size"] = 14;
  s["max_size"] = 64;
  s["nfc"] = 8;
  c["consingan"] = s;
  c["iterations"] = iterations < 0 ? stages * itersPerStage : iterations;
  c["sample_every"] = itersPerStage;
  c["checkpoint_every"] = itersPerStage;
  c["sample_count"] = 2;
  c["threads"] = 2;
  c["seed"] = 3;
  c["data"] = image;
  c["run_dir"] = runDir;
  return c;
}

// Trains `config` to its end; returns an error message or an empty string.
inline QString trainRun(const QVariantMap& config) {
  bridge::TrainingBridge training;
  QSignalSpy finished(&training, &bridge::TrainingBridge::finished), failed(&training, &bridge::TrainingBridge::failed);
  training.startNew(config);
  if (!QTest::qWaitFor([&] { return finished.count() > 0 || failed.count() > 0; }, 600000)) return "training timed out";
  if (!failed.isEmpty()) return failed[0][0].toString();
  return {};
}

}  // namespace testing
}  // namespace fewshot
