#include "ui_stall_bench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <qcustomplot.h>

#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "bridge/training_bridge.h"
#include "ui_gap_log.h"
#include "widgets/train/series_plot.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"
#include "widgets/window/main_window.h"

namespace fewshot {

int runUiStallBench(widgets::MainWindow& window, const UiStallBenchOptions& options) {
  using bridge::TrainingBridge;
  QTemporaryDir scratch;
  widgets::TrainTab* tab = window.trainTab();
  QVariantMap config = TrainingBridge::withImageSize(TrainingBridge::presetConfig("demo"), options.size);
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
  // The same 1 ms timer first runs without training: on a loaded machine the scheduler alone causes
  // gaps, and this baseline tells them apart from stalls that training causes.
  std::vector<double> idleGaps, gaps;
  bool idlePhase = true;
  UiGapLog idleLongGaps(8.0), longGaps(8.0);
  QTimer ticker;
  ticker.setTimerType(Qt::PreciseTimer);
  ticker.setInterval(1);
  QObject::connect(&ticker, &QTimer::timeout, [&] {
    const qint64 now = clock.nsecsElapsed();
    if (last >= 0 && idlePhase) idleGaps.push_back((now - last) / 1e6);
    if (last >= 0 && trainingStart >= 0) gaps.push_back((now - last) / 1e6);
    idleLongGaps.tick(now / 1e6, idlePhase);
    longGaps.tick(now / 1e6, trainingStart >= 0);
    last = now;
  });
  TrainingBridge* bridge = tab->bridge();
  QObject::connect(bridge, &TrainingBridge::started, [&] {
    trainingStart = clock.elapsed();
    longGaps.noteEvent("started", clock.nsecsElapsed() / 1e6);
    QTimer::singleShot(options.seconds * 1000, [&] { tab->stopTraining(); });
  });
  QObject::connect(bridge, &TrainingBridge::iterationDone, [&](qint64 it) {
    if (firstIteration < 0) firstIteration = it;
    lastIteration = it;
    longGaps.noteEvent("iteration", clock.nsecsElapsed() / 1e6);
  });
  QObject::connect(bridge, &TrainingBridge::samplesReady,
                   [&] { longGaps.noteEvent("samples", clock.nsecsElapsed() / 1e6); });
  QObject::connect(bridge, &TrainingBridge::metricsReady,
                   [&] { longGaps.noteEvent("metrics", clock.nsecsElapsed() / 1e6); });
  QObject::connect(bridge, &TrainingBridge::checkpointSaved,
                   [&] { longGaps.noteEvent("checkpoint", clock.nsecsElapsed() / 1e6); });
  int exitCode = 0;
  QObject::connect(bridge, &TrainingBridge::failed, [&](const QString& message) {
    std::fprintf(stderr, "training failed: %s\n", qPrintable(message));
    exitCode = 1;
    QApplication::quit();
  });
  QObject::connect(bridge, &TrainingBridge::finished, [&] { QApplication::quit(); });
  ticker.start();
  QTimer::singleShot(std::max(3, options.seconds / 4) * 1000, [&] {
    idlePhase = false;
    tab->startTraining();
  });
  QApplication::exec();
  if (exitCode != 0 || gaps.empty()) return exitCode ? exitCode : 1;

  const auto report = [](const char* what, std::vector<double> g) {
    std::sort(g.begin(), g.end());
    const auto over = std::count_if(g.begin(), g.end(), [](double x) { return x > 16.0; });
    std::printf(
        "%s event-loop gaps (1 ms timer, %zu ticks): median %.2f ms, p99 %.2f ms, p99.9 %.2f ms, "
        "max %.2f ms, %lld over 16 ms\n",
        what, g.size(), g[g.size() / 2], g[g.size() * 99 / 100], g[std::min(g.size() - 1, g.size() * 999 / 1000)],
        g.back(), static_cast<long long>(over));
    return g.back();
  };
  const double seconds = (clock.elapsed() - trainingStart) / 1000.0;
  std::printf("UI stall benchmark: %d px, %.1f s of training, %lld iterations (%.2f it/s)\n", options.size, seconds,
              static_cast<long long>(lastIteration - firstIteration + 1),
              (lastIteration - firstIteration + 1) / std::max(seconds, 1e-9));
  if (!idleGaps.empty()) report("idle (no training):", idleGaps);
  const double longest = report("while training:    ", gaps);
  idleLongGaps.print("idle", 5);
  longGaps.print("while training", 12);
  // Plots must stay smooth at 100 000 points: time full redraws of the loss plot holding 4 x 100 000.
  // (All four on one plot, as a stress case: the Train tab shows loss_d_rec on a panel of its own.)
  widgets::SeriesPlot* plot = tab->plotOf("loss_g");
  plot->clear();
  for (int i = 1; i <= 100000; ++i)
    for (const char* key : {"loss_d_real", "loss_d_fake", "loss_d_rec", "loss_g"})
      plot->addPoint(key, i, 1.0 + 0.5 * std::sin(i * 0.001) + 0.1 * std::sin(i * 0.37));
  plot->replotNow();
  // Wall time includes waiting for a CPU on a busy machine; the thread's CPU time is the work itself.
  auto threadCpuMs = [] {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
  };
  QElapsedTimer replotClock;
  double longestReplot = 0, longestReplotCpu = 0;
  for (int r = 0; r < 10; ++r) {
    replotClock.restart();
    const double cpu = threadCpuMs();
    plot->plot()->replot(QCustomPlot::rpImmediateRefresh);
    longestReplotCpu = std::max(longestReplotCpu, threadCpuMs() - cpu);
    longestReplot = std::max(longestReplot, replotClock.nsecsElapsed() / 1e6);
  }
  std::printf(
      "loss plot with 4 x 100000 points (raw + smoothed curves): longest of 10 full redraws %.1f ms wall, "
      "%.1f ms CPU time of the UI thread\n",
      longestReplot, longestReplotCpu);
  std::printf("longest UI stall while training: %.1f ms (target < 16 ms): %s\n", longest,
              longest < 16.0 ? "met" : "NOT met");
  return 0;
}

}  // namespace fewshot
