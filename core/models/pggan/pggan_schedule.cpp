#include "core/models/pggan/pggan_schedule.h"

#include <algorithm>
#include <cmath>

namespace fewshot::pggan {

PhaseState phaseAt(double imagesShown, double stabiliseImages, double fadeImages, int finalLog2) {
  const double period = stabiliseImages + fadeImages;
  const double phase = std::floor(imagesShown / period);
  const double u = imagesShown - phase * period;
  PhaseState s;
  s.lod = std::max(0.0, (finalLog2 - 2) - phase - std::max(u - stabiliseImages, 0.0) / fadeImages);
  s.lodFloor = static_cast<int>(std::floor(s.lod));
  s.lodCeil = static_cast<int>(std::ceil(s.lod));
  s.resolutionLog2 = finalLog2 - s.lodFloor;
  s.resolution = 1 << s.resolutionLog2;
  s.alpha = 1.0 - (s.lod - s.lodFloor);
  return s;
}

int64_t iterationsToShow(double images, const PgganConfig& config, int batchSize) {
  const double stabilise = config.stabiliseKimg * 1000.0, fade = config.fadeKimg * 1000.0;
  int64_t iterations = 0;
  for (double shown = 0; shown < images; ++iterations)
    shown += config.batchAt(phaseAt(shown, stabilise, fade, config.finalLog2()).resolution, batchSize);
  return iterations;
}

}  // namespace fewshot::pggan
