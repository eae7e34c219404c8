// One kind of export's options (a page of the Export tab): fills an ExportJob and proposes a file
// name inside RUN/exports. Subclasses: ExportImageForm (grid, single images), ExportVideoForm,
// ExportTimelapseForm, ExportLatentsForm, ExportModelForm.
#pragma once
#include <QString>
#include <QVariantMap>
#include <QWidget>

#include "bridge/export_bridge.h"

class QComboBox;

namespace fewshot {
namespace widgets {

class ExportForm : public QWidget {
  Q_OBJECT
 public:
  using Kind = bridge::ExportJob::Kind;
  explicit ExportForm(Kind kind, QWidget* parent = nullptr) : QWidget(parent), kind_(kind) {}
  Kind kind() const { return kind_; }

  virtual void applyTo(bridge::ExportJob& job) const = 0;
  // File (or folder) name for RUN/exports; changes with the options (seeds, format).
  virtual QString defaultName() const = 0;
  virtual bool outputIsFolder() const { return false; }
  // "png", "gif", ... (empty for a folder); the output path's extension follows it.
  virtual QString suffix() const = 0;
  virtual QString fileFilter() const = 0;
  // The run shown (ExportBridge::inspectRun): options its family has show, the others hide.
  virtual void setRunInfo(const QVariantMap& info) { info_ = info; }
  // The user typed or picked `path`: forms with a format choice follow its extension.
  virtual void outputChosen(const QString& path) { (void)path; }

 Q_SIGNALS:
  void changed();

 protected:
  // A run is shown and its family can do `capability` ("latents-json", "any-size", ...: the names of
  // TrainingBridge::familyInfo's "unsupported").
  bool runCan(const char* capability) const {
    return info_.contains(QStringLiteral("family")) &&
           !info_.value(QStringLiteral("unsupported")).toMap().contains(QLatin1String(capability));
  }

  QVariantMap info_;

 private:
  Kind kind_;
};

// "1,5,9" -> "1_5_9" for file names; long lists are shortened.
QString seedsForFileName(const QString& seeds);
// MP4 (when the build can write it; the entry names the codec found on this system) and GIF, for the
// animation forms.
QComboBox* createAnimationFormatCombo(QWidget* parent = nullptr);
// Output size of videos and GIFs: ×1 .. ×8 nearest-neighbour upscaling (item data: the factor).
QComboBox* createUpscaleCombo(QWidget* parent = nullptr);
// Labels the factors with the resulting size ("×4 (256×256 px)"); an empty `frame` shows factors only.
void labelUpscaleCombo(QComboBox* combo, QSize frame);
// `path` when nothing is there, else the first free "NAME-2.EXT", "NAME-3.EXT", ... (folders: "NAME-2").
QString availableOutputPath(const QString& path);
// "_x4" for file names when upscaled, else empty.
QString upscaleForFileName(int factor);
// "_it1200" for file names when the run has a checkpoint (ExportBridge::inspectRun's "iteration").
QString iterationForFileName(const QVariantMap& runInfo);
// Selects the combo entry for `path`'s extension without emitting; false when it has none.
bool selectFormatForPath(QComboBox* combo, const QString& path);

}  // namespace widgets
}  // namespace fewshot
