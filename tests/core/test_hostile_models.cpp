// Hostile model files for `fewshot import`, generated at test time: pickles nested 100,000 deep, built
// to be recursive or to hold millions of values, a stride-0 tensor of 1e9 elements over one stored
// float, tensors that together claim far more than the file stores, lying zip entries, and FIFOs and
// devices given as the checkpoint. Each is refused with TorchPickleError (never a crash or a hang),
// before the memory it claims is allocated.
#include <QtTest>

#include <torch/torch.h>

#include <chrono>
#include <functional>

#include "core/explore/model_transfer.h"
#include "core/io/torch_pickle_reader.h"
#include "core/util/error_text.h"
#include "support/hostile_fixtures.h"
#include "support/test_paths.h"
#include "support/zip_fixtures.h"

using namespace fewshot;
using namespace fewshot::io;
using namespace fewshot::testing;
using namespace std::string_literals;

namespace {

constexpr long long kBudget = 300ll << 20;

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::string refusal(const std::string& pickle, const StorageLoader& storages = {}) {
  const StorageLoader none = [](const std::string& key) -> std::string { throw TorchPickleError("no storage " + key); };
  try {
    unpickle(pickle, storages ? storages : none, "hostile");
  } catch (const TorchPickleError& e) {
    return e.what();
  }
  return "(accepted)";
}

std::string le32bytes(uint32_t v) {
  return {char(v & 0xFF), char((v >> 8) & 0xFF), char((v >> 16) & 0xFF), char(v >> 24)};
}

// _rebuild_tensor_v2(storage of `stored` floats, offset 0, size (n,), stride (stride,), False, ())
std::string tensorPickle(uint32_t stored, uint32_t n, uint32_t stride, const std::string& key = "0") {
  std::string p = "ctorch._utils\n_rebuild_tensor_v2\n("s;
  p += "(X\x07\x00\x00\x00storagectorch\nFloatStorage\nX"s + le32bytes(static_cast<uint32_t>(key.size())) + key;
  p += "X\x03\x00\x00\x00"
       "cpuJ"s +
       le32bytes(stored) + "tQ"s;
  p += "K\x00J"s + le32bytes(n) + "\x85J"s + le32bytes(stride) + "\x85\x89)tR"s;
  return p;
}

}  // namespace

class TestHostileModels : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void deepNestingIsRefusedWithoutRecursion() {
    const int n = 100000;
    const std::string marks = "\x80\x02"s + std::string(n, '(') + std::string(n, 't') + ".";
    QVERIFY2(has(refusal(marks), "nested more than 256 levels"), refusal(marks).c_str());
    const std::string tuple1 = "\x80\x02)"s + std::string(n, '\x85') + ".";
    QVERIFY(has(refusal(tuple1), "nested more than 256 levels"));
    // Within the limit, deep values are read and freed as before.
    QCOMPARE(unpickle("\x80\x02)"s + std::string(200, '\x85') + ".", {}, "deep")->depth, 201);
  }

  void recursiveStructuresAreRefused() {
    QVERIFY(has(refusal("\x80\x02]2a."s), "holds itself"));  // l.append(l)
    // Lists filled in reverse order through the memo: nesting that per-append depth checks would miss.
    const int n = 5000;
    std::string p = "\x80\x02"s;
    for (int i = 0; i < n; ++i) p += "]r"s + le32bytes(static_cast<uint32_t>(i)) + "0";
    for (int i = n - 1; i >= 1; --i)
      p += "j"s + le32bytes(static_cast<uint32_t>(i)) + "j"s + le32bytes(static_cast<uint32_t>(i - 1)) + "a0";
    p += "j"s + le32bytes(0) + ".";
    const std::string error = refusal(p);
    QVERIFY2(has(error, "changed after it was put into another"), error.c_str());
  }

  void millionsOfValuesAreRefused() {
    std::string p = "\x80\x02]"s;
    for (int i = 0; i < 1100000; ++i) p += ")a";
    const long long before = peakRssBytes();
    QVERIFY(has(refusal(p + "."), "more than 1048576 values"));
    QVERIFY(peakRssBytes() - before < kBudget);
  }

  void strideZeroBombIsRefusedBeforeAllocating() {
    const StorageLoader oneFloat = [](const std::string&) { return std::string(4, '\0'); };
    const long long before = peakRssBytes();
    const auto start = std::chrono::steady_clock::now();
    const std::string error = refusal("\x80\x02"s + tensorPickle(1, 1000000000u, 0) + ".", oneFloat);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    QVERIFY2(has(error, "tensor of 1000000000 elements over a storage of 1"), error.c_str());
    QVERIFY(peakRssBytes() - before < kBudget && seconds < 5);
    // A storage that claims more elements than its data holds.
    QVERIFY(has(refusal("\x80\x02"s + tensorPickle(1000000000u, 4, 1) + ".", oneFloat), "fewer than"));
  }

  void tensorsCannotClaimMoreThanTheFileStores() {
    const StorageLoader mebibyte = [](const std::string&) { return std::string(1 << 20, '\0'); };
    std::string p = "\x80\x02]"s;  // 200 full views of one 1 MiB storage
    for (int i = 0; i < 200; ++i) p += tensorPickle(1 << 18, 1 << 18, 1) + "a";
    const std::string error = refusal(p + ".", mebibyte);
    QVERIFY2(has(error, "more than twice the data stored"), error.c_str());
  }

  void lyingZipEntriesAreRefused() {
    ZipEntrySpec pickle{"archive/data.pkl", "\x80\x02}."s, true};
    pickle.declaredSize = 0xFFFFFFF0ll;  // "16 GiB" inflating from a few bytes
    try {
      readTorchBytes(makeZip({pickle}), "bomb.pth");
      QFAIL("accepted");
    } catch (const TorchPickleError& e) {
      QVERIFY2(has(e.what(), "implausible zip entry"), e.what());
    }
  }

  void fifosAndDevicesAreRefusedAsModelFiles() {
    const std::string dir = scratchDir("hostile_models");
    QVERIFY(makeFifo(dir + "/all_1000.pth"));
    std::string error;
    QVERIFY2(finishesWithin(
                 20,
                 [&] {
                   try {
                     explore::importGenerator(dir + "/all_1000.pth", 0);
                   } catch (const std::exception& e) {
                     error = e.what();
                   }
                 },
                 dir + "/all_1000.pth"),
             "importing a FIFO blocked");
    QVERIFY2(has(error, "named pipe"), error.c_str());
    QVERIFY_THROWS_EXCEPTION(TorchPickleError, readTorchFile("/dev/zero"));
  }

  void libtorchErrorsLoseTheirStackTrace() {
    const std::vector<std::function<void()>> failures{
        [] { TORCH_CHECK(false, "checkpoint writer failed"); },  // a c10::Error, backtrace included
        [] { torch::ones({2}).view({3}); }};
    for (const auto& fail : failures) {
      try {
        fail();
        QFAIL("no error");
      } catch (const std::exception& e) {
        const std::string text = util::errorText(e);
        qInfo("what() had a stack trace: %s; shown: %s", has(e.what(), "frame #") ? "yes" : "no", text.c_str());
        QVERIFY2(!text.empty() && !has(text, "frame #") && !has(text, "Exception raised from"), text.c_str());
        if (const auto* c10error = dynamic_cast<const c10::Error*>(&e))
          QCOMPARE(text, util::withoutBacktrace(c10error->what_without_backtrace()));
      }
    }
  }
};

QTEST_APPLESS_MAIN(TestHostileModels)
#include "test_hostile_models.moc"
