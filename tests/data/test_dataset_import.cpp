// Dataset import against generated fixtures of every bad-input kind the issue names.
#include <QtTest>

#include <QImage>
#include <QProcess>
#include <QStandardPaths>

#include <filesystem>
#include <fstream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/data/dataset_import.h"
#include "core/util/atomic_file.h"
#include "support/test_paths.h"

using namespace fewshot;
using namespace fewshot::data;
namespace fs = std::filesystem;

namespace {

cv::Mat colourImage(int w, int h, int seed) {  // BGR with a gradient and a seed-dependent block
  cv::Mat m(h, w, CV_8UC3);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) m.at<cv::Vec3b>(y, x) = cv::Vec3b((x * 4 + seed * 40) % 256, (y * 4) % 256, (seed * 70) % 256);
  return m;
}

void writeBytes(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

const ImportIssue* issueFor(const ImportReport& r, const std::string& fileSuffix) {
  for (const auto& i : r.issues)
    if (i.file.size() >= fileSuffix.size() && i.file.compare(i.file.size() - fileSuffix.size(), fileSuffix.size(), fileSuffix) == 0)
      return &i;
  return nullptr;
}

// Inserts an APP1 Exif segment with the given orientation right after the JPEG SOI marker.
std::string withExifOrientation(const std::string& jpeg, uint16_t orientation) {
  std::string tiff = std::string("MM\0\x2A\0\0\0\x08", 8);  // big-endian TIFF header, IFD at 8
  tiff += std::string("\0\x01", 2);                           // one entry
  tiff += std::string("\x01\x12\0\x03\0\0\0\x01", 8);         // tag 0x0112 (orientation), SHORT, count 1
  tiff += static_cast<char>(orientation >> 8);
  tiff += static_cast<char>(orientation & 0xFF);
  tiff += std::string("\0\0\0\0\0\0", 6);                     // padding + next IFD = 0
  const std::string payload = std::string("Exif\0\0", 6) + tiff;
  const uint16_t length = static_cast<uint16_t>(payload.size() + 2);
  std::string app1 = "\xFF\xE1";
  app1 += static_cast<char>(length >> 8);
  app1 += static_cast<char>(length & 0xFF);
  return jpeg.substr(0, 2) + app1 + payload + jpeg.substr(2);
}

ImportOptions options(const std::string& cacheDir, int size = 32) {
  ImportOptions o;
  o.width = o.height = size;
  o.cacheDir = cacheDir;
  return o;
}

}  // namespace

class TestDatasetImport : public QObject {
  Q_OBJECT
  std::string dir_, cache_;

 private Q_SLOTS:
  void initTestCase() {
    dir_ = testing::scratchDir("dataset_import/images");
    cache_ = testing::scratchDir("dataset_import/cache");
    fs::create_directories(dir_ + "/nested/deeper");
    cv::imwrite(dir_ + "/good.png", colourImage(64, 64, 1));
    cv::imwrite(dir_ + "/photo.jpg", colourImage(64, 64, 2));
    cv::imwrite(dir_ + "/nested/deeper/deep.png", colourImage(48, 48, 3));
    cv::imwrite(dir_ + "/UPPER.PNG", colourImage(40, 40, 4));
    fs::copy_file(dir_ + "/good.png", dir_ + "/nested/copy_of_good.png");
    writeBytes(dir_ + "/zero.png", "");
    const std::string png = util::readFileBytes(dir_ + "/good.png"), jpg = util::readFileBytes(dir_ + "/photo.jpg");
    writeBytes(dir_ + "/truncated.png", png.substr(0, png.size() / 2));
    writeBytes(dir_ + "/truncated.jpg", jpg.substr(0, jpg.size() / 2));
    writeBytes(dir_ + "/notes.jpg", "this is a text file, not a JPEG\n");
    writeBytes(dir_ + "/readme.txt", "ignored: no image extension\n");
    cv::imwrite(dir_ + "/small.png", colourImage(16, 12, 5));
    cv::Mat gray(40, 40, CV_8UC1, cv::Scalar(77));
    cv::imwrite(dir_ + "/gray.png", gray);
    cv::Mat deep(40, 40, CV_16UC3, cv::Scalar(65535, 0, 32896));
    cv::imwrite(dir_ + "/sixteen.png", deep);
    cv::Mat rgba(40, 40, CV_8UC4, cv::Scalar(0, 0, 255, 0));  // fully transparent red
    rgba(cv::Rect(0, 0, 20, 40)).setTo(cv::Scalar(255, 0, 0, 255));  // opaque blue left half
    cv::imwrite(dir_ + "/alpha.png", rgba);
    QImage palette(40, 40, QImage::Format_Indexed8);
    palette.setColorTable({qRgb(10, 200, 30), qRgb(250, 5, 5)});
    palette.fill(0);
    QVERIFY(palette.save(QString::fromStdString(dir_ + "/palette.png")));
  }

  void reportsEveryBadInputKind() {
    ImportReport r = checkDataset(dir_, options(cache_));
    qInfo("%s", r.toText().c_str());
    QCOMPARE(r.filesScanned, 14);
    QCOMPARE(r.imagesAccepted, 9);  // good, photo, deep, UPPER, small, gray, sixteen, alpha, palette
    auto expectSkip = [&](const char* file, const char* reasonPart) {
      const ImportIssue* i = issueFor(r, file);
      QVERIFY2(i, file);
      QVERIFY2(i->kind == ImportIssue::Kind::Skipped, file);
      QVERIFY2(i->reason.find(reasonPart) != std::string::npos, (std::string(file) + ": " + i->reason).c_str());
    };
    expectSkip("zero.png", "zero-byte");
    expectSkip("truncated.png", "truncated");
    expectSkip("truncated.jpg", "truncated");
    expectSkip("notes.jpg", "not an image");
    expectSkip("copy_of_good.png", "duplicate of");
    QVERIFY(issueFor(r, "copy_of_good.png")->reason.find("good.png") != std::string::npos);
    const ImportIssue* small = issueFor(r, "small.png");
    QVERIFY(small && small->kind == ImportIssue::Kind::Warning);
    QVERIFY(small->reason.find("16x12") != std::string::npos);
    QCOMPARE(r.skippedCount(), 5);
    QVERIFY(r.toJson()["issues"].size() == r.issues.size());
    bool ignoredNote = false;
    for (const auto& n : r.notes) ignoredNote = ignoredNote || n.find("1 files without an image extension") != std::string::npos;
    QVERIFY(ignoredNote);
  }

  void decodesSpecialFormats() {
    const std::array<uint8_t, 3> white{255, 255, 255};
    ImageU8 gray = decodeImageFile(dir_ + "/gray.png", white);
    QCOMPARE(gray.channels, 3);
    QCOMPARE(int(gray.pixels[0]), 77);
    QCOMPARE(int(gray.pixels[2]), 77);
    ImageU8 deep = decodeImageFile(dir_ + "/sixteen.png", white);  // BGR(65535, 0, 32896) -> RGB(128, 0, 255)
    QCOMPARE(int(deep.pixels[0]), 128);
    QCOMPARE(int(deep.pixels[1]), 0);
    QCOMPARE(int(deep.pixels[2]), 255);
    ImageU8 alpha = decodeImageFile(dir_ + "/alpha.png", white);
    QCOMPARE(int(alpha.pixels[0]), 0);  // opaque blue stays blue
    QCOMPARE(int(alpha.pixels[2]), 255);
    const uint8_t* right = alpha.row(0) + 30 * 3;  // transparent: the background shows
    QCOMPARE(int(right[0]), 255);
    QCOMPARE(int(right[1]), 255);
    ImageU8 overGreen = decodeImageFile(dir_ + "/alpha.png", {0, 128, 0});
    QCOMPARE(int((overGreen.row(0) + 30 * 3)[1]), 128);
    ImageU8 palette = decodeImageFile(dir_ + "/palette.png", white);
    QCOMPARE(int(palette.pixels[0]), 10);
    QCOMPARE(int(palette.pixels[1]), 200);
  }

  void decodesCmykJpeg() {
    const QString convert = QStandardPaths::findExecutable("convert");
    if (convert.isEmpty()) QSKIP("ImageMagick 'convert' is not installed (packaging/setup-debian.sh installs it)");
    const QString src = QString::fromStdString(dir_ + "/good.png");
    const QString dst = QString::fromStdString(testing::scratchDir("dataset_import/cmyk") + "/cmyk.jpg");
    QCOMPARE(QProcess::execute(convert, {src, "-colorspace", "CMYK", "-quality", "95", dst}), 0);
    ImageU8 cmyk = decodeImageFile(dst.toStdString(), {255, 255, 255});
    ImageU8 reference = decodeImageFile(dir_ + "/good.png", {255, 255, 255});
    QCOMPARE(cmyk.width, reference.width);
    double diff = 0;
    for (size_t i = 0; i < cmyk.pixels.size(); ++i) diff += std::abs(int(cmyk.pixels[i]) - int(reference.pixels[i]));
    QVERIFY2(diff / cmyk.pixels.size() < 12.0, "CMYK JPEG colours are far from the RGB original");
  }

  void appliesExifOrientation() {
    cv::Mat m(32, 64, CV_8UC3, cv::Scalar(0, 0, 255));   // red, landscape
    m(cv::Rect(0, 0, 32, 32)).setTo(cv::Scalar(255, 0, 0));  // blue left half
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", m, jpeg, {cv::IMWRITE_JPEG_QUALITY, 98});
    const std::string path = testing::scratchDir("dataset_import/exif") + "/rotated.jpg";
    writeBytes(path, withExifOrientation(std::string(jpeg.begin(), jpeg.end()), 6));  // rotate 90 clockwise
    ImageU8 image = decodeImageFile(path, {255, 255, 255});
    QCOMPARE(image.width, 32);
    QCOMPARE(image.height, 64);
    QVERIFY(image.pixels[2] > 200 && image.pixels[0] < 60);  // blue (left half) is now on top
    const uint8_t* bottom = image.row(60);
    QVERIFY(bottom[0] > 200 && bottom[2] < 60);                // red at the bottom
  }

  void resizePoliciesGiveExactSizes() {
    ImageU8 wide;
    wide.width = 64;
    wide.height = 32;
    wide.pixels.assign(64 * 32 * 3, 200);
    ImportOptions o;
    o.width = o.height = 32;
    o.background = {1, 2, 3};
    for (auto policy : {ResizePolicy::CenterCrop, ResizePolicy::Pad, ResizePolicy::Stretch}) {
      o.resize = policy;
      ImageU8 out = preprocessImage(wide, o);
      QCOMPARE(out.width, 32);
      QCOMPARE(out.height, 32);
      if (policy == ResizePolicy::Pad) {
        QCOMPARE(int(out.pixels[0]), 1);  // top bar is background
        QCOMPARE(int(out.pixels[2]), 3);
        QCOMPARE(int(out.row(16)[0]), 200);
      } else {
        QCOMPARE(int(out.pixels[0]), 200);
      }
    }
  }

  void cacheIsReusedAndInvalidatedByEdits() {
    const std::string folder = testing::scratchDir("dataset_import/cached");
    for (int i = 0; i < 3; ++i) cv::imwrite(folder + "/img" + std::to_string(i) + ".png", colourImage(40, 40, i));
    ImportReport first, second, third;
    DatasetPack a = importDataset(folder, options(cache_), &first);
    QVERIFY(!first.loadedFromCache);
    QCOMPARE(a.count(), 3);
    QCOMPARE(a.width, 32);
    DatasetPack b = importDataset(folder, options(cache_), &second);
    QVERIFY(second.loadedFromCache);
    QCOMPARE(b.contentHash, a.contentHash);
    QVERIFY(b.pixels == a.pixels);
    QCOMPARE(b.sources, a.sources);
    cv::imwrite(folder + "/img1.png", colourImage(40, 40, 9));  // edit one file
    DatasetPack c = importDataset(folder, options(cache_), &third);
    QVERIFY(!third.loadedFromCache);
    QVERIFY(c.contentHash != a.contentHash);
    QVERIFY(c.pixels != a.pixels);
    ImportOptions other = options(cache_);
    other.resize = ResizePolicy::Pad;  // preprocessing is part of the key too
    QVERIFY(importDataset(folder, other).contentHash != c.contentHash);
  }

  void packRoundTripAndDamage() {
    const std::string folder = testing::scratchDir("dataset_import/pack");
    DatasetPack pack = importDataset(dir_, options(cache_));
    const std::string path = folder + "/set.fspack";
    saveDatasetPack(pack, path);
    DatasetPack loaded = loadDatasetPack(path);
    QCOMPARE(loaded.count(), pack.count());
    QVERIFY(loaded.pixels == pack.pixels);
    QCOMPARE(loaded.contentHash, pack.contentHash);
    fs::resize_file(path, fs::file_size(path) - 100);
    try {
      loadDatasetPack(path);
      QFAIL("a truncated pack was accepted");
    } catch (const std::runtime_error& e) {
      QVERIFY(std::string(e.what()).find(path) != std::string::npos);
    }
    writeBytes(path, "garbage");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, loadDatasetPack(path));
  }

  void unusableInputsAreClearErrors() {
    const std::string empty = testing::scratchDir("dataset_import/empty");
    auto expectError = [](const std::string& path, const char* part) {
      try {
        importDataset(path, ImportOptions{});
        QFAIL("no error");
      } catch (const DatasetError& e) {
        QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what());
        QVERIFY2(std::string(e.what()).find(part) != std::string::npos, e.what());
      }
    };
    expectError(empty, "no image files");
    expectError(empty + "/missing", "does not exist");
    const std::string bad = testing::scratchDir("dataset_import/allbad");
    writeBytes(bad + "/a.png", "");
    writeBytes(bad + "/b.jpg", "text");
    expectError(bad, "none of the 2 image files");
  }

  void singleImageFileIsADataset() {
    ImportReport r;
    DatasetPack pack = importDataset(dir_ + "/good.png", options(cache_), &r);
    QCOMPARE(pack.count(), 1);
    QCOMPARE(pack.sources.front(), std::string("good.png"));
  }
};

QTEST_MAIN(TestDatasetImport)
#include "test_dataset_import.moc"
