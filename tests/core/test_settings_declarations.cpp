// The settings declarations (core/config) that the CLI's options and the studio's panels are built from:
// every declared key is where config.json keeps the value, every preset passes its own declarations,
// errors name the setting and carry its key, and single-image runs derive their length from the stages.
// Includes only LibTorch-free headers: this is what the CLI and the studio see.
#include <QtTest>

#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/config/family_options.h"
#include "core/config/setting.h"
#include "core/config/training_config.h"

using fewshot::config::FamilyOptions;
using fewshot::config::Setting;
using fewshot::config::SettingError;
using fewshot::config::SettingValue;
using fewshot::train::TrainingConfig;

namespace {

// The JSON value at "key" or "section.key"; null when absent.
nlohmann::json valueAtPath(const nlohmann::json& j, const std::string& path) {
  const auto dot = path.find('.');
  if (dot == std::string::npos) return j.contains(path) ? j.at(path) : nlohmann::json();
  const std::string section = path.substr(0, dot);
  if (!j.contains(section)) return nlohmann::json();
  return valueAtPath(j.at(section), path.substr(dot + 1));
}

nlohmann::json asJson(const SettingValue& v) {
  return std::visit([](const auto& x) { return nlohmann::json(x); }, v);
}

std::string errorKeyOf(const TrainingConfig& c) {
  try {
    c.validate();
  } catch (const SettingError& e) {
    return e.key() + "|" + e.what();
  }
  return {};
}

}  // namespace

class TestSettingsDeclarations : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void everyStudioKeyIsWhereConfigJsonKeepsTheValue() {
    for (const FamilyOptions& family : fewshot::config::allFamilyOptions())
      for (const auto& preset : family.presets) {
        const TrainingConfig c = family.presetConfig(preset.id);
        const nlohmann::json j = c;
        for (const Setting* s : family.applicableSettings()) {
          if (!s->inStudio) continue;
          const nlohmann::json stored = valueAtPath(j, s->key);
          const std::string where = family.id + "/" + preset.id + " " + s->key;
          QVERIFY2(!stored.is_null(), where.c_str());
          const nlohmann::json read = asJson(s->read(c));
          if (read.is_number() && stored.is_number())
            QVERIFY2(std::abs(read.get<double>() - stored.get<double>()) < 1e-12, where.c_str());
          else
            QVERIFY2(read == stored, where.c_str());
        }
      }
  }

  void everyPresetPassesItsDeclarations() {
    for (const FamilyOptions& family : fewshot::config::allFamilyOptions())
      for (const auto& preset : family.presets) {
        const TrainingConfig c = family.presetConfig(preset.id);
        const std::string problem = errorKeyOf(c);
        QVERIFY2(problem.empty(), (family.id + "/" + preset.id + ": " + problem).c_str());
        // Writing back what was read changes nothing.
        TrainingConfig copy = c;
        for (const Setting* s : family.applicableSettings()) s->write(copy, s->read(c));
        QCOMPARE(nlohmann::json(copy).dump(), nlohmann::json(c).dump());
      }
  }

  void optionsAndKeysAreUniqueWithinAFamily() {
    for (const FamilyOptions& family : fewshot::config::allFamilyOptions()) {
      std::set<std::string> options, studioKeys;
      for (const Setting* s : family.applicableSettings()) {
        if (!s->option.empty()) QVERIFY2(options.insert(s->option).second, (family.id + " --" + s->option).c_str());
        if (s->inStudio) QVERIFY2(studioKeys.insert(s->key).second, (family.id + " " + s->key).c_str());
        QVERIFY2(!s->label.empty() && s->read && s->write, (family.id + " " + s->key).c_str());
      }
    }
  }

  void rangeErrorsNameTheSettingAndCarryItsKey() {
    TrainingConfig c = fewshot::train::presetConfig("fastgan", "demo");
    c.batchSize = 5000;
    QCOMPARE(QString::fromStdString(errorKeyOf(c)), QString("batch_size|Batch size must be from 1 to 4096, not 5000"));
    c = fewshot::train::presetConfig("fastgan", "demo");
    c.augment = "sometimes";
    QCOMPARE(QString::fromStdString(errorKeyOf(c)),
             QString("augment|Augmentation must be none, diffaugment, ada or fixed, not 'sometimes'"));
    // Excluded bounds: a learning rate halved by many rollbacks is still a learning rate; 0 is not.
    c = fewshot::train::presetConfig("fastgan", "demo");
    c.lrG = 1e-40;
    QCOMPARE(QString::fromStdString(errorKeyOf(c)), QString());
    c.lrG = 0;
    QCOMPARE(QString::fromStdString(errorKeyOf(c)), QString("lr_g|Learning rate G must be above 0, not 0"));
    c = fewshot::train::presetConfig("fastgan", "demo");
    c.emaDecay = 1;
    QCOMPARE(QString::fromStdString(errorKeyOf(c)),
             QString("ema_decay|EMA decay must be at least 0 and below 1, not 1"));
    c = fewshot::train::presetConfig("fastgan", "demo");
    c.lrD = std::numeric_limits<double>::infinity();
    QCOMPARE(QString::fromStdString(errorKeyOf(c)), QString("lr_d|Learning rate D must be a finite number, not inf"));
    c = fewshot::train::presetConfig("fastgan", "demo");
    c.adaTarget = std::nan("");
    QVERIFY(QString::fromStdString(errorKeyOf(c)).startsWith("ada_target|"));
  }

  void familyChecksAcrossSettingsCarryTheKeyToFix() {
    TrainingConfig c = fewshot::train::presetConfig("pggan", "demo");
    c.batchSize = 6;  // not divisible by the minibatch-stddev group of 4
    QVERIFY(QString::fromStdString(errorKeyOf(c)).startsWith("batch_size|Batch size 6 must be divisible"));
    c = fewshot::train::presetConfig("fastgan", "demo");
    c.fastgan.ngf = 12;
    QCOMPARE(QString::fromStdString(errorKeyOf(c)),
             QString("fastgan.ngf|Generator width must be a multiple of 8, not 12"));
    c = fewshot::train::presetConfig("consingan", "tiny");
    c.consingan.maxSize = c.consingan.minSize - 1;
    QVERIFY(QString::fromStdString(errorKeyOf(c)).startsWith("consingan.max_size|"));
  }

  void typedValuesAreParsedWithTheSettingsWords() {
    const FamilyOptions& fastgan = fewshot::config::familyOptions("fastgan");
    const Setting* batch = fastgan.findOption("batch");
    QVERIFY(batch);
    QCOMPARE(std::get<int64_t>(fewshot::config::parseValue(*batch, "16")), int64_t(16));
    try {
      fewshot::config::parseValue(*batch, "2.5");
      QFAIL("2.5 is not a batch size");
    } catch (const SettingError& e) {
      QCOMPARE(QString(e.what()), QString("Batch size expects a whole number, not '2.5'"));
    }
    // Families differ: --size is a setting of FastGAN's and of PGGAN's, each with its own sizes.
    QVERIFY(fastgan.findOption("size"));
    QVERIFY(!fastgan.findOption("stages"));
    QCOMPARE(fewshot::config::familyOptions("pggan").findOption("size")->key, std::string("pggan.image_size"));
    QVERIFY(!fewshot::config::familyOptions("consingan").findOption("batch"));
  }

  void singleImageRunsDeriveTheirLengthFromTheStages() {
    const FamilyOptions& consingan = fewshot::config::familyOptions("consingan");
    QVERIFY(consingan.singleImage && consingan.deriveSettings);
    TrainingConfig c = consingan.presetConfig("tiny");
    c.consingan.trainStages = 5;
    c.consingan.itersPerStage = 8;
    consingan.deriveSettings(c, [](const std::string&) { return false; });
    QCOMPARE(c.iterations, int64_t(40));
    QCOMPARE(c.sampleEvery, 4);
    QCOMPARE(c.checkpointEvery, 2);
    c.iterations = 7;
    consingan.deriveSettings(c, [](const std::string& key) { return key == "iterations"; });
    QCOMPARE(c.iterations, int64_t(7));  // given by the user: kept
  }

  void pgganPresetsUseThePapersOptimiser() {
    for (const auto& preset : fewshot::config::familyOptions("pggan").presets) {
      const TrainingConfig c = fewshot::train::presetConfig("pggan", preset.id);
      QCOMPARE(c.lrG, 1e-3);
      QCOMPARE(c.lrD, 1e-3);
      QCOMPARE(c.beta1, 0.0);
      QCOMPARE(c.beta2, 0.99);
    }
  }
};

QTEST_GUILESS_MAIN(TestSettingsDeclarations)
#include "test_settings_declarations.moc"
