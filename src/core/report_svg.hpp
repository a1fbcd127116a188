#pragma once
// The HTML report's charts, as inline SVG (no scripts, no external assets). Every chart tells
// its story in shape and dash pattern as well as colour, so it still reads printed in grey.

#include "sepa/report_facts.hpp"

#include <string>
#include <string_view>

namespace sepa::report_svg {

// Text made safe for XML: markup characters escaped, control characters neutralised, and the
// characters XML forbids replaced.
std::string escape(std::string_view text);

// Each rung as a bar filled by its good days towards mastery.
std::string ladder_chart(const Report& report);
// How the lines and markers of anxiety_chart read.
std::string anxiety_legend();
// Before, peak and after on each try at one length, over the band of low worry.
std::string anxiety_chart(const Report& report, const Series& series);
// The last four weeks, one square per day, filled where a separation started.
std::string days_chart(const Report& report);
// The whole practice, latest tries last: each finished separation's time apart as a bar against
// its rung's length (a tick), early ones dashed and orange, agreed emergencies a diamond; below,
// the peak worry (0–10) and how likely the fear felt before and after (0–100 %).
std::string practice_chart(const Report& report);
// Predictions as one bar split into did not happen, happened and not noted.
std::string predictions_chart(const PredictionCounts& predictions);

} // namespace sepa::report_svg
