#include "core/io/gif_encoder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

#include "core/util/atomic_file.h"

namespace fewshot::io {
namespace {

using Colour = std::array<uint8_t, 3>;

void putU16(std::string& out, int v) {
  out.push_back(static_cast<char>(v & 0xFF));
  out.push_back(static_cast<char>((v >> 8) & 0xFF));
}

class BitWriter {
 public:
  void put(uint32_t code, int width) {
    buffer_ |= static_cast<uint64_t>(code) << bits_;
    bits_ += width;
    while (bits_ >= 8) {
      bytes_.push_back(static_cast<char>(buffer_ & 0xFF));
      buffer_ >>= 8;
      bits_ -= 8;
    }
  }
  std::string finish() {
    if (bits_ > 0) bytes_.push_back(static_cast<char>(buffer_ & 0xFF));
    buffer_ = 0;
    bits_ = 0;
    return bytes_;
  }

 private:
  uint64_t buffer_ = 0;
  int bits_ = 0;
  std::string bytes_;
};

struct Box {
  std::vector<Colour> pixels;
  int channel = 0, range = 0;  // the widest channel and its extent
  explicit Box(std::vector<Colour> px) : pixels(std::move(px)) {
    for (int c = 0; c < 3 && !pixels.empty(); ++c) {
      auto [lo, hi] = std::minmax_element(pixels.begin(), pixels.end(),
                                          [c](const Colour& a, const Colour& b) { return a[c] < b[c]; });
      if ((*hi)[c] - (*lo)[c] > range) {
        range = (*hi)[c] - (*lo)[c];
        channel = c;
      }
    }
  }
};

}  // namespace

std::vector<Colour> medianCutPalette(const data::ImageU8& frame, int colours) {
  std::vector<Colour> sample;
  const size_t count = static_cast<size_t>(frame.width) * frame.height;
  const size_t step = std::max<size_t>(1, count / 65536);  // a subsample is plenty for the palette
  for (size_t i = 0; i < count; i += step) {
    const uint8_t* p = frame.pixels.data() + i * frame.channels;
    sample.push_back({p[0], p[1], p[2]});
  }
  std::vector<Box> boxes{Box(std::move(sample))};
  while (static_cast<int>(boxes.size()) < colours) {
    auto it =
        std::max_element(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.range < b.range; });
    if (it->range == 0) break;  // every box holds a single colour
    const int c = it->channel;
    std::vector<Colour> px = std::move(it->pixels);
    const size_t mid = px.size() / 2;
    std::nth_element(px.begin(), px.begin() + mid, px.end(),
                     [c](const Colour& a, const Colour& b) { return a[c] < b[c]; });
    // Split between values, never through a run of equal values (a box then never mixes two
    // colours that another split could have kept apart).
    const uint8_t median = px[mid][c];
    auto split = std::partition(px.begin(), px.end(), [&](const Colour& p) { return p[c] < median; });
    if (split == px.begin())
      split = std::partition(px.begin(), px.end(), [&](const Colour& p) { return p[c] <= median; });
    Box lower(std::vector<Colour>(px.begin(), split)), upper(std::vector<Colour>(split, px.end()));
    *it = std::move(lower);
    boxes.push_back(std::move(upper));
  }
  std::vector<Colour> palette;
  for (const auto& box : boxes) {
    std::array<uint64_t, 3> sum{};
    for (const auto& p : box.pixels)
      for (int c = 0; c < 3; ++c) sum[c] += p[c];
    const uint64_t n = std::max<uint64_t>(1, box.pixels.size());
    palette.push_back({static_cast<uint8_t>((sum[0] + n / 2) / n), static_cast<uint8_t>((sum[1] + n / 2) / n),
                       static_cast<uint8_t>((sum[2] + n / 2) / n)});
  }
  return palette;
}

std::string gifLzwEncode(const std::vector<uint8_t>& indices, int minCodeSize) {
  const uint32_t clear = 1u << minCodeSize, end = clear + 1;
  // Dictionary: (prefix code, next index) -> code, as a flat table per prefix.
  std::vector<int32_t> table(4096 * 256, -1);
  uint32_t nextCode = end + 1;
  int width = minCodeSize + 1;
  BitWriter bits;
  bits.put(clear, width);
  auto reset = [&] {
    std::fill(table.begin(), table.begin() + static_cast<size_t>(nextCode) * 256, -1);
    nextCode = end + 1;
    width = minCodeSize + 1;
  };
  if (!indices.empty()) {
    uint32_t prefix = indices[0];
    for (size_t i = 1; i < indices.size(); ++i) {
      const uint8_t k = indices[i];
      const int32_t found = table[static_cast<size_t>(prefix) * 256 + k];
      if (found >= 0) {
        prefix = static_cast<uint32_t>(found);
        continue;
      }
      bits.put(prefix, width);
      if (nextCode < 4096) {
        table[static_cast<size_t>(prefix) * 256 + k] = static_cast<int32_t>(nextCode);
        // The decoder widens codes one step after the encoder adds the code 2^width.
        if (nextCode == (1u << width) && width < 12) ++width;
        ++nextCode;
      } else {
        bits.put(clear, width);
        reset();
      }
      prefix = k;
    }
    bits.put(prefix, width);
  }
  bits.put(end, width);
  const std::string data = bits.finish();
  std::string out;
  for (size_t pos = 0; pos < data.size(); pos += 255) {
    const size_t len = std::min<size_t>(255, data.size() - pos);
    out.push_back(static_cast<char>(len));
    out.append(data, pos, len);
  }
  out.push_back('\0');
  return out;
}

GifWriter::GifWriter(std::string path, const AnimationOptions& options) : path_(std::move(path)), options_(options) {
  if (options.width <= 0 || options.height <= 0 || options.width > 65535 || options.height > 65535)
    throw std::invalid_argument("GIF " + path_ + ": bad frame size");
  if (!(options.fps > 0)) throw std::invalid_argument("GIF " + path_ + ": frame rate must be positive");
  bytes_ = "GIF89a";
  putU16(bytes_, options.width);
  putU16(bytes_, options.height);
  bytes_ += std::string{'\0', '\0', '\0'};  // no global colour table, background 0, aspect 0
  if (options.loop) {
    bytes_ += "\x21\xFF\x0BNETSCAPE2.0\x03\x01";
    putU16(bytes_, 0);  // loop forever
    bytes_.push_back('\0');
  }
}

void GifWriter::addFrame(const data::ImageU8& frame) {
  if (frame.width != options_.width || frame.height != options_.height || frame.channels < 3)
    throw std::invalid_argument("GIF " + path_ + ": frame " + std::to_string(frames_) + " has size " +
                                std::to_string(frame.width) + "x" + std::to_string(frame.height) + ", expected " +
                                std::to_string(options_.width) + "x" + std::to_string(options_.height));
  std::vector<Colour> palette = medianCutPalette(frame);
  while (palette.size() < 256) palette.push_back({0, 0, 0});
  // Nearest palette entry per 5-bit-per-channel colour cell, computed on first use.
  std::vector<int16_t> cache(32 * 32 * 32, -1);
  std::vector<uint8_t> indices(static_cast<size_t>(frame.width) * frame.height);
  for (size_t i = 0; i < indices.size(); ++i) {
    const uint8_t* p = frame.pixels.data() + i * frame.channels;
    const size_t cell = (p[0] >> 3) << 10 | (p[1] >> 3) << 5 | (p[2] >> 3);
    if (cache[cell] < 0) {
      int best = 0, bestDist = 1 << 30;
      for (int c = 0; c < 256; ++c) {
        const int dr = palette[c][0] - p[0], dg = palette[c][1] - p[1], db = palette[c][2] - p[2];
        const int d = dr * dr + dg * dg + db * db;
        if (d < bestDist) {
          bestDist = d;
          best = c;
        }
      }
      cache[cell] = static_cast<int16_t>(best);
    }
    indices[i] = static_cast<uint8_t>(cache[cell]);
  }
  // Delay in 1/100 s, spreading the rounding error so the average rate is the requested one.
  const int exact = static_cast<int>(std::lround(100000.0 / options_.fps));  // 1/1000 of a centisecond
  int delay = (exact + delayErrorAccumulator_) / 1000;
  delayErrorAccumulator_ = (exact + delayErrorAccumulator_) - delay * 1000;
  delay = std::max(delay, 2);  // browsers treat 0-1 as "as fast as possible"
  bytes_ += "\x21\xF9\x04";
  bytes_.push_back('\x04');  // disposal: do not dispose, no transparency
  putU16(bytes_, delay);
  bytes_ += std::string{'\0', '\0'};
  bytes_.push_back('\x2C');
  putU16(bytes_, 0);
  putU16(bytes_, 0);
  putU16(bytes_, options_.width);
  putU16(bytes_, options_.height);
  bytes_.push_back(static_cast<char>(0x80 | 7));  // local colour table of 2^(7+1) entries
  for (const auto& c : palette) bytes_.append(reinterpret_cast<const char*>(c.data()), 3);
  bytes_.push_back('\x08');  // LZW minimum code size
  bytes_ += gifLzwEncode(indices, 8);
  ++frames_;
}

void GifWriter::finish() {
  if (frames_ == 0) throw std::runtime_error("GIF " + path_ + ": no frames");
  bytes_.push_back('\x3B');
  util::writeFileAtomically(path_, bytes_);
}

}  // namespace fewshot::io
