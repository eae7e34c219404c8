// `fewshot mix`: the style-mixing grid of the FastGAN paper through the SLE gates (families that can).
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/explore_args.h"
#include "core/explore/latent_ops.h"
#include "core/io/image_grid.h"
#include "core/io/png_writer.h"

namespace fewshot::cli {

int runMixCommand(const Args& args) {
  ArgParser p("fewshot mix --run RUN_DIR --content 1,2,3 --style 7,8 --out grid.png [--gates 128,256,512 | --official]",
              "Style mixing grid: rows are content seeds (structure up to 64 px), columns style seeds (fed to the\n"
              "SLE gates). The top row and left column show the unmixed images. FastGAN runs only.");
  p.addOption("content", "LIST", "content (structure) seeds, e.g. 1,2,3");
  p.addOption("style", "LIST", "style seeds, e.g. 7,8");
  p.addOption("out", "FILE", "output PNG");
  p.addOption("gates", "LIST", "SLE gates that take the style latent: any of 64,128,256,512, all or none",
              "128,256,512");
  p.addFlag("official", "the exact recipe of the official scripts/style_mix.py (no 4->64 gate, batch statistics)");
  p.addOption("padding", "PX", "pixels between tiles", "2");
  addGeneratorOptions(p, "eval");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  requirePngName(p, "out");
  if (!p.has("content") || !p.has("style")) throw UsageError("--content and --style seed lists are required");
  if (!p.has("out")) throw UsageError("--out FILE is required");
  const auto content = seedsOption(p, "content"), style = seedsOption(p, "style");
  if (content.size() * style.size() > 4096) throw UsageError("at most 4096 mixed images");
  explore::StyleMixOptions o;
  try {
    o.gates = explore::GateSources::parseStyleGates(p.get("gates"));
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--gates: ") + e.what());
  }
  if (p.has("official") && (p.has("gates") || p.has("bn")))
    throw UsageError("--official fixes the gates and the BN mode; drop --gates/--bn");
  requireCapability(p, models::Capability::StyleMixing);

  auto sampler = openSampler(p);
  const double scale = latentScale(p);
  o.official = p.has("official");
  o.render = {normMode(p, *sampler), static_cast<uint64_t>(p.getInt("noise-seed"))};
  const auto a = explore::scaleLatents(sampler->latentsForSeeds(content), scale);
  const auto b = explore::scaleLatents(sampler->latentsForSeeds(style), scale);
  const torch::Tensor grid = sampler->styleMixGrid(a, b, o);
  io::writePng(io::makeImageGrid(grid, static_cast<int>(style.size()) + 1, p.getInt("padding")), p.get("out"));
  std::cerr << "Wrote a " << content.size() << "x" << style.size() << " style-mixing grid ("
            << (o.official ? std::string("official recipe") : "gates " + o.gates.describe()) << ") to " << p.get("out")
            << "\n";
  return 0;
}

}  // namespace fewshot::cli
