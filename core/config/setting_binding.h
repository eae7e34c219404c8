// Declares a Setting bound to a field of TrainingConfig (or of one of its sections), so that reading and
// writing it is typed against the struct: bindSetting(&TrainingConfig::batchSize, "batch_size", "Batch size") or
// bindSetting(&TrainingConfig::pggan, &pggan::PgganConfig::fadeKimg, "pggan.fade_kimg", "Images per fade").
#pragma once
#include <string>
#include <type_traits>

#include "core/config/setting.h"
#include "core/config/training_config.h"

namespace fewshot::config {

template <typename Field>
constexpr SettingKind kindOf() {
  if constexpr (std::is_same_v<Field, bool>)
    return SettingKind::Switch;
  else if constexpr (std::is_integral_v<Field>)
    return SettingKind::Integer;
  else if constexpr (std::is_floating_point_v<Field>)
    return SettingKind::Real;
  else
    return SettingKind::Text;
}

template <typename Field>
SettingValue toSettingValue(const Field& field) {
  if constexpr (std::is_same_v<Field, bool>)
    return field;
  else if constexpr (std::is_integral_v<Field>)
    return static_cast<int64_t>(field);
  else if constexpr (std::is_floating_point_v<Field>)
    return static_cast<double>(field);
  else
    return std::string(field);
}

// Numbers convert between integer and real (a studio spin box hands a real for an integer field).
template <typename Field>
Field fromSettingValue(const SettingValue& value) {
  if constexpr (std::is_same_v<Field, bool>) {
    return std::get<bool>(value);
  } else if constexpr (std::is_arithmetic_v<Field>) {
    if (const auto* i = std::get_if<int64_t>(&value)) return static_cast<Field>(*i);
    return static_cast<Field>(std::get<double>(value));
  } else {
    return std::get<std::string>(value);
  }
}

template <typename Field>
Setting bindSetting(Field train::TrainingConfig::*member, std::string key, std::string label) {
  Setting s;
  s.key = std::move(key);
  s.label = std::move(label);
  s.kind = kindOf<Field>();
  s.read = [member](const train::TrainingConfig& c) { return toSettingValue(c.*member); };
  s.write = [member](train::TrainingConfig& c, const SettingValue& v) { c.*member = fromSettingValue<Field>(v); };
  return s;
}

template <typename Section, typename Field>
Setting bindSetting(Section train::TrainingConfig::*section, Field Section::*member, std::string key,
                    std::string label) {
  Setting s;
  s.key = std::move(key);
  s.label = std::move(label);
  s.kind = kindOf<Field>();
  s.read = [section, member](const train::TrainingConfig& c) { return toSettingValue(c.*section.*member); };
  s.write = [section, member](train::TrainingConfig& c, const SettingValue& v) {
    c.*section.*member = fromSettingValue<Field>(v);
  };
  return s;
}

}  // namespace fewshot::config
