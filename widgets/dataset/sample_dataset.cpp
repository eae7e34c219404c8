#include "widgets/dataset/sample_dataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace fewshot {
namespace widgets {
namespace {

constexpr const char* kRendererName = "fewshot-sample-dataset";
// FOLDER.complete, beside the folder (inside it, the import report would list it as a skipped file):
// written after the renderer succeeded; a folder without it was interrupted and is rendered again.
QString markerPath(const QString& folder) { return QDir::cleanPath(folder) + QStringLiteral(".complete"); }

}  // namespace

SampleDatasetMaker::SampleDatasetMaker(QObject* parent) : QObject(parent) {}

QString SampleDatasetMaker::rendererPath() {
  const QString fromEnvironment = qEnvironmentVariable("FEWSHOT_SAMPLE_RENDERER");
  if (!fromEnvironment.isEmpty()) return QFileInfo(fromEnvironment).isExecutable() ? fromEnvironment : QString();
  const QString beside = QCoreApplication::applicationDirPath() + QLatin1Char('/') + kRendererName;
  if (QFileInfo(beside).isExecutable()) return beside;
  return QStandardPaths::findExecutable(kRendererName);
}

QString SampleDatasetMaker::defaultFolder() {
  const QString fromEnvironment = qEnvironmentVariable("FEWSHOT_SAMPLE_DATASET_DIR");
  if (!fromEnvironment.isEmpty()) return QDir::cleanPath(fromEnvironment);
  return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sample-dataset");
}

bool SampleDatasetMaker::isRendered(const QString& folder) {
  return QFileInfo::exists(markerPath(folder));
}

bool SampleDatasetMaker::isRunning() const { return process_ != nullptr; }

void SampleDatasetMaker::start(const QString& folder) {
  if (process_) return;
  if (isRendered(folder)) {
    Q_EMIT ready(folder);
    return;
  }
  const QString renderer = rendererPath();
  if (renderer.isEmpty()) {
    Q_EMIT failed(tr("The sample dataset cannot be made: the program %1 is not installed beside the studio. "
                     "Reinstall FewShot Studio, or open a folder of your own images.")
                      .arg(kRendererName));
    return;
  }
  if (!QDir().mkpath(folder)) {
    Q_EMIT failed(tr("The sample dataset cannot be made: the folder %1 cannot be created.").arg(folder));
    return;
  }
  folder_ = folder;
  process_ = new QProcess(this);
  process_->setProcessChannelMode(QProcess::MergedChannels);
  connect(process_, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
    onFinished(status == QProcess::NormalExit ? exitCode : -1);
  });
  connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
    if (error == QProcess::FailedToStart) onFinished(-1);
  });
  process_->start(renderer, {folder});
}

void SampleDatasetMaker::onFinished(int exitCode) {
  if (!process_) return;
  const QString output = QString::fromLocal8Bit(process_->readAll()).trimmed();
  process_->deleteLater();
  process_ = nullptr;
  if (exitCode != 0) {
    QString why = output.section(QLatin1Char('\n'), 0, 0);
    if (why.isEmpty()) why = tr("the renderer did not run");
    Q_EMIT failed(tr("The sample dataset could not be made in %1: %2").arg(folder_, why));
    return;
  }
  QFile marker(markerPath(folder_));
  if (!marker.open(QIODevice::WriteOnly)) {
    Q_EMIT failed(tr("The sample dataset could not be made in %1: the folder is not writable.").arg(folder_));
    return;
  }
  marker.close();
  Q_EMIT ready(folder_);
}

}  // namespace widgets
}  // namespace fewshot
