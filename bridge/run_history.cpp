#include "bridge/run_history.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace fewshot {
namespace bridge {

RunHistory RunHistory::load(const QString& runDir) {
  RunHistory h;
  h.runDir = QDir::cleanPath(runDir);
  const QDir dir(h.runDir);
  QFile config(dir.filePath("config.json"));
  if (!config.open(QIODevice::ReadOnly)) {
    h.error = QCoreApplication::translate("RunHistory", "%1 is not a run folder (it has no readable config.json)")
                  .arg(h.runDir);
    return h;
  }
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(config.readAll(), &parseError);
  if (!doc.isObject()) {
    h.error = QCoreApplication::translate("RunHistory", "%1 is not valid JSON: %2")
                  .arg(config.fileName(), parseError.errorString());
    return h;
  }
  h.config = doc.object().toVariantMap();

  QFile metrics(dir.filePath("metrics.jsonl"));
  if (metrics.open(QIODevice::ReadOnly)) {
    while (!metrics.atEnd()) {
      const QByteArray line = metrics.readLine().trimmed();
      if (line.isEmpty()) continue;
      const QJsonDocument record = QJsonDocument::fromJson(line);
      if (!record.isObject()) continue;
      const QVariantMap map = record.object().toVariantMap();
      const bool live =
          std::any_of(map.keyBegin(), map.keyEnd(), [](const QString& k) { return k.startsWith("metric_"); });
      (live ? h.metricRecords : h.records).append(map);
    }
  }

  static const QRegularExpression samplePattern(QStringLiteral("^iter_(\\d+)\\.png$"));
  const QDir samples(dir.filePath("samples"));
  for (const QString& name : samples.entryList({QStringLiteral("iter_*.png")}, QDir::Files)) {
    const QRegularExpressionMatch m = samplePattern.match(name);
    if (m.hasMatch()) h.samples.append({m.captured(1).toLongLong(), samples.filePath(name)});
  }
  std::sort(h.samples.begin(), h.samples.end(),
            [](const Sample& a, const Sample& b) { return a.iteration < b.iteration; });
  return h;
}

}  // namespace bridge
}  // namespace fewshot
