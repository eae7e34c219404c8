// TensorBoard event files: CRC-32C and the record framing checked by our own reader; a run trained with
// `tensorboard` on (ADA, so p and r_t are among the scalars), resumed, and converted after the fact, each
// read back with the tensorboard package's EventAccumulator (skipped when the package is not installed).
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

#include "core/io/crc32c.h"
#include "core/io/png_writer.h"
#include "core/io/tensorboard_writer.h"
#include "core/train/metrics_log.h"
#include "core/train/tensorboard_log.h"
#include "core/train/training_session.h"
#include "core/util/atomic_file.h"
#include "support/synthetic_data.h"
#include "support/test_paths.h"

using namespace fewshot;
namespace fs = std::filesystem;

namespace {

uint64_t le(const std::string& s, size_t at, int bytes) {
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(s[at + i]);
  return v;
}

// Our own TFRecord reader: every record's length and payload must carry matching masked CRC-32Cs.
std::vector<std::string> readRecords(const std::string& path) {
  const std::string bytes = util::readFileBytes(path);
  std::vector<std::string> records;
  size_t at = 0;
  while (at < bytes.size()) {
    if (at + 12 > bytes.size()) throw std::runtime_error("truncated record header");
    const uint64_t length = le(bytes, at, 8);
    if (io::maskedCrc32c(bytes.data() + at, 8) != le(bytes, at + 8, 4)) throw std::runtime_error("bad length CRC");
    if (at + 12 + length + 4 > bytes.size()) throw std::runtime_error("truncated record");
    const std::string payload = bytes.substr(at + 12, length);
    if (io::maskedCrc32c(payload.data(), payload.size()) != le(bytes, at + 12 + length, 4))
      throw std::runtime_error("bad payload CRC");
    records.push_back(payload);
    at += 12 + length + 4;
  }
  return records;
}

std::vector<std::string> eventFiles(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().rfind("events.out.tfevents.", 0) == 0) files.push_back(e.path().string());
  return files;
}

// {"scalars": {tag: [[step, value]]}, "images": {tag: [[step, w, h, png_w, png_h]]}}, or null when skipped.
nlohmann::json readWithTensorBoard(const std::string& dir, QString* skipReason) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  const char* custom = std::getenv("FEWSHOT_TENSORBOARD_PYTHONPATH");
  // Where packaging/setup-debian.sh installs it.
  const QString cache = env.value("XDG_CACHE_HOME", env.value("HOME") + "/.cache");
  env.insert("PYTHONPATH", custom ? QString(custom) : cache + "/fewshot-studio/python-tensorboard");
  p.setProcessEnvironment(env);
  const char* src = std::getenv("FEWSHOT_SOURCE_DIR");
  const QString script = QString(src ? src : ".") + "/tests/support/tensorboard_read.py";
  p.start("/usr/bin/python3", {script, QString::fromStdString(dir)});
  if (!p.waitForFinished(300000)) throw std::runtime_error("tensorboard_read.py timed out");
  if (p.exitCode() == 77) {
    *skipReason = "the tensorboard package is not installed (packaging/setup-debian.sh installs it from PyPI): " +
                  QString::fromUtf8(p.readAllStandardError()).trimmed();
    return nullptr;
  }
  if (p.exitCode() != 0)
    throw std::runtime_error("tensorboard_read.py failed: " + p.readAllStandardError().toStdString());
  return nlohmann::json::parse(p.readAllStandardOutput().toStdString());
}

std::pair<int, int> pngSize(const std::string& path) {
  const std::string png = util::readFileBytes(path);
  auto be = [&](size_t at) {
    return (static_cast<uint8_t>(png[at]) << 24) | (static_cast<uint8_t>(png[at + 1]) << 16) |
           (static_cast<uint8_t>(png[at + 2]) << 8) | static_cast<uint8_t>(png[at + 3]);
  };
  return {be(16), be(20)};
}

train::TrainingConfig tinyAdaRun(const std::string& dir) {
  const std::string pack = dir + "/discs.fspack";
  data::saveDatasetPack(testing::discDataset(32, 8), pack);
  train::TrainingConfig c;
  c.fastgan.imageSize = 32;
  c.fastgan.ngf = c.fastgan.ndf = 8;
  c.fastgan.nz = 16;
  c.batchSize = 4;
  c.sampleCount = 4;
  c.iterations = 6;
  c.sampleEvery = 3;
  c.checkpointEvery = 6;
  c.threads = 2;
  c.augment = "ada";
  c.reconstructionLoss = "pixel-l1";
  c.metrics.enabled = false;
  c.tensorboard = true;
  c.dataPath = pack;
  c.runDir = dir + "/run";
  return c;
}

void runToEnd(std::unique_ptr<train::TrainingSession> session) {
  std::string error;
  session->setEventCallback([&](const train::TrainingEvent& e) {
    if (e.kind == train::TrainingEvent::Kind::Error || e.message.find("TensorBoard") != std::string::npos)
      error += e.message + "\n";
  });
  session->start();
  session->wait();
  if (!error.empty()) throw std::runtime_error(error);
}

}  // namespace

class TestTensorBoard : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void crc32cMatchesKnownValues() {
    QCOMPARE(io::crc32c("123456789", 9), 0xe3069283u);  // the CRC-32C check value
    QCOMPARE(io::crc32c("", 0), 0u);
    const uint32_t crc = io::crc32c("a", 1);
    QCOMPARE(io::maskedCrc32c("a", 1), ((crc >> 15) | (crc << 17)) + 0xa282ead8u);
  }

  void tagsGroupKeysByTheirFirstWord() {
    QCOMPARE(train::tensorBoardTag("loss_d_real"), std::string("loss/d_real"));
    QCOMPARE(train::tensorBoardTag("metric_fd_effnet"), std::string("metrics/fd_effnet"));
    QCOMPARE(train::tensorBoardTag("ada_rt"), std::string("ada/rt"));
    QCOMPARE(train::tensorBoardTag("phase_alpha"), std::string("phase/alpha"));
    QCOMPARE(train::tensorBoardTag("seconds"), std::string("time/seconds_per_iteration"));
    QCOMPARE(train::tensorBoardTag("stage"), std::string("run/stage"));
    QVERIFY(train::tensorBoardTag("iteration").empty());
  }

  void recordsAreFramedWithMaskedCrcs() {
    const std::string dir = testing::scratchDir("tensorboard_framing");
    data::ImageU8 image{5, 3, 3, std::vector<uint8_t>(45, 200)};
    std::string path;
    {
      io::TensorBoardWriter writer(dir);
      writer.addScalars(7, {{"loss/g", 0.25}, {"ada/p", 0.5}});
      writer.addPng(7, "samples", io::encodePng(image));
      path = writer.path();
    }
    QVERIFY(fs::path(path).filename().string().rfind("events.out.tfevents.", 0) == 0);
    const auto records = readRecords(path);
    QCOMPARE(records.size(), size_t{3});
    QVERIFY(records[0].find("brain.Event:2") != std::string::npos);
    QVERIFY(records[1].find("loss/g") != std::string::npos && records[1].find("ada/p") != std::string::npos);
    QVERIFY(records[2].find("\x89PNG") != std::string::npos);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, io::pngImageEvent(0, 1, "x", "not a png at all, not at all!!!!"));
  }

  void liveResumedAndConvertedRunsReadBackInTensorBoard() {
    const std::string dir = testing::scratchDir("tensorboard_run");
    const train::TrainingConfig config = tinyAdaRun(dir);
    runToEnd(train::TrainingSession::createNew(config));
    QCOMPARE(eventFiles(config.runDir).size(), size_t{1});
    for (const std::string& f : eventFiles(config.runDir)) QVERIFY(readRecords(f).size() >= 1 + 6 + 2);

    QString skip;
    nlohmann::json live = readWithTensorBoard(config.runDir, &skip);
    if (live.is_null()) QSKIP(qPrintable(skip));
    // Every numeric field of every metrics.jsonl record is a scalar at its iteration (float32 precision).
    const auto records = train::MetricsLog::read(train::RunDirectory(config.runDir).metricsPath());
    QCOMPARE(static_cast<int>(records.size()), 6);
    QVERIFY2(records.back().contains("ada_p"), "ADA's p should be among the scalars");
    for (const auto& r : records)
      for (const auto& [key, value] : r.items()) {
        const std::string tag = train::tensorBoardTag(key);
        if (tag.empty()) continue;
        QVERIFY2(live["scalars"].contains(tag), tag.c_str());
        const double expected = value.get<double>();
        bool found = false;
        for (const auto& point : live["scalars"][tag])
          if (point[0] == r["iteration"])
            found = std::abs(point[1].get<double>() - expected) <= 1e-6 * (1 + std::abs(expected));
        QVERIFY2(found, (tag + " at iteration " + r["iteration"].dump()).c_str());
      }
    // The sample grids, at iterations 0 (the untrained generator), 3 and 6, with the size of the PNGs in samples/.
    const auto& samples = live["images"][train::kSamplesImageTag];
    QCOMPARE(samples.size(), size_t{3});
    const auto [w, h] = pngSize(train::RunDirectory(config.runDir).samplePath(6));
    QCOMPARE(samples[0][0].get<int>(), 0);
    QCOMPARE(samples[2][0].get<int>(), 6);
    QCOMPARE(samples[2][1].get<int>(), w);
    QCOMPARE(samples[2][2].get<int>(), h);
    QCOMPARE(samples[2][3].get<int>(), w);
    QCOMPARE(samples[2][4].get<int>(), h);

    // Resuming to 8 iterations rebuilds the files up to the checkpoint and goes on: each step once.
    runToEnd(train::TrainingSession::resumeRun(config.runDir, 8));
    nlohmann::json resumed = readWithTensorBoard(config.runDir, &skip);
    std::vector<int64_t> steps;
    for (const auto& point : resumed["scalars"]["loss/g"]) steps.push_back(point[0].get<int64_t>());
    QCOMPARE(steps, (std::vector<int64_t>{1, 2, 3, 4, 5, 6, 7, 8}));

    // After the fact: the same scalars and images from metrics.jsonl and samples/, in one file.
    const train::TensorBoardConversion c = train::convertRunToTensorBoard(config.runDir);
    QCOMPARE(c.records, int64_t{8});
    QCOMPARE(c.removedFiles, 2);
    QCOMPARE(eventFiles(config.runDir), std::vector<std::string>{c.eventFile});
    nlohmann::json converted = readWithTensorBoard(config.runDir, &skip);
    QCOMPARE(converted["scalars"].dump(), resumed["scalars"].dump());
    QCOMPARE(converted["images"][train::kSamplesImageTag].size(), resumed["images"][train::kSamplesImageTag].size());
  }

  void convertingSomethingElseNamesIt() {
    const std::string dir = testing::scratchDir("tensorboard_not_a_run");
    try {
      train::convertRunToTensorBoard(dir);
      QFAIL("expected an error");
    } catch (const std::runtime_error& e) {
      QVERIFY(std::string(e.what()).find(dir) != std::string::npos);
    }
  }
};

QTEST_GUILESS_MAIN(TestTensorBoard)
#include "test_tensorboard.moc"
