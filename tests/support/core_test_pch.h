// Precompiled header of the core tests (tests/CMakeLists.txt): the headers every one of them includes.
#pragma once
#include <QtTest>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>
