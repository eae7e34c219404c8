#include "core/io/torch_pickle_reader.h"

#include "core/io/zip_reader.h"
#include "core/util/regular_file.h"

namespace fewshot::io {

using Kind = PickleValue::Kind;

PickleValuePtr PickleValue::get(const std::string& key) const {
  if (kind != Kind::Dict) return nullptr;
  for (const auto& [k, v] : entries)
    if (k->isString() && k->text == key) return v;
  return nullptr;
}

std::string PickleValue::describe() const {
  switch (kind) {
    case Kind::None: return "None";
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Float: return "float";
    case Kind::String: return "str";
    case Kind::Bytes: return "bytes";
    case Kind::Tuple: return "tuple of " + std::to_string(items.size());
    case Kind::List: return "list of " + std::to_string(items.size());
    case Kind::Dict: return "dict of " + std::to_string(entries.size());
    case Kind::Tensor: return "tensor";
    case Kind::Storage: return "storage";
    case Kind::Global: return "global " + text;
    case Kind::Object: return "object " + text;
  }
  return "?";
}


PickleValuePtr readTorchBytes(const std::string& bytes, const std::string& name) {
  if (bytes.size() >= 2 && static_cast<uint8_t>(bytes[0]) == 0x80 && bytes[1] == 0x02)
    throw TorchPickleError(name + ": this is the legacy (pre-1.6, non-zip) torch.save format, which is not supported; "
                           "re-save it with a current PyTorch: torch.save(torch.load(f), f)");
  try {
    ZipReader zip(bytes, name);
    std::string prefix;
    bool found = false;
    for (const auto& entry : zip.names())
      if (entry.size() >= 8 && entry.compare(entry.size() - 8, 8, "data.pkl") == 0 &&
          (entry.size() == 8 || entry[entry.size() - 9] == '/')) {
        prefix = entry.substr(0, entry.size() - 8);
        found = true;
        break;
      }
    if (!found) throw TorchPickleError(name + ": not a torch.save file (the zip archive has no data.pkl)");
    if (zip.contains(prefix + "byteorder") && zip.read(prefix + "byteorder") != "little")
      throw TorchPickleError(name + ": big-endian tensor data is not supported");
    StorageLoader storages = [&](const std::string& key) {
      if (key.find('/') != std::string::npos || key.find("..") != std::string::npos)
        throw TorchPickleError(name + ": bad storage key '" + key + "'");
      return zip.read(prefix + "data/" + key);
    };
    return unpickle(zip.read(prefix + "data.pkl"), storages, name);
  } catch (const ZipError& e) {
    throw TorchPickleError(e.what());
  }
}

PickleValuePtr readTorchFile(const std::string& path) {
  std::string bytes;
  try {
    bytes = util::readRegularFile(path, ZipLimits{}.maxArchiveBytes);
  } catch (const util::FileReadError& e) {
    throw TorchPickleError(e.what());
  }
  return readTorchBytes(bytes, path);
}

std::vector<std::pair<std::string, torch::Tensor>> toStateDict(const PickleValuePtr& value, const std::string& what) {
  if (!value || value->kind != PickleValue::Kind::Dict)
    throw TorchPickleError(what + " is not a state dict (found " +
                           (value ? value->describe() : std::string("nothing")) + ")");
  std::vector<std::pair<std::string, torch::Tensor>> out;
  for (const auto& [k, v] : value->entries) {
    if (!k->isString()) throw TorchPickleError(what + ": a state-dict key is a " + k->describe() + ", not a string");
    if (v->kind != PickleValue::Kind::Tensor)
      throw TorchPickleError(what + ": entry '" + k->text + "' is a " + v->describe() + ", not a tensor");
    out.emplace_back(k->text, v->tensor);
  }
  return out;
}

}  // namespace fewshot::io
