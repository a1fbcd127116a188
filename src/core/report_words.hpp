#pragma once
// Every sentence that more than one report format shows, written once. The renderers only lay
// these out (wrapped for a terminal, as a Markdown list, in HTML paragraphs, as JSON strings), so a
// safety text such as the gentle note can never read differently from one format to the next.

#include "sepa/report_facts.hpp"

#include <string>
#include <vector>

namespace sepa::report_words {

// The wait before calling home: how many urges, and how each wait ended. One sentence per entry;
// a single one when no urge was logged (the text report adds how to log one).
std::vector<std::string> waits(const WaitCounts& counts);

// What was feared and what happened, then how likely it felt before and after where known.
std::vector<std::string> predictions(const PredictionCounts& counts);

// "Days practised: 3 in the last 7 days, 2 in the 7 before." With --since, the window's days
// against as many days just before it.
std::string days_practised(const Report& report);

// "15m planned, back after 9m": one early return, without its date.
std::string early_return(const ReportRow& row);

// The gentle note's three parts, as include/sepa/report_facts.hpp's help_words gives them, joined
// for a paragraph: the reason and the suggestion, then (on its own, in the formats that can stress
// it) the line about thoughts of harm.
std::string help_paragraph(const HelpNote& note);

// What the report is, and how the anxiety in it was rated: for whoever the parent hands it to.
std::string about();

} // namespace sepa::report_words
