#include "widgets/explore/consingan_harmonize_panel.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "widgets/explore/before_after_view.h"
#include "widgets/explore/composite_canvas.h"
#include "widgets/explore/mask_tools_box.h"

namespace fewshot {
namespace widgets {

using bridge::ConSinGanBridge;

namespace {

QString imageFilter() { return QObject::tr("Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)"); }

QImage readImage(const QString& path, QString* error) {
  QImageReader reader(path);
  reader.setAutoTransform(true);
  const QImage image = reader.read();
  if (image.isNull() && error) *error = QObject::tr("Could not read %1: %2").arg(path, reader.errorString());
  return image;
}

}  // namespace

ConSinGanHarmonizePanel::ConSinGanHarmonizePanel(ConSinGanBridge* bridge, QWidget* parent)
    : QWidget(parent), bridge_(bridge) {
  canvas_ = new CompositeCanvas;
  beforeAfter_ = new BeforeAfterView;
  beforeAfter_->setLabels(tr("Naive composite"), tr("Result"));

  auto* controls = new QWidget;
  auto* column = new QVBoxLayout(controls);
  column->setContentsMargins(0, 0, 0, 0);
  column->addWidget(makeImageControls());
  maskTools_ = new MaskToolsBox(canvas_);
  column->addWidget(maskTools_);
  column->addWidget(makeRunControls());
  column->addStretch(1);
  auto* scroll = new QScrollArea;
  scroll->setWidget(controls);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setMinimumWidth(controls->sizeHint().width() + 20);
  scroll->setMaximumWidth(320);

  auto* views = new QSplitter(Qt::Horizontal);
  views->addWidget(canvas_);
  views->addWidget(beforeAfter_);
  views->setChildrenCollapsible(false);
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(scroll);
  layout->addWidget(views, 1);
  setAcceptDrops(true);
  connectBridge();
  updateAvailability();
}

QWidget* ConSinGanHarmonizePanel::makeImageControls() {
  auto* box = new QGroupBox(tr("Images"));
  auto* grid = new QVBoxLayout(box);
  auto* addObject = new QPushButton(tr("Add object…"));
  addObject->setToolTip(tr("An image to paste (PNG with alpha keeps its shape); you can also drop a file here"));
  auto* background = new QPushButton(tr("Background…"));
  background->setToolTip(tr("Paste onto another image instead of the run's training image"));
  auto* training = new QPushButton(tr("Training image"));
  training->setToolTip(tr("Use the run's training image as the background again"));
  auto* row = new QHBoxLayout;
  row->addWidget(background);
  row->addWidget(training);
  grid->addWidget(addObject);
  grid->addLayout(row);
  connect(addObject, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Object to paste"), {}, imageFilter());
    QString error;
    if (!path.isEmpty() && !loadObject(path, &error)) showError(error);
  });
  connect(background, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Background image"), {}, imageFilter());
    QString error;
    if (!path.isEmpty() && !loadBackground(path, &error)) showError(error);
  });
  connect(training, &QPushButton::clicked, this, &ConSinGanHarmonizePanel::useTrainingImage);
  return box;
}

QWidget* ConSinGanHarmonizePanel::makeRunControls() {
  auto* box = new QGroupBox(tr("Run"));
  auto* form = new QFormLayout(box);
  mode_ = new QComboBox;
  mode_->addItem(tr("Harmonization"), false);
  mode_->addItem(tr("Editing"), true);
  mode_->setItemData(0, tr("Blend a pasted object into the image's style (mask dilated by 7 px)"), Qt::ToolTipRole);
  mode_->setItemData(1, tr("Re-render an edited region (mask dilated by 20 px, noise added to the input)"),
                     Qt::ToolTipRole);
  form->addRow(tr("Mode"), mode_);
  fineTune_ = new QSpinBox;
  fineTune_->setRange(0, 5000);
  fineTune_->setSingleStep(50);
  fineTune_->setSpecialValueText(tr("none"));
  fineTune_->setToolTip(
      tr("Fine-tune the final stage on this composite first (the official default is 2000); the "
         "run's checkpoint is not changed"));
  form->addRow(tr("Fine-tune iterations"), fineTune_);
  seed_ = new QSpinBox;
  seed_->setRange(0, 2147483647);
  seed_->setToolTip(tr("Seed of the editing noise and of fine-tuning"));
  form->addRow(tr("Seed"), seed_);
  stage_ = new QComboBox;
  form->addRow(tr("Injection stage"), stage_);
  harmonize_ = new QPushButton(tr("Harmonize"));
  cancel_ = new QPushButton(tr("Cancel"));
  cancel_->setToolTip(tr("Stops fine-tuning after the current iteration"));
  cancel_->setEnabled(false);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(harmonize_, 1);
  buttons->addWidget(cancel_);
  form->addRow(buttons);
  progress_ = new QProgressBar;
  progress_->setVisible(false);
  form->addRow(progress_);
  for (QLabel** label : {&availability_, &status_, &error_}) {
    *label = new QLabel;
    (*label)->setWordWrap(true);
    (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(*label);
  }
  error_->setStyleSheet(QStringLiteral("color: #d03030;"));
  saveResult_ = new QPushButton(tr("Save result…"));
  saveMask_ = new QPushButton(tr("Save mask…"));
  saveMask_->setToolTip(tr("The painted mask at the background's size (white = pasted / edited)"));
  saveResult_->setEnabled(false);
  auto* saves = new QHBoxLayout;
  saves->addWidget(saveResult_);
  saves->addWidget(saveMask_);
  form->addRow(saves);

  connect(mode_, &QComboBox::currentIndexChanged, this,
          [this] { harmonize_->setText(mode_->currentData().toBool() ? tr("Edit") : tr("Harmonize")); });
  connect(harmonize_, &QPushButton::clicked, this, &ConSinGanHarmonizePanel::harmonize);
  connect(cancel_, &QPushButton::clicked, bridge_, &ConSinGanBridge::cancel);
  connect(saveResult_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the result"), QStringLiteral("harmonized.png"),
                                                      tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !saveResult(path, &error)) showError(error);
  });
  connect(saveMask_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the mask"), QStringLiteral("composite_mask.png"),
                                                      tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !saveMask(path, &error)) showError(error);
  });
  return box;
}

void ConSinGanHarmonizePanel::connectBridge() {
  connect(bridge_, &ConSinGanBridge::progress, this, [this](int done, int total) {
    if (!waiting_) return;
    progress_->setRange(0, total);
    progress_->setValue(done);
    if (fineTune_->value() > 0) status_->setText(tr("Fine-tuning: iteration %1 of %2").arg(done).arg(total - 1));
  });
  connect(bridge_, &ConSinGanBridge::harmonized, this,
          [this](const QImage& composite, const QImage& result, const QImage& blendMask, qint64 ms) {
            if (!waiting_) return;
            setBusy(false);
            result_ = result;
            blendMask_ = blendMask;
            beforeAfter_->setImages(composite, result);
            saveResult_->setEnabled(true);
            status_->setText(tr("%1 in %2 ms at the training size %3×%4.")
                                 .arg(mode_->currentData().toBool() ? tr("Edited") : tr("Harmonized"))
                                 .arg(ms)
                                 .arg(result.width())
                                 .arg(result.height()));
            Q_EMIT finished(true);
          });
  connect(bridge_, &ConSinGanBridge::failed, this, [this](const QString& operation, const QString& message) {
    if (!waiting_ || operation != QLatin1String("harmonize")) return;
    setBusy(false);
    showError(message);
    Q_EMIT finished(false);
  });
  connect(bridge_, &ConSinGanBridge::cancelled, this, [this] {
    if (!waiting_) return;
    setBusy(false);
    status_->setText(tr("Cancelled."));
    Q_EMIT finished(false);
  });
}

void ConSinGanHarmonizePanel::setRunInfo(const bridge::ConSinGanRunInfo& info) {
  info_ = info;
  if (!ownBackground_ || canvas_->background().isNull()) canvas_->setBackground(info.trainingImage);
  mode_->setCurrentIndex(info.mode == QLatin1String("editing") ? 1 : 0);
  const QString reason =
      tr("ConSinGAN feeds an image only at stage 0; its later stages take 64-channel feature "
         "noise, not an image, so the composite cannot be injected there (as in the official code).");
  stage_->clear();
  auto* model = qobject_cast<QStandardItemModel*>(stage_->model());
  for (int k = 0; k < info.stagesTotal; ++k) {
    const QSize s = k < info.stageSizes.size() ? info.stageSizes[k] : QSize();
    stage_->addItem(s.isValid() ? tr("Stage %1 (%2×%3)").arg(k).arg(s.width()).arg(s.height()) : tr("Stage %1").arg(k),
                    k);
    QStandardItem* item = model->item(k);
    if (k > 0) {
      item->setEnabled(false);
      item->setToolTip(reason);
    } else {
      item->setToolTip(tr("The naive composite, resized to the coarsest stage, is the generator's input"));
    }
  }
  stage_->setToolTip(reason);
  stage_->setCurrentIndex(0);
  updateAvailability();
}

void ConSinGanHarmonizePanel::updateAvailability() {
  QString text;
  if (info_.stagesTotal == 0) {
    text = tr("No run loaded.");
  } else if (!info_.fullyTrained()) {
    text = tr("Harmonize and Edit need a fully trained run: %1 of %2 stages trained so far. Generate works already.")
               .arg(info_.stagesCompleted)
               .arg(info_.stagesTotal);
  } else if (info_.mode != QLatin1String("harmonization") && info_.mode != QLatin1String("editing")) {
    text = tr("This run was trained in %1 mode; harmonization and editing work best with a run trained with the "
              "harmonization or editing preset.")
               .arg(info_.mode);
  }
  availability_->setText(text);
  harmonize_->setEnabled(!waiting_ && info_.fullyTrained() && !canvas_->background().isNull());
}

bool ConSinGanHarmonizePanel::loadObject(const QString& path, QString* error) {
  const QImage image = readImage(path, error);
  if (image.isNull()) return false;
  if (canvas_->background().isNull()) {
    if (error) *error = tr("Load a run (or choose a background) before adding an object.");
    return false;
  }
  canvas_->setObject(image);
  maskTools_->chooseMove();
  error_->clear();
  return true;
}

bool ConSinGanHarmonizePanel::loadBackground(const QString& path, QString* error) {
  const QImage image = readImage(path, error);
  if (image.isNull()) return false;
  ownBackground_ = true;
  canvas_->setBackground(image);
  updateAvailability();
  return true;
}

void ConSinGanHarmonizePanel::useTrainingImage() {
  ownBackground_ = false;
  canvas_->setBackground(info_.trainingImage);
  updateAvailability();
}

bool ConSinGanHarmonizePanel::saveResult(const QString& path, QString* error) const {
  return ConSinGanBridge::savePng(result_, path, error);
}

bool ConSinGanHarmonizePanel::saveMask(const QString& path, QString* error) const {
  return ConSinGanBridge::savePng(canvas_->mask(), path, error);
}

QSpinBox* ConSinGanHarmonizePanel::brushBox() const { return maskTools_->brushBox(); }
QSlider* ConSinGanHarmonizePanel::scaleSlider() const { return maskTools_->scaleSlider(); }

QString ConSinGanHarmonizePanel::statusText() const { return status_->text(); }
QString ConSinGanHarmonizePanel::errorText() const { return error_->text(); }

void ConSinGanHarmonizePanel::harmonize() {
  if (waiting_ || canvas_->background().isNull()) return;
  error_->clear();
  setBusy(true);
  status_->setText(fineTune_->value() > 0 ? tr("Fine-tuning…") : tr("Rendering…"));
  bridge_->harmonize(canvas_->composite(), canvas_->mask(), mode_->currentData().toBool(),
                     stage_->currentData().toInt(), fineTune_->value(), static_cast<quint64>(seed_->value()));
}

void ConSinGanHarmonizePanel::setBusy(bool busy) {
  waiting_ = busy;
  cancel_->setEnabled(busy && fineTune_->value() > 0);
  progress_->setVisible(busy);
  progress_->setRange(0, 0);
  updateAvailability();
}

void ConSinGanHarmonizePanel::showError(const QString& message) {
  error_->setText(message);
  status_->clear();
}

void ConSinGanHarmonizePanel::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void ConSinGanHarmonizePanel::dropEvent(QDropEvent* event) {
  const QList<QUrl> urls = event->mimeData()->urls();
  if (urls.isEmpty() || !urls.first().isLocalFile()) return;
  QString error;
  if (!loadObject(urls.first().toLocalFile(), &error)) showError(error);
  event->acceptProposedAction();
}

}  // namespace widgets
}  // namespace fewshot
