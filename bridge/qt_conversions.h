// Conversions between the core's types (std::string, nlohmann::json, ImageU8) and Qt's. Private to
// the bridge's .cpp files: it includes core headers.
#pragma once
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <nlohmann/json.hpp>

#include "core/data/image_u8.h"

namespace fewshot {
namespace bridge {

inline QString toQString(const std::string& s) { return QString::fromStdString(s); }

inline QVariantMap jsonToVariantMap(const nlohmann::json& j) {
  return QJsonDocument::fromJson(QByteArray::fromStdString(j.dump())).object().toVariantMap();
}

inline nlohmann::json variantMapToJson(const QVariantMap& map) {
  return nlohmann::json::parse(
      QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact).toStdString());
}

// Deep copy: the QImage owns its pixels (the core image may be freed on another thread).
inline QImage toQImage(const data::ImageU8& image) {
  const QImage::Format format = image.channels == 4 ? QImage::Format_RGBA8888 : QImage::Format_RGB888;
  if (image.channels != 3 && image.channels != 4) return {};
  return QImage(image.pixels.data(), image.width, image.height, image.width * image.channels, format).copy();
}

}  // namespace bridge
}  // namespace fewshot
