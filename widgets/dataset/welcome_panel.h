// What the Dataset tab shows before any dataset is open: what the studio needs, a drop target, the open
// buttons, "Try the sample dataset" for a first run without images at hand, and the recent datasets.
#pragma once
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace fewshot {
namespace widgets {

class WelcomePanel : public QWidget {
  Q_OBJECT
 public:
  explicit WelcomePanel(QWidget* parent = nullptr);

  void setRecentPaths(const QStringList& paths);  // most recent first; the first few are offered
  // A line under the buttons: progress while the sample renders, or why something failed (error = red).
  void setStatus(const QString& text, bool error = false);
  void setSampleBusy(bool busy);

  QPushButton* sampleButton() const { return sample_; }
  QLabel* statusLabel() const { return status_; }

 Q_SIGNALS:
  void openFolderRequested();
  void openImageRequested();
  void sampleRequested();
  void pathRequested(const QString& path);

 private:
  QPushButton* sample_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* recent_ = nullptr;
  QStringList recentPaths_;
};

}  // namespace widgets
}  // namespace fewshot
