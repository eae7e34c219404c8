// `fewshot-studio --bench-ui-stall DATASET`: trains in the real main window and measures the
// longest gap of the UI event loop with a 1 ms timer (the UI must never wait on training).
#pragma once
#include <QString>

namespace fewshot {
namespace widgets {
class MainWindow;
}

struct UiStallBenchOptions {
  QString dataset;
  int seconds = 20;
  int size = 64;
};

// Prints the figures and returns the process exit code.
int runUiStallBench(widgets::MainWindow& window, const UiStallBenchOptions& options);

}  // namespace fewshot
