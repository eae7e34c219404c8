// fewshot-studio: the desktop GUI.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>

#include "widgets/main_window.h"
#include "widgets/studio_translation.h"

int main(int argc, char** argv) {
  // Answered before QApplication exists, which would abort on a machine without a display.
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")) {
      std::printf("FewShot Studio %s\n", FEWSHOT_VERSION);
      return 0;
    }
    if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
      std::printf("usage: fewshot-studio [--version] [--help] [Qt options such as -platform NAME]\n\n"
                  "FewShot Studio %s: train and explore GANs on tiny datasets.\n",
                  FEWSHOT_VERSION);
      return 0;
    }
  }

  QApplication app(argc, argv);
  QApplication::setApplicationName("FewShot Studio");
  QApplication::setOrganizationName("FewShot Studio");
  QApplication::setApplicationVersion(FEWSHOT_VERSION);
  QApplication::setWindowIcon(QIcon(":/fewshot-studio.svg"));

  // Rejects unknown options; Qt's own (-platform, -style, ...) were already taken by QApplication.
  QCommandLineParser parser;
  parser.process(app);

  QTranslator translator;
  fewshot::widgets::installStudioTranslation(translator, QLocale::system());

  fewshot::widgets::MainWindow window;
  window.show();
  return QApplication::exec();
}
