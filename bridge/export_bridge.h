// The studio's exports (sample grids, single images, interpolation videos, the training timelapse,
// latents as JSON, the EMA generator as a PyTorch file), one job at a time on a JobRunner, with
// progress, cancellation (nothing is left at the output path) and a result or a message naming the
// file and the problem. Jobs read the run's newest checkpoint and never touch a training session, so
// they work while the run trains. What a run's family cannot export is disabled with the family's reason
// (the registry's capabilities). Only Qt types here; the core stays in the .cpp files.
#pragma once
#include <QObject>
#include <QString>
#include <QVariantMap>

namespace fewshot {
namespace bridge {

struct ExportJob {
  enum class Kind { SampleGrid, SingleImages, InterpolationVideo, Timelapse, LatentsJson, PytorchGenerator };
  Kind kind = Kind::SampleGrid;
  QString runDir;
  QString output;  // a file; a folder for SingleImages

  QString seeds = QStringLiteral("0-15");  // "1,2,5-8": one image (or video key) per seed
  // Sample grid and single images.
  int columns = 0;     // 0: square
  int tileSize = 0;    // grid tiles resized to this many pixels (longer side); 0: the generator's size
  int padding = 2;
  int width = 0, height = 0;  // output size of families that render at any size; 0: the training size
  // Sampling of families with a latent vector.
  double latentScale = 1.0;   // z * scale (no mapping network, so not StyleGAN truncation)
  bool batchStatistics = true;  // BN mode: batch statistics (as the official samples) or running statistics
  quint64 noiseSeed = 0;
  // Interpolation video: either frames per segment or the total (totalFrames > 0 wins).
  int framesPerSegment = 24;
  int totalFrames = 0;
  bool slerp = false;
  bool loop = false;
  double fps = 24.0;  // video and timelapse
  int scale = 1;      // video and timelapse: integer nearest-neighbour upscaling (1..8)
};

class ExportBridge : public QObject {
  Q_OBJECT
 public:
  explicit ExportBridge(QObject* parent = nullptr);
  ~ExportBridge() override;  // cancels a job in flight and waits for it

  // What the Export tab needs to know about a run without loading a model (cheap: config.json and
  // folder listings): family, familyName, imageSize (0 when it depends on the data), unsupported
  // (capability name -> reason, as TrainingBridge::familyInfo), iteration (newest checkpoint, -1 without
  // one), samples (sample grids in samples/), imported.
  static QVariantMap inspectRun(const QString& runDir);
  // Empty when `kind` can be exported from the run `inspectRun` described, else the reason, for tooltips.
  static QString unavailableReason(const QVariantMap& runInfo, ExportJob::Kind kind);
  static bool canWriteVideo();  // MP4 (OpenCV) in this build; GIF always works
  // How MP4 files are encoded here, found by a tiny test write on first use (a fraction of a second):
  // "H.264 (avc1)", or the fallback codec with the reason. mp4IsH264() false: browsers may not play it.
  static QString mp4Encoding();
  static bool mp4IsH264();
  static int maxUpscale();  // largest upscaling factor of videos and GIFs
  // Total frames of an interpolation video for `keyCount` key seeds (the formula of interpolationPath).
  static int videoFrameCount(const ExportJob& job, int keyCount);
  // Seeds in a list such as "1,2,5-8" (spaces ignored), as the core parses it; -1 with `error` set when
  // the list is malformed.
  static int seedCount(const QString& list, QString* error = nullptr);
  // Checks the options that need no model (seed list, sizes, output path); empty when fine.
  static QString validate(const ExportJob& job);
  // Frame count and size of a written video as OpenCV decodes it: frames, width, height, fourcc (or error).
  static QVariantMap probeVideo(const QString& path);

  // Starts `job` on a worker; false (and nothing happens) while another job runs. Invalid jobs are
  // reported through failed(), asynchronously like every other outcome.
  bool start(const ExportJob& job);
  void cancel();
  bool busy() const;

 Q_SIGNALS:
  void started(const QString& output);
  void progress(int done, int total);
  void finished(const QString& path, const QString& summary);
  void failed(const QString& message);
  void cancelled();

 private:
  struct Private;
  Private* d_;
};

}  // namespace bridge
}  // namespace fewshot
