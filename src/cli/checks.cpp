#include "cli/checks.hpp"

#include "sepa/text.hpp"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <fmt/ranges.h>

namespace sepa {

namespace {

// The value as typed, short and safe to print.
std::string shown(const std::string& value)
{
  return "'" + neutralise(truncate(value, 20)) + "'";
}

} // namespace

CLI::Validator whole_number(int lo, int hi, std::string refusal)
{
  return CLI::Validator(
    [lo, hi, refusal](std::string& value) -> std::string {
      int n = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (ec != std::errc{} || end != value.data() + value.size() || n < lo || n > hi) {
        return shown(value) + " " + refusal;
      }
      return {};
    },
    "");
}

CLI::Validator one_of(std::vector<std::string> choices)
{
  return CLI::Validator(
    [choices](std::string& value) -> std::string {
      std::string lower = value;
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
      if (std::find(choices.begin(), choices.end(), lower) == choices.end()) {
        return fmt::format("{} is not one of the choices: {}", shown(value),
                           fmt::join(choices, ", "));
      }
      value = lower;
      return {};
    },
    "");
}

CLI::Validator not_blank(std::string example)
{
  return CLI::Validator(
    [example](std::string& value) -> std::string {
      if (value.find_first_not_of(" \t") == std::string::npos) {
        return "is empty; give a value, e.g. " + example;
      }
      return {};
    },
    "");
}

} // namespace sepa
