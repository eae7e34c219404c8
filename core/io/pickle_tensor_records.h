// The tensor side of torch.save pickles: storages (the zip entries data/<key>) and tensor views over
// them. Every size is checked against the data the file really stores before anything is allocated:
// a storage may not claim more elements than its entry holds, a view may not reach past its storage
// nor hold more elements than it (stride-0 bombs), and all views together may not exceed twice the
// stored data. Used by the unpickler only.
#pragma once
#include <functional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/io/torch_pickle_reader.h"

namespace fewshot::io {

// A refused record; the unpickler adds the file name and position.
class TensorRecordError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class TensorRecords {
 public:
  using Make = std::function<PickleValuePtr(PickleValue::Kind)>;
  TensorRecords(const StorageLoader& storages, Make make) : storages_(storages), make_(std::move(make)) {}

  // ('storage', storage_type, key, location, numel) -> a Storage value (a flat tensor over data/<key>).
  PickleValuePtr storage(const PickleValuePtr& persistentId);
  // The arguments of torch._utils._rebuild_tensor_v2: (storage, offset, size, stride, ...) -> a Tensor value.
  PickleValuePtr tensor(const std::vector<PickleValuePtr>& args);

 private:
  const StorageLoader& storages_;
  Make make_;
  std::unordered_map<std::string, PickleValuePtr> cache_;
  uint64_t storageBytes_ = 0, tensorBytes_ = 0;
};

}  // namespace fewshot::io
