// What a run folder already holds, for reopening it in the studio: its config, every record of
// metrics.jsonl (plots) and the sample grids in samples/ (timelapse), oldest first.
#pragma once
#include <QString>
#include <QVariantMap>
#include <QVector>

namespace fewshot {
namespace bridge {

struct RunHistory {
  struct Sample {
    qint64 iteration = 0;
    QString path;
  };
  QString runDir;
  QVariantMap config;             // config.json
  QVector<QVariantMap> records;   // metrics.jsonl's iteration lines ("iteration", "loss_*", ...)
  QVector<QVariantMap> metricRecords;  // its live-evaluation lines ("iteration", "metric_*", ...)
  QVector<Sample> samples;        // samples/iter_<n>.png sorted by n
  QString error;                  // set when the folder is not a readable run

  bool ok() const { return error.isEmpty(); }
  qint64 lastIteration() const { return records.isEmpty() ? 0 : records.back().value("iteration").toLongLong(); }

  // A torn last line of metrics.jsonl (crash mid-write) is skipped, as the core does.
  static RunHistory load(const QString& runDir);
};

}  // namespace bridge
}  // namespace fewshot
