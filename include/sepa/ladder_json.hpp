#pragma once
// The ladder file's JSON form (docs/file-format.md). Pure: text in, ladder out, and back.

#include "sepa/ladder.hpp"

#include <string>
#include <string_view>

namespace sepa {

// Pretty-printed, "schema" first, keys in a fixed order, unknown keys kept, ending in a newline.
std::string serialize(const Ladder& ladder);

// Validates everything. Throws DataError naming the line and column (bad JSON), the JSON path and
// what was expected (wrong shape), or the schema (newer than this version reads). The message
// does not name the file: the store adds that.
Ladder parse_ladder(std::string_view text);

} // namespace sepa
