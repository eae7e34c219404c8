// Dataset import on fixtures generated in a temporary folder: every bad-input kind, the special
// formats, EXIF orientation and resize policies. The cache and pack format: test_dataset_cache.cpp.
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


class TestDatasetImport : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  std::string images_;  // the folder with every bad-input kind

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
  void expectIssue(const ImportReport& r, const std::string& file, ImportIssue::Kind kind, const std::string& reason) {
    const ImportIssue* issue = issueFor(r, "/" + file);
    QVERIFY2(issue, ("no issue for " + file).c_str());
    QVERIFY2(issue->kind == kind, file.c_str());
    QVERIFY2(contains(issue->reason, reason), (file + ": " + issue->reason).c_str());
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    images_ = sub("images");
    fs::create_directories(images_ + "/nested/deeper");
    const std::string png = encode(gradient(64, 64, 1), ".png"), jpg = encode(gradient(64, 64, 2), ".jpg");
    writeFile(images_ + "/good.png", png);
    writeFile(images_ + "/photo.jpg", jpg);
    writeFile(images_ + "/nested/deeper/deep.png", encode(gradient(48, 48, 3), ".png"));
    writeFile(images_ + "/UPPER.PNG", encode(gradient(40, 40, 4), ".png"));
    writeFile(images_ + "/small.png", encode(gradient(16, 12, 5), ".png"));
    writeFile(images_ + "/motion.jpg",
              encode(gradient(64, 64, 6), ".jpg") + std::string(4096, '\x42'));  // e.g. a motion photo
    writeFile(images_ + "/nested/copy_of_good.png", png);
    writeFile(images_ + "/zero.png", "");
    writeFile(images_ + "/truncated.png", png.substr(0, png.size() / 2));
    writeFile(images_ + "/truncated.jpg", jpg.substr(0, jpg.size() / 2));
    const std::string bmp = encode(gradient(40, 40, 7), ".bmp");
    writeFile(images_ + "/truncated.bmp", bmp.substr(0, bmp.size() - 500));
    writeFile(images_ + "/notes.jpg", "this is a text file, not a JPEG\n");
    writeFile(images_ + "/fake.png", std::string("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 13));
    writeFile(images_ + "/readme.txt", "ignored: no image extension\n");
  }

  void reportsEveryBadInputKind() {
    const ImportReport r = checkDataset(images_, options("check"));
    qInfo("%s", r.toText().c_str());
    QCOMPARE(r.filesScanned, 13);
    QCOMPARE(r.imagesAccepted, 6);  // good, photo, deep, UPPER, small, motion
    QCOMPARE(r.skippedCount(), 7);
    QCOMPARE(r.warningCount(), 1);
    using K = ImportIssue::Kind;
    expectIssue(r, "zero.png", K::Skipped, "zero-byte file");
    expectIssue(r, "truncated.png", K::Skipped, "truncated PNG");
    expectIssue(r, "truncated.jpg", K::Skipped, "truncated JPEG");
    expectIssue(r, "truncated.bmp", K::Skipped, "truncated BMP");
    expectIssue(r, "notes.jpg", K::Skipped, "not an image (text file)");
    expectIssue(r, "fake.png", K::Skipped, "unsupported format: GIF");
    expectIssue(r, "nested/copy_of_good.png", K::Skipped, "duplicate of good.png");
    expectIssue(r, "small.png", K::Warning, "smaller than 32x32 (16x12)");
    QVERIFY(!issueFor(r, "motion.jpg"));
    std::vector<std::string> files;
    for (const auto& issue : r.issues) {
      QVERIFY2(fs::exists(issue.file) && issue.file.rfind(images_, 0) == 0, issue.file.c_str());
      files.push_back(issue.file);
    }
    QVERIFY(std::is_sorted(files.begin(), files.end()));
    QVERIFY(!r.loadedFromCache);
    QVERIFY(!fs::exists(options("check").cacheDir));  // checking never writes the cache
  }

  void reportTextAndJson() {
    const ImportReport r = checkDataset(images_, options("check"));
    const std::string t = r.toText();
    QCOMPARE(t.substr(0, t.find('\n')), "6 images usable of 13 files in " + images_ + "; 7 skipped, 1 warning");
    QVERIFY(contains(t, "\nskipped: " + images_ + "/zero.png: zero-byte file\n"));
    QVERIFY(contains(t, "\nwarning: " + images_ + "/small.png: smaller than 32x32 (16x12); upscaled 2.7x"));
    QVERIFY(contains(t, "\nnote: 1 other file ignored (no image extension): readme.txt\n"));
    QVERIFY(contains(t, "\nnote: only 6 usable images"));
    QVERIFY(
        contains(t, "\nnote: mixed aspect ratios (width/height from 1.00 to 1.33: 1 landscape, 0 portrait, 5 square)"));
    const nlohmann::json j = r.toJson();
    QCOMPARE(j["images_accepted"].get<int>(), 6);
    QCOMPARE(j["skipped"].get<int>(), 7);
    QCOMPARE(j["warnings"].get<int>(), 1);
    QCOMPARE(j["issues"].size(), size_t(8));
    const ImportReport back = importReportFromJson(j);
    QCOMPARE(back.issues.size(), r.issues.size());
    for (size_t i = 0; i < r.issues.size(); ++i) {
      QCOMPARE(back.issues[i].file, r.issues[i].file);
      QCOMPARE(back.issues[i].reason, r.issues[i].reason);
      QVERIFY(back.issues[i].kind == r.issues[i].kind);
    }
    QCOMPARE(back.notes, r.notes);
  }

  void scansRecursivelyInSortedOrder() {
    DatasetPack all = importDataset(images_, options("scan"));
    const std::vector<std::string> expected{"UPPER.PNG", "good.png", "motion.jpg", "nested/deeper/deep.png",
                                            "photo.jpg", "small.png"};
    QCOMPARE(all.sources, expected);
    QCOMPARE(all.width, 32);
    QCOMPARE(all.pixels.size(), size_t(6 * 32 * 32 * 3));
    ImportOptions flat = options("scan");
    flat.recursive = false;
    DatasetPack top = importDataset(images_, flat);
    QCOMPARE(top.count(), 5);
    QVERIFY(std::find(top.sources.begin(), top.sources.end(), "nested/deeper/deep.png") == top.sources.end());
  }

  void parallelDecodeMatchesSequential() {
    ImportOptions o = options("unused");
    o.useCache = false;
    const DatasetPack pack = importDataset(images_, o);
    QVERIFY(!fs::exists(o.cacheDir));
    for (int i = 0; i < pack.count(); ++i) {
      const ImageU8 one = preprocessImage(decodeImageFile(images_ + "/" + pack.sources[i], o.background), o);
      QVERIFY2(std::memcmp(one.pixels.data(), pack.image(i), pack.imageBytes()) == 0, pack.sources[i].c_str());
    }
  }

  void decodesGrayscaleAnd16Bit() {
    const std::string dir = sub("formats");
    writeFile(dir + "/gray.png", encode(cv::Mat(8, 8, CV_8UC1, cv::Scalar(77)), ".png"));
    const ImageU8 gray = decodeImageFile(dir + "/gray.png", {255, 255, 255});
    QCOMPARE(gray.channels, 3);
    QCOMPARE(gray.width, 8);
    QCOMPARE_RGB(px(gray, 7, 7), (Rgb{77, 77, 77}), 0);
    writeFile(dir + "/sixteen.png", encode(cv::Mat(8, 8, CV_16UC3, cv::Scalar(65535, 0, 32896)), ".png"));  // BGR
    QCOMPARE_RGB(px(decodeImageFile(dir + "/sixteen.png", {255, 255, 255}), 3, 3), (Rgb{128, 0, 255}), 0);
    writeFile(dir + "/gray16.png", makePng(pngSpec(3, 1, 16, 0, bytesOf({0xFF, 0xFF, 0x80, 0x80, 0, 0}))));
    const ImageU8 gray16 = decodeImageFile(dir + "/gray16.png", {255, 255, 255});
    QCOMPARE_RGB(px(gray16, 0, 0), (Rgb{255, 255, 255}), 0);
    QCOMPARE_RGB(px(gray16, 1, 0), (Rgb{128, 128, 128}), 0);
    QCOMPARE_RGB(px(gray16, 2, 0), (Rgb{0, 0, 0}), 0);
  }

  void decodesPaletteAndTransparency() {
    const std::string dir = sub("formats");
    PngSpec palette = pngSpec(2, 1, 8, 3, bytesOf({0, 1}));
    palette.palette = bytesOf({10, 200, 30, 250, 5, 5});
    writeFile(dir + "/palette.png", makePng(palette));
    const ImageU8 p = decodeImageFile(dir + "/palette.png", {255, 255, 255});
    QCOMPARE_RGB(px(p, 0, 0), (Rgb{10, 200, 30}), 0);
    QCOMPARE_RGB(px(p, 1, 0), (Rgb{250, 5, 5}), 0);
    palette.palette = bytesOf({250, 5, 5, 0, 0, 255});
    palette.trns = bytesOf({0});  // index 0 fully transparent
    writeFile(dir + "/palette_trns.png", makePng(palette));
    const ImageU8 t = decodeImageFile(dir + "/palette_trns.png", {0, 128, 0});
    QCOMPARE_RGB(px(t, 0, 0), (Rgb{0, 128, 0}), 0);
    QCOMPARE_RGB(px(t, 1, 0), kBlue, 0);

    writeFile(dir + "/gray_alpha.png", makePng(pngSpec(3, 1, 8, 4, bytesOf({200, 255, 200, 0, 200, 128}))));
    const ImageU8 ga = decodeImageFile(dir + "/gray_alpha.png", {0, 0, 100});
    QCOMPARE_RGB(px(ga, 0, 0), (Rgb{200, 200, 200}), 0);
    QCOMPARE_RGB(px(ga, 1, 0), (Rgb{0, 0, 100}), 0);
    QCOMPARE_RGB(px(ga, 2, 0), (Rgb{100, 100, 150}), 1);  // 200*128/255 + bg*127/255

    // RGBA: half-transparent orange, opaque blue, fully transparent red.
    writeFile(dir + "/rgba.png",
              makePng(pngSpec(3, 1, 8, 6, bytesOf({200, 100, 0, 128, 0, 0, 255, 255, 255, 0, 0, 0}))));
    const ImageU8 white = decodeImageFile(dir + "/rgba.png", {255, 255, 255});
    QCOMPARE_RGB(px(white, 0, 0), (Rgb{227, 177, 127}), 1);
    QCOMPARE_RGB(px(white, 1, 0), kBlue, 0);
    QCOMPARE_RGB(px(white, 2, 0), kWhite, 0);
    const ImageU8 green = decodeImageFile(dir + "/rgba.png", {0, 128, 0});
    QCOMPARE_RGB(px(green, 0, 0), (Rgb{100, 114, 0}), 1);
    QCOMPARE_RGB(px(green, 2, 0), (Rgb{0, 128, 0}), 0);
  }

  void decodesCmykJpeg() {
    const QString convert = QStandardPaths::findExecutable("convert");
    if (convert.isEmpty()) QSKIP("ImageMagick 'convert' is not on PATH: cannot make a CMYK JPEG fixture");
    const std::string dir = sub("cmyk");
    writeFile(dir + "/source.png", encode(gradient(32, 32, 3), ".png"));
    QCOMPARE(QProcess::execute(convert, {QString::fromStdString(dir + "/source.png"), "-colorspace", "CMYK", "-quality",
                                         "95", QString::fromStdString(dir + "/cmyk.jpg")}),
             0);
    const std::string bytes = util::readFileBytes(dir + "/cmyk.jpg");
    const size_t sof = bytes.find("\xFF\xC0");
    QVERIFY(sof != std::string::npos && sof + 9 < bytes.size());
    QCOMPARE(int(bytes[sof + 9]), 4);  // four components: really CMYK
    const ImageU8 cmyk = decodeImageFile(dir + "/cmyk.jpg", {255, 255, 255});
    const ImageU8 reference = decodeImageFile(dir + "/source.png", {255, 255, 255});
    QCOMPARE(cmyk.width, 32);
    double diff = 0;
    for (size_t i = 0; i < cmyk.pixels.size(); ++i) diff += std::abs(int(cmyk.pixels[i]) - int(reference.pixels[i]));
    QVERIFY2(diff / cmyk.pixels.size() < 8.0, ("mean difference " + std::to_string(diff / cmyk.pixels.size())).c_str());
  }

  void appliesExifOrientation() {
    const std::string dir = sub("exif");
    cv::Mat landscape(32, 64, CV_8UC3, cv::Scalar(0, 0, 255));           // red...
    landscape(cv::Rect(0, 0, 32, 32)).setTo(cv::Scalar(255, 0, 0));       // ...with a blue left half
    const std::string jpeg = encode(landscape, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 98});
    struct Case { int orientation; bool littleEndian; int width, height; int x1, y1; Rgb c1; int x2, y2; Rgb c2; };
    const Case cases[] = {
        {1, false, 64, 32, 4, 16, kBlue, 60, 16, kRed},  // as stored
        {6, false, 32, 64, 16, 4, kBlue, 16, 60, kRed},  // turned 90 clockwise: the left half on top
        {3, true, 64, 32, 4, 16, kRed, 60, 16, kBlue},   // 180 degrees
        {8, true, 32, 64, 16, 4, kRed, 16, 60, kBlue},   // turned 90 counter-clockwise
    };
    for (const Case& c : cases) {
      const std::string path = dir + "/o" + std::to_string(c.orientation) + ".jpg";
      writeFile(path, jpegWithExifOrientation(jpeg, static_cast<uint16_t>(c.orientation), c.littleEndian));
      const ImageU8 image = decodeImageFile(path, {255, 255, 255});
      QCOMPARE(image.width, c.width);
      QCOMPARE(image.height, c.height);
      QCOMPARE_RGB(px(image, c.x1, c.y1), c.c1, 40);
      QCOMPARE_RGB(px(image, c.x2, c.y2), c.c2, 40);
    }
    // PNG eXIf chunk: 2x1 red, green displayed turned clockwise -> 1x2, red on top.
    PngSpec spec = pngSpec(2, 1, 8, 2, bytesOf({255, 0, 0, 0, 255, 0}));
    spec.exifOrientation = 6;
    writeFile(dir + "/o6.png", makePng(spec));
    const ImageU8 png = decodeImageFile(dir + "/o6.png", {255, 255, 255});
    QCOMPARE(png.width, 1);
    QCOMPARE(png.height, 2);
    QCOMPARE_RGB(px(png, 0, 0), kRed, 0);
    QCOMPARE_RGB(px(png, 0, 1), kGreen, 0);
  }

  void orientationMatchesOpenCvReference() {
    cv::Mat m(2, 3, CV_8UC3);
    for (int i = 0; i < 6; ++i) m.at<cv::Vec3b>(i / 3, i % 3) = cv::Vec3b(i * 40, 255 - i * 40, i);
    const ImageU8 image = rgbImage(m);
    for (int orientation = 1; orientation <= 8; ++orientation) {
      cv::Mat expected;
      switch (orientation) {
        case 1: expected = m.clone(); break;
        case 2: cv::flip(m, expected, 1); break;
        case 3: cv::flip(m, expected, -1); break;
        case 4: cv::flip(m, expected, 0); break;
        case 5: cv::transpose(m, expected); break;
        case 6: cv::rotate(m, expected, cv::ROTATE_90_CLOCKWISE); break;
        case 7: cv::transpose(m, expected); cv::flip(expected, expected, -1); break;
        case 8: cv::rotate(m, expected, cv::ROTATE_90_COUNTERCLOCKWISE); break;
      }
      const ImageU8 out = applyExifOrientation(image, orientation);
      QVERIFY2(out.pixels == rgbImage(expected).pixels, ("orientation " + std::to_string(orientation)).c_str());
    }
  }

  void tiffOrientationIsAppliedOnce() {
    const QString convert = QStandardPaths::findExecutable("convert");
    if (convert.isEmpty()) QSKIP("ImageMagick 'convert' is not on PATH: cannot make a TIFF with an orientation tag");
    const std::string dir = sub("tiff");
    cv::Mat landscape(32, 64, CV_8UC3, cv::Scalar(0, 0, 255));
    landscape(cv::Rect(0, 0, 32, 32)).setTo(cv::Scalar(255, 0, 0));
    writeFile(dir + "/source.png", encode(landscape, ".png"));
    QCOMPARE(QProcess::execute(convert, {QString::fromStdString(dir + "/source.png"), "-type", "TrueColor", "-orient",
                                         "RightTop", QString::fromStdString(dir + "/o6.tif")}),
             0);
    const ImageU8 image = decodeImageFile(dir + "/o6.tif", {255, 255, 255});
    QCOMPARE(image.width, 32);
    QCOMPARE(image.height, 64);
    QCOMPARE_RGB(px(image, 16, 4), kBlue, 0);
  }

  void resizePoliciesGiveExactSizes() {
    cv::Mat stripes(32, 64, CV_8UC3, cv::Scalar(0, 255, 0));        // green middle,
    stripes(cv::Rect(0, 0, 16, 32)).setTo(cv::Scalar(0, 0, 255));   // red left quarter,
    stripes(cv::Rect(48, 0, 16, 32)).setTo(cv::Scalar(255, 0, 0));  // blue right quarter
    const ImageU8 wide = rgbImage(stripes);
    ImportOptions o;
    o.width = o.height = 32;
    o.background = {1, 2, 3};
    o.resize = ResizePolicy::CenterCrop;  // keeps the middle half: all green
    ImageU8 out = preprocessImage(wide, o);
    QCOMPARE_RGB(px(out, 0, 0), kGreen, 0);
    QCOMPARE_RGB(px(out, 31, 31), kGreen, 0);
    o.resize = ResizePolicy::Stretch;  // keeps everything, squeezed
    out = preprocessImage(wide, o);
    QCOMPARE_RGB(px(out, 1, 16), kRed, 0);
    QCOMPARE_RGB(px(out, 16, 16), kGreen, 0);
    QCOMPARE_RGB(px(out, 30, 16), kBlue, 0);
    o.resize = ResizePolicy::Pad;  // 32x16 band in the middle, background bars above and below
    out = preprocessImage(wide, o);
    QCOMPARE_RGB(px(out, 16, 0), (Rgb{1, 2, 3}), 0);
    QCOMPARE_RGB(px(out, 16, 7), (Rgb{1, 2, 3}), 0);
    QCOMPARE_RGB(px(out, 1, 12), kRed, 0);
    QCOMPARE_RGB(px(out, 30, 12), kBlue, 0);
    QCOMPARE_RGB(px(out, 16, 24), (Rgb{1, 2, 3}), 0);
    const ImageU8 tall = rgbImage(gradient(20, 60, 1));
    o.resize = ResizePolicy::Pad;
    o.width = o.height = 30;
    out = preprocessImage(tall, o);
    QCOMPARE_RGB(px(out, 0, 15), (Rgb{1, 2, 3}), 0);
    QCOMPARE_RGB(px(out, 29, 15), (Rgb{1, 2, 3}), 0);
    for (auto policy : {ResizePolicy::CenterCrop, ResizePolicy::Pad, ResizePolicy::Stretch})
      for (auto resampling : {Resampling::Area, Resampling::Bilinear})
        for (const auto& source : {wide, tall, rgbImage(gradient(7, 5, 2))}) {
          o.resize = policy;
          o.resampling = resampling;
          o.width = 33;
          o.height = 17;
          out = preprocessImage(source, o);
          QCOMPARE(out.width, 33);
          QCOMPARE(out.height, 17);
          QCOMPARE(out.pixels.size(), size_t(33 * 17 * 3));
        }
  }

  void areaResamplingAveragesWhenShrinking() {
    cv::Mat checker(64, 64, CV_8UC3);
    for (int y = 0; y < 64; ++y)
      for (int x = 0; x < 64; ++x)
        checker.at<cv::Vec3b>(y, x) = (x + y) % 2 ? cv::Vec3b(255, 255, 255) : cv::Vec3b(0, 0, 0);
    ImportOptions o;
    o.width = o.height = 16;
    o.resampling = Resampling::Area;
    const ImageU8 out = preprocessImage(rgbImage(checker), o);
    for (uint8_t v : out.pixels) QVERIFY2(v >= 126 && v <= 129, std::to_string(v).c_str());
  }

  void singleImageFileIsADataset() {
    ImportReport r;
    const DatasetPack pack = importDataset(images_ + "/good.png", options("single"), &r);
    QCOMPARE(pack.count(), 1);
    QCOMPARE(pack.sources.front(), std::string("good.png"));
    QVERIFY(contains(r.notes.front(), "1 usable image"));
    const std::string bad = images_ + "/notes.jpg";
    const std::string error = errorOf([&] { importDataset(bad, options("single")); });
    QVERIFY2(contains(error, bad) && contains(error, "not an image"), error.c_str());
    const std::string txt = images_ + "/readme.txt";
    QVERIFY(contains(errorOf([&] { importDataset(txt, options("single")); }), txt + " is not an image file"));
  }

  void unusableInputsAreClearErrors() {
    auto expectError = [&](const std::string& path, std::vector<std::string> parts) {
      try {
        importDataset(path, options("errors"));
        QFAIL(("no error for " + path).c_str());
      } catch (const DatasetError& e) {
        parts.push_back(path);
        for (const auto& part : parts) QVERIFY2(contains(e.what(), part), e.what());
      }
    };
    const std::string empty = sub("empty");
    expectError(empty, {"no image files", "the folder contains no files"});
    expectError(empty + "/missing", {"does not exist"});
    const std::string other = sub("only-text");
    writeFile(other + "/readme.md", "text");
    expectError(other, {"no image files", "1 other files ignored"});
    const std::string bad = sub("all-bad");
    writeFile(bad + "/a.png", "");
    writeFile(bad + "/b.jpg", "text");
    expectError(bad, {"none of the 2 image files", bad + "/a.png: zero-byte file", bad + "/b.jpg: not an image"});
    const ImportReport r = checkDataset(bad, options("errors"));  // the check reports instead of throwing
    QCOMPARE(r.imagesAccepted, 0);
    QCOMPARE(r.skippedCount(), 2);
    ImportOptions zero = options("errors");
    zero.width = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, importDataset(images_, zero));
  }

};

QTEST_APPLESS_MAIN(TestDatasetImport)
#include "test_dataset_import.moc"
