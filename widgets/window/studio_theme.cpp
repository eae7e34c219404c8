#include "widgets/window/studio_theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

#include <memory>

#include "widgets/common/settings_keys.h"

namespace fewshot {
namespace widgets {

namespace {

// The style and palette the platform gave the application, before any theme replaced them.
struct SystemLook {
  QString styleName;
  QPalette palette;
};

const SystemLook& systemLook() {
  static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
  return look;
}

bool systemPrefersDark() {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
  const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
  if (scheme != Qt::ColorScheme::Unknown) return scheme == Qt::ColorScheme::Dark;
#endif
  return isDarkPalette(systemLook().palette);
}

QPalette darkPalette() {
  const QColor window(45, 45, 48), text(230, 230, 230), base(30, 30, 32), disabled(125, 125, 128);
  QPalette p;
  p.setColor(QPalette::Window, window);
  p.setColor(QPalette::WindowText, text);
  p.setColor(QPalette::Base, base);
  p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
  p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
  p.setColor(QPalette::ToolTipText, text);
  p.setColor(QPalette::PlaceholderText, QColor(150, 150, 155));
  p.setColor(QPalette::Text, text);
  p.setColor(QPalette::Button, QColor(55, 55, 58));
  p.setColor(QPalette::ButtonText, text);
  p.setColor(QPalette::BrightText, QColor(240, 240, 243));  // captions drawn on Dark (the seed grid, image views)
  p.setColor(QPalette::Light, QColor(80, 80, 84));
  p.setColor(QPalette::Midlight, QColor(64, 64, 68));
  p.setColor(QPalette::Mid, QColor(38, 38, 40));
  p.setColor(QPalette::Dark, QColor(24, 24, 26));
  p.setColor(QPalette::Shadow, QColor(0, 0, 0));
  p.setColor(QPalette::Highlight, QColor(42, 122, 214));
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::Link, QColor(90, 170, 255));
  p.setColor(QPalette::LinkVisited, QColor(180, 140, 255));
  for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
    p.setColor(QPalette::Disabled, role, disabled);
  p.setColor(QPalette::Disabled, QPalette::Base, window);
  return p;
}

void setStyleAndPalette(const QString& styleName, const QPalette& palette) {
  if (QApplication::style()->name().compare(styleName, Qt::CaseInsensitive) != 0) QApplication::setStyle(styleName);
  QApplication::setPalette(palette);
}

void applyLook(ThemeChoice choice) {
  const SystemLook& system = systemLook();
  const bool dark = choice == ThemeChoice::Dark || (choice == ThemeChoice::System && systemPrefersDark());
  // A dark palette on a native style (Windows, macOS) leaves parts light: Fusion draws everything from it.
  if (dark)
    setStyleAndPalette(QStringLiteral("Fusion"), darkPalette());
  else if (!isDarkPalette(system.palette))
    setStyleAndPalette(system.styleName, system.palette);
  else
    setStyleAndPalette(QStringLiteral("Fusion"),
                       std::unique_ptr<QStyle>(QStyleFactory::create(QStringLiteral("Fusion")))->standardPalette());
}

const char* settingsValue(ThemeChoice choice) {
  switch (choice) {
    case ThemeChoice::Light: return "light";
    case ThemeChoice::Dark: return "dark";
    case ThemeChoice::System: break;
  }
  return "system";
}

}  // namespace

ThemeChoice savedThemeChoice() {
  const QString value = QSettings().value(settings_keys::kTheme).toString();
  if (value == QLatin1String("light")) return ThemeChoice::Light;
  if (value == QLatin1String("dark")) return ThemeChoice::Dark;
  return ThemeChoice::System;
}

void applyTheme(ThemeChoice choice) {
  systemLook();  // remembered before the first theme replaces it
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
  static const bool following = [] {
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
      if (savedThemeChoice() == ThemeChoice::System) applyLook(ThemeChoice::System);
    });
    return true;
  }();
  Q_UNUSED(following);
#endif
  QSettings().setValue(settings_keys::kTheme, QString::fromLatin1(settingsValue(choice)));
  applyLook(choice);
}

bool isDarkPalette(const QPalette& palette) {
  return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

void addThemeChoices(QMenu* menu) {
  auto* group = new QActionGroup(menu);
  const ThemeChoice saved = savedThemeChoice();
  const QList<QPair<ThemeChoice, QString>> choices{
      {ThemeChoice::System, QCoreApplication::translate("StudioTheme", "Follow the &system")},
      {ThemeChoice::Light, QCoreApplication::translate("StudioTheme", "&Light")},
      {ThemeChoice::Dark, QCoreApplication::translate("StudioTheme", "&Dark")}};
  for (const auto& [choice, text] : choices) {
    QAction* action = menu->addAction(text, menu, [choice = choice] { applyTheme(choice); });
    action->setObjectName(QStringLiteral("theme_%1").arg(QLatin1String(settingsValue(choice))));
    action->setCheckable(true);
    action->setChecked(choice == saved);
    group->addAction(action);
  }
}

}  // namespace widgets
}  // namespace fewshot
