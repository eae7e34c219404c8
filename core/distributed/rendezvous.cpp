#include "core/distributed/rendezvous.h"

#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <stdexcept>
#include <thread>
#include <vector>

namespace fewshot::distributed {

namespace {

std::string arrivalKey(int rank) { return "fewshot/arrived/" + std::to_string(rank); }

std::string seconds(std::chrono::milliseconds timeout) {
  return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()) + " s";
}

}  // namespace

c10::intrusive_ptr<c10d::Store> rendezvous(const World& world, std::chrono::milliseconds timeout) {
  c10d::TCPStoreOptions options;
  options.port = static_cast<std::uint16_t>(world.masterPort);
  options.isServer = world.isMain();
  options.numWorkers = world.size;
  options.waitWorkers = false;  // the arrival keys below wait, and can say who is missing
  options.timeout = timeout;
  c10::intrusive_ptr<c10d::Store> store;
  try {
    store = c10::make_intrusive<c10d::TCPStore>(world.masterAddress, options);
  } catch (const std::exception& e) {
    throw std::runtime_error(world.isMain() ? "rank 0 could not listen on " + world.masterAddress + ":" +
                                                  std::to_string(world.masterPort) + " (" + e.what() +
                                                  "); is another run using MASTER_PORT?"
                                            : "rank " + std::to_string(world.rank) + " could not reach rank 0 at " +
                                                  world.masterAddress + ":" + std::to_string(world.masterPort) +
                                                  " within " + seconds(timeout) + " (" + e.what() + ")");
  }
  store->set(arrivalKey(world.rank), std::vector<uint8_t>{1});

  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::vector<int> missing;
  do {
    missing.clear();
    for (int r = 0; r < world.size; ++r)
      if (!store->check({arrivalKey(r)})) missing.push_back(r);
    if (missing.empty()) return store;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  } while (std::chrono::steady_clock::now() < deadline);

  std::string names;
  for (int r : missing) names += (names.empty() ? "" : ", ") + std::to_string(r);
  throw std::runtime_error((missing.size() == 1 ? "rank " : "ranks ") + names + " of " + std::to_string(world.size) +
                           " did not arrive at " + world.masterAddress + ":" + std::to_string(world.masterPort) +
                           " within " + seconds(timeout) + " (seen from rank " + std::to_string(world.rank) + ")");
}

}  // namespace fewshot::distributed
