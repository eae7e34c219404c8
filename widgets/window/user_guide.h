// Where the user guide (docs/user-guide.md, Korean: user-guide.ko.md) is on this machine: installed
// with the package (<prefix>/share/doc/fewshot-studio), else in the source tree the program was built from.
#pragma once
#include <QString>

namespace fewshot {
namespace widgets {

// The guide in `language` ("ko") when there is one, else the English guide; empty when neither is found.
QString userGuidePath(const QString& language);

}  // namespace widgets
}  // namespace fewshot
