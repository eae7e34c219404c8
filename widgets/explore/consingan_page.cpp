#include "widgets/explore/consingan_page.h"

#include <QFileInfo>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "bridge/consingan_bridge.h"
#include "widgets/explore/consingan_generate_panel.h"
#include "widgets/explore/consingan_harmonize_panel.h"

namespace fewshot {
namespace widgets {

using bridge::ConSinGanBridge;
using bridge::ConSinGanRunInfo;

ConSinGanPage::ConSinGanPage(QWidget* parent) : QWidget(parent) {
  bridge_ = new ConSinGanBridge(this);
  status_ = new QLabel(tr("No run loaded."));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  generate_ = new ConSinGanGeneratePanel(bridge_);
  harmonize_ = new ConSinGanHarmonizePanel(bridge_);
  tabs_ = new QTabWidget;
  tabs_->addTab(generate_, tr("Generate"));
  tabs_->addTab(harmonize_, tr("Harmonize / Edit"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(status_);
  layout->addWidget(tabs_, 1);

  connect(bridge_, &ConSinGanBridge::loaded, this, [this](const ConSinGanRunInfo& info) {
    const QString mode = info.mode == QLatin1String("generation")      ? tr("generation")
                         : info.mode == QLatin1String("retarget")      ? tr("retargeting")
                         : info.mode == QLatin1String("harmonization") ? tr("harmonization")
                         : info.mode == QLatin1String("editing")       ? tr("editing")
                                                                       : info.mode;
    QString text = tr("%1 · checkpoint %2 (iteration %3 of %4) · %5 mode · %6 of %7 stages trained")
                       .arg(QFileInfo(info.runDir).fileName(), QFileInfo(info.checkpoint).fileName())
                       .arg(info.iteration)
                       .arg(info.totalIterations)
                       .arg(mode)
                       .arg(info.stagesCompleted)
                       .arg(info.stagesTotal);
    if (info.stagesBuilt > info.stagesCompleted) text += tr(" (stage %1 in progress)").arg(info.stagesBuilt);
    text += tr(" · output %1×%2").arg(info.outputSize.width()).arg(info.outputSize.height());
    if (!info.fullyTrained()) text += tr(" · Harmonize / Edit needs all stages");
    status_->setText(text);
    generate_->setRunInfo(info);
    harmonize_->setRunInfo(info);
    harmonize_->setEnabled(true);
    Q_EMIT runLoaded();
  });
  connect(bridge_, &ConSinGanBridge::failed, this, [this](const QString& operation, const QString& message) {
    if (operation != QLatin1String("load")) return;
    // A failed reload keeps the model loaded before; a first load leaves the page waiting.
    const bool previous = bridge_->isLoaded() && bridge_->info().runDir == runDir_;
    status_->setText(previous ? tr("Could not load the newer checkpoint (keeping the previous one): %1").arg(message)
                                         : tr("Cannot open this ConSinGAN run yet: %1").arg(message));
    Q_EMIT loadFailed(message);
  });
  connect(bridge_, &ConSinGanBridge::busyChanged, this, [this](bool busy) {
    if (!busy && reloadPending_) reload();
  });
}

void ConSinGanPage::setRun(const QString& runDir) {
  if (runDir == runDir_ && bridge_->isLoaded()) return;
  if (runDir != runDir_) {  // the bridge may still hold another run until this one loads
    generate_->setEnabled(false);
    harmonize_->setEnabled(false);
  }
  runDir_ = runDir;
  status_->setText(tr("Loading %1…").arg(runDir));
  reload();
}

void ConSinGanPage::checkpointSaved(qint64) {
  if (runDir_.isEmpty()) return;
  if (bridge_->busy())
    reloadPending_ = true;  // after the render or fine-tune in progress
  else
    reload();
}

void ConSinGanPage::reload() {
  reloadPending_ = false;
  bridge_->load(runDir_);
}

QString ConSinGanPage::statusText() const { return status_->text(); }

}  // namespace widgets
}  // namespace fewshot
