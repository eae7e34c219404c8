#include "widgets/explore/seed_grid_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "widgets/explore/seed_grid_view.h"

namespace fewshot {
namespace widgets {

namespace {
constexpr int kMaxFirstSeed = 2147483647;  // the seed view's range
}  // namespace

SeedGridPanel::SeedGridPanel(QWidget* parent) : QWidget(parent) {
  view_ = new SeedGridView;
  view_->setToolTip(tr("Click a seed to show it in the Seeds tab; Ctrl+click bookmarks it."));
  firstSeed_ = new QSpinBox;
  firstSeed_->setRange(0, kMaxFirstSeed);
  firstSeed_->setAccelerated(true);
  firstSeed_->setToolTip(tr("The seed of the top-left cell; the others follow row by row"));
  rows_ = new QSpinBox;
  rows_->setRange(1, kMaxSide);
  rows_->setValue(3);
  rows_->setToolTip(tr("Rows"));
  columns_ = new QSpinBox;
  columns_->setRange(1, kMaxSide);
  columns_->setValue(4);
  columns_->setToolTip(tr("Columns"));
  previous_ = new QToolButton;
  previous_->setText(QStringLiteral("◀"));
  previous_->setToolTip(tr("The previous page of seeds"));
  next_ = new QToolButton;
  next_->setText(QStringLiteral("▶"));
  next_->setToolTip(tr("The next page of seeds"));
  stats_ = new QLabel(tr("Not rendered yet"));
  stats_->setWordWrap(true);

  auto* controls = new QHBoxLayout;
  controls->addWidget(new QLabel(tr("From seed")));
  controls->addWidget(firstSeed_, 1);
  controls->addWidget(previous_);
  controls->addWidget(next_);
  controls->addSpacing(12);
  controls->addWidget(rows_);
  controls->addWidget(new QLabel(QStringLiteral("×")));
  controls->addWidget(columns_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(controls);
  layout->addWidget(view_, 1);
  layout->addWidget(stats_);

  for (QSpinBox* box : {firstSeed_, rows_, columns_})
    connect(box, &QSpinBox::valueChanged, this, &SeedGridPanel::requestChanged);
  connect(previous_, &QToolButton::clicked, this, [this] { turnPage(-1); });
  connect(next_, &QToolButton::clicked, this, [this] { turnPage(1); });
  connect(view_, &SeedGridView::seedClicked, this, &SeedGridPanel::seedClicked);
  connect(view_, &SeedGridView::bookmarkRequested, this, &SeedGridPanel::bookmarkRequested);
}

bridge::SeedGridRequest SeedGridPanel::request() const {
  bridge::SeedGridRequest r;
  r.firstSeed = static_cast<quint64>(firstSeed_->value());
  r.rows = rows_->value();
  r.columns = columns_->value();
  return r;
}

void SeedGridPanel::setFirstSeed(quint64 seed) {
  firstSeed_->setValue(static_cast<int>(std::min<quint64>(seed, kMaxFirstSeed)));
}

void SeedGridPanel::setShape(int rows, int columns) {
  const QSignalBlocker blockRows(rows_);  // one request for both
  rows_->setValue(rows);
  columns_->setValue(columns);
  Q_EMIT requestChanged();
}

void SeedGridPanel::turnPage(int direction) {
  const qint64 page = static_cast<qint64>(rows_->value()) * columns_->value();
  setFirstSeed(static_cast<quint64>(std::max<qint64>(0, firstSeed_->value() + direction * page)));
}

void SeedGridPanel::showGrid(const QList<QImage>& images, const QList<quint64>& seeds, int columns, double milliseconds,
                             qint64 iteration) {
  view_->setCells(images, seeds, columns);
  stats_->setText(seeds.isEmpty() ? QString()
                                  : tr("Seeds %1–%2 · iteration %3 · %4 ms. Latent scale and batch norm as in the "
                                       "Seeds tab.")
                                        .arg(seeds.first())
                                        .arg(seeds.last())
                                        .arg(iteration)
                                        .arg(milliseconds, 0, 'f', 0));
}

void SeedGridPanel::showMessage(const QString& text) { view_->setPlaceholder(text); }
QString SeedGridPanel::statsText() const { return stats_->text(); }

}  // namespace widgets
}  // namespace fewshot
