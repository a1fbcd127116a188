#pragma once
// Writing JSON text straight into one string (internal; shared by the ladder file and the
// report's JSON export): no document tree in between. The layout is exactly nlohmann's dump(2):
// two spaces per level, "key": value, "{}" and "[]" for empty ones, and the same escapes.

#include "sepa/time.hpp"

#include <charconv>
#include <concepts>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sepa::json_text {

// Appends `text` as a JSON string, escaped as nlohmann escapes it; false, with nothing appended,
// when it is not valid UTF-8.
bool append_string(std::string& out, std::string_view text);

class Writer {
public:
  // `capacity`: about the final size, so the text is written without moving.
  explicit Writer(std::size_t capacity) { m_out.reserve(capacity); }
  std::string take() { return std::move(m_out); }

  void open(char bracket);
  void close(char bracket);
  // Starts the next member of an object (then write its value). Known keys need no escaping.
  void key(std::string_view name);
  // The same for a key that may need escaping.
  void any_key(std::string_view name);
  // Starts the next element of a list.
  void element();

  // Text that is not valid UTF-8 is written with U+FFFD rather than refused.
  void text(std::string_view value);
  template <std::integral T> void number(T value)
  {
    char buffer[24];
    m_out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
  }
  void number(double value); // as nlohmann writes it: "1.5", "2.0"
  void boolean(bool value) { m_out += value ? "true" : "false"; }
  void null() { m_out += "null"; }
  void instant(const Timestamp& t);
  // Each length is spelled once: a ladder uses a handful.
  void duration(Seconds d);
  // A value given as compact JSON text: pretty-printed on its own, then indented to its depth.
  void raw(const std::string& json);

private:
  std::string m_out;
  int m_depth = 0;
  bool m_first = true;
  std::vector<std::pair<Seconds, std::string>> m_durations;
};

} // namespace sepa::json_text
