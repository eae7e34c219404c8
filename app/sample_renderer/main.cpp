// fewshot-sample-dataset: renders the built-in sample dataset, emoji faces from the Noto Color Emoji
// font (Debian package fonts-noto-color-emoji, SIL Open Font License), as PNG files.
#include <QDir>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>

#include "app/sample_renderer/emoji_faces.h"

namespace {

int usage(int code) {
  std::fprintf(code ? stderr : stdout,
               "usage: fewshot-sample-dataset DIR [--size N] [--count N]\n\n"
               "Renders emoji faces from the Noto Color Emoji font into DIR as PNG files (default 256x256,\n"
               "white background, up to 100 faces).\n\n"
               "  --size N    width and height of each image in pixels (default 256)\n"
               "  --count N   write at most N faces (default 100)\n\n"
               "The faces come from Noto Color Emoji (SIL Open Font License 1.1), Debian package\n"
               "fonts-noto-color-emoji.\n");
  return code;
}

int usageError(const QString& message) {
  std::fprintf(stderr, "fewshot-sample-dataset: error: %s\n", qPrintable(message));
  return usage(2);
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
  if (box.isEmpty()) return {};
  QImage out(size, size, QImage::Format_RGB32);
  out.fill(Qt::white);
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
  const QStringList args = app.arguments().mid(1);
  QString dir;
  int size = 256, count = 100;
  for (int i = 0; i < args.size(); ++i) {
    const QString& a = args[i];
    if (a == "--help" || a == "-h") return usage(0);
    if (a == "--size" || a == "--count") {
      bool ok = false;
      const int v = i + 1 < args.size() ? args[++i].toInt(&ok) : 0;
      const bool isSize = a == "--size";
      if (!ok || (isSize ? v < 8 || v > 4096 : v < 1))
        return usageError(isSize ? QStringLiteral("--size expects a number of pixels between 8 and 4096")
                                 : QStringLiteral("--count expects a positive number"));
      (isSize ? size : count) = v;
    } else if (!a.startsWith("-") && dir.isEmpty()) {
      dir = a;
    } else {
      return usageError((a.startsWith("-") ? "unknown option " : "unexpected argument ") + a);
    }
  }
  if (dir.isEmpty()) return usageError("missing DIR (the folder to write the images into)");

  const QStringList families = QFontDatabase::families();
  if (!families.contains("Noto Color Emoji")) {
    std::fprintf(stderr, "fewshot-sample-dataset: error: the font 'Noto Color Emoji' is not installed "
                         "(install fonts-noto-color-emoji, e.g. sudo apt-get install fonts-noto-color-emoji)\n");
    return 1;
  }
  QFont font("Noto Color Emoji");
  font.setPixelSize(109);
  const QFontMetrics metrics(font);
  if (!QDir().mkpath(dir)) {
    std::fprintf(stderr, "fewshot-sample-dataset: error: cannot create %s\n", qPrintable(dir));
    return 1;
  }
  int written = 0;
  for (char32_t cp : fewshot::sample::emojiFaceCodePoints()) {
    if (written >= count) break;
    if (!metrics.inFontUcs4(static_cast<uint>(cp))) continue;  // older font versions lack the newest faces
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
