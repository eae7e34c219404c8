// Light, dark, or what the system uses (View ▸ Theme, remembered in QSettings). Dark is the Fusion style
// with a dark palette; widgets that draw their own colours (the plots) take them from the palette and
// follow its changes. "System" reads QStyleHints::colorScheme (Qt 6.5 and later, followed live) and,
// on older Qt, whether the platform's own palette is dark.
#pragma once
#include <QString>

class QMenu;
class QPalette;

namespace fewshot {
namespace widgets {

enum class ThemeChoice { System, Light, Dark };

// The choice saved in QSettings (System when none is).
ThemeChoice savedThemeChoice();
// Applies `choice` to the application and saves it.
void applyTheme(ThemeChoice choice);
// Whether the palette in use is dark (dark window behind light text).
bool isDarkPalette(const QPalette& palette);
// Adds View ▸ Theme's three choices to `menu`, the saved one checked.
void addThemeChoices(QMenu* menu);

}  // namespace widgets
}  // namespace fewshot
