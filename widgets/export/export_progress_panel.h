// The bottom of the Export tab: a progress bar with the remaining time and a Cancel button while a
// job runs, then the result (path, summary, "Open folder") or the error.
#pragma once
#include <QElapsedTimer>
#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fewshot {
namespace widgets {

class ExportProgressPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ExportProgressPanel(QWidget* parent = nullptr);

  void begin(const QString& what);
  void setProgress(int done, int total);
  void showResult(const QString& path, const QString& summary);
  void showError(const QString& message);
  void showCancelled();
  // As the Cancel button (Esc); nothing when no job runs.
  void requestCancel();
  QString resultText() const;
  QString resultPath() const { return resultPath_; }

 Q_SIGNALS:
  void cancelRequested();

 private:
  void end();
  QWidget* running_;
  QProgressBar* bar_;
  QLabel* eta_;
  QPushButton* cancel_;
  QLabel* result_;
  QPushButton* openFolder_;
  QElapsedTimer timer_;
  QString resultPath_;
  bool runningJob_ = false;
};

// "1:05", "12 s": the time left for the progress line.
QString formatSecondsLeft(double seconds);

}  // namespace widgets
}  // namespace fewshot
