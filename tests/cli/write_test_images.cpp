// `fewshot_test_images DIR [COUNT] [SIZE]`: writes COUNT synthetic PNGs (coloured discs on gradients) into
// DIR, the dataset of the CLI tests (tests/cli/family_commands.sh).
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "core/io/png_writer.h"
#include "support/synthetic_data.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: fewshot_test_images DIR [COUNT] [SIZE]\n";
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  const int count = argc > 2 ? std::atoi(argv[2]) : 8;
  const int size = argc > 3 ? std::atoi(argv[3]) : 32;
  if (count < 1 || size < 8) {
    std::cerr << "COUNT must be at least 1 and SIZE at least 8\n";
    return 2;
  }
  std::filesystem::create_directories(dir);
  const fewshot::data::DatasetPack pack = fewshot::testing::discDataset(size, count);
  for (int i = 0; i < count; ++i) {
    fewshot::data::ImageU8 image;
    image.width = image.height = size;
    const uint8_t* pixels = pack.pixels.data() + pack.imageBytes() * i;
    image.pixels.assign(pixels, pixels + pack.imageBytes());
    fewshot::io::writePng(image, (dir / ("disc_" + std::to_string(i) + ".png")).string());
  }
  return 0;
}
