// Messages for users from exceptions: LibTorch's c10::Error appends a C++ stack trace to what(); the
// user sees only the message. (Code that catches c10::Error itself uses what_without_backtrace().)
#pragma once
#include <exception>
#include <string>

namespace fewshot::util {

// The message without a trailing "Exception raised from ... (most recent call first): frame #0 ..." part.
std::string withoutBacktrace(const std::string& message);
inline std::string errorText(const std::exception& e) { return withoutBacktrace(e.what()); }

}  // namespace fewshot::util
