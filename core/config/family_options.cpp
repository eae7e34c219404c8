#include "core/config/family_options.h"

#include <algorithm>

#include "core/config/common_settings.h"

namespace fewshot::config {

bool FamilyOptions::hasPreset(const std::string& preset) const {
  return std::any_of(presets.begin(), presets.end(), [&](const FamilyPreset& p) { return p.id == preset; });
}

std::vector<const Setting*> FamilyOptions::applicableSettings() const {
  std::vector<const Setting*> all;
  for (const Setting& s : commonSettings())
    if (unusedCommon.count(s.key) == 0) all.push_back(&s);
  for (const Setting& s : settings) all.push_back(&s);
  return all;
}

const Setting* FamilyOptions::findSetting(const std::string& key) const {
  for (const Setting* s : applicableSettings())
    if (s->key == key) return s;
  return nullptr;
}

const Setting* FamilyOptions::findOption(const std::string& option) const {
  for (const Setting* s : applicableSettings())
    if (!option.empty() && s->option == option) return s;
  return nullptr;
}

const FamilyOptions* findFamilyOptions(const std::string& id) {
  for (const auto& f : allFamilyOptions())
    if (f.id == id) return &f;
  return nullptr;
}

std::string familyIdList() {
  std::string list;
  for (const auto& f : allFamilyOptions()) list += (list.empty() ? "" : ", ") + f.id;
  return list;
}

const FamilyOptions& familyOptions(const std::string& id) {
  const FamilyOptions* f = findFamilyOptions(id);
  if (!f) throw SettingError("model", "unknown model '" + id + "' (" + familyIdList() + ")");
  return *f;
}

}  // namespace fewshot::config
