#include "core/io/pickle_tensor_records.h"

#include <algorithm>
#include <cstring>
#include <map>

namespace fewshot::io {
namespace {

using Kind = PickleValue::Kind;
constexpr size_t kMaxDims = 16;

[[noreturn]] void refuse(const std::string& what) { throw TensorRecordError(what); }

c10::optional<torch::ScalarType> storageDtype(const std::string& global) {
  static const std::map<std::string, torch::ScalarType> types{
      {"torch.FloatStorage", torch::kFloat},   {"torch.DoubleStorage", torch::kDouble},
      {"torch.HalfStorage", torch::kHalf},     {"torch.BFloat16Storage", torch::kBFloat16},
      {"torch.LongStorage", torch::kLong},     {"torch.IntStorage", torch::kInt},
      {"torch.ShortStorage", torch::kShort},   {"torch.CharStorage", torch::kChar},
      {"torch.ByteStorage", torch::kByte},     {"torch.BoolStorage", torch::kBool}};
  auto it = types.find(global);
  if (it == types.end()) return c10::nullopt;
  return it->second;
}

std::vector<int64_t> intTuple(const PickleValuePtr& v, const char* what) {
  if ((v->kind != Kind::Tuple && v->kind != Kind::List) || v->items.size() > kMaxDims)
    refuse(std::string("bad tensor ") + what);
  std::vector<int64_t> out;
  for (const auto& i : v->items) {
    if (i->kind != Kind::Int || i->integer < 0) refuse(std::string("bad tensor ") + what);
    out.push_back(i->integer);
  }
  return out;
}

}  // namespace

PickleValuePtr TensorRecords::storage(const PickleValuePtr& pid) {
  if (pid->kind != Kind::Tuple || pid->items.size() < 5 || !pid->items[0]->isString() ||
      pid->items[0]->text != "storage")
    refuse("unsupported persistent id (expected a storage tuple)");
  const auto& type = pid->items[1];
  const auto& key = pid->items[2];
  const auto& numel = pid->items[4];
  if (type->kind != Kind::Global || !key->isString() || numel->kind != Kind::Int) refuse("malformed storage reference");
  auto dtype = storageDtype(type->text);
  if (!dtype) refuse("unsupported storage type " + type->text);
  auto cached = cache_.find(key->text);
  if (cached != cache_.end()) return cached->second;
  const std::string data = storages_(key->text);
  const int64_t elem = static_cast<int64_t>(c10::elementSize(*dtype));
  if (numel->integer < 0 || static_cast<uint64_t>(numel->integer) > data.size() / elem)
    refuse("storage " + key->text + " holds " + std::to_string(data.size()) + " bytes, fewer than its " +
           std::to_string(numel->integer) + " elements need");
  auto v = make_(Kind::Storage);
  storageBytes_ += static_cast<uint64_t>(numel->integer) * static_cast<uint64_t>(elem);
  v->tensor = torch::empty({numel->integer}, torch::TensorOptions().dtype(*dtype));
  if (numel->integer) std::memcpy(v->tensor.data_ptr(), data.data(), static_cast<size_t>(numel->integer * elem));
  cache_[key->text] = v;
  return v;
}

PickleValuePtr TensorRecords::tensor(const std::vector<PickleValuePtr>& a) {
  if (a.size() < 4 || a[0]->kind != Kind::Storage || a[1]->kind != Kind::Int) refuse("malformed tensor record");
  const auto sizes = intTuple(a[2], "size"), strides = intTuple(a[3], "stride");
  if (sizes.size() != strides.size()) refuse("tensor size and stride differ in length");
  const int64_t offset = a[1]->integer, numel = a[0]->tensor.numel();
  // Highest element touched, with overflow checks; an empty tensor touches nothing.
  bool empty = false;
  __int128 last = offset;
  for (size_t d = 0; d < sizes.size(); ++d) {
    if (sizes[d] == 0) empty = true;
    else last = std::min<__int128>(last + static_cast<__int128>(sizes[d] - 1) * strides[d], __int128{1} << 100);
  }
  if (offset < 0 || (!empty && last >= numel) || (empty && offset > numel))
    refuse("tensor view exceeds its storage (" + std::to_string(numel) + " elements)");
  // A view with more elements than its storage repeats elements (stride 0): copying it could take any
  // amount of memory for a few bytes of file, so it is refused before anything is allocated.
  __int128 elements = 1;
  for (const int64_t size : sizes) elements = std::min<__int128>(elements * size, __int128{1} << 62);
  if (elements > numel)
    refuse("tensor of " + std::to_string(static_cast<int64_t>(elements)) + " elements over a storage of " +
           std::to_string(numel) + " (repeated elements, e.g. stride 0, are not supported)");
  const uint64_t bytes = static_cast<uint64_t>(elements) * a[0]->tensor.element_size();
  if (tensorBytes_ + bytes > 2 * storageBytes_ + (uint64_t{64} << 20))
    refuse("the tensors add up to more than twice the data stored in the file");
  tensorBytes_ += bytes;
  auto v = make_(Kind::Tensor);
  v->tensor = a[0]->tensor.as_strided(sizes, strides, offset).clone(at::MemoryFormat::Contiguous);
  return v;
}

}  // namespace fewshot::io
