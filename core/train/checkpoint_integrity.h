// Integrity of checkpoint files. A checksum: the SHA-256 of the file goes into the zip comment of the
// archive LibTorch writes (LibTorch itself never writes a comment and does not verify its per-entry
// CRCs), and is verified before LibTorch reads the file. And a scan for NaN/inf in every tensor: a
// checkpoint holding them cannot continue training and counts as damaged.
#pragma once
#include <torch/torch.h>

#include <ostream>
#include <string>

namespace fewshot::train {

// Stands between LibTorch's archive writer and the file stream: hashes what passes and holds back the
// archive's end record, which finish() writes with the checksum as its comment.
class ChecksummedZipWriter {
 public:
  explicit ChecksummedZipWriter(std::ostream& out);
  ~ChecksummedZipWriter();
  ChecksummedZipWriter(const ChecksummedZipWriter&) = delete;
  ChecksummedZipWriter& operator=(const ChecksummedZipWriter&) = delete;

  std::ostream& stream();
  // Throws std::runtime_error when what was written does not end in a zip end record without a comment.
  void finish();

 private:
  class Buffer;
  Buffer* buffer_;
  std::ostream* stream_;
};

struct ChecksumCheck {
  enum class Status { Verified, Absent, Mismatch };
  Status status = Status::Absent;
  std::string problem;  // Mismatch: what is wrong
};
// Absent: a file written before checksums existed (its end record has no comment). Never throws for
// damage; throws std::runtime_error only when the file cannot be read at all.
ChecksumCheck verifyCheckpointChecksum(const std::string& path);

// "trainer/generator/feat_8.weight holds 3 NaN/inf values", or empty when every floating-point tensor
// of the archive is finite.
std::string findNonFiniteTensor(torch::serialize::InputArchive& archive);

}  // namespace fewshot::train
