#include "widgets/export/export_tab.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "widgets/common/settings_keys.h"
#include "widgets/export/export_form.h"
#include "widgets/export/export_image_form.h"
#include "widgets/export/export_misc_forms.h"
#include "widgets/export/export_progress_panel.h"
#include "widgets/export/export_video_form.h"

namespace fewshot {
namespace widgets {

namespace {
const char* kLastFolderKey = settings_keys::kExportLastFolder;
}

ExportTab::ExportTab(QWidget* parent) : QWidget(parent) {
  bridge_ = new bridge::ExportBridge(this);
  setFocusPolicy(Qt::ClickFocus);
  header_ = new QLabel;
  header_->setObjectName(QStringLiteral("exportHeader"));
  header_->setWordWrap(true);
  kinds_ = new QListWidget;
  kinds_->setObjectName(QStringLiteral("exportKinds"));
  kinds_->setMaximumWidth(230);
  forms_ = new QStackedWidget;
  formList_ = {new ExportImageForm(Kind::SampleGrid), new ExportImageForm(Kind::SingleImages), new ExportVideoForm,
               new ExportTimelapseForm, new ExportLatentsForm, new ExportModelForm};
  const QStringList names = {tr("Sample grid"),        tr("Single images"), tr("Interpolation video"),
                             tr("Training timelapse"), tr("Latents (JSON)"), tr("Generator (PyTorch, ONNX)")};
  for (int i = 0; i < formList_.size(); ++i) {
    kinds_->addItem(names[i]);
    forms_->addWidget(formList_[i]);
    connect(formList_[i], &ExportForm::changed, this, [this, form = formList_[i]] {
      if (form == forms_->currentWidget()) updateDefaultOutput(false);  // hidden pages change on setRun
    });
  }
  auto* top = new QHBoxLayout;
  top->addWidget(kinds_);
  top->addWidget(forms_, 1);

  output_ = new QLineEdit;
  output_->setObjectName(QStringLiteral("exportOutput"));
  browse_ = new QPushButton(tr("Browse…"));
  export_ = new QPushButton(tr("Export"));
  export_->setObjectName(QStringLiteral("exportButton"));
  export_->setDefault(true);
  export_->setToolTip(tr("Start the export (Ctrl+Return)"));
  auto* outputRow = new QHBoxLayout;
  outputRow->addWidget(new QLabel(tr("Output:")));
  outputRow->addWidget(output_, 1);
  outputRow->addWidget(browse_);
  outputRow->addWidget(export_);
  progress_ = new ExportProgressPanel;

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(header_);
  layout->addLayout(top, 1);
  layout->addLayout(outputRow);
  layout->addWidget(progress_);

  connect(kinds_, &QListWidget::currentRowChanged, this, &ExportTab::onKindChanged);
  connect(output_, &QLineEdit::textEdited, this, [this](const QString& path) {
    outputEdited_ = true;
    formList_[forms_->currentIndex()]->outputChosen(path);
  });
  connect(browse_, &QPushButton::clicked, this, &ExportTab::browse);
  connect(export_, &QPushButton::clicked, this, &ExportTab::startExport);
  auto* exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
  exportKey->setContext(Qt::WidgetWithChildrenShortcut);
  connect(exportKey, &QShortcut::activated, this, &ExportTab::startExport);
  auto* exportKeyPad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
  exportKeyPad->setContext(Qt::WidgetWithChildrenShortcut);
  connect(exportKeyPad, &QShortcut::activated, this, &ExportTab::startExport);
  auto* cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
  cancelKey->setContext(Qt::WidgetWithChildrenShortcut);
  connect(cancelKey, &QShortcut::activated, this, &ExportTab::cancelExport);
  connect(progress_, &ExportProgressPanel::cancelRequested, bridge_, &bridge::ExportBridge::cancel);

  connect(bridge_, &bridge::ExportBridge::progress, progress_, &ExportProgressPanel::setProgress);
  connect(bridge_, &bridge::ExportBridge::finished, this, [this](const QString& path, const QString& summary) {
    setBusy(false);
    if (hasFocus()) export_->setFocus(Qt::OtherFocusReason);
    progress_->showResult(path, summary);
    refreshRun();  // e.g. the exports folder now exists
  });
  connect(bridge_, &bridge::ExportBridge::failed, this, [this](const QString& message) {
    setBusy(false);
    progress_->showError(message);
  });
  connect(bridge_, &bridge::ExportBridge::cancelled, this, [this] {
    setBusy(false);
    progress_->showCancelled();
  });
  setRun({});
}

void ExportTab::setRun(const QString& runDir) {
  const bool changedRun = runDir != runDir_;
  runDir_ = runDir;
  if (changedRun) outputEdited_ = false;
  refreshRun();
}

void ExportTab::checkpointSaved(qint64 iteration) {
  (void)iteration;  // inspectRun reads the newest checkpoint and the sample count from the folder
  refreshRun();
}

void ExportTab::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  refreshRun();  // training may have saved sample grids since
}

void ExportTab::refreshRun() {
  info_ = runDir_.isEmpty() ? QVariantMap() : bridge::ExportBridge::inspectRun(runDir_);
  if (runDir_.isEmpty()) {
    header_->setText(tr("Open a run (File ▸ Open folder, or the Runs sidebar) or train one to export from it."));
  } else if (info_.contains("error")) {
    header_->setText(info_.value("error").toString());
  } else {
    QStringList parts{info_.value("familyName").toString()};
    if (info_.value("imageSize").toInt() > 0) parts << tr("%1 px").arg(info_.value("imageSize").toInt());
    const qint64 it = info_.value("iteration").toLongLong();
    parts << (it >= 0 ? tr("newest checkpoint: iteration %1").arg(it) : tr("no checkpoint yet"));
    parts << tr("%n sample grid(s)", nullptr, info_.value("samples").toInt());
    header_->setText(
        tr("<b>%1</b> — %2").arg(QFileInfo(runDir_).fileName().toHtmlEscaped(), parts.join(QStringLiteral(", "))));
  }
  for (ExportForm* f : formList_) f->setRunInfo(info_);
  updateKinds();
}

void ExportTab::updateKinds() {
  int firstEnabled = -1;
  for (int i = 0; i < formList_.size(); ++i) {
    QListWidgetItem* item = kinds_->item(i);
    const QString reason = bridge::ExportBridge::unavailableReason(info_, formList_[i]->kind());
    item->setFlags(reason.isEmpty() ? Qt::ItemFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable) : Qt::ItemFlags());
    item->setToolTip(reason);
    if (reason.isEmpty() && firstEnabled < 0) firstEnabled = i;
  }
  const int current = kinds_->currentRow();
  if (current < 0 || !(kinds_->item(current)->flags() & Qt::ItemIsEnabled))
    kinds_->setCurrentRow(firstEnabled);  // -1 (nothing selectable) when no run
  onKindChanged();
}

void ExportTab::onKindChanged() {
  const int row = kinds_->currentRow();
  const bool usable = row >= 0 && (kinds_->item(row)->flags() & Qt::ItemIsEnabled);
  const bool kindChanged = row >= 0 && row != forms_->currentIndex();
  if (row >= 0) forms_->setCurrentIndex(row);
  updateDefaultOutput(kindChanged);
  setBusy(busy_);
}

QString ExportTab::exportsDir() const { return QDir(runDir_).filePath(QStringLiteral("exports")); }

void ExportTab::updateDefaultOutput(bool kindChanged) {
  if (runDir_.isEmpty()) {
    output_->clear();
    lastDefaultName_.clear();
    return;
  }
  ExportForm* form = formList_[forms_->currentIndex()];
  const QString name = form->defaultName(), path = output_->text(), suffix = form->suffix();
  const QFileInfo info(path);
  if (!outputEdited_ || path.isEmpty()) {
    propose(QDir(exportsDir()).filePath(name));
  } else if (kindChanged || info.fileName() == lastDefaultName_) {
    // The user chose the folder but kept the proposed name: keep the folder, follow the options.
    propose(QDir(info.path()).filePath(name));
  } else if (!suffix.isEmpty() && info.suffix().toLower() != suffix) {
    output_->setText(QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
  }
}

// A proposed name never replaces an earlier export: the next free "-2", "-3" ... instead.
void ExportTab::propose(const QString& path) {
  const QString free = availableOutputPath(path);
  output_->setText(free);
  lastDefaultName_ = QFileInfo(free).fileName();
}

bool ExportTab::confirmOverwrite(const QString& output, bool folder) {
  const QFileInfo info(output);
  const bool occupied = folder ? info.isDir() && !QDir(output).isEmpty() : info.exists();
  if (!occupied || output == confirmedOutput_) return true;
  const QString question =
      folder ? tr("The folder %1 already holds files; images of the same seeds will be replaced.").arg(output)
             : tr("%1 already exists.").arg(output);
  QMessageBox box(QMessageBox::Warning, tr("Replace?"), question, QMessageBox::Cancel, this);
  box.setObjectName(QStringLiteral("overwriteQuestion"));
  QPushButton* replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
  box.setDefaultButton(QMessageBox::Cancel);
  box.exec();
  return box.clickedButton() == replace;
}

void ExportTab::browse() {
  ExportForm* form = formList_[forms_->currentIndex()];
  QString start = output_->text();
  const QString last = QSettings().value(kLastFolderKey).toString();
  if (!outputEdited_ && !last.isEmpty() && QFileInfo(last).isDir())
    start = QDir(last).filePath(QFileInfo(output_->text()).fileName());
  QString chosen;
  if (form->outputIsFolder()) {
    chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the images"),
                                               QFileInfo(start).isDir() ? start : QFileInfo(start).path());
  } else {
    chosen = QFileDialog::getSaveFileName(this, tr("Export to"), start, form->fileFilter());
    if (!chosen.isEmpty() && QFileInfo(chosen).suffix().isEmpty()) chosen += QLatin1Char('.') + form->suffix();
  }
  if (chosen.isEmpty()) return;
  QSettings().setValue(kLastFolderKey, form->outputIsFolder() ? chosen : QFileInfo(chosen).path());
  setOutputPath(chosen);
  if (!form->outputIsFolder()) confirmedOutput_ = QFileInfo(chosen).absoluteFilePath();  // the dialog asked
}

void ExportTab::setOutputPath(const QString& path) {
  outputEdited_ = true;
  output_->setText(path);
  formList_[forms_->currentIndex()]->outputChosen(path);
}

QString ExportTab::outputPath() const { return output_->text(); }

bool ExportTab::useSeeds(const QString& seeds) {
  if (!selectKind(Kind::SingleImages)) return false;
  auto* images = qobject_cast<ExportImageForm*>(form(Kind::SingleImages));
  if (!images) return false;
  images->setSeeds(seeds);
  return true;
}

bool ExportTab::selectKind(Kind kind) {
  for (int i = 0; i < formList_.size(); ++i)
    if (formList_[i]->kind() == kind) {
      if (!(kinds_->item(i)->flags() & Qt::ItemIsEnabled)) return false;
      kinds_->setCurrentRow(i);
      return true;
    }
  return false;
}

ExportTab::Kind ExportTab::currentKind() const { return formList_[forms_->currentIndex()]->kind(); }

ExportForm* ExportTab::form(Kind kind) const {
  for (ExportForm* f : formList_)
    if (f->kind() == kind) return f;
  return nullptr;
}

bool ExportTab::kindEnabled(Kind kind) const {
  const int i = static_cast<int>(formList_.indexOf(form(kind)));
  return i >= 0 && (kinds_->item(i)->flags() & Qt::ItemIsEnabled);
}

QString ExportTab::kindToolTip(Kind kind) const {
  const int i = static_cast<int>(formList_.indexOf(form(kind)));
  return i >= 0 ? kinds_->item(i)->toolTip() : QString();
}

QString ExportTab::resultText() const { return progress_->resultText(); }

void ExportTab::startExport() {
  if (busy_ || runDir_.isEmpty() || !kindEnabled(currentKind())) return;
  bridge::ExportJob job;
  job.kind = currentKind();
  job.runDir = runDir_;
  job.output = QDir::cleanPath(output_->text().trimmed());
  if (!job.output.isEmpty()) job.output = QFileInfo(job.output).absoluteFilePath();
  form(job.kind)->applyTo(job);
  if (!job.output.isEmpty() && !confirmOverwrite(job.output, form(job.kind)->outputIsFolder())) return;
  confirmedOutput_.clear();
  if (!bridge_->start(job)) return;
  // The focused field is about to be disabled: keep the focus in the tab so that Esc still cancels.
  setFocus(Qt::OtherFocusReason);
  setBusy(true);
  progress_->begin(kinds_->currentItem()->text());
}

void ExportTab::cancelExport() { progress_->requestCancel(); }

void ExportTab::setBusy(bool busy) {
  busy_ = busy;
  const int row = kinds_->currentRow();
  const bool usable = row >= 0 && (kinds_->item(row)->flags() & Qt::ItemIsEnabled);
  kinds_->setEnabled(!busy);
  forms_->setEnabled(usable && !busy);
  output_->setEnabled(!runDir_.isEmpty() && !busy);
  browse_->setEnabled(!runDir_.isEmpty() && !busy);
  export_->setEnabled(usable && !busy);
}

}  // namespace widgets
}  // namespace fewshot
