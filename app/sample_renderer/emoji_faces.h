// The code points of the sample dataset: emoji faces (smileys and people heads) of Unicode.
#pragma once
#include <vector>

namespace fewshot::sample {

std::vector<char32_t> emojiFaceCodePoints();

}  // namespace fewshot::sample
