// A strict JSON reader for the common case, feeding the same SAX handler as nlohmann's parser.
// nlohmann's lexer copies every byte into two buffers one at a time, which is most of the time
// spent reading a large ladder; this one scans straight over the text. It reads exactly the
// grammar nlohmann reads (RFC 8259, UTF-8 checked, nothing after the value) and hands over the
// same events with the same values. Where it meets anything else (bad JSON, a byte-order mark,
// a number nlohmann would round or refuse) it gives up, and the caller starts again with
// nlohmann's parser, which then decides, and words any error, exactly as it always has.

#include "core/json_fast.hpp"

#include "core/json_text.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace sepa::raw {

namespace {

using json_text::skip_plain;
using json_text::utf8_length;

class Scanner {
public:
  Scanner(std::string_view text, Handler& handler)
    : m_p(text.data()), m_end(text.data() + text.size()), m_handler(handler)
  {
  }

  bool run()
  {
    skip_space();
    if (!value()) {
      return false;
    }
    while (!m_open.empty()) {
      skip_space();
      if (m_p == m_end) {
        return false;
      }
      const bool object = m_open.back();
      if (*m_p == (object ? '}' : ']')) {
        ++m_p;
        m_open.pop_back();
        m_first = false;
        object ? m_handler.end_object() : m_handler.end_array();
        continue;
      }
      if (!m_first && !comma()) {
        return false;
      }
      m_first = false;
      if (object && !key()) {
        return false;
      }
      if (!value()) {
        return false;
      }
    }
    skip_space();
    return m_p == m_end;
  }

private:
  // Mostly a newline and a run of indentation.
  void skip_space()
  {
    for (;;) {
      while (m_p < m_end && *m_p == ' ') {
        ++m_p;
      }
      if (m_p == m_end || (*m_p != '\n' && *m_p != '\r' && *m_p != '\t')) {
        return;
      }
      ++m_p;
    }
  }

  bool comma()
  {
    if (*m_p != ',') {
      return false;
    }
    ++m_p;
    skip_space();
    return true;
  }

  bool key()
  {
    std::string_view name;
    if (m_p == m_end || *m_p != '"' || !string(name)) {
      return false;
    }
    m_handler.name(name);
    skip_space();
    if (m_p == m_end || *m_p != ':') {
      return false;
    }
    ++m_p;
    skip_space();
    return true;
  }

  bool value()
  {
    if (m_p == m_end) {
      return false;
    }
    switch (*m_p) {
    case '{':
    case '[':
      m_open.push_back(*m_p == '{');
      m_first = true;
      ++m_p;
      return m_open.back() ? m_handler.start_object(std::size_t(-1))
                           : m_handler.start_array(std::size_t(-1));
    case '"': {
      std::string_view text;
      // A view of the file lasts; one of m_text is rewritten by the next escaped string.
      return string(text) && m_handler.text(text, text.data() != m_text.data());
    }
    case 't':
      return word("true") && m_handler.boolean(true);
    case 'f':
      return word("false") && m_handler.boolean(false);
    case 'n':
      return word("null") && m_handler.null();
    default:
      return number();
    }
  }

  bool word(std::string_view w)
  {
    if (static_cast<std::size_t>(m_end - m_p) < w.size() ||
        std::memcmp(m_p, w.data(), w.size()) != 0) {
      return false;
    }
    m_p += w.size();
    return true;
  }

  bool digits()
  {
    const char* from = m_p;
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
      ++m_p;
    }
    return m_p > from;
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? as nlohmann reads it: a whole number that
  // fits is signed when negative and unsigned otherwise; anything else is a double.
  bool number()
  {
    const char* from = m_p;
    const bool negative = *m_p == '-';
    m_p += negative ? 1 : 0;
    if (m_p == m_end || *m_p < '0' || *m_p > '9') {
      return false;
    }
    if (*m_p == '0') {
      ++m_p;
    } else {
      digits();
    }
    bool whole = true;
    if (m_p < m_end && *m_p == '.') {
      ++m_p;
      whole = false;
      if (!digits()) {
        return false;
      }
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
      ++m_p;
      whole = false;
      m_p += m_p < m_end && (*m_p == '+' || *m_p == '-') ? 1 : 0;
      if (!digits()) {
        return false;
      }
    }
    if (whole && negative) {
      std::int64_t v = 0;
      return std::from_chars(from, m_p, v).ec == std::errc{} && m_handler.number_integer(v);
    }
    if (whole) {
      std::uint64_t v = 0;
      return std::from_chars(from, m_p, v).ec == std::errc{} && m_handler.number_unsigned(v);
    }
    // Correctly rounded, as strtod is; out of range is left to nlohmann.
    double v = 0;
    return std::from_chars(from, m_p, v).ec == std::errc{} && std::isfinite(v) &&
           m_handler.number_float(v, m_empty);
  }

  // A string's text: a view of the file itself, or, where it has escapes, of m_text decoded.
  bool string(std::string_view& out)
  {
    ++m_p;
    const char* const from = m_p;
    const char* run = m_p;
    bool escaped = false;
    for (;;) {
      m_p = skip_plain(m_p, m_end);
      if (m_p == m_end) {
        return false;
      }
      const auto c = static_cast<unsigned char>(*m_p);
      if (c == '"') {
        if (escaped) {
          m_text.append(run, m_p);
          out = m_text;
        } else {
          out = std::string_view(from, static_cast<std::size_t>(m_p - from));
        }
        ++m_p;
        return true;
      }
      if (c < 0x20) {
        return false;
      }
      if (c == '\\') {
        if (!escaped) {
          m_text.clear();
          escaped = true;
        }
        m_text.append(run, m_p);
        if (!escape(m_text)) {
          return false;
        }
        run = m_p;
      } else if (const std::size_t length = utf8_length(m_p, m_end)) {
        m_p += length;
      } else {
        return false;
      }
    }
  }

  bool hex4(unsigned& code)
  {
    if (m_end - m_p < 4) {
      return false;
    }
    code = 0;
    for (int i = 0; i < 4; ++i, ++m_p) {
      const char c = *m_p;
      const int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
      if (digit < 0) {
        return false;
      }
      code = code * 16 + static_cast<unsigned>(digit);
    }
    return true;
  }

  bool escape(std::string& out)
  {
    ++m_p;
    if (m_p == m_end) {
      return false;
    }
    const char c = *m_p++;
    switch (c) {
    case '"':
    case '\\':
    case '/':
      out += c;
      return true;
    case 'b':
      out += '\b';
      return true;
    case 'f':
      out += '\f';
      return true;
    case 'n':
      out += '\n';
      return true;
    case 'r':
      out += '\r';
      return true;
    case 't':
      out += '\t';
      return true;
    case 'u':
      return code_point(out);
    default:
      return false;
    }
  }

  // \uXXXX, with a surrogate pair for code points beyond U+FFFF; a lone surrogate is bad JSON.
  bool code_point(std::string& out)
  {
    unsigned code = 0;
    if (!hex4(code) || (code >= 0xDC00 && code <= 0xDFFF)) {
      return false;
    }
    if (code >= 0xD800 && code <= 0xDBFF) {
      unsigned low = 0;
      if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u') {
        return false;
      }
      m_p += 2;
      if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) {
        return false;
      }
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
    const auto put = [&](unsigned v) { out += static_cast<char>(v); };
    if (code < 0x80) {
      put(code);
    } else if (code < 0x800) {
      put(0xC0 | (code >> 6));
      put(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      put(0xE0 | (code >> 12));
      put(0x80 | ((code >> 6) & 0x3F));
      put(0x80 | (code & 0x3F));
    } else {
      put(0xF0 | (code >> 18));
      put(0x80 | ((code >> 12) & 0x3F));
      put(0x80 | ((code >> 6) & 0x3F));
      put(0x80 | (code & 0x3F));
    }
    return true;
  }

  const char* m_p;
  const char* m_end;
  Handler& m_handler;
  std::vector<bool> m_open; // true for an object, false for a list
  bool m_first = false;     // no element yet in the innermost one
  std::string m_text;       // a string with escapes, decoded
  const std::string m_empty;
};

} // namespace

bool read_fast(std::string_view text, Handler& handler)
{
  return Scanner(text, handler).run();
}

} // namespace sepa::raw
