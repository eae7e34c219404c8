#include "core/metrics/frechet_distance.h"

#include <stdexcept>

namespace fewshot::metrics {

namespace {

double traceSqrtProduct(const torch::Tensor& s1, const torch::Tensor& s2) {
  auto [values, vectors] = torch::linalg_eigh(s1, "L");
  torch::Tensor root = vectors.matmul(torch::diag(values.clamp_min(0).sqrt())).matmul(vectors.t());
  torch::Tensor m = root.matmul(s2).matmul(root);
  m = (m + m.t()) / 2;
  return torch::linalg_eigvalsh(m, "L").clamp_min(0).sqrt().sum().item<double>();
}

}  // namespace

double frechetDistance(const torch::Tensor& mean1, const torch::Tensor& cov1, const torch::Tensor& mean2,
                       const torch::Tensor& cov2) {
  const int64_t d = mean1.numel();
  if (mean2.numel() != d || cov1.sizes() != torch::IntArrayRef{d, d} || cov2.sizes() != torch::IntArrayRef{d, d})
    throw std::invalid_argument("Fréchet distance: statistics of different feature sizes");
  auto f64 = [](const torch::Tensor& t) { return t.to(torch::kCPU, torch::kFloat64); };
  torch::Tensor m1 = f64(mean1), m2 = f64(mean2);
  torch::Tensor s1 = f64(cov1), s2 = f64(cov2);
  s1 = (s1 + s1.t()) / 2;
  s2 = (s2 + s2.t()) / 2;
  double traceSqrt = 0;
  try {
    traceSqrt = traceSqrtProduct(s1, s2);
  } catch (const c10::Error&) {  // eigh did not converge: regularise both, as pytorch-fid does
    torch::Tensor eps = torch::eye(d, torch::kFloat64) * 1e-6;
    s1 = s1 + eps;
    s2 = s2 + eps;
    traceSqrt = traceSqrtProduct(s1, s2);
  }
  const double meanTerm = (m1 - m2).pow(2).sum().item<double>();
  return meanTerm + s1.trace().item<double>() + s2.trace().item<double>() - 2.0 * traceSqrt;
}

double frechetDistance(const FeatureStatistics& a, const FeatureStatistics& b) {
  return frechetDistance(a.mean, a.covariance, b.mean, b.covariance);
}

double frechetDistanceToFeatures(const FeatureStatistics& reference, const torch::Tensor& features) {
  if (features.dim() != 2 || features.size(0) < 1 || features.size(1) != reference.mean.numel())
    throw std::invalid_argument("Fréchet distance: features do not match the reference statistics");
  torch::Tensor f = features.to(torch::kCPU, torch::kFloat64);
  const double n = static_cast<double>(f.size(0));
  torch::Tensor mean = f.mean(0);
  torch::Tensor centered = f - mean;
  torch::Tensor s1 = (reference.covariance + reference.covariance.t()) / 2;
  torch::Tensor k = centered.matmul(s1).matmul(centered.t()) / n;
  k = (k + k.t()) / 2;
  const double traceSqrt = torch::linalg_eigvalsh(k, "L").clamp_min(0).sqrt().sum().item<double>();
  const double meanTerm = (reference.mean - mean).pow(2).sum().item<double>();
  return meanTerm + s1.trace().item<double>() + centered.pow(2).sum().item<double>() / n - 2.0 * traceSqrt;
}

}  // namespace fewshot::metrics
