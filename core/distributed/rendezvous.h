// Meeting point of a data-parallel run: a c10d TCPStore that rank 0 serves at MASTER_ADDR:MASTER_PORT.
// Every rank checks in under its own key, so that a rank that never arrives is named in the error
// rather than leaving the others waiting forever.
#pragma once
#include <torch/csrc/distributed/c10d/Store.hpp>

#include <chrono>

#include "core/distributed/world.h"

namespace fewshot::distributed {

c10::intrusive_ptr<c10d::Store> rendezvous(const World& world, std::chrono::milliseconds timeout);

}  // namespace fewshot::distributed
