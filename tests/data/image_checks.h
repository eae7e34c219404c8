// Helpers for tests on decoded images: OpenCV-made fixtures, ImageU8 pixel access and comparisons.
#pragma once
#include <array>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/data/image_u8.h"

namespace fewshot::testing {

using Rgb = std::array<int, 3>;
inline const Rgb kRed{255, 0, 0}, kGreen{0, 255, 0}, kBlue{0, 0, 255}, kWhite{255, 255, 255};

inline cv::Mat gradient(int w, int h, int seed) {  // BGR, different for every seed
  cv::Mat m(h, w, CV_8UC3);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      m.at<cv::Vec3b>(y, x) = cv::Vec3b((x * 255 / w + seed * 40) % 256, (y * 255 / h) % 256, (seed * 70) % 256);
  return m;
}

inline std::string encode(const cv::Mat& m, const char* ext, const std::vector<int>& params = {}) {
  std::vector<uchar> buffer;
  cv::imencode(ext, m, buffer, params);
  return std::string(buffer.begin(), buffer.end());
}

inline std::string bytesOf(std::initializer_list<int> values) {
  std::string s;
  for (int v : values) s += static_cast<char>(v);
  return s;
}

inline data::ImageU8 rgbImage(const cv::Mat& bgr) {
  data::ImageU8 image;
  image.width = bgr.cols;
  image.height = bgr.rows;
  image.pixels.resize(static_cast<size_t>(bgr.total()) * 3);
  cv::Mat rgb(bgr.rows, bgr.cols, CV_8UC3, image.pixels.data());
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  return image;
}

inline Rgb px(const data::ImageU8& image, int x, int y) {
  const uint8_t* p = image.row(y) + static_cast<size_t>(x) * image.channels;
  return {p[0], p[1], p[2]};
}

inline bool near(const Rgb& a, const Rgb& b, int tolerance) {
  for (int k = 0; k < 3; ++k)
    if (std::abs(a[k] - b[k]) > tolerance) return false;
  return true;
}

inline std::string text(const Rgb& p) {
  return std::to_string(p[0]) + "," + std::to_string(p[1]) + "," + std::to_string(p[2]);
}

}  // namespace fewshot::testing

#define QCOMPARE_RGB(actual, expected, tolerance)                                 \
  QVERIFY2(fewshot::testing::near(actual, expected, tolerance),                   \
           (fewshot::testing::text(actual) + " expected " + fewshot::testing::text(expected)).c_str())
