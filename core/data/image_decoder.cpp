// The only module that touches OpenCV: decoding files to RGB and resizing them. Without OpenCV the
// build keeps the rest of the core and trains from dataset packs.
#include <cstring>

#include "core/data/dataset_import.h"
#include "core/util/atomic_file.h"

#ifdef FEWSHOT_WITH_OPENCV
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#endif

namespace fewshot::data {

#ifdef FEWSHOT_WITH_OPENCV
namespace {

bool startsWith(const std::string& bytes, const char* magic, size_t n) {
  return bytes.size() >= n && std::memcmp(bytes.data(), magic, n) == 0;
}

// libjpeg fills a truncated JPEG with gray and only warns; libpng may decode a prefix. Catch both.
void requireComplete(const std::string& bytes, const std::string& path) {
  if (startsWith(bytes, "\xFF\xD8", 2)) {
    const size_t tail = bytes.size() > 64 ? bytes.size() - 64 : 0;
    if (bytes.find("\xFF\xD9", tail) == std::string::npos)
      throw DatasetError(path + ": truncated JPEG (no end-of-image marker)");
  } else if (startsWith(bytes, "\x89PNG", 4)) {
    if (bytes.find("IEND", bytes.size() > 64 ? bytes.size() - 64 : 0) == std::string::npos)
      throw DatasetError(path + ": truncated PNG (no IEND chunk)");
  }
}

cv::Mat to8Bit(const cv::Mat& m) {
  cv::Mat out;
  switch (m.depth()) {
    case CV_8U: return m;
    case CV_16U: m.convertTo(out, CV_8U, 255.0 / 65535.0); return out;
    case CV_32F:
    case CV_64F: m.convertTo(out, CV_8U, 255.0); return out;
    default: m.convertTo(out, CV_8U); return out;
  }
}

ImageU8 fromMat(const cv::Mat& rgb) {
  ImageU8 image;
  image.width = rgb.cols;
  image.height = rgb.rows;
  image.channels = 3;
  image.pixels.resize(static_cast<size_t>(rgb.cols) * rgb.rows * 3);
  for (int y = 0; y < rgb.rows; ++y) std::memcpy(image.row(y), rgb.ptr(y), static_cast<size_t>(rgb.cols) * 3);
  return image;
}

cv::Mat toMat(const ImageU8& image) {
  cv::Mat m(image.height, image.width, CV_8UC3);
  for (int y = 0; y < image.height; ++y) std::memcpy(m.ptr(y), image.row(y), static_cast<size_t>(image.width) * 3);
  return m;
}

cv::Mat compositeOver(const cv::Mat& colour, const cv::Mat& alpha, const std::array<uint8_t, 3>& background) {
  cv::Mat out(colour.rows, colour.cols, CV_8UC3);
  for (int y = 0; y < colour.rows; ++y) {
    const uint8_t* c = colour.ptr<uint8_t>(y);
    const uint8_t* a = alpha.ptr<uint8_t>(y);
    uint8_t* o = out.ptr<uint8_t>(y);
    for (int x = 0; x < colour.cols; ++x)
      for (int k = 0; k < 3; ++k)
        o[3 * x + k] = static_cast<uint8_t>((c[3 * x + k] * a[x] + background[k] * (255 - a[x]) + 127) / 255);
  }
  return out;
}

cv::Mat resizeTo(const cv::Mat& m, int w, int h, Resampling resampling) {
  if (m.cols == w && m.rows == h) return m;
  const bool shrinking = w < m.cols || h < m.rows;
  const int interpolation = (resampling == Resampling::Area && shrinking) ? cv::INTER_AREA : cv::INTER_LINEAR;
  cv::Mat out;
  cv::resize(m, out, cv::Size(w, h), 0, 0, interpolation);
  return out;
}

}  // namespace

ImageU8 decodeImageFile(const std::string& path, const std::array<uint8_t, 3>& background) {
  std::string bytes;
  try {
    bytes = util::readFileBytes(path);
  } catch (const std::exception& e) {
    throw DatasetError(e.what());
  }
  if (bytes.empty()) throw DatasetError(path + ": zero-byte file");
  requireComplete(bytes, path);
  const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8U, bytes.data());
  // JPEG: decode in colour mode, which applies EXIF orientation and converts CMYK and gray.
  // Everything else: unchanged, to keep alpha and 16-bit samples.
  const bool jpeg = startsWith(bytes, "\xFF\xD8", 2);
  cv::Mat m;
  try {
    m = cv::imdecode(buffer, jpeg ? cv::IMREAD_COLOR : (cv::IMREAD_UNCHANGED));
  } catch (const cv::Exception& e) {
    throw DatasetError(path + ": cannot decode (" + e.msg + ")");
  }
  if (m.empty()) throw DatasetError(path + ": not an image, or corrupt");
  m = to8Bit(m);
  cv::Mat rgb;
  switch (m.channels()) {
    case 1: cv::cvtColor(m, rgb, cv::COLOR_GRAY2RGB); break;
    case 2: {
      std::vector<cv::Mat> planes;
      cv::split(m, planes);
      cv::Mat colour;
      cv::cvtColor(planes[0], colour, cv::COLOR_GRAY2RGB);
      rgb = compositeOver(colour, planes[1], background);
      break;
    }
    case 3: cv::cvtColor(m, rgb, cv::COLOR_BGR2RGB); break;
    case 4: {
      cv::Mat colour, alpha;
      cv::cvtColor(m, colour, cv::COLOR_BGRA2RGB);
      cv::extractChannel(m, alpha, 3);
      rgb = compositeOver(colour, alpha, background);
      break;
    }
    default: throw DatasetError(path + ": unsupported channel count " + std::to_string(m.channels()));
  }
  return fromMat(rgb);
}

ImageU8 preprocessImage(const ImageU8& image, const ImportOptions& options) {
  const int W = options.width, H = options.height;
  cv::Mat src = toMat(image);
  cv::Mat out;
  if (options.resize == ResizePolicy::Stretch) {
    out = resizeTo(src, W, H, options.resampling);
  } else if (options.resize == ResizePolicy::CenterCrop) {
    const double scale = std::max(static_cast<double>(W) / src.cols, static_cast<double>(H) / src.rows);
    const int w = std::max(W, static_cast<int>(std::lround(src.cols * scale)));
    const int h = std::max(H, static_cast<int>(std::lround(src.rows * scale)));
    cv::Mat scaled = resizeTo(src, w, h, options.resampling);
    out = scaled(cv::Rect((w - W) / 2, (h - H) / 2, W, H)).clone();
  } else {
    const double scale = std::min(static_cast<double>(W) / src.cols, static_cast<double>(H) / src.rows);
    const int w = std::min(W, std::max(1, static_cast<int>(std::lround(src.cols * scale))));
    const int h = std::min(H, std::max(1, static_cast<int>(std::lround(src.rows * scale))));
    cv::Mat scaled = resizeTo(src, w, h, options.resampling);
    out = cv::Mat(H, W, CV_8UC3, cv::Scalar(options.background[0], options.background[1], options.background[2]));
    scaled.copyTo(out(cv::Rect((W - w) / 2, (H - h) / 2, w, h)));
  }
  return fromMat(out);
}

#else

ImageU8 decodeImageFile(const std::string& path, const std::array<uint8_t, 3>&) {
  throw DatasetError(path + ": this build has no image decoder (built with FEWSHOT_WITH_OPENCV=OFF); "
                     "train from a .fspack dataset pack made on a machine with OpenCV");
}

ImageU8 preprocessImage(const ImageU8&, const ImportOptions&) {
  throw DatasetError("this build has no image resampler (built with FEWSHOT_WITH_OPENCV=OFF)");
}

#endif

}  // namespace fewshot::data
