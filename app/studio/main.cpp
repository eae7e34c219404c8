// fewshot-studio: the desktop GUI. `fewshot-studio DIR` opens a dataset folder, an image or a run.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>
#include <cstring>

#include "screenshot_tour.h"
#include "ui_stall_bench.h"
#include "widgets/common/settings_keys.h"
#include "widgets/train/train_tab.h"
#include "widgets/window/main_window.h"
#include "widgets/window/studio_theme.h"
#include "widgets/window/studio_translation.h"

int main(int argc, char** argv) {
  // Answered before QApplication exists, which would abort on a machine without a display.
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")) {
      std::printf("FewShot Studio %s\n", FEWSHOT_VERSION);
      return 0;
    }
    if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
      std::printf("usage: fewshot-studio [--version] [--help] [--bench-ui-stall DATASET [--seconds N] [--size PX]]\n"
                  "                      [--theme light|dark|system] [Qt options such as -platform NAME]\n"
                  "                      [DIR [--start]]\n\n"
                  "FewShot Studio %s: train and explore GANs on tiny datasets.\n"
                  "  DIR                     a folder of images, one image, or a run folder to open\n"
                  "  --start                 start training on DIR at once (a run folder resumes)\n"
                  "  --theme NAME            light, dark or system (as View > Theme, and remembered)\n"
                  "  --bench-ui-stall DATA   train on DATA in the window and report the longest UI stall\n"
                  "  --screenshot-tour OUT   save the user guide's pictures into OUT (packaging/screenshots.sh;\n"
                  "                          with --tour-dataset, --tour-fastgan, --tour-consingan RUN,\n"
                  "                          --tour-object IMG, --tour-compare RUN, --tour-size WxH,\n"
                  "                          --tour-language CODE, --tour-suffix TEXT)\n",
                  FEWSHOT_VERSION);
      return 0;
    }
  }

  QApplication app(argc, argv);
  QApplication::setApplicationName("FewShot Studio");
  QApplication::setOrganizationName("FewShot Studio");
  QApplication::setApplicationVersion(FEWSHOT_VERSION);
  QApplication::setDesktopFileName(QStringLiteral("io.github.fewshot_studio.FewShotStudio"));  // Wayland app id
  QIcon icon(QStringLiteral(":/fewshot-studio.svg"));
  for (int size : {32, 64, 256})
    icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/fewshot-studio.png").arg(size), QSize(size, size));
  QApplication::setWindowIcon(icon);

  // Rejects unknown options; Qt's own (-platform, -style, ...) were already taken by QApplication.
  QCommandLineParser parser;
  const QCommandLineOption bench("bench-ui-stall", "Measure the longest UI stall while training on DATA.", "DATA");
  const QCommandLineOption seconds("seconds", "Benchmark duration in seconds (default 20).", "N", "20");
  const QCommandLineOption size("size", "Benchmark resolution (default 64).", "PX", "64");
  const QCommandLineOption start("start", "Start training on DIR at once (a run folder resumes).");
  const QCommandLineOption tour("screenshot-tour", "Save the user guide's pictures into OUT.", "OUT");
  const QCommandLineOption tourDataset("tour-dataset", "Tour: dataset folder.", "DIR");
  const QCommandLineOption tourFastgan("tour-fastgan", "Tour: a trained FastGAN run.", "RUN");
  const QCommandLineOption tourConsingan("tour-consingan", "Tour: a trained ConSinGAN run.", "RUN");
  const QCommandLineOption tourObject("tour-object", "Tour: object pasted for harmonization.", "IMG");
  const QCommandLineOption tourLanguage("tour-language", "Tour: UI language (en, ko).", "CODE");
  const QCommandLineOption tourSuffix("tour-suffix", "Tour: appended to the file names.", "TEXT");
  const QCommandLineOption tourCompare("tour-compare", "Tour: a run compared with the FastGAN run.", "RUN");
  const QCommandLineOption tourSize("tour-size", "Tour: the window's size (default 1280x800).", "WxH", "1280x800");
  const QCommandLineOption theme("theme", "light, dark or system (remembered).", "NAME");
  parser.addOptions({bench, seconds, size, start, tour, tourDataset, tourFastgan, tourConsingan, tourObject,
                     tourLanguage, tourSuffix, tourCompare, tourSize, theme});
  parser.addPositionalArgument("DIR", "A dataset folder, an image, or a run folder to open.");
  parser.process(app);

  // The Language menu's choice wins over the system locale.
  QTranslator translator;
  const QString language =
      parser.isSet(tourLanguage) ? parser.value(tourLanguage)
                                 : QSettings().value(fewshot::widgets::settings_keys::kLanguage).toString();
  fewshot::widgets::installStudioTranslation(translator, language.isEmpty() ? QLocale::system() : QLocale(language));

  // The benchmark's throwaway run must not land in the user's recent runs and settings.
  QTemporaryDir benchSettings;
  if (parser.isSet(bench) || parser.isSet(tour)) {
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, benchSettings.path());
  }
  if (parser.isSet(theme)) QSettings().setValue(fewshot::widgets::settings_keys::kTheme, parser.value(theme));
  fewshot::widgets::applyTheme(fewshot::widgets::savedThemeChoice());
  fewshot::widgets::MainWindow window;
  if (parser.isSet(bench)) {
    fewshot::UiStallBenchOptions options;
    options.dataset = parser.value(bench);
    options.seconds = parser.value(seconds).toInt();
    options.size = parser.value(size).toInt();
    return fewshot::runUiStallBench(window, options);
  }
  if (parser.isSet(tour)) {
    fewshot::ScreenshotTourOptions options;
    options.outDir = parser.value(tour);
    options.dataset = parser.value(tourDataset);
    options.fastganRun = parser.value(tourFastgan);
    options.consinganRun = parser.value(tourConsingan);
    options.objectImage = parser.value(tourObject);
    options.suffix = parser.value(tourSuffix);
    options.compareRun = parser.value(tourCompare);
    const QStringList wh = parser.value(tourSize).split(QLatin1Char('x'));
    if (wh.size() == 2) options.size = QSize(wh[0].toInt(), wh[1].toInt());
    return fewshot::runScreenshotTour(window, options);
  }
  window.show();
  if (!parser.positionalArguments().isEmpty() && window.openPath(parser.positionalArguments().first()) &&
      parser.isSet(start)) {
    fewshot::widgets::TrainTab* tab = window.trainTab();
    window.tabs()->setCurrentIndex(fewshot::widgets::MainWindow::TrainPage);
    if (tab->openedRun().isEmpty())
      tab->startTraining();
    else
      tab->resumeTraining();
  }
  return QApplication::exec();
}
