// The only module that includes OpenCV: decoding file bytes to RGB and resampling. Without OpenCV the
// core still builds and trains from dataset packs; these functions then throw DatasetError.
#include "core/data/image_decoder.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <stdexcept>

#include "core/data/exif_orientation.h"
#include "core/data/image_format.h"
#include "core/util/regular_file.h"

#ifdef FEWSHOT_WITH_OPENCV
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#endif

namespace fewshot::data {

namespace {

constexpr size_t kProbeBytes = 64 * 1024;

uint64_t pixelLimit(uint64_t maxPixels) { return maxPixels ? maxPixels : defaultMaxImagePixels(); }

// The header's verdict as an error, or nothing when the image may be decoded.
void checkHeader(const ImageHeader& header, const std::string& name, uint64_t maxPixels) {
  if (header.status == ImageHeader::Status::Damaged) throw DatasetError(name + ": " + header.problem);
  if (header.ok() && header.pixels() > maxPixels) throw DatasetError(name + ": " + tooLargeReason(header, maxPixels));
}

}  // namespace

uint64_t maxImageFileBytes(uint64_t maxPixels) {
  const uint64_t limit = pixelLimit(maxPixels) * 8 + (uint64_t{64} << 20);
  return std::min<uint64_t>(limit, static_cast<uint64_t>(std::numeric_limits<int>::max()));
}

ImageFileProbe probeImageFile(const std::string& path, uint64_t maxPixels) {
  maxPixels = pixelLimit(maxPixels);
  ImageFileProbe probe;
  std::string prefix;
  try {
    prefix = util::readRegularFilePrefix(path, kProbeBytes, &probe.fileBytes);
  } catch (const util::FileReadError& e) {
    throw DatasetError(e.what());
  }
  if (probe.fileBytes == 0) throw DatasetError(path + ": zero-byte file");
  const ImageFormat format = sniffImageFormat(prefix);
  if (format == ImageFormat::Unknown) throw DatasetError(path + ": " + describeNonImage(prefix));
  probe.header = readImageHeader(prefix, format, prefix.size() >= probe.fileBytes);
  checkHeader(probe.header, path, maxPixels);
  if (probe.fileBytes > maxImageFileBytes(maxPixels))
    throw DatasetError(path + ": too large (a " + util::byteCountText(probe.fileBytes) + " file; the limit for " +
                       formatName(format) + " files is " + util::byteCountText(maxImageFileBytes(maxPixels)) + ")");
  return probe;
}

ImageU8 decodeImageFile(const std::string& path, const std::array<uint8_t, 3>& background, uint64_t maxPixels) {
  probeImageFile(path, maxPixels);
  std::string bytes;
  try {
    bytes = util::readRegularFile(path, maxImageFileBytes(maxPixels));
  } catch (const util::FileReadError& e) {
    throw DatasetError(e.what());
  }
  return decodeImageBytes(bytes, path, background, maxPixels);
}

#ifdef FEWSHOT_WITH_OPENCV
namespace {

cv::Mat to8Bit(const cv::Mat& m) {
  if (m.depth() == CV_8U) return m;
  cv::Mat out;
  if (m.depth() == CV_16U) m.convertTo(out, CV_8U, 255.0 / 65535.0);  // 65535 -> 255, exact for multiples of 257
  else if (m.depth() == CV_32F || m.depth() == CV_64F) m.convertTo(out, CV_8U, 255.0);  // float images are 0..1
  else m.convertTo(out, CV_8U);
  return out;
}

ImageU8 fromMat(const cv::Mat& rgb) {
  ImageU8 image;
  image.width = rgb.cols;
  image.height = rgb.rows;
  image.channels = rgb.channels();
  image.pixels.resize(static_cast<size_t>(rgb.cols) * rgb.rows * image.channels);
  for (int y = 0; y < rgb.rows; ++y)
    std::memcpy(image.row(y), rgb.ptr(y), static_cast<size_t>(rgb.cols) * image.channels);
  return image;
}

// Straight (non-premultiplied) alpha, as PNG, WebP and TIFF store it.
cv::Mat compositeOver(const cv::Mat& rgb, const cv::Mat& alpha, const std::array<uint8_t, 3>& background) {
  cv::Mat out(rgb.rows, rgb.cols, CV_8UC3);
  for (int y = 0; y < rgb.rows; ++y) {
    const uint8_t* c = rgb.ptr<uint8_t>(y);
    const uint8_t* a = alpha.ptr<uint8_t>(y);
    uint8_t* o = out.ptr<uint8_t>(y);
    for (int x = 0; x < rgb.cols; ++x)
      for (int k = 0; k < 3; ++k)
        o[3 * x + k] = static_cast<uint8_t>((c[3 * x + k] * a[x] + background[k] * (255 - a[x]) + 127) / 255);
  }
  return out;
}

cv::Mat toRgb(const cv::Mat& m, const std::array<uint8_t, 3>& background, const std::string& name) {
  cv::Mat rgb, alpha;
  switch (m.channels()) {
    case 1: cv::cvtColor(m, rgb, cv::COLOR_GRAY2RGB); return rgb;
    case 2: {  // gray + alpha
      cv::Mat gray;
      cv::extractChannel(m, gray, 0);
      cv::cvtColor(gray, rgb, cv::COLOR_GRAY2RGB);
      cv::extractChannel(m, alpha, 1);
      break;
    }
    case 3: cv::cvtColor(m, rgb, cv::COLOR_BGR2RGB); return rgb;
    case 4: cv::cvtColor(m, rgb, cv::COLOR_BGRA2RGB); cv::extractChannel(m, alpha, 3); break;
    default: throw DatasetError(name + ": unsupported image with " + std::to_string(m.channels()) + " channels");
  }
  return compositeOver(rgb, alpha, background);
}

}  // namespace

bool hasImageDecoder() { return true; }

std::string imageDecoderVersion() { return std::string("opencv-") + CV_VERSION; }

std::string noImageDecoderReason() { return {}; }

ImageU8 decodeImageBytes(const std::string& bytes, const std::string& name, const std::array<uint8_t, 3>& background,
                         uint64_t maxPixels) {
  if (bytes.empty()) throw DatasetError(name + ": zero-byte file");
  const ImageFormat format = sniffImageFormat(bytes);
  if (format == ImageFormat::Unknown) throw DatasetError(name + ": " + describeNonImage(bytes));
  if (const std::string problem = findTruncation(bytes, format); !problem.empty())
    throw DatasetError(name + ": " + problem);
  checkHeader(readImageHeader(bytes, format, true), name, pixelLimit(maxPixels));
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max()))
    throw DatasetError(name + ": file too large to decode (over 2 GiB)");
  // IMREAD_UNCHANGED keeps alpha, 16-bit samples and palettes' transparency, and converts CMYK JPEG and
  // palette PNG to BGR; it ignores EXIF orientation, which is applied below.
  const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8U, const_cast<char*>(bytes.data()));
  cv::Mat decoded;
  try {
    decoded = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
  } catch (const cv::Exception& e) {
    throw DatasetError(name + ": corrupt " + formatName(format) + " data (" + e.err + ")");
  }
  if (decoded.empty() || decoded.cols <= 0 || decoded.rows <= 0)
    throw DatasetError(name + ": corrupt or truncated " + formatName(format) + " data (the decoder could not read it)");
  ImageU8 image = fromMat(toRgb(to8Bit(decoded), background, name));
  return applyExifOrientation(image, readExifOrientation(bytes, format));
}

ImageU8 resizeImage(const ImageU8& image, int width, int height, Resampling resampling) {
  if (width <= 0 || height <= 0 || image.empty())
    throw std::invalid_argument("resizeImage: empty image or target size");
  if (image.width == width && image.height == height) return image;
  const int type = CV_8UC(image.channels);
  const cv::Mat src(image.height, image.width, type, const_cast<uint8_t*>(image.pixels.data()));
  ImageU8 out;
  out.width = width;
  out.height = height;
  out.channels = image.channels;
  out.pixels.resize(static_cast<size_t>(width) * height * image.channels);
  cv::Mat dst(height, width, type, out.pixels.data());
  const bool shrinking = width <= image.width && height <= image.height;
  const int interpolation =
      resampling == Resampling::Bilinear ? cv::INTER_LINEAR : (shrinking ? cv::INTER_AREA : cv::INTER_CUBIC);
  cv::resize(src, dst, dst.size(), 0, 0, interpolation);
  return out;
}

#else

namespace {
const char* kNoDecoder =
    "this build has no image decoder (built with FEWSHOT_WITH_OPENCV=OFF); import the images with a build "
    "that has OpenCV and use the dataset pack (.fspack) it writes, e.g. a run's dataset.fspack";
}

bool hasImageDecoder() { return false; }

std::string imageDecoderVersion() { return "none"; }

std::string noImageDecoderReason() { return kNoDecoder; }

ImageU8 decodeImageBytes(const std::string&, const std::string& name, const std::array<uint8_t, 3>&, uint64_t) {
  throw DatasetError(name + ": " + kNoDecoder);
}

ImageU8 resizeImage(const ImageU8&, int, int, Resampling) { throw DatasetError(kNoDecoder); }

#endif

}  // namespace fewshot::data
