#include "widgets/main_window.h"

#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

// Nested namespace blocks (not C++17 `a::b`) so that lupdate derives the right tr() context.
namespace fewshot {
namespace widgets {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("FewShot Studio %1").arg(QStringLiteral(FEWSHOT_VERSION)));
  tabs_ = new QTabWidget(this);
  tabs_->addTab(makePlaceholder(tr("Datasets will appear here: drop a folder of images (or one image) to see "
                                   "thumbnails and the import report. Until then, use 'fewshot dataset check DIR'.")),
                tr("Dataset"));
  tabs_->addTab(makeTrainTab(), tr("Train"));
  tabs_->addTab(makePlaceholder(tr("The latent explorer will appear here: browse seeds, interpolate and mix styles "
                                   "of a trained generator. Until then, use 'fewshot sample'.")),
                tr("Explore"));
  tabs_->addTab(makePlaceholder(tr("Exports will appear here: sample grids, videos and models.")), tr("Export"));
  setCentralWidget(tabs_);
  createMenus();
  statusBar()->showMessage(tr("Ready"));
  resize(1100, 720);
}

QWidget* MainWindow::makePlaceholder(const QString& text) {
  auto* label = new QLabel(text);
  label->setWordWrap(true);
  label->setAlignment(Qt::AlignCenter);
  label->setMargin(40);
  return label;
}

QWidget* MainWindow::makeTrainTab() {
  auto* page = new QWidget;
  auto* layout = new QVBoxLayout(page);
  auto* note = new QLabel(tr("Training from the studio will appear here; for now train with 'fewshot train'. "
                             "The plot below is where losses will be drawn live."));
  note->setWordWrap(true);
  layout->addWidget(note);
  lossPlot_ = new QCustomPlot(page);
  lossPlot_->xAxis->setLabel(tr("iteration"));
  lossPlot_->yAxis->setLabel(tr("loss"));
  lossPlot_->xAxis->setRange(0, 1000);
  lossPlot_->yAxis->setRange(0, 2);
  layout->addWidget(lossPlot_, 1);
  return page;
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About FewShot Studio"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About FewShot Studio"),
                     tr("<b>FewShot Studio %1</b><p>Train and explore GANs on tiny datasets.</p>")
                         .arg(QStringLiteral(FEWSHOT_VERSION)));
}

}  // namespace widgets
}  // namespace fewshot
