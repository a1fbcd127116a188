#pragma once
// Whether output says something, however the terminal layout wrapped it: sepa lays every line
// out to the width (80 columns without a terminal), so a sentence a test looks for may run over
// a line break and the indent after it.

#include <string>
#include <string_view>

namespace sepa::test {

// The text with each line break, and the spaces around it, read as one space.
inline std::string unwrapped(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') {
      out += text[i];
      continue;
    }
    while (!out.empty() && out.back() == ' ') {
      out.pop_back();
    }
    while (i + 1 < text.size() &&
           (text[i + 1] == ' ' || text[i + 1] == '\r' || text[i + 1] == '\n')) {
      ++i;
    }
    out += ' ';
  }
  return out;
}

inline bool has(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos || unwrapped(text).find(part) != std::string::npos;
}

} // namespace sepa::test
