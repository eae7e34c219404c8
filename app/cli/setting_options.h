// The command-line options of training settings, made from their declarations (core/config): one option
// per option name across all families, with CLI11 validators where every family agrees on the range or the
// choices. Applying them writes the given values over a preset, in the order the settings are declared,
// and refuses options that mean nothing to the chosen family.
#pragma once
#include <set>
#include <string>

#include "app/cli/arg_parser.h"
#include "core/config/family_options.h"

namespace fewshot::cli {

// `only`: restrict to these option names (empty: all).
void addSettingOptions(ArgParser& parser, const std::set<std::string>& only = {});

// Writes the given setting options into `config` (a preset of `family`) and returns the config.json keys
// that were given. Throws UsageError naming the option for bad values and for options `family` lacks.
std::set<std::string> applySettingOptions(const ArgParser& parser, const config::FamilyOptions& family,
                                          train::TrainingConfig& config, const std::set<std::string>& only = {});

// The setting error as the command line reports it: the message, then the option that sets the value.
UsageError usageError(const config::SettingError& error, const config::FamilyOptions& family);

// The options given that are training settings (for commands that refuse them, e.g. with --resume).
std::set<std::string> givenSettingOptions(const ArgParser& parser);

}  // namespace fewshot::cli
