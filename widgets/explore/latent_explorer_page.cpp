#include "widgets/explore/latent_explorer_page.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

#include "widgets/explore/seed_bookmarks.h"
#include "widgets/explore/seed_explorer_panel.h"
#include "widgets/explore/seed_grid_panel.h"
#include "widgets/explore/style_mix_panel.h"

namespace fewshot {
namespace widgets {

LatentExplorerPage::LatentExplorerPage(QWidget* parent) : QWidget(parent) {
  bridge_ = new bridge::ExploreBridge(this);
  seedPanel_ = new SeedExplorerPanel;
  gridPanel_ = new SeedGridPanel;
  mixPanel_ = new StyleMixPanel;
  sections_ = new QTabWidget;
  sections_->addTab(seedPanel_, tr("Seeds"));
  sections_->addTab(gridPanel_, tr("Seed grid"));
  sections_->addTab(mixPanel_, tr("Style mixing"));

  checkpoint_ = new QLabel(tr("No run"));
  checkpoint_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  checkpoint_->setWordWrap(true);
  follow_ = new QCheckBox(tr("Follow training"));
  follow_->setChecked(true);
  follow_->setToolTip(tr("Load each new checkpoint that training writes (when the renderer is idle)"));
  reloadButton_ = new QPushButton(tr("Reload"));
  reloadButton_->setToolTip(tr("Load the run's newest checkpoint"));
  auto* header = new QHBoxLayout;
  header->addWidget(checkpoint_, 1);
  header->addWidget(follow_);
  header->addWidget(reloadButton_);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(header);
  layout->addWidget(sections_, 1);
  // A tab rather than a row under the explorer: the page must still fit 1280x800 at 150 % scaling.
  bookmarks_ = new SeedBookmarks;
  sections_->addTab(bookmarks_, tr("Bookmarks"));
  // The keys work wherever the focus is on this page, whichever tab shows.
  auto* bookmarkKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
  bookmarkKey->setContext(Qt::WidgetWithChildrenShortcut);
  connect(bookmarkKey, &QShortcut::activated, this, [this] { bookmarks_->add(bookmarks_->currentSeed()); });
  // Ctrl+S is the window's "Checkpoint now".
  auto* saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
  saveKey->setContext(Qt::WidgetWithChildrenShortcut);
  connect(saveKey, &QShortcut::activated, this, &LatentExplorerPage::saveShownImageAs);
  seedPanel_->showMessage(tr("Open a run to explore its generator."));
  gridPanel_->showMessage(tr("Open a run to explore its generator."));

  connect(reloadButton_, &QPushButton::clicked, this, &LatentExplorerPage::reload);
  connect(seedPanel_, &SeedExplorerPanel::requestChanged, this, &LatentExplorerPage::requestView);
  connect(seedPanel_, &SeedExplorerPanel::requestChanged, this,
          [this] { bookmarks_->setCurrentSeed(static_cast<qint64>(std::floor(seedPanel_->position()))); });
  // The grid renders only while its tab shows: nothing queues behind a drag in the seed view.
  connect(seedPanel_, &SeedExplorerPanel::requestChanged, this, [this] { requestGrid(); });
  connect(gridPanel_, &SeedGridPanel::requestChanged, this, [this] { requestGrid(); });
  connect(sections_, &QTabWidget::currentChanged, this, [this] { requestGrid(); });
  connect(gridPanel_, &SeedGridPanel::seedClicked, this, [this](quint64 seed) {
    seedPanel_->setPosition(static_cast<double>(seed));
    sections_->setCurrentWidget(seedPanel_);
  });
  connect(gridPanel_, &SeedGridPanel::bookmarkRequested, this,
          [this](quint64 seed) { bookmarks_->add(static_cast<qint64>(seed)); });
  connect(bookmarks_, &SeedBookmarks::seedChosen, this, [this](qint64 seed) {
    seedPanel_->setPosition(static_cast<double>(seed));
    sections_->setCurrentWidget(seedPanel_);
  });
  connect(bookmarks_, &SeedBookmarks::saveImageRequested, this, &LatentExplorerPage::saveShownImageAs);
  connect(bookmarks_, &SeedBookmarks::sendToExport, this, &LatentExplorerPage::seedsToExport);
  connect(mixPanel_, &StyleMixPanel::renderRequested, this, [this](const bridge::StyleMixRequest& request) {
    if (!bridge_->isLoaded()) {
      mixPanel_->showError(tr("No generator loaded yet."));
      return;
    }
    bridge_->requestStyleMix(request);
  });
  connect(bridge_, &bridge::ExploreBridge::loaded, this, &LatentExplorerPage::onLoaded);
  connect(bridge_, &bridge::ExploreBridge::loadFailed, this, &LatentExplorerPage::onLoadFailed);
  connect(bridge_, &bridge::ExploreBridge::rendered, this,
          [this](const QImage& image, double ms, qint64 id, double position) {
            if (id < shownView_) return;
            shownView_ = id;
            seedPanel_->showRendered(image, ms, position);
          });
  connect(bridge_, &bridge::ExploreBridge::mixRendered, this,
          [this](const QImage& grid, double ms, qint64) { mixPanel_->showGrid(grid, ms, bridge_->info().iteration); });
  connect(bridge_, &bridge::ExploreBridge::gridRendered, this,
          [this](const QList<QImage>& images, const QList<quint64>& seeds, int columns, double ms, qint64 id) {
            if (id < shownGrid_) return;
            shownGrid_ = id;
            gridPanel_->showGrid(images, seeds, columns, ms, bridge_->info().iteration);
          });
  connect(bridge_, &bridge::ExploreBridge::renderFailed, this, [this](const QString& message) {
    checkpoint_->setText(tr("Rendering failed: %1").arg(message));
    mixPanel_->showError(message);
    gridPanel_->showMessage(message);
  });
  connect(bridge_, &bridge::ExploreBridge::idle, this, [this] {
    if (reloadWhenIdle_) reload();
  });
}

void LatentExplorerPage::setRun(const QString& runDir) {
  bookmarks_->setRun(runDir);
  if (runDir == runDir_ && (bridge_->isLoaded() || loading_)) return;
  runDir_ = runDir;
  shownView_ = 0;
  shownGrid_ = 0;
  gridIteration_ = -1;
  seedPanel_->showMessage(tr("Loading the generator of %1…").arg(QFileInfo(runDir).fileName()));
  gridPanel_->showMessage(tr("Loading the generator of %1…").arg(QFileInfo(runDir).fileName()));
  reload();
}

void LatentExplorerPage::reload() {
  reloadWhenIdle_ = false;
  if (runDir_.isEmpty()) return;
  loading_ = true;
  checkpoint_->setText(bridge_->isLoaded() ? tr("Reloading… (showing iteration %1)").arg(bridge_->info().iteration)
                                           : tr("Loading the newest checkpoint of %1…").arg(runDir_));
  bridge_->load(runDir_);
}

void LatentExplorerPage::checkpointSaved(qint64) {
  if (runDir_.isEmpty()) return;
  if (bridge_->isLoaded() && !follow_->isChecked()) return;
  if (bridge_->busy())
    reloadWhenIdle_ = true;  // a drag or an animation is rendering: load between frames
  else
    reload();
}

void LatentExplorerPage::requestView() {
  if (bridge_->isLoaded()) lastView_ = bridge_->requestSeedView(seedPanel_->request());
}

void LatentExplorerPage::requestGrid(bool force) {
  if (!bridge_->isLoaded() || sections_->currentWidget() != gridPanel_) return;
  bridge::SeedGridRequest r = gridPanel_->request();
  const bridge::SeedViewRequest view = seedPanel_->request();
  r.latentScale = view.latentScale;
  r.batchStatistics = view.batchStatistics;
  const bool same = r.firstSeed == gridAsked_.firstSeed && r.rows == gridAsked_.rows &&
                    r.columns == gridAsked_.columns && r.latentScale == gridAsked_.latentScale &&
                    r.batchStatistics == gridAsked_.batchStatistics && gridIteration_ == bridge_->info().iteration;
  if (same && !force) return;
  gridAsked_ = r;
  gridIteration_ = bridge_->info().iteration;
  lastGrid_ = bridge_->requestSeedGrid(r);
}

void LatentExplorerPage::onLoaded(const bridge::ExploreModelInfo& info) {
  loading_ = false;
  checkpoint_->setText(tr("Iteration %1 · %2 · %3 px, nz %4 (EMA generator)")
                           .arg(info.iteration)
                           .arg(QFileInfo(info.checkpoint).fileName())
                           .arg(info.imageSize)
                           .arg(info.nz));
  checkpoint_->setToolTip(info.checkpoint);
  mixPanel_->setImageSize(info.imageSize);
  // Style mixing only where the family has gates to mix through; the tab says why otherwise.
  const int mixTab = sections_->indexOf(mixPanel_);
  sections_->setTabEnabled(mixTab, info.styleMixingUnavailable.isEmpty());
  sections_->setTabToolTip(mixTab, info.styleMixingUnavailable);
  requestView();
  requestGrid(true);
}

void LatentExplorerPage::onLoadFailed(const QString& message) {
  loading_ = false;
  if (bridge_->isLoaded()) {
    checkpoint_->setText(
        tr("Reload failed (still showing iteration %1): %2").arg(bridge_->info().iteration).arg(message));
    return;
  }
  checkpoint_->setText(message);
  seedPanel_->showMessage(message);
  gridPanel_->showMessage(message);
}

QString LatentExplorerPage::checkpointText() const { return checkpoint_->text(); }
bool LatentExplorerPage::followsTraining() const { return follow_->isChecked(); }
bool LatentExplorerPage::saveShownImage(const QString& path) const {
  const QImage image = seedPanel_->currentImage();
  return !image.isNull() && image.save(path, "PNG");
}

void LatentExplorerPage::saveShownImageAs() {
  const QString name = QStringLiteral("seed_%1.png").arg(bookmarks_->currentSeed());
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Save image"), QDir(runDir_).filePath(name), tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  if (!saveShownImage(path)) seedPanel_->showMessage(tr("Could not write %1").arg(path));
}

void LatentExplorerPage::setFollowTraining(bool follow) { follow_->setChecked(follow); }

}  // namespace widgets
}  // namespace fewshot
