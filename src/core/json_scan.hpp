#pragma once
// A quick pass over JSON text for what nlohmann's parser lets through or reports without a
// place: values nested so deep that writing them back would exhaust the stack, and numbers too
// large for a double. Works on any bytes; nothing here throws.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sepa {

// Where a problem sits: the byte offset, the nearest key before it, and the offending token.
struct JsonSpot {
  std::size_t offset = 0;
  std::string key;
  std::string token;
};

// The first '[' or '{' that opens a level deeper than `max_depth`.
std::optional<JsonSpot> find_too_deep(std::string_view text, std::size_t max_depth);

// The first number (outside strings) that does not fit in a double, like 1e400.
std::optional<JsonSpot> find_huge_number(std::string_view text);

} // namespace sepa
