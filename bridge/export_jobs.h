// The studio's export kinds mapped onto the core jobs (core/jobs), run synchronously on the calling
// (worker) thread. Private to the bridge's .cpp files: it includes core headers.
#pragma once
#include "bridge/export_bridge.h"
#include "core/jobs/job_support.h"
#include "core/models/family_registry.h"

namespace fewshot {
namespace bridge {

// Throws io::ExportCancelled when `progress` returns false, std::exception with a message naming the
// file and the problem otherwise. Never leaves a partial file at job.output.
jobs::JobOutcome runExportJob(const ExportJob& job, const io::ProgressFn& progress);

// The capability an export kind needs (Timelapse needs none: it reads the sample grids); false when none.
bool exportCapability(ExportJob::Kind kind, models::Capability* capability);

}  // namespace bridge
}  // namespace fewshot
