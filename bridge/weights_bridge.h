// The pretrained EfficientNet-Lite0 weights for the studio: whether they are installed, and fetching them
// (core/features/weights_fetch, the same as `fewshot weights fetch`) on a worker thread with the step
// reported as it goes. Only Qt types here.
#pragma once
#include <QObject>
#include <QString>

namespace fewshot {
namespace bridge {

class WeightsBridge : public QObject {
  Q_OBJECT
 public:
  explicit WeightsBridge(QObject* parent = nullptr);
  ~WeightsBridge() override;  // waits for a fetch in flight

  static bool weightsReady();        // the converted archive is present and matches its checksum
  static QString weightsDirectory();
  bool isFetching() const;
  // The Python interpreter with pip and torch that the fetch uses (tests point it elsewhere).
  void setPython(const QString& python);

 public Q_SLOTS:
  void fetch();

 Q_SIGNALS:
  void step(int index, int count, const QString& sentence);
  // ok: `message` is the installed file; otherwise it says what failed and what to do.
  void finished(bool ok, const QString& message);

 private:
  struct Private;
  Private* d_;
};

}  // namespace bridge
}  // namespace fewshot
