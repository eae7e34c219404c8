#include "widgets/train/start_check.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QStringList>
#include <QWidget>

#include "bridge/training_bridge.h"

namespace fewshot {
namespace widgets {

namespace {

const QStringList& imageSuffixes() {
  static const QStringList suffixes{"jpg", "jpeg", "png", "bmp", "webp", "tif", "tiff"};
  return suffixes;
}

bool singleImageFamily(const QVariantMap& config) {
  return bridge::TrainingBridge::familyInfo(config.value("model").toString()).value("singleImage").toBool();
}

}  // namespace

// The translation context of these messages.
class StartCheck {
  Q_DECLARE_TR_FUNCTIONS(fewshot::widgets::StartCheck)
};

QString startBlocker(const QVariantMap& config) {
  if (config.value("data").toString().trimmed().isEmpty())
    return StartCheck::tr(
        "Choose a dataset first: a folder of images or one image (Dataset tab, drag and drop, or Browse…).");
  if (config.value("run_dir").toString().trimmed().isEmpty())
    return StartCheck::tr("Choose a run folder to save the run in.");
  return {};
}

StartProblem checkStart(const QVariantMap& config) {
  const QString data = config.value("data").toString().trimmed(), runDir = config.value("run_dir").toString().trimmed();
  if (data.isEmpty()) return {QStringLiteral("data"), startBlocker(config)};
  const QFileInfo dataInfo(data);
  if (!dataInfo.exists()) return {QStringLiteral("data"), StartCheck::tr("The dataset %1 does not exist.").arg(data)};
  if (singleImageFamily(config) && !dataInfo.isFile())
    return {QStringLiteral("data"),
            StartCheck::tr("%1 is a folder; this model learns from one image. Choose an image file.").arg(data)};
  if (runDir.isEmpty()) return {QStringLiteral("run_dir"), startBlocker(config)};
  if (QFileInfo(runDir).isFile())
    return {QStringLiteral("run_dir"), StartCheck::tr("The run folder %1 is a file; choose a folder.").arg(runDir)};
  // The core names the setting in its message and hands its key, so the field can be framed.
  QString error, key;
  if (!bridge::TrainingBridge::normalizedConfig(config, &error, &key).isEmpty()) return {};
  if (!key.isEmpty()) return {key, error};
  return {QString(), StartCheck::tr("These settings cannot start a run: %1").arg(error)};
}

int countImageFiles(const QString& path, int limit) {
  const QFileInfo info(path);
  if (info.isFile()) return imageSuffixes().contains(info.suffix().toLower()) ? 1 : 0;
  int count = 0;
  QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
  while (count < limit && it.hasNext()) {
    it.next();
    if (imageSuffixes().contains(it.fileInfo().suffix().toLower())) ++count;
  }
  return count;
}

QString smallDatasetWarning(const QVariantMap& config) {
  if (singleImageFamily(config)) return {};
  const int batch = config.value("batch_size").toInt();
  const QString data = config.value("data").toString().trimmed();
  if (batch < 2 || data.endsWith(QLatin1String(".fspack"), Qt::CaseInsensitive)) return {};
  const int images = countImageFiles(data, batch);
  if (images >= batch) return {};
  return StartCheck::tr(
             "The dataset has only %n image(s), fewer than one batch of %1: every batch repeats them, "
             "and the model will copy them rather than learn from them. Few-shot models want about 10 "
             "images or more (FastGAN's paper uses 100); a single picture suits ConSinGAN.",
             nullptr, images)
      .arg(batch);
}

void markInvalid(QWidget* field, const QString& message) {
  if (!field) return;
  field->setProperty("invalid", !message.isEmpty());
  field->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("border: 2px solid #c0392b;"));
  field->setToolTip(message);
}

}  // namespace widgets
}  // namespace fewshot
