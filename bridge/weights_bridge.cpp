#include "bridge/weights_bridge.h"

#include <QFutureWatcher>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include "core/features/weights_fetch.h"

namespace fewshot {
namespace bridge {

struct WeightsBridge::Private {
  QFutureWatcher<QPair<bool, QString>> watcher;
  QString python = QStringLiteral("/usr/bin/python3");
};

WeightsBridge::WeightsBridge(QObject* parent) : QObject(parent), d_(new Private) {
  connect(&d_->watcher, &QFutureWatcher<QPair<bool, QString>>::finished, this, [this] {
    const QPair<bool, QString> result = d_->watcher.result();
    Q_EMIT finished(result.first, result.second);
  });
}

WeightsBridge::~WeightsBridge() {
  d_->watcher.waitForFinished();
  delete d_;
}

bool WeightsBridge::weightsReady() { return features::efficientNetWeightsStatus().ready(); }

QString WeightsBridge::weightsDirectory() {
  return QString::fromStdString(features::efficientNetWeightsStatus().directory);
}

bool WeightsBridge::isFetching() const { return d_->watcher.isRunning(); }

void WeightsBridge::setPython(const QString& python) { d_->python = python; }

void WeightsBridge::fetch() {
  if (isFetching()) return;
  features::WeightsFetchOptions options;
  options.python = d_->python.toStdString();
  // The destructor waits for the worker, so `this` outlives it; queued steps die with the object.
  d_->watcher.setFuture(QtConcurrent::run([options, this]() -> QPair<bool, QString> {
    try {
      const auto onStep = [this](int i, int n, const std::string& s) {
        const QString sentence = QString::fromStdString(s);
        QMetaObject::invokeMethod(this, [this, i, n, sentence] { Q_EMIT step(i, n, sentence); }, Qt::QueuedConnection);
      };
      const std::string path = features::fetchEfficientNetWeights(options, onStep);
      return {true, QString::fromStdString(path)};
    } catch (const std::exception& e) {
      return {false, QString::fromStdString(e.what())};
    }
  }));
}

}  // namespace bridge
}  // namespace fewshot
