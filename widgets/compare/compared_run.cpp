#include "widgets/compare/compared_run.h"

#include <algorithm>

namespace fewshot {
namespace widgets {

qint64 ComparedRun::batchSize() const {
  const qint64 batch = history.config.value(QStringLiteral("batch_size")).toLongLong();
  return batch > 0 ? batch : 1;
}

double ComparedRun::x(qint64 iteration, RunAlignment alignment) const {
  const double it = static_cast<double>(iteration);
  return alignment == RunAlignment::ImagesSeen ? it * static_cast<double>(batchSize()) : it;
}

const bridge::RunHistory::Sample* ComparedRun::sampleAtOrBefore(double at, RunAlignment alignment) const {
  const auto& samples = history.samples;  // sorted by iteration, so also by x
  auto after = std::upper_bound(samples.begin(), samples.end(), at,
                                [&](double value, const auto& s) { return value < x(s.iteration, alignment); });
  return after == samples.begin() ? nullptr : &*(after - 1);
}

}  // namespace widgets
}  // namespace fewshot
