#include "core/train/checkpoint_integrity.h"

#include <cstring>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "core/util/regular_file.h"
#include "core/util/sha256.h"

namespace fewshot::train {
namespace {

// The zip end-of-central-directory record: 22 bytes, the last two of which give the comment length.
constexpr size_t kEndRecordBytes = 22;
constexpr char kEndSignature[4] = {'P', 'K', 5, 6};
const std::string kCommentPrefix = "fewshot-sha256:";
constexpr size_t kCommentBytes = 15 + 64;  // the prefix and a hex SHA-256

bool isEndRecord(const char* p, size_t commentBytes) {
  return std::memcmp(p, kEndSignature, 4) == 0 && static_cast<uint8_t>(p[20]) == (commentBytes & 0xFF) &&
         static_cast<uint8_t>(p[21]) == (commentBytes >> 8);
}

}  // namespace

// Passes bytes through to the file, hashing them, but always keeps the latest 22 back: when the
// archive is complete they are its end record.
class ChecksummedZipWriter::Buffer : public std::streambuf {
 public:
  explicit Buffer(std::ostream& out) : out_(out) {}

  void finish() {
    if (held_.size() != kEndRecordBytes || !isEndRecord(held_.data(), 0))
      throw std::runtime_error("the checkpoint archive does not end in a zip end record without a comment");
    held_[20] = static_cast<char>(kCommentBytes & 0xFF);
    held_[21] = static_cast<char>(kCommentBytes >> 8);
    hash_.update(held_.data(), kEndRecordBytes - 2);  // all but the comment length, which is fixed
    out_.write(held_.data(), static_cast<std::streamsize>(held_.size()));
    const std::string comment = kCommentPrefix + hash_.hexDigest();
    out_.write(comment.data(), static_cast<std::streamsize>(comment.size()));
    held_.clear();
  }

 protected:
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    const char c = traits_type::to_char_type(ch);
    xsputn(&c, 1);
    return ch;
  }
  std::streamsize xsputn(const char* s, std::streamsize count) override {
    const size_t n = static_cast<size_t>(count);
    if (n >= kEndRecordBytes) {  // large writes (tensor data) pass through without a copy
      pass(held_.data(), held_.size());
      pass(s, n - kEndRecordBytes);
      held_.assign(s + n - kEndRecordBytes, kEndRecordBytes);
    } else {
      held_.append(s, n);
      if (held_.size() > kEndRecordBytes) {
        const size_t extra = held_.size() - kEndRecordBytes;
        pass(held_.data(), extra);
        held_.erase(0, extra);
      }
    }
    return count;
  }
  int sync() override {
    out_.flush();
    return 0;
  }

 private:
  void pass(const char* data, size_t n) {
    hash_.update(data, n);
    out_.write(data, static_cast<std::streamsize>(n));
  }

  std::ostream& out_;
  std::string held_;
  util::Sha256 hash_;
};

ChecksummedZipWriter::ChecksummedZipWriter(std::ostream& out)
    : buffer_(new Buffer(out)), stream_(new std::ostream(buffer_)) {}

ChecksummedZipWriter::~ChecksummedZipWriter() {
  delete stream_;
  delete buffer_;
}

std::ostream& ChecksummedZipWriter::stream() { return *stream_; }

void ChecksummedZipWriter::finish() {
  stream_->flush();
  buffer_->finish();
}

ChecksumCheck verifyCheckpointChecksum(const std::string& path) {
  uint64_t size = 0;
  util::readRegularFilePrefix(path, 0, &size);  // regular files only: never blocks on a FIFO
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  ChecksumCheck result;
  const size_t tailBytes = static_cast<size_t>(std::min<uint64_t>(size, kEndRecordBytes + kCommentBytes));
  std::string tail(tailBytes, '\0');
  in.seekg(static_cast<std::streamoff>(size - tailBytes));
  in.read(tail.data(), static_cast<std::streamsize>(tailBytes));
  if (static_cast<size_t>(in.gcount()) != tailBytes) throw std::runtime_error("cannot read " + path);

  if (tailBytes >= kEndRecordBytes && isEndRecord(tail.data() + tailBytes - kEndRecordBytes, 0))
    return result;  // Absent
  const bool signed_ = tailBytes == kEndRecordBytes + kCommentBytes && isEndRecord(tail.data(), kCommentBytes) &&
                       tail.compare(kEndRecordBytes, kCommentPrefix.size(), kCommentPrefix) == 0;
  result.status = ChecksumCheck::Status::Mismatch;
  if (!signed_) {
    result.problem = "its end record is damaged (no checksum can be found; is the file cut short?)";
    return result;
  }
  const uint64_t hashed = size - kCommentBytes - 2;
  in.seekg(0);
  util::Sha256 hash;
  std::vector<char> chunk(1 << 20);
  for (uint64_t done = 0; done < hashed;) {
    const size_t n = static_cast<size_t>(std::min<uint64_t>(chunk.size(), hashed - done));
    in.read(chunk.data(), static_cast<std::streamsize>(n));
    if (static_cast<size_t>(in.gcount()) != n) throw std::runtime_error("cannot read " + path);
    hash.update(chunk.data(), n);
    done += n;
  }
  if (hash.hexDigest() != tail.substr(kEndRecordBytes + kCommentPrefix.size())) {
    result.problem = "checksum mismatch (the file changed after it was written: disk or copy error)";
    return result;
  }
  result.status = ChecksumCheck::Status::Verified;
  return result;
}

std::string findNonFiniteTensor(torch::serialize::InputArchive& archive) {
  struct Item {
    std::string name;
    c10::IValue value;
  };
  std::vector<Item> pending;
  for (const auto& key : archive.keys()) {
    c10::IValue value;
    if (archive.try_read(key, value)) pending.push_back({key, std::move(value)});
  }
  // An explicit stack: a damaged archive must not be able to make this recurse without bound.
  while (!pending.empty()) {
    Item item = std::move(pending.back());
    pending.pop_back();
    const c10::IValue& v = item.value;
    if (v.isTensor()) {
      const torch::Tensor& t = v.toTensor();
      if (!t.defined() || !(t.is_floating_point() || t.is_complex()) || t.numel() == 0) continue;
      const int64_t bad = t.numel() - torch::isfinite(t).sum().item<int64_t>();
      if (bad > 0) return item.name + " holds " + std::to_string(bad) + " NaN/inf value" + (bad == 1 ? "" : "s");
    } else if (v.isObject()) {
      const auto object = v.toObject();
      const auto type = object->type();
      for (size_t i = 0; i < object->slots().size(); ++i)
        pending.push_back({item.name + "/" + type->getAttributeName(i), object->getSlot(i)});
    } else if (v.isList()) {
      const auto list = v.toListRef();
      for (size_t i = 0; i < list.size(); ++i) pending.push_back({item.name + "[" + std::to_string(i) + "]", list[i]});
    } else if (v.isTuple()) {
      const auto& elements = v.toTupleRef().elements();
      for (size_t i = 0; i < elements.size(); ++i)
        pending.push_back({item.name + "[" + std::to_string(i) + "]", elements[i]});
    } else if (v.isGenericDict()) {
      for (const auto& entry : v.toGenericDict()) pending.push_back({item.name + "{}", entry.value()});
    }
  }
  return {};
}

}  // namespace fewshot::train
