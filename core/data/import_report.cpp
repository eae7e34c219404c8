// The import report: counts, one entry per skipped or questionable file, dataset-level notes.
#include <sstream>

#include "core/data/dataset_import.h"

namespace fewshot::data {
namespace {

std::string plural(int n, const char* singular, const char* pluralForm) {
  return std::to_string(n) + " " + (n == 1 ? singular : pluralForm);
}

const char* kindName(ImportIssue::Kind kind) { return kind == ImportIssue::Kind::Skipped ? "skipped" : "warning"; }

}  // namespace

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
  for (const auto& i : issues) list.push_back({{"kind", kindName(i.kind)}, {"file", i.file}, {"reason", i.reason}});
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
  out << plural(imagesAccepted, "image", "images") << " usable of " << plural(filesScanned, "file", "files");
  if (!root.empty()) out << " in " << root;
  out << "; " << skippedCount() << " skipped, " << plural(warningCount(), "warning", "warnings");
  if (loadedFromCache) out << " (from cache)";
  out << "\n";
  for (const auto& i : issues) out << kindName(i.kind) << ": " << i.file << ": " << i.reason << "\n";
  for (const auto& n : notes) out << "note: " << n << "\n";
  return out.str();
}

ImportReport importReportFromJson(const nlohmann::json& j) {
  ImportReport r;
  r.root = j.value("root", std::string());
  r.filesScanned = j.value("files_scanned", 0);
  r.imagesAccepted = j.value("images_accepted", 0);
  r.loadedFromCache = j.value("loaded_from_cache", false);
  r.cachePath = j.value("cache_path", std::string());
  for (const auto& i : j.at("issues")) {
    const std::string kind = i.at("kind").get<std::string>();
    if (kind != "skipped" && kind != "warning") throw std::invalid_argument("import report: unknown issue kind '" + kind + "'");
    r.issues.push_back({kind == "skipped" ? ImportIssue::Kind::Skipped : ImportIssue::Kind::Warning,
                        i.at("file").get<std::string>(), i.at("reason").get<std::string>()});
  }
  r.notes = j.value("notes", std::vector<std::string>{});
  return r;
}

}  // namespace fewshot::data
