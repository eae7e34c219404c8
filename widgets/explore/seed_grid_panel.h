// The seed grid of the latent explorer: a page of rows × columns seeds from a first seed, rendered on the
// explore bridge's worker (latent scale and batch-norm mode as in the seed view), with ◀ ▶ to turn pages.
// A click on a cell shows that seed in the seed view; Ctrl+click bookmarks it.
#pragma once
#include <QImage>
#include <QList>
#include <QWidget>

#include "bridge/explore_bridge.h"

class QLabel;
class QSpinBox;
class QToolButton;

namespace fewshot {
namespace widgets {

class SeedGridView;

class SeedGridPanel : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kMaxSide = 8;  // rows and columns: 64 images are still one quick batch at 64 px

  explicit SeedGridPanel(QWidget* parent = nullptr);

  // The page's seeds and shape; the page adds the seed view's latent scale and batch-norm mode.
  bridge::SeedGridRequest request() const;
  void setFirstSeed(quint64 seed);
  void setShape(int rows, int columns);
  void showGrid(const QList<QImage>& images, const QList<quint64>& seeds, int columns, double milliseconds,
                qint64 iteration);
  void showMessage(const QString& text);
  SeedGridView* view() const { return view_; }
  QString statsText() const;

 Q_SIGNALS:
  void requestChanged();
  void seedClicked(quint64 seed);
  void bookmarkRequested(quint64 seed);

 private:
  void turnPage(int direction);

  SeedGridView* view_ = nullptr;
  QSpinBox* firstSeed_ = nullptr;
  QSpinBox* rows_ = nullptr;
  QSpinBox* columns_ = nullptr;
  QToolButton* previous_ = nullptr;
  QToolButton* next_ = nullptr;
  QLabel* stats_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
