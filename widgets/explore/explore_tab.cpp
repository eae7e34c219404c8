#include "widgets/explore/explore_tab.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "bridge/training_bridge.h"
#include "widgets/explore/consingan_page.h"
#include "widgets/explore/latent_explorer_page.h"

namespace fewshot {
namespace widgets {

ExploreTab::ExploreTab(QWidget* parent) : QWidget(parent) {
  stack_ = new QStackedWidget;
  message_ = new QLabel(tr("Open a run (File ▸ Open folder, or the Runs sidebar) or train one to explore what its "
                           "generator learned."));
  message_->setWordWrap(true);
  message_->setAlignment(Qt::AlignCenter);
  message_->setMargin(24);
  latentExplorer_ = new LatentExplorerPage;
  consinganPage_ = new ConSinGanPage;
  stack_->addWidget(message_);
  stack_->addWidget(latentExplorer_);
  stack_->addWidget(consinganPage_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(stack_);
}

QString ExploreTab::runModel(const QString& runDir) {
  QFile file(runDir + QStringLiteral("/config.json"));
  if (!file.open(QIODevice::ReadOnly)) return {};
  const QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
  return config.value(QStringLiteral("model")).toString(bridge::TrainingBridge::defaultFamily());
}

void ExploreTab::setRun(const QString& runDir) {
  runDir_ = runDir;
  model_ = runModel(runDir);
  // The family's own page (core/models/<family>/<family>_family.cpp: explorePage).
  const QString page = bridge::TrainingBridge::familyInfo(model_).value(QStringLiteral("explorePage")).toString();
  if (page == QLatin1String("latent")) {
    latentExplorer_->setRun(runDir);
    stack_->setCurrentWidget(latentExplorer_);
  } else if (page == QLatin1String("single-image")) {
    consinganPage_->setRun(runDir);
    stack_->setCurrentWidget(consinganPage_);
  } else {
    message_->setText(model_.isEmpty() ? tr("%1 has no readable config.json.").arg(runDir)
                                       : tr("%1 was trained with a model this studio does not know (%2).")
                                             .arg(runDir, model_));
    stack_->setCurrentWidget(message_);
  }
}

void ExploreTab::checkpointSaved(const QString& runDir, qint64 iteration) {
  if (runDir != runDir_) return;
  if (stack_->currentWidget() == latentExplorer_) latentExplorer_->checkpointSaved(iteration);
  if (stack_->currentWidget() == consinganPage_) consinganPage_->checkpointSaved(iteration);
}

}  // namespace widgets
}  // namespace fewshot
