// The key under which the running LibTorch keeps an optimizer's per-parameter state: the TensorImpl
// address, printed the way 1.13 prints it (std::string maps) or the address itself (2.x, void* maps).
#pragma once
#include <torch/torch.h>

#include <sstream>
#include <string>
#include <type_traits>

namespace fewshot {

template <typename StateMap>
typename StateMap::key_type optimizerStateKey(const torch::Tensor& parameter) {
  using Key = typename StateMap::key_type;
  if constexpr (std::is_same_v<Key, std::string>) {
    std::ostringstream printed;
    printed << static_cast<const void*>(parameter.unsafeGetTensorImpl());
    return printed.str();
  } else {
    return static_cast<Key>(parameter.unsafeGetTensorImpl());
  }
}

}  // namespace fewshot
