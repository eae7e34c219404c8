#include "widgets/explore/seed_bookmarks.h"

#include <QDir>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

#include "widgets/common/settings_keys.h"

namespace fewshot {
namespace widgets {

namespace {

// One key per run: its folder's absolute, clean path (the same run opened by another spelling).
QString runKey(const QString& runDir) { return QDir::cleanPath(QDir(runDir).absolutePath()); }

}  // namespace

SeedBookmarks::SeedBookmarks(QWidget* parent) : QWidget(parent) {
  add_ = new QPushButton(tr("Bookmark seed"));
  add_->setToolTip(tr("Keep the seed shown in this run's bookmarks (Ctrl+D)"));
  remove_ = new QPushButton(tr("Remove"));
  remove_->setToolTip(tr("Remove the selected bookmark"));
  save_ = new QPushButton(tr("Save image…"));
  save_->setToolTip(tr("Save the image shown as a PNG (Ctrl+Shift+S)"));
  send_ = new QPushButton(tr("Send to Export"));
  send_->setToolTip(tr("Export the bookmarked seeds (or the seed shown) as single images"));
  list_ = new QListWidget;
  list_->setFlow(QListView::LeftToRight);
  list_->setWrapping(true);
  list_->setMaximumHeight(64);
  list_->setToolTip(tr("Bookmarked seeds of this run; click one to show it"));

  auto* buttons = new QHBoxLayout;
  for (QPushButton* b : {add_, remove_, save_, send_}) buttons->addWidget(b);
  buttons->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(buttons);
  layout->addWidget(list_);

  connect(add_, &QPushButton::clicked, this, [this] { add(current_); });
  connect(remove_, &QPushButton::clicked, this, [this] {
    if (QListWidgetItem* item = list_->currentItem()) remove(item->data(Qt::UserRole).toLongLong());
  });
  connect(save_, &QPushButton::clicked, this, &SeedBookmarks::saveImageRequested);
  connect(send_, &QPushButton::clicked, this, [this] { Q_EMIT sendToExport(seedsForExport()); });
  connect(list_, &QListWidget::itemClicked, this,
          [this](QListWidgetItem* item) { Q_EMIT seedChosen(item->data(Qt::UserRole).toLongLong()); });
  refresh();
}

void SeedBookmarks::setRun(const QString& runDir) {
  runDir_ = runDir;
  seeds_.clear();
  if (!runDir.isEmpty()) {
    const QVariantMap all = QSettings().value(settings_keys::kSeedBookmarks).toMap();
    for (const QVariant& v : all.value(runKey(runDir)).toList()) seeds_.append(v.toLongLong());
    std::sort(seeds_.begin(), seeds_.end());
  }
  refresh();
}

void SeedBookmarks::setCurrentSeed(qint64 seed) { current_ = seed; }

void SeedBookmarks::add(qint64 seed) {
  if (runDir_.isEmpty() || seeds_.contains(seed)) return;
  seeds_.append(seed);
  std::sort(seeds_.begin(), seeds_.end());
  store();
  refresh();
}

void SeedBookmarks::remove(qint64 seed) {
  if (!seeds_.removeOne(seed)) return;
  store();
  refresh();
}

QString SeedBookmarks::seedsForExport() const {
  if (seeds_.isEmpty()) return QString::number(current_);
  QStringList parts;
  for (qint64 s : seeds_) parts << QString::number(s);
  return parts.join(QLatin1Char(','));
}

void SeedBookmarks::store() const {
  QSettings settings;
  QVariantMap all = settings.value(settings_keys::kSeedBookmarks).toMap();
  QVariantList list;
  for (qint64 s : seeds_) list.append(s);
  if (list.isEmpty())
    all.remove(runKey(runDir_));
  else
    all[runKey(runDir_)] = list;
  settings.setValue(settings_keys::kSeedBookmarks, all);
}

void SeedBookmarks::refresh() {
  list_->clear();
  for (qint64 s : seeds_) {
    auto* item = new QListWidgetItem(tr("seed %1").arg(s));
    item->setData(Qt::UserRole, s);
    list_->addItem(item);
  }
  const bool run = !runDir_.isEmpty();
  for (QPushButton* b : {add_, save_, send_}) b->setEnabled(run);
  remove_->setEnabled(run && !seeds_.isEmpty());
}

}  // namespace widgets
}  // namespace fewshot
