// A small declarative parser for `--name value` options, `--flag` switches and positionals.
#pragma once
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace fewshot::cli {

// Thrown for anything the user typed wrong; main() prints it and exits with status 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ArgParser {
 public:
  ArgParser(std::string usage, std::string summary);

  void addOption(const std::string& name, const std::string& valueName, const std::string& help,
                 const std::string& defaultValue = {});
  void addFlag(const std::string& name, const std::string& help);
  void addPositional(const std::string& name, const std::string& help);

  // Throws UsageError on unknown options, missing values or missing positionals.
  // Returns false when --help was given (the caller prints help() and exits 0).
  bool parse(const std::vector<std::string>& args);
  std::string help() const;

  bool has(const std::string& name) const;  // given on the command line (or a flag set)
  std::string get(const std::string& name) const;  // value or default
  int getInt(const std::string& name) const;
  double getDouble(const std::string& name) const;
  std::string positional(const std::string& name) const;

 private:
  struct Option {
    std::string valueName, help, defaultValue;
    bool isFlag = false;
  };
  std::string usage_, summary_;
  std::vector<std::string> optionOrder_;
  std::map<std::string, Option> options_;
  std::vector<std::pair<std::string, std::string>> positionals_;
  std::map<std::string, std::string> values_;
};

}  // namespace fewshot::cli
