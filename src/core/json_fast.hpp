#pragma once
// A fast, strict JSON reader for the common case (internal to the ladder reader).

#include "core/ladder_sax.hpp"

#include <string_view>

namespace sepa::raw {

// Reads `text` into `handler` and returns true, or returns false as soon as it meets anything
// it leaves to nlohmann's parser: bad JSON, a byte-order mark, a number that does not fit.
// After false the handler holds part of the file and must be discarded.
bool read_fast(std::string_view text, Handler& handler);

} // namespace sepa::raw
