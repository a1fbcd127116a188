#include "cli/args.hpp"

#include "cli/output.hpp"
#include "sepa/errors.hpp"
#include "sepa/parse.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

Seconds duration_value(const std::string& text)
{
  const auto d = parse_duration(text);
  if (!d) {
    throw UsageError(d.error, d.hint);
  }
  return *d.value;
}

std::optional<int> rating_value(const std::string& text, const char* what, Scale scale)
{
  if (text.empty()) {
    return std::nullopt;
  }
  const auto r = parse_rating(text, what, scale);
  if (!r) {
    throw UsageError(r.error, r.hint);
  }
  return r.value;
}

std::optional<Timestamp> at_value(const std::string& text, const Context& ctx)
{
  if (text.empty()) {
    return std::nullopt;
  }
  const auto t = parse_at(text, ctx.now(), ctx.zone);
  if (!t) {
    throw UsageError("--at " + t.error, t.hint);
  }
  return t.value;
}

namespace {

std::string lower_case(std::string text)
{
  std::transform(text.begin(), text.end(), text.begin(),
                 [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return text;
}

} // namespace

std::optional<int> percent_value(const std::string& text, const char* what)
{
  if (text.empty()) {
    return std::nullopt;
  }
  const auto r = parse_percent(text, what);
  if (!r) {
    throw UsageError(r.error, r.hint);
  }
  return r.value;
}

std::optional<Happened> happened_value(const std::string& text, const char* what)
{
  if (text.empty()) {
    return std::nullopt;
  }
  const std::string lower = lower_case(text);
  if (const auto h = happened_from_string(lower)) {
    return h;
  }
  if (lower == "y") {
    return Happened::yes;
  }
  if (lower == "n") {
    return Happened::no;
  }
  throw UsageError(fmt::format("{} '{}': answer no, partly or yes", what, text),
                   fmt::format("for example {} no", what));
}

std::optional<bool> yes_no_value(const std::string& text, const char* what)
{
  if (text.empty()) {
    return std::nullopt;
  }
  const std::string lower = lower_case(text);
  if (lower == "yes" || lower == "y") {
    return true;
  }
  if (lower == "no" || lower == "n") {
    return false;
  }
  throw UsageError(fmt::format("{} '{}': answer yes or no", what, text),
                   fmt::format("for example {} no", what));
}

namespace {

// A byte that never occurs in UTF-8 text, so no word typed by a person starts with it.
constexpr std::string_view k_operand_mark = "\xFF";

} // namespace

std::vector<std::string> mark_operands(const std::vector<std::string>& args)
{
  std::vector<std::string> out;
  bool operands = false;
  for (const std::string& arg : args) {
    if (!operands && arg == "--") {
      operands = true;
      continue;
    }
    out.push_back(operands ? std::string(k_operand_mark) + arg : arg);
  }
  return out;
}

std::string unmark(std::string word)
{
  if (word.rfind(k_operand_mark, 0) == 0) {
    word.erase(0, k_operand_mark.size());
  }
  return word;
}

std::string words_value(const std::vector<std::string>& words, const char* what)
{
  std::string out;
  for (const std::string& w : words) {
    out += out.empty() ? w : " " + w;
  }
  return user_text(out, what);
}

} // namespace sepa
