// Fréchet distance between two Gaussians (metrics spec §4):
//   ||mu1 - mu2||^2 + Tr(S1) + Tr(S2) - 2 Tr((S1 S2)^{1/2}),
// with the trace of the square root from eigenvalues, since S1 S2 is similar to the symmetric PSD
// M = S1^{1/2} S2 S1^{1/2}: Tr((S1 S2)^{1/2}) = sum sqrt(lambda_i(M)). Float64, covariances symmetrised,
// eigenvalues clamped at 0 (rank-deficient few-shot covariances), retry with 1e-6 I on failure.
// Reported as "FID" only with the Inception extractor; otherwise "FD-<extractor>".
#pragma once
#include <torch/torch.h>

#include "core/metrics/feature_statistics.h"

namespace fewshot::metrics {

double frechetDistance(const torch::Tensor& mean1, const torch::Tensor& cov1, const torch::Tensor& mean2,
                       const torch::Tensor& cov2);
double frechetDistance(const FeatureStatistics& a, const FeatureStatistics& b);

// The same value for a small generated set (N < d) without forming its d x d covariance: with the biased
// covariance S2 = Xc^T Xc / N, S1 S2 has the nonzero eigenvalues of Xc S1 Xc^T / N (N x N), so one
// N x N eigendecomposition replaces two d x d ones. Used by the live metrics.
double frechetDistanceToFeatures(const FeatureStatistics& reference, const torch::Tensor& features);

}  // namespace fewshot::metrics
