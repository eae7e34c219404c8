#include "core/features/tensor_archive.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <vector>

namespace fewshot::features {

namespace {

constexpr char kMagic[8] = {'F', 'S', 'W', 'T', 'S', '0', '0', '1'};

class Reader {
 public:
  explicit Reader(const std::string& path) : path_(path), in_(path, std::ios::binary) {
    if (!in_) throw TensorArchiveError(path + ": cannot open the weights file");
  }
  void read(void* dst, size_t bytes) {
    in_.read(static_cast<char*>(dst), static_cast<std::streamsize>(bytes));
    if (static_cast<size_t>(in_.gcount()) != bytes)
      throw TensorArchiveError(path_ + ": truncated weights file (re-run packaging/fetch-weights.sh)");
  }
  template <typename T>
  T value() {
    T v;
    read(&v, sizeof(T));
    return v;
  }
  bool atEnd() { return in_.peek() == std::char_traits<char>::eof(); }

 private:
  std::string path_;
  std::ifstream in_;
};

}  // namespace

std::map<std::string, torch::Tensor> readTensorArchive(const std::string& path) {
  Reader reader(path);
  char magic[8];
  reader.read(magic, sizeof magic);
  if (std::memcmp(magic, kMagic, sizeof magic) != 0)
    throw TensorArchiveError(path + ": not a FewShot Studio tensor archive (bad magic)");
  const uint32_t count = reader.value<uint32_t>();
  if (count > 100000) throw TensorArchiveError(path + ": implausible tensor count " + std::to_string(count));
  std::map<std::string, torch::Tensor> tensors;
  for (uint32_t i = 0; i < count; ++i) {
    const uint32_t nameLength = reader.value<uint32_t>();
    if (nameLength == 0 || nameLength > 4096) throw TensorArchiveError(path + ": corrupt tensor name length");
    std::string name(nameLength, '\0');
    reader.read(name.data(), nameLength);
    const uint32_t ndim = reader.value<uint32_t>();
    if (ndim > 8) throw TensorArchiveError(path + ": tensor " + name + " has implausible rank " + std::to_string(ndim));
    std::vector<int64_t> dims(ndim);
    int64_t numel = 1;
    for (auto& d : dims) {
      d = reader.value<int64_t>();
      if (d < 0 || d > (int64_t{1} << 31)) throw TensorArchiveError(path + ": tensor " + name + " has a bad size");
      numel *= d;
    }
    if (numel > (int64_t{1} << 31)) throw TensorArchiveError(path + ": tensor " + name + " is implausibly large");
    torch::Tensor t = torch::empty(dims, torch::kFloat32);
    reader.read(t.data_ptr<float>(), static_cast<size_t>(numel) * sizeof(float));
    tensors[name] = t;
  }
  if (!reader.atEnd()) throw TensorArchiveError(path + ": trailing bytes after the last tensor");
  return tensors;
}

}  // namespace fewshot::features
