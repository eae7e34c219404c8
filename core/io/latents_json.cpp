#include "core/io/latents_json.h"

#include <nlohmann/json.hpp>

#include "core/util/atomic_file.h"

namespace fewshot::io {

void writeLatentsJson(const LatentSet& set, const std::string& path) {
  util::writeFileAtomically(path, latentsJsonText(set));
}

std::string latentsJsonText(const LatentSet& set) {
  if (set.z.dim() != 2) throw std::invalid_argument("latents must be (N,nz)");
  torch::Tensor z = set.z.to(torch::kCPU, torch::kFloat32).contiguous();
  nlohmann::json j{{"nz", z.size(1)}, {"latent_scale", set.latentScale}, {"latents", nlohmann::json::array()}};
  for (int64_t i = 0; i < z.size(0); ++i) {
    const float* row = z[i].data_ptr<float>();
    nlohmann::json item{{"z", std::vector<float>(row, row + z.size(1))}};
    if (i < static_cast<int64_t>(set.seeds.size()) && set.seeds[i] >= 0) item["seed"] = set.seeds[i];
    j["latents"].push_back(item);
  }
  return j.dump() + "\n";
}

LatentSet readLatentsJson(const std::string& path) {
  try {
    auto j = nlohmann::json::parse(util::readFileBytes(path));
    const int64_t nz = j.at("nz").get<int64_t>();
    if (nz < 1 || nz > 65536) throw std::runtime_error("bad nz");
    LatentSet set;
    set.latentScale = j.value("latent_scale", 1.0);
    std::vector<torch::Tensor> rows;
    for (const auto& item : j.at("latents")) {
      auto z = item.at("z").get<std::vector<float>>();
      if (static_cast<int64_t>(z.size()) != nz)
        throw std::runtime_error("a latent has " + std::to_string(z.size()) + " values, not nz");
      rows.push_back(torch::tensor(z).unsqueeze(0));
      set.seeds.push_back(item.value("seed", int64_t{-1}));
    }
    if (rows.empty()) throw std::runtime_error("no latents");
    set.z = torch::cat(rows, 0);
    return set;
  } catch (const std::exception& e) {
    throw std::runtime_error(path + ": not a latents file: " + e.what());
  }
}

}  // namespace fewshot::io
