#pragma once

#include <QtGlobal>

// The x86 vector loops behind agi::base64::decode. Each decodes whole blocks while at least
// `minRemaining` characters are left, stops before the first block holding a character outside
// the alphabet (the scalar code then finds its exact offset) and returns the characters consumed.
// Vector stores are wider than the bytes they produce; the loops stop early enough that they never
// write past the data a successful decode of `length` characters yields.
namespace agi::base64::detail {

#if defined(__x86_64__) || defined(__i386__)
#define AGI_BASE64_X86 1
bool cpuHasSsse3();
bool cpuHasAvx2();
qsizetype decodeBlocksSsse3(const char *in, qsizetype length, char *out);
qsizetype decodeBlocksAvx2(const char *in, qsizetype length, char *out);
#endif

} // namespace agi::base64::detail
