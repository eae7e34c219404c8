// Hostile image inputs, generated at test time: header bombs (a tiny JPEG or PNG claiming 32000x32000 or
// 50000x50000), a decompression bomb, sparse multi-gigabyte files, FIFOs, devices, folders named like
// images, symbolic link loops and names that are not UTF-8. Each is refused quickly, with its reason
// ("too large" vs "corrupt"), without allocating more than a stated budget, and named in the report.
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "core/data/dataset_import.h"
#include "core/data/image_decoder.h"
#include "core/data/image_header.h"
#include "core/data/memory_budget.h"
#include "data/image_checks.h"
#include "data/image_fixtures.h"
#include "data/import_test_helpers.h"
#include "support/hostile_fixtures.h"

using namespace fewshot;
using namespace fewshot::data;
using namespace fewshot::testing;
namespace fs = std::filesystem;

namespace {

constexpr long long kBudget = 300ll << 20;  // the most any refusal here may add to the peak memory

// A real 16x16 JPEG whose frame header is patched to claim width x height.
std::string jpegClaiming(int width, int height) {
  std::string jpeg = encode(gradient(16, 16, 9), ".jpg");
  for (size_t i = 2; i + 9 < jpeg.size(); ++i)
    if (static_cast<uint8_t>(jpeg[i]) == 0xFF && (static_cast<uint8_t>(jpeg[i + 1]) & 0xF0) == 0xC0 &&
        static_cast<uint8_t>(jpeg[i + 1]) != 0xC4) {
      jpeg[i + 5] = char(height >> 8), jpeg[i + 6] = char(height & 0xFF);
      jpeg[i + 7] = char(width >> 8), jpeg[i + 8] = char(width & 0xFF);
      return jpeg;
    }
  return {};
}

// A valid 1-bit grayscale PNG of side x side black pixels, deflated: a few kilobytes that decode to
// side^2 pixels (a decompression bomb when side is large).
std::string deflatedPng(int side) {
  const size_t rowBytes = 1 + (static_cast<size_t>(side) + 7) / 8;
  std::string row(rowBytes, '\0');
  z_stream z{};
  deflateInit(&z, 9);
  std::string out;
  std::vector<char> chunk(1 << 16);
  for (int y = 0; y <= side; ++y) {
    z.next_in = reinterpret_cast<Bytef*>(row.data());
    z.avail_in = y < side ? static_cast<uInt>(rowBytes) : 0;
    const int flush = y < side ? Z_NO_FLUSH : Z_FINISH;
    do {
      z.next_out = reinterpret_cast<Bytef*>(chunk.data());
      z.avail_out = static_cast<uInt>(chunk.size());
      deflate(&z, flush);
      out.append(chunk.data(), chunk.size() - z.avail_out);
    } while (z.avail_out == 0);
  }
  deflateEnd(&z);
  std::string ihdr = bigEndian32(side) + bigEndian32(side);
  ihdr += {char(1), char(0), 0, 0, 0};
  return std::string("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", out) + pngChunk("IEND", "");
}

}  // namespace

class TestHostileImages : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

  std::string sub(const std::string& name) {
    const std::string dir = tmp_.path().toStdString() + "/" + name;
    fs::create_directories(dir);
    return dir;
  }
  ImportOptions options(const std::string& cacheName) {
    ImportOptions o;
    o.width = o.height = 32;
    o.cacheDir = tmp_.path().toStdString() + "/cache-" + cacheName;
    return o;
  }
  static void expectSkipped(const ImportReport& r, const std::string& suffix, const std::string& reason) {
    const ImportIssue* issue = issueFor(r, suffix);
    QVERIFY2(issue, ("not in the report: " + suffix + "\n" + r.toText()).c_str());
    QVERIFY2(issue->kind == ImportIssue::Kind::Skipped && contains(issue->reason, reason),
             (suffix + ": " + issue->reason).c_str());
  }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(tmp_.isValid()); }
  void cleanupTestCase() { fs::remove_all(tmp_.path().toStdString()); }  // FIFOs and link loops included

  void headerBombsAreTooLargeNotDecoded() {
    const std::string dir = sub("bombs");
    const std::string bomb = jpegClaiming(32000, 32000);
    QVERIFY(bomb.size() < 1024);
    for (int i = 0; i < 4; ++i) writeFile(dir + "/bomb" + std::to_string(i) + ".jpg", bomb + std::to_string(i));
    std::string png = makePng(pngSpec(2, 2, 8, 2, std::string(12, '\x10')));
    png.replace(16, 8, bigEndian32(50000) + bigEndian32(50000));  // IHDR width and height
    writeFile(dir + "/huge.png", png);
    writeFile(dir + "/good.png", encode(gradient(40, 40, 1), ".png"));
    const long long before = peakRssBytes();
    const auto start = std::chrono::steady_clock::now();
    const ImportReport r = checkDataset(dir, options("bombs"));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    qInfo("4 JPEG header bombs + a 50000x50000 PNG header: %.2f s, peak memory +%lld MiB", seconds,
          (peakRssBytes() - before) >> 20);
    QCOMPARE(r.imagesAccepted, 1);
    for (int i = 0; i < 4; ++i) expectSkipped(r, "bomb" + std::to_string(i) + ".jpg", "too large (32000\u00d732000");
    expectSkipped(r, "huge.png", "too large (50000\u00d750000 pixels = 2500 megapixels; the limit is 100)");
    QVERIFY(peakRssBytes() - before < kBudget);
    QVERIFY2(seconds < 10, "refusing the bombs took too long");
  }

  void decompressionBombIsRefusedBeforeInflating() {
    const std::string dir = sub("inflate");
    const std::string bomb = deflatedPng(20000);  // 400 megapixels
    qInfo("20000x20000 PNG: %zu bytes", bomb.size());
    writeFile(dir + "/bomb.png", bomb);
    const long long before = peakRssBytes();
    const std::string error = errorOf([&] { decodeImageFile(dir + "/bomb.png", {255, 255, 255}); });
    QVERIFY2(contains(error, "too large (20000\u00d720000"), error.c_str());
    QVERIFY(peakRssBytes() - before < kBudget);
    // Below the limit the same kind of file decodes, and a lower limit refuses it.
    writeFile(dir + "/fine.png", deflatedPng(1200));
    QCOMPARE(decodeImageFile(dir + "/fine.png", {255, 255, 255}).width, 1200);
    const std::string limited = errorOf([&] { decodeImageFile(dir + "/fine.png", {255, 255, 255}, 1'000'000); });
    QVERIFY2(contains(limited, "too large (1200\u00d71200 pixels = 1.4 megapixels; the limit is 1)"), limited.c_str());
    ImportOptions o = options("limit");
    o.maxPixels = 1'000'000;
    expectSkipped(checkDataset(dir, o), "fine.png", "too large");
  }

  void sparseGiantFilesAreNotRead() {
    const std::string dir = sub("sparse");
    QVERIFY(writeSparseFile(dir + "/huge.jpg", "", 3ll << 30));                     // zeros: not an image
    QVERIFY(writeSparseFile(dir + "/giant.jpg", jpegClaiming(64, 64), 3ll << 30));  // a JPEG header, 3 GiB
    const long long before = peakRssBytes();
    const std::string notImage = errorOf([&] { decodeImageFile(dir + "/huge.jpg", {0, 0, 0}); });
    QVERIFY2(contains(notImage, "not an image"), notImage.c_str());
    const std::string tooLarge = errorOf([&] { decodeImageFile(dir + "/giant.jpg", {0, 0, 0}); });
    QVERIFY2(contains(tooLarge, "too large (a 3.0 GiB file"), tooLarge.c_str());
    qInfo("%s\n%s; peak memory +%lld MiB", notImage.c_str(), tooLarge.c_str(), (peakRssBytes() - before) >> 20);
    QVERIFY(peakRssBytes() - before < kBudget);
    // The import does not read them either (hashing 6 GiB would take minutes).
    const auto start = std::chrono::steady_clock::now();
    const ImportReport r = checkDataset(dir, options("sparse"));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    expectSkipped(r, "/huge.jpg", "not an image");
    expectSkipped(r, "/giant.jpg", "too large (a 3.0 GiB file");
    QVERIFY2(seconds < 10, "the import read the sparse files");
  }

  void fifosAndDevicesAreRefusedWithoutBlocking() {
    const std::string dir = sub("fifo");
    QVERIFY(makeFifo(dir + "/pipe.png"));
    QVERIFY(makeFifo(dir + "/pipe-no-extension"));
    writeFile(dir + "/good.png", encode(gradient(40, 40, 2), ".png"));
    std::string error;
    QVERIFY2(
        finishesWithin(
            20, [&] { error = errorOf([&] {
                        decodeImageFile(dir + "/pipe.png", {0, 0, 0});
                      }); }, dir + "/pipe.png"),
        "decoding a FIFO blocked");
    QVERIFY2(contains(error, "named pipe (FIFO)"), error.c_str());
    ImportReport r;
    QVERIFY2(finishesWithin(
                 30, [&] { r = checkDataset(dir, options("fifo")); }, dir + "/pipe.png"),
             "the scan blocked");
    QCOMPARE(r.imagesAccepted, 1);
    expectSkipped(r, "/pipe.png", "named pipe (FIFO)");
    expectSkipped(r, "/pipe-no-extension", "named pipe (FIFO)");
    const std::string device = errorOf([&] { decodeImageFile("/dev/zero", {0, 0, 0}); });
    QVERIFY2(contains(device, "character device"), device.c_str());
    const std::string asDataset = errorOf([&] { checkDataset("/dev/zero", options("dev")); });
    QVERIFY2(contains(asDataset, "character device"), asDataset.c_str());
  }

  void foldersLinksAndLoopsAreNamed() {
    const std::string dir = sub("odd");
    writeFile(dir + "/good.png", encode(gradient(40, 40, 3), ".png"));
    fs::create_directories(dir + "/folder.png");
    fs::create_symlink("loop.png", dir + "/loop.png");
    fs::create_symlink("missing.png", dir + "/broken.png");
    fs::create_symlink("a-loop", dir + "/a-loop");  // no image extension: named too
    const ImportReport flat = checkDataset(dir, [&] {
      ImportOptions o = options("odd");
      o.recursive = false;
      return o;
    }());
    expectSkipped(flat, "/folder.png", "a folder");
    expectSkipped(flat, "/loop.png", "symbolic link loop");
    expectSkipped(flat, "/broken.png", "broken symbolic link");
    expectSkipped(flat, "/a-loop", "symbolic link loop");
    QCOMPARE(flat.imagesAccepted, 1);
    const ImportReport recursive = checkDataset(dir, options("odd-r"));  // folder.png is walked, empty
    QVERIFY(!issueFor(recursive, "/folder.png"));
    expectSkipped(recursive, "/loop.png", "symbolic link loop");
  }

  void namesThatAreNotUtf8SurviveJsonAndTheCache() {
    const std::string dir = sub("names");
    const std::string badName = "bad\xff\xfe name.png", badCorrupt = "broken\xc3\x28.png";
    writeFile(dir + "/" + badName, encode(gradient(40, 40, 4), ".png"));
    writeFile(dir + "/" + badCorrupt, "not an image");
    writeFile(dir + "/ok.png", encode(gradient(40, 40, 5), ".png"));
    ImportReport r;
    const DatasetPack pack = importDataset(dir, options("names"), &r);
    QCOMPARE(pack.count(), 2);
    const std::string json = r.toJson().dump(2);  // throws on invalid UTF-8 without the sanitising
    QVERIFY(contains(json, "file_hex"));
    const ImportReport back = importReportFromJson(nlohmann::json::parse(json));
    QVERIFY(issueFor(back, "/" + badCorrupt));
    ImportReport cached;
    importDataset(dir, options("names"), &cached);
    QVERIFY(cached.loadedFromCache);
    QVERIFY2(issueFor(cached, "/" + badCorrupt), cached.toText().c_str());
    QVERIFY(fs::exists(issueFor(cached, "/" + badCorrupt)->file));
  }

  void largeJpegHeadersAreFollowedPastTheProbe() {
    // A valid JPEG whose frame header sits after 200 KB of APP segments: beyond the first read.
    const std::string jpeg = encode(gradient(48, 32, 6), ".jpg");
    std::string padded = jpeg.substr(0, 2);
    for (int i = 0; i < 4; ++i) padded += std::string("\xFF\xE9\xFF\xF0", 4) + std::string(0xFFF0 - 2, 'x');
    padded += jpeg.substr(2);
    const std::string dir = sub("padded");
    writeFile(dir + "/padded.jpg", padded);
    const ImageHeader prefix = readImageHeader(padded.substr(0, 65536), ImageFormat::Jpeg, false);
    QVERIFY(prefix.status == ImageHeader::Status::NeedMoreBytes);
    const ImageHeader whole = readImageHeader(padded, ImageFormat::Jpeg, true);
    QVERIFY(whole.ok() && whole.width == 48 && whole.height == 32);
    QCOMPARE(decodeImageFile(dir + "/padded.jpg", {0, 0, 0}).width, 48);
    // Every format's header gives the size the decoder finds.
    for (const char* ext : {".png", ".jpg", ".bmp", ".webp", ".tiff"}) {
      const std::string bytes = encode(gradient(37, 23, 7), ext);
      const ImageHeader h = readImageHeader(bytes, sniffImageFormat(bytes), true);
      QVERIFY2(h.ok() && h.width == 37 && h.height == 23, ext);
    }
  }

  void decodingWaitsForItsMemoryBudget() {
    MemoryBudget budget(100);
    std::atomic<int> inside{0}, most{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 6; ++i)
      threads.emplace_back([&] {
        MemoryReservation r(budget, 40);  // two fit at once
        const int now = ++inside;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        --inside;
      });
    for (auto& t : threads) t.join();
    QCOMPARE(most.load(), 2);
    { MemoryReservation alone(budget, 1000); }  // larger than the budget: runs alone instead of never
    // An import under a budget smaller than one image still imports everything, in order.
    const std::string dir = sub("budget");
    for (int i = 0; i < 6; ++i) writeFile(dir + "/" + std::to_string(i) + ".png", encode(gradient(64, 64, i), ".png"));
    ImportOptions o = options("budget");
    o.decodeMemoryBudget = 1;
    o.useCache = false;
    const DatasetPack pack = importDataset(dir, o);
    QCOMPARE(pack.count(), 6);
    QCOMPARE(pack.sources.front(), std::string("0.png"));
  }
};

QTEST_GUILESS_MAIN(TestHostileImages)
#include "test_hostile_images.moc"
