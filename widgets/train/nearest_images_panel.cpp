#include "widgets/train/nearest_images_panel.h"

#include <QDir>
#include <QLabel>
#include <QPixmap>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fewshot {
namespace widgets {

NearestImagesPanel::NearestImagesPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  caption_ = new QLabel(tr("Samples beside their nearest training image appear here when live metrics run "
                           "(left: generated, right: nearest real image in feature space)."));
  caption_->setWordWrap(true);
  caption_->setToolTip(tr("Distances are in the metric's feature space. A distance near zero means the generator "
                          "reproduces that training image: memorisation, not generalisation."));
  image_ = new QLabel;
  image_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  auto* scroll = new QScrollArea;
  scroll->setWidget(image_);
  scroll->setWidgetResizable(true);
  layout->addWidget(caption_);
  layout->addWidget(scroll, 1);
}

void NearestImagesPanel::show(qint64 iteration, const QVariantMap& values, const QString& extractor,
                              const QImage& sheet) {
  if (sheet.isNull()) return;
  sheet_ = sheet;
  // Small training images are enlarged by whole pixels so the comparison stays sharp.
  const int factor = std::max(1, 512 / std::max(1, sheet.width()));
  image_->setPixmap(QPixmap::fromImage(sheet.scaled(sheet.width() * factor, sheet.height() * factor)));
  QString text = tr("Iteration %1 · left: sample, right: nearest training image").arg(iteration);
  if (values.contains("metric_nearest_distance"))
    text += tr(" · mean distance %1, smallest %2 (%3 features)")
                .arg(values.value("metric_nearest_distance").toDouble(), 0, 'g', 4)
                .arg(values.value("metric_nearest_distance_min").toDouble(), 0, 'g', 4)
                .arg(extractor);
  caption_->setText(text);
}

void NearestImagesPanel::restoreFromRun(const QString& runDir) {
  const QDir samples(QDir(runDir).filePath("samples"));
  const QStringList files = samples.entryList({"nearest_iter_*.png"}, QDir::Files, QDir::Name);
  if (files.isEmpty()) return;
  const QString newest = files.last();  // names are zero-padded, so the last is the newest
  const qint64 iteration = QRegularExpression("(\\d+)").match(newest).captured(1).toLongLong();
  show(iteration, {}, {}, QImage(samples.filePath(newest)));
}

void NearestImagesPanel::clear() {
  sheet_ = QImage();
  image_->clear();
}

}  // namespace widgets
}  // namespace fewshot
