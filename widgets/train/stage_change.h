// Notices where a multi-stage or growing run enters its next stage or phase, from the values of its
// iteration records: ConSinGAN's `stage` rising, PGGAN's `phase_resolution` doubling. The loss plots mark
// those iterations, since a loss jumps there for a reason that is not a failure.
#pragma once
#include <QString>
#include <QVariantMap>

namespace fewshot {
namespace widgets {

class StageChange {
 public:
  // The label of the stage or phase that begins with this record; empty when it continues the last one
  // (and for the first record of a run: where it starts needs no marker).
  QString observe(const QVariantMap& values);
  void reset();

 private:
  double stage_ = 0;
  double resolution_ = 0;
};

}  // namespace widgets
}  // namespace fewshot
