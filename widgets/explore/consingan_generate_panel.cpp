#include "widgets/explore/consingan_generate_panel.h"

#include <QDialog>
#include <QFileDialog>
#include <QFormLayout>
#include <QKeyEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace fewshot {
namespace widgets {

using bridge::ConSinGanBridge;

namespace {

QSpinBox* spin(int lo, int hi, int value) {
  auto* s = new QSpinBox;
  s->setRange(lo, hi);
  s->setValue(value);
  return s;
}

}  // namespace

ConSinGanGeneratePanel::ConSinGanGeneratePanel(ConSinGanBridge* bridge, QWidget* parent)
    : QWidget(parent), bridge_(bridge) {
  auto* controls = new QWidget;
  controls->setMaximumWidth(300);
  auto* form = new QFormLayout(controls);
  width_ = spin(1, 4096, 64);
  height_ = spin(1, 4096, 64);
  width_->setSuffix(tr(" px"));
  height_->setSuffix(tr(" px"));
  form->addRow(tr("Width"), width_);
  form->addRow(tr("Height"), height_);
  auto* aspects = new QGridLayout;
  const struct {
    QString text, tip;
    int sx, sy;
  } presets[] = {{tr("Training size"), tr("The size the newest stage was trained at"), 1, 1},
                 {tr("2× wide"), tr("Twice as wide (retargeting)"), 2, 1},
                 {tr("2× tall"), tr("Twice as tall (retargeting)"), 1, 2},
                 {tr("2×2"), tr("Twice as wide and twice as tall"), 2, 2}};
  int i = 0;
  for (const auto& p : presets) {
    auto* button = new QPushButton(p.text);
    button->setToolTip(p.tip);
    const int sx = p.sx, sy = p.sy;
    connect(button, &QPushButton::clicked, this, [this, sx, sy] {
      if (outputSize_.isValid()) setSize(outputSize_.width() * sx, outputSize_.height() * sy);
    });
    aspects->addWidget(button, i / 2, i % 2);
    ++i;
  }
  form->addRow(aspects);
  seed_ = spin(0, 2147483647, 0);
  seed_->setToolTip(tr("Sample i of a seed is the same whatever the count"));
  form->addRow(tr("Seed"), seed_);
  count_ = spin(1, 64, 8);
  form->addRow(tr("Count"), count_);
  startStage_ = spin(0, 0, 0);
  startStage_->setToolTip(tr("Stages below this one reuse the training image's fixed noise, so the coarse layout "
                             "of the training image is kept and only finer detail varies"));
  form->addRow(tr("Start stage"), startStage_);
  generate_ = new QPushButton(tr("Generate"));
  generate_->setToolTip(tr("Ctrl+G or Enter"));
  generate_->setDefault(true);
  cancel_ = new QPushButton(tr("Cancel"));
  cancel_->setEnabled(false);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(generate_, 1);
  buttons->addWidget(cancel_);
  form->addRow(buttons);
  progress_ = new QProgressBar;
  progress_->setVisible(false);
  form->addRow(progress_);
  time_ = new QLabel;
  form->addRow(time_);
  error_ = new QLabel;
  error_->setWordWrap(true);
  error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_->setStyleSheet(QStringLiteral("color: #d03030;"));
  form->addRow(error_);
  saveAll_ = new QPushButton(tr("Save all…"));
  saveAll_->setToolTip(tr("One PNG per sample into a folder"));
  saveGrid_ = new QPushButton(tr("Save grid…"));
  saveGrid_->setToolTip(tr("All samples tiled into one PNG"));
  saveAll_->setEnabled(false);
  saveGrid_->setEnabled(false);
  auto* saves = new QHBoxLayout;
  saves->addWidget(saveAll_);
  saves->addWidget(saveGrid_);
  form->addRow(saves);

  thumbnails_ = new QListWidget;
  thumbnails_->setViewMode(QListView::IconMode);
  thumbnails_->setResizeMode(QListView::Adjust);
  thumbnails_->setMovement(QListView::Static);
  thumbnails_->setSpacing(6);
  thumbnails_->setToolTip(tr("Click a sample to enlarge it"));

  auto* layout = new QHBoxLayout(this);
  layout->addWidget(controls);
  layout->addWidget(thumbnails_, 1);

  connect(generate_, &QPushButton::clicked, this, &ConSinGanGeneratePanel::generate);
  connect(cancel_, &QPushButton::clicked, bridge_, &ConSinGanBridge::cancel);
  auto* shortcut = new QShortcut(QKeySequence(tr("Ctrl+G")), this);
  shortcut->setContext(Qt::WidgetWithChildrenShortcut);
  connect(shortcut, &QShortcut::activated, this, [this] {
    if (generate_->isEnabled()) generate();
  });
  connect(thumbnails_, &QListWidget::itemClicked, this,
          [this](QListWidgetItem* item) { showEnlarged(thumbnails_->row(item)); });
  connect(saveAll_, &QPushButton::clicked, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the samples into"));
    QString error;
    if (!folder.isEmpty() && !saveAll(folder, &error)) showError(error);
  });
  connect(saveGrid_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the grid"), QStringLiteral("grid.png"),
                                                      tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !saveGrid(path, &error)) showError(error);
  });

  connect(bridge_, &ConSinGanBridge::progress, this, [this](int done, int total) {
    if (!waiting_) return;
    progress_->setRange(0, total);
    progress_->setValue(done);
  });
  connect(bridge_, &ConSinGanBridge::generated, this, [this](const QList<QImage>& images, qint64 ms) {
    if (!waiting_) return;
    setBusy(false);
    images_ = images;
    thumbnails_->clear();
    const QSize size = images.isEmpty() ? QSize() : images.first().size();
    const double fit = size.isEmpty() ? 1 : std::min(1.0 * 200 / std::max(size.width(), size.height()), 3.0);
    const QSize icon = size * fit;
    thumbnails_->setIconSize(icon);
    for (int k = 0; k < images.size(); ++k) {
      auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(images[k].scaled(icon, Qt::KeepAspectRatio,
                                                                                 Qt::SmoothTransformation))),
                                       tr("#%1").arg(k));
      thumbnails_->addItem(item);
    }
    time_->setText(tr("%n sample(s) of %1×%2 in %3 ms", nullptr, static_cast<int>(images.size()))
                       .arg(size.width())
                       .arg(size.height())
                       .arg(ms));
    saveAll_->setEnabled(!images.isEmpty());
    saveGrid_->setEnabled(!images.isEmpty());
    Q_EMIT finished(true);
  });
  connect(bridge_, &ConSinGanBridge::failed, this, [this](const QString& operation, const QString& message) {
    if (!waiting_ || operation != QLatin1String("generate")) return;
    setBusy(false);
    showError(message);
    Q_EMIT finished(false);
  });
  connect(bridge_, &ConSinGanBridge::cancelled, this, [this] {
    if (!waiting_) return;
    setBusy(false);
    time_->setText(tr("Cancelled."));
    Q_EMIT finished(false);
  });
  setEnabled(false);
}

void ConSinGanGeneratePanel::setRunInfo(const bridge::ConSinGanRunInfo& info) {
  const bool sizeWasDefault = !outputSize_.isValid() || (width_->value() == outputSize_.width() &&
                                                          height_->value() == outputSize_.height());
  outputSize_ = info.outputSize;
  if (sizeWasDefault) setSize(outputSize_.width(), outputSize_.height());
  startStage_->setMaximum(std::max(0, info.stagesBuilt - 1));
  setEnabled(info.stagesBuilt > 0);
}

void ConSinGanGeneratePanel::setSize(int width, int height) {
  width_->setValue(width);
  height_->setValue(height);
}

// Enter in a spin box (which passes the key on) generates.
void ConSinGanGeneratePanel::keyPressEvent(QKeyEvent* event) {
  if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && generate_->isEnabled())
    generate();
  else
    QWidget::keyPressEvent(event);
}

QString ConSinGanGeneratePanel::errorText() const { return error_->text(); }
QString ConSinGanGeneratePanel::timeText() const { return time_->text(); }

void ConSinGanGeneratePanel::generate() {
  if (waiting_) return;
  error_->clear();
  setBusy(true);
  bridge_->generate(width_->value(), height_->value(), static_cast<quint64>(seed_->value()), count_->value(),
                    startStage_->value());
}

void ConSinGanGeneratePanel::setBusy(bool busy) {
  waiting_ = busy;
  generate_->setEnabled(!busy);
  cancel_->setEnabled(busy);
  progress_->setVisible(busy);
  progress_->setRange(0, 0);
  if (busy) time_->setText(tr("Rendering…"));
}

void ConSinGanGeneratePanel::showError(const QString& message) {
  error_->setText(message);
  time_->clear();
}

void ConSinGanGeneratePanel::showEnlarged(int index) {
  if (index < 0 || index >= images_.size()) return;
  const QImage& image = images_[index];
  QDialog dialog(this);
  dialog.setWindowTitle(tr("Sample #%1 (%2×%3)").arg(index).arg(image.width()).arg(image.height()));
  const int scale = std::max(1, std::min(800 / std::max(1, image.width()), 600 / std::max(1, image.height())));
  auto* label = new QLabel;
  label->setPixmap(
      QPixmap::fromImage(image.scaled(image.size() * scale, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
  auto* scroll = new QScrollArea;
  scroll->setWidget(label);
  scroll->setAlignment(Qt::AlignCenter);
  auto* layout = new QVBoxLayout(&dialog);
  layout->addWidget(scroll);
  dialog.resize(label->pixmap().size() + QSize(40, 40));
  dialog.exec();
}

bool ConSinGanGeneratePanel::saveAll(const QString& folder, QString* error) const {
  return ConSinGanBridge::saveImages(images_, folder, error);
}

bool ConSinGanGeneratePanel::saveGrid(const QString& path, QString* error) const {
  return ConSinGanBridge::savePng(ConSinGanBridge::makeGrid(images_), path, error);
}

}  // namespace widgets
}  // namespace fewshot
