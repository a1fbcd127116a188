// The cursor: see json_cursor.hpp. Strings stay views of the text, and plain string bytes are
// skipped eight at a time (json_text.hpp): most of a large ladder is text. Escapes are rare,
// and nlohmann's parser checks and decodes them.

#include "core/json_cursor.hpp"

#include "core/json_text.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

namespace sepa::json {

using Kind = Token::Kind;

std::string decoded(const Token& token)
{
  if (!token.escaped) {
    return std::string(token.raw);
  }
  const std::string_view quoted(token.raw.data() - 1, token.raw.size() + 2); // in the text read
  return nlohmann::json::parse(quoted).get<std::string>();
}

Cursor::Cursor(std::string_view text)
  : m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size())
{
  m_p += text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
}

void Cursor::fail(const char* at, std::string what, std::string_view key) const
{
  throw TextError{static_cast<std::size_t>(at - m_begin), std::move(what), std::string(key)};
}

// The next byte after white space (mostly a newline and a run of indentation), or NUL at the end.
char Cursor::peek()
{
  while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t')) {
    ++m_p;
  }
  return m_p < m_end ? *m_p : '\0';
}

void Cursor::open(char bracket)
{
  if (peek() != bracket) {
    fail(m_p);
  }
  if (++m_depth > k_max_depth) {
    fail(m_p,
         fmt::format("the values nest more than {} levels deep, which a ladder never needs",
                     k_max_depth),
         m_last_key);
  }
  ++m_p;
  m_first = true;
}

// Before each member or element: false at the closing bracket, else past the comma between two.
bool Cursor::comma_or_close(char bracket)
{
  const char c = peek();
  const bool first = std::exchange(m_first, false);
  if (c == bracket) {
    ++m_p;
    --m_depth;
    return false;
  }
  if (!first && c != ',') { // also at the end of the text, where peek() gives NUL
    fail(m_p);
  }
  m_p += first ? 0 : 1;
  return true;
}

bool Cursor::next_key(std::string_view& key)
{
  if (!comma_or_close('}')) {
    return false;
  }
  if (peek() != '"') {
    fail(m_p);
  }
  Token t;
  t.kind = Kind::text;
  m_last_key = t.raw = string(t.escaped);
  if (peek() != ':') {
    fail(m_p);
  }
  ++m_p;
  key = t.escaped ? (m_key = decoded(t)) : m_last_key;
  return true;
}

void Cursor::repeated_key(std::string_view key) const
{
  fail(m_last_key.data() - 1,
       fmt::format("the key \"{}\" appears twice in the same object; sepa never writes that, so "
                   "the file was edited or damaged",
                   truncate(key, 40)));
}

// At the opening quote: the text up to the closing one, checked, escapes left in.
std::string_view Cursor::string(bool& escaped)
{
  const char* const quote = m_p++;
  while ((m_p = json_text::skip_plain(m_p, m_end)) == m_end || *m_p != '"') {
    const auto c = m_p == m_end ? 0U : static_cast<unsigned char>(*m_p);
    // A backslash and the byte after it, or a UTF-8 sequence; a control character is refused.
    const std::size_t length = c == '\\' && m_end - m_p > 1 ? 2
                               : c >= 0x80                  ? json_text::utf8_length(m_p, m_end)
                                                            : 0;
    if (length == 0) {
      fail(m_p);
    }
    escaped = escaped || c == '\\';
    m_p += length;
  }
  const std::string_view quoted(quote, static_cast<std::size_t>(++m_p - quote));
  if (escaped && !nlohmann::json::accept(quoted)) {
    fail(quote);
  }
  return quoted.substr(1, quoted.size() - 2);
}

// Whole numbers, nearly all a ladder holds, are read here; any other is checked by nlohmann's
// parser, and refused if it does not fit in a double.
Token Cursor::number()
{
  const char* const from = m_p;
  m_p = std::find_if(m_p, m_end, [](char c) {
    return (c < '0' || c > '9') && c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E';
  });
  Token t;
  t.kind = Kind::whole;
  t.raw = {from, static_cast<std::size_t>(m_p - from)};
  const bool minus = from < m_end && *from == '-';
  std::uint64_t from_zero = 0;
  const auto [end, error] =
    minus ? std::from_chars(from, m_p, t.whole) : std::from_chars(from, m_p, from_zero);
  if (end == m_p && error == std::errc{} && (t.raw.size() == 1U + minus || from[minus] != '0')) {
    t.whole = minus ? t.whole : static_cast<std::int64_t>(from_zero);
    return t;
  }
  try {
    t.kind = Kind::fraction;
    [[maybe_unused]] const auto number = nlohmann::json::parse(t.raw);
  } catch (const nlohmann::json::out_of_range&) {
    fail(from, fmt::format("the number {} is too large for a ladder", t.raw), m_last_key);
  } catch (const nlohmann::json::exception&) {
    fail(from);
  }
  return t;
}

Token Cursor::token()
{
  const char c = peek();
  Token t;
  if (c == '{' || c == '[') {
    skip();
    t.kind = c == '{' ? Kind::object : Kind::list;
  } else if (c == '"') {
    t.kind = Kind::text;
    t.raw = string(t.escaped);
  } else if (c != 't' && c != 'f' && c != 'n') {
    t = number();
  } else {
    const std::string_view word = c == 't' ? "true" : c == 'f' ? "false" : "null";
    if (!std::string_view(m_p, static_cast<std::size_t>(m_end - m_p)).starts_with(word)) {
      fail(m_p);
    }
    t.kind = c == 'n' ? Kind::null : Kind::boolean;
    t.raw = {std::exchange(m_p, m_p + word.size()), word.size()};
  }
  return t;
}

// Steps over any value, or copies it without white space into `out`.
void Cursor::value(std::string* out)
{
  const char c = peek();
  const char* const from = m_p;
  if (c != '{' && c != '[') {
    token();
    if (out != nullptr) {
      out->append(from, static_cast<std::size_t>(m_p - from));
    }
    return;
  }
  open(c);
  if (out != nullptr) {
    *out += c;
  }
  std::vector<std::string> seen; // this object's keys so far
  std::string_view name;
  for (bool first = true; c == '{' ? next_key(name) : next_element(); first = false) {
    if (c == '{' && std::find(seen.begin(), seen.end(), name) != seen.end()) {
      repeated_key(name);
    } else if (c == '{') {
      seen.emplace_back(name);
    }
    if (out != nullptr) {
      out->append(first ? "" : ",").append(c == '{' ? fmt::format("\"{}\":", m_last_key) : "");
    }
    value(out);
  }
  if (out != nullptr) {
    *out += c == '{' ? '}' : ']';
  }
}

void Cursor::end()
{
  if (peek() != '\0' || m_p != m_end) {
    fail(m_p);
  }
}

} // namespace sepa::json
