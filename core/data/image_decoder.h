// The image codec layer (OpenCV when the build has it; see image_decoder.cpp). decodeImageFile() and
// preprocessImage() are declared in dataset_import.h; these are the pieces around them.
#pragma once
#include <array>
#include <cstdint>
#include <string>

#include "core/data/dataset_import.h"
#include "core/data/image_header.h"
#include "core/data/image_u8.h"

namespace fewshot::data {

// False in builds without OpenCV: they can load dataset packs but not decode image files.
bool hasImageDecoder();
// Identifies the decoder ("opencv-4.6.0", or "none"); part of the cache key because another decoder
// version may produce slightly different pixels.
std::string imageDecoderVersion();
// Why this build cannot decode images and what to do instead; empty when hasImageDecoder().
std::string noImageDecoderReason();

// Decodes file bytes; `name` is used in error messages. Same contract as decodeImageFile(): the header
// is checked first, so images above `maxPixels` (0: defaultMaxImagePixels()) are refused unread.
ImageU8 decodeImageBytes(const std::string& bytes, const std::string& name, const std::array<uint8_t, 3>& background,
                         uint64_t maxPixels = 0);

struct ImageFileProbe {
  uint64_t fileBytes = 0;
  ImageHeader header;
};
// What decodeImageFile() checks before reading the whole file, from its first bytes only: a regular
// file, an image format, a readable header, at most maxPixels (0: the default) and a plausible file
// size. Throws DatasetError naming the file and the reason ("too large (...)", "corrupt PNG (...)").
ImageFileProbe probeImageFile(const std::string& path, uint64_t maxPixels = 0);
// The largest file decodeImageFile() reads for a pixel limit: 8 bytes a pixel (16-bit RGBA, uncompressed)
// plus 64 MiB of metadata, at most 2 GiB.
uint64_t maxImageFileBytes(uint64_t maxPixels);

// Resamples to exactly width x height. Area: pixel-area averaging when shrinking (no aliasing), bicubic
// when enlarging (area averaging would only replicate pixels). Bilinear: bilinear both ways.
ImageU8 resizeImage(const ImageU8& image, int width, int height, Resampling resampling);

}  // namespace fewshot::data
