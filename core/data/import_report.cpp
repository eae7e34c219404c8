// The import report: counts, one entry per skipped or questionable file, dataset-level notes.
#include <sstream>

#include "core/data/dataset_import.h"
#include "core/util/utf8.h"

namespace fewshot::data {
namespace {

std::string plural(int n, const char* singular, const char* pluralForm) {
  return std::to_string(n) + " " + (n == 1 ? singular : pluralForm);
}

const char* kindName(ImportIssue::Kind kind) { return kind == ImportIssue::Kind::Skipped ? "skipped" : "warning"; }

// JSON text must be UTF-8; file names need not be. The readable form replaces bad bytes with U+FFFD,
// and "<key>_hex" keeps the exact bytes so that a report read back names the same files.
void putPath(nlohmann::json& object, const std::string& key, const std::string& path) {
  object[key] = util::toValidUtf8(path);
  if (!util::isValidUtf8(path)) object[key + "_hex"] = util::toHex(path);
}

std::string getPath(const nlohmann::json& object, const std::string& key) {
  if (const auto hex = object.find(key + "_hex"); hex != object.end()) return util::fromHex(hex->get<std::string>());
  return object.value(key, std::string());
}

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
  for (const auto& i : issues) {
    nlohmann::json issue{{"kind", kindName(i.kind)}, {"reason", util::toValidUtf8(i.reason)}};
    putPath(issue, "file", i.file);
    list.push_back(std::move(issue));
  }
  std::vector<std::string> noteTexts;
  for (const auto& n : notes) noteTexts.push_back(util::toValidUtf8(n));
  nlohmann::json j{{"files_scanned", filesScanned},
                   {"images_accepted", imagesAccepted},
                   {"skipped", skippedCount()},
                   {"warnings", warningCount()},
                   {"loaded_from_cache", loadedFromCache},
                   {"issues", list},
                   {"notes", noteTexts}};
  putPath(j, "root", root);
  putPath(j, "cache_path", cachePath);
  return j;
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
  r.root = getPath(j, "root");
  r.filesScanned = j.value("files_scanned", 0);
  r.imagesAccepted = j.value("images_accepted", 0);
  r.loadedFromCache = j.value("loaded_from_cache", false);
  r.cachePath = getPath(j, "cache_path");
  for (const auto& i : j.at("issues")) {
    const std::string kind = i.at("kind").get<std::string>();
    if (kind != "skipped" && kind != "warning")
      throw std::invalid_argument("import report: unknown issue kind '" + kind + "'");
    r.issues.push_back({kind == "skipped" ? ImportIssue::Kind::Skipped : ImportIssue::Kind::Warning,
                        getPath(i, "file"), i.at("reason").get<std::string>()});
  }
  r.notes = j.value("notes", std::vector<std::string>{});
  return r;
}

}  // namespace fewshot::data
