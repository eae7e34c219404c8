#include "widgets/export_form.h"

#include <QComboBox>
#include <QFileInfo>
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
  combo->addItem(ExportForm::tr("MP4 video (OpenCV, mp4v)"), QStringLiteral("mp4"));
  combo->addItem(ExportForm::tr("Animated GIF"), QStringLiteral("gif"));
  if (!bridge::ExportBridge::canWriteVideo()) {
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    if (model) model->item(0)->setEnabled(false);
    combo->setItemData(0, ExportForm::tr("This build has no OpenCV: GIF only."), Qt::ToolTipRole);
    combo->setCurrentIndex(1);
  }
  return combo;
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
