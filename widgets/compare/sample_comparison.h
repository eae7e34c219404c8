// The run comparison's sample grids: each run's samples/iter_<n>.png side by side at one chosen point
// (an iteration, or a count of images seen when the runs are aligned by images). A run without a grid
// at exactly that point shows its newest grid before it, and says which iteration that is.
#pragma once
#include <QImage>
#include <QVector>
#include <QWidget>

#include "widgets/compare/compared_run.h"

class QHBoxLayout;
class QLabel;
class QSlider;

namespace fewshot {
namespace widgets {

class SampleComparison : public QWidget {
  Q_OBJECT
 public:
  explicit SampleComparison(QWidget* parent = nullptr);

  // The slider steps through every point where some run has a grid; it stays near the point shown, or at the
  // newest point when the newest was shown.
  void showRuns(const QVector<ComparedRun>& runs, RunAlignment alignment);
  // Shows each run's grid at or before `x` (in the alignment's unit).
  void showAt(double x);
  double shownAt() const { return shownAt_; }

  struct Shown {
    QString run;
    qint64 iteration = -1;  // -1: the run has no grid yet at this point
    QString path;
    QImage image;
  };
  QVector<Shown> shown() const { return shown_; }
  QSlider* slider() const { return slider_; }
  // The widget that draws run `index`'s grid.
  QWidget* gridView(int index) const;

 private:
  class GridView;
  struct Cell {
    QLabel* title = nullptr;
    GridView* image = nullptr;
    QLabel* caption = nullptr;
  };
  void rebuildCells();

  QVector<ComparedRun> runs_;
  RunAlignment alignment_ = RunAlignment::Iteration;
  QVector<double> points_;  // the slider's stops, ascending
  double shownAt_ = 0;
  QVector<Shown> shown_;
  QVector<Cell> cells_;
  QWidget* cellsBox_ = nullptr;
  QHBoxLayout* cellsLayout_ = nullptr;
  QLabel* empty_ = nullptr;
  QSlider* slider_ = nullptr;
  QLabel* position_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
