#include "widgets/explore/style_mix_labels.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace fewshot {
namespace widgets {

namespace {

// Labels need about this many pixels of cell to be legible next to the image.
constexpr int kLegibleCell = 112;

// A label on a dark band along the bottom of the cell at `cell`, so it reads on any image.
void drawBand(QPainter& painter, const QRect& cell, const QString& text) {
  const QFontMetrics metrics(painter.font());
  const int height = metrics.height() + 4;
  const QRect band(cell.left(), cell.bottom() + 1 - height, cell.width(), height);
  painter.fillRect(band, QColor(0, 0, 0, 170));
  painter.setPen(Qt::white);
  painter.drawText(band.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   metrics.elidedText(text, Qt::ElideRight, band.width() - 8));
}

}  // namespace

QImage labelledMixGrid(const QImage& grid, const QList<quint64>& contentSeeds, const QList<quint64>& styleSeeds,
                       int padding) {
  const int rows = static_cast<int>(contentSeeds.size()) + 1, columns = static_cast<int>(styleSeeds.size()) + 1;
  if (grid.isNull() || columns < 2 || rows < 2) return grid;
  const int cellWidth = (grid.width() - padding) / columns - padding;
  const int cellHeight = (grid.height() - padding) / rows - padding;
  if (cellWidth <= 0 || cellHeight <= 0 || columns * (cellWidth + padding) + padding != grid.width() ||
      rows * (cellHeight + padding) + padding != grid.height())
    return grid;

  const int scale = std::max(1, static_cast<int>(std::ceil(double(kLegibleCell) / std::min(cellWidth, cellHeight))));
  QImage out = grid.convertToFormat(QImage::Format_RGB32);
  if (scale > 1) out = out.scaled(grid.size() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
  const auto cellRect = [&](int row, int column) {
    return QRect((padding + column * (cellWidth + padding)) * scale, (padding + row * (cellHeight + padding)) * scale,
                 cellWidth * scale, cellHeight * scale);
  };

  QPainter painter(&out);
  painter.setRenderHint(QPainter::TextAntialiasing);
  QFont font = painter.font();
  font.setPixelSize(std::clamp(std::min(cellWidth, cellHeight) * scale / 9, 10, 18));
  painter.setFont(font);
  for (int j = 1; j < columns; ++j)
    drawBand(painter, cellRect(0, j),
             QCoreApplication::translate("fewshot::widgets::StyleMixLabels", "B · seed %1").arg(styleSeeds[j - 1]));
  for (int i = 1; i < rows; ++i)
    drawBand(painter, cellRect(i, 0),
             QCoreApplication::translate("fewshot::widgets::StyleMixLabels", "A · seed %1").arg(contentSeeds[i - 1]));
  // The corner: which way the seeds run.
  const QRect corner = cellRect(0, 0);
  painter.fillRect(corner, QColor(0, 0, 0, 30));
  painter.setPen(QColor(40, 40, 40));
  painter.drawText(corner.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap,
                   QCoreApplication::translate("fewshot::widgets::StyleMixLabels", "B, style →\nA, content ↓"));
  return out;
}

}  // namespace widgets
}  // namespace fewshot
