#include "core/distributed/world.h"

#include <cstdlib>
#include <stdexcept>

namespace fewshot::distributed {

namespace {

const char* variable(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? value : nullptr;
}

int integerVariable(const char* name, int fallback, int lowest, int highest) {
  const char* text = variable(name);
  if (!text) return fallback;
  char* end = nullptr;
  const long value = std::strtol(text, &end, 10);
  if (*end != '\0' || value < lowest || value > highest)
    throw std::invalid_argument(std::string("the environment variable ") + name + " is \"" + text +
                                "\"; it must be a whole number from " + std::to_string(lowest) + " to " +
                                std::to_string(highest));
  return static_cast<int>(value);
}

}  // namespace

std::string World::describe() const {
  return "rank " + std::to_string(rank) + " of " + std::to_string(size) + " (" + masterAddress + ":" +
         std::to_string(masterPort) + ")";
}

World worldFromEnvironment() {
  World world;
  world.size = integerVariable("WORLD_SIZE", 1, 1, 65536);
  world.rank = integerVariable("RANK", 0, 0, world.size - 1);
  world.localRank = integerVariable("LOCAL_RANK", world.rank, 0, 65535);
  world.masterPort = integerVariable("MASTER_PORT", world.masterPort, 1, 65535);
  if (const char* address = variable("MASTER_ADDR")) world.masterAddress = address;
  if (world.distributed() && !variable("RANK"))
    throw std::invalid_argument("WORLD_SIZE is " + std::to_string(world.size) +
                                " but RANK is not set: each process needs its own RANK from 0 to " +
                                std::to_string(world.size - 1));
  return world;
}

}  // namespace fewshot::distributed
