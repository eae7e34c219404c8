// Marks the English words of settings, presets and families for translation without Qt: the macro
// leaves the text as it is, and Qt's lupdate collects it as QT_TRANSLATE_NOOP (translations/CMakeLists.txt
// passes -tr-function-alias), so the studio can translate the text it is handed at run time.
#pragma once

#define FEWSHOT_TEXT(context, text) text
