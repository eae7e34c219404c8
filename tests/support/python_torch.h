// Runs Debian's python3-torch (/usr/bin/python3) for reference computations; tests QSKIP when it
// is absent.
#pragma once
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdlib>
#include <string>

namespace fewshot::testing {

inline QString pythonWithTorch() {
  const char* env = std::getenv("FEWSHOT_PYTHON_TORCH");
  const QString python = env ? QString(env) : QStringLiteral("/usr/bin/python3");
  QProcess p;
  p.start(python, {"-c", "import torch"});
  if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) return {};
  return python;
}

inline std::string referenceScript() {
  const char* src = std::getenv("FEWSHOT_SOURCE_DIR");
  return std::string(src ? src : ".") + "/tests/support/fastgan_reference.py";
}

// Runs the reference script; returns "" on success, else the script's output.
inline QString runReference(const QString& python, const QStringList& args) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(python, QStringList{QString::fromStdString(referenceScript())} + args);
  if (!p.waitForFinished(300000)) return "timed out";
  if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) return QString::fromUtf8(p.readAll());
  return {};
}

}  // namespace fewshot::testing
