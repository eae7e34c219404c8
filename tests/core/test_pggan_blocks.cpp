// PGGAN building blocks: equalized-LR constants, pixel norm and minibatch stddev on hand-computed
// values, the growth schedule, and the fades (alpha 0 / 1 reproduce the old / new paths exactly).
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <string>

#include <torch/torch.h>

#include "core/models/common/equalized_conv2d.h"
#include "core/models/common/equalized_linear.h"
#include "core/models/common/minibatch_stddev.h"
#include "core/models/common/pixel_norm.h"
#include "core/models/fastgan/fastgan_discriminator.h"
#include "core/models/pggan/pggan_discriminator.h"
#include "core/models/pggan/pggan_generator.h"
#include "core/models/pggan/pggan_resample.h"
#include "core/models/pggan/pggan_schedule.h"

using namespace fewshot;

namespace {

// Deterministic inputs both sides can build: sin / cos of the flat index.
torch::Tensor waveTensor(at::IntArrayRef sizes, double freq, double phase, bool cosine = false) {
  torch::Tensor i = torch::arange(c10::multiply_integers(sizes), torch::kFloat64) * freq + phase;
  return (cosine ? torch::cos(i) : torch::sin(i)).to(torch::kFloat32).view(sizes);
}

// Runs /usr/bin/python3 on `script`; returns its stdout, or "" when Python or torch is missing.
std::string runPython(const std::string& script) {
  FILE* probe = popen("/usr/bin/python3 -c 'import torch' 2>/dev/null && echo ok", "r");
  if (!probe) return {};
  char buf[4096];
  std::string ok;
  while (fgets(buf, sizeof buf, probe)) ok += buf;
  pclose(probe);
  if (ok.find("ok") == std::string::npos) return {};
  const std::string cmd = "/usr/bin/python3 -c \"" + script + "\"";
  FILE* pipe = popen(cmd.c_str(), "r");
  std::string out;
  while (fgets(buf, sizeof buf, pipe)) out += buf;
  pclose(pipe);
  return out;
}

pggan::PgganConfig tinyConfig() {
  pggan::PgganConfig c;
  c.imageSize = 32;
  c.fmapBase = 64;  // nf: 32, 16, 16, 8, 4 (fmapMax 16 caps stage 0 and 1)
  c.fmapMax = 16;
  return c;
}

}  // namespace

class TestPgganBlocks : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    at::set_num_threads(2);
    torch::manual_seed(3);
  }

  void equalizedConvScalesAtRuntime() {
    EqualizedConv2d conv(EqualizedConv2dOptions(8, 5, 3));
    QCOMPARE(conv->scale(), std::sqrt(2.0) / std::sqrt(72.0));
    QVERIFY(torch::equal(conv->bias, torch::zeros({5})));
    // Stored weights are unit normal, not He-scaled (spec §11 pitfall 2).
    QVERIFY(std::abs(conv->weight.std().item<double>() - 1.0) < 0.1);
    conv->bias.data().fill_(0.5);
    torch::Tensor x = torch::randn({2, 8, 6, 6});
    torch::Tensor expected = torch::conv2d(x, conv->weight * conv->scale(), conv->bias, 1, 1);
    QVERIFY(torch::allclose(conv->forward(x), expected));
    // Same padding for 3x3; the bias is added unscaled.
    QCOMPARE(conv->forward(x).size(2), int64_t{6});
    torch::Tensor zeroIn = conv->forward(torch::zeros({1, 8, 4, 4}));
    QVERIFY(torch::allclose(zeroIn, torch::full({1, 5, 4, 4}, 0.5)));
  }

  void equalizedLinearGainExceptions() {
    // G's first dense: gain sqrt(2)/4 with 512 inputs gives exactly 1/64 (spec §3.1).
    EqualizedLinear first(EqualizedLinearOptions(512, 16).gain(std::sqrt(2.0) / 4));
    QVERIFY(std::abs(first->scale() - 1.0 / 64) < 1e-15);
    EqualizedLinear dense(EqualizedLinearOptions(100, 3));
    QCOMPARE(dense->scale(), std::sqrt(2.0) / 10.0);
    torch::Tensor x = torch::randn({4, 100});
    QVERIFY(torch::allclose(dense->forward(x), torch::linear(x, dense->weight * dense->scale(), dense->bias)));

    // toRGB (gain 1), D's final dense (gain 1), G's first dense (sqrt(2)/4) inside the models.
    pggan::PgganConfig c = tinyConfig();
    pggan::Generator g(c);
    pggan::Discriminator d(c);
    for (int level = 2; level <= 5; ++level)
      QCOMPARE(g->to_rgb[level - 2]->as<EqualizedConv2d>()->scale(), 1.0 / std::sqrt(double(c.nf(level - 1))));
    auto first4 = g->blocks[0]->as<pggan::GeneratorBlock>();
    QCOMPARE(first4->dense->scale(), std::sqrt(2.0) / 4 / std::sqrt(double(c.latentSize())));
    auto final4 = d->blocks[0]->as<pggan::DiscriminatorBlock>();
    QCOMPARE(final4->dense1->scale(), 1.0 / std::sqrt(double(c.nf(0))));
    QCOMPARE(final4->dense0->scale(), std::sqrt(2.0) / std::sqrt(double(c.nf(1) * 16)));
    QCOMPARE(final4->conv0->options.in_channels(), int64_t{c.nf(1) + 1});  // the mbstd channel
  }

  void pixelNormHandValues() {
    torch::Tensor x = torch::tensor({3.0f, 4.0f}).view({1, 2, 1, 1});
    torch::Tensor y = pixelNorm(x);
    const double d = std::sqrt(12.5 + 1e-8);
    QVERIFY(std::abs(y[0][0][0][0].item<double>() - 3.0 / d) < 1e-6);
    QVERIFY(std::abs(y[0][1][0][0].item<double>() - 4.0 / d) < 1e-6);
    torch::Tensor z = pixelNorm(torch::randn({5, 32}) * 7);
    QVERIFY(torch::allclose(z.pow(2).mean(1), torch::ones({5}), 1e-4, 1e-4));  // unit RMS per latent
  }

  // N = 8, G = 4, M = 2: group 0 = samples {0, 2, 4, 6}, group 1 = {1, 3, 5, 7} (strided).
  void minibatchStddevHandValues() {
    const float ch0[8] = {0, 10, 2, 10, 4, 10, 6, 10};  // group 0: {0,2,4,6} var 5; group 1: constant
    const float ch1[8] = {1, 0, 1, 4, 1, 8, 1, 12};     // group 0: constant; group 1: {0,4,8,12} var 20
    torch::Tensor x = torch::zeros({8, 2, 1, 1});
    for (int n = 0; n < 8; ++n) {
      x[n][0][0][0] = ch0[n];
      x[n][1][0][0] = ch1[n];
    }
    torch::Tensor y = minibatchStddev(x, 4);
    QCOMPARE(y.sizes(), (at::IntArrayRef{8, 3, 1, 1}));
    QVERIFY(torch::equal(y.slice(1, 0, 2), x));
    const double eps = std::sqrt(1e-8);
    const double s0 = (std::sqrt(5.0 + 1e-8) + eps) / 2, s1 = (eps + std::sqrt(20.0 + 1e-8)) / 2;
    for (int n = 0; n < 8; ++n) {
      const double expected = n % 2 == 0 ? s0 : s1;
      QVERIFY2(std::abs(y[n][2][0][0].item<double>() - expected) < 1e-5, qPrintable(QString::number(n)));
    }
    // Spatial: one scalar per group, replicated over H x W and averaged over channels and pixels.
    torch::Tensor big = torch::randn({4, 3, 2, 2});
    torch::Tensor yb = minibatchStddev(big, 4);
    const double all = torch::sqrt(big.var(0, /*unbiased=*/false) + 1e-8).mean().item<double>();
    QVERIFY(torch::allclose(yb.select(1, 3), torch::full({4, 2, 2}, all)));
    // Batches smaller than the group form one group; indivisible batches are refused.
    QCOMPARE(minibatchStddev(torch::randn({2, 3, 4, 4}), 4).size(1), int64_t{4});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, minibatchStddev(torch::randn({6, 3, 4, 4}), 4));
  }

  // Spec §6.1 example: final 64 px, T = F = 600k images.
  void scheduleMatchesSpecExample() {
    auto at = [](double kimg, int finalLog2 = 6) { return pggan::phaseAt(kimg * 1000, 600e3, 600e3, finalLog2); };
    QCOMPARE(at(0).resolution, 4);
    QCOMPARE(at(0).alpha, 1.0);
    QCOMPARE(at(599).resolution, 4);
    QCOMPARE(at(600).resolution, 4);  // the fade starts just after
    QCOMPARE(at(900).resolution, 8);
    QCOMPARE(at(900).alpha, 0.5);
    QCOMPARE(at(1200).resolution, 8);
    QCOMPARE(at(1200).alpha, 1.0);
    QCOMPARE(at(1500).alpha, 1.0);
    QCOMPARE(at(2100).resolution, 16);
    QCOMPARE(at(2100).alpha, 0.5);
    QCOMPARE(at(3300).resolution, 32);
    QVERIFY(std::abs(at(4350).alpha - 0.25) < 1e-12);
    QCOMPARE(at(4350).resolution, 64);
    QCOMPARE(at(4800).resolution, 64);
    QCOMPARE(at(4800).alpha, 1.0);
    QCOMPARE(at(12000).resolution, 64);
    QCOMPARE(at(12000).lod, 0.0);
    QCOMPARE(at(5700, 7).resolution, 128);
    QCOMPARE(at(5700, 7).alpha, 0.5);
    QCOMPARE(at(6000, 7).alpha, 1.0);
    // Boundaries for the optimizer reset: floor and ceil of lod.
    QCOMPARE(at(300).lodFloor, 4);
    QCOMPARE(at(900).lodFloor, 3);
    QCOMPARE(at(900).lodCeil, 4);
    QCOMPARE(at(1500).lodCeil, 3);
  }

  void fadeInEndpointsAreExact() {
    torch::Tensor oldPath = torch::randn({2, 3, 4, 4}), newPath = torch::randn({2, 3, 4, 4});
    QVERIFY(torch::equal(pggan::fadeIn(oldPath, newPath, 0.0), oldPath));
    QVERIFY(torch::equal(pggan::fadeIn(oldPath, newPath, 1.0), newPath));
    QVERIFY(torch::allclose(pggan::fadeIn(oldPath, newPath, 0.25), 0.75 * oldPath + 0.25 * newPath));
    torch::Tensor real = torch::randn({2, 3, 8, 8});
    QVERIFY(torch::equal(pggan::fadeReals(real, 1.0), real));
    torch::Tensor blocky = pggan::fadeReals(real, 0.0);
    QVERIFY(torch::equal(blocky, pggan::upsample2(pggan::downsample2(real))));
    QVERIFY(torch::equal(blocky.index({0, 0, 0, 0}), blocky.index({0, 0, 1, 1})));
    QVERIFY(torch::equal(pggan::downsample2(pggan::upsample2(real)), real));
  }

  // G at alpha 0 renders the previous phase's image upsampled; at alpha 1 the new block's toRGB.
  void generatorFadeEndpoints() {
    pggan::Generator g(tinyConfig());
    torch::NoGradGuard noGrad;
    torch::Tensor z = torch::randn({4, tinyConfig().latentSize()});
    for (int level = 3; level <= 5; ++level) {
      torch::Tensor previous = g->forward(z, level - 1, 1.0);
      QVERIFY(torch::equal(g->forward(z, level, 0.0), pggan::upsample2(previous)));
      torch::Tensor newPath =
          g->toRgb(g->blocks[level - 2]->as<pggan::GeneratorBlock>()->forward(g->features(z, level - 1)), level);
      QVERIFY(torch::equal(g->forward(z, level, 1.0), newPath));
      torch::Tensor mid = g->forward(z, level, 0.5);
      QVERIFY(torch::allclose(mid, 0.5 * pggan::upsample2(previous) + 0.5 * newPath, 1e-5, 1e-6));
      QVERIFY(!torch::allclose(mid, newPath));
      QCOMPARE(newPath.size(2), int64_t{1} << level);
    }
  }

  // D at alpha 0 sees the box-downsampled image through the previous phase's path.
  void discriminatorFadeEndpoints() {
    pggan::Discriminator d(tinyConfig());
    torch::NoGradGuard noGrad;
    for (int level = 3; level <= 5; ++level) {
      torch::Tensor img = torch::randn({8, 3, 1 << level, 1 << level});
      QVERIFY(torch::equal(d->forward(img, level, 0.0), d->forward(pggan::downsample2(img), level - 1, 1.0)));
      torch::Tensor a = d->forward(img, level, 0.3), b = d->forward(img, level, 1.0);
      QCOMPARE(b.sizes(), (at::IntArrayRef{8}));
      QVERIFY(!torch::allclose(a, b));
    }
  }

  // D's downscaling block against the official fused_scale op, written out from networks.py
  // conv2d_downscale2d: the 3x3 kernel padded to 5x5, the four 4x4 shifts averaged, a stride-2 conv with
  // TF's SAME padding (1 px each side at even sizes), then bias and LReLU.
  void discriminatorBlockIsTheOfficialFusedScale() {
    namespace F = torch::nn::functional;
    pggan::PgganConfig c = tinyConfig();
    QVERIFY(c.fusedScale);  // the default of new configs
    pggan::DiscriminatorBlock block(c, 3);  // 8 px in: conv0 16 -> 16, conv1 16 -> 16 with the pool
    torch::NoGradGuard noGrad;
    block->conv0->weight.copy_(waveTensor({16, 16, 3, 3}, 0.31, 0.2));
    block->conv0->bias.copy_(waveTensor({16}, 0.7, 0.1, true));
    block->conv1->weight.copy_(waveTensor({16, 16, 3, 3}, 0.17, 0.9, true));
    block->conv1->bias.copy_(waveTensor({16}, 1.3, 0.4));
    torch::Tensor x = waveTensor({2, 16, 8, 8}, 0.053, 0.3);

    const double s0 = std::sqrt(2.0) / std::sqrt(16.0 * 9), s1 = s0;
    torch::Tensor h = torch::leaky_relu(torch::conv2d(x, block->conv0->weight * s0, block->conv0->bias, 1, 1), 0.2);
    torch::Tensor w = F::pad(block->conv1->weight * s1, F::PadFuncOptions({1, 1, 1, 1}));
    auto shift = [&](int dy, int dx) { return w.slice(2, dy, dy + 4).slice(3, dx, dx + 4); };
    torch::Tensor fused = (shift(1, 1) + shift(0, 1) + shift(1, 0) + shift(0, 0)) * 0.25;
    torch::Tensor expected = torch::leaky_relu(torch::conv2d(h, fused, block->conv1->bias, 2, 1), 0.2);
    torch::Tensor got = block->forward(x);
    QCOMPARE(got.sizes(), expected.sizes());
    const double maxDiff = (got - expected).abs().max().item<double>();
    qInfo("max |ours - official fused_scale| = %.3g", maxDiff);
    QVERIFY(maxDiff < 1e-5);

    // fused_scale=False (and runs written before the field): LReLU before the pool, a different function.
    c.fusedScale = false;
    pggan::DiscriminatorBlock old(c, 3);
    for (const auto& item : block->named_parameters()) old->named_parameters()[item.key()].copy_(item.value());
    torch::Tensor unfused =
        torch::leaky_relu(torch::conv2d(h, block->conv1->weight * s1, block->conv1->bias, 1, 1), 0.2);
    QVERIFY(torch::allclose(old->forward(x), torch::avg_pool2d(unfused, 2), 1e-5, 1e-6));
    QVERIFY((old->forward(x) - expected).abs().max().item<double>() > 1e-3);
  }

  // config.json: the official order for new runs, the old order for configs written before the field.
  void blockOrderAndScheduleSurviveConfigJson() {
    pggan::PgganConfig c = tinyConfig();
    c.minibatchPerResolution = {{4, 16}, {32, 8}};
    c.lrMultiplierPerResolution = {{32, 1.5}};
    nlohmann::json j = c;
    pggan::PgganConfig back = j.get<pggan::PgganConfig>();
    QVERIFY(back.fusedScale);
    QVERIFY(back.minibatchPerResolution == c.minibatchPerResolution);
    QVERIFY(back.lrMultiplierPerResolution == c.lrMultiplierPerResolution);
    QCOMPARE(back.batchAt(32, 4), 8);
    QCOMPARE(back.lrMultiplierAt(32), 1.5);
    QCOMPARE(back.lrMultiplierAt(16), 1.0);
    j.erase("fused_scale");
    j.erase("minibatch_per_resolution");
    j.erase("lr_multiplier_per_resolution");
    back = j.get<pggan::PgganConfig>();
    QVERIFY(!back.fusedScale);
    QVERIFY(back.minibatchPerResolution.empty() && back.lrMultiplierPerResolution.empty());
    j["minibatch_per_resolution"] = {{"x4", 16}};
    QVERIFY_EXCEPTION_THROWN(j.get<pggan::PgganConfig>(), std::invalid_argument);
  }

  // Cross-check against PyTorch, written from the official TF ops (G_paper / D_paper): minibatch stddev
  // with [G, -1, C, H, W] grouping, then equalized 3x3 conv + LReLU + pixel norm. Skips without torch.
  void matchesPythonReference() {
    const std::string script =
        "import torch, math, json\n"
        "def wave(shape, f, p, cos=False):\n"
        "  n = 1\n"
        "  for s in shape: n *= s\n"
        "  i = torch.arange(n, dtype=torch.float64) * f + p\n"
        "  return (torch.cos(i) if cos else torch.sin(i)).float().view(shape)\n"
        "x = wave([8, 3, 4, 4], 0.37, 0.11)\n"
        "G = 4; N, C, H, W = x.shape\n"
        "y = x.reshape(G, -1, C, H, W)\n"
        "y = y - y.mean(0, keepdim=True)\n"
        "y = (y * y).mean(0)\n"
        "y = torch.sqrt(y + 1e-8)\n"
        "y = y.mean(dim=[1, 2, 3], keepdim=True)\n"
        "y = y.repeat(G, 1, H, W)\n"
        "m = torch.cat([x, y], 1)\n"
        "w = wave([5, 4, 3, 3], 0.23, 0.5, True)\n"
        "b = wave([5], 0.9, 0.2)\n"
        "h = torch.nn.functional.conv2d(m, w * (math.sqrt(2) / math.sqrt(4 * 9)), b, padding=1)\n"
        "h = torch.nn.functional.leaky_relu(h, 0.2)\n"
        "h = h / torch.sqrt((h * h).mean(1, keepdim=True) + 1e-8)\n"
        "print(json.dumps(h.flatten().tolist()))\n";
    const std::string out = runPython(script);
    if (out.empty()) QSKIP("/usr/bin/python3 with torch is not available");
    std::vector<float> ref = nlohmann::json::parse(out).get<std::vector<float>>();
    torch::Tensor x = waveTensor({8, 3, 4, 4}, 0.37, 0.11);
    EqualizedConv2d conv(EqualizedConv2dOptions(4, 5, 3));
    {
      torch::NoGradGuard noGrad;
      conv->weight.copy_(waveTensor({5, 4, 3, 3}, 0.23, 0.5, true));
      conv->bias.copy_(waveTensor({5}, 0.9, 0.2));
    }
    torch::Tensor h = pixelNorm(torch::leaky_relu(conv->forward(minibatchStddev(x, 4)), 0.2)).detach();
    QCOMPARE(static_cast<int64_t>(ref.size()), h.numel());
    torch::Tensor expected = torch::tensor(ref).view(h.sizes());
    const double maxDiff = (h - expected).abs().max().item<double>();
    qInfo("max |C++ - PyTorch reference| = %.3g", maxDiff);
    QVERIFY(maxDiff < 1e-5);
  }

  // FastGAN's optional mbstd: off keeps every parameter name and shape; on widens only rf_big's first conv.
  void fastganMinibatchStddevOption() {
    fastgan::FastGanConfig off;
    off.imageSize = 32;
    off.ngf = off.ndf = 8;
    off.nz = 16;
    fastgan::FastGanConfig on = off;
    on.minibatchStddev = true;
    QVERIFY(!nlohmann::json(off).at("mbstd").get<bool>());
    QVERIFY(nlohmann::json(on).get<fastgan::FastGanConfig>().minibatchStddev);
    fastgan::Discriminator a(off), b(on);
    auto pa = a->named_parameters(), pb = b->named_parameters();
    QCOMPARE(pa.keys(), pb.keys());
    int differing = 0;
    for (const auto& item : pa) {
      if (item.value().sizes() == pb[item.key()].sizes()) continue;
      ++differing;
      QCOMPARE(item.key(), std::string("rf_big.0.weight_orig"));
      QCOMPARE(pb[item.key()].size(1), item.value().size(1) + 1);
    }
    QCOMPARE(differing, 1);
    torch::NoGradGuard noGrad;
    torch::Tensor images = torch::randn({8, 3, 32, 32});
    QCOMPARE(b->forwardFake(images, images).numel(), a->forwardFake(images, images).numel());
  }
};

QTEST_APPLESS_MAIN(TestPgganBlocks)
#include "test_pggan_blocks.moc"
