// The style-mixing grid as the panel shows it: the generator's grid (a blank corner, the plain style
// images along the top, the plain content images down the left, the mixes inside) enlarged by a whole
// factor with nearest-neighbour pixels when its cells are small, and labelled: "A" and its seed on each
// content image, "B" and its seed on each style image, and the corner saying which is which.
#pragma once
#include <QImage>
#include <QList>

namespace fewshot {
namespace widgets {

// `grid` holds (content + 1) x (style + 1) cells separated by `padding` pixels. A null grid, or one whose
// size does not match the seed counts, is returned as it is.
QImage labelledMixGrid(const QImage& grid, const QList<quint64>& contentSeeds, const QList<quint64>& styleSeeds,
                       int padding);

}  // namespace widgets
}  // namespace fewshot
