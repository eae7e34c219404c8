// The latent explorer for families with a latent vector (FastGAN, Projected GAN, PGGAN): the run's EMA
// generator loaded from its newest checkpoint (never from the training session, so it works while
// training runs, is paused or has finished), a seed view, a seed grid, and SLE style mixing where the
// family can mix styles, all rendered on the explore bridge's worker thread.
#pragma once
#include <QString>
#include <QWidget>

#include "bridge/explore_bridge.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace fewshot {
namespace widgets {

class SeedBookmarks;
class SeedExplorerPanel;
class SeedGridPanel;
class StyleMixPanel;

class LatentExplorerPage : public QWidget {
  Q_OBJECT
 public:
  explicit LatentExplorerPage(QWidget* parent = nullptr);

  // Loads the newest checkpoint of `runDir` (or waits for one).
  void setRun(const QString& runDir);
  // Training wrote a newer checkpoint of the run shown: reloaded when "follow training" is on (and
  // always when nothing could be loaded yet), once the renderer is idle.
  void checkpointSaved(qint64 iteration);
  void reload();

  bridge::ExploreBridge* explorer() const { return bridge_; }
  SeedExplorerPanel* seedPanel() const { return seedPanel_; }
  SeedGridPanel* seedGrid() const { return gridPanel_; }
  StyleMixPanel* styleMixPanel() const { return mixPanel_; }
  SeedBookmarks* bookmarks() const { return bookmarks_; }
  // Writes the image the seed view shows as a PNG; false (and nothing written) when none is shown.
  bool saveShownImage(const QString& path) const;
  QTabWidget* sections() const { return sections_; }
  QString checkpointText() const;
  bool followsTraining() const;
  void setFollowTraining(bool follow);
  // The newest request id whose image is shown (0: none yet).
  qint64 shownViewRequest() const { return shownView_; }
  qint64 lastViewRequest() const { return lastView_; }
  // The same for the seed grid.
  qint64 shownGridRequest() const { return shownGrid_; }
  qint64 lastGridRequest() const { return lastGrid_; }

 Q_SIGNALS:
  void seedsToExport(const QString& seeds);  // "Send to Export": the seeds for single images

 private:
  void requestView();
  // Renders the seed grid when its tab shows and what it would show changed (or `force`).
  void requestGrid(bool force = false);
  void saveShownImageAs();
  void onLoaded(const bridge::ExploreModelInfo& info);
  void onLoadFailed(const QString& message);

  bridge::ExploreBridge* bridge_ = nullptr;
  SeedExplorerPanel* seedPanel_ = nullptr;
  SeedGridPanel* gridPanel_ = nullptr;
  StyleMixPanel* mixPanel_ = nullptr;
  SeedBookmarks* bookmarks_ = nullptr;
  QTabWidget* sections_ = nullptr;
  QLabel* checkpoint_ = nullptr;
  QPushButton* reloadButton_ = nullptr;
  QCheckBox* follow_ = nullptr;
  QString runDir_;
  bool reloadWhenIdle_ = false;
  bool loading_ = false;
  qint64 lastView_ = 0, shownView_ = 0;
  qint64 lastGrid_ = 0, shownGrid_ = 0;
  bridge::SeedGridRequest gridAsked_;  // what lastGrid_ asked for
  qint64 gridIteration_ = -1;          // the checkpoint it was asked of
};

}  // namespace widgets
}  // namespace fewshot
