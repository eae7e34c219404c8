// Style mixing through FastGAN's SLE gates (spec §10): content and style seed lists (the CLI's
// syntax), the recipe (official style_mix.py, or per gate with 64/128/256/512 toggles), the BN mode,
// Render, the grid (rows = content seeds, columns = style seeds, plain images on the top row and the
// left column) and Save as PNG.
#pragma once
#include <QImage>
#include <QWidget>

#include <array>

#include "bridge/explore_bridge.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fewshot {
namespace widgets {

class LatentImageView;

class StyleMixPanel : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kMaxMixes = 256;

  explicit StyleMixPanel(QWidget* parent = nullptr);

  // Gates above the model's resolution do not exist and are hidden; without any, Render is disabled.
  void setImageSize(int imageSize);
  void setContentSeeds(const QString& text);
  void setStyleSeeds(const QString& text);
  void setOfficial(bool official);
  void setGateFromStyle(int gateIndex, bool fromStyle);  // gates 64, 128, 256, 512
  void setBatchStatistics(bool batch);
  void setPadding(int padding) { padding_ = padding; }

  // The request for the fields, or false with the error shown (bad seed lists, too many images).
  bool buildRequest(bridge::StyleMixRequest* request);
  void showGrid(const QImage& grid, double milliseconds, qint64 iteration);
  void showError(const QString& message);
  void setRendering(bool rendering);
  QImage grid() const { return grid_; }  // as rendered; the view shows it labelled (style_mix_labels.h)
  QImage shownImage() const;
  QString errorText() const;
  bool saveGrid(const QString& path);

 Q_SIGNALS:
  void renderRequested(const fewshot::bridge::StyleMixRequest& request);

 private:
  void updateRecipe();
  void render();

  QLineEdit* contentSeeds_ = nullptr;
  QLineEdit* styleSeeds_ = nullptr;
  QComboBox* recipe_ = nullptr;
  std::array<QCheckBox*, 4> gates_{};
  QLabel* noGates_ = nullptr;  // "none at 32 px"
  QComboBox* normMode_ = nullptr;
  QDoubleSpinBox* scale_ = nullptr;
  QLabel* recipeHelp_ = nullptr;
  QPushButton* renderButton_ = nullptr;
  QPushButton* saveButton_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* error_ = nullptr;
  LatentImageView* view_ = nullptr;
  QImage grid_;
  int imageSize_ = 0;
  int padding_ = 2;
  QList<quint64> shownContentSeeds_, shownStyleSeeds_;  // of the grid requested last: its size and labels
};

}  // namespace widgets
}  // namespace fewshot
