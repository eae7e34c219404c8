// EXIF orientation: where it is stored in JPEG, PNG and WebP files, and how to apply it.
// (OpenCV applies it for JPEG only in its colour-converting modes, which drop alpha and 16-bit
// samples, and never for PNG or WebP; its TIFF reader applies the TIFF tag itself.)
#pragma once
#include <string>

#include "core/data/image_format.h"
#include "core/data/image_u8.h"

namespace fewshot::data {

// The orientation tag (1..8) of the file's EXIF block, or 1 when there is none or it is unreadable.
// TIFF files return 1: their orientation is the decoder's business.
int readExifOrientation(const std::string& bytes, ImageFormat format);

// Returns the image as it should be displayed for the given EXIF orientation (1 = as stored,
// 3 = rotated 180 degrees, 6 = stored rotated, display turned 90 degrees clockwise, ...).
ImageU8 applyExifOrientation(const ImageU8& image, int orientation);

}  // namespace fewshot::data
