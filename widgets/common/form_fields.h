// Small constructors for the fields of the studio's option forms.
#pragma once
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace fewshot {
namespace widgets {

QSpinBox* intSpin(int lo, int hi, int step = 1);
QDoubleSpinBox* realSpin(double lo, double hi, double step, int decimals);
// A path field that takes the row's width, with its Browse button at the end.
QWidget* pathRow(QLineEdit* edit, QPushButton* browse);

}  // namespace widgets
}  // namespace fewshot
