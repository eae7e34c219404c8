#include "app/cli/setting_options.h"

#include <algorithm>
#include <map>
#include <vector>

#include "core/config/common_settings.h"
#include "core/config/training_config.h"

namespace fewshot::cli {
namespace {

struct OptionUse {
  std::vector<const config::Setting*> settings;  // every declaration of the option, across families
  std::vector<std::string> families;             // the families with it (empty: shared by all)
};

// Option name -> its declarations, in the order of first appearance.
const std::vector<std::pair<std::string, OptionUse>>& optionUses() {
  static const std::vector<std::pair<std::string, OptionUse>> uses = [] {
    std::vector<std::pair<std::string, OptionUse>> all;
    auto add = [&](const config::Setting& s, const std::string& family) {
      if (s.option.empty()) return;
      auto it = std::find_if(all.begin(), all.end(), [&](const auto& u) { return u.first == s.option; });
      if (it == all.end()) it = all.insert(all.end(), {s.option, OptionUse{}});
      it->second.settings.push_back(&s);
      if (!family.empty()) it->second.families.push_back(family);
    };
    for (const config::Setting& s : config::commonSettings()) add(s, "");
    for (const config::FamilyOptions& f : config::allFamilyOptions())
      for (const config::Setting& s : f.settings) add(s, f.id);
    return all;
  }();
  return uses;
}

std::string joined(const std::vector<std::string>& values) {
  std::string text;
  for (const std::string& v : values) text += (text.empty() ? "" : ",") + v;
  return text;
}

bool selected(const std::string& option, const std::set<std::string>& only) {
  return only.empty() || only.count(option) > 0;
}

}  // namespace

void addSettingOptions(ArgParser& parser, const std::set<std::string>& only) {
  for (const auto& [option, use] : optionUses()) {
    if (!selected(option, only)) continue;
    const config::Setting& first = *use.settings.front();
    std::string help = first.help;
    if (!use.families.empty()) {
      std::string families;
      for (const std::string& f : use.families) families += (families.empty() ? "" : ", ") + f;
      help = families + ": " + help;
    }
    if (first.kind == config::SettingKind::Switch) {
      parser.addFlag(option, help);
      continue;
    }
    parser.addOption(option, first.valueName, help);
    // Validators only where every declaration agrees (--size has other choices for each family; those
    // are checked when the value is applied to the chosen family).
    bool sameRange = true, sameChoices = true;
    for (const config::Setting* s : use.settings) {
      sameRange = sameRange && s->minimum == first.minimum && s->maximum == first.maximum &&
                  s->minimumExcluded == first.minimumExcluded && s->maximumExcluded == first.maximumExcluded;
      sameChoices = sameChoices && s->choices == first.choices && !s->choicesSuggestedOnly;
    }
    if ((sameRange && first.hasRange()) || (sameChoices && !first.choices.empty())) {
      // The words of the setting's own check (core/config/setting.cpp), so the CLI and the studio agree.
      const std::string description =
          first.choices.empty() ? config::rangeText(first) : "{" + joined(first.choices) + "}";
      parser.addCheck(option, description, [&first](const std::string& text) {
        try {
          config::checkValue(first, config::parseValue(first, text));
        } catch (const config::SettingError& e) {
          return std::string(e.what());
        }
        return std::string();
      });
    }
  }
}

UsageError usageError(const config::SettingError& error, const config::FamilyOptions& family) {
  for (const config::Setting* s : family.applicableSettings())
    if (s->key == error.key() && !s->option.empty())
      return UsageError(std::string(error.what()) + " (--" + s->option + ")");
  return UsageError(error.what());
}

std::set<std::string> applySettingOptions(const ArgParser& parser, const config::FamilyOptions& family,
                                          train::TrainingConfig& config, const std::set<std::string>& only) {
  std::set<std::string> givenKeys;
  for (const config::Setting* s : family.applicableSettings()) {
    if (s->option.empty() || !selected(s->option, only) || !parser.has(s->option)) continue;
    try {
      const config::SettingValue value = s->kind == config::SettingKind::Switch
                                             ? config::SettingValue(s->switchSets)
                                             : config::parseValue(*s, parser.get(s->option));
      config::checkValue(*s, value);
      s->write(config, value);
    } catch (const config::SettingError& e) {
      throw UsageError(std::string(e.what()) + " (--" + s->option + ")");
    }
    givenKeys.insert(s->key);
  }
  for (const auto& [option, use] : optionUses())
    if (selected(option, only) && parser.has(option) && !family.findOption(option))
      throw UsageError("--" + option + " does not apply to --model " + family.id);
  return givenKeys;
}

std::set<std::string> givenSettingOptions(const ArgParser& parser) {
  std::set<std::string> given;
  for (const auto& [option, use] : optionUses())
    if (parser.has(option)) given.insert(option);
  return given;
}

}  // namespace fewshot::cli
