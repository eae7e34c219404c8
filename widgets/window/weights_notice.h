// A notice across the top of the main window when the pretrained EfficientNet-Lite0 weights are missing:
// what is missing without them, and a button that fetches them (bridge::WeightsBridge) with the step shown
// as it goes, then the result or what to do. "Hide" is remembered; `fewshot weights fetch` does the same.
#pragma once
#include <QFrame>

class QLabel;
class QPushButton;

namespace fewshot {
namespace bridge {
class WeightsBridge;
}
namespace widgets {

class WeightsNotice : public QFrame {
  Q_OBJECT
 public:
  explicit WeightsNotice(QWidget* parent = nullptr);

  // Shows the notice when the weights are missing and it was not hidden before.
  void showIfNeeded();
  bridge::WeightsBridge* bridge() const { return bridge_; }
  QPushButton* fetchButton() const { return fetch_; }
  QLabel* text() const { return text_; }

 private:
  void onFinished(bool ok, const QString& message);

  bridge::WeightsBridge* bridge_ = nullptr;
  QLabel* text_ = nullptr;
  QPushButton* fetch_ = nullptr;
  QPushButton* hide_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
