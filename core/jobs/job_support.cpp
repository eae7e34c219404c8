#include "core/jobs/job_support.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <stdexcept>

namespace fewshot::jobs {
namespace fs = std::filesystem;

void report(const io::ProgressFn& progress, int done, int total) {
  if (progress && !progress(done, total)) throw io::ExportCancelled();
}

void prepareFolder(fs::path folder) {
  if (folder.empty()) folder = ".";
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) throw std::runtime_error("cannot create folder " + folder.string() + ": " + ec.message());
  if (!fs::is_directory(folder)) throw std::runtime_error(folder.string() + " is not a folder");
  std::random_device rd;
  const fs::path probe = folder / (".fewshot-write-test-" + std::to_string(rd()));
  {
    std::ofstream out(probe);
    if (!out) throw std::runtime_error("cannot write to folder " + folder.string() + ": " + std::strerror(errno));
  }
  fs::remove(probe, ec);
}

void prepareParentFolder(const std::string& file) { prepareFolder(fs::path(file).parent_path()); }

}  // namespace fewshot::jobs
