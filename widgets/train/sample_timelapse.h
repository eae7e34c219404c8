// The live sample grid with a timelapse under it: a slider scrubs back through earlier grids and Play
// runs through them from the first, as a timelapse of the training. Only the newest grid is kept in
// memory; earlier ones are read from their PNG when shown. A sample enlarged in the grid view stays
// enlarged while scrubbing, so one sample can be followed through the run.
#pragma once
#include <QImage>
#include <QVector>
#include <QWidget>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace fewshot {
namespace widgets {

class SampleGridView;

class SampleTimelapse : public QWidget {
  Q_OBJECT
 public:
  explicit SampleTimelapse(QWidget* parent = nullptr);

  void addGrid(qint64 iteration, const QImage& grid, const QString& path);
  void clear();
  // From the run's config: how the grid divides into samples, and when the first grid comes.
  void setSampleCount(int count);
  void setSampleEvery(qint64 iterations);
  int count() const { return entries_.size(); }
  QVector<qint64> iterations() const;
  qint64 shownIteration() const;
  // What the view draws: the grid shown, or the sample enlarged from it.
  QImage shownImage() const;
  QString caption() const;
  SampleGridView* gridView() const { return view_; }
  QSlider* slider() const { return slider_; }
  QToolButton* playButton() const { return play_; }
  bool isPlaying() const;
  void setPlaying(bool on);

 private:
  QString emptyText() const;
  void showIndex(int index);
  void updateCaption();
  void stepPlayback();

  struct Entry {
    qint64 iteration = 0;
    QString path;
  };
  QVector<Entry> entries_;
  QImage latest_;
  QImage shown_;
  int shownIndex_ = -1;
  int sampleCount_ = 0;
  qint64 sampleEvery_ = 0;
  SampleGridView* view_ = nullptr;
  QLabel* caption_ = nullptr;
  QSlider* slider_ = nullptr;
  QToolButton* play_ = nullptr;
  QTimer* playTimer_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
