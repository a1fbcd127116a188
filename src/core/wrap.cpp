// Laying words out in lines that fit a terminal's width.

#include "sepa/text.hpp"

#include <algorithm>

namespace sepa {

std::string wrap(std::string_view text, std::size_t width, std::string_view lead)
{
  const std::size_t indent = display_width(lead);
  const std::string pad(indent, ' ');
  std::string out(lead);
  std::size_t used = indent;
  bool line_empty = true;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t space = std::min(text.find(' ', pos), text.size());
    const std::string_view word = text.substr(pos, space - pos);
    pos = space + 1;
    if (word.empty()) {
      continue;
    }
    const std::size_t w = display_width(word);
    if (!line_empty && used + 1 + w > width) {
      out += '\n';
      out += pad;
      used = indent;
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++used;
    }
    out += word;
    used += w;
    line_empty = false;
  }
  return out + '\n';
}

} // namespace sepa
