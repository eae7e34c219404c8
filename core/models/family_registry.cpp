#include "core/models/family_registry.h"

#include <algorithm>
#include <stdexcept>

namespace fewshot::models {

const char* capabilityName(Capability c) {
  switch (c) {
    case Capability::Seeds: return "seeds";
    case Capability::Interpolation: return "interpolation";
    case Capability::LatentsJson: return "latents-json";
    case Capability::StyleMixing: return "style-mixing";
    case Capability::AnySize: return "any-size";
    case Capability::Harmonization: return "harmonization";
    case Capability::TorchExport: return "torch-export";
    case Capability::OnnxExport: return "onnx-export";
    case Capability::LiveMetrics: return "live-metrics";
  }
  return "unknown";
}

const std::vector<Capability>& allCapabilities() {
  static const std::vector<Capability> all = {
      Capability::Seeds,         Capability::Interpolation, Capability::LatentsJson,
      Capability::StyleMixing,   Capability::AnySize,       Capability::Harmonization,
      Capability::TorchExport,   Capability::OnnxExport,    Capability::LiveMetrics};
  return all;
}

std::string FamilyDescriptor::whyNot(Capability c) const {
  const auto it = unsupported.find(c);
  return it == unsupported.end() ? std::string() : it->second;
}

const FamilyDescriptor* findFamily(const std::string& id) {
  for (const auto& f : families())
    if (f.id == id) return &f;
  return nullptr;
}

std::string familyIdList() {
  std::string list;
  for (const auto& f : families()) list += (list.empty() ? "" : ", ") + f.id;
  return list;
}

const FamilyDescriptor& family(const std::string& id) {
  const FamilyDescriptor* f = findFamily(id);
  if (!f) throw std::invalid_argument("unknown model '" + id + "' (" + familyIdList() + ")");
  return *f;
}

}  // namespace fewshot::models
