// A counting gate for memory: parallel work asks for its estimated peak before allocating and waits
// while others hold the budget. One request larger than the whole budget runs alone instead of never.
#pragma once
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace fewshot::data {

class MemoryBudget {
 public:
  explicit MemoryBudget(uint64_t bytes) : total_(bytes) {}

  void acquire(uint64_t bytes) {
    std::unique_lock<std::mutex> lock(mutex_);
    freed_.wait(lock, [&] { return used_ == 0 || used_ + bytes <= total_; });
    used_ += bytes;
  }
  void release(uint64_t bytes) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      used_ -= bytes;
    }
    freed_.notify_all();
  }
  uint64_t total() const { return total_; }

 private:
  const uint64_t total_;
  uint64_t used_ = 0;
  std::mutex mutex_;
  std::condition_variable freed_;
};

// Holds part of a budget for a scope.
class MemoryReservation {
 public:
  MemoryReservation(MemoryBudget& budget, uint64_t bytes) : budget_(budget), bytes_(bytes) { budget_.acquire(bytes_); }
  ~MemoryReservation() { budget_.release(bytes_); }
  MemoryReservation(const MemoryReservation&) = delete;
  MemoryReservation& operator=(const MemoryReservation&) = delete;

 private:
  MemoryBudget& budget_;
  uint64_t bytes_;
};

// The machine's physical memory; 0 when the system does not say.
uint64_t physicalMemoryBytes();
// The default budget for decoding: a quarter of physical memory, between 512 MiB and 8 GiB.
uint64_t defaultDecodeMemoryBudget();

}  // namespace fewshot::data
