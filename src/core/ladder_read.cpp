// Reading the ladder from JSON in one streaming pass (json_fast.cpp, or nlohmann's parser when
// that one gives up) into a SAX handler (ladder_sax.cpp), then checking what was read
// (ladder_check.cpp). The first problem found becomes a DataError that says where: line and
// column for bad JSON, the JSON path for a wrong shape.

#include "core/json_fast.hpp"
#include "core/json_scan.hpp"
#include "core/ladder_sax.hpp"
#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

namespace {

std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset)
{
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const std::size_t line =
    1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t nl = before.rfind('\n');
  const std::size_t column = nl == std::string_view::npos ? offset + 1 : offset - nl;
  return {line, column};
}

// The parser's own words for what it expected ("unexpected ','; expected ']'"), for the person
// fixing the file by hand; they can quote the file's bytes, so the store neutralises them.
std::string parser_reason(const std::string& what)
{
  const auto dash = what.rfind(" - ");
  return dash == std::string::npos ? std::string()
                                   : " (" + truncate(what.substr(dash + 3), 80) + ")";
}

// "line 12, column 18 (at "peak")": where a scanned problem sits.
std::string place(std::string_view text, const JsonSpot& spot)
{
  const auto [line, column] = line_column(text, spot.offset);
  return spot.key.empty() ? fmt::format("line {}, column {}", line, column)
                          : fmt::format("line {}, column {} (at \"{}\")", line, column, spot.key);
}

[[noreturn]] void refuse_syntax(std::string_view text, const raw::SyntaxError& e)
{
  if (e.number_too_large) {
    // The parser says a number is too large without saying which or where.
    const auto spot = find_huge_number(text);
    throw DataError(spot ? fmt::format("{}: the number {} is too large for a ladder",
                                       place(text, *spot), spot->token)
                         : std::string("a number in the file is too large to read"));
  }
  // The parser counts the byte it stopped at from 1.
  const std::size_t offset = e.position > 0 ? e.position - 1 : 0;
  if (offset >= text.size()) {
    throw DataError("the file ends in the middle of the ladder, so it was cut short");
  }
  const auto [line, column] = line_column(text, offset);
  throw DataError(fmt::format("line {}, column {}: this is not valid JSON{}", line, column,
                              parser_reason(e.what)));
}

} // namespace

Ladder parse_ladder(std::string_view text)
{
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; })) {
    throw DataError("the file is empty, so it holds no ladder",
                    "an empty file usually means a write was cut short");
  }
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    const auto [line, column] = line_column(text, nul);
    throw DataError(fmt::format("line {}, column {}: the file contains NUL bytes, so it was "
                                "damaged (often by a crash or a sync tool)",
                                line, column));
  }
  std::optional<raw::Handler> handler(std::in_place);
  handler->reserve_for(text.size());
  if (!raw::read_fast(text, *handler)) {
    handler.emplace();
    handler->reserve_for(text.size());
    nlohmann::json::sax_parse(text.data(), text.data() + text.size(), &*handler);
    if (handler->syntax_error()) {
      refuse_syntax(text, *handler->syntax_error());
    }
  }
  if (handler->too_deep()) {
    // The handler stopped at the first value too deep; the scan finds where it is.
    const auto spot = find_too_deep(text, raw::Handler::k_max_depth);
    throw DataError(fmt::format("{}the values nest more than {} levels deep, which a ladder "
                                "never needs",
                                spot ? place(text, *spot) + ": " : std::string(),
                                raw::Handler::k_max_depth));
  }
  Ladder ladder;
  raw::check_top(handler->top(), ladder);
  ladder.separations = handler->separations();
  return ladder;
}

} // namespace sepa
