// Laying words out in lines that fit a terminal's width.

#include "sepa/text.hpp"

#include <algorithm>
#include <array>

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

namespace {

// Columns a piece of printed text takes: colour escapes (ESC [ … letter) take none.
std::size_t printed_width(std::string_view text)
{
  if (text.find('\x1b') == std::string_view::npos) {
    return display_width(text);
  }
  std::string plain;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
      i += 2;
      while (i < text.size() && !(text[i] >= 0x40 && text[i] <= 0x7E)) {
        ++i;
      }
      continue;
    }
    plain += text[i];
  }
  return display_width(plain);
}

// The longest start of `word` (whole code points) that fits `room` columns, at least one.
std::size_t fitting_bytes(std::string_view word, std::size_t room)
{
  std::size_t best = 0;
  for (std::size_t end = 1; end <= word.size(); ++end) {
    const bool boundary =
      end == word.size() || (static_cast<unsigned char>(word[end]) & 0xC0) != 0x80;
    if (!boundary) {
      continue;
    }
    if (best > 0 && printed_width(word.substr(0, end)) > room) {
      break;
    }
    best = end;
  }
  return best;
}

// A label ("sepa: error: ", "Recorded: ") at most this many bytes long hangs what follows it.
constexpr std::size_t k_label = 16;

bool is_bullet(std::string_view word)
{
  static constexpr std::array<std::string_view, 7> k_bullets{"•", "*", "-", "▸", "✓", "+", ">"};
  return std::find(k_bullets.begin(), k_bullets.end(), word) != k_bullets.end();
}

// Where continuation lines start: under the last column of a table-like line, after a bullet,
// or at the line's own indent; never so far right that little room is left.
std::size_t hanging_indent(std::string_view line, std::size_t width)
{
  const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
  std::size_t hang = indent;
  if (const std::size_t gap = line.rfind("  "); gap != std::string_view::npos && gap > indent) {
    const std::size_t column_start = line.find_first_not_of(' ', gap);
    if (column_start != std::string_view::npos) {
      hang = printed_width(line.substr(0, column_start));
    }
  } else if (const std::size_t space = line.find(' ', indent);
             space != std::string_view::npos && is_bullet(line.substr(indent, space - indent))) {
    hang = printed_width(line.substr(0, space + 1));
  } else if (const std::size_t label = line.substr(0, indent + k_label).rfind(": ");
             label != std::string_view::npos && label > indent) {
    hang = printed_width(line.substr(0, label + 2)); // "sepa: hint: ", "Recorded: "
  }
  if (hang > width / 2) {
    hang = indent > width / 2 ? 0 : indent;
  }
  return hang;
}

} // namespace

std::string fit_line(std::string_view line, std::size_t width)
{
  if (width == 0 || line.size() <= width || line.find('\r') != std::string_view::npos ||
      printed_width(line) <= width) {
    return std::string(line);
  }
  const std::size_t hang = hanging_indent(line, width);
  const std::size_t leading = std::min(line.find_first_not_of(' '), line.size());
  const std::size_t indent = leading <= width / 2 ? leading : 0; // never wider than the screen
  std::string out(indent, ' ');
  std::size_t used = indent;
  bool line_empty = true;
  std::size_t pos = leading;
  while (pos < line.size()) {
    const std::size_t start = std::min(line.find_first_not_of(' ', pos), line.size());
    if (start == line.size()) {
      break;
    }
    const std::size_t gap = start - pos;
    const std::size_t end = std::min(line.find(' ', start), line.size());
    std::string_view word = line.substr(start, end - start);
    pos = end;
    std::size_t w = printed_width(word);
    if (!line_empty && used + gap + w > width) {
      // A word too wide to hang (a long path) starts its own line at the left edge instead.
      const std::size_t pad = w > width - hang ? 0 : hang;
      out += '\n';
      out.append(pad, ' ');
      used = pad;
      line_empty = true;
    }
    if (!line_empty) {
      out.append(gap, ' ');
      used += gap;
    }
    // A word wider than a whole line is cut where the line ends; nothing else is.
    while (used + w > width) {
      const std::size_t n = fitting_bytes(word, width - used);
      if (used > 0 && printed_width(word.substr(0, n)) > width - used) {
        out += '\n'; // not even one character fits after the indent: start at the edge
        used = 0;
        continue;
      }
      out += word.substr(0, n);
      out += '\n';
      word.remove_prefix(n);
      w = printed_width(word);
      used = 0;
    }
    out += word;
    used += w;
    line_empty = false;
  }
  return out;
}

} // namespace sepa
