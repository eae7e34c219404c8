#include "widgets/dataset/welcome_panel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fewshot {
namespace widgets {
namespace {

constexpr int kRecentShown = 5;

}  // namespace

WelcomePanel::WelcomePanel(QWidget* parent) : QWidget(parent) {
  setObjectName("welcomePanel");
  auto* outer = new QVBoxLayout(this);
  outer->addStretch(1);

  auto* title = new QLabel(tr("Start with a few images"));
  QFont titleFont = title->font();
  titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
  titleFont.setBold(true);
  title->setFont(titleFont);
  title->setAlignment(Qt::AlignCenter);
  auto* intro = new QLabel(tr("FewShot Studio learns to make new images like yours from about a hundred "
                              "pictures of one kind, or from a single image."));
  intro->setWordWrap(true);
  intro->setAlignment(Qt::AlignCenter);

  // The drop target: the whole tab accepts drops, the dashed frame says so.
  auto* drop = new QFrame;
  drop->setObjectName("dropTarget");
  drop->setStyleSheet(QStringLiteral("#dropTarget { border: 2px dashed palette(mid); border-radius: 8px; }"));
  auto* dropLayout = new QVBoxLayout(drop);
  dropLayout->setContentsMargins(24, 24, 24, 24);
  auto* dropHint = new QLabel(tr("Drop a folder of images, or one image, here"));
  dropHint->setAlignment(Qt::AlignCenter);
  auto* openButtons = new QHBoxLayout;
  auto* openFolder = new QPushButton(tr("Open Folder..."));
  openFolder->setObjectName("welcomeOpenFolder");
  auto* openImage = new QPushButton(tr("Open Image..."));
  openImage->setObjectName("welcomeOpenImage");
  openImage->setToolTip(tr("One image, for single-image models such as ConSinGAN"));
  openButtons->addStretch(1);
  openButtons->addWidget(openFolder);
  openButtons->addWidget(openImage);
  openButtons->addStretch(1);
  dropLayout->addWidget(dropHint);
  dropLayout->addLayout(openButtons);

  auto* sampleRow = new QHBoxLayout;
  sample_ = new QPushButton(tr("Try the sample dataset"));
  sample_->setObjectName("trySampleDataset");
  sample_->setToolTip(tr("100 emoji faces from the Noto Color Emoji font, drawn on this computer"));
  sampleRow->addStretch(1);
  sampleRow->addWidget(new QLabel(tr("No images at hand?")));
  sampleRow->addWidget(sample_);
  sampleRow->addStretch(1);

  status_ = new QLabel;
  status_->setObjectName("welcomeStatus");
  status_->setWordWrap(true);
  status_->setAlignment(Qt::AlignCenter);
  status_->hide();
  recent_ = new QLabel;
  recent_->setObjectName("welcomeRecent");
  recent_->setAlignment(Qt::AlignCenter);
  recent_->setTextFormat(Qt::RichText);
  recent_->hide();

  auto* column = new QVBoxLayout;
  column->setSpacing(14);
  column->addWidget(title);
  column->addWidget(intro);
  column->addWidget(drop);
  column->addLayout(sampleRow);
  column->addWidget(status_);
  column->addWidget(recent_);
  auto* centred = new QHBoxLayout;
  centred->addStretch(1);
  centred->addLayout(column, 4);
  centred->addStretch(1);
  outer->addLayout(centred);
  outer->addStretch(2);

  connect(openFolder, &QPushButton::clicked, this, &WelcomePanel::openFolderRequested);
  connect(openImage, &QPushButton::clicked, this, &WelcomePanel::openImageRequested);
  connect(sample_, &QPushButton::clicked, this, &WelcomePanel::sampleRequested);
  connect(recent_, &QLabel::linkActivated, this, [this](const QString& link) {
    const int index = link.mid(1).toInt();  // "#N": the paths themselves may hold any character
    if (index >= 0 && index < recentPaths_.size()) Q_EMIT pathRequested(recentPaths_[index]);
  });
}

void WelcomePanel::setRecentPaths(const QStringList& paths) {
  recentPaths_ = paths.mid(0, kRecentShown);
  QStringList links;
  for (int i = 0; i < recentPaths_.size(); ++i)
    links << QStringLiteral("<a href=\"#%1\">%2</a>").arg(i).arg(recentPaths_[i].toHtmlEscaped());
  recent_->setText(tr("Recent datasets:") + QStringLiteral("<br>") + links.join(QStringLiteral("<br>")));
  recent_->setVisible(!recentPaths_.isEmpty());
}

void WelcomePanel::setStatus(const QString& text, bool error) {
  status_->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
  status_->setText(text);
  status_->setVisible(!text.isEmpty());
}

void WelcomePanel::setSampleBusy(bool busy) {
  sample_->setEnabled(!busy);
  if (busy) setStatus(tr("Drawing the sample dataset..."));
}

}  // namespace widgets
}  // namespace fewshot
