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
// The training draws made on the GPU in the device-random mode.
inline uint64_t deviceRandom(uint64_t runSeed) { return runSeed ^ 0xd1ce5eedull; }

}  // namespace fewshot::seeds
