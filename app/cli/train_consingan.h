// The ConSinGAN part of `fewshot train`: its options, presets and run summary.
#pragma once
#include "app/cli/arg_parser.h"
#include "core/data/dataset_pack.h"
#include "core/train/training_config.h"

namespace fewshot::cli {

void addConSinGanTrainOptions(ArgParser& parser);
// --model consingan: preset "demo" unless --preset is given; --iters defaults to stages x --stage-iters.
train::TrainingConfig conSinGanConfigFromArgs(const ArgParser& args);
void printConSinGanRunSummary(const train::TrainingConfig& config, const data::DatasetPack& pack);

}  // namespace fewshot::cli
