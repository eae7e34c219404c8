// What keeps the Train tab's settings from starting a run, tied to the field to fix: the dataset and run
// folder in the studio's words, then the core's validation, which names the setting and hands its key.
// Also the dataset-size check behind the "far too small for the batch" warning.
#pragma once
#include <QString>
#include <QVariantMap>

class QWidget;

namespace fewshot {
namespace widgets {

struct StartProblem {
  QString field;    // config key of the field to fix ("data", "run_dir", "batch_size", ...); may be empty
  QString message;  // empty: the settings can start
};

// Missing or wrong dataset / run folder first, then the core's validation.
StartProblem checkStart(const QVariantMap& config);
// Why Start is disabled (no dataset, no run folder), for its tooltip; empty when it can be pressed.
QString startBlocker(const QVariantMap& config);

// Image files at `path` (a folder, scanned recursively, or one image file), counting up to `limit`.
int countImageFiles(const QString& path, int limit);
// The warning when a multi-image family gets fewer images than one batch holds; empty otherwise.
QString smallDatasetWarning(const QVariantMap& config);

// Frames `field` red (or clears it) with the message as its tooltip.
void markInvalid(QWidget* field, const QString& message);

}  // namespace widgets
}  // namespace fewshot
