// The growth schedule (spec §6.1) as a pure function of the number of real images shown to D.
#pragma once
#include <cstdint>

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

}  // namespace fewshot::pggan
