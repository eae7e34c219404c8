#include "widgets/export_tab.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fewshot {
namespace widgets {

// Scaffolding: the tab is being built (issue #8).
ExportTab::ExportTab(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* label = new QLabel(QStringLiteral("Not built yet."));
  label->setAlignment(Qt::AlignCenter);
  layout->addWidget(label);
}

void ExportTab::setRun(const QString& runDir) { runDir_ = runDir; }
void ExportTab::checkpointSaved(qint64) {}

}  // namespace widgets
}  // namespace fewshot
