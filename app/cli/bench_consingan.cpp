// `fewshot bench consingan`: seconds per ConSinGAN training iteration at each stage of the official
// pyramid (max 250 px, 6 stages, nfc 64), timed on a synthetic landscape image, and the implied
// seconds per stage (median x iterations per stage). Every stage is timed with the real architecture
// and concurrency of that stage (the newest 3 stages train together).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/data/dataset_import.h"
#include "core/data/single_image_import.h"
#include "core/models/consingan/consingan_trainer.h"
#include "core/train/thread_count.h"

namespace fewshot::cli {
namespace {

// A 250x188 landscape scaled like an imported photo to the preset's maximum side.
data::DatasetPack landscapePack(int maxSide) {
  const int width = 250, height = 188;
  data::DatasetPack pack;
  pack.width = width;
  pack.height = height;
  pack.pixels.resize(pack.imageBytes());
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const double fy = static_cast<double>(y) / height, fx = static_cast<double>(x) / width;
      const bool ground = fy > 0.6 + 0.15 * std::sin(fx * 6.28);
      uint8_t* p = &pack.pixels[(static_cast<size_t>(y) * width + x) * 3];
      p[0] = static_cast<uint8_t>(ground ? 60 : 90 + 120 * fy);
      p[1] = static_cast<uint8_t>(ground ? 120 : 140 + 80 * fy);
      p[2] = static_cast<uint8_t>(ground ? 50 : 230 - 60 * fy);
    }
  data::ImageU8 image{width, height, 3, pack.pixels};
  image = data::scaleToMaxSide(image, maxSide);
  pack.width = image.width;
  pack.height = image.height;
  pack.pixels = image.pixels;
  pack.sources = {"synthetic"};
  pack.contentHash = "synthetic";
  return pack;
}

}  // namespace

int runConSinGanBench(const Args& args) {
  ArgParser p("fewshot bench consingan [--stages-to-time 2] [--iters 5] [--warmup 1] [--image IMG]",
              "Time ConSinGAN training iterations per stage at the official settings and estimate seconds per stage.");
  p.addOption("image", "IMG", "training image (default: a synthetic 250x188 landscape)");
  p.addOption("preset", "NAME", "official | demo | tiny | harmonization | editing", "official");
  p.addOption("stages-to-time", "N", "time the first N stages (each later stage costs more)", "2");
  p.addOption("iters", "N", "timed iterations per stage", "5");
  p.addOption("warmup", "N", "untimed iterations at the start of each stage", "1");
  p.addOption("device", "DEV", "cpu, cuda or cuda:N", "cpu");
  p.addOption("threads", "N", "CPU threads (0: all cores)", "0");
  p.addFlag("json", "print the result as JSON");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  train::TrainingConfig c;
  c.model = consingan::kFamilyId;
  c.consingan = consingan::consinganPreset(p.get("preset"));
  c.lrG = c.lrD = 5e-4;
  c.device = p.get("device");
  c.threads = p.getInt("threads");
  const int officialIters = c.consingan.itersPerStage;
  const int iters = p.getInt("iters"), warmup = p.getInt("warmup");
  const int stagesToTime = std::min(p.getInt("stages-to-time"), c.consingan.trainStages);
  if (iters < 1 || warmup < 0 || stagesToTime < 1)
    throw UsageError("--iters and --stages-to-time must be >= 1, --warmup >= 0");
  c.consingan.itersPerStage = warmup + iters;  // walk through the stages quickly, timing each
  c.iterations = c.consingan.totalIterations();
  const int threads = train::applyThreadCount(c.threads);
  data::DatasetPack pack = p.has("image")
                               ? data::importSingleImage(p.get("image"), c.consingan.maxSize, {255, 255, 255})
                               : landscapePack(c.consingan.maxSize);
  const torch::Device device = train::parseDevice(c.device);
  consingan::ConSinGanTrainer trainer(c, pack, device);

  nlohmann::json stages = nlohmann::json::array();
  if (!p.has("json"))
    std::printf("ConSinGAN %s preset, image %dx%d, nfc %d, %d stages, %s, %d threads\n", p.get("preset").c_str(),
                pack.width, pack.height, c.consingan.nfc, c.consingan.trainStages, device.str().c_str(), threads);
  for (int s = 0; s < stagesToTime; ++s) {
    std::vector<double> seconds;
    for (int i = 0; i < warmup + iters; ++i) {
      const auto begin = std::chrono::steady_clock::now();
      trainer.step();
      if (device.is_cuda()) torch::cuda::synchronize();
      if (i >= warmup)
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count());
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds.size() % 2 ? seconds[seconds.size() / 2]
                                             : 0.5 * (seconds[seconds.size() / 2 - 1] + seconds[seconds.size() / 2]);
    const auto shape = trainer.shapes()[s];
    stages.push_back({{"stage", s + 1},
                      {"width", shape.width},
                      {"height", shape.height},
                      {"median_seconds_per_iteration", median},
                      {"min_seconds", seconds.front()},
                      {"max_seconds", seconds.back()},
                      {"estimated_seconds_per_stage", median * officialIters}});
    if (!p.has("json"))
      std::printf(
          "stage %d (%lldx%lld): median %.3f s/iteration (min %.3f, max %.3f over %d) -> ~%.0f s for %d iterations\n",
          s + 1, static_cast<long long>(shape.width), static_cast<long long>(shape.height), median, seconds.front(),
          seconds.back(), iters, median * officialIters, officialIters);
  }
  if (p.has("json"))
    std::cout << nlohmann::json{{"model", consingan::kFamilyId},
                                {"preset", p.get("preset")},
                                {"device", device.str()},
                                {"threads", threads},
                                {"iterations_per_stage", officialIters},
                                {"stages", stages}}
                     .dump(2)
              << "\n";
  return 0;
}

}  // namespace fewshot::cli
