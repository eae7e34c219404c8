#include "widgets/export/export_form.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QSize>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace fewshot {
namespace widgets {

QString seedsForFileName(const QString& seeds) {
  QString s = seeds;
  s.replace(QLatin1Char(','), QLatin1Char('_'));
  if (s.size() > 32) s = s.left(32) + QStringLiteral("_etc");
  return s;
}

QComboBox* createAnimationFormatCombo(QWidget* parent) {
  auto* combo = new QComboBox(parent);
  combo->setObjectName(QStringLiteral("format"));
  const bool h264 = bridge::ExportBridge::canWriteVideo() && bridge::ExportBridge::mp4IsH264();
  combo->addItem(h264 ? ExportForm::tr("MP4 video (H.264)") : ExportForm::tr("MP4 video (no H.264 here: mp4v)"),
                 QStringLiteral("mp4"));
  combo->setItemData(0, ExportForm::tr("Encoded as %1").arg(bridge::ExportBridge::mp4Encoding()), Qt::ToolTipRole);
  combo->addItem(ExportForm::tr("Animated GIF"), QStringLiteral("gif"));
  if (!bridge::ExportBridge::canWriteVideo()) {
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    if (model) model->item(0)->setEnabled(false);
    combo->setItemData(0, ExportForm::tr("This build has no OpenCV: GIF only."), Qt::ToolTipRole);
    combo->setCurrentIndex(1);
  }
  return combo;
}

QComboBox* createUpscaleCombo(QWidget* parent) {
  auto* combo = new QComboBox(parent);
  combo->setObjectName(QStringLiteral("upscale"));
  for (int f = 1; f <= bridge::ExportBridge::maxUpscale(); ++f) combo->addItem(QString(), f);
  combo->setToolTip(ExportForm::tr("Every frame is enlarged by a whole factor with nearest-neighbour pixels, "
                                   "so small images stay sharp."));
  labelUpscaleCombo(combo, {});
  return combo;
}

void labelUpscaleCombo(QComboBox* combo, QSize frame) {
  for (int i = 0; i < combo->count(); ++i) {
    const int f = combo->itemData(i).toInt();
    const QString text = frame.isEmpty() ? ExportForm::tr("×%1").arg(f)
                                         : ExportForm::tr("×%1 (%2×%3 px)").arg(f).arg(frame.width() * f).arg(
                                               frame.height() * f);
    combo->setItemText(i, text);
  }
}

QString availableOutputPath(const QString& path) {
  const QFileInfo info(path);
  if (!info.exists() && !info.isSymLink()) return path;
  const QString suffix = info.suffix(), base = suffix.isEmpty() ? info.fileName() : info.completeBaseName();
  for (int n = 2;; ++n) {
    const QString name = suffix.isEmpty() ? QStringLiteral("%1-%2").arg(base).arg(n)
                                          : QStringLiteral("%1-%2.%3").arg(base).arg(n).arg(suffix);
    const QFileInfo candidate(info.dir().filePath(name));
    if (!candidate.exists() && !candidate.isSymLink()) return candidate.filePath();
  }
}

QString upscaleForFileName(int factor) { return factor > 1 ? QStringLiteral("_x%1").arg(factor) : QString(); }

QString iterationForFileName(const QVariantMap& runInfo) {
  const qint64 it = runInfo.value(QStringLiteral("iteration"), -1).toLongLong();
  return it >= 0 ? QStringLiteral("_it%1").arg(it) : QString();
}

bool selectFormatForPath(QComboBox* combo, const QString& path) {
  const int index = combo->findData(QFileInfo(path).suffix().toLower());
  if (index < 0) return false;
  const QSignalBlocker block(combo);
  combo->setCurrentIndex(index);
  return true;
}

}  // namespace widgets
}  // namespace fewshot
