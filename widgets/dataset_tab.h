// The Dataset tab: pick or drop a folder (or a single image), see thumbnails, the import report and
// a live preview of the preprocessing. It talks only to the Qt-free, LibTorch-free core/data layer.
// Contract used by the main window: openPath() loads a folder/image, datasetChosen() announces it
// together with the import options the user picked (keys match TrainingConfig's JSON:
// "resize", "resampling", "background", and "size" for the preview size).
#pragma once
#include <QVariantMap>
#include <QWidget>

namespace fewshot {
namespace widgets {

class DatasetTab : public QWidget {
  Q_OBJECT
 public:
  explicit DatasetTab(QWidget* parent = nullptr);
  ~DatasetTab() override;

  // Folder of images or one image file. Returns false (and shows why in the tab) when unusable.
  bool openPath(const QString& path);
  QString currentPath() const;
  bool isSingleImage() const;
  QVariantMap importOptions() const;
  void setTrainingSize(int size);  // the size the preview and the report's "too small" use

 Q_SIGNALS:
  void datasetChosen(const QString& path, bool singleImage);
  void importOptionsChanged(const QVariantMap& options);

 private:
  struct Private;
  Private* d_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
