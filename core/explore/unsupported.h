// The error of asking a run for something its model family cannot do (core/explore/run_sampler.h). Its
// message is the family's reason (FamilyDescriptor::whyNot); the CLI reports it as a usage error (exit 2).
#pragma once
#include <stdexcept>

namespace fewshot::explore {

class Unsupported : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace fewshot::explore
