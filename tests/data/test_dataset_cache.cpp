// The import cache (content-keyed, rebuilt when damaged), the pack format, SHA-256 and import speed.
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <filesystem>
#include <set>

#include "core/data/dataset_import.h"
#include "core/data/exif_orientation.h"
#include "core/util/atomic_file.h"
#include "core/util/sha256.h"
#include "data/image_checks.h"
#include "data/image_fixtures.h"
#include "data/import_test_helpers.h"

using namespace fewshot;
using namespace fewshot::data;
using namespace fewshot::testing;
namespace fs = std::filesystem;

class TestDatasetCache : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  std::string images_;  // usable images plus a few bad inputs, so reports have issues

  std::string sub(const std::string& name) {
    const std::string dir = tmp_.path().toStdString() + "/" + name;
    fs::create_directories(dir);
    return dir;
  }
  ImportOptions options(const std::string& cacheName, int size = 32) {
    ImportOptions o;
    o.width = o.height = size;
    o.cacheDir = tmp_.path().toStdString() + "/cache-" + cacheName;
    return o;
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    images_ = sub("images");
    const std::string png = encode(gradient(64, 64, 1), ".png");
    writeFile(images_ + "/good.png", png);
    writeFile(images_ + "/photo.jpg", encode(gradient(64, 64, 2), ".jpg"));
    writeFile(images_ + "/small.png", encode(gradient(16, 12, 5), ".png"));
    writeFile(images_ + "/copy_of_good.png", png);
    writeFile(images_ + "/zero.png", "");
    writeFile(images_ + "/notes.jpg", "this is a text file, not a JPEG\n");
    writeFile(images_ + "/readme.txt", "ignored: no image extension\n");
  }

  void cacheIsReusedAndKeyedByContent() {
    const std::string folder = sub("cached");
    for (int i = 0; i < 3; ++i)
      writeFile(folder + "/img" + std::to_string(i) + ".png", encode(gradient(40, 40, i), ".png"));
    const ImportOptions o = options("content");
    ImportReport first, second, report;
    const DatasetPack a = importDataset(folder, o, &first);
    QVERIFY(!first.loadedFromCache);
    QCOMPARE(a.contentHash.size(), size_t(64));
    QCOMPARE(first.cachePath, o.cacheDir + "/" + a.contentHash + ".fspack");
    QVERIFY(fs::exists(first.cachePath));
    const DatasetPack b = importDataset(folder, o, &second);
    QVERIFY(second.loadedFromCache);
    QVERIFY(contains(second.toText(), "(from cache)"));
    QCOMPARE(b.contentHash, a.contentHash);
    QCOMPARE(b.sources, a.sources);
    QVERIFY(b.pixels == a.pixels);

    writeFile(folder + "/img1.png", encode(gradient(40, 40, 9), ".png"));  // edit one file
    const DatasetPack edited = importDataset(folder, o, &report);
    QVERIFY(!report.loadedFromCache);
    QVERIFY(edited.contentHash != a.contentHash);
    QVERIFY(std::memcmp(edited.image(0), a.image(0), a.imageBytes()) == 0);
    QVERIFY(std::memcmp(edited.image(1), a.image(1), a.imageBytes()) != 0);

    writeFile(folder + "/img3.png", encode(gradient(40, 40, 3), ".png"));  // add one
    const DatasetPack added = importDataset(folder, o, &report);
    QVERIFY(!report.loadedFromCache);
    QCOMPARE(added.count(), 4);
    fs::remove(folder + "/img3.png");  // and remove it again: the same files, the same key
    const DatasetPack removed = importDataset(folder, o, &report);
    QVERIFY(report.loadedFromCache);
    QCOMPARE(removed.contentHash, edited.contentHash);
    fs::rename(folder + "/img2.png", folder + "/renamed.png");
    QVERIFY(importDataset(folder, o).contentHash != edited.contentHash);

    std::set<std::string> keys{edited.contentHash};
    for (int variant = 0; variant < 4; ++variant) {
      ImportOptions v = o;
      if (variant == 0) v.resize = ResizePolicy::Pad;
      if (variant == 1) v.resampling = Resampling::Bilinear;
      if (variant == 2) v.background = {0, 0, 0};
      if (variant == 3) v.width = v.height = 16;
      QVERIFY2(keys.insert(importDataset(folder, v).contentHash).second, std::to_string(variant).c_str());
    }
  }

  void cachedReportKeepsTheIssues() {
    ImportReport first, second;
    importDataset(images_, options("issues"), &first);
    importDataset(images_, options("issues"), &second);
    QVERIFY(second.loadedFromCache);
    QCOMPARE(first.skippedCount(), 3);  // duplicate, zero-byte, not an image
    QCOMPARE(first.warningCount(), 1);  // too small
    QCOMPARE(second.filesScanned, first.filesScanned);
    QCOMPARE(second.imagesAccepted, first.imagesAccepted);
    QCOMPARE(second.issues.size(), first.issues.size());
    for (size_t i = 0; i < first.issues.size(); ++i) {
      QCOMPARE(second.issues[i].file, first.issues[i].file);
      QCOMPARE(second.issues[i].reason, first.issues[i].reason);
    }
    QCOMPARE(second.notes, first.notes);
    QVERIFY(checkDataset(images_, options("issues")).loadedFromCache);  // a check may read the cache
  }

  void damagedCacheIsRebuilt() {
    ImportReport r;
    const DatasetPack a = importDataset(images_, options("damaged"), &r);
    fs::resize_file(r.cachePath, fs::file_size(r.cachePath) - 7);
    const DatasetPack b = importDataset(images_, options("damaged"), &r);
    QVERIFY(!r.loadedFromCache);
    QVERIFY(b.pixels == a.pixels);
    importDataset(images_, options("damaged"), &r);
    QVERIFY(r.loadedFromCache);
    QCOMPARE(filesIn(options("damaged").cacheDir), size_t(2));  // one pack, one report
  }

  void defaultCacheDirFollowsXdg() {
    const QByteArray xdg = qgetenv("XDG_CACHE_HOME"), home = qgetenv("HOME");
    qputenv("XDG_CACHE_HOME", "/tmp/xdg-cache");
    QCOMPARE(defaultPackCacheDir(), std::string("/tmp/xdg-cache/fewshot-studio/packs"));
    qunsetenv("XDG_CACHE_HOME");
    qputenv("HOME", "/home/someone");
    QCOMPARE(defaultPackCacheDir(), std::string("/home/someone/.cache/fewshot-studio/packs"));
    if (!xdg.isNull()) qputenv("XDG_CACHE_HOME", xdg);
    qputenv("HOME", home);
  }

  void packRoundTripAndDamage() {
    const std::string dir = sub("pack"), path = dir + "/set.fspack";
    DatasetPack pack;
    pack.width = 4;
    pack.height = 2;
    pack.sources = {"a.png", "sub/b.jpg"};
    pack.contentHash = std::string(64, 'c');
    for (int i = 0; i < 2 * 4 * 2 * 3; ++i) pack.pixels.push_back(static_cast<uint8_t>(i * 7));
    saveDatasetPack(pack, path);
    QCOMPARE(util::readFileBytes(path).substr(0, 8), std::string("FSPACK01"));
    const DatasetPack loaded = loadDatasetPack(path);
    QCOMPARE(loaded.width, 4);
    QCOMPARE(loaded.height, 2);
    QCOMPARE(loaded.sources, pack.sources);
    QCOMPARE(loaded.contentHash, pack.contentHash);
    QVERIFY(loaded.pixels == pack.pixels);

    const std::string good = util::readFileBytes(path);
    auto expectRefused = [&](const std::string& bytes, const std::string& part) {
      writeFile(path, bytes);
      const std::string error = errorOf([&] { loadDatasetPack(path); });
      QVERIFY2(contains(error, path) && contains(error, part), error.c_str());
    };
    expectRefused(good.substr(0, good.size() - 10), "truncated");
    expectRefused(good.substr(0, 30), "truncated");
    std::string flipped = good;
    flipped[good.size() - 40] ^= 1;  // one pixel bit
    expectRefused(flipped, "checksum mismatch");
    expectRefused(good + "xx", "unexpected bytes");
    expectRefused("garbage, not a pack", "not a FewShot Studio dataset pack");
    expectRefused("FSPACK99" + good.substr(8), "format version '99'");
    expectRefused("", "empty");
    fs::remove(path);
    QVERIFY(contains(errorOf([&] { loadDatasetPack(path); }), path));
    pack.pixels.pop_back();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saveDatasetPack(pack, path));
  }

  void sha256KnownAnswers() {
    QCOMPARE(util::sha256Hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(util::sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(util::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    util::Sha256 million;
    const std::string piece(997, 'a');
    size_t fed = 0;
    for (; fed + piece.size() <= 1000000; fed += piece.size()) million.update(piece);
    million.update(std::string(1000000 - fed, 'a'));
    QCOMPARE(million.hexDigest(), std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
  }

  void optionStrings() {
    QVERIFY(resizePolicyFromString("pad") == ResizePolicy::Pad);
    QVERIFY(resamplingFromString("bilinear") == Resampling::Bilinear);
    QCOMPARE(toString(resizePolicyFromString(toString(ResizePolicy::CenterCrop))), std::string("crop"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resizePolicyFromString("zoom"));
    QVERIFY((parseBackgroundColour("#00ff7F") == std::array<uint8_t, 3>{0, 255, 127}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseBackgroundColour("12345"));
  }

  void hundredLargeImagesImportInSeconds() {
    const std::string folder = sub("large");
    const cv::Mat base = gradient(1024, 1024, 0);
    for (int i = 0; i < 100; ++i) {
      cv::Mat m = base.clone();
      cv::rectangle(m, cv::Rect(i * 9, i * 7, 120, 90), cv::Scalar(i * 2, 255 - i * 2, 128), cv::FILLED);
      writeFile(folder + "/img" + std::to_string(1000 + i) + ".jpg", encode(m, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 90}));
    }
    QElapsedTimer timer;
    timer.start();
    ImportReport r;
    const DatasetPack pack = importDataset(folder, options("large", 256), &r);
    const qint64 decodeMs = timer.restart();
    importDataset(folder, options("large", 256), &r);
    const qint64 cachedMs = timer.elapsed();
    qInfo("100 images of 1024 px: import %lld ms, from cache %lld ms", decodeMs, cachedMs);
    QCOMPARE(pack.count(), 100);
    QVERIFY(r.loadedFromCache);
    QVERIFY2(decodeMs < 30000, "importing 100 images of 1024 px took more than 30 s");
  }
};

QTEST_APPLESS_MAIN(TestDatasetCache)
#include "test_dataset_cache.moc"
