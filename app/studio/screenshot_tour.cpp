#include "screenshot_tour.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPixmap>
#include <QScreen>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <functional>

#include "widgets/compare/compare_window.h"
#include "widgets/explore/consingan_generate_panel.h"
#include "widgets/explore/consingan_harmonize_panel.h"
#include "widgets/explore/consingan_page.h"
#include "widgets/explore/explore_tab.h"
#include "widgets/explore/latent_explorer_page.h"
#include "widgets/explore/seed_grid_panel.h"
#include "widgets/explore/style_mix_panel.h"
#include "widgets/export/export_tab.h"
#include "widgets/train/train_tab.h"
#include "widgets/window/main_window.h"

namespace fewshot {
namespace {

// Runs the event loop for `ms`, or until `done` holds (checked every 50 ms).
void settle(int ms, const std::function<bool()>& done = {}) {
  QElapsedTimer clock;
  clock.start();
  while (clock.elapsed() < ms) {
    QEventLoop loop;
    QTimer::singleShot(50, &loop, &QEventLoop::quit);
    loop.exec();
    if (done && done()) {
      QEventLoop last;  // one more round so that what `done` waited for is painted
      QTimer::singleShot(300, &last, &QEventLoop::quit);
      last.exec();
      return;
    }
  }
}

// The first visible, enabled button under `root` (in creation order), whatever the UI language.
QPushButton* firstButton(QWidget* root) {
  for (QPushButton* b : root->findChildren<QPushButton*>())
    if (b->isVisible() && b->isEnabled()) return b;
  return nullptr;
}

class Tour {
 public:
  Tour(widgets::MainWindow& window, const ScreenshotTourOptions& o) : w_(window), o_(o) {}

  bool shot(const QString& name, QWidget* window = nullptr) {
    settle(400);
    const QString path = QDir(o_.outDir).filePath(name + o_.suffix + ".png");
    const bool ok = (window ? window : &w_)->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    ok_ = ok_ && ok;
    return ok;
  }

  void run() {
    w_.resize(o_.size.boundedTo(QApplication::primaryScreen()->availableSize()));
    w_.show();
    w_.tabs()->setCurrentIndex(widgets::MainWindow::DatasetPage);
    settle(800);
    shot("01-first-run");
    if (o_.dataset.isEmpty()) return;

    w_.openPath(o_.dataset);  // what dropping the folder on the window does
    settle(6000);
    shot("02-dataset");
    w_.tabs()->setCurrentIndex(widgets::MainWindow::TrainPage);
    shot("03-train-settings");

    if (!o_.fastganRun.isEmpty()) fastganRun();
    if (!o_.fastganRun.isEmpty() && !o_.compareRun.isEmpty()) compareRuns();
    if (!o_.consinganRun.isEmpty()) consinganRun();
  }

  bool ok() const { return ok_; }

 private:
  void fastganRun() {
    w_.openPath(o_.fastganRun);
    settle(4000);
    shot("04-train-run");
    QTabWidget* lower = nullptr;  // the Train tab's lower views: ADA, metrics, phases, nearest, augmentation, log
    for (QTabWidget* t : w_.trainTab()->findChildren<QTabWidget*>())
      if (t->count() >= 5) lower = t;
    if (lower) {
      lower->setCurrentIndex(3);  // nearest images
      shot(QStringLiteral("05-train-nearest"));
      lower->setCurrentIndex(4);  // augmentation preview, computed on request
      if (QPushButton* regenerate = firstButton(lower->currentWidget())) regenerate->click();
      settle(5000);
      shot(QStringLiteral("05-train-augmentation"));
      lower->setCurrentIndex(0);
    }
    w_.tabs()->setCurrentIndex(widgets::MainWindow::ExplorePage);
    settle(8000);  // the newest checkpoint loads on a worker
    shot("06-explore-seeds");
    widgets::LatentExplorerPage* explorer = w_.exploreTab()->latentExplorer();
    if (explorer && explorer->sections()->indexOf(explorer->seedGrid()) >= 0) {
      explorer->sections()->setCurrentWidget(explorer->seedGrid());  // renders when it shows
      settle(6000);
      shot("06-explore-seed-grid");
    }
    if (explorer && explorer->sections()->indexOf(explorer->styleMixPanel()) >= 0) {
      explorer->sections()->setCurrentWidget(explorer->styleMixPanel());
      settle(500);
      if (QPushButton* render = firstButton(explorer->sections()->currentWidget())) render->click();
      settle(6000);
      shot("07-explore-mixing");
      explorer->sections()->setCurrentIndex(0);
    }
    w_.tabs()->setCurrentIndex(widgets::MainWindow::ExportPage);
    if (auto* kinds = w_.exportTab()->findChild<QListWidget*>()) kinds->setCurrentRow(2);  // interpolation video
    settle(1500);
    shot("08-export");
  }

  void compareRuns() {
    w_.compareRuns({o_.fastganRun, o_.compareRun});
    widgets::CompareWindow* compare = w_.compareWindow();
    compare->resize(w_.size());
    settle(1500);
    shot("12-compare", compare);
    compare->close();
  }

  void consinganRun() {
    w_.openPath(o_.consinganRun);
    settle(4000);
    shot("09-consingan-train");
    w_.tabs()->setCurrentIndex(widgets::MainWindow::ExplorePage);
    widgets::ConSinGanPage* page = w_.exploreTab()->consinganPage();
    settle(20000, [&] { return page->generatePanel()->generateButton()->isEnabled(); });
    page->generatePanel()->generateButton()->click();
    settle(8000);
    shot("10-consingan-generate");
    page->tabs()->setCurrentIndex(1);
    widgets::ConSinGanHarmonizePanel* harmonize = page->harmonizePanel();
    settle(1000);
    QString error;
    if (!o_.objectImage.isEmpty() && !harmonize->loadObject(o_.objectImage, &error))
      std::printf("object: %s\n", qPrintable(error));
    settle(500);
    if (harmonize->harmonizeButton()->isEnabled()) {
      harmonize->harmonizeButton()->click();
      settle(60000, [&] { return !harmonize->result().isNull() && !harmonize->waiting(); });
    }
    shot("11-consingan-harmonize");
  }

  widgets::MainWindow& w_;
  const ScreenshotTourOptions& o_;
  bool ok_ = true;
};

}  // namespace

int runScreenshotTour(widgets::MainWindow& window, const ScreenshotTourOptions& options) {
  QDir().mkpath(options.outDir);
  Tour tour(window, options);
  tour.run();
  return tour.ok() ? 0 : 1;
}

}  // namespace fewshot
