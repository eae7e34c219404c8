#include <sstream>
#include <stdexcept>

#include "core/data/dataset_import.h"

namespace fewshot::data {

ResizePolicy resizePolicyFromString(const std::string& s) {
  if (s == "crop") return ResizePolicy::CenterCrop;
  if (s == "pad") return ResizePolicy::Pad;
  if (s == "stretch") return ResizePolicy::Stretch;
  throw std::invalid_argument("resize policy must be crop, pad or stretch, not '" + s + "'");
}

Resampling resamplingFromString(const std::string& s) {
  if (s == "area") return Resampling::Area;
  if (s == "bilinear") return Resampling::Bilinear;
  throw std::invalid_argument("resampling must be area or bilinear, not '" + s + "'");
}

std::string toString(ResizePolicy p) {
  switch (p) {
    case ResizePolicy::CenterCrop: return "crop";
    case ResizePolicy::Pad: return "pad";
    case ResizePolicy::Stretch: return "stretch";
  }
  return "crop";
}

std::string toString(Resampling r) { return r == Resampling::Area ? "area" : "bilinear"; }

int ImportReport::skippedCount() const {
  int n = 0;
  for (const auto& i : issues) n += i.kind == ImportIssue::Kind::Skipped;
  return n;
}

int ImportReport::warningCount() const {
  int n = 0;
  for (const auto& i : issues) n += i.kind == ImportIssue::Kind::Warning;
  return n;
}

nlohmann::json ImportReport::toJson() const {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& i : issues)
    list.push_back({{"kind", i.kind == ImportIssue::Kind::Skipped ? "skipped" : "warning"}, {"file", i.file}, {"reason", i.reason}});
  return {{"root", root},
          {"files_scanned", filesScanned},
          {"images_accepted", imagesAccepted},
          {"skipped", skippedCount()},
          {"warnings", warningCount()},
          {"loaded_from_cache", loadedFromCache},
          {"cache_path", cachePath},
          {"issues", list},
          {"notes", notes}};
}

std::string ImportReport::toText() const {
  std::ostringstream out;
  out << imagesAccepted << " images usable of " << filesScanned << " image files in " << root << "; "
      << skippedCount() << " skipped, " << warningCount() << " warnings" << (loadedFromCache ? " (from cache)" : "") << "\n";
  for (const auto& i : issues)
    out << (i.kind == ImportIssue::Kind::Skipped ? "  skipped: " : "  warning: ") << i.file << ": " << i.reason << "\n";
  for (const auto& n : notes) out << "  note: " << n << "\n";
  return out.str();
}

}  // namespace fewshot::data
