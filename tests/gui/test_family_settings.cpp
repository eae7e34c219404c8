// The Train tab's settings come from the core's declarations: every family shows a field for each of its
// settings (PGGAN's phase lengths, Projected GAN's generator and widths, ConSinGAN's stages) and no field
// for settings it lacks; editing a field changes config() at the declared config.json key; ConSinGAN's
// length follows its stages until the user sets it; a value the core refuses frames its field; and the
// settings column does not scroll sideways at 1280x800. Screenshots of each family's settings are saved
// into the build folder (family_settings_<family>_<width>.png).
#include <QtTest>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>

#include "bridge/training_bridge.h"
#include "gui_test_support.h"
#include "widgets/common/settings_form.h"
#include "widgets/train/start_check.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"

using fewshot::bridge::TrainingBridge;
using fewshot::widgets::SettingsForm;
using fewshot::widgets::TrainOptionsPanel;
using fewshot::widgets::TrainTab;

namespace {

QStringList studioKeys(const QString& family) {
  QStringList keys;
  for (const QVariant& v : TrainingBridge::settingsFor(family)) keys << v.toMap().value("key").toString();
  return keys;
}

QString shotPath(const QString& name) {
  return QDir(qEnvironmentVariable("FEWSHOT_BINARY_DIR", QDir::tempPath())).filePath(name);
}

}  // namespace

class TestFamilySettings : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void everyFamilyShowsItsOwnSettings() {
    TrainTab tab;
    TrainOptionsPanel* options = tab.options();
    QVERIFY(TrainingBridge::modelFamilies().size() >= 4);
    for (const QVariant& f : TrainingBridge::modelFamilies()) {
      const QString family = f.toMap().value("id").toString();
      QVERIFY(options->selectModel(family));
      const QStringList keys = studioKeys(family);
      QVERIFY2(keys.size() >= 10, qPrintable(family));
      for (const QString& key : keys) QVERIFY2(options->fieldFor(key), qPrintable(family + " " + key));
      // What another family has and this one lacks has no field.
      for (const QVariant& other : TrainingBridge::modelFamilies())
        for (const QString& key : studioKeys(other.toMap().value("id").toString()))
          if (!keys.contains(key)) QVERIFY2(!options->fieldFor(key), qPrintable(family + " shows " + key));
    }
    QVERIFY(options->selectModel("pggan"));
    for (const char* key : {"pggan.stabilise_kimg", "pggan.fade_kimg", "pggan.fmap_base", "lr_g", "beta1"})
      QVERIFY2(options->fieldFor(key), key);
    QVERIFY(options->selectModel("projected"));
    for (const char* key : {"projected.lite", "projected.ngf", "projected.ndf", "projected.random_features"})
      QVERIFY2(options->fieldFor(key), key);
  }

  void editingAFieldWritesItsKey() {
    TrainTab tab;
    TrainOptionsPanel* options = tab.options();
    QVERIFY(options->selectModel("pggan"));
    auto* fade = qobject_cast<QDoubleSpinBox*>(options->fieldFor("pggan.fade_kimg"));
    QVERIFY(fade);
    fade->setValue(3.25);
    QCOMPARE(SettingsForm::valueAt(options->config(), "pggan.fade_kimg").toDouble(), 3.25);
    // The preset it came from no longer matches: the preset box says so.
    QCOMPARE(options->presetBox()->currentData().toString(), QString("custom"));
    // PGGAN's presets keep the paper's optimiser in the studio too.
    options->applyPreset("paper");
    QCOMPARE(options->config().value("lr_g").toDouble(), 1e-3);
    QCOMPARE(options->config().value("beta1").toDouble(), 0.0);
    QCOMPARE(options->config().value("beta2").toDouble(), 0.99);
    QCOMPARE(options->config().value("pggan").toMap().value("image_size").toInt(), 1024);
  }

  void consinganLengthFollowsItsStagesUntilSet() {
    TrainTab tab;
    TrainOptionsPanel* options = tab.options();
    QVERIFY(options->selectModel("consingan"));
    options->applyPreset("tiny");
    auto* stages = qobject_cast<QSpinBox*>(options->fieldFor("consingan.train_stages"));
    auto* perStage = qobject_cast<QSpinBox*>(options->fieldFor("consingan.iters_per_stage"));
    auto* iterations = qobject_cast<QSpinBox*>(options->fieldFor("iterations"));
    QVERIFY(stages && perStage && iterations);
    stages->setValue(5);
    perStage->setValue(30);
    QCOMPARE(iterations->value(), 150);
    QCOMPARE(options->config().value("iterations").toInt(), 150);
    iterations->setValue(90);  // the user's own length stays
    stages->setValue(6);
    QCOMPARE(options->config().value("iterations").toInt(), 90);
  }

  void refusedValueFramesItsField() {
    TrainTab tab;
    TrainOptionsPanel* options = tab.options();
    QVERIFY(options->selectModel("pggan"));
    const QString data = fewshot::testing::writeDiscFolder(QDir::tempPath() + "/fewshot_family_settings", 4, 32);
    options->setDataPath(data);
    options->setRunDirectory(QDir::tempPath() + "/fewshot_family_settings_run");
    auto* batch = qobject_cast<QSpinBox*>(options->fieldFor("batch_size"));
    batch->setValue(6);  // not divisible by the minibatch-stddev group of 4
    const fewshot::widgets::StartProblem problem = fewshot::widgets::checkStart(options->config());
    QCOMPARE(problem.field, QString("batch_size"));
    QVERIFY2(problem.message.contains("Batch size 6 must be divisible"), qPrintable(problem.message));
    tab.startTraining();  // refused before the bridge starts: the field is framed, with the reason
    QVERIFY(batch->property("invalid").toBool());
    QCOMPARE(batch->toolTip(), problem.message);
    QVERIFY(!tab.bridge()->isActive());
  }

  void settingsColumnsFitAndAreSaved() {
    for (const QSize size : {QSize(1600, 1000), QSize(1280, 800)}) {
      TrainTab tab;
      tab.resize(size);
      tab.show();
      QVERIFY(QTest::qWaitForWindowExposed(&tab));
      for (const char* family : {"pggan", "projected", "consingan"}) {
        QVERIFY(tab.options()->selectModel(family));
        tab.options()->setAdvancedVisible(true);
        QApplication::processEvents();
        // Nothing is cut off at the column's right edge, and there is no sideways scrolling.
        for (QScrollArea* area : tab.findChildren<QScrollArea*>())
          if (area->isAncestorOf(tab.options())) {
            QVERIFY2(!area->horizontalScrollBar()->isVisible(), family);
            QVERIFY2(tab.options()->width() <= area->viewport()->width(),
                     qPrintable(QString("%1 at %2: %3 px of settings in a %4 px column")
                                    .arg(family)
                                    .arg(size.width())
                                    .arg(tab.options()->width())
                                    .arg(area->viewport()->width())));
          }
        QVERIFY(tab.grab().save(shotPath(QString("family_settings_%1_%2.png").arg(family).arg(size.width()))));
      }
    }
  }
};

QTEST_MAIN(TestFamilySettings)
#include "test_family_settings.moc"
