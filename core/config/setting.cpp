#include "core/config/setting.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace fewshot::config {

const char* kindName(SettingKind kind) {
  switch (kind) {
    case SettingKind::Switch: return "switch";
    case SettingKind::Integer: return "integer";
    case SettingKind::Real: return "real";
    case SettingKind::Text: return "text";
    case SettingKind::Path: return "path";
  }
  return "text";
}

Setting& Setting::cli(std::string name, std::string placeholder) {
  option = std::move(name);
  valueName = std::move(placeholder);
  return *this;
}

Setting& Setting::range(double low, double high) {
  minimum = low;
  maximum = high;
  return *this;
}

Setting& Setting::atLeast(double low) {
  minimum = low;
  return *this;
}

Setting& Setting::above(double low) {
  minimum = low;
  minimumExcluded = true;
  return *this;
}

Setting& Setting::below(double high) {
  maximum = high;
  maximumExcluded = true;
  return *this;
}

Setting& Setting::oneOf(std::vector<std::string> values, std::vector<std::string> labels) {
  choices = std::move(values);
  choiceLabels = std::move(labels);
  return *this;
}

Setting& Setting::describe(std::string text) {
  help = std::move(text);
  return *this;
}

Setting& Setting::inAdvanced() {
  advanced = true;
  return *this;
}

Setting& Setting::scriptsOnly() {
  inStudio = false;
  return *this;
}

Setting& Setting::spin(double stepSize, int digits) {
  step = stepSize;
  decimals = digits;
  return *this;
}

Setting& Setting::enabledWhen(std::string otherKey, std::vector<std::string> values) {
  enabledWhenKey = std::move(otherKey);
  enabledWhenValues = std::move(values);
  return *this;
}

Setting& Setting::asPath() {
  kind = SettingKind::Path;
  valueName = "PATH";
  return *this;
}

Setting& Setting::switchSetsFalse() {
  switchSets = false;
  return *this;
}

Setting& Setting::minimumShownAs(std::string text) {
  minimumText = std::move(text);
  return *this;
}

Setting& Setting::suggestOnly() {
  choicesSuggestedOnly = true;
  return *this;
}

Setting& Setting::outsidePresets() {
  inPresets = false;
  return *this;
}

Setting& Setting::asShorthand() {
  shorthand = true;
  inStudio = false;
  return *this;
}

bool Setting::hasRange() const { return std::isfinite(minimum) || std::isfinite(maximum); }

namespace {

std::string numberText(double v) {
  std::ostringstream out;
  out.precision(12);
  out << v;
  return out.str();
}

std::string choiceList(const std::vector<std::string>& choices) {
  std::string list;
  for (size_t i = 0; i < choices.size(); ++i)
    list += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
  return list;
}

}  // namespace

std::string rangeText(const Setting& s) {
  const bool low = std::isfinite(s.minimum), high = std::isfinite(s.maximum);
  if (low && high && !s.minimumExcluded && !s.maximumExcluded)
    return "from " + numberText(s.minimum) + " to " + numberText(s.maximum);
  std::string text;
  if (low) text = (s.minimumExcluded ? "above " : "at least ") + numberText(s.minimum);
  if (high)
    text += (low ? " and " : "") + std::string(s.maximumExcluded ? "below " : "at most ") + numberText(s.maximum);
  return text;
}

std::string valueText(const SettingValue& value) {
  if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  if (const auto* i = std::get_if<int64_t>(&value)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&value)) return numberText(*d);
  return std::get<std::string>(value);
}

SettingValue parseValue(const Setting& setting, const std::string& text) {
  switch (setting.kind) {
    case SettingKind::Switch:
      if (text == "true" || text == "1" || text == "on" || text == "yes") return true;
      if (text == "false" || text == "0" || text == "off" || text == "no") return false;
      throw SettingError(setting.key, setting.label + " expects true or false, not '" + text + "'");
    case SettingKind::Integer: {
      size_t used = 0;
      long long n = 0;
      try {
        n = std::stoll(text, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      if (used == 0 || used != text.size())
        throw SettingError(setting.key, setting.label + " expects a whole number, not '" + text + "'");
      return static_cast<int64_t>(n);
    }
    case SettingKind::Real: {
      size_t used = 0;
      double d = 0;
      try {
        d = std::stod(text, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      if (used == 0 || used != text.size() || !std::isfinite(d))
        throw SettingError(setting.key, setting.label + " expects a finite number, not '" + text + "'");
      return d;
    }
    case SettingKind::Text:
    case SettingKind::Path: return text;
  }
  return text;
}

void checkValue(const Setting& setting, const SettingValue& value) {
  if (!setting.choices.empty() && !setting.choicesSuggestedOnly) {
    const std::string text = valueText(value);
    if (std::find(setting.choices.begin(), setting.choices.end(), text) == setting.choices.end())
      throw SettingError(setting.key,
                         setting.label + " must be " + choiceList(setting.choices) + ", not '" + text + "'");
  }
  double number = 0;
  if (const auto* i = std::get_if<int64_t>(&value))
    number = static_cast<double>(*i);
  else if (const auto* d = std::get_if<double>(&value))
    number = *d;
  else
    return;
  if (!std::isfinite(number))
    throw SettingError(setting.key, setting.label + " must be a finite number, not " + valueText(value));
  if (!setting.hasRange()) return;
  const bool aboveMinimum = setting.minimumExcluded ? number > setting.minimum : number >= setting.minimum;
  const bool belowMaximum = setting.maximumExcluded ? number < setting.maximum : number <= setting.maximum;
  if (!aboveMinimum || !belowMaximum)
    throw SettingError(setting.key, setting.label + " must be " + rangeText(setting) + ", not " + valueText(value));
}

}  // namespace fewshot::config
