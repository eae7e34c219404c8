#include "widgets/dataset/dataset_tab.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "widgets/common/background_priority.h"
#include "widgets/common/settings_keys.h"
#include "widgets/common/vertical_scroll_area.h"
#include "widgets/dataset/dataset_file_model.h"
#include "widgets/dataset/dataset_images.h"
#include "widgets/dataset/dataset_options_panel.h"
#include "widgets/dataset/dataset_preview_view.h"
#include "widgets/dataset/dataset_report_view.h"
#include "widgets/dataset/sample_dataset.h"
#include "widgets/dataset/thumbnail_delegate.h"
#include "widgets/dataset/welcome_panel.h"

namespace fewshot {
namespace widgets {
namespace {

constexpr int kThumbnailSide = 96;
constexpr int kMaxRecent = 10;
constexpr int kPreviewOriginalSide = 512;
const QStringList kResizePolicies{"crop", "pad", "stretch"};
const QStringList kResamplings{"area", "bilinear"};

bool looksLikeImageFile(const QString& path) {
  static const QStringList suffixes{"jpg", "jpeg", "png", "bmp", "webp", "tif", "tiff"};
  return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QString droppedPath(const QMimeData* mime) {
  if (!mime || !mime->hasUrls() || mime->urls().size() != 1) return {};
  const QString path = mime->urls().first().toLocalFile();
  const QFileInfo info(path);
  return info.isDir() || (info.isFile() && looksLikeImageFile(path)) ? path : QString();
}

}  // namespace

struct DatasetTab::Private {
  QString path;
  bool singleImage = false;
  QString baseDir;
  DatasetOptions options;

  QComboBox* pathBox = nullptr;
  QLabel* status = nullptr;
  QListView* view = nullptr;
  QStackedWidget* stack = nullptr;  // the welcome panel until a dataset is open, then the thumbnails
  WelcomePanel* welcome = nullptr;
  SampleDatasetMaker* sample = nullptr;
  DatasetFileModel* model = nullptr;
  DatasetOptionsPanel* optionsPanel = nullptr;
  DatasetPreviewView* preview = nullptr;
  DatasetReportView* report = nullptr;

  // Latest wins, one computation at a time: a request while one runs only marks it stale.
  QFutureWatcher<DatasetReportData> reportWatcher;
  bool reportStale = false;
  QTimer reportDelay;  // coalesces quick option changes into one re-check
  QFutureWatcher<DatasetPreview> previewWatcher;
  bool previewStale = false;
  QString previewPath;
};

DatasetTab::DatasetTab(QWidget* parent) : QWidget(parent), d_(new Private) {
  setAcceptDrops(true);
  auto* layout = new QVBoxLayout(this);

  auto* top = new QHBoxLayout;
  d_->pathBox = new QComboBox;
  d_->pathBox->setObjectName("pathBox");
  d_->pathBox->setEditable(true);
  d_->pathBox->setInsertPolicy(QComboBox::NoInsert);
  d_->pathBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  d_->pathBox->lineEdit()->setPlaceholderText(tr("Folder of images, or one image; or drop one here"));
  auto* openFolder = new QPushButton(tr("Open Folder..."));
  auto* openImage = new QPushButton(tr("Open Image..."));
  openImage->setToolTip(tr("One image, for single-image models such as ConSinGAN"));
  top->addWidget(new QLabel(tr("Dataset:")));
  top->addWidget(d_->pathBox, 1);
  top->addWidget(openFolder);
  top->addWidget(openImage);
  layout->addLayout(top);
  d_->status = new QLabel(tr("Drop a folder of images (or one image) onto this tab, or open one."));
  d_->status->setObjectName("datasetStatus");
  d_->status->setWordWrap(true);
  layout->addWidget(d_->status);

  d_->model = new DatasetFileModel(kThumbnailSide, this);
  d_->view = new QListView;
  d_->view->setObjectName("thumbnailView");
  d_->view->setViewMode(QListView::IconMode);
  // Static movement + uniform sizes: the view lays out from one item's size and asks only visible items
  // for their data, so thumbnails are decoded for what is on screen.
  d_->view->setMovement(QListView::Static);
  d_->view->setResizeMode(QListView::Adjust);
  d_->view->setUniformItemSizes(true);
  d_->view->setLayoutMode(QListView::Batched);
  d_->view->setIconSize(QSize(kThumbnailSide, kThumbnailSide));
  d_->view->setGridSize(QSize(kThumbnailSide + 24, kThumbnailSide + 30));
  d_->view->setTextElideMode(Qt::ElideMiddle);
  d_->view->setSelectionMode(QAbstractItemView::SingleSelection);
  d_->view->setItemDelegate(new ThumbnailDelegate(d_->view));
  d_->view->setModel(d_->model);

  auto* side = new QWidget;
  auto* sideLayout = new QVBoxLayout(side);
  sideLayout->setContentsMargins(0, 0, 0, 0);
  auto* optionsBox = new QGroupBox(tr("Import options"));
  auto* optionsLayout = new QVBoxLayout(optionsBox);
  d_->optionsPanel = new DatasetOptionsPanel;
  optionsLayout->addWidget(d_->optionsPanel);
  auto* previewBox = new QGroupBox(tr("Preview"));
  auto* previewLayout = new QVBoxLayout(previewBox);
  d_->preview = new DatasetPreviewView;
  previewLayout->addWidget(d_->preview);
  sideLayout->addWidget(optionsBox);
  sideLayout->addWidget(previewBox);
  sideLayout->addStretch(1);

  d_->welcome = new WelcomePanel;
  d_->sample = new SampleDatasetMaker(this);
  d_->stack = new QStackedWidget;
  d_->stack->addWidget(d_->welcome);
  d_->stack->addWidget(d_->view);
  auto* upper = new QSplitter(Qt::Horizontal);
  upper->addWidget(d_->stack);
  // Scrolls when the window is short (1280×800 at 150 % scaling) instead of holding the window taller.
  upper->addWidget(new VerticalScrollArea(side));
  upper->setStretchFactor(0, 1);
  auto* reportBox = new QGroupBox(tr("Import report"));
  auto* reportLayout = new QVBoxLayout(reportBox);
  d_->report = new DatasetReportView;
  reportLayout->addWidget(d_->report);
  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(upper);
  split->addWidget(reportBox);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  split->setSizes({520, 200});
  layout->addWidget(split, 1);

  // Remembered choices (organization and application names are set by the app).
  QSettings settings;
  d_->pathBox->addItems(settings.value(settings_keys::kDatasetRecent).toStringList());
  d_->pathBox->setCurrentText(settings.value(settings_keys::kDatasetLastPath).toString());
  d_->welcome->setRecentPaths(settings.value(settings_keys::kDatasetRecent).toStringList());
  const QString resize = settings.value(settings_keys::kDatasetResize, "crop").toString();
  const QString resampling = settings.value(settings_keys::kDatasetResampling, "area").toString();
  const QColor background(QStringLiteral("#") + settings.value(settings_keys::kDatasetBackground, "ffffff").toString());
  d_->options.resize = kResizePolicies.contains(resize) ? resize : QStringLiteral("crop");
  d_->options.resampling = kResamplings.contains(resampling) ? resampling : QStringLiteral("area");
  d_->options.background = background.isValid() ? background : QColor(Qt::white);
  d_->optionsPanel->setOptions(d_->options);

  d_->reportDelay.setSingleShot(true);
  d_->reportDelay.setInterval(250);

  const auto chooseFolder = [this] {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Open a folder of images"), d_->pathBox->currentText());
    if (!dir.isEmpty()) openPath(dir);
  };
  const auto chooseImage = [this] {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open one image"), d_->pathBox->currentText(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)"));
    if (!file.isEmpty()) openPath(file);
  };
  connect(openFolder, &QPushButton::clicked, this, chooseFolder);
  connect(openImage, &QPushButton::clicked, this, chooseImage);
  connect(d_->welcome, &WelcomePanel::openFolderRequested, this, chooseFolder);
  connect(d_->welcome, &WelcomePanel::openImageRequested, this, chooseImage);
  connect(d_->welcome, &WelcomePanel::pathRequested, this, [this](const QString& path) { openPath(path); });
  connect(d_->welcome, &WelcomePanel::sampleRequested, this, [this] {
    d_->welcome->setSampleBusy(true);
    d_->sample->start(SampleDatasetMaker::defaultFolder());
  });
  connect(d_->sample, &SampleDatasetMaker::ready, this, [this](const QString& folder) {
    d_->welcome->setSampleBusy(false);
    d_->welcome->setStatus({});
    openPath(folder);
  });
  connect(d_->sample, &SampleDatasetMaker::failed, this, [this](const QString& message) {
    d_->welcome->setSampleBusy(false);
    d_->welcome->setStatus(message, true);
  });
  connect(d_->pathBox->lineEdit(), &QLineEdit::returnPressed, this, [this] { openPath(d_->pathBox->currentText()); });
  connect(d_->pathBox, &QComboBox::activated, this, [this](int i) { openPath(d_->pathBox->itemText(i)); });
  connect(d_->optionsPanel, &DatasetOptionsPanel::edited, this,
          [this](const QVariantMap& change) { setImportOptions(change); });
  connect(d_->view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
    d_->previewPath = d_->model->pathAt(index.row());
    startPreview();
  });
  connect(d_->report, &DatasetReportView::fileActivated, this, [this](const QString& path) {
    const int row = d_->model->rowOf(path);
    if (row < 0) return;
    d_->view->setCurrentIndex(d_->model->index(row));
    d_->view->scrollTo(d_->model->index(row));
  });
  connect(&d_->reportDelay, &QTimer::timeout, this, [this] { startReport(); });
  connect(&d_->reportWatcher, &QFutureWatcher<DatasetReportData>::finished, this, [this] { reportFinished(); });
  connect(&d_->previewWatcher, &QFutureWatcher<DatasetPreview>::finished, this, [this] { previewFinished(); });
}

DatasetTab::~DatasetTab() {
  // Computations capture only values; a check still queued is cancelled (it would only delay the next
  // tab's), one already running finishes in the background and its result is dropped with the watcher.
  d_->reportWatcher.cancel();
  d_->previewWatcher.cancel();
  delete d_;
}

bool DatasetTab::openPath(const QString& rawPath) {
  const QString path = rawPath.trimmed().isEmpty() ? QString() : QDir::cleanPath(rawPath.trimmed());
  if (path.isEmpty()) {
    d_->status->setText(tr("Enter or drop a folder of images, or one image."));
    return false;
  }
  const DatasetListing listing = listDataset(path);
  if (!listing.error.isEmpty()) {
    d_->status->setText(QStringLiteral("<span style='color:#c02020'>%1</span>").arg(listing.error.toHtmlEscaped()));
    return false;
  }
  d_->path = path;
  d_->singleImage = listing.singleImage;
  d_->baseDir = listing.singleImage ? QFileInfo(path).absolutePath() : path;
  d_->model->setFiles(listing.paths, listing.relatives);
  d_->status->setText(listing.singleImage
                          ? tr("One image: %1. Single-image models (ConSinGAN) learn from it.").arg(path)
                          : tr("%1 (image files: %2)").arg(path).arg(listing.paths.size()));
  rememberPath(path);
  d_->stack->setCurrentWidget(d_->view);
  d_->view->setCurrentIndex(d_->model->index(0));  // previews the first image
  d_->reportDelay.stop();
  startReport();
  Q_EMIT datasetChosen(path, d_->singleImage);
  return true;
}

QString DatasetTab::currentPath() const { return d_->path; }
bool DatasetTab::isSingleImage() const { return d_->singleImage; }
QVariantMap DatasetTab::importOptions() const { return d_->options.toVariantMap(); }
QStringList DatasetTab::recentPaths() const { return QSettings().value(settings_keys::kDatasetRecent).toStringList(); }
bool DatasetTab::isCheckingReport() const { return d_->reportWatcher.isRunning() || d_->reportDelay.isActive(); }

void DatasetTab::setTrainingSize(int size) { setImportOptions({{"size", size}}); }

bool DatasetTab::setImportOptions(const QVariantMap& options) {
  DatasetOptions next = d_->options;
  if (options.contains("resize")) next.resize = options.value("resize").toString();
  if (options.contains("resampling")) next.resampling = options.value("resampling").toString();
  if (options.contains("size")) next.size = options.value("size").toInt();
  if (options.contains("background")) {
    const QString hex = options.value("background").toString().remove(QLatin1Char('#'));
    next.background = hex.size() == 6 ? QColor(QStringLiteral("#") + hex) : QColor();
  }
  if (!kResizePolicies.contains(next.resize) || !kResamplings.contains(next.resampling) || next.size < 1 ||
      next.size > 16384 || !next.background.isValid())
    return false;
  const bool reportChanges = next.resize != d_->options.resize || next.size != d_->options.size;
  if (next.toVariantMap() == d_->options.toVariantMap()) return true;
  d_->options = next;

  d_->optionsPanel->setOptions(next);
  QSettings settings;
  settings.setValue(settings_keys::kDatasetResize, next.resize);
  settings.setValue(settings_keys::kDatasetResampling, next.resampling);
  settings.setValue(settings_keys::kDatasetBackground, next.backgroundHex());

  startPreview();
  // Too-small warnings depend on the size and the aspect-ratio note on the policy; colours and
  // resampling do not change the report.
  if (reportChanges && !d_->path.isEmpty()) {
    d_->model->clearReport();
    d_->report->showChecking(d_->model->rowCount());
    d_->reportDelay.start();
  }
  Q_EMIT importOptionsChanged(importOptions());
  return true;
}

void DatasetTab::rememberPath(const QString& path) {
  QSettings settings;
  QStringList recent = settings.value(settings_keys::kDatasetRecent).toStringList();
  recent.removeAll(path);
  recent.prepend(path);
  while (recent.size() > kMaxRecent) recent.removeLast();
  settings.setValue(settings_keys::kDatasetRecent, recent);
  settings.setValue(settings_keys::kDatasetLastPath, path);
  d_->welcome->setRecentPaths(recent);
  const QSignalBlocker block(d_->pathBox);
  d_->pathBox->clear();
  d_->pathBox->addItems(recent);
  d_->pathBox->setCurrentIndex(0);
}

void DatasetTab::startReport() {
  if (d_->path.isEmpty()) return;
  if (d_->reportWatcher.isRunning()) {
    d_->reportStale = true;
    return;
  }
  d_->reportStale = false;
  d_->model->clearReport();
  d_->report->showChecking(d_->model->rowCount());
  // Low priority, inherited by the decoding threads the check starts: the UI thread stays responsive.
  d_->reportWatcher.setFuture(QtConcurrent::run(backgroundPool(), [path = d_->path, options = d_->options] {
    lowerCurrentThreadPriority();
    return checkDatasetReport(path, options);
  }));
}

void DatasetTab::reportFinished() {
  if (d_->reportStale) {
    startReport();
    return;
  }
  const DatasetReportData report = d_->reportWatcher.result();
  if (report.root != d_->path) return startReport();
  d_->model->setReport(report);
  d_->report->showReport(report, d_->baseDir);
  // Preview a usable image rather than the broken file that happened to sort first.
  const QModelIndex current = d_->view->currentIndex();
  if (current.isValid() && current.data(DatasetFileModel::StatusRole).toInt() == DatasetFileModel::Skipped)
    for (int row = 0; row < d_->model->rowCount(); ++row)
      if (d_->model->index(row).data(DatasetFileModel::StatusRole).toInt() != DatasetFileModel::Skipped) {
        d_->view->setCurrentIndex(d_->model->index(row));
        break;
      }
  Q_EMIT importReportReady(report.imagesAccepted, report.skippedCount(), report.warningCount());
}

void DatasetTab::startPreview() {
  if (d_->previewPath.isEmpty()) {
    d_->preview->showMessage(tr("Select a thumbnail to preview how it is prepared for training."));
    return;
  }
  if (d_->previewWatcher.isRunning()) {
    d_->previewStale = true;
    return;
  }
  d_->previewStale = false;
  d_->previewWatcher.setFuture(
      QtConcurrent::run(makeDatasetPreview, d_->previewPath, d_->options, kPreviewOriginalSide));
}

void DatasetTab::previewFinished() {
  if (d_->previewStale) {
    startPreview();
    return;
  }
  d_->preview->showPreview(d_->previewWatcher.result(), QFileInfo(d_->previewPath).fileName(), d_->options.size);
  Q_EMIT previewUpdated();
}

void DatasetTab::dragEnterEvent(QDragEnterEvent* event) {
  if (!droppedPath(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void DatasetTab::dropEvent(QDropEvent* event) {
  const QString path = droppedPath(event->mimeData());
  if (path.isEmpty()) return;
  event->acceptProposedAction();
  openPath(path);
}

}  // namespace widgets
}  // namespace fewshot
