#include "widgets/compare/compare_window.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include "widgets/compare/compare_curves.h"
#include "widgets/compare/sample_comparison.h"
#include "widgets/train/series_plot.h"

namespace fewshot {
namespace widgets {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

QIcon swatch(const QColor& color) {
  QPixmap pixmap(12, 12);
  pixmap.fill(color);
  return QIcon(pixmap);
}

}  // namespace

CompareWindow::CompareWindow(QWidget* parent) : QWidget(parent, Qt::Window) {
  setObjectName(QStringLiteral("compareWindow"));
  setWindowTitle(tr("Compare runs"));

  runList_ = new QListWidget;
  runList_->setObjectName(QStringLiteral("compareRuns"));
  auto* add = new QPushButton(tr("Add run folder…"));
  auto* reloadButton = new QPushButton(tr("Reload"));
  reloadButton->setToolTip(tr("Read the runs again (a run still training has new records and grids)"));
  alignment_ = new QComboBox;
  alignment_->setObjectName(QStringLiteral("compareAlignment"));
  alignment_->addItem(tr("Iteration"), static_cast<int>(RunAlignment::Iteration));
  alignment_->addItem(tr("Images seen"), static_cast<int>(RunAlignment::ImagesSeen));
  alignment_->setToolTip(tr("Images seen = iteration × the run's batch size: lines up runs of different batch sizes"));
  auto* hint = new QLabel(tr("Tick the runs to compare. In the main window, select runs in the sidebar and "
                             "press %1 to open them here.")
                              .arg(openShortcut().toString(QKeySequence::NativeText)));
  hint->setWordWrap(true);
  hint->setEnabled(false);

  auto* side = new QWidget;
  auto* column = new QVBoxLayout(side);
  column->setContentsMargins(0, 0, 0, 0);
  column->addWidget(new QLabel(tr("Runs")));
  column->addWidget(runList_, 1);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(add);
  buttons->addWidget(reloadButton);
  column->addLayout(buttons);
  column->addWidget(new QLabel(tr("Align by")));
  column->addWidget(alignment_);
  column->addWidget(hint);

  curves_ = new CompareCurves;
  samples_ = new SampleComparison;
  auto* views = new QSplitter(Qt::Vertical);
  views->addWidget(curves_);
  views->addWidget(samples_);
  views->setSizes({500, 400});  // the grids need room too: small grids say little
  auto* split = new QSplitter(Qt::Horizontal);
  split->addWidget(side);
  split->addWidget(views);
  split->setStretchFactor(0, 0);
  split->setStretchFactor(1, 1);
  split->setSizes({220, 1000});
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(split);

  connect(runList_, &QListWidget::itemChanged, this, &CompareWindow::refresh);
  connect(alignment_, &QComboBox::currentIndexChanged, this, &CompareWindow::refresh);
  connect(add, &QPushButton::clicked, this, &CompareWindow::addRunFolder);
  connect(reloadButton, &QPushButton::clicked, this, &CompareWindow::reload);
  auto* poll = new QTimer(this);
  poll->setInterval(kLivePollMs);
  connect(poll, &QTimer::timeout, this, &CompareWindow::followGrowingRuns);
  poll->start();
}

QKeySequence CompareWindow::openShortcut() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C); }

QListWidgetItem* CompareWindow::addCandidate(const QString& runDir) {
  const QString path = QDir::cleanPath(QFileInfo(runDir).absoluteFilePath());  // one row per folder, however named
  for (int i = 0; i < runList_->count(); ++i)
    if (runList_->item(i)->data(kPathRole).toString() == path) return runList_->item(i);
  const QSignalBlocker block(runList_);
  auto* item = new QListWidgetItem(QFileInfo(path).fileName(), runList_);
  item->setData(kPathRole, path);
  item->setToolTip(path);
  item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
  item->setCheckState(Qt::Unchecked);
  // A run keeps its colour while others are ticked and unticked: the colour goes with the row.
  item->setIcon(swatch(SeriesPlot::curveColor(runList_->row(item))));
  return item;
}

void CompareWindow::setCandidates(const QStringList& runDirs) {
  for (const QString& dir : runDirs) addCandidate(dir);
}

void CompareWindow::compare(const QStringList& runDirs) {
  QStringList wanted;
  for (const QString& dir : runDirs) wanted.append(addCandidate(dir)->data(kPathRole).toString());
  {
    const QSignalBlocker block(runList_);
    for (int i = 0; i < runList_->count(); ++i) {
      QListWidgetItem* item = runList_->item(i);
      item->setCheckState(wanted.contains(item->data(kPathRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
  }
  refresh();
}

void CompareWindow::setAlignment(RunAlignment alignment) {
  alignment_->setCurrentIndex(alignment_->findData(static_cast<int>(alignment)));
}

RunAlignment CompareWindow::alignment() const { return static_cast<RunAlignment>(alignment_->currentData().toInt()); }

void CompareWindow::addRunFolder() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a run folder to the comparison"));
  if (dir.isEmpty()) return;
  QListWidgetItem* item = addCandidate(dir);
  item->setCheckState(Qt::Checked);  // itemChanged refreshes
}

QString CompareWindow::growthStamp(const QString& runDir) {
  const QFileInfo metrics(runDir + QStringLiteral("/metrics.jsonl")), samples(runDir + QStringLiteral("/samples"));
  const QDir sampleDir(samples.filePath());
  return QStringLiteral("%1 %2 %3 %4")
      .arg(metrics.size())
      .arg(metrics.lastModified().toMSecsSinceEpoch())
      .arg(samples.lastModified().toMSecsSinceEpoch())
      .arg(sampleDir.exists() ? sampleDir.entryList(QDir::Files).size() : -1);
}

void CompareWindow::followGrowingRuns() {
  if (!isVisible()) return;
  bool grown = false;
  for (int i = 0; i < runList_->count(); ++i) {
    QListWidgetItem* item = runList_->item(i);
    const QString path = item->data(kPathRole).toString();
    if (item->checkState() != Qt::Checked || !loaded_.contains(path)) continue;
    if (growthStamp(path) == stamps_.value(path)) continue;
    loaded_.remove(path);
    grown = true;
  }
  if (grown) refresh();
}

void CompareWindow::reload() {
  loaded_.clear();
  refresh();
}

void CompareWindow::refresh() {
  runs_.clear();
  QStringList names;
  for (int i = 0; i < runList_->count(); ++i) {
    QListWidgetItem* item = runList_->item(i);
    if (item->checkState() != Qt::Checked) continue;
    const QString path = item->data(kPathRole).toString();
    if (!loaded_.contains(path)) {
      stamps_.insert(path, growthStamp(path));  // before reading: a record written meanwhile is read next time
      loaded_.insert(path, bridge::RunHistory::load(path));
    }
    const bridge::RunHistory& history = loaded_[path];
    item->setToolTip(history.ok() ? path : history.error);
    if (!history.ok()) continue;
    ComparedRun run{item->text(), SeriesPlot::curveColor(i), history};
    // Two runs in folders of the same name: the parent folder tells them apart in the legend.
    if (names.contains(run.name)) run.name = QDir(path).absolutePath().section(QLatin1Char('/'), -2);
    names.append(run.name);
    runs_.append(run);
  }
  curves_->showRuns(runs_, alignment());
  samples_->showRuns(runs_, alignment());
}

}  // namespace widgets
}  // namespace fewshot
