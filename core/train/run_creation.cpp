#include "core/train/run_creation.h"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>

#include "core/train/checkpoint.h"
#include "core/util/temporary_names.h"

namespace fewshot::train {
namespace fs = std::filesystem;

namespace {

void fsyncDirectory(const fs::path& dir) {
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

fs::path parentOf(const std::string& root) {
  const fs::path p = fs::path(root).lexically_normal();
  const fs::path withoutSlash = p.filename().empty() ? p.parent_path() : p;
  return withoutSlash.has_parent_path() ? withoutSlash.parent_path() : fs::path(".");
}

std::string withoutTrailingSlash(const std::string& root) {
  std::string r = root;
  while (r.size() > 1 && r.back() == '/') r.pop_back();
  return r;
}

}  // namespace

void createRunFolder(const RunDirectory& run, const std::function<void(const RunDirectory& target)>& writeFiles) {
  const std::string root = withoutTrailingSlash(run.root());
  const fs::path parent = parentOf(root);
  fs::create_directories(parent);
  util::removeStaleTemporaries(parent.string());  // ".NAME.creating-*" of killed creations

  std::error_code ec;
  const bool replaceable = !fs::exists(root, ec) || (fs::is_directory(root, ec) && fs::is_empty(root, ec));
  if (replaceable) {
    const std::string staging = util::temporarySibling(root, "creating");
    const RunDirectory target(staging);
    bool staged = false;
    try {
      target.create();
      writeFiles(target);
      staged = true;
      // rename(2) replaces an empty folder; a folder that gained files meanwhile, or one on another file
      // system (a mount point), makes it fail: then the files are written in place below.
      fs::rename(staging, root);
      fsyncDirectory(parent);
      return;
    } catch (const fs::filesystem_error&) {
      std::error_code ignored;
      fs::remove_all(staging, ignored);
      if (staged && run.exists()) throw;
    } catch (...) {
      std::error_code ignored;
      fs::remove_all(staging, ignored);
      throw;
    }
  }
  // An existing folder with other files (or one the staging folder could not replace): in place,
  // config.json last.
  run.create();
  removeStaleRunTemporaries(run);
  writeFiles(run);
}

bool isHalfCreatedRun(const RunDirectory& run) {
  std::error_code ec;
  return run.exists() && !fs::exists(run.datasetPackPath(), ec) && listCheckpoints(run).empty();
}

std::vector<std::string> removeStaleRunTemporaries(const RunDirectory& run) {
  std::vector<std::string> removed;
  for (const std::string& dir : {run.root(), run.checkpointsDir(), run.samplesDir(), run.root() + "/exports"})
    for (auto& path : util::removeStaleTemporaries(dir)) removed.push_back(std::move(path));
  return removed;
}

}  // namespace fewshot::train
