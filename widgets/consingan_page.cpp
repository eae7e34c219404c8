#include "widgets/consingan_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fewshot {
namespace widgets {

// Scaffolding: the page is being built (issue #7 / #8).
ConSinGanPage::ConSinGanPage(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* label = new QLabel(QStringLiteral("Not built yet."));
  label->setAlignment(Qt::AlignCenter);
  layout->addWidget(label);
}

void ConSinGanPage::setRun(const QString& runDir) { runDir_ = runDir; }
void ConSinGanPage::checkpointSaved(qint64) {}

}  // namespace widgets
}  // namespace fewshot
