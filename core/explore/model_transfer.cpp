#include "core/explore/model_transfer.h"

#include <filesystem>
#include <map>
#include <regex>

#include "core/io/torch_pickle_reader.h"
#include "core/train/checkpoint.h"
#include "core/train/run_creation.h"
#include "core/train/run_directory.h"
#include "core/util/atomic_file.h"

namespace fewshot::explore {
namespace fs = std::filesystem;

namespace {

void collect(torch::nn::Module& m, const std::string& prefix, std::vector<std::pair<std::string, torch::Tensor>>& out) {
  for (auto& p : m.named_parameters(false)) out.emplace_back(prefix + p.key(), p.value());
  for (auto& b : m.named_buffers(false)) out.emplace_back(prefix + b.key(), b.value());
  for (auto& c : m.named_children()) collect(*c.value(), prefix + c.key() + ".", out);
}

std::string stripModule(const std::string& key) { return key.rfind("module.", 0) == 0 ? key.substr(7) : key; }

// A trainer that only carries a generator, so writeCheckpoint() can store an imported model in the
// run format that RunSampler reads. It cannot train.
class GeneratorOnlyTrainer : public train::Trainer {
 public:
  GeneratorOnlyTrainer(fastgan::Generator g, int64_t iteration) : g_(std::move(g)), iteration_(iteration) {}
  std::map<std::string, double> step() override { throw std::logic_error("an imported generator cannot be trained"); }
  int64_t iteration() const override { return iteration_; }
  torch::Tensor sampleImages() override { return {}; }
  double macsPerIteration() override { return 0; }
  void save(torch::serialize::OutputArchive& archive) override {
    torch::serialize::OutputArchive ema;
    g_->save(ema);
    archive.write("generator_ema", ema);
    archive.write("imported", c10::IValue(true));
  }
  void load(torch::serialize::InputArchive&) override {
    throw std::logic_error("an imported generator cannot be resumed");
  }

 private:
  fastgan::Generator g_;
  int64_t iteration_;
};

std::map<std::string, torch::Tensor> stateDictOf(const io::PickleValuePtr& v, const std::string& what) {
  std::map<std::string, torch::Tensor> out;
  for (auto& [k, t] : io::toStateDict(v, what)) out[stripModule(k)] = t;
  return out;
}

int inferImageSize(const std::map<std::string, torch::Tensor>& sd) {
  for (int r : {1024, 512, 256, 128, 64})
    for (const auto& [k, t] : sd)
      if (k.rfind("feat_" + std::to_string(r) + ".", 0) == 0) return r;
  return 32;
}

void loadInto(fastgan::Generator& g, const std::map<std::string, torch::Tensor>& sd, const std::string& path) {
  torch::NoGradGuard noGrad;
  auto own = generatorStateDict(g);
  std::vector<std::string> missing, wrong;
  std::map<std::string, bool> used;
  for (auto& [name, t] : own) {
    auto it = sd.find(name);
    if (it == sd.end()) {
      missing.push_back(name);
      continue;
    }
    used[name] = true;
    if (it->second.sizes() != t.sizes()) {
      wrong.push_back(name + " " + c10::str(it->second.sizes()) + " (expected " + c10::str(t.sizes()) + ")");
      continue;
    }
    t.copy_(it->second.to(t.dtype()));
  }
  std::vector<std::string> unexpected;
  for (auto& [k, t] : sd)
    if (!used.count(k)) unexpected.push_back(k);
  auto list = [](const std::vector<std::string>& v) {
    std::string s;
    for (size_t i = 0; i < v.size() && i < 5; ++i) s += (i ? ", " : "") + v[i];
    return s + (v.size() > 5 ? ", ... (" + std::to_string(v.size()) + " in all)" : "");
  };
  std::string problem;
  if (!missing.empty()) problem += " missing keys: " + list(missing) + ";";
  if (!unexpected.empty()) problem += " unexpected keys: " + list(unexpected) + ";";
  if (!wrong.empty()) problem += " wrong shapes: " + list(wrong) + ";";
  if (!problem.empty())
    throw std::runtime_error(path + " does not hold a FastGAN generator of size " +
                             std::to_string(g->config().imageSize) + ", ngf " + std::to_string(g->config().ngf) +
                             ", nz " + std::to_string(g->config().nz) + ":" + problem);
}

}  // namespace

std::vector<std::pair<std::string, torch::Tensor>> generatorStateDict(fastgan::Generator& g) {
  std::vector<std::pair<std::string, torch::Tensor>> out;
  collect(*g, "", out);
  return out;
}

int exportPytorchGenerator(fastgan::Generator& g, const std::string& path) {
  c10::Dict<std::string, at::Tensor> dict;
  for (auto& [name, t] : generatorStateDict(g)) dict.insert(name, t.detach().to(torch::kCPU).contiguous().clone());
  const std::vector<char> bytes = torch::pickle_save(c10::IValue(dict));
  util::writeFileAtomically(path, std::string(bytes.begin(), bytes.end()));
  const auto& c = g->config();
  nlohmann::json meta{
      {"format", "pytorch state_dict of the official FastGAN models.py Generator"},
      {"im_size", c.imageSize},
      {"ngf", c.ngf},
      {"nz", c.nz},
      {"load", "netG = Generator(ngf=" + std::to_string(c.ngf) + ", nz=" + std::to_string(c.nz) +
                   ", im_size=" + std::to_string(c.imageSize) + "); netG.load_state_dict(torch.load(path))"}};
  util::writeFileAtomically(path + ".json", meta.dump(2) + "\n");
  return static_cast<int>(dict.size());
}

ImportedGenerator importGenerator(const std::string& path, int imageSize) {
  io::PickleValuePtr root = io::readTorchFile(path);
  if (!root || root->kind != io::PickleValue::Kind::Dict)
    throw std::runtime_error(path + ": expected a dict at the top level, found " +
                             (root ? root->describe() : "nothing"));
  ImportedGenerator out;
  std::map<std::string, torch::Tensor> sd;
  io::PickleValuePtr emaList;
  if (auto gv = root->get("g")) {
    sd = stateDictOf(gv, path + " ['g']");
    emaList = root->get("g_ema");
    out.layout = emaList ? "official all_*.pth (g + g_ema)" : "official (g)";
  } else {
    sd = stateDictOf(root, path);
    out.layout = "state dict";
  }
  auto init = sd.find("init.init.0.weight_orig");
  if (init == sd.end() || init->second.dim() != 4 || init->second.size(1) % 32 != 0 || init->second.size(1) == 0)
    throw std::runtime_error(path +
                             ": no FastGAN generator found (no init.init.0.weight_orig of shape (nz, 32*ngf, 4, 4))");
  out.config.nz = static_cast<int>(init->second.size(0));
  out.config.ngf = static_cast<int>(init->second.size(1) / 32);
  out.config.ndf = out.config.ngf;
  const int inferred = inferImageSize(sd);
  if (imageSize && imageSize != inferred)
    throw std::runtime_error(path + " holds a generator for " + std::to_string(inferred) + " px images, not " +
                             std::to_string(imageSize));
  out.config.imageSize = inferred;
  try {
    out.config.validate();
  } catch (const std::exception& e) {
    throw std::runtime_error(path + ": unsupported generator configuration: " + e.what());
  }
  out.generator = fastgan::Generator(out.config);
  loadInto(out.generator, sd, path);
  if (emaList) {
    // g_ema is the list of EMA parameters in G's parameter order; buffers stay those of `g`.
    if (emaList->kind != io::PickleValue::Kind::List)
      throw std::runtime_error(path + ": 'g_ema' is a " + emaList->describe() + ", expected a list of tensors");
    auto params = out.generator->parameters();
    if (emaList->items.size() != params.size())
      throw std::runtime_error(path + ": 'g_ema' has " + std::to_string(emaList->items.size()) +
                               " tensors, the generator " + std::to_string(params.size()) + " parameters");
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < params.size(); ++i) {
      const auto& item = emaList->items[i];
      if (item->kind != io::PickleValue::Kind::Tensor || item->tensor.sizes() != params[i].sizes())
        throw std::runtime_error(path + ": 'g_ema' entry " + std::to_string(i) + " does not match parameter shape " +
                                 c10::str(params[i].sizes()));
      params[i].copy_(item->tensor.to(params[i].dtype()));
    }
  }
  std::smatch m;
  const std::string file = fs::path(path).filename().string();
  if (std::regex_match(file, m, std::regex(R"((?:all_)?(\d{1,15})\.pth?)"))) out.iteration = std::stoll(m[1].str());
  return out;
}

void createRunFromGenerator(const ImportedGenerator& imported, const std::string& runDir, const std::string& source) {
  train::RunDirectory run(runDir);
  if (run.exists()) throw std::runtime_error(runDir + " already holds a run; choose a new folder");
  train::TrainingConfig config;
  config.model = fastgan::kFamilyId;
  config.fastgan = imported.config;
  config.runDir = runDir;
  config.dataPath = source;
  nlohmann::json note{{"imported_from", fs::absolute(source).string()}, {"layout", imported.layout},
                      {"iteration", imported.iteration},
                      {"note", "generator only: explore and export work, training cannot resume from this run"}};
  GeneratorOnlyTrainer trainer(imported.generator, imported.iteration);
  train::createRunFolder(run, [&](const train::RunDirectory& target) {
    util::writeFileAtomically(target.root() + "/import.json", note.dump(2) + "\n");
    train::writeCheckpoint(target.checkpointPath(imported.iteration), config, "imported", trainer);
    util::writeFileAtomically(target.configPath(), nlohmann::json(config).dump(2) + "\n");  // last: the run exists
  });
}

}  // namespace fewshot::explore
