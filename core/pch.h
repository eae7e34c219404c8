// Precompiled header of the core library: LibTorch is by far the slowest thing to parse.
#pragma once
#include <torch/torch.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>
#include <memory>
