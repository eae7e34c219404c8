// Which plot a value of a metrics record belongs on, by its key. plotGroupOf() picks the kind of value:
// losses (loss_*), quality metrics (metric_*), ADA's p and r_t, progressive phases and stages. The Train
// tab's live views and the run comparison route values with it, so a new kind of value shows up in both
// once it is added here. plotPanelOf() then picks the small multiple within the group, so values of one
// meaning and scale share axes: adversarial losses (~1) never share one with a reconstruction loss (~100),
// nor FD (~300) with KID (~0.05).
#pragma once
#include <QString>

namespace fewshot {
namespace widgets {

enum class PlotGroup { None, Loss, Metric, Ada, Phase };

PlotGroup plotGroupOf(const QString& key);

enum class PlotPanel {
  None,
  AdversarialLoss,     // loss_d, loss_d_real, loss_d_fake, loss_g, loss_g_adv
  ReconstructionLoss,  // loss_d_rec, loss_rec
  PenaltyLoss,         // gradient penalties and drift
  FrechetDistance,     // metric_fd_*, metric_fid
  Kid,                 // metric_kid*, with its standard deviation
  Diversity,           // metric_diversity and the distance to the nearest real image (one feature space)
  OtherMetric,         // a metric_* value this list does not know yet
  Ada,
  Phase,
};

PlotPanel plotPanelOf(const QString& key);
PlotGroup groupOfPanel(PlotPanel panel);
// The panel's title over its plot, translated.
QString plotPanelTitle(PlotPanel panel);

}  // namespace widgets
}  // namespace fewshot
