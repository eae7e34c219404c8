// One training setting, declared once: its config.json key, the words users see (studio label, --help
// line, validation messages), its command-line option, its range or choices, and how to read and write
// it in a TrainingConfig. The CLI binds its options to these declarations, the studio builds its option
// panels from them, and TrainingConfig::validate() checks every range with them.
#pragma once
#include <cstdint>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "core/config/setting_text.h"

namespace fewshot::train {
struct TrainingConfig;
}

namespace fewshot::config {

using SettingValue = std::variant<bool, int64_t, double, std::string>;

enum class SettingKind {
  Switch,   // bool
  Integer,  // any integer field
  Real,     // double
  Text,     // std::string, free or one of `choices`
  Path,     // std::string naming a file or folder
};

const char* kindName(SettingKind kind);  // "switch", "integer", ... (the studio's field types)

// A setting whose value is wrong. `key` is the setting's config.json key (empty when the problem
// involves several); what() names the setting in the user's words. The CLI adds the option's name.
class SettingError : public std::invalid_argument {
 public:
  SettingError(std::string key, const std::string& message) : std::invalid_argument(message), key_(std::move(key)) {}
  const std::string& key() const { return key_; }

 private:
  std::string key_;
};

struct Setting {
  std::string key;    // config.json path: "batch_size", "pggan.fade_kimg"
  std::string label;  // "Batch size" (studio, messages); translated by the studio (context "Setting")
  std::string help;   // one line: --help and the studio's tooltip (translated likewise)
  SettingKind kind = SettingKind::Integer;

  // Command line. An empty option means the setting is not on the command line.
  std::string option;           // "batch" for --batch
  std::string valueName = "N";  // the value's placeholder in --help
  bool switchSets = true;       // Switch: what the bare --option sets (false: --full-generator)

  double minimum = -std::numeric_limits<double>::infinity();
  double maximum = std::numeric_limits<double>::infinity();
  bool minimumExcluded = false;           // "above 0" rather than "at least 0"
  bool maximumExcluded = false;           // "below 1" rather than "at most 1"
  std::vector<std::string> choices;       // allowed values (as text; integers too)
  std::vector<std::string> choiceLabels;  // studio names of the choices, in the same order (optional)
  bool choicesSuggestedOnly = false;      // other values are allowed too (checked by hand: "cuda:1")

  // Studio layout.
  bool advanced = false;  // under "Advanced options"
  bool inStudio = true;   // some settings exist for scripts only (a second spelling, a test knob)
  // Machine and output choices (device, threads, TensorBoard files) are not what a preset is: choosing a
  // preset keeps them, and they do not make the settings "Custom".
  bool inPresets = true;
  // A second way to set other settings (--lr sets both learning rates): checked through those, not itself.
  bool shorthand = false;
  double step = 1;             // spin box step
  int decimals = 0;            // Real: digits after the point
  std::string minimumText;     // shown instead of the minimum ("all cores" for 0 threads)
  std::string enabledWhenKey;  // enabled only while that setting holds one of enabledWhenValues
  std::vector<std::string> enabledWhenValues;

  std::function<SettingValue(const train::TrainingConfig&)> read;
  std::function<void(train::TrainingConfig&, const SettingValue&)> write;

  // Chained declaration helpers.
  Setting& cli(std::string name, std::string placeholder = "N");
  Setting& range(double low, double high);  // both included
  Setting& atLeast(double low);
  Setting& above(double low);   // low excluded
  Setting& below(double high);  // high excluded
  Setting& oneOf(std::vector<std::string> values, std::vector<std::string> labels = {});
  Setting& describe(std::string text);
  Setting& inAdvanced();
  Setting& scriptsOnly();
  Setting& spin(double stepSize, int digits = 0);
  Setting& enabledWhen(std::string otherKey, std::vector<std::string> values);
  Setting& asPath();
  Setting& switchSetsFalse();
  Setting& minimumShownAs(std::string text);
  Setting& suggestOnly();
  Setting& outsidePresets();
  Setting& asShorthand();  // also scripts only

  bool hasRange() const;
};

// "from 1 to 4096", "above 0", "at least 2 and below 1" (empty when the setting has no range).
std::string rangeText(const Setting& setting);
// The text of a value as the user would type it ("8", "0.0002", "true", "crop").
std::string valueText(const SettingValue& value);
// Parses what the user typed for `setting` (an integer, a finite number, true/false, or text).
// Throws SettingError naming the setting.
SettingValue parseValue(const Setting& setting, const std::string& text);
// Throws SettingError when `value` is outside the setting's range or choices.
void checkValue(const Setting& setting, const SettingValue& value);

}  // namespace fewshot::config
