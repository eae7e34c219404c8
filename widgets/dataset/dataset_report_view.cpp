#include "widgets/dataset/dataset_report_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

#include "widgets/dataset/dataset_report_model.h"

namespace fewshot {
namespace widgets {

DatasetReportView::DatasetReportView(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  summary_ = new QLabel;
  summary_->setObjectName("reportSummary");
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  progress_ = new QProgressBar;
  progress_->setObjectName("reportProgress");
  progress_->setRange(0, 0);  // decoding runs inside core without progress callbacks: a busy indicator
  progress_->setMaximumHeight(10);
  progress_->setTextVisible(false);
  progress_->hide();
  model_ = new DatasetReportModel(this);
  table_ = new QTableView;
  table_->setObjectName("reportTable");
  table_->setModel(model_);
  // Fixed widths and row heights: sizing to contents would visit every row of a long report.
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table_->setColumnWidth(0, 80);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setColumnWidth(1, 220);
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setWordWrap(false);
  notes_ = new QLabel;
  notes_->setObjectName("reportNotes");
  notes_->setWordWrap(true);
  notes_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(summary_);
  layout->addWidget(progress_);
  layout->addWidget(table_, 1);
  layout->addWidget(notes_);
  layout->addStretch(0);  // takes the space while the table is hidden (no issues to list)
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
    if (current.isValid()) Q_EMIT fileActivated(current.data(DatasetReportModel::PathRole).toString());
  });
  clear();
}

void DatasetReportView::clear(const QString& message) {
  progress_->hide();
  model_->setIssues({}, QString());
  notes_->clear();
  notes_->hide();
  table_->hide();
  summary_->setText(message.isEmpty() ? tr("Open a folder of images, or one image for single-image models, to see "
                                            "the import report.")
                                      : message);
}

void DatasetReportView::showChecking(int fileCount) {
  model_->setIssues({}, QString());
  notes_->hide();
  summary_->setText(tr("Checking the images (files: %1)...").arg(fileCount));
  progress_->show();
  table_->show();
}

void DatasetReportView::showReport(const DatasetReportData& report, const QString& baseDir) {
  progress_->hide();
  model_->setIssues({}, QString());
  if (!report.error.isEmpty()) {
    summary_->setText(tr("The import check failed: %1").arg(report.error));
    notes_->hide();
    table_->hide();
    return;
  }
  // Counts after a colon read correctly for any number, without plural forms in the translations.
  QString summary = tr("Files scanned: %1 · Usable images: %2 · Skipped: %3 · Warnings: %4")
                        .arg(report.filesScanned)
                        .arg(report.imagesAccepted)
                        .arg(report.skippedCount())
                        .arg(report.warningCount());
  if (report.fromCache) summary += QStringLiteral(" ") + tr("(from the import cache)");
  summary_->setText(summary);

  model_->setIssues(report.issues, baseDir);
  table_->setVisible(!report.issues.isEmpty());
  if (report.issues.isEmpty())
    summary_->setText(summary + QStringLiteral("\n") + tr("Every file can be used as it is."));
  if (report.notes.isEmpty()) {
    notes_->hide();
  } else {
    QStringList lines;
    for (const QString& note : report.notes) lines << QStringLiteral("• ") + note.toHtmlEscaped();
    notes_->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(tr("Notes").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    notes_->show();
  }
}

}  // namespace widgets
}  // namespace fewshot
