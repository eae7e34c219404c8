// `fewshot-studio --screenshot-tour OUT ...`: walks the real main window through the user guide's steps
// (open a dataset, a trained run, every tab, the run comparison, ConSinGAN generation and harmonization)
// and saves a PNG of the window at each, so packaging/screenshots.sh can regenerate the guide's pictures
// after UI changes.
#pragma once
#include <QSize>
#include <QString>

namespace fewshot {
namespace widgets {
class MainWindow;
}

struct ScreenshotTourOptions {
  QString outDir;
  QString dataset;        // empty: only the first-run picture
  QString fastganRun;     // a trained FastGAN run (with samples, metrics and ADA)
  QString consinganRun;   // a trained ConSinGAN run
  QString compareRun;     // a second run compared with the FastGAN run (Compare runs window)
  QSize size{1280, 800};  // the window's size, bounded by the screen's
  QString objectImage;    // pasted into the ConSinGAN harmonization
  QString suffix;         // appended to every file name (e.g. "-ko")
};

// Returns the process exit code (1 when a picture cannot be written).
int runScreenshotTour(widgets::MainWindow& window, const ScreenshotTourOptions& options);

}  // namespace fewshot
