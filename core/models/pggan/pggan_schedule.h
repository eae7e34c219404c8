// The growth schedule (spec §6.1) as a pure function of the number of real images shown to D.
#pragma once
#include <cstdint>

#include "core/models/pggan/pggan_config.h"

namespace fewshot::pggan {

struct PhaseState {
  double lod = 0;         // log2(final) - log2(current), fractional during a fade
  int resolutionLog2 = 2; // log2 of the resolution G and D run at (the new one during a fade)
  int resolution = 4;
  double alpha = 1;       // weight of the new layers: 0 at the start of a fade, 1 when stable
  int lodFloor = 0, lodCeil = 0;  // Adam is reset whenever either changes
};

// t: images shown; stabiliseImages / fadeImages: T and F in images; finalLog2: log2(final resolution).
PhaseState phaseAt(double imagesShown, double stabiliseImages, double fadeImages, int finalLog2);

// Iterations the trainer needs until `images` real images have been shown, with the config's schedule
// and per-resolution minibatch sizes (`batchSize` elsewhere): the official total_kimg as an iteration count.
int64_t iterationsToShow(double images, const PgganConfig& config, int batchSize);

}  // namespace fewshot::pggan
