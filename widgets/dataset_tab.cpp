// Interface placeholder: the dataset tab is being built (issue 3); until it lands this only records
// the chosen path and says that the thumbnail grid and report are not there yet.
#include "widgets/dataset_tab.h"

#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace fewshot {
namespace widgets {

struct DatasetTab::Private {
  QString path;
  QLabel* label = nullptr;
  int size = 64;
};

DatasetTab::DatasetTab(QWidget* parent) : QWidget(parent), d_(new Private) {
  auto* layout = new QVBoxLayout(this);
  d_->label = new QLabel(tr("The dataset view (thumbnails and the import report) is not built yet; "
                            "use 'fewshot dataset check DIR' meanwhile."));
  d_->label->setWordWrap(true);
  layout->addWidget(d_->label);
}

DatasetTab::~DatasetTab() { delete d_; }

bool DatasetTab::openPath(const QString& path) {
  if (!QFileInfo::exists(path)) return false;
  d_->path = path;
  Q_EMIT datasetChosen(path, isSingleImage());
  return true;
}

QString DatasetTab::currentPath() const { return d_->path; }
bool DatasetTab::isSingleImage() const { return QFileInfo(d_->path).isFile(); }
QVariantMap DatasetTab::importOptions() const {
  return {{"resize", "crop"}, {"resampling", "area"}, {"background", "ffffff"}, {"size", d_->size}};
}
void DatasetTab::setTrainingSize(int size) { d_->size = size; }

}  // namespace widgets
}  // namespace fewshot
