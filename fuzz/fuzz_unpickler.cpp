// libFuzzer target: the pickle virtual machine of `fewshot import`, with storages served from the end
// of the input. Errors must be TorchPickleError; values are walked and freed (deep nesting must neither
// overflow the stack while reading nor while being destroyed).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/io/torch_pickle_reader.h"

using namespace fewshot::io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  // The last byte says how much of the input is storage data for every storage key.
  const size_t storageBytes = size ? std::min<size_t>(size - 1, static_cast<uint8_t>(input.back()) * 4u) : 0;
  const std::string pickle = input.substr(0, size - std::min(size, storageBytes + (size ? 1 : 0)));
  const std::string storage = input.substr(pickle.size(), storageBytes);
  const StorageLoader storages = [&](const std::string& key) {
    if (key.size() > 8) throw TorchPickleError("no storage " + key);
    return storage;
  };
  try {
    const PickleValuePtr value = unpickle(pickle, storages, "fuzz");
    if (value->kind == PickleValue::Kind::Dict) {
      try {
        (void)toStateDict(value, "fuzz");
      } catch (const TorchPickleError&) {
      }
    }
  } catch (const TorchPickleError&) {
  }
  return 0;
}
