#pragma once
// Checks on option values whose refusals read in sepa's own words (CLI11 puts the option's name
// in front: "--remove: 0 is not an item number; …"), in place of CLI11's stock ones, which speak
// of ranges of doubles and value maps.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace sepa {

// A whole number from `lo` to `hi`; `refusal` says what was expected, after the value as typed.
CLI::Validator whole_number(int lo, int hi, std::string refusal);

// One of `choices`, in any case; as a transform, it passes the value on in lower case.
CLI::Validator one_of(std::vector<std::string> choices);

// Anything but an empty or blank value (`--at ""` from a script whose variable was unset): such
// a value would otherwise read as "not given". `example` shows a good one: "--peak 3".
CLI::Validator not_blank(std::string example);

} // namespace sepa
