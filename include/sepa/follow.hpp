#pragma once
// What became, in another window, of the separation a running countdown waits on
// (docs/checkin.md, "Another window"). Pure: the shell stats and reads the file, this decides.

#include "sepa/ladder.hpp"

#include <string>

namespace sepa {

enum class Elsewhere {
  nothing, // still open and waiting on the same window: keep counting
  ended,   // `sepa done` ended it
  removed, // `sepa cancel`, or `sepa undo` of its start, took it out of the file
  changed, // still open, but its window, its check-ins, its start or its planned length moved
};

// Compares the separation as the countdown began (`seen`) with the one of the same id read from
// the file now (`now`, null when it is no longer there). Only what the countdown shows or acts
// on counts as a change: an edit of the anxiety, the prediction, the activity or a note, or a
// new urge in the same window, leaves the countdown running.
Elsewhere changed_elsewhere(const Separation& seen, const Separation* now);

// The one line that says so, at most 39 columns (a 40-column terminal keeps one free); empty
// for Elsewhere::nothing.
std::string elsewhere_words(Elsewhere what);

} // namespace sepa
