#include "core/util/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>
#include <vector>

#include "core/util/disk_space.h"
#include "core/util/error_text.h"
#include "core/util/regular_file.h"
#include "core/util/temporary_names.h"
#include "core/util/write_fault.h"

namespace fewshot::util {
namespace fs = std::filesystem;

namespace {

std::mutex faultMutex;
std::optional<WriteFault> installedFault;

void fsyncDirectory(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // best effort: some file systems refuse directories
  ::fsync(fd);
  ::close(fd);
}

bool isDiskFull(int error) { return error == ENOSPC || error == EDQUOT || error == EFBIG; }

// A stream buffer on a file descriptor whose first OS error is kept instead of failing the stream.
class StickyErrorFileBuf : public std::streambuf {
 public:
  StickyErrorFileBuf(int fd, std::optional<WriteFault> fault) : fd_(fd), fault_(std::move(fault)), buffer_(1 << 16) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  int error() const { return error_; }
  // Flushes, then fsyncs; returns the first error seen (0 when none).
  int finish() {
    drain();
    if (!error_ && fault_ && fault_->atSync) error_ = fault_->error;
    if (!error_ && ::fsync(fd_) != 0) error_ = errno;
    return error_;
  }

 protected:
  int_type overflow(int_type ch) override {
    drain();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n >= static_cast<std::streamsize>(buffer_.size())) {
      drain();
      put(s, static_cast<size_t>(n));
      return n;
    }
    return std::streambuf::xsputn(s, n);
  }
  int sync() override {
    drain();
    return 0;
  }

 private:
  void drain() {
    put(pbase(), static_cast<size_t>(pptr() - pbase()));
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  void put(const char* data, size_t size) {
    while (size > 0 && !error_) {
      size_t chunk = size;
      if (fault_ && !fault_->atSync) {
        if (written_ >= fault_->failAfterBytes) {
          error_ = fault_->error;
          return;
        }
        chunk = std::min<uint64_t>(chunk, fault_->failAfterBytes - written_);
      }
      const ssize_t n = ::write(fd_, data, chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        error_ = errno;
        return;
      }
      data += n;
      size -= static_cast<size_t>(n);
      written_ += static_cast<uint64_t>(n);
    }
  }

  int fd_;
  std::optional<WriteFault> fault_;
  std::vector<char> buffer_;
  uint64_t written_ = 0;
  int error_ = 0;
};

std::string osErrorText(int error, const fs::path& target) {
  std::string text = std::strerror(error);
  if (isDiskFull(error)) {
    text = "disk full (" + text;
    const std::string dir = target.has_parent_path() ? target.parent_path().string() : ".";
    if (const auto free = freeBytes(dir)) text += "; " + byteCountText(*free) + " free on the file system of " + dir;
    text += ")";
  }
  return text;
}

struct WriteFailure {
  std::string cause;
  bool diskFull = false;
};

}  // namespace

void setWriteFaultForTesting(std::optional<WriteFault> fault) {
  std::lock_guard<std::mutex> lock(faultMutex);
  installedFault = std::move(fault);
}

std::optional<WriteFault> writeFaultFor(const std::string& path) {
  std::lock_guard<std::mutex> lock(faultMutex);
  if (installedFault && path.find(installedFault->pathContains) != std::string::npos) return installedFault;
  return std::nullopt;
}

void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  const fs::path target(path);
  std::optional<WriteFailure> failure;
  std::string tmp;
  int fd = -1;
  try {
    if (target.has_parent_path()) fs::create_directories(target.parent_path());
    tmp = temporarySibling(path, "tmp");
    fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
      const int error = errno;
      const std::string where = target.parent_path().string();
      failure = WriteFailure{"cannot create a file in " + where + ": " + osErrorText(error, target), isDiskFull(error)};
      tmp.clear();
    } else {
      StickyErrorFileBuf buffer(fd, writeFaultFor(path));
      std::ostream out(&buffer);
      write(out);
      out.flush();
      if (const int error = buffer.finish()) failure = WriteFailure{osErrorText(error, target), isDiskFull(error)};
    }
  } catch (const fs::filesystem_error& e) {
    failure = WriteFailure{osErrorText(e.code().value(), target), isDiskFull(e.code().value())};
  } catch (const std::exception& e) {
    failure = WriteFailure{errorText(e), false};
  } catch (...) {
    failure = WriteFailure{"unknown error", false};
  }
  if (fd >= 0 && ::close(fd) != 0 && !failure) failure = WriteFailure{osErrorText(errno, target), isDiskFull(errno)};
  if (!failure) {
    std::error_code ec;
    fs::rename(tmp, target, ec);
    if (ec) failure = WriteFailure{"cannot rename the finished file into place: " + ec.message(), false};
  }
  if (failure) {
    std::error_code ignored;
    if (!tmp.empty()) fs::remove(tmp, ignored);
    throw FileWriteError("could not write " + path + ": " + failure->cause, failure->diskFull);
  }
  fsyncDirectory(target.has_parent_path() ? target.parent_path().string() : ".");
}

void writeFileAtomically(const std::string& path, const std::string& bytes) {
  writeFileAtomically(path,
                      [&](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
}

std::string readFileBytes(const std::string& path) { return readRegularFile(path); }

}  // namespace fewshot::util
