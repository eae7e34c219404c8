// The Export tab: sample grids, single images, interpolation and loop videos (MP4, GIF), the
// training timelapse, latents as JSON and the generator as a PyTorch file. A list of kinds (those
// the run's family cannot do are disabled, the tooltip says why), a form per kind, the output path
// (default RUN/exports/..., named after the options and the iteration, never an existing file's name),
// Export (Ctrl+Return; it asks before replacing a file), progress with the time left and Cancel (Esc).
// Jobs run on the ExportBridge's worker and read the newest checkpoint, so they work while training.
#pragma once
#include <QString>
#include <QVariantMap>
#include <QVector>
#include <QWidget>

#include "bridge/export_bridge.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace fewshot {
namespace widgets {

class ExportForm;
class ExportProgressPanel;

class ExportTab : public QWidget {
  Q_OBJECT
 public:
  using Kind = bridge::ExportJob::Kind;
  explicit ExportTab(QWidget* parent = nullptr);
  void setRun(const QString& runDir);
  QString run() const { return runDir_; }
  // Training wrote a newer checkpoint of the run shown.
  void checkpointSaved(qint64 iteration);

  // Selects the page of `kind`; false when the run cannot do it.
  bool selectKind(Kind kind);
  // Single images of these seeds ("3,7,12", from the explorer); false when the run cannot render them.
  bool useSeeds(const QString& seeds);
  Kind currentKind() const;
  bool kindEnabled(Kind kind) const;
  QString kindToolTip(Kind kind) const;
  QString outputPath() const;
  void setOutputPath(const QString& path);  // as if typed by the user
  ExportForm* form(Kind kind) const;
  bridge::ExportBridge* exportBridge() const { return bridge_; }
  QString resultText() const;

  void startExport();  // the Export button
  void cancelExport();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void refreshRun();
  void updateKinds();
  void onKindChanged();
  void updateDefaultOutput(bool kindChanged);
  void propose(const QString& path);
  // Asks before an export replaces an existing file (or writes into a folder with files); true to go on.
  bool confirmOverwrite(const QString& output, bool folder);
  void browse();
  void setBusy(bool busy);
  QString exportsDir() const;

  QString runDir_;
  QVariantMap info_;
  bridge::ExportBridge* bridge_;
  QLabel* header_;
  QListWidget* kinds_;
  QStackedWidget* forms_;
  QVector<ExportForm*> formList_;
  QLineEdit* output_;
  QPushButton* browse_;
  QPushButton* export_;
  ExportProgressPanel* progress_;
  bool outputEdited_ = false;
  QString lastDefaultName_;  // the file name last proposed (followed while the user keeps it)
  QString confirmedOutput_;  // chosen in a save dialog, which already asked about replacing it
  bool busy_ = false;
};

}  // namespace widgets
}  // namespace fewshot
