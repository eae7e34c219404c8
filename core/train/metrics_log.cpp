#include "core/train/metrics_log.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "core/util/atomic_file.h"

namespace fewshot::train {

MetricsLog::MetricsLog(std::string path) : path_(std::move(path)) {}

void MetricsLog::append(const nlohmann::json& record) {
  if (!out_.is_open()) {
    out_.open(path_, std::ios::app);
    if (!out_) throw std::runtime_error("cannot open " + path_ + " for writing");
  }
  errno = 0;
  out_ << record.dump() << '\n';
  out_.flush();
  if (!out_) {  // e.g. a full disk: say so instead of dropping every later record silently
    const int error = errno;
    out_.close();
    const std::string cause = error == ENOSPC ? "disk full" : error ? std::strerror(error) : "write error";
    throw std::runtime_error("could not write " + path_ + ": " + cause);
  }
}

std::vector<nlohmann::json> MetricsLog::read(const std::string& path) {
  std::vector<nlohmann::json> records;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    try {
      records.push_back(nlohmann::json::parse(line));
    } catch (const nlohmann::json::exception&) {
      // a line torn by a crash: the records before it are still good
    }
  }
  return records;
}

void MetricsLog::truncateAfter(int64_t iteration) {
  out_.close();
  std::string kept;
  for (const auto& r : read(path_))
    if (r.value("iteration", int64_t{0}) <= iteration) kept += r.dump() + "\n";
  util::writeFileAtomically(path_, kept);
}

}  // namespace fewshot::train
