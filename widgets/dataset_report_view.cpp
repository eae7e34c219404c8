#include "widgets/dataset_report_view.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fewshot {
namespace widgets {
namespace {
constexpr int kPathRole = Qt::UserRole + 1;
}

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
  table_ = new QTableWidget(0, 3);
  table_->setObjectName("reportTable");
  table_->setHorizontalHeaderLabels({tr("Status"), tr("File"), tr("Reason")});
  table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
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
  connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) {
    if (QTableWidgetItem* item = table_->item(row, 1)) Q_EMIT fileActivated(item->data(kPathRole).toString());
  });
  clear();
}

void DatasetReportView::clear(const QString& message) {
  progress_->hide();
  table_->setRowCount(0);
  notes_->clear();
  notes_->hide();
  summary_->setText(message.isEmpty() ? tr("Open a folder of images, or one image for single-image models, to see "
                                            "the import report.")
                                      : message);
}

void DatasetReportView::showChecking(int fileCount) {
  table_->setRowCount(0);
  notes_->hide();
  summary_->setText(tr("Checking the images (files: %1)...").arg(fileCount));
  progress_->show();
}

void DatasetReportView::showReport(const DatasetReportData& report, const QString& baseDir) {
  progress_->hide();
  table_->setRowCount(0);
  if (!report.error.isEmpty()) {
    summary_->setText(tr("The import check failed: %1").arg(report.error));
    notes_->hide();
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

  const QDir base(baseDir);
  table_->setRowCount(report.issues.size());
  for (int i = 0; i < report.issues.size(); ++i) {
    const DatasetFileIssue& issue = report.issues[i];
    auto* status = new QTableWidgetItem(issue.skipped ? tr("Skipped") : tr("Warning"));
    status->setForeground(issue.skipped ? QColor(190, 30, 30) : QColor(170, 110, 0));
    auto* file = new QTableWidgetItem(QDir::fromNativeSeparators(base.relativeFilePath(issue.file)));
    file->setData(kPathRole, issue.file);
    file->setToolTip(issue.file);
    auto* reason = new QTableWidgetItem(issue.reason);
    reason->setToolTip(issue.reason);
    table_->setItem(i, 0, status);
    table_->setItem(i, 1, file);
    table_->setItem(i, 2, reason);
  }
  if (report.notes.isEmpty()) {
    notes_->hide();
  } else {
    QStringList lines;
    for (const QString& note : report.notes) lines << QStringLiteral("• ") + note.toHtmlEscaped();
    notes_->setText(QStringLiteral("<b>%1</b><br>%2").arg(tr("Notes").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    notes_->show();
  }
}

}  // namespace widgets
}  // namespace fewshot
