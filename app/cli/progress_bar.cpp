#include "app/cli/progress_bar.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

namespace fewshot::cli {

std::string formatDuration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "--:--";
  const long s = std::lround(seconds);
  char text[32];
  if (s >= 3600) std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  else std::snprintf(text, sizeof text, "%02ld:%02ld", s / 60, s % 60);
  return text;
}

namespace {

// "2 processes, 5.1 + 5.0 img/s" (each rank's images per second, in rank order).
std::string rankThroughput(const std::map<std::string, double>& values, double worldSize) {
  const int ranks = static_cast<int>(worldSize);
  std::ostringstream text;
  text << ranks << " processes";
  for (int r = 0; r < ranks; ++r) {
    const auto it = values.find("rank_" + std::to_string(r) + "_images_per_second");
    if (it == values.end()) return text.str();
    char number[32];
    std::snprintf(number, sizeof number, "%.1f", it->second);
    text << (r == 0 ? ", " : " + ") << number;
  }
  text << " img/s";
  return text.str();
}

}  // namespace

ProgressBar::ProgressBar(bool interactive) : interactive_(interactive) {}

void ProgressBar::update(int64_t done, int64_t total, double itPerSecond, double etaSeconds,
                         const std::map<std::string, double>& values) {
  const double fraction = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
  const int percent = static_cast<int>(fraction * 100);
  std::ostringstream line;
  char rate[32];
  std::snprintf(rate, sizeof rate, itPerSecond >= 1 ? "%.1f it/s" : "%.2f s/it",
                itPerSecond >= 1 ? itPerSecond : 1.0 / std::max(itPerSecond, 1e-9));
  if (interactive_) {
    const int width = 28, filled = static_cast<int>(fraction * width);
    line << "\r[" << std::string(filled, '#') << std::string(width - filled, '-') << "] ";
  }
  line << percent << "% " << done << "/" << total << " | " << rate << " | ETA " << formatDuration(etaSeconds);
  char losses[96];
  auto get = [&](const char* k) { auto it = values.find(k); return it == values.end() ? 0.0 : it->second; };
  std::snprintf(losses, sizeof losses, " | D %.3f G %.3f", get("loss_d_real") + get("loss_d_fake"), get("loss_g"));
  if (values.count("loss_g")) line << losses;  // absent for non-training progress (fewshot eval)
  if (auto it = values.find("ada_p"); it != values.end()) {
    char ada[48];
    std::snprintf(ada, sizeof ada, " | p %.3f", it->second);
    line << ada;
  }
  if (auto it = values.find("world_size"); it != values.end()) line << " | " << rankThroughput(values, it->second);
  if (interactive_) {
    std::cerr << line.str() << "\033[K" << std::flush;
    barShown_ = true;
  } else if (percent / 5 != lastPercentPrinted_ / 5 || done == total) {
    lastPercentPrinted_ = percent;
    std::cerr << line.str() << "\n" << std::flush;
  }
}

void ProgressBar::message(const std::string& line) {
  if (interactive_ && barShown_) std::cerr << "\r\033[K";
  std::cerr << line << "\n" << std::flush;
}

void ProgressBar::finish() {
  if (interactive_ && barShown_) std::cerr << "\n";
  barShown_ = false;
}

}  // namespace fewshot::cli
