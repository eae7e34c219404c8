// The settings every family shares (the top level of config.json, live metrics, augmentation). A family
// leaves out those that mean nothing to it (FamilyOptions::unusedCommon) and adds its own.
#pragma once
#include <vector>

#include "core/config/setting.h"

namespace fewshot::config {

const std::vector<Setting>& commonSettings();

}  // namespace fewshot::config
