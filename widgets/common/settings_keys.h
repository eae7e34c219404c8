// Every key the studio keeps in QSettings, in one place: what each holds and who writes it. The
// organisation and application names are set by app/studio/main.cpp.
#pragma once

namespace fewshot {
namespace widgets {
namespace settings_keys {

// The main window (window/main_window.cpp).
inline constexpr const char kWindowGeometry[] = "window/geometry";
inline constexpr const char kWindowState[] = "window/state";       // docks and toolbars
inline constexpr const char kWindowTab[] = "window/tab";           // the tab shown last
inline constexpr const char kLanguage[] = "language";              // "en", "ko"; empty: the system's
inline constexpr const char kLastFolder[] = "lastFolder";          // File > Open folder starts here
inline constexpr const char kRecentRuns[] = "recentRuns";          // the sidebar's runs, newest first
inline constexpr const char kRecentDatasets[] = "recentDatasets";  // the sidebar's datasets, newest first
// View > Theme (window/studio_theme.cpp, applied by app/studio/main.cpp at start).
inline constexpr const char kTheme[] = "view/theme";  // "system" (default), "light", "dark"

// The Dataset tab (dataset/dataset_tab.cpp).
inline constexpr const char kDatasetRecent[] = "dataset/recent";  // the path box and the first-run page
inline constexpr const char kDatasetLastPath[] = "dataset/lastPath";
inline constexpr const char kDatasetResize[] = "dataset/resize";          // crop, pad, stretch
inline constexpr const char kDatasetResampling[] = "dataset/resampling";  // area, bilinear
inline constexpr const char kDatasetBackground[] = "dataset/background";  // RRGGBB

// The Train tab (window/main_window.cpp saves the panel; train/long_run_notice.cpp reads its limit).
inline constexpr const char kTrainConfig[] = "train/config";              // the settings shown, as a map
inline constexpr const char kTrainAdvanced[] = "train/advanced";          // Advanced options expanded
inline constexpr const char kTrainLongRunHours[] = "train/longRunHours";  // default 12; 0: never warn
// The Train tab's views (train/train_views.cpp): the splitters between the sample grid and the plots.
inline constexpr const char kTrainViewsLayout[] = "train/viewsLayout";
// A plot's remembered choices (train/series_plot_interaction.cpp): plots/<plot>/logScale (bool) and
// plots/<plot>/hidden (the keys of the series hidden from its legend).
inline constexpr const char kPlotChoicesPrefix[] = "plots/";

// The Explore tab (explore/seed_bookmarks.cpp).
inline constexpr const char kSeedBookmarks[] = "explore/seedBookmarks";  // run folder -> bookmarked seeds

// The Export tab (export/export_tab.cpp) and the weights notice (window/weights_notice.cpp).
inline constexpr const char kExportLastFolder[] = "export/lastFolder";
inline constexpr const char kWeightsNoticeHidden[] = "weightsNotice/hidden";

}  // namespace settings_keys
}  // namespace widgets
}  // namespace fewshot
