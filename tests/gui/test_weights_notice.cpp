// The main window's notice about missing pretrained weights (shown only when they are missing, its fetch
// button reporting a failure in words with a way to retry, "Hide" remembered), and the Train tab's
// TensorBoard option reaching the run's config.
#include <QtTest>

#include <QCheckBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

#include "bridge/weights_bridge.h"
#include "gui_test_support.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"
#include "widgets/window/main_window.h"
#include "widgets/window/weights_notice.h"

using fewshot::widgets::MainWindow;

class TestWeightsNotice : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("weights_notice");
    fewshot::testing::useScratchSettings(root_ + "/settings", "test_weights_notice");
    QDir().mkpath(root_ + "/empty");
    qputenv("FEWSHOT_WEIGHTS_DIR", (root_ + "/empty").toLocal8Bit());
  }

  void shownOnlyWhenTheWeightsAreMissing() {
    {
      MainWindow window;
      QVERIFY(window.weightsNotice()->isVisibleTo(&window));
    }
    // An archive with a matching checksum file counts as installed (what `fewshot weights status` checks).
    const QString dir = root_ + "/installed";
    QDir().mkpath(dir);
    const QByteArray bytes("not really weights, but the checksum matches");
    QFile file(dir + "/efficientnet_lite0.fsw");
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QFile sums(dir + "/efficientnet_lite0.fsw.sha256");
    QVERIFY(sums.open(QIODevice::WriteOnly));
    sums.write(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + "  efficientnet_lite0.fsw\n");
    sums.close();
    qputenv("FEWSHOT_WEIGHTS_DIR", dir.toLocal8Bit());
    {
      MainWindow window;
      QVERIFY(!window.weightsNotice()->isVisibleTo(&window));
    }
    qputenv("FEWSHOT_WEIGHTS_DIR", (root_ + "/empty").toLocal8Bit());
  }

  void aFailedFetchSaysWhyAndCanBeRetried() {
    MainWindow window;
    fewshot::widgets::WeightsNotice* notice = window.weightsNotice();
    notice->bridge()->setPython(QStringLiteral("/nonexistent/python3"));
    QSignalSpy done(notice->bridge(), &fewshot::bridge::WeightsBridge::finished);
    QTest::mouseClick(notice->fetchButton(), Qt::LeftButton);
    QVERIFY(!notice->fetchButton()->isEnabled());
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY2(notice->text()->text().contains("pip is not installed for /nonexistent/python3"),
             qPrintable(notice->text()->text()));
    QVERIFY(notice->fetchButton()->isEnabled());
    QCOMPARE(notice->fetchButton()->text(), QStringLiteral("Try again"));
  }

  void hidingIsRemembered() {
    {
      MainWindow window;
      QList<QPushButton*> buttons = window.weightsNotice()->findChildren<QPushButton*>();
      QPushButton* hideButton = nullptr;
      for (QPushButton* b : buttons)
        if (b->text() == "Hide") hideButton = b;
      QVERIFY(hideButton);
      QTest::mouseClick(hideButton, Qt::LeftButton);
      QVERIFY(!window.weightsNotice()->isVisibleTo(&window));
    }
    MainWindow again;
    QVERIFY(!again.weightsNotice()->isVisibleTo(&again));
    QSettings().remove("weightsNotice/hidden");
  }

  void tensorBoardOptionReachesTheConfig() {
    MainWindow window;
    fewshot::widgets::TrainOptionsPanel* options = window.trainTab()->options();
    QCOMPARE(options->config().value("tensorboard").toBool(), false);
    auto* box = qobject_cast<QCheckBox*>(options->fieldFor("tensorboard"));
    QVERIFY(box);
    box->setChecked(true);
    QCOMPARE(options->config().value("tensorboard").toBool(), true);
    options->applyPreset("cpu-128");  // an output choice survives a preset change
    QCOMPARE(options->config().value("tensorboard").toBool(), true);
    QVariantMap reopened = options->config();
    reopened["tensorboard"] = false;
    options->setConfig(reopened);
    QVERIFY(!box->isChecked());
  }

 private:
  QString root_;
};

QTEST_MAIN(TestWeightsNotice)
#include "test_weights_notice.moc"
