#include "core/json_scan.hpp"

#include <cmath>
#include <cstdlib>

namespace sepa {

namespace {

bool is_number_char(char c)
{
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Walks the text once, outside strings, telling `visit` about each bracket and number along
// with the nearest key seen so far. `visit` returns true to stop.
template <class Visit> std::optional<JsonSpot> walk(std::string_view text, Visit&& visit)
{
  std::string key;
  std::string last_string;
  std::size_t depth = 0;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '"') {
      last_string.clear();
      for (++pos; pos < text.size() && text[pos] != '"'; ++pos) {
        if (text[pos] == '\\') {
          ++pos; // the escaped character cannot end the string
        } else {
          last_string += text[pos];
        }
      }
    } else if (c == ':') {
      key = last_string;
    } else if (c == '[' || c == '{') {
      ++depth;
      if (visit(depth, std::string_view())) {
        return JsonSpot{pos, key, std::string(1, c)};
      }
    } else if (c == ']' || c == '}') {
      depth = depth == 0 ? 0 : depth - 1;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      std::size_t end = pos;
      while (end < text.size() && is_number_char(text[end])) {
        ++end;
      }
      const std::string_view token = text.substr(pos, end - pos);
      if (visit(depth, token)) {
        return JsonSpot{pos, key, std::string(token)};
      }
      pos = end - 1;
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<JsonSpot> find_too_deep(std::string_view text, std::size_t max_depth)
{
  return walk(text, [&](std::size_t depth, std::string_view token) {
    return token.empty() && depth > max_depth;
  });
}

std::optional<JsonSpot> find_huge_number(std::string_view text)
{
  return walk(text, [](std::size_t, std::string_view token) {
    if (token.empty()) {
      return false;
    }
    // strtod, like nlohmann's lexer, so "too large" means the same thing to both; a tiny value
    // such as 1e-400 just becomes zero there and is no problem.
    const std::string copy(token);
    return std::isinf(std::strtod(copy.c_str(), nullptr));
  });
}

} // namespace sepa
