// Where this process stands in a data-parallel run: its rank, the number of processes and the rendezvous
// address. Read from the variables torchrun and Slurm scripts set (RANK, WORLD_SIZE, LOCAL_RANK,
// MASTER_ADDR, MASTER_PORT), so a multi-machine run needs no launcher of ours.
#pragma once
#include <cstdint>
#include <string>

namespace fewshot::distributed {

struct World {
  int rank = 0;
  int size = 1;
  int localRank = 0;  // which of this machine's GPUs the process uses
  std::string masterAddress = "127.0.0.1";
  int masterPort = 29500;

  bool distributed() const { return size > 1; }
  bool isMain() const { return rank == 0; }  // the rank that writes the run folder
  std::string describe() const;              // "rank 1 of 2 (127.0.0.1:29500)"
};

// From the environment; a single process when WORLD_SIZE is unset. A variable that is set but wrong gives
// an error naming it and its value.
World worldFromEnvironment();

}  // namespace fewshot::distributed
