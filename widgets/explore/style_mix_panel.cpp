#include "widgets/explore/style_mix_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/explore/latent_image_view.h"
#include "widgets/explore/style_mix_labels.h"

namespace fewshot {
namespace widgets {

namespace {
constexpr std::array<int, 4> kGateResolutions{64, 128, 256, 512};
}

StyleMixPanel::StyleMixPanel(QWidget* parent) : QWidget(parent) {
  contentSeeds_ = new QLineEdit(QStringLiteral("1,2,3"));
  contentSeeds_->setToolTip(tr("Rows: the seeds that give the structure (e.g. 1,2,5-8)"));
  styleSeeds_ = new QLineEdit(QStringLiteral("7,8"));
  styleSeeds_->setToolTip(tr("Columns: the seeds that give the style through the SLE gates (e.g. 7,8)"));
  recipe_ = new QComboBox;
  recipe_->addItem(tr("Per gate (A or B per SLE gate)"));
  recipe_->addItem(tr("Official (scripts/style_mix.py)"));

  auto* gateRow = new QHBoxLayout;
  for (size_t i = 0; i < gates_.size(); ++i) {
    gates_[i] = new QCheckBox(QString::number(kGateResolutions[i]));
    gates_[i]->setChecked(i > 0);  // the official split: structure up to 64 px, style through 128/256/512
    gateRow->addWidget(gates_[i]);
    connect(gates_[i], &QCheckBox::toggled, this, &StyleMixPanel::updateRecipe);
  }
  noGates_ = new QLabel;
  noGates_->setForegroundRole(QPalette::PlaceholderText);
  noGates_->hide();
  gateRow->addWidget(noGates_);
  gateRow->addStretch(1);

  normMode_ = new QComboBox;
  normMode_->addItem(tr("Batch statistics (as the official samples)"));
  normMode_->addItem(tr("Running statistics (eval)"));
  normMode_->setCurrentIndex(1);
  scale_ = new QDoubleSpinBox;
  scale_->setRange(0.0, 1.5);
  scale_->setSingleStep(0.05);
  scale_->setValue(1.0);
  scale_->setToolTip(
      tr("Latent scale: shrinks z toward 0. FastGAN has no mapping network, so this is not "
         "StyleGAN truncation"));
  recipeHelp_ = new QLabel;
  recipeHelp_->setWordWrap(true);
  recipeHelp_->setForegroundRole(QPalette::PlaceholderText);

  renderButton_ = new QPushButton(tr("Render"));
  renderButton_->setDefault(true);
  saveButton_ = new QPushButton(tr("Save grid as PNG…"));
  saveButton_->setEnabled(false);
  status_ = new QLabel;
  status_->setWordWrap(true);
  error_ = new QLabel;
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #c0392b;"));
  error_->hide();

  auto* form = new QFormLayout;
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  form->addRow(tr("Content seeds (rows)"), contentSeeds_);
  form->addRow(tr("Style seeds (columns)"), styleSeeds_);
  form->addRow(tr("Recipe"), recipe_);
  form->addRow(tr("Gates from B"), gateRow);
  form->addRow(tr("Batch norm"), normMode_);
  form->addRow(tr("Latent scale"), scale_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(renderButton_);
  buttons->addWidget(saveButton_);
  buttons->addStretch(1);

  auto* controls = new QVBoxLayout;
  controls->addLayout(form);
  controls->addWidget(recipeHelp_);
  controls->addLayout(buttons);
  controls->addWidget(error_);
  controls->addWidget(status_);
  controls->addStretch(1);
  auto* side = new QWidget;
  side->setLayout(controls);
  side->setFixedWidth(380);

  view_ = new LatentImageView;
  view_->setPlaceholder(
      tr("Pick content and style seeds and press Render.\nRows take their structure from "
         "the content seed (A), columns their style from the style seed (B)."));
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(view_, 1);
  layout->addWidget(side);

  connect(recipe_, &QComboBox::currentIndexChanged, this, &StyleMixPanel::updateRecipe);
  connect(renderButton_, &QPushButton::clicked, this, &StyleMixPanel::render);
  connect(contentSeeds_, &QLineEdit::returnPressed, this, &StyleMixPanel::render);
  connect(styleSeeds_, &QLineEdit::returnPressed, this, &StyleMixPanel::render);
  connect(saveButton_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save style-mixing grid"),
                                                      QStringLiteral("style_mix.png"), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !saveGrid(path)) showError(tr("Could not write %1").arg(path));
  });
  updateRecipe();
}

void StyleMixPanel::setImageSize(int imageSize) {
  // Below 128 px the 64 px gate is the only one: with it on A there would be nothing to mix.
  if (imageSize != imageSize_ && imageSize < 128) gates_[0]->setChecked(true);
  imageSize_ = imageSize;
  updateRecipe();
}

void StyleMixPanel::setContentSeeds(const QString& text) { contentSeeds_->setText(text); }
void StyleMixPanel::setStyleSeeds(const QString& text) { styleSeeds_->setText(text); }
void StyleMixPanel::setOfficial(bool official) { recipe_->setCurrentIndex(official ? 1 : 0); }
void StyleMixPanel::setGateFromStyle(int gateIndex, bool fromStyle) { gates_.at(gateIndex)->setChecked(fromStyle); }
void StyleMixPanel::setBatchStatistics(bool batch) { normMode_->setCurrentIndex(batch ? 0 : 1); }

void StyleMixPanel::updateRecipe() {
  const bool official = recipe_->currentIndex() == 1;
  bool anyGate = false;
  for (size_t i = 0; i < gates_.size(); ++i) {
    // A gate above the model's resolution does not exist: it is not offered.
    const bool exists = imageSize_ == 0 || kGateResolutions[i] <= imageSize_;
    anyGate = anyGate || exists;
    gates_[i]->setVisible(exists);
    gates_[i]->setEnabled(!official);
    gates_[i]->setToolTip(tr("Checked: the %1 px gate takes its input from the style seed (B); "
                             "unchecked: from the content seed (A)")
                              .arg(kGateResolutions[i]));
  }
  noGates_->setText(tr("none at %1 px").arg(imageSize_));
  noGates_->setVisible(!anyGate);
  // Without an SLE gate every mix would be its content image: there is nothing to render.
  renderButton_->setEnabled(anyGate);
  normMode_->setEnabled(!official);
  if (official) {
    recipeHelp_->setText(
        tr("As the official script: structure from A up to 64 px without the 4→64 gate, style "
           "from B's 8/16/32 px maps through the 128/256/512 gates, batch statistics, one batch "
           "per row."));
    if (imageSize_ > 0 && imageSize_ < 128)
      recipeHelp_->setText(recipeHelp_->text() + QLatin1Char(' ') +
                           tr("A %1 px model has no 128/256/512 gates, so every mix shows its content image; "
                              "use the per-gate recipe with gate 64.")
                               .arg(imageSize_));
    return;
  }
  if (!anyGate) {
    recipeHelp_->setText(tr("A %1 px model has no SLE gates: there is nothing to mix.").arg(imageSize_));
    return;
  }
  QStringList fromB;
  for (size_t i = 0; i < gates_.size(); ++i)
    if (gates_[i]->isChecked() && !gates_[i]->isHidden()) fromB << QString::number(kGateResolutions[i]);
  recipeHelp_->setText(fromB.isEmpty() ? tr("Every gate takes A: each row repeats its content image (plain sampling).")
                                       : tr("Gate(s) %1 take the style seed (B); the other gates and the layers up to "
                                            "64 px take the content seed (A).")
                                             .arg(fromB.join(QStringLiteral(", "))));
}

bool StyleMixPanel::buildRequest(bridge::StyleMixRequest* request) {
  QString error;
  request->contentSeeds = bridge::ExploreBridge::parseSeedList(contentSeeds_->text(), &error);
  if (!error.isEmpty()) {
    showError(tr("Content seeds: %1").arg(error));
    return false;
  }
  request->styleSeeds = bridge::ExploreBridge::parseSeedList(styleSeeds_->text(), &error);
  if (!error.isEmpty()) {
    showError(tr("Style seeds: %1").arg(error));
    return false;
  }
  const qsizetype mixes = request->contentSeeds.size() * request->styleSeeds.size();
  if (mixes > kMaxMixes) {
    showError(tr("%1 × %2 = %3 mixed images; at most %4 (use fewshot mix for larger grids).")
                  .arg(request->contentSeeds.size())
                  .arg(request->styleSeeds.size())
                  .arg(mixes)
                  .arg(kMaxMixes));
    return false;
  }
  request->official = recipe_->currentIndex() == 1;
  for (size_t i = 0; i < gates_.size(); ++i) request->styleGates[i] = gates_[i]->isChecked();
  request->batchStatistics = normMode_->currentIndex() == 0;
  request->latentScale = scale_->value();
  request->padding = padding_;
  error_->hide();
  error_->clear();
  shownContentSeeds_ = request->contentSeeds;
  shownStyleSeeds_ = request->styleSeeds;
  return true;
}

void StyleMixPanel::render() {
  bridge::StyleMixRequest request;
  if (!buildRequest(&request)) return;
  setRendering(true);
  Q_EMIT renderRequested(request);
}

void StyleMixPanel::setRendering(bool rendering) {
  if (rendering)
    status_->setText(tr("Rendering a %1 × %2 grid…").arg(shownContentSeeds_.size()).arg(shownStyleSeeds_.size()));
}

void StyleMixPanel::showGrid(const QImage& grid, double milliseconds, qint64 iteration) {
  grid_ = grid;
  view_->setImage(labelledMixGrid(grid, shownContentSeeds_, shownStyleSeeds_, padding_));
  saveButton_->setEnabled(!grid.isNull());
  status_->setText(tr("%1 content × %2 style seeds, rendered in %3 ms (checkpoint of iteration %4).\nTop row: "
                      "the plain style images; left column: the plain content images.")
                       .arg(shownContentSeeds_.size())
                       .arg(shownStyleSeeds_.size())
                       .arg(milliseconds, 0, 'f', 0)
                       .arg(iteration));
}

void StyleMixPanel::showError(const QString& message) {
  error_->setText(message);
  error_->show();
  status_->clear();
}

QImage StyleMixPanel::shownImage() const { return view_->image(); }

QString StyleMixPanel::errorText() const { return error_->isHidden() ? QString() : error_->text(); }

bool StyleMixPanel::saveGrid(const QString& path) { return !grid_.isNull() && grid_.save(path, "PNG"); }

}  // namespace widgets
}  // namespace fewshot
