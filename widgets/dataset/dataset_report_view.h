// The import report as the user reads it: a summary line, a table of skipped files and warnings with
// their reasons, the dataset-level notes, and a busy indicator while the report is being computed.
#pragma once
#include <QWidget>

#include "widgets/dataset/dataset_images.h"

class QLabel;
class QProgressBar;
class QTableView;

namespace fewshot {
namespace widgets {

class DatasetReportView : public QWidget {
  Q_OBJECT
 public:
  explicit DatasetReportView(QWidget* parent = nullptr);

  void showChecking(int fileCount);
  void showReport(const DatasetReportData& report, const QString& baseDir);
  void clear(const QString& message = QString());
  QTableView* table() const { return table_; }

 Q_SIGNALS:
  void fileActivated(const QString& path);

 private:
  QProgressBar* progress_;
  QLabel* summary_;
  QTableView* table_;
  class DatasetReportModel* model_;
  QLabel* notes_;
};

}  // namespace widgets
}  // namespace fewshot
