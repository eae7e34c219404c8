// The live sample grid with a slider that scrubs back through earlier grids (training timelapse).
// Only the newest grid is kept in memory; earlier ones are read from their PNG when shown.
#pragma once
#include <QImage>
#include <QVector>
#include <QWidget>

class QLabel;
class QSlider;

namespace fewshot {
namespace widgets {

class SampleTimelapse : public QWidget {
  Q_OBJECT
 public:
  explicit SampleTimelapse(QWidget* parent = nullptr);

  void addGrid(qint64 iteration, const QImage& grid, const QString& path);
  void clear();
  int count() const { return entries_.size(); }
  QVector<qint64> iterations() const;
  qint64 shownIteration() const;
  QImage shownImage() const { return shown_; }
  QSlider* slider() const { return slider_; }

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  static QString emptyText();
  void showIndex(int index);
  void updatePixmap();

  struct Entry {
    qint64 iteration = 0;
    QString path;
  };
  QVector<Entry> entries_;
  QImage latest_;
  QImage shown_;
  int shownIndex_ = -1;
  QLabel* image_ = nullptr;
  QLabel* caption_ = nullptr;
  QSlider* slider_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
