// One run of the run comparison: what its folder holds (bridge::RunHistory), the colour it is drawn in,
// and where its iterations fall on the comparison's x axis: the iteration itself, or the images the
// discriminator has seen (iteration × the run's batch size), which lines up runs of different batch sizes.
#pragma once
#include <QColor>
#include <QString>

#include "bridge/run_history.h"

namespace fewshot {
namespace widgets {

enum class RunAlignment { Iteration, ImagesSeen };

struct ComparedRun {
  QString name;  // shown in the legend and over the run's sample grid
  QColor color;
  bridge::RunHistory history;

  // config.json's batch_size; 1 when the config has none, so that images seen stays the iteration.
  qint64 batchSize() const;
  double x(qint64 iteration, RunAlignment alignment) const;
  // The newest sample grid at or before `x` (in `alignment`'s unit); nullptr before the first grid.
  const bridge::RunHistory::Sample* sampleAtOrBefore(double x, RunAlignment alignment) const;
};

}  // namespace widgets
}  // namespace fewshot
