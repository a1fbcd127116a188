#pragma once
// Turning option text into values at the command-line boundary: each failure is a UsageError
// (exit 2) carrying the parser's message and hint.

#include "cli/context.hpp"
#include "sepa/ladder.hpp"
#include "sepa/parse.hpp"
#include "sepa/time.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sepa {

Seconds duration_value(const std::string& text);
std::optional<int> rating_value(const std::string& text, const char* what,
                                Scale scale = Scale::worry);
std::optional<Timestamp> at_value(const std::string& text, const Context& ctx);
std::optional<bool> yes_no_value(const std::string& text, const char* what);
std::optional<int> percent_value(const std::string& text, const char* what);
// no, partly or yes (any case); empty text is empty.
std::optional<Happened> happened_value(const std::string& text, const char* what);
std::string words_value(const std::vector<std::string>& words, const char* what);

// After "--", every word is an operand, wherever "--" stands (as POSIX tools do): an activity
// "--peak" is text. CLI11 honours "--" only while a command still lacks a positional, so the
// words after it are marked here (and "--" dropped), and every positional option unmarks them.
std::vector<std::string> mark_operands(const std::vector<std::string>& args);
std::string unmark(std::string word);

} // namespace sepa
