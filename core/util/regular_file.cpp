#include "core/util/regular_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace fewshot::util {
namespace {

std::string kindProblem(mode_t mode) {
  if (S_ISREG(mode)) return {};
  if (S_ISDIR(mode)) return "a folder, not a regular file";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO), not a regular file; only regular files are read";
  if (S_ISCHR(mode)) return "a character device, not a regular file; only regular files are read";
  if (S_ISBLK(mode)) return "a block device, not a regular file; only regular files are read";
  if (S_ISSOCK(mode)) return "a socket, not a regular file; only regular files are read";
  return "not a regular file";
}

std::string openProblem(int error) {
  if (error == ENOENT) return "no such file";
  if (error == ELOOP) return "a symbolic link loop (or a chain of links too long to follow)";
  return std::string("cannot open (") + std::strerror(error) + ")";
}

// Opens without blocking (a FIFO with no writer would block in open()) and checks the type on the
// open descriptor, so the file cannot be swapped between the check and the read.
class RegularFile {
 public:
  explicit RegularFile(const std::string& path) : path_(path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd_ < 0) throw FileReadError(path, openProblem(errno));
    struct stat st {};
    if (::fstat(fd_, &st) != 0) fail(std::string("cannot read (") + std::strerror(errno) + ")");
    if (const std::string problem = kindProblem(st.st_mode); !problem.empty()) fail(problem);
    size_ = static_cast<uint64_t>(st.st_size);
    const int flags = ::fcntl(fd_, F_GETFL);
    if (flags >= 0) ::fcntl(fd_, F_SETFL, flags & ~O_NONBLOCK);
  }
  ~RegularFile() {
    if (fd_ >= 0) ::close(fd_);
  }
  RegularFile(const RegularFile&) = delete;
  RegularFile& operator=(const RegularFile&) = delete;

  uint64_t size() const { return size_; }

  // Reads up to `count` bytes; stops early only at the end of the file.
  std::string read(uint64_t count) {
    std::string out;
    out.resize(static_cast<size_t>(count));
    size_t done = 0;
    while (done < out.size()) {
      const ssize_t n = ::read(fd_, out.data() + done, out.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) fail(std::string("read error (") + std::strerror(errno) + ")");
      if (n == 0) break;
      done += static_cast<size_t>(n);
    }
    out.resize(done);
    return out;
  }

  [[noreturn]] void fail(const std::string& problem) const { throw FileReadError(path_, problem); }

 private:
  std::string path_;
  int fd_ = -1;
  uint64_t size_ = 0;
};

}  // namespace

std::string regularFileProblem(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return openProblem(errno);
  return kindProblem(st.st_mode);
}

std::string readRegularFile(const std::string& path, uint64_t maxBytes) {
  RegularFile file(path);
  if (file.size() > maxBytes)
    file.fail("too large (" + byteCountText(file.size()) + "; the limit is " + byteCountText(maxBytes) + ")");
  // A file that changes while it is read is read as far as the size it had when it was opened.
  std::string bytes = file.read(file.size());
  return bytes;
}

std::string readRegularFilePrefix(const std::string& path, size_t count, uint64_t* fileSize) {
  RegularFile file(path);
  if (fileSize) *fileSize = file.size();
  return file.read(count);
}

std::string byteCountText(uint64_t bytes) {
  const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  double v = static_cast<double>(bytes) / 1024;
  int unit = 0;
  while (v >= 1024 && unit < 3) {
    v /= 1024;
    ++unit;
  }
  char text[32];
  std::snprintf(text, sizeof text, v < 10 ? "%.1f %s" : "%.0f %s", v, units[unit]);
  return text;
}

}  // namespace fewshot::util
