// The seeds of an export: an explicit list ("1,2,5-8") or a first seed and a count (seeds S..S+N-1).
// Either way seed s is the same image as in the explorer and `fewshot sample --seeds`.
#pragma once
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace fewshot {
namespace widgets {

class ExportSeedField : public QWidget {
  Q_OBJECT
 public:
  explicit ExportSeedField(const QString& defaultList, bool allowRange = true, QWidget* parent = nullptr);
  // The seeds as a list the core parses ("0-15" for first seed 0, count 16).
  QString seedText() const;
  void setSeedText(const QString& list);  // switches to the list mode
  // Seed count, or -1 when the list does not parse (the export then reports why).
  int count() const;

 Q_SIGNALS:
  void changed();

 private:
  void update();
  QComboBox* mode_;
  QStackedWidget* stack_;
  QLineEdit* list_;
  QSpinBox* first_;
  QSpinBox* count_;
  QLabel* status_;
};

}  // namespace widgets
}  // namespace fewshot
