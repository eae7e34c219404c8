// The studio's main window: tabs Dataset / Train / Explore / Export, menus and a status bar.
#pragma once
#include <QMainWindow>

class QTabWidget;
class QCustomPlot;

namespace fewshot {
namespace widgets {

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  QTabWidget* tabs() const { return tabs_; }
  QCustomPlot* lossPlot() const { return lossPlot_; }

 private:
  QWidget* makePlaceholder(const QString& text);
  QWidget* makeTrainTab();
  void createMenus();
  void showAbout();

  QTabWidget* tabs_ = nullptr;
  QCustomPlot* lossPlot_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
