// The derived random streams of a run. Each stream gets its own seed from the run seed, so drawing more
// from one (a longer sample grid, a metrics evaluation) never shifts another (training).
#pragma once
#include <cstdint>

namespace fewshot::seeds {

// The batch sampler's shuffles and flips.
inline uint64_t batchSampler(uint64_t runSeed) { return runSeed ^ 0x9e3779b97f4a7c15ull; }
// The fixed latents of the sample grids written during training.
inline uint64_t fixedLatents(uint64_t runSeed) { return runSeed + 1; }
// The noise injections of sampling from `seed` (grids, seeds of the explorer and exports).
inline uint64_t sampleNoise(uint64_t seed) { return seed + 0x5eed5a3c; }
// The latents of the live metrics' samples.
inline uint64_t liveMetrics(uint64_t runSeed) { return runSeed + 0x3e7a1c5ull; }
// The training draws of rank `rank` > 0 of a data-parallel run, from `iteration` on (rank 0 keeps the run's
// own stream, so a one-process run draws as before).
inline uint64_t rankStream(uint64_t runSeed, int rank, int64_t iteration) {
  return runSeed ^ (0x6a09e667f3bcc909ull * static_cast<uint64_t>(rank)) ^
         (0x3c6ef372fe94f82bull * static_cast<uint64_t>(iteration + 1));
}
// The training draws made on the GPU in the device-random mode.
inline uint64_t deviceRandom(uint64_t runSeed) { return runSeed ^ 0xd1ce5eedull; }

}  // namespace fewshot::seeds
