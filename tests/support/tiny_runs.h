// The smallest run of each family that still trains for real, with a dataset to match, for the tests that go
// over every family (device placement, mixed precision, data parallel): FastGAN at 32 px and widths of 8,
// Projected GAN at its smallest size (64 px) over random features, PGGAN at 16 px, ConSinGAN with 3 stages of 2
// iterations on a 40x30 landscape. One thread, no live metrics, 2 sample images, on FEWSHOT_TEST_DEVICE.
#pragma once
#include <string>

#include "core/config/training_config.h"
#include "core/data/dataset_pack.h"
#include "support/consingan_fixtures.h"
#include "support/synthetic_data.h"
#include "support/test_device.h"

namespace fewshot::testing {

struct TinyRun {
  train::TrainingConfig config;
  data::DatasetPack pack;
};

inline TinyRun tinyRun(const std::string& model) {
  TinyRun run;
  train::TrainingConfig& c = run.config;
  if (model == "consingan") {
    c = tinyConSinGanConfig(3, 2);
    run.pack = singleImagePack(landscapeImage(40, 30));
  } else if (model == "pggan") {
    c = train::presetConfig("pggan", "demo");
    c.pggan.imageSize = 16;
    c.pggan.fmapBase = 32;
    c.pggan.fmapMax = 16;
    run.pack = discDataset(16, 8);
  } else {
    const int size = model == "projected" ? 64 : 32;  // Projected GAN starts at 64 px
    c.model = model;
    c.fastgan.imageSize = size;
    c.fastgan.ngf = c.fastgan.ndf = 8;
    c.fastgan.nz = 16;
    c.projected.ngf = c.projected.ndf = 8;
    c.projected.nz = 16;
    c.projected.cout = 8;
    c.projected.randomFeatures = true;  // no pretrained weights needed
    c.reconstructionLoss = "pixel-l1";
    run.pack = discDataset(size, 8);
  }
  c.batchSize = model == "pggan" ? 4 : 2;  // PGGAN's minibatch-stddev groups of 4
  c.sampleCount = 2;
  c.threads = 1;
  c.metrics.enabled = false;
  c.device = testDevice();
  return run;
}

}  // namespace fewshot::testing
