#include "app/sample_renderer/emoji_faces.h"

namespace fewshot::sample {

std::vector<char32_t> emojiFaceCodePoints() {
  std::vector<char32_t> faces;
  auto range = [&](char32_t first, char32_t last) {
    for (char32_t c = first; c <= last; ++c) faces.push_back(c);
  };
  range(0x1F600, 0x1F637);  // grinning ... face with medical mask
  range(0x1F641, 0x1F644);  // slightly frowning ... face with rolling eyes
  range(0x1F910, 0x1F915);  // zipper-mouth ... face with head-bandage
  range(0x1F916, 0x1F917);  // robot face, hugging face
  range(0x1F920, 0x1F925);  // cowboy ... lying face
  range(0x1F927, 0x1F92F);  // sneezing ... exploding head
  range(0x1F970, 0x1F976);  // smiling face with hearts ... cold face
  range(0x1F978, 0x1F97A);  // disguised ... pleading face
  range(0x1F9D0, 0x1F9D0);  // face with monocle
  range(0x1FAE0, 0x1FAE5);  // melting face ... dotted line face (newer fonts only)
  range(0x1FAE8, 0x1FAE8);  // shaking face
  return faces;
}

}  // namespace fewshot::sample
