// The studio's device picker: the CPU, the GPU, and where more than one CUDA device exists, "all N GPUs
// (N processes)", a data-parallel run (issue 16) that the studio trains through `fewshot train --nproc N`
// (bridge/training_process.h). A choice is a config "device" value: "cpu", "cuda", "cuda:N", or the
// device and process count as "cuda*N" / "cpu*N". Only the studio writes the "*N" form; config.json
// records the device alone.
#pragma once
#include <QString>
#include <QVariantList>

namespace fewshot {
namespace bridge {

struct DeviceChoice {
  QString device;     // cpu, cuda or cuda:N
  int processes = 1;  // > 1: one process per GPU (or CPU processes)
  bool valid = true;  // false: a "*N" suffix that is not a whole number from 2 to 256
};

DeviceChoice parseDeviceChoice(const QString& value);
QString deviceChoiceValue(const DeviceChoice& choice);

// The multi-process choices the picker offers on this machine besides the declared cpu and cuda, as
// {value, label} maps: cuda*N when N > 1 CUDA devices exist. FEWSHOT_STUDIO_CPU_PROCESSES=N (2 or more) adds
// cpu*N, the same path on the CPU (Gloo): how the tests drive it, and a way to try it without GPUs.
QVariantList processDeviceChoices();

}  // namespace bridge
}  // namespace fewshot
