#include "widgets/train/series_names.h"

#include <QCoreApplication>
#include <QHash>

namespace fewshot {
namespace widgets {

namespace {

struct Name {
  const char* key;
  const char* text;
};

const Name kNames[] = {
    {"loss_d", QT_TRANSLATE_NOOP("SeriesName", "D loss")},
    {"loss_d_real", QT_TRANSLATE_NOOP("SeriesName", "D loss, real")},
    {"loss_d_fake", QT_TRANSLATE_NOOP("SeriesName", "D loss, fake")},
    {"loss_d_rec", QT_TRANSLATE_NOOP("SeriesName", "D reconstruction")},
    {"loss_g", QT_TRANSLATE_NOOP("SeriesName", "G loss")},
    {"loss_g_adv", QT_TRANSLATE_NOOP("SeriesName", "G adversarial")},
    {"loss_rec", QT_TRANSLATE_NOOP("SeriesName", "G reconstruction")},
    {"loss_gp", QT_TRANSLATE_NOOP("SeriesName", "gradient penalty")},
    {"loss_d_gp", QT_TRANSLATE_NOOP("SeriesName", "gradient penalty")},
    {"loss_d_drift", QT_TRANSLATE_NOOP("SeriesName", "drift penalty")},
    {"metric_fd_effnet", QT_TRANSLATE_NOOP("SeriesName", "FD (EfficientNet)")},
    {"metric_fid", QT_TRANSLATE_NOOP("SeriesName", "FID")},
    {"metric_kid_effnet", QT_TRANSLATE_NOOP("SeriesName", "KID (EfficientNet)")},
    {"metric_kid_effnet_std", QT_TRANSLATE_NOOP("SeriesName", "KID std. dev.")},
    {"metric_kid", QT_TRANSLATE_NOOP("SeriesName", "KID")},
    {"metric_kid_std", QT_TRANSLATE_NOOP("SeriesName", "KID std. dev.")},
    {"metric_diversity", QT_TRANSLATE_NOOP("SeriesName", "diversity")},
    {"metric_nearest_distance", QT_TRANSLATE_NOOP("SeriesName", "to nearest real, mean")},
    {"metric_nearest_distance_min", QT_TRANSLATE_NOOP("SeriesName", "to nearest real, min")},
    {"ada_p", QT_TRANSLATE_NOOP("SeriesName", "ADA p")},
    {"ada_rt", QT_TRANSLATE_NOOP("SeriesName", "overfitting r_t")},
    {"phase_resolution", QT_TRANSLATE_NOOP("SeriesName", "resolution (px)")},
    {"phase_alpha", QT_TRANSLATE_NOOP("SeriesName", "fade-in alpha")},
    {"stage", QT_TRANSLATE_NOOP("SeriesName", "stage")},
    {"stage_count", QT_TRANSLATE_NOOP("SeriesName", "stages")},
    {"stage_iteration", QT_TRANSLATE_NOOP("SeriesName", "iteration in stage")},
};

}  // namespace

QString seriesDisplayName(const QString& key) {
  static const QHash<QString, const char*> names = [] {
    QHash<QString, const char*> out;
    for (const Name& n : kNames) out.insert(QString::fromLatin1(n.key), n.text);
    return out;
  }();
  const char* text = names.value(key, nullptr);
  return text ? QCoreApplication::translate("SeriesName", text) : key;
}

}  // namespace widgets
}  // namespace fewshot
