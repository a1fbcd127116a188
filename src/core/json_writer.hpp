#pragma once
// Writing JSON text straight into one string (internal; shared by the ladder file and the
// report's JSON export): no document tree in between. The layout is exactly nlohmann's dump(2):
// two spaces per level, "key": value, "{}" and "[]" for empty ones, and the same escapes.

#include "sepa/time.hpp"

#include <charconv>
#include <concepts>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sepa::json_text {

// Appends `text` as a JSON string, escaped as nlohmann escapes it; false, with nothing appended,
// when it is not valid UTF-8.
bool append_string(std::string& out, std::string_view text);

class JsonWriter {
public:
  using Sink = std::function<void(std::string_view)>;

  // `capacity`: about the final size, so the text is written without moving.
  explicit JsonWriter(std::size_t capacity) { m_out.reserve(capacity); }
  // Hands the text to `out` in pieces of about `chunk` bytes as it is written, and the rest on
  // finish(): a long text is never held whole.
  JsonWriter(std::size_t chunk, Sink out) : m_out_sink(std::move(out)), m_chunk(chunk)
  {
    m_out.reserve(chunk + chunk / 4);
  }
  // The text written (without a sink).
  std::string take() { return std::move(m_out); }
  // Hands a sink what is left.
  void finish();

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
  // A list of texts: ["a", "b"].
  void texts(const std::vector<std::string>& values);
  // Text, or null for an empty one: "not given".
  void text_or_null(std::string_view value) { value.empty() ? null() : text(value); }
  template <std::integral T> void number(T value)
  {
    char buffer[24];
    m_out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
  }
  void number(double value); // as nlohmann writes it: "1.5", "2.0"
  void boolean(bool value) { m_out += value ? "true" : "false"; }
  void null() { m_out += "null"; }
  void number_or_null(const std::optional<int>& value) { value ? number(*value) : null(); }
  void instant(const Timestamp& t);
  // Each length is spelled once: a ladder uses a handful.
  void duration(Seconds d);
  // A value given as JSON text: pretty-printed on its own (the keys of its objects sorted), then
  // indented to its depth.
  void raw(const std::string& json);

private:
  std::string m_out;
  int m_depth = 0;
  bool m_first = true;
  std::vector<std::pair<Seconds, std::string>> m_durations;
  Sink m_out_sink;
  std::size_t m_chunk = 0;
};

} // namespace sepa::json_text
