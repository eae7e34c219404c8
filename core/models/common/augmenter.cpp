#include "core/models/common/augmenter.h"

#include "core/train/archive_section.h"

namespace fewshot {

Augmenter::Augmenter(const train::TrainingConfig& config, double cutoutRatio)
    : policy_(DiffAugmentPolicy::parse(config.augment == "diffaugment" ? config.diffAugmentPolicy : "")) {
  if (cutoutRatio > 0) policy_.cutoutRatio = cutoutRatio;
  if (config.augment != "ada" && config.augment != "fixed") return;
  AdaAugmentOptions options = AdaAugmentOptions::preset(config.adaPreset);
  options.supersampled = config.adaSupersampled;
  ada_ = std::make_unique<AdaPipeline>(options);
  AdaControllerOptions c;
  c.target = config.adaTarget;
  c.adaKimg = config.adaKimg;
  c.adaptive = config.augment == "ada";
  c.initialP = config.augment == "fixed" ? config.fixedP : 0.0;
  controller_ = std::make_unique<AdaController>(c);
}

torch::Tensor Augmenter::apply(const torch::Tensor& images, RandomSource& random) {
  if (ada_) return ada_->apply(images, controller_->p(), random);
  return policy_.any() ? diffAugment(images, policy_, random) : images;
}

void Augmenter::accumulate(const torch::Tensor& realLogits) {
  if (controller_) controller_->accumulate(realLogits);
}

void Augmenter::report(int batchSize, int64_t iteration, std::map<std::string, double>& values,
                       std::vector<std::string>& warnings) {
  if (controller_) controller_->stepAndReport(batchSize, iteration, values, warnings);
}

double Augmenter::p() const { return controller_ ? controller_->p() : 0.0; }

void Augmenter::setSignReducer(std::function<void(double& sum, double& count)> reducer) {
  if (controller_) controller_->setSignReducer(std::move(reducer));
}

void Augmenter::save(torch::serialize::OutputArchive& archive) const {
  if (controller_) train::writeSection(archive, "ada", [&](auto& a) { controller_->save(a); });
}

void Augmenter::load(torch::serialize::InputArchive& archive) {
  if (controller_) train::readSection(archive, "ada", [&](auto& a) { controller_->load(a); });
}

}  // namespace fewshot
