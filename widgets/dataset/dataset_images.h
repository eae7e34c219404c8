// The dataset tab's bridge to core/data (Qt-free, LibTorch-free): listing a dataset, its import report,
// thumbnails and the preprocessing preview, as Qt types. Everything here may run off the UI thread and
// goes through the same decoder and preprocessing as training, so EXIF orientation, CMYK, 16-bit and
// alpha compositing look exactly as the trainer will see them.
#pragma once
#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace fewshot {
namespace widgets {

struct DatasetOptions {
  int size = 64;                       // training resolution (square)
  QString resize = "crop";             // crop | pad | stretch
  QString resampling = "area";         // area | bilinear
  QColor background = QColor(Qt::white);  // alpha is composited over it

  QString backgroundHex() const;  // "rrggbb", as TrainingConfig's JSON has it
  QVariantMap toVariantMap() const;
};

struct DatasetListing {
  QString root;             // as given
  bool singleImage = false;
  QStringList paths;        // image-extension files, as found on disk, sorted
  QStringList relatives;    // relative to the dataset folder
  QStringList ignored;      // other files
  QString error;            // why the path cannot be used; empty when it can
};

struct DatasetFileIssue {
  QString file;  // path as found on disk (matches DatasetListing::paths)
  bool skipped = false;  // otherwise a warning; the file is still used
  QString reason;
};

struct DatasetReportData {
  QString root;
  int filesScanned = 0;
  int imagesAccepted = 0;
  bool fromCache = false;
  QList<DatasetFileIssue> issues;
  QStringList notes;  // dataset-level warnings (mixed aspect ratios, few images, ignored files)
  QString error;      // the check itself failed (e.g. no decoder in this build)

  int skippedCount() const;
  int warningCount() const;
};

struct DatasetPreview {
  QImage original;   // decoded (EXIF-oriented, alpha over the background), scaled down to fit maxSide
  QSize originalSize;
  QImage processed;  // exactly what training sees at options.size
  QString error;
};

// Cheap: walks the folder, reads no pixels.
DatasetListing listDataset(const QString& path);
// Hashes and decodes every file (reads a cached report when the import cache has one).
DatasetReportData checkDatasetReport(const QString& path, const DatasetOptions& options);
// Decodes one file and scales it to fit side x side (aspect kept). Null image + error on failure.
QImage decodeThumbnail(const QString& path, int side, QString* error);
DatasetPreview makeDatasetPreview(const QString& path, const DatasetOptions& options, int maxOriginalSide);

}  // namespace widgets
}  // namespace fewshot
