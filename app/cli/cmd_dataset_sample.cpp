// `fewshot dataset sample DIR`: the CLI links no Qt, so it runs the Qt renderer that is installed
// next to it (fewshot-sample-dataset), passing the arguments through.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "app/cli/commands.h"

extern char** environ;

namespace fewshot::cli {
namespace fs = std::filesystem;

namespace {

constexpr const char* kRendererName = "fewshot-sample-dataset";

bool isExecutable(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) && ::access(path.c_str(), X_OK) == 0;
}

// Next to the running `fewshot` first, so a build tree or an install prefix uses its own renderer.
std::string findRenderer() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec && isExecutable(self.parent_path() / kRendererName)) return (self.parent_path() / kRendererName).string();
  const char* path = std::getenv("PATH");
  if (!path) return {};
  const std::string all = path;
  for (size_t start = 0;;) {
    const size_t end = all.find(':', start);
    const std::string dir = all.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!dir.empty() && isExecutable(fs::path(dir) / kRendererName)) return (fs::path(dir) / kRendererName).string();
    if (end == std::string::npos) return {};
    start = end + 1;
  }
}

}  // namespace

int runDatasetSampleCommand(const Args& args) {
  for (const std::string& a : args) {
    if (a == "--help" || a == "-h") {
      std::cout << "usage: fewshot dataset sample DIR [--size N] [--count N]\n\n"
                   "Render the built-in sample dataset, about 100 emoji faces, into DIR as PNG files\n"
                   "(white background, the face filling ~85% of the frame). Needs the Qt renderer\n"
                   "fewshot-sample-dataset (built with -DFEWSHOT_WITH_QT=ON) and the font package\n"
                   "fonts-noto-color-emoji.\n\n"
                   "  --size N    width and height of each image in pixels (default 256)\n"
                   "  --count N   write at most N faces (default 100)\n\n"
                   "The faces come from Noto Color Emoji (SIL Open Font License 1.1).\n";
      return 0;
    }
  }
  const std::string renderer = findRenderer();
  if (renderer.empty()) {
    std::cerr << "fewshot dataset sample: error: this build has no Qt sample renderer (" << kRendererName
              << " was found neither next to fewshot nor on PATH).\n"
                 "Rebuild with Qt: cmake -DFEWSHOT_WITH_QT=ON (needs Qt 6), then run it again.\n";
    return 1;
  }
  std::vector<std::string> argvStrings{renderer};
  argvStrings.insert(argvStrings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : argvStrings) argv.push_back(s.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (const int err = posix_spawn(&pid, renderer.c_str(), nullptr, nullptr, argv.data(), environ)) {
    std::cerr << "fewshot dataset sample: error: cannot run " << renderer << ": " << std::strerror(err) << "\n";
    return 1;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return 1;
  }
  if (WIFSIGNALED(status)) {
    std::cerr << "fewshot dataset sample: error: " << renderer << " was killed by signal " << WTERMSIG(status) << "\n";
    return 1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

}  // namespace fewshot::cli
