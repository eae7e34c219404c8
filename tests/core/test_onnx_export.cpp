// ONNX export of the FastGAN generator: the file passes onnx.checker (full check, shape inference)
// and onnxruntime reproduces our eval-mode images, at sizes that exercise every SLE gate and both
// output conventions (tanh below 256 px, none at 256). Needs a python3 with onnx or onnxruntime
// (pip or python3-onnx); skips cleanly without one. Damaged generators are refused with a message.
#include <QProcess>
#include <QtTest>

#include <torch/torch.h>

#include <cstdlib>
#include <fstream>

#include "core/explore/latent_ops.h"
#include "core/explore/onnx_export.h"
#include "core/explore/sampling_scope.h"
#include "support/test_paths.h"

using namespace fewshot;
using namespace fewshot::explore;

namespace {

fastgan::Generator makeGenerator(int size, double noiseWeight) {
  torch::manual_seed(size);
  fastgan::FastGanConfig c;
  c.imageSize = size;
  c.ngf = 8;
  c.ndf = 8;
  c.nz = 16;
  fastgan::Generator g(c);
  torch::NoGradGuard noGrad;
  for (auto& p : g->named_parameters())
    if (p.value().dim() == 1 && p.value().numel() == 1) p.value().fill_(noiseWeight);
  // Running statistics from real batches (as training leaves them), so activations stay in range.
  for (auto& b : g->named_buffers())
    if (b.key().find("running_") != std::string::npos)
      b.value().fill_(b.key().find("running_var") != std::string::npos);
  g->train();
  for (int i = 0; i < 40; ++i) g->forward(torch::randn({8, c.nz}));
  g->eval();
  return g;
}

void writeRaw(const std::string& path, const torch::Tensor& t) {
  torch::Tensor c = t.contiguous().to(torch::kFloat32);
  std::ofstream(path, std::ios::binary).write(static_cast<const char*>(c.data_ptr()), c.numel() * 4);
}

std::string sourceDir() {
  const char* src = std::getenv("FEWSHOT_SOURCE_DIR");
  return src ? src : ".";
}

QString pythonWithOnnx() {
  QStringList candidates;
  if (const char* env = std::getenv("FEWSHOT_PYTHON_ONNX")) candidates << env;
  candidates << "python3" << "/usr/bin/python3";
  for (const QString& python : candidates) {
    QProcess p;
    p.start(python, {"-c", "import importlib.util as u, sys; "
                           "sys.exit(0 if u.find_spec('onnx') or u.find_spec('onnxruntime') else 1)"});
    if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) return python;
  }
  return {};
}

}  // namespace

class TestOnnxExport : public QObject {
  Q_OBJECT
  std::string dir_;
  QString python_;

  // Exports, renders the same latents here, and lets Python check the file; "" on success.
  QString check(int size, double noiseWeight) {
    auto g = makeGenerator(size, noiseWeight);
    const std::string base = dir_ + "/g" + std::to_string(size) + (noiseWeight > 0 ? "_noise" : "");
    const OnnxExportResult result = exportOnnxGenerator(g, base + ".onnx");
    if (result.nodes < 20 || result.bytes < 1000) return "suspiciously small export";
    torch::Tensor z = latentsForSeeds({3, 4}, 16);
    torch::Tensor expected;
    {
      SamplingScope scope(g, NormMode::RunningStatistics, 1);
      expected = g->forward(z).image;
    }
    writeRaw(base + ".z.bin", z);
    writeRaw(base + ".expected.bin", expected);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QString::fromStdString(sourceDir() + "/tests/support/onnx_check.py"),
                     QString::fromStdString(base + ".onnx"), QString::fromStdString(base + ".z.bin"),
                     QString::fromStdString(base + ".expected.bin"), "2", "16", QString::number(size)};
    if (noiseWeight > 0) args << "--noise";
    p.start(python_, args);
    if (!p.waitForFinished(300000)) return "python timed out";
    const QString output = QString::fromUtf8(p.readAll()).trimmed();
    qInfo("%d px%s: %s", size, noiseWeight > 0 ? " (noise)" : "", qPrintable(output));
    return p.exitCode() == 0 ? QString() : output;
  }

 private Q_SLOTS:
  void initTestCase() {
    dir_ = testing::scratchDir("onnx_export");
    python_ = pythonWithOnnx();
  }

  void exportRunsAndMatches_data() {
    QTest::addColumn<int>("size");
    QTest::newRow("32 px (no gate)") << 32;
    QTest::newRow("64 px (gate 64)") << 64;
    QTest::newRow("256 px (gates 64-256, no tanh)") << 256;
  }
  void exportRunsAndMatches() {
    if (python_.isEmpty()) QSKIP("no python3 with onnx or onnxruntime (pip install onnxruntime, or python3-onnx)");
    QFETCH(int, size);
    const QString error = check(size, 0.0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
  }

  void noiseStaysRandom() {
    if (python_.isEmpty()) QSKIP("no python3 with onnx or onnxruntime");
    const QString error = check(64, 0.5);
    QVERIFY2(error.isEmpty(), qPrintable(error));
  }

  void withoutNoiseTheGraphIsSmaller() {
    auto g = makeGenerator(64, 0.0);
    const auto with = exportOnnxGenerator(g, dir_ + "/with.onnx");
    OnnxExportOptions options;
    options.noise = false;
    const auto without = exportOnnxGenerator(g, dir_ + "/without.onnx", options);
    // Two UpBlockComp blocks below 64 px (feat_8, feat_32), two injections each, four nodes per injection.
    QCOMPARE(with.nodes - without.nodes, 2 * 2 * 4);
  }

  void unwritablePathIsAnError() {
    auto g = makeGenerator(32, 0.0);
    std::ofstream(dir_ + "/a_file") << "not a folder";
    try {
      exportOnnxGenerator(g, dir_ + "/a_file/g.onnx");
      QFAIL("wrote below a file");
    } catch (const std::runtime_error& e) {
      QVERIFY2(std::string(e.what()).find("a_file/g.onnx") != std::string::npos, e.what());
    }
  }
};

QTEST_GUILESS_MAIN(TestOnnxExport)
#include "test_onnx_export.moc"
