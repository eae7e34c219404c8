#include "core/models/common/adam_state_archive.h"

#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "core/models/common/optimizer_state_key.h"

namespace fewshot {

namespace {

int64_t readCount(torch::serialize::InputArchive& archive, const std::string& key) {
  torch::Tensor count;
  archive.read(key, count);
  return count.item<int64_t>();
}

void checkMoment(const torch::Tensor& moment, const torch::Tensor& parameter, const char* name, size_t group,
                 size_t index) {
  if (!moment.defined() || moment.numel() == 0) return;
  if (moment.sizes() != parameter.sizes())
    throw std::runtime_error("optimizer state " + std::string(name) + " of parameter " + std::to_string(index) +
                             " in group " + std::to_string(group) + " has the wrong shape");
}

struct LoadedGroup {
  std::vector<std::unique_ptr<torch::optim::AdamParamState>> states;  // null: never stepped
  torch::optim::AdamOptions options{0};
};

}  // namespace

void loadAdamState(torch::optim::Adam& optimizer, torch::serialize::InputArchive& archive) {
  c10::IValue version;
  if (!archive.try_read("pytorch_version", version))
    throw std::runtime_error("optimizer state predates LibTorch 1.5 and cannot be read");
  torch::serialize::InputArchive stateArchive;
  archive.read("state", stateArchive);
  torch::serialize::InputArchive groupsArchive;
  archive.read("param_groups", groupsArchive);

  auto& groups = optimizer.param_groups();
  const int64_t savedGroups = readCount(groupsArchive, "param_groups/size");
  if (savedGroups != static_cast<int64_t>(groups.size()))
    throw std::runtime_error("optimizer state has " + std::to_string(savedGroups) + " parameter groups, the model " +
                             std::to_string(groups.size()));

  std::vector<LoadedGroup> loaded(groups.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    torch::serialize::InputArchive groupArchive;
    groupsArchive.read("param_groups/" + std::to_string(g), groupArchive);
    const auto& params = groups[g].params();
    const int64_t savedParams = readCount(groupArchive, "params/size");
    if (savedParams != static_cast<int64_t>(params.size()))
      throw std::runtime_error("optimizer state's group " + std::to_string(g) + " has " +
                               std::to_string(savedParams) + " parameters, the model " +
                               std::to_string(params.size()));
    for (size_t i = 0; i < params.size(); ++i) {
      c10::IValue savedKey;
      groupArchive.read("params/" + std::to_string(i), savedKey);
      torch::serialize::InputArchive paramArchive;
      std::unique_ptr<torch::optim::AdamParamState> state;
      if (stateArchive.try_read(savedKey.toStringRef(), paramArchive)) {
        state = std::make_unique<torch::optim::AdamParamState>();
        state->serialize(paramArchive);
        checkMoment(state->exp_avg(), params[i], "exp_avg", g, i);
        checkMoment(state->exp_avg_sq(), params[i], "exp_avg_sq", g, i);
        checkMoment(state->max_exp_avg_sq(), params[i], "max_exp_avg_sq", g, i);
      }
      loaded[g].states.push_back(std::move(state));
    }
    torch::serialize::InputArchive optionsArchive;
    groupArchive.read("options", optionsArchive);
    loaded[g].options.serialize(optionsArchive);
  }

  // Everything was read and checked; only now does the optimizer change.
  auto& state = optimizer.state();
  using StateMap = std::remove_reference_t<decltype(state)>;
  for (size_t g = 0; g < groups.size(); ++g) {
    const auto& params = groups[g].params();
    for (size_t i = 0; i < params.size(); ++i) {
      const auto key = optimizerStateKey<StateMap>(params[i]);
      if (loaded[g].states[i])
        state[key] = std::move(loaded[g].states[i]);
      else
        state.erase(key);
    }
    static_cast<torch::optim::AdamOptions&>(groups[g].options()) = loaded[g].options;
  }
}

}  // namespace fewshot
