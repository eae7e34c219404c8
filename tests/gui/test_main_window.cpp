// The studio window opens, shows the version and the four tabs, and renders (screenshot to PNG);
// a Korean locale gets the Korean strings.
#include <QtTest>

#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>
#include <qcustomplot.h>

#include "widgets/main_window.h"
#include "widgets/studio_translation.h"

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
    QCOMPARE(window.lossPlot()->xAxis->label(), QStringLiteral("iteration"));
    QCOMPARE(window.lossPlot()->yAxis->label(), QStringLiteral("loss"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ready"));

    window.tabs()->setCurrentIndex(1);
    const QString path = QDir(qEnvironmentVariable("FEWSHOT_BINARY_DIR", QDir::tempPath())).filePath("main_window.png");
    QVERIFY(window.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
  }

  void koreanLocaleGetsKoreanStrings() {
    QTranslator translator;
    QVERIFY(fewshot::widgets::installStudioTranslation(translator, QLocale(QLocale::Korean, QLocale::SouthKorea)));
    fewshot::widgets::MainWindow window;
    QCoreApplication::removeTranslator(&translator);
    const QStringList expected{QString::fromUtf8("데이터셋"), QString::fromUtf8("학습"), QString::fromUtf8("탐색"),
                               QString::fromUtf8("내보내기")};
    for (int i = 0; i < 4; ++i) QCOMPARE(window.tabs()->tabText(i), expected[i]);
    QVERIFY(window.windowTitle().contains(QStringLiteral(FEWSHOT_VERSION)));
    QCOMPARE(window.statusBar()->currentMessage(), QString::fromUtf8("준비됨"));
  }

  void otherLocalesKeepEnglish() {
    QTranslator translator;
    fewshot::widgets::installStudioTranslation(translator, QLocale(QLocale::German, QLocale::Germany));
    fewshot::widgets::MainWindow window;
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(window.tabs()->tabText(1), QStringLiteral("Train"));
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
