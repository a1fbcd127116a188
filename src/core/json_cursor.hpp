#pragma once
// Pulling JSON values out of a text one at a time (internal to the ladder reader): the reader
// asks for what it expects next, an object's keys, a list's elements, a value. The grammar is
// nlohmann's: RFC 8259, UTF-8 checked, a byte-order mark allowed at the start, a whole number
// beyond 64 bits read as a double. Anything else throws TextError.

#include <cstdint>
#include <string>
#include <string_view>

namespace sepa::json {

// Unknown keys are written back recursively, and no ladder nests anywhere near this deep.
inline constexpr std::size_t k_max_depth = 64;

// A problem in the text itself, at a byte offset: bad JSON when `what` is empty (the caller
// words it), else a key twice, values nested too deep or a number too large, with the key read
// last when the message should name it.
struct TextError {
  std::size_t offset = 0;
  std::string what;
  std::string key;
};

// One value as it stands in the text.
struct Token {
  enum class Kind { absent, null, boolean, whole, fraction, text, object, list };
  Kind kind = Kind::absent;
  bool escaped = false;   // text whose `raw` has escapes
  std::int64_t whole = 0; // a whole number (those beyond the signed range wrap, as always)
  std::string_view raw;   // a scalar as written, a text without its quotes

  bool present() const { return kind != Kind::absent; }
};

// A text token's text, escapes decoded.
std::string decoded(const Token& token);

class Cursor {
public:
  explicit Cursor(std::string_view text);

  // Whether the next value starts with `bracket`, without reading it.
  bool at(char bracket) { return peek() == bracket; }
  // Enters the object or list that comes next (check with at() first).
  void open(char bracket);
  // The next key of the object entered last (then read its value), or false at its end.
  bool next_key(std::string_view& key);
  // Whether the list entered last has another element (then read it), or false at its end.
  bool next_element() { return comma_or_close(']'); }
  // The next value: a scalar, or a list or object stepped over.
  Token token();
  // The next value as compact JSON text, keys in their order, or (skip) stepped over; either
  // way each object in it is checked for a key twice.
  std::string capture()
  {
    std::string out;
    value(&out);
    return out;
  }
  void skip() { value(nullptr); }
  // Only white space is left.
  void end();
  // The key read last repeats one before it in the same object: a damaged file.
  [[noreturn]] void repeated_key(std::string_view key) const;

private:
  [[noreturn]] void fail(const char* at, std::string what = {}, std::string_view key = {}) const;
  char peek();
  bool comma_or_close(char bracket);
  std::string_view string(bool& escaped);
  Token number();
  void value(std::string* out);

  const char* m_begin;
  const char* m_p;
  const char* m_end;
  std::size_t m_depth = 0;
  bool m_first = false;        // nothing read yet in the innermost object or list
  std::string_view m_last_key; // as written, a view of the text
  std::string m_key;           // a key with escapes, decoded
};

} // namespace sepa::json
