// Files that fight back: disk full in the middle of an atomic write (a fault-injection hook, and a real
// small tmpfs where the test may mount one), writers that throw, partial files left by killed
// processes, FIFOs and devices where a file is expected, and zip archives that lie about their sizes.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

#include "core/data/dataset_pack.h"
#include "core/io/zip_reader.h"
#include "core/util/atomic_file.h"
#include "core/util/error_text.h"
#include "core/util/regular_file.h"
#include "core/util/temporary_names.h"
#include "core/util/utf8.h"
#include "core/util/write_fault.h"
#include "data/image_fixtures.h"
#include "data/import_test_helpers.h"
#include "support/hostile_fixtures.h"
#include "support/zip_fixtures.h"

using namespace fewshot;
using namespace fewshot::testing;
namespace fs = std::filesystem;

namespace {

struct FaultScope {
  explicit FaultScope(util::WriteFault fault) { util::setWriteFaultForTesting(fault); }
  ~FaultScope() { util::setWriteFaultForTesting(std::nullopt); }
};

std::string bigBytes(size_t n) {
  std::string s(n, '\0');
  for (size_t i = 0; i < n; ++i) s[i] = static_cast<char>(i * 131 % 251);
  return s;
}

}  // namespace

class TestHostileFiles : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

  std::string sub(const std::string& name) {
    const std::string dir = tmp_.path().toStdString() + "/" + name;
    fs::create_directories(dir);
    return dir;
  }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(tmp_.isValid()); }
  void cleanupTestCase() { fs::remove_all(tmp_.path().toStdString()); }

  void diskFullKeepsTheOldFileAndRemovesTheTemporary() {
    const std::string dir = sub("full"), path = dir + "/config.json";
    util::writeFileAtomically(path, std::string("old contents"));
    for (const bool atSync : {false, true}) {
      FaultScope fault({"config.json", 1000, ENOSPC, atSync});
      bool ranToTheEnd = false, streamStayedGood = true;
      try {
        util::writeFileAtomically(path, [&](std::ostream& out) {
          const std::string chunk = bigBytes(4096);
          for (int i = 0; i < 64; ++i) {
            out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            streamStayedGood = streamStayedGood && out.good();
          }
          ranToTheEnd = true;
        });
        QFAIL("the write did not fail");
      } catch (const util::FileWriteError& e) {
        QVERIFY(e.diskFull());
        QVERIFY2(contains(e.what(), "could not write " + path + ": disk full (No space left on device"), e.what());
      }
      QVERIFY(ranToTheEnd && streamStayedGood);  // writers such as LibTorch's never see a failing stream
      QCOMPARE(util::readFileBytes(path), std::string("old contents"));
      QCOMPARE(temporariesIn(dir), 0);
    }
    FaultScope denied({"config.json", 0, EACCES});
    const std::string error = errorOf([&] { util::writeFileAtomically(path, std::string("x")); });
    QVERIFY2(contains(error, "could not write " + path + ": Permission denied"), error.c_str());
  }

  void throwingWritersLeaveNothingBehind() {
    const std::string dir = sub("throwing"), path = dir + "/out.bin";
    const std::string c10Like =
        "PytorchStreamWriter failed\nException raised from writeRecord at x.cpp:1 (most recent "
        "call first):\nframe #0: c10::Error::Error()\nframe #1: f()";
    const std::string error = errorOf([&] {
      util::writeFileAtomically(path, [&](std::ostream& out) {
        out << "partial";
        throw std::runtime_error(c10Like);
      });
    });
    QVERIFY2(contains(error, "could not write " + path + ": PytorchStreamWriter failed") && !contains(error, "frame #"),
             error.c_str());
    QVERIFY_THROWS_EXCEPTION(util::FileWriteError, util::writeFileAtomically(path, [](std::ostream&) {
                               throw 42;
                             }));  // not even std::exception
    QVERIFY(!fs::exists(path));
    QCOMPARE(temporariesIn(dir), 0);
    QCOMPARE(util::withoutBacktrace(c10Like), std::string("PytorchStreamWriter failed"));
  }

  void realDiskFullOnASmallTmpfs() {
    const std::string dir = tmp_.path().toStdString() + "/tmpfs";
    SmallTmpfs tmpfs(dir, 1 << 20);
    if (!tmpfs.mounted()) QSKIP("cannot mount a tmpfs here (needs root); the fault-injection test covers disk full");
    util::writeFileAtomically(dir + "/keep.bin", bigBytes(300 << 10));
    try {
      util::writeFileAtomically(dir + "/big.bin", bigBytes(2 << 20));
      QFAIL("2 MiB fitted on a 1 MiB tmpfs");
    } catch (const util::FileWriteError& e) {
      qInfo("%s", e.what());
      QVERIFY(e.diskFull() && contains(e.what(), "disk full"));
    }
    QVERIFY(!fs::exists(dir + "/big.bin"));
    QCOMPARE(temporariesIn(dir), 0);  // the space is given back at once
    QCOMPARE(util::readFileBytes(dir + "/keep.bin"), bigBytes(300 << 10));
    // A dataset pack too large for the disk: the same, through the pack writer.
    data::DatasetPack pack;
    pack.width = pack.height = 256;
    pack.pixels.assign(pack.imageBytes() * 8, 7);
    pack.sources.assign(8, "x.png");
    const std::string error = errorOf([&] { data::saveDatasetPack(pack, dir + "/dataset.fspack"); });
    QVERIFY2(contains(error, "disk full"), error.c_str());
    QCOMPARE(temporariesIn(dir), 0);
  }

  void staleTemporariesOfDeadProcessesAreRemoved() {
    const std::string dir = sub("stale");
    const long dead = deadPid();
    const std::string deadFile = dir + "/.ckpt_00000100.pt.tmp-" + std::to_string(dead) + "-1a2b";
    const std::string liveFile = dir + "/.config.json.tmp-" + std::to_string(::getpid()) + "-ff";
    const std::string deadFolder = dir + "/.run.creating-" + std::to_string(dead) + "-9c";
    const std::string lookalike = dir + "/.notes.tmp-abc-1";  // not one of ours: the pid is not a number
    for (const auto& f : {deadFile, liveFile, lookalike}) writeFile(f, "partial");
    fs::create_directories(deadFolder + "/checkpoints");
    const auto removed = util::removeStaleTemporaries(dir);
    QCOMPARE(removed.size(), size_t(2));
    QVERIFY(!fs::exists(deadFile) && !fs::exists(deadFolder));
    QVERIFY(fs::exists(liveFile) && fs::exists(lookalike));
  }

  void onlyRegularFilesAreRead() {
    const std::string dir = sub("regular");
    QVERIFY(makeFifo(dir + "/pipe"));
    std::string error;
    QVERIFY2(finishesWithin(
                 20, [&] { error = errorOf([&] { util::readFileBytes(dir + "/pipe"); }); }, dir + "/pipe"),
             "reading a FIFO blocked");
    QVERIFY2(contains(error, dir + "/pipe: a named pipe (FIFO)"), error.c_str());
    QVERIFY(contains(errorOf([] { util::readFileBytes("/dev/zero"); }), "character device"));
    QVERIFY(contains(errorOf([&] { util::readFileBytes(dir); }), "a folder"));
    QVERIFY(contains(errorOf([&] { util::readFileBytes(dir + "/missing"); }), "no such file"));
    writeFile(dir + "/ten", "0123456789");
    QVERIFY(contains(errorOf([&] { util::readRegularFile(dir + "/ten", 9); }),
                     "too large (10 bytes; the limit is 9 bytes)"));
    QCOMPARE(util::readRegularFile(dir + "/ten", 10), std::string("0123456789"));
  }

  void zipArchivesThatLieAboutSizes() {
    const std::string payload = bigBytes(1 << 16);
    // Honest archives read back.
    const io::ZipReader honest(makeZip({{"a", payload}, {"b", std::string(1 << 20, 'z'), true}}), "honest.zip");
    QCOMPARE(honest.read("a"), payload);
    QCOMPARE(honest.read("b").size(), size_t(1 << 20));
    // A deflated entry declaring 16 GiB: refused before anything is allocated.
    const long long before = peakRssBytes();
    ZipEntrySpec bomb{"bomb", "tiny", true};
    bomb.declaredSize = 0xFFFFFFF0ll;
    const io::ZipReader lying(makeZip({bomb}), "lying.zip");
    const std::string error = errorOf([&] { lying.read("bomb"); });
    QVERIFY2(contains(error, "implausible zip entry bomb"), error.c_str());
    // The same inflated size within deflate's ratio but over the entry limit.
    io::ZipLimits small;
    small.maxEntryBytes = 1 << 19;
    const io::ZipReader limited(makeZip({{"b", std::string(1 << 20, 'z'), true}}), "limited.zip", small);
    QVERIFY(contains(errorOf([&] { limited.read("b"); }), "too large (1.0 MiB; the limit is 512 KiB)"));
    // 300 central-directory entries over one 1 MiB local entry (overlapping entries, a classic bomb): the
    // reads together may not exceed 4 x the archive size + 64 MiB.
    const std::string mebibyte = bigBytes(1 << 20);
    std::vector<ZipEntrySpec> overlap{{"e0", mebibyte}};
    for (int i = 1; i < 300; ++i) {
      ZipEntrySpec e{"e" + std::to_string(i), ""};
      e.localOffset = 0;
      e.centralOnly = true;
      e.declaredSize = 1 << 20;
      e.declaredCrc = ::crc32(0, reinterpret_cast<const Bytef*>(mebibyte.data()), 1 << 20);
      overlap.push_back(e);
    }
    const io::ZipReader overlapping(makeZip(overlap), "overlap.zip");
    int read = 0;
    std::string refusal;
    for (; read < 300 && refusal.empty(); ++read)
      if (const std::string e = errorOf([&] { overlapping.read("e" + std::to_string(read)); }); e != "(no exception)")
        refusal = e;
    QVERIFY2(contains(refusal, "add up to more than") && read < 80, refusal.c_str());
    QVERIFY(peakRssBytes() - before < (256ll << 20));
  }

  void zipReaderRefusesFifos() {
    const std::string dir = sub("zipfifo");
    QVERIFY(makeFifo(dir + "/model.pth"));
    std::string error;
    QVERIFY(finishesWithin(
        20, [&] { error = errorOf([&] { io::ZipReader::open(dir + "/model.pth"); }); }, dir + "/model.pth"));
    QVERIFY2(contains(error, "named pipe"), error.c_str());
  }

  void utf8HelpersAreLossless() {
    const std::string bad = "a\xff\xfe\xc3(\xe2\x82\xac";
    QVERIFY(!util::isValidUtf8(bad));
    QVERIFY(util::isValidUtf8(util::toValidUtf8(bad)));
    QCOMPARE(util::toValidUtf8(bad), std::string("a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD(\xe2\x82\xac"));
    QCOMPARE(util::fromHex(util::toHex(bad)), bad);
    QVERIFY(!util::isValidUtf8("\xed\xa0\x80"));  // a UTF-16 surrogate
    QVERIFY(!util::isValidUtf8("\xc0\xaf"));      // overlong
  }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostile_files.moc"
