// The image codec layer (OpenCV when the build has it; see image_decoder.cpp). decodeImageFile() and
// preprocessImage() are declared in dataset_import.h; these are the pieces around them.
#pragma once
#include <array>
#include <cstdint>
#include <string>

#include "core/data/dataset_import.h"
#include "core/data/image_u8.h"

namespace fewshot::data {

// False in builds without OpenCV: they can load dataset packs but not decode image files.
bool hasImageDecoder();
// Identifies the decoder ("opencv-4.6.0", or "none"); part of the cache key because another decoder
// version may produce slightly different pixels.
std::string imageDecoderVersion();
// Why this build cannot decode images and what to do instead; empty when hasImageDecoder().
std::string noImageDecoderReason();

// Decodes file bytes; `name` is used in error messages. Same contract as decodeImageFile().
ImageU8 decodeImageBytes(const std::string& bytes, const std::string& name, const std::array<uint8_t, 3>& background);

// Resamples to exactly width x height. Area: pixel-area averaging when shrinking (no aliasing), bicubic
// when enlarging (area averaging would only replicate pixels). Bilinear: bilinear both ways.
ImageU8 resizeImage(const ImageU8& image, int width, int height, Resampling resampling);

}  // namespace fewshot::data
