// Reads files written by Python's torch.save (zip container + pickle protocol 2) and by
// torch::pickle_save, without running any code from the file: only the opcodes torch.save emits
// are understood, "callables" are names, and only the known tensor/container rebuild functions are
// applied. Truncated or hostile files raise TorchPickleError naming the file and the problem.
#pragma once
#include <torch/torch.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace fewshot::io {

class TorchPickleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct PickleValue;
using PickleValuePtr = std::shared_ptr<PickleValue>;

struct PickleValue {
  enum class Kind { None, Bool, Int, Float, String, Bytes, Tuple, List, Dict, Tensor, Storage, Global, Object };
  Kind kind = Kind::None;
  bool boolean = false;
  int64_t integer = 0;
  double real = 0;
  std::string text;                    // String, Bytes, Global ("module.name"), Object (its class name)
  std::vector<PickleValuePtr> items;   // Tuple, List, Object (constructor arguments)
  std::vector<std::pair<PickleValuePtr, PickleValuePtr>> entries;  // Dict, in insertion order
  torch::Tensor tensor;                // Tensor, Storage (flat)
  // Nesting depth (1 for a leaf) and whether the value sits inside a container. A nested container is
  // never changed again, so values form an acyclic graph whose depth is known and limited (kMaxPickleDepth):
  // neither reading nor destroying a value can recurse without bound.
  int depth = 1;
  bool nested = false;

  bool isString() const { return kind == Kind::String; }
  // Dict lookup by string key; nullptr when absent or not a dict.
  PickleValuePtr get(const std::string& key) const;
  std::string describe() const;  // short type description for messages
};

// Storage bytes by key (the entries data/<key> of the zip); throws when the key is missing.
using StorageLoader = std::function<std::string(const std::string& key)>;

// Limits of the unpickler, each checked before the allocation it bounds.
inline constexpr int kMaxPickleDepth = 256;          // torch state dicts nest about 5 deep
inline constexpr size_t kMaxPickleObjects = 1u << 20;  // about 150 MiB of values

// Unpickles `bytes` (pickle protocol <= 4); `name` appears in messages.
PickleValuePtr unpickle(const std::string& bytes, const StorageLoader& storages, const std::string& name);

// A torch.save / torch::pickle_save file (zip format). Tensors come back on the CPU.
PickleValuePtr readTorchFile(const std::string& path);
PickleValuePtr readTorchBytes(const std::string& bytes, const std::string& name);

// name -> tensor of a (possibly nested under `key`) state dict: a Dict of String -> Tensor.
std::vector<std::pair<std::string, torch::Tensor>> toStateDict(const PickleValuePtr& value, const std::string& what);

}  // namespace fewshot::io
