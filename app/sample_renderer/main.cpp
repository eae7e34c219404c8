// fewshot-sample-dataset: renders the built-in sample dataset, emoji faces from the Noto Color Emoji
// font (Debian package fonts-noto-color-emoji, SIL Open Font License), as PNG files.
#include <QDir>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRawFont>

#include <cstdio>

#include "app/sample_renderer/emoji_faces.h"

namespace {

int usage(int code) {
  std::fprintf(code ? stderr : stdout,
               "usage: fewshot-sample-dataset DIR [--size N] [--count N]\n\n"
               "Renders emoji faces from the Noto Color Emoji font into DIR as PNG files (default 256x256,\n"
               "white background, up to 100 faces).\n");
  return code;
}

// Draws at the font's native bitmap size (109 px strikes) and scales smoothly: colour bitmap fonts
// do not render reliably at arbitrary pixel sizes.
QImage renderFace(const QFont& font, char32_t codePoint, int size) {
  const QString text = QString::fromUcs4(&codePoint, 1);
  QImage glyph(160, 160, QImage::Format_ARGB32_Premultiplied);
  glyph.fill(Qt::transparent);
  {
    QPainter p(&glyph);
    p.setFont(font);
    p.drawText(glyph.rect(), Qt::AlignCenter, text);
  }
  // Crop to the drawn pixels so every face fills the same share of the frame.
  QRect box;
  for (int y = 0; y < glyph.height(); ++y)
    for (int x = 0; x < glyph.width(); ++x)
      if (qAlpha(glyph.pixel(x, y)) > 8) box |= QRect(x, y, 1, 1);
  QImage out(size, size, QImage::Format_RGB32);
  out.fill(Qt::white);
  if (box.isEmpty()) return {};
  const int side = std::max(box.width(), box.height());
  const QRect square(box.center().x() - side / 2, box.center().y() - side / 2, side, side);
  const int target = static_cast<int>(size * 0.85);
  QPainter p(&out);
  p.setRenderHint(QPainter::SmoothPixmapTransform);
  p.drawImage(QRect((size - target) / 2, (size - target) / 2, target, target), glyph, square);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  QStringList args = app.arguments().mid(1);
  QString dir;
  int size = 256, count = 100;
  for (int i = 0; i < args.size(); ++i) {
    const QString& a = args[i];
    if (a == "--help" || a == "-h") return usage(0);
    if ((a == "--size" || a == "--count") && i + 1 < args.size()) {
      bool ok = false;
      const int v = args[++i].toInt(&ok);
      if (!ok || v < 8) return usage(2);
      (a == "--size" ? size : count) = v;
    } else if (!a.startsWith("--") && dir.isEmpty()) {
      dir = a;
    } else {
      return usage(2);
    }
  }
  if (dir.isEmpty()) return usage(2);

  const QStringList families = QFontDatabase::families();
  if (!families.contains("Noto Color Emoji")) {
    std::fprintf(stderr, "fewshot-sample-dataset: error: the font 'Noto Color Emoji' is not installed "
                         "(sudo apt-get install fonts-noto-color-emoji)\n");
    return 1;
  }
  QFont font("Noto Color Emoji");
  font.setPixelSize(109);
  const QRawFont raw = QRawFont::fromFont(font);
  if (!QDir().mkpath(dir)) {
    std::fprintf(stderr, "fewshot-sample-dataset: error: cannot create %s\n", qPrintable(dir));
    return 1;
  }
  int written = 0;
  for (char32_t cp : fewshot::sample::emojiFaceCodePoints()) {
    if (written >= count) break;
    if (!raw.supportsCharacter(static_cast<uint>(cp))) continue;
    const QImage face = renderFace(font, cp, size);
    if (face.isNull()) continue;
    const QString path = QDir(dir).filePath(QString("emoji_%1.png").arg(static_cast<uint>(cp), 0, 16));
    if (!face.save(path)) {
      std::fprintf(stderr, "fewshot-sample-dataset: error: cannot write %s\n", qPrintable(path));
      return 1;
    }
    ++written;
  }
  if (written == 0) {
    std::fprintf(stderr, "fewshot-sample-dataset: error: no emoji could be rendered with 'Noto Color Emoji'\n");
    return 1;
  }
  std::printf("Wrote %d emoji faces (%dx%d) to %s\n"
              "Source: Noto Color Emoji font (SIL Open Font License), Debian package fonts-noto-color-emoji.\n",
              written, size, size, qPrintable(QDir(dir).absolutePath()));
  return 0;
}
