#pragma once
// Reading the objects of the ladder file and checking their values (internal to ladder_read.cpp).
// A check returns the value as the model holds it, or throws DataError naming the JSON path.

#include "core/json_cursor.hpp"
#include "sepa/errors.hpp"
#include "sepa/ladder.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace sepa::check {

using json::Cursor;
using json::Token;

// A JSON path such as /separations/12/urges/0, spelled out only when a message needs it.
struct Path {
  const Path* parent = nullptr;
  std::string_view key;  // empty for a list element
  std::size_t index = 0; // a list element's position
  std::string str() const;
};

[[noreturn]] void wrong(const Path& at, const std::string& expected);
// What a value is, in the words of a person editing the file: "a whole number", "text", …
std::string kind(const Token& token);
// Text from the file quoted in a message: short, and safe to print on a terminal.
std::string shown(std::string_view text);
// Enters the object or list that comes next, or refuses what comes instead (read whole first).
void open(Cursor& c, const Path& at, char bracket);

// One key of an object, or (no key) one element of a list: its value as read, and where it is.
struct Field {
  const Token& token;
  const Path& object;
  std::string_view key;
  Path path() const { return key.empty() ? object : Path{&object, key}; }
};

// An object as read: a token for each of its `names` with a scalar value, the other keys kept as
// compact JSON text. `nested(key, path)` reads the list or object of a known key as the cursor
// reaches it (true), or leaves it a token. A problem in a nested value waits until the checks,
// o["peak"] in the order of the names, reach its key: the problem reported never depends on the
// order of the keys in the file.
template <std::size_t N> class Object {
public:
  static bool no_nested(std::string_view, const Path&) { return false; }
  template <class Nested = bool (*)(std::string_view, const Path&)>
  Object(Cursor& c, const Path& at, const std::string_view (&names)[N], Nested nested = no_nested)
    : m_at(at), m_names(std::to_array(names))
  {
    open(c, at, '{');
    for (std::string_view key; c.next_key(key);) {
      const std::size_t i = find(key);
      if (i < N ? m_tokens[i].present() : m_extra.contains(std::string(key))) {
        c.repeated_key(key);
      } else if (i == N) {
        std::string name(key); // before the cursor reads on
        m_extra.emplace(std::move(name), c.capture());
        continue;
      }
      m_tokens[i].kind = Token::Kind::list; // present, if `nested` reads it
      try {
        if (!nested(m_names[i], Path{&m_at, m_names[i]})) {
          m_tokens[i] = c.token();
        }
      } catch (const DataError& e) {
        m_problem = i < m_problem_at ? e : m_problem;
        m_problem_at = std::min(m_problem_at, i);
      }
    }
  }
  Field operator[](std::string_view key)
  {
    // The checks ask in the order of the names, by the same literals: found without comparing.
    const bool next = m_next < N && m_names[m_next].data() == key.data();
    const std::size_t i = next ? m_next++ : find(key);
    if (m_problem_at <= i) {
      throw *m_problem;
    }
    return {m_tokens[i], m_at, key};
  }
  // The unknown keys, once every check has passed.
  Extra take_extra()
  {
    if (m_problem) {
      throw *m_problem;
    }
    return std::move(m_extra);
  }

private:
  // Keys come mostly in the order of the names, in the file and in the checks: found at once.
  std::size_t find(std::string_view key)
  {
    for (std::size_t k = 0; k < N; ++k) {
      const std::size_t i = (m_next + k) % N;
      if (m_names[i] == key) {
        m_next = i + 1;
        return i;
      }
    }
    return N;
  }

  const Path& m_at;
  std::array<std::string_view, N> m_names;
  std::array<Token, N> m_tokens{};
  std::size_t m_next = 0; // where the next key is looked for
  Extra m_extra;
  std::size_t m_problem_at = N; // the key of the first problem found in a nested value
  std::optional<DataError> m_problem;
};

// The checks of an optional key return nothing when it is absent; need() makes one required.
Field need(Field f);
// Whether the key is there; with a value of another kind than `k` it is refused as not `expected`.
bool has(Field f, Token::Kind k, const char* expected);
std::string text(Field f);
std::optional<Timestamp> instant(Field f);
std::optional<Seconds> duration(Field f);
std::optional<int> whole(Field f, int lo, int hi);
std::string read_text(Cursor& c, const Path& at);

// One of a few words, made a value by `parse`; `expected` lists them for the message.
template <class T>
std::optional<T> choice(Field f, std::optional<T> (*parse)(std::string_view), const char* expected)
{
  const std::string word = text(f);
  const auto value = f.token.present() ? parse(word) : std::nullopt;
  if (f.token.present() && !value) {
    wrong(f.path(), std::string("expected ") + expected + ", found " + shown(word));
  }
  return value;
}

// The list that comes next, each element read by `read` into `out`. After a problem the rest is
// only stepped over, and the problem thrown at its end.
template <class T, class Read>
void read_list(Cursor& c, const Path& at, std::vector<T>& out, Read read)
{
  open(c, at, '[');
  std::optional<DataError> problem;
  for (std::size_t i = 0; c.next_element(); ++i) {
    try {
      problem ? c.skip() : out.push_back(read(c, Path{&at, {}, i}));
    } catch (const DataError& e) {
      problem = e;
    }
  }
  if (problem) {
    throw *problem;
  }
}

} // namespace sepa::check
