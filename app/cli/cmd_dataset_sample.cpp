// `fewshot dataset sample DIR`: the CLI links no Qt, so it runs the Qt renderer that is installed
// next to it (fewshot-sample-dataset), passing the arguments through.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "app/cli/commands.h"

extern char** environ;

namespace fewshot::cli {
namespace fs = std::filesystem;

namespace {

std::string findRenderer() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  for (const fs::path& dir : {self.parent_path(), self.parent_path() / "sample_renderer"}) {
    const fs::path candidate = dir / "fewshot-sample-dataset";
    if (!ec && fs::exists(candidate)) return candidate.string();
  }
  if (const char* path = std::getenv("PATH")) {
    std::string all = path;
    size_t start = 0;
    while (start <= all.size()) {
      const size_t end = all.find(':', start);
      const fs::path candidate = fs::path(all.substr(start, end - start)) / "fewshot-sample-dataset";
      if (fs::exists(candidate, ec)) return candidate.string();
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
  return {};
}

}  // namespace

int runDatasetSampleCommand(const Args& args) {
  const std::string renderer = findRenderer();
  if (renderer.empty()) {
    std::cerr << "fewshot dataset sample: error: the sample renderer (fewshot-sample-dataset) is not installed;\n"
                 "it needs Qt: build with -DFEWSHOT_WITH_QT=ON (bash packaging/build.sh does)\n";
    return 1;
  }
  std::vector<std::string> argvStrings{renderer};
  argvStrings.insert(argvStrings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : argvStrings) argv.push_back(s.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawn(&pid, renderer.c_str(), nullptr, nullptr, argv.data(), environ) != 0) {
    std::cerr << "fewshot dataset sample: error: cannot run " << renderer << "\n";
    return 1;
  }
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return 1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

}  // namespace fewshot::cli
