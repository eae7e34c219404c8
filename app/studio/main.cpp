// fewshot-studio: the desktop GUI.
#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

#include "widgets/main_window.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName("FewShot Studio");
  QApplication::setOrganizationName("FewShot Studio");
  QApplication::setApplicationVersion(FEWSHOT_VERSION);

  QTranslator translator;
  if (translator.load(QLocale::system(), "fewshot", "_", ":/i18n")) QApplication::installTranslator(&translator);

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("main", "Train and explore GANs on tiny datasets."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.process(app);

  fewshot::widgets::MainWindow window;
  window.show();
  return QApplication::exec();
}
