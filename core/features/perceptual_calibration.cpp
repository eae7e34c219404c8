#include "core/features/perceptual_calibration.h"

#include <stdexcept>

namespace fewshot::features {

torch::Tensor meanTapDistancesOverPairs(PerceptualDistance& distance, const torch::Tensor& reals) {
  const int64_t n = reals.size(0);
  if (n < 2) throw std::invalid_argument("calibrating the perceptual distance needs at least 2 real images");
  const std::vector<torch::Tensor> taps = distance.targetTaps(reals);
  torch::NoGradGuard noGrad;
  std::vector<double> sums(taps.size(), 0.0);
  // Shifting the batch by s = 1..n-1 pairs every image with every other one, each unordered pair twice:
  // the mean over these ordered pairs is the mean over the unordered ones.
  for (int64_t s = 1; s < n; ++s) {
    std::vector<torch::Tensor> shifted;
    for (const torch::Tensor& t : taps) shifted.push_back(t.roll(s, 0));
    const std::vector<torch::Tensor> d = distancesBetweenTaps(taps, shifted);
    for (size_t k = 0; k < d.size(); ++k) sums[k] += d[k].sum().item<double>();
  }
  for (double& sum : sums) sum /= static_cast<double>(n * (n - 1));
  return torch::tensor(sums, torch::kFloat64);
}

torch::Tensor calibratedDistance(const std::vector<torch::Tensor>& tapDistances, const std::vector<double>& tapMeans) {
  if (tapDistances.size() != tapMeans.size())
    throw std::invalid_argument("calibration has " + std::to_string(tapMeans.size()) + " taps, the distance " +
                                std::to_string(tapDistances.size()));
  const double taps = static_cast<double>(tapDistances.size());
  torch::Tensor total = torch::zeros_like(tapDistances.front());
  for (size_t k = 0; k < tapDistances.size(); ++k) total = total + tapDistances[k] / (taps * tapMeans[k]);
  return total;
}

}  // namespace fewshot::features
