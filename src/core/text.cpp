#include "sepa/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <utf8proc.h>
#include <utility>

namespace sepa {

namespace {

// Decodes one code point at `pos`; returns it and its length, or {U+FFFD, 1} for a bad byte.
std::pair<char32_t, std::size_t> decode(std::string_view s, std::size_t pos)
{
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    return {b0, 1};
  }
  std::size_t len = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    return {0xFFFD, 1};
  }
  if (pos + len > s.size()) {
    return {0xFFFD, 1};
  }
  for (std::size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) {
      return {0xFFFD, 1};
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr std::array<char32_t, 5> k_min{0, 0, 0x80, 0x800, 0x10000};
  if (cp < k_min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return {0xFFFD, 1};
  }
  return {cp, len};
}

void encode(char32_t cp, std::string& out)
{
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool regional_indicator(char32_t cp)
{
  return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

// The columns one grapheme cluster takes, from its first code point's width in the Unicode data
// (libutf8proc), widened to two by an emoji presentation selector or a second regional indicator
// (a flag). A zero-width joiner sequence or a skin tone is one cluster, as wide as its base.
class ClusterWidth {
public:
  void add(char32_t cp)
  {
    if (m_count++ == 0) {
      m_first = cp;
      m_width = static_cast<std::size_t>(std::max(0, utf8proc_charwidth(to_int32(cp))));
    } else if (cp == 0xFE0F || (regional_indicator(cp) && regional_indicator(m_first))) {
      m_width = 2;
    }
  }
  std::size_t width() const { return m_width; }

private:
  static utf8proc_int32_t to_int32(char32_t cp) { return static_cast<utf8proc_int32_t>(cp); }

  std::size_t m_count = 0;
  char32_t m_first = 0;
  std::size_t m_width = 0;
};

// Calls f(bytes, width) for each grapheme cluster of neutralised text, in order.
template <class F> void each_cluster(std::string_view s, F&& f)
{
  utf8proc_int32_t state = 0;
  std::size_t start = 0;
  char32_t previous = 0;
  ClusterWidth cluster;
  for (std::size_t pos = 0; pos < s.size();) {
    const auto [cp, len] = decode(s, pos);
    if (pos > 0 && utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(previous),
                                                    static_cast<utf8proc_int32_t>(cp), &state)) {
      f(s.substr(start, pos - start), cluster.width());
      cluster = ClusterWidth{};
      start = pos;
    }
    cluster.add(cp);
    previous = cp;
    pos += len;
  }
  if (start < s.size()) {
    f(s.substr(start), cluster.width());
  }
}

// Bidi overrides and isolates can reorder what follows them on the line.
bool is_bidi_control(char32_t cp)
{
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
         cp == 0x200F || cp == 0x061C;
}

template <class F> void each(std::string_view s, F&& f)
{
  for (std::size_t pos = 0; pos < s.size();) {
    const auto [cp, len] = decode(s, pos);
    f(cp, s.substr(pos, len));
    pos += len;
  }
}

// What stands in for sepa's own symbols under a non-UTF-8 locale, one column each, as wide as
// the symbol itself so tables stay aligned.
char ascii_symbol(char32_t cp)
{
  switch (cp) {
  case 0x2013: // en dash
  case 0x2014: // em dash
  case 0x2500: // box drawing, light horizontal
  case 0x2591: // light shade: the empty part of a bar
  case 0x2584: // lower half block
    return '-';
  case 0x2192: // rightwards arrow
  case 0x25B8: // small right-pointing triangle: the current rung
  case 0x25B6:
    return '>';
  case 0x2190:
    return '<';
  case 0x2026: // the mark of a cut: read as an abbreviation
  case 0x00B7: // middle dot
  case 0x2582:
    return '.';
  case 0x2022: // bullet
  case 0x25CF:
  case 0x2587:
    return '*';
  case 0x2713: // check mark: a mastered rung
  case 0x2714:
  case 0x2586:
    return '+';
  case 0x2717:
  case 0x00D7:
    return 'x';
  case 0x00B0: // degree sign
    return 'o';
  case 0x2018:
  case 0x2019:
    return '\'';
  case 0x201C:
  case 0x201D:
    return '"';
  case 0x2502:
    return '|';
  case 0x2588: // full block: the filled part of a bar
    return '#';
  case 0x2581:
    return '_';
  case 0x2583:
    return ':';
  case 0x2585:
    return '=';
  default:
    return 0;
  }
}

// A cluster in ASCII as wide as it is: its letters without their accents when that is all it
// is, else a question mark per column.
void ascii_cluster(std::string_view bytes, std::size_t width, std::string& out)
{
  const auto [first, len] = decode(bytes, 0);
  if (const char c = ascii_symbol(first); c != 0 && width == 1) {
    out += c;
    return;
  }
  utf8proc_uint8_t* plain = nullptr;
  const auto n = utf8proc_map(
    reinterpret_cast<const utf8proc_uint8_t*>(bytes.data()),
    static_cast<utf8proc_ssize_t>(bytes.size()), &plain,
    static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK));
  const std::string_view letters(reinterpret_cast<const char*>(plain),
                                 n > 0 ? static_cast<std::size_t>(n) : 0);
  const bool usable =
    n > 0 && static_cast<std::size_t>(n) <= width &&
    std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
  if (usable) {
    out += letters;
    out.append(width - letters.size(), ' ');
  } else {
    out.append(width, '?');
  }
  std::free(plain);
}
} // namespace

bool valid_utf8(std::string_view text)
{
  for (std::size_t pos = 0; pos < text.size();) {
    const auto [cp, len] = decode(text, pos);
    if (cp == 0xFFFD && !(len == 3 && text.substr(pos, 3) == "\xEF\xBF\xBD")) {
      return false;
    }
    pos += len;
  }
  return true;
}

std::string neutralise(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  each(text, [&](char32_t cp, std::string_view bytes) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      out += ' ';
    } else if (cp < 0x20 || cp == 0x7F) {
      out += '^';
      out += static_cast<char>(cp == 0x7F ? '?' : cp + 0x40);
    } else if ((cp >= 0x80 && cp < 0xA0) || is_bidi_control(cp)) {
      out += "\xEF\xBF\xBD";
    } else if (cp == 0xFFFD) {
      encode(cp, out);
    } else {
      out += bytes;
    }
  });
  return out;
}

bool blank(std::string_view text)
{
  bool seen = false;
  each(text, [&](char32_t cp, std::string_view) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
      break;
    default:
      seen = true;
    }
  });
  return !seen;
}

std::size_t display_width(std::string_view text)
{
  std::size_t width = 0;
  each_cluster(neutralise(text), [&](std::string_view, std::size_t w) { width += w; });
  return width;
}

std::string truncate(std::string_view text, std::size_t width)
{
  const std::string clean = neutralise(text);
  if (display_width(clean) <= width) {
    return clean;
  }
  std::string out;
  std::size_t used = 0;
  const std::size_t room = width == 0 ? 0 : width - 1;
  bool full = false;
  each_cluster(clean, [&](std::string_view bytes, std::size_t w) {
    if (full || used + w > room) {
      full = true;
      return;
    }
    used += w;
    out += bytes;
  });
  return width == 0 ? out : out + "\xE2\x80\xA6";
}

std::string fit(std::string_view text, std::size_t width)
{
  std::string out = truncate(text, width);
  // A trailing prepended mark (U+0600 and its kind) joins the first space into its own cluster,
  // so the padding is measured again until the width is reached.
  for (std::size_t w = display_width(out); w < width; w = display_width(out)) {
    out.append(width - w, ' ');
  }
  return out;
}

std::string ascii_only(std::string_view text)
{
  if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; })) {
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size());
  each_cluster(text, [&](std::string_view bytes, std::size_t width) {
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) == 0; })) {
      out += bytes; // ASCII, escape sequences and line ends included
    } else {
      ascii_cluster(bytes, width, out);
    }
  });
  return out;
}

std::string capitalised(std::string text)
{
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  }
  return text;
}

} // namespace sepa
