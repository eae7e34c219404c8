#include "app/cli/arg_parser.h"

#include <CLI/CLI.hpp>

#include <cmath>
#include <sstream>

#include "core/config/training_config.h"

namespace fewshot::cli {

struct ArgParser::State {
  struct Entry {
    std::string valueName, help, defaultValue;
    bool isFlag = false;
    CLI::Option* option = nullptr;
  };
  std::string usage, summary;
  CLI::App app;
  std::vector<std::string> order;
  std::map<std::string, Entry> entries;
  std::vector<std::pair<std::string, std::string>> positionals;
  // CLI11 writes the given values here; whether one was given is CLI11's count (std::map keeps the
  // strings where CLI11 holds references to them).
  std::map<std::string, std::string> values;
};

ArgParser::ArgParser(std::string usage, std::string summary) : state_(std::make_unique<State>()) {
  state_->usage = std::move(usage);
  state_->summary = std::move(summary);
  state_->app.set_help_flag();  // our own --help, with the help() layout below
  state_->app.allow_extras(false);
  state_->app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  addFlag("help", "show this help and exit");
}

ArgParser::~ArgParser() = default;
ArgParser::ArgParser(ArgParser&&) noexcept = default;
ArgParser& ArgParser::operator=(ArgParser&&) noexcept = default;

void ArgParser::addOption(const std::string& name, const std::string& valueName, const std::string& help,
                          const std::string& defaultValue) {
  State::Entry entry{valueName, help, defaultValue, false, nullptr};
  entry.option = state_->app.add_option("--" + name, state_->values[name], help)->type_name(valueName);
  state_->order.push_back(name);
  state_->entries[name] = entry;
}

void ArgParser::addFlag(const std::string& name, const std::string& help) {
  State::Entry entry{{}, help, {}, true, nullptr};
  entry.option = state_->app.add_flag("--" + name, help);
  state_->order.push_back(name);
  state_->entries[name] = entry;
}

void ArgParser::addPositional(const std::string& name, const std::string& help) {
  state_->app.add_option(name, state_->values[name], help);
  state_->positionals.emplace_back(name, help);
}

void ArgParser::addCheck(const std::string& name, const std::string& description,
                         std::function<std::string(const std::string& value)> check) {
  state_->entries.at(name).option->check(
      CLI::Validator([check = std::move(check)](std::string& value) { return check(value); }, description));
}


bool ArgParser::parse(const std::vector<std::string>& args) {
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 consumes from the back
  try {
    state_->app.parse(reversed);
  } catch (const CLI::ExtrasError& e) {
    throw UsageError(std::string(e.what()) + " (see --help)");
  } catch (const CLI::ParseError& e) {
    throw UsageError(e.what());
  }
  if (has("help")) return false;
  for (const auto& [name, h] : state_->positionals)
    if (state_->app.count(name) == 0) throw UsageError("missing argument " + name + " (see --help)");
  // --device is spelled the same in every command; a misspelling is a usage error (exit 2) everywhere,
  // while a well-spelled device that is absent here is reported when it is opened.
  if (has("device") && !train::isDeviceName(get("device")))
    throw UsageError("--device must be cpu, cuda or cuda:N, not '" + get("device") + "'");
  return true;
}

std::string ArgParser::help() const {
  std::ostringstream out;
  out << "usage: " << state_->usage << "\n\n" << state_->summary << "\n";
  if (!state_->positionals.empty()) {
    out << "\narguments:\n";
    for (const auto& [name, h] : state_->positionals) out << "  " << name << "\n      " << h << "\n";
  }
  out << "\noptions:\n";
  for (const auto& name : state_->order) {
    const State::Entry& o = state_->entries.at(name);
    out << "  --" << name;
    if (!o.isFlag) out << " " << o.valueName;
    out << "\n      " << o.help;
    if (!o.defaultValue.empty()) out << " (default: " << o.defaultValue << ")";
    out << "\n";
  }
  return out.str();
}

bool ArgParser::has(const std::string& name) const {
  const auto it = state_->entries.find(name);
  if (it != state_->entries.end()) return it->second.option->count() > 0;
  for (const auto& [positional, h] : state_->positionals)
    if (positional == name) return state_->app.count(name) > 0;
  return false;  // not an option of this command
}

std::string ArgParser::get(const std::string& name) const {
  if (has(name)) {
    const auto it = state_->values.find(name);
    if (it != state_->values.end()) return it->second;
  }
  if (auto it = state_->entries.find(name); it != state_->entries.end()) return it->second.defaultValue;
  return {};
}

int ArgParser::getInt(const std::string& name) const {
  const std::string v = get(name);
  try {
    size_t used = 0;
    long long n = std::stoll(v, &used);
    if (used != v.size() || n < INT32_MIN || n > INT32_MAX) throw std::invalid_argument(v);
    return static_cast<int>(n);
  } catch (const std::exception&) {
    throw UsageError("--" + name + " expects an integer, got '" + v + "'");
  }
}

double ArgParser::getDouble(const std::string& name) const {
  const std::string v = get(name);
  try {
    size_t used = 0;
    double d = std::stod(v, &used);
    if (used != v.size() || !std::isfinite(d)) throw std::invalid_argument(v);
    return d;
  } catch (const std::exception&) {
    throw UsageError("--" + name + " expects a finite number, got '" + v + "'");
  }
}

std::string ArgParser::positional(const std::string& name) const { return get(name); }

}  // namespace fewshot::cli
