#pragma once
// Small pieces every report renderer shares: dates, ratings, averages and counted nouns, so the
// formats word things the same way.

#include "sepa/report_facts.hpp"

#include <optional>
#include <string>

namespace sepa::report_format {

std::string date(LocalDays day);            // "Sun 1 Mar 2026"
std::string short_date(LocalDays day);      // "Sun 1 Mar"
std::string iso_date(LocalDays day);        // "2026-03-01"
std::string day_month(LocalDays day);       // "1 Mar"
std::string wall_clock(const Timestamp& t); // "2026-03-01 10:05", the instant's own local time

// "today", "yesterday", "3 days ago"
std::string days_ago(LocalDays day, LocalDays today);

// "4" or "–"
std::string rating(const std::optional<int>& value);
// "4.5" or "–"
std::string average(const std::optional<double>& value);
// The value rounded to one decimal, for the JSON export.
double one_decimal(double value);
// Minutes with at most two decimals: 90 s → 1.5.
double minutes(Seconds d);

// "1 urge", "3 urges"
std::string count(int n, const char* one, const char* many);

// The window in words: "Sun 1 Mar 2026 to Sun 15 Mar 2026".
std::string window(const Report& report);

// The rung's state and reason, with any step in between that comes first.
std::string rung_reason(const RungProgress& p);

// "did not happen", "happened", or "" when not recorded.
std::string outcome(const Separation& s);

} // namespace sepa::report_format
