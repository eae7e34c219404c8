// Integer nearest-neighbour upscaling of animation frames: a 64 px run's video at 256 or 512 px with
// crisp pixels instead of a blurry player-side scale.
#pragma once
#include <memory>

#include "core/data/image_u8.h"
#include "core/io/frame_sink.h"

namespace fewshot::io {

// Every pixel becomes a factor x factor block. factor 1 returns a copy.
data::ImageU8 upscaleNearest(const data::ImageU8& image, int factor);

// Passes each frame to `inner` upscaled by `factor` (inner was opened for the upscaled size).
std::unique_ptr<FrameSink> upscalingSink(std::unique_ptr<FrameSink> inner, int factor);

}  // namespace fewshot::io
