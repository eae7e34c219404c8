// The options of one `fewshot` command, parsed by CLI11: `--name value` options, `--flag` switches and
// positionals. The help text keeps one layout for every command (packaging/cli_docs.py builds the manual
// page and the bash completion from it).
#pragma once
#include <functional>
#include <map>
#include <memory>
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
  ~ArgParser();
  ArgParser(ArgParser&&) noexcept;
  ArgParser& operator=(ArgParser&&) noexcept;

  void addOption(const std::string& name, const std::string& valueName, const std::string& help,
                 const std::string& defaultValue = {});
  void addFlag(const std::string& name, const std::string& help);
  void addPositional(const std::string& name, const std::string& help);
  // A CLI11 validator checked while parsing: `check` returns what is wrong with a value, or nothing.
  // `description` is the accepted range or set, e.g. "[1 - 4096]".
  void addCheck(const std::string& name, const std::string& description,
                std::function<std::string(const std::string& value)> check);

  // Throws UsageError on unknown options, missing or invalid values, or missing positionals.
  // Returns false when --help was given (the caller prints help() and exits 0).
  bool parse(const std::vector<std::string>& args);
  std::string help() const;

  // Given on the command line (or a flag set); false for a name that is not an option of this command.
  bool has(const std::string& name) const;
  std::string get(const std::string& name) const;  // value or default
  int getInt(const std::string& name) const;
  double getDouble(const std::string& name) const;
  std::string positional(const std::string& name) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace fewshot::cli
