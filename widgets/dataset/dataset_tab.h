// The Dataset tab: pick or drop a folder (or a single image), see thumbnails, the import report and
// a live preview of the preprocessing. It talks only to the Qt-free, LibTorch-free core/data layer.
// Contract used by the main window: openPath() loads a folder/image, datasetChosen() announces it
// together with the import options the user picked (keys match TrainingConfig's JSON:
// "resize", "resampling", "background", and "size" for the preview size).
#pragma once
#include <QStringList>
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

  // Applies any of "resize", "resampling", "background" (RRGGBB), "size"; false (nothing changed) when a
  // value is not one the import accepts. Emits importOptionsChanged when something changed.
  bool setImportOptions(const QVariantMap& options);
  // Most recent first, as remembered in QSettings; the first is the last folder opened.
  QStringList recentPaths() const;
  bool isCheckingReport() const;  // the import report is being computed

 Q_SIGNALS:
  void datasetChosen(const QString& path, bool singleImage);
  void importOptionsChanged(const QVariantMap& options);
  // The import report for the current path and options is shown.
  void importReportReady(int usableImages, int skippedFiles, int warnings);
  void previewUpdated();

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void rememberPath(const QString& path);
  void startReport();
  void reportFinished();
  void startPreview();
  void previewFinished();

  struct Private;
  Private* d_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
