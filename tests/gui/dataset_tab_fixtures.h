// Fixtures of the dataset-tab test: patterned images, a folder with one bad file of each kind,
// and lookups into the tab's widgets and report.
#pragma once
#include <QtTest>

#include <QBuffer>
#include <QListView>
#include <QMap>
#include <QTableView>

#include "support/test_paths.h"
#include "widgets/dataset/dataset_file_model.h"
#include "widgets/dataset/dataset_tab.h"

namespace fewshot {
namespace testing {

using fewshot::widgets::DatasetFileModel;
using fewshot::widgets::DatasetTab;


inline QString scratch(const char* name) { return QString::fromStdString(fewshot::testing::scratchDir(name)); }

inline QImage pattern(int width, int height, int seed) {
  QImage image(width, height, QImage::Format_RGB888);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      image.setPixelColor(x, y,
                          QColor((x * 7 + seed * 37) % 256, (y * 5 + seed * 91) % 256, (x + y + seed * 13) % 256));
  return image;
}

inline void writeBytes(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(bytes);
}

inline QByteArray pngBytes(const QImage& image) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return bytes;
}

// 10 good 80x80 images, one 160x80 (mixed aspect ratios), one 40x40 (smaller than 64), and bad files.
inline QString makeFolderWithBadFiles(const char* name) {
  const QString dir = scratch(name);
  for (int i = 0; i < 10; ++i) pattern(80, 80, i).save(dir + QString("/good_%1.png").arg(i, 2, 10, QChar('0')));
  pattern(160, 80, 50).save(dir + "/wide.png");
  pattern(40, 40, 60).save(dir + "/small.png");
  writeBytes(dir + "/empty.png", {});
  const QByteArray png = pngBytes(pattern(80, 80, 70));
  writeBytes(dir + "/truncated.png", png.left(png.size() / 2));
  writeBytes(dir + "/notes.png", "these are my notes, not a picture\n");
  QFile::copy(dir + "/good_00.png", dir + "/good_00_copy.png");
  writeBytes(dir + "/readme.txt", "ignored: no image extension\n");
  return dir;
}

template <typename T>
inline T* child(QWidget& parent, const char* name) {
  T* found = parent.findChild<T*>(name);
  if (!found) qFatal("no child %s", name);
  return found;
}

inline DatasetFileModel* modelOf(DatasetTab& tab) {
  return qobject_cast<DatasetFileModel*>(child<QListView>(tab, "thumbnailView")->model());
}

// The report table as file -> (status, reason).
inline QMap<QString, QPair<QString, QString>> reportRows(DatasetTab& tab) {
  QMap<QString, QPair<QString, QString>> rows;
  QAbstractItemModel* table = child<QTableView>(tab, "reportTable")->model();
  auto text = [&](int r, int c) { return table->index(r, c).data().toString(); };
  for (int r = 0; r < table->rowCount(); ++r) rows.insert(text(r, 1), {text(r, 0), text(r, 2)});
  return rows;
}


}  // namespace testing
}  // namespace fewshot
