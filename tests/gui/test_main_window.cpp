// The studio window opens, shows the version and the four tabs, and renders (screenshot to PNG).
#include <QtTest>

#include <QTabWidget>
#include <QTranslator>

#include "widgets/main_window.h"

class TestMainWindow : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void showsVersionAndTabs() {
    fewshot::widgets::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(QStringLiteral(FEWSHOT_VERSION)));
    QCOMPARE(window.tabs()->count(), 4);
    const QStringList expected{"Dataset", "Train", "Explore", "Export"};
    for (int i = 0; i < 4; ++i) QCOMPARE(window.tabs()->tabText(i), expected[i]);
    QVERIFY(window.lossPlot() != nullptr);
    window.tabs()->setCurrentIndex(1);
    const QString path = QDir(qEnvironmentVariable("FEWSHOT_BINARY_DIR", QDir::tempPath())).filePath("main_window.png");
    QVERIFY(window.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
  }

  void koreanTranslationIsEmbedded() {
    QTranslator translator;
    QVERIFY(translator.load(":/i18n/fewshot_ko.qm"));
    QCOMPARE(translator.translate("fewshot::widgets::MainWindow", "Train"), QString::fromUtf8("학습"));
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
