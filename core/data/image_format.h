// Recognising image files by their bytes, before any decoder sees them: the container format, a
// description of what a non-image file is, and whether the file ends where its format says it should.
#pragma once
#include <string>

namespace fewshot::data {

enum class ImageFormat { Unknown, Jpeg, Png, Bmp, WebP, Tiff };

ImageFormat sniffImageFormat(const std::string& bytes);
std::string formatName(ImageFormat format);  // "JPEG", "PNG", ...

// For bytes sniffImageFormat() does not recognise: a reason such as "not an image (text file)" or
// "GIF images are not supported; convert it to PNG".
std::string describeNonImage(const std::string& bytes);

// Empty when the file is structurally complete, else why not ("truncated PNG (ends inside an IDAT
// chunk)"). Decoders tend to return a grey-filled or partial picture for cut-off files, so this is
// checked first.
std::string findTruncation(const std::string& bytes, ImageFormat format);

}  // namespace fewshot::data
