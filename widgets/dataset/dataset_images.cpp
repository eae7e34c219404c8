#include "widgets/dataset/dataset_images.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>

#include <algorithm>
#include <cmath>
#include <exception>

#include "core/data/dataset_import.h"
#include "core/data/dataset_scan.h"
#include "core/data/image_decoder.h"
#include "core/data/image_format.h"
#include "core/util/atomic_file.h"

namespace fewshot {
namespace widgets {
namespace {

std::string toStd(const QString& s) { return s.toStdString(); }
QString fromStd(const std::string& s) { return QString::fromStdString(s); }

data::ImportOptions toImportOptions(const DatasetOptions& o) {
  data::ImportOptions io;
  io.width = io.height = o.size;
  io.resize = data::resizePolicyFromString(toStd(o.resize));
  io.resampling = data::resamplingFromString(toStd(o.resampling));
  io.background = {static_cast<uint8_t>(o.background.red()), static_cast<uint8_t>(o.background.green()),
                   static_cast<uint8_t>(o.background.blue())};
  return io;
}

std::array<uint8_t, 3> backgroundOf(const DatasetOptions& o) {
  return {static_cast<uint8_t>(o.background.red()), static_cast<uint8_t>(o.background.green()),
          static_cast<uint8_t>(o.background.blue())};
}

QImage toQImage(const data::ImageU8& image) {
  const QImage::Format format = image.channels == 4 ? QImage::Format_RGBA8888 : QImage::Format_RGB888;
  if (image.empty() || (image.channels != 3 && image.channels != 4)) return {};
  const QImage view(image.pixels.data(), image.width, image.height, image.width * image.channels, format);
  return view.copy();  // detach from the vector, which dies with `image`
}

// Largest size fitting side x side with the image's aspect ratio (never enlarges).
QSize fitted(int width, int height, int side) {
  if (width <= side && height <= side) return {width, height};
  const double scale = std::min(static_cast<double>(side) / width, static_cast<double>(side) / height);
  return {std::max(1, static_cast<int>(std::lround(width * scale))),
          std::max(1, static_cast<int>(std::lround(height * scale)))};
}

QImage scaledDown(const data::ImageU8& image, int side) {
  const QSize target = fitted(image.width, image.height, side);
  if (target == QSize(image.width, image.height)) return toQImage(image);
  return toQImage(data::resizeImage(image, target.width(), target.height(), data::Resampling::Area));
}

QString withoutPathPrefix(const QString& message, const QString& path) {
  const QString prefix = path + QStringLiteral(": ");
  return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

}  // namespace

QString DatasetOptions::backgroundHex() const { return background.name(QColor::HexRgb).mid(1).toLower(); }

QVariantMap DatasetOptions::toVariantMap() const {
  return {{"resize", resize}, {"resampling", resampling}, {"background", backgroundHex()}, {"size", size}};
}

int DatasetReportData::skippedCount() const {
  return static_cast<int>(
      std::count_if(issues.begin(), issues.end(), [](const DatasetFileIssue& i) { return i.skipped; }));
}

int DatasetReportData::warningCount() const { return static_cast<int>(issues.size()) - skippedCount(); }

DatasetListing listDataset(const QString& path) {
  DatasetListing listing;
  listing.root = path;
  try {
    const data::DatasetScan scan = data::scanDataset(toStd(path), /*recursive=*/true);
    listing.singleImage = QFileInfo(path).isFile();
    for (const auto& file : scan.files) {
      listing.paths << fromStd(file.path);
      listing.relatives << fromStd(file.relative);
    }
    for (const auto& name : scan.ignored) listing.ignored << fromStd(name);
  } catch (const std::exception& e) {
    listing.error = fromStd(e.what());
  }
  return listing;
}

DatasetReportData checkDatasetReport(const QString& path, const DatasetOptions& options) {
  DatasetReportData out;
  out.root = path;
  try {
    const data::ImportReport report = data::checkDataset(toStd(path), toImportOptions(options));
    out.filesScanned = report.filesScanned;
    out.imagesAccepted = report.imagesAccepted;
    out.fromCache = report.loadedFromCache;
    for (const auto& issue : report.issues)
      out.issues.push_back(
          {fromStd(issue.file), issue.kind == data::ImportIssue::Kind::Skipped, fromStd(issue.reason)});
    for (const auto& note : report.notes) out.notes << fromStd(note);
  } catch (const std::exception& e) {
    out.error = fromStd(e.what());
  }
  return out;
}

QImage decodeThumbnail(const QString& path, int side, QString* error) {
  std::string bytes;
  try {
    bytes = util::readFileBytes(toStd(path));
  } catch (const std::exception& e) {
    if (error) *error = withoutPathPrefix(fromStd(e.what()), path);
    return {};
  }
  // Large JPEGs (camera photos) take the fast road: Qt's reader decodes them at 1/2, 1/4 or 1/8 scale
  // inside libjpeg (DCT scaling), several times faster than a full decode and resize, and applies EXIF
  // orientation like the core. Only for files the core's checks accept, so a truncated JPEG still shows
  // as broken; colours of CMYK JPEGs may differ slightly, which a thumbnail can afford. The preview next
  // to the grid always uses the core's exact decoding and preprocessing.
  const data::ImageFormat format = data::sniffImageFormat(bytes);
  if (format == data::ImageFormat::Jpeg && data::findTruncation(bytes, format).empty()) {
    QByteArray data = QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size()));
    QBuffer buffer(&data);
    QImageReader reader(&buffer, "jpeg");
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (stored.isValid() && std::max(stored.width(), stored.height()) >= 2 * side) {
      reader.setScaledSize(fitted(stored.width(), stored.height(), side));
      const QImage image = reader.read();
      if (!image.isNull()) return image.convertToFormat(QImage::Format_RGB888);
    }
  }
  if (!data::hasImageDecoder()) {
    // Builds without OpenCV cannot use the core's decoder; Qt's reader still gives the user a picture.
    QByteArray data = QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size()));
    QBuffer buffer(&data);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid()) reader.setScaledSize(fitted(size.width(), size.height(), side));
    QImage image = reader.read();
    if (image.isNull() && error) *error = reader.errorString();
    return image;
  }
  try {
    return scaledDown(data::decodeImageBytes(bytes, toStd(path), {255, 255, 255}), side);
  } catch (const std::exception& e) {
    if (error) *error = withoutPathPrefix(fromStd(e.what()), path);
  }
  return {};
}

DatasetPreview makeDatasetPreview(const QString& path, const DatasetOptions& options, int maxOriginalSide) {
  DatasetPreview preview;
  try {
    const data::ImageU8 decoded = data::decodeImageFile(toStd(path), backgroundOf(options));
    preview.originalSize = QSize(decoded.width, decoded.height);
    preview.original = scaledDown(decoded, maxOriginalSide);
    preview.processed = toQImage(data::preprocessImage(decoded, toImportOptions(options)));
  } catch (const std::exception& e) {
    preview.error = withoutPathPrefix(fromStd(e.what()), path);
  }
  return preview;
}

}  // namespace widgets
}  // namespace fewshot
