#include "app/cli/arg_parser.h"

#include <cmath>
#include <sstream>

#include "core/train/training_config.h"

namespace fewshot::cli {

ArgParser::ArgParser(std::string usage, std::string summary)
    : usage_(std::move(usage)), summary_(std::move(summary)) {
  addFlag("help", "show this help and exit");
}

void ArgParser::addOption(const std::string& name, const std::string& valueName,
                          const std::string& help, const std::string& defaultValue) {
  optionOrder_.push_back(name);
  options_[name] = Option{valueName, help, defaultValue, false};
}

void ArgParser::addFlag(const std::string& name, const std::string& help) {
  optionOrder_.push_back(name);
  options_[name] = Option{{}, help, {}, true};
}

void ArgParser::addPositional(const std::string& name, const std::string& help) {
  positionals_.emplace_back(name, help);
}

bool ArgParser::parse(const std::vector<std::string>& args) {
  size_t nextPositional = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.rfind("--", 0) == 0 && a.size() > 2) {
      std::string name = a.substr(2), value;
      bool inlineValue = false;
      if (auto eq = name.find('='); eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        inlineValue = true;
      }
      auto it = options_.find(name);
      if (it == options_.end()) throw UsageError("unknown option --" + name + " (see --help)");
      if (it->second.isFlag) {
        if (inlineValue) throw UsageError("--" + name + " takes no value");
        values_[name] = "1";
        continue;
      }
      if (!inlineValue) {
        if (i + 1 >= args.size()) throw UsageError("--" + name + " needs a value (" + it->second.valueName + ")");
        value = args[++i];
      }
      values_[name] = value;
    } else {
      if (nextPositional >= positionals_.size()) throw UsageError("unexpected argument '" + a + "' (see --help)");
      values_[positionals_[nextPositional++].first] = a;
    }
  }
  if (has("help")) return false;
  for (size_t i = nextPositional; i < positionals_.size(); ++i)
    throw UsageError("missing argument " + positionals_[i].first + " (see --help)");
  // --device is spelled the same in every command; a misspelling is a usage error (exit 2) everywhere,
  // while a well-spelled device that is absent here is reported when it is opened.
  if (has("device") && !train::isDeviceName(get("device")))
    throw UsageError("--device must be cpu, cuda or cuda:N, not '" + get("device") + "'");
  return true;
}

std::string ArgParser::help() const {
  std::ostringstream out;
  out << "usage: " << usage_ << "\n\n" << summary_ << "\n";
  if (!positionals_.empty()) {
    out << "\narguments:\n";
    for (const auto& [name, h] : positionals_) out << "  " << name << "\n      " << h << "\n";
  }
  out << "\noptions:\n";
  for (const auto& name : optionOrder_) {
    const Option& o = options_.at(name);
    out << "  --" << name;
    if (!o.isFlag) out << " " << o.valueName;
    out << "\n      " << o.help;
    if (!o.defaultValue.empty()) out << " (default: " << o.defaultValue << ")";
    out << "\n";
  }
  return out.str();
}

bool ArgParser::has(const std::string& name) const { return values_.count(name) > 0; }

std::string ArgParser::get(const std::string& name) const {
  if (auto it = values_.find(name); it != values_.end()) return it->second;
  if (auto it = options_.find(name); it != options_.end()) return it->second.defaultValue;
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
