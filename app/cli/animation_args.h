// Options shared by the commands that write an animation (interpolate, timelapse): the integer upscaling
// factor, the refusal to replace an existing file without --overwrite, and the "Wrote ..." line that
// says which codec was used.
#pragma once
#include <string>

#include "app/cli/arg_parser.h"
#include "core/jobs/job_support.h"

namespace fewshot::cli {

void addAnimationOptions(ArgParser& p);
// --upscale, checked (1..8); UsageError otherwise.
int upscaleFactor(const ArgParser& p);
// UsageError when --out names an existing file and --overwrite is not given (checked before any model work).
void refuseOverwrite(const ArgParser& p);
// "Wrote 9 frames (256x256 px, H.264 (avc1)) to PATH" on stderr.
void printAnimationWritten(const jobs::JobOutcome& result);

}  // namespace fewshot::cli
