// Seeds worth keeping, per run (the explorer's Bookmarks tab): "Bookmark" keeps the seed shown, a click on a
// bookmark shows it again, "Save image…" writes the image shown as a PNG, and "Send to Export" hands the bookmarked
// seeds (or the seed shown, when there are none) to the Export tab's single images. Bookmarks are kept in
// the studio's settings, keyed by the run folder, so they outlive the session without touching the run.
#pragma once
#include <QList>
#include <QString>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace fewshot {
namespace widgets {

class SeedBookmarks : public QWidget {
  Q_OBJECT
 public:
  explicit SeedBookmarks(QWidget* parent = nullptr);

  void setRun(const QString& runDir);
  void setCurrentSeed(qint64 seed);  // the seed the explorer shows
  qint64 currentSeed() const { return current_; }
  QList<qint64> bookmarks() const { return seeds_; }  // ascending
  void add(qint64 seed);
  void remove(qint64 seed);
  // "3,7,12": the bookmarks, or the seed shown when there are none.
  QString seedsForExport() const;

 Q_SIGNALS:
  void seedChosen(qint64 seed);  // a bookmark was clicked
  void saveImageRequested();
  void sendToExport(const QString& seeds);

 private:
  void store() const;
  void refresh();

  QString runDir_;
  qint64 current_ = 0;
  QList<qint64> seeds_;
  QListWidget* list_ = nullptr;
  QPushButton* add_ = nullptr;
  QPushButton* remove_ = nullptr;
  QPushButton* save_ = nullptr;
  QPushButton* send_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
