#include "bridge/export_bridge.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <memory>

#include "bridge/export_jobs.h"
#include "bridge/job_runner.h"
#include "bridge/qt_conversions.h"
#include "bridge/training_bridge.h"
#include "core/util/error_text.h"
#include "core/explore/animation_export.h"
#include "core/explore/latent_ops.h"
#include "core/io/video_codec.h"
#include "core/models/family_registry.h"
#include "core/train/checkpoint.h"
#include "core/train/run_directory.h"
#include "core/config/training_config.h"
#include "core/util/atomic_file.h"

namespace fewshot {
namespace bridge {

namespace {

using Kind = ExportJob::Kind;

QString kindName(Kind kind) {
  switch (kind) {
    case Kind::SampleGrid: return ExportBridge::tr("Sample grid");
    case Kind::SingleImages: return ExportBridge::tr("Single images");
    case Kind::InterpolationVideo: return ExportBridge::tr("Interpolation video");
    case Kind::Timelapse: return ExportBridge::tr("Training timelapse");
    case Kind::LatentsJson: return ExportBridge::tr("Latents JSON");
    case Kind::PytorchGenerator: return ExportBridge::tr("PyTorch generator");
  }
  return {};
}

// The core's encoding text in the studio's words (the core's English is the CLI's).
QString encodingText(const std::string& encoding) {
  if (encoding == "GIF") return ExportBridge::tr("GIF");
  const io::VideoCodec& codec = io::mp4Codec();
  if (encoding == io::mp4EncodingText(codec)) return ExportBridge::mp4Encoding();
  return toQString(encoding);
}

QString summarize(const ExportJob& job, const jobs::JobOutcome& o) {
  const QString from = o.iteration >= 0 ? ExportBridge::tr(", iteration %1").arg(o.iteration) : QString();
  switch (job.kind) {
    case Kind::SampleGrid:
      return ExportBridge::tr("%1 samples of %2×%3 px in a %4×%5 px grid%6")
          .arg(o.count).arg(o.tileWidth).arg(o.tileHeight).arg(o.width).arg(o.height).arg(from);
    case Kind::SingleImages:
      return ExportBridge::tr("%1 images of %2×%3 px%4").arg(o.count).arg(o.width).arg(o.height).arg(from);
    case Kind::InterpolationVideo:
      return ExportBridge::tr("%1 frames of %2×%3 px at %4 fps%5; %6")
          .arg(o.count).arg(o.width).arg(o.height).arg(job.fps).arg(from, encodingText(o.encoding));
    case Kind::Timelapse: {
      QString s = ExportBridge::tr("%1 sample grids of %2×%3 px at %4 fps (up to iteration %5)")
                      .arg(o.count).arg(o.width).arg(o.height).arg(job.fps).arg(o.iteration);
      if (o.skipped > 0) s += ExportBridge::tr("; %1 grids of another size skipped").arg(o.skipped);
      return s + QStringLiteral("; ") + encodingText(o.encoding);
    }
    case Kind::LatentsJson:
      return ExportBridge::tr("%1 latents of %2 values%3").arg(o.count).arg(o.latentSize).arg(from);
    case Kind::PytorchGenerator:
      if (toQString(o.path).endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive))
        return ExportBridge::tr("ONNX model of %1 nodes, %2 px generator%3").arg(o.count).arg(o.width).arg(from);
      return ExportBridge::tr("%1 tensors, %2 px generator%3; configuration in %4.json")
          .arg(o.count).arg(o.width).arg(from).arg(QFileInfo(toQString(o.path)).fileName());
  }
  return {};
}

}  // namespace

struct ExportBridge::Private {
  explicit Private(ExportBridge* owner) : runner(owner) {}
  bool running = false;  // from start() until the outcome is emitted
  JobRunner runner;
};

ExportBridge::ExportBridge(QObject* parent) : QObject(parent), d_(new Private(this)) {}

// The runner cancels a job in flight and waits for it.
ExportBridge::~ExportBridge() { delete d_; }

QVariantMap ExportBridge::inspectRun(const QString& runDir) {
  QVariantMap info;
  info["runDir"] = runDir;
  const train::RunDirectory run(runDir.toStdString());
  try {
    const train::TrainingConfig config =
        nlohmann::json::parse(util::readFileBytes(run.configPath())).get<train::TrainingConfig>();
    info["family"] = toQString(config.model);
    const models::FamilyDescriptor& family = models::family(config.model);
    info["familyName"] = toQString(family.displayName);
    info["imageSize"] = family.can(models::Capability::AnySize) ? 0 : config.imageSize();
    info["unsupported"] = TrainingBridge::familyInfo(toQString(config.model)).value("unsupported");
  } catch (const std::exception& e) {
    info["error"] = tr("%1 is not a readable run: %2").arg(runDir, toQString(util::errorText(e)));
    return info;
  }
  const auto checkpoints = train::listCheckpoints(run);
  qint64 iteration = -1;
  if (!checkpoints.empty()) {
    const QString name = QFileInfo(toQString(checkpoints.back())).completeBaseName();  // ckpt_<n>
    iteration = name.mid(5).toLongLong();
  }
  info["iteration"] = iteration;
  info["samples"] = static_cast<int>(explore::listSampleHistory(runDir.toStdString()).size());
  info["imported"] = QFileInfo::exists(runDir + QStringLiteral("/import.json"));
  return info;
}

QString ExportBridge::unavailableReason(const QVariantMap& info, Kind kind) {
  if (info.isEmpty() || info.value("runDir").toString().isEmpty()) return tr("Open a run first.");
  if (info.contains("error")) return info.value("error").toString();
  if (kind == Kind::Timelapse) {
    if (info.value("samples").toInt() > 0) return {};
    return info.value("imported").toBool() ? tr("An imported model has no training history (samples/iter_*.png).")
                                           : tr("The run has no sample grids (samples/iter_*.png) yet.");
  }
  // What the family cannot do, with its reason (core/models/<family>/<family>_family.cpp).
  const QVariantMap unsupported = info.value("unsupported").toMap();
  models::Capability needed;
  if (exportCapability(kind, &needed)) {
    const QString reason = unsupported.value(QString::fromLatin1(models::capabilityName(needed))).toString();
    // The generator kind writes PyTorch or ONNX: it is available when either format is.
    const bool onnxInstead =
        kind == Kind::PytorchGenerator &&
        !unsupported.contains(QString::fromLatin1(models::capabilityName(models::Capability::OnnxExport)));
    if (!reason.isEmpty() && !onnxInstead) return reason;
  }
  if (kind == Kind::LatentsJson) return {};  // latents need no checkpoint beyond nz, checked when exporting
  if (info.value("iteration").toLongLong() < 0) return tr("The run has no checkpoint yet.");
  return {};
}

bool ExportBridge::canWriteVideo() { return io::canWriteVideo(); }

QString ExportBridge::mp4Encoding() {
  const io::VideoCodec& codec = io::mp4Codec();
  if (codec.h264) return tr("H.264 (%1)").arg(toQString(codec.fourcc));
  if (codec.fourcc.empty()) return tr("no MP4 encoder on this system");
  return tr("MPEG-4 Part 2 (%1): this system's OpenCV/FFmpeg cannot write H.264, so browsers and video sites "
            "may not play it")
      .arg(toQString(codec.fourcc));
}

bool ExportBridge::mp4IsH264() { return io::mp4Codec().h264; }

int ExportBridge::maxUpscale() { return io::kMaxAnimationScale; }

int ExportBridge::videoFrameCount(const ExportJob& job, int keyCount) {
  if (job.totalFrames > 0) return job.totalFrames;
  // interpolationPath spaces frames evenly: with a loop, `segments` equal parts ending one step before
  // the first key; without, the last frame is exactly the last key.
  const int segments = job.loop ? keyCount : keyCount - 1;
  return std::max(2, job.framesPerSegment * std::max(1, segments) + (job.loop ? 0 : 1));
}

int ExportBridge::seedCount(const QString& list, QString* error) {
  try {
    return static_cast<int>(explore::parseSeedList(QString(list).remove(QLatin1Char(' ')).toStdString()).size());
  } catch (const std::exception& e) {
    if (error) *error = toQString(util::errorText(e));
    return -1;
  }
}

QString ExportBridge::validate(const ExportJob& job) {
  if (job.runDir.isEmpty()) return tr("Open a run first.");
  if (job.output.trimmed().isEmpty()) return tr("Choose where to write the export.");
  const QString suffix = QFileInfo(job.output).suffix().toLower();
  const bool needsSeeds = job.kind == Kind::SampleGrid || job.kind == Kind::SingleImages ||
                          job.kind == Kind::InterpolationVideo || job.kind == Kind::LatentsJson;
  if (needsSeeds) {
    QString error;
    const int seeds = seedCount(job.seeds, &error);
    if (seeds < 0) return tr("Seeds: %1").arg(error);
    if (seeds == 0) return tr("Give at least one seed.");
    if (seeds > 1024) return tr("At most 1024 seeds per export (%1 given).").arg(seeds);
    if (job.kind == Kind::InterpolationVideo && seeds < 2)
      return tr("An interpolation video needs at least two key seeds.");
  }
  switch (job.kind) {
    case Kind::SampleGrid:
      if (suffix != QLatin1String("png")) return tr("%1: a sample grid is written as a .png file.").arg(job.output);
      if (job.padding < 0 || job.padding > 256) return tr("Padding must be between 0 and 256 pixels.");
      if (job.tileSize < 0 || job.tileSize > 4096) return tr("The image size must be between 1 and 4096 pixels.");
      break;
    case Kind::SingleImages:
      if (QFileInfo(job.output).isFile()) return tr("%1 is a file; single images go into a folder.").arg(job.output);
      break;
    case Kind::InterpolationVideo:
    case Kind::Timelapse:
      if (suffix != QLatin1String("gif") && suffix != QLatin1String("mp4") && suffix != QLatin1String("avi"))
        return tr("%1: choose a .mp4 or .gif file.").arg(job.output);
      if (suffix != QLatin1String("gif") && !io::canWriteVideo())
        return tr("This build has no OpenCV, so it cannot write %1; choose a .gif file.").arg(job.output);
      if (!(job.fps > 0 && job.fps <= 240)) return tr("Frames per second must be between 0 and 240.");
      if (job.scale < 1 || job.scale > io::kMaxAnimationScale)
        return tr("The upscaling factor must be between 1 and %1.").arg(io::kMaxAnimationScale);
      break;
    case Kind::LatentsJson:
      if (suffix != QLatin1String("json")) return tr("%1: latents are written as a .json file.").arg(job.output);
      break;
    case Kind::PytorchGenerator:
      if (suffix != QLatin1String("pth") && suffix != QLatin1String("pt") && suffix != QLatin1String("onnx"))
        return tr("%1: the generator is written as a .pth (PyTorch) or .onnx (ONNX) file.").arg(job.output);
      break;
  }
  if (job.kind == Kind::InterpolationVideo) {
    if (job.totalFrames < 0 || job.totalFrames > 100000) return tr("Total frames must be between 2 and 100000.");
    if (job.totalFrames == 0 && (job.framesPerSegment < 1 || job.framesPerSegment > 10000))
      return tr("Frames per segment must be between 1 and 10000.");
    if (!(job.latentScale >= 0 && job.latentScale <= 10)) return tr("The latent scale must be between 0 and 10.");
  }
  if ((job.width != 0 || job.height != 0) && (job.width < 8 || job.height < 8 || job.width > 4096 || job.height > 4096))
    return tr("The output size must be between 8 and 4096 pixels on each side.");
  return {};
}

QVariantMap ExportBridge::probeVideo(const QString& path) {
  QVariantMap result;
  try {
    const io::VideoProbe probe = io::probeVideo(path.toStdString());
    result["frames"] = probe.frames;
    result["width"] = probe.width;
    result["height"] = probe.height;
    result["fourcc"] = toQString(probe.fourcc);
  } catch (const std::exception& e) {
    result["error"] = toQString(util::errorText(e));
  }
  return result;
}

bool ExportBridge::busy() const { return d_->running; }

void ExportBridge::cancel() { d_->runner.cancel(); }

bool ExportBridge::start(const ExportJob& job) {
  if (busy()) return false;
  d_->running = true;
  const QString invalid = validate(job);
  const QString what = kindName(job.kind);
  Private* d = d_;
  d_->runner.submit([this, d, job, invalid, what](const JobRunner::Job& worker) -> std::function<void()> {
    if (!invalid.isEmpty()) {
      const QString message = tr("%1: %2").arg(what, invalid);
      return [this, d, message] {
        d->running = false;
        Q_EMIT failed(message);
      };
    }
    const io::ProgressFn progressFn = [this, &worker](int done, int total) {
      worker.post([this, done, total] { Q_EMIT progress(done, total); });
      return !worker.cancelled();
    };
    try {
      const jobs::JobOutcome outcome = runExportJob(job, progressFn);
      const QString path = toQString(outcome.path), summary = summarize(job, outcome);
      return [this, d, path, summary] {
        d->running = false;
        Q_EMIT finished(path, summary);
      };
    } catch (const io::ExportCancelled&) {
      return [this, d] {
        d->running = false;
        Q_EMIT cancelled();
      };
    } catch (const std::exception& e) {
      const QString message = tr("%1 to %2 failed: %3").arg(what, job.output, toQString(util::errorText(e)));
      return [this, d, message] {
        d->running = false;
        Q_EMIT failed(message);
      };
    }
  });
  Q_EMIT started(job.output);
  return true;
}

}  // namespace bridge
}  // namespace fewshot
