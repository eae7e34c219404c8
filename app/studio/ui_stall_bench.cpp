#include "ui_stall_bench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "bridge/training_bridge.h"
#include "widgets/main_window.h"
#include "widgets/train_options_panel.h"
#include "widgets/train_tab.h"

namespace fewshot {

int runUiStallBench(widgets::MainWindow& window, const UiStallBenchOptions& options) {
  using bridge::TrainingBridge;
  QTemporaryDir scratch;
  widgets::TrainTab* tab = window.trainTab();
  QVariantMap config = TrainingBridge::presetConfig("demo");
  QVariantMap fastgan = config.value("fastgan").toMap();
  fastgan["image_size"] = options.size;
  config["fastgan"] = fastgan;
  config["data"] = options.dataset;
  config["run_dir"] = scratch.filePath("run");
  config["iterations"] = 1000000;
  config["sample_every"] = 20;  // sample grids arrive often, so their drawing is measured too
  config["checkpoint_every"] = 200;
  tab->options()->setConfig(config);
  window.tabs()->setCurrentIndex(widgets::MainWindow::TrainPage);
  window.show();

  QElapsedTimer clock;
  clock.start();
  qint64 last = -1, trainingStart = -1;
  qint64 firstIteration = -1, lastIteration = 0;
  std::vector<double> gaps;
  QTimer ticker;
  ticker.setTimerType(Qt::PreciseTimer);
  ticker.setInterval(1);
  QObject::connect(&ticker, &QTimer::timeout, [&] {
    const qint64 now = clock.nsecsElapsed();
    if (last >= 0 && trainingStart >= 0) gaps.push_back((now - last) / 1e6);
    last = now;
  });
  TrainingBridge* bridge = tab->bridge();
  QObject::connect(bridge, &TrainingBridge::started, [&] {
    trainingStart = clock.elapsed();
    QTimer::singleShot(options.seconds * 1000, [&] { tab->stopTraining(); });
  });
  QObject::connect(bridge, &TrainingBridge::iterationDone, [&](qint64 it) {
    if (firstIteration < 0) firstIteration = it;
    lastIteration = it;
  });
  int exitCode = 0;
  QObject::connect(bridge, &TrainingBridge::failed, [&](const QString& message) {
    std::fprintf(stderr, "training failed: %s\n", qPrintable(message));
    exitCode = 1;
    QApplication::quit();
  });
  QObject::connect(bridge, &TrainingBridge::finished, [&] { QApplication::quit(); });
  ticker.start();
  tab->startTraining();
  QApplication::exec();
  if (exitCode != 0 || gaps.empty()) return exitCode ? exitCode : 1;

  std::vector<double> sorted = gaps;
  std::sort(sorted.begin(), sorted.end());
  const double seconds = (clock.elapsed() - trainingStart) / 1000.0;
  const auto over = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 16.0; });
  std::printf("UI stall benchmark: %d px, %.1f s of training, %lld iterations (%.2f it/s)\n", options.size, seconds,
              static_cast<long long>(lastIteration - firstIteration + 1),
              (lastIteration - firstIteration + 1) / std::max(seconds, 1e-9));
  std::printf("event-loop gaps (1 ms timer, %zu ticks): median %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms, "
              "%lld gaps over 16 ms\n",
              gaps.size(), sorted[sorted.size() / 2], sorted[sorted.size() * 99 / 100],
              sorted[std::min(sorted.size() - 1, sorted.size() * 999 / 1000)], sorted.back(),
              static_cast<long long>(over));
  std::printf("longest UI stall: %.1f ms (target < 16 ms): %s\n", sorted.back(), sorted.back() < 16.0 ? "met" : "NOT met");
  return 0;
}

}  // namespace fewshot
