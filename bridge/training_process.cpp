#include "bridge/training_process.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <csignal>

#include <sys/prctl.h>

namespace fewshot {
namespace bridge {

namespace {

// Reads the PNGs the events name, off the UI thread (a 256 px grid of 64 takes tens of milliseconds).
class EventImageLoader : public QObject {
  Q_OBJECT
 public:
  void load(const QVariantMap& event) {
    const QString kind = event.value("event").toString();
    const QString path = event.value("path").toString();
    QImage image;
    if ((kind == "samples" || kind == "metrics") && !path.isEmpty()) image.load(path);
    Q_EMIT loaded(event, image);
  }
 Q_SIGNALS:
  void loaded(const QVariantMap& event, const QImage& image);
};

constexpr int kErrorTailLines = 6;
// Not an event of the CLI: the launcher's end, queued behind its last events.
constexpr const char* kEnded = "studio-process-ended";

}  // namespace

TrainingProcess::TrainingProcess(QObject* parent) : QObject(parent) {
  auto* loader = new EventImageLoader;
  loader->moveToThread(&loaderThread_);
  connect(&loaderThread_, &QThread::finished, loader, &QObject::deleteLater);
  connect(this, &TrainingProcess::loadImage, loader, &EventImageLoader::load);
  connect(loader, &EventImageLoader::loaded, this, [this](const QVariantMap& e, const QImage& image) {
    if (e.value("event").toString() == QLatin1String(kEnded))
      Q_EMIT ended(e.value("problem").toString());
    else
      Q_EMIT event(e, image);
  });
  loaderThread_.start();
  // The events of one run arrive in order: each goes through the loader, images or not.
  connect(&process_, &QProcess::readyReadStandardOutput, this, &TrainingProcess::readEvents);
  connect(&process_, &QProcess::readyReadStandardError, this, [this] {
    for (const QByteArray& line : process_.readAllStandardError().split('\n')) {
      if (line.trimmed().isEmpty()) continue;
      errorTail_ << QString::fromUtf8(line.trimmed());
      while (errorTail_.size() > kErrorTailLines) errorTail_.removeFirst();
    }
  });
  connect(&process_, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
    readEvents();
    QString problem;
    if (status != QProcess::NormalExit || code != 0)
      problem = (status == QProcess::NormalExit ? tr("Training in several processes ended with exit code %1").arg(code)
                                                : tr("Training in several processes crashed")) +
                (errorTail_.isEmpty() ? QString() : QStringLiteral(": ") + errorTail_.join(QLatin1Char(' ')));
    Q_EMIT loadImage(QVariantMap{{"event", QString::fromLatin1(kEnded)}, {"problem", problem}});
  });
  connect(&process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
    if (error == QProcess::FailedToStart)
      Q_EMIT ended(tr("Could not start %1: %2").arg(process_.program(), process_.errorString()));
  });
}

TrainingProcess::~TrainingProcess() {
  if (isRunning()) {
    interrupt();
    process_.waitForFinished(-1);  // the ranks write their checkpoint first
  }
  loaderThread_.quit();
  loaderThread_.wait();
}

QString TrainingProcess::program() {
  const QString given = qEnvironmentVariable("FEWSHOT_CLI");
  if (!given.isEmpty()) return given;
  const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("fewshot"));
  if (QFileInfo(beside).isExecutable()) return beside;
  return QStandardPaths::findExecutable(QStringLiteral("fewshot"));
}

void TrainingProcess::start(const QString& runDir, int processes, const QString& device, qint64 totalIterations) {
  pending_.clear();
  errorTail_.clear();
  interrupted_ = false;
  QStringList args{QStringLiteral("train"),   QStringLiteral("--resume"), runDir,
                   QStringLiteral("--nproc"), QString::number(processes), QStringLiteral("--json")};
  if (!device.isEmpty()) args << QStringLiteral("--device") << device;
  if (totalIterations > 0) args << QStringLiteral("--iters") << QString::number(totalIterations);
  // If the studio dies, the launcher stops its ranks as after Ctrl-C (with a checkpoint).
  process_.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGINT); });
  const QString fewshot = program();
  if (fewshot.isEmpty()) {
    QMetaObject::invokeMethod(
        this,
        [this] {
          Q_EMIT ended(
              tr("The fewshot command-line program was not found beside the studio or on PATH; it trains "
                 "runs in several processes"));
        },
        Qt::QueuedConnection);
    return;
  }
  process_.start(fewshot, args);
}

void TrainingProcess::interrupt() {
  if (!isRunning() || interrupted_) return;  // a second SIGINT would abort without a checkpoint
  interrupted_ = true;
  ::kill(static_cast<pid_t>(process_.processId()), SIGINT);
}

void TrainingProcess::requestCheckpoint() {
  if (isRunning()) ::kill(static_cast<pid_t>(process_.processId()), SIGUSR1);
}

bool TrainingProcess::isRunning() const { return process_.state() != QProcess::NotRunning; }

bool TrainingProcess::waitForFinished(int msecs) { return !isRunning() || process_.waitForFinished(msecs); }

void TrainingProcess::readEvents() {
  pending_ += process_.readAllStandardOutput();
  qsizetype end;
  while ((end = pending_.indexOf('\n')) >= 0) {
    const QByteArray line = pending_.left(end).trimmed();
    pending_.remove(0, end + 1);
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (document.isObject()) Q_EMIT loadImage(document.object().toVariantMap());
  }
}

}  // namespace bridge
}  // namespace fewshot

#include "training_process.moc"
