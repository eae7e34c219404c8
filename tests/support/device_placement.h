// Archives whose tensors are placed as a GPU run places them, made on any machine: a torch archive
// (TorchScript module zip or torch::pickle_save zip) stores each tensor's device as a location string
// ("cpu", "cuda:0") in its pickles, next to the raw bytes. Rewriting "cpu" to "cuda:0" there gives
// exactly the file a CUDA run writes, so the CPU side of "trained on a GPU, opened on a CPU" is testable
// without a GPU.
#pragma once
#include <caffe2/serialize/inline_container.h>

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/io/zip_reader.h"

namespace fewshot::testing {

namespace detail {

// Replaces every pickled string `from` by `to` (BINUNICODE 'X' with a 4-byte length, and
// SHORT_BINUNICODE 0x8c with a 1-byte length). Pickles hold no byte offsets, and a memoised string is
// written once, so replacing the literal relocates every storage that refers to it.
inline int replacePickledString(std::string& pickle, const std::string& from, const std::string& to) {
  auto le32 = [](size_t n) {
    std::string s(4, '\0');
    for (int i = 0; i < 4; ++i) s[i] = static_cast<char>((n >> (8 * i)) & 0xff);
    return s;
  };
  int count = 0;
  const std::pair<std::string, std::string> forms[] = {{"X" + le32(from.size()) + from, "X" + le32(to.size()) + to},
                                                       {std::string(1, '\x8c') + static_cast<char>(from.size()) + from,
                                                        std::string(1, '\x8c') + static_cast<char>(to.size()) + to}};
  for (const auto& [oldBytes, newBytes] : forms) {
    for (size_t pos = pickle.find(oldBytes); pos != std::string::npos;
         pos = pickle.find(oldBytes, pos + newBytes.size())) {
      pickle.replace(pos, oldBytes.size(), newBytes);
      ++count;
    }
  }
  return count;
}

}  // namespace detail

// Rewrites the archive at `path` in place so its tensors are stored as living on `device` (e.g.
// "cuda:0"). Returns how many location strings were rewritten (0: the file held no CPU tensors).
inline int relocateArchiveTensors(const std::string& path, const std::string& device) {
  const io::ZipReader zip = io::ZipReader::open(path);
  std::vector<std::pair<std::string, std::string>> records;
  int relocated = 0;
  for (const std::string& name : zip.names()) {
    const size_t slash = name.find('/');
    if (slash == std::string::npos) throw std::runtime_error(path + ": unexpected archive entry " + name);
    std::string bytes = zip.read(name);
    const std::string record = name.substr(slash + 1);  // the writer adds its own top folder
    if (record.size() > 4 && record.compare(record.size() - 4, 4, ".pkl") == 0)
      relocated += detail::replacePickledString(bytes, "cpu", device);
    records.emplace_back(record, std::move(bytes));
  }
  const std::string tmp = path + ".relocating";
  {
    caffe2::serialize::PyTorchStreamWriter writer(tmp);
    for (const auto& [record, bytes] : records)
      if (!writer.getAllWrittenRecords().count(record)) writer.writeRecord(record, bytes.data(), bytes.size());
    writer.writeEndOfFile();
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) throw std::runtime_error("cannot replace " + path);
  return relocated;
}

}  // namespace fewshot::testing
