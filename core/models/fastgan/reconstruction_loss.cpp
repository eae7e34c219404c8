#include "core/models/fastgan/reconstruction_loss.h"

#include <stdexcept>

namespace fewshot::fastgan {

std::unique_ptr<ReconstructionLoss> createReconstructionLoss(const std::string& name) {
  if (name == "pixel-l1") return std::make_unique<PixelL1Loss>();
  throw std::invalid_argument("unknown reconstruction loss '" + name + "' (available: pixel-l1)");
}

}  // namespace fewshot::fastgan
