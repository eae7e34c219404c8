// Entry points of the `fewshot` sub-commands. Each takes the arguments after its own name and
// returns the process exit code: 0 ok, 1 failure, 2 usage error.
#pragma once
#include <string>
#include <vector>

namespace fewshot::cli {

using Args = std::vector<std::string>;

int runTrainCommand(const Args& args);
int runSampleCommand(const Args& args);         // every family (images, grids, any size where it can)
int runBenchCommand(const Args& args);
int runDatasetCommand(const Args& args);        // dispatches `check` and `sample`
int runDatasetSampleCommand(const Args& args);  // `fewshot dataset sample DIR`
int runEvalCommand(const Args& args);           // offline FD/KID (FID/KID with --inception)
int runHarmonizeCommand(const Args& args);      // ConSinGAN harmonization / editing
int runConSinGanBench(const Args& args);        // `fewshot bench consingan`
int runMixCommand(const Args& args);
int runInterpolateCommand(const Args& args);
int runExportCommand(const Args& args);
int runImportCommand(const Args& args);
int runTimelapseCommand(const Args& args);
int runTensorBoardCommand(const Args& args);    // TensorBoard event files of an existing run
int runWeightsCommand(const Args& args);        // dispatches `fetch` and `status`

}  // namespace fewshot::cli
