#include "bridge/device_choice.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <torch/cuda.h>

namespace fewshot {
namespace bridge {

DeviceChoice parseDeviceChoice(const QString& value) {
  const qsizetype star = value.indexOf(QLatin1Char('*'));
  if (star < 0) return {value.trimmed(), 1, true};
  bool ok = false;
  const int processes = value.mid(star + 1).trimmed().toInt(&ok);
  DeviceChoice choice{value.left(star).trimmed(), processes, ok && processes >= 2 && processes <= 256};
  return choice;
}

QString deviceChoiceValue(const DeviceChoice& choice) {
  return choice.processes > 1 ? choice.device + QLatin1Char('*') + QString::number(choice.processes) : choice.device;
}

QVariantList processDeviceChoices() {
  QVariantList out;
  const int gpus = torch::cuda::is_available() ? static_cast<int>(torch::cuda::device_count()) : 0;
  if (gpus > 1)
    out.append(QVariantMap{
        {"value", deviceChoiceValue({"cuda", gpus})},
        {"label", QCoreApplication::translate("DeviceChoice", "All %n GPUs (%n processes)", nullptr, gpus)}});
  const int cpuProcesses = qEnvironmentVariableIntValue("FEWSHOT_STUDIO_CPU_PROCESSES");
  if (cpuProcesses >= 2 && cpuProcesses <= 256)
    out.append(QVariantMap{
        {"value", deviceChoiceValue({"cpu", cpuProcesses})},
        {"label", QCoreApplication::translate("DeviceChoice", "CPU in %n processes", nullptr, cpuProcesses)}});
  return out;
}

}  // namespace bridge
}  // namespace fewshot
