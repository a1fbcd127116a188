#pragma once
// Getting at the ladder from a command: under the lock for changes (creating the default ladder
// on first use and saying where), or a plain read for commands that only look. And the sync
// tools' conflict copies beside it, which Context::store() reports once per run.

#include "cli/context.hpp"
#include "sepa/ladder.hpp"
#include "sepa/store.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sepa {

// The ladder read under the transaction's lock, moved out of it (tx.ladder() is empty
// afterwards), or a new default one when there is no file yet.
Ladder ladder_or_default(Transaction& tx, const Context& ctx);

// Whether the ladder file exists yet, for a command that would only refuse without one: it can
// refuse before the lock makes a folder and a lock file.
bool has_ladder_file(const Context& ctx);

// What a command changed, for the history `sepa undo` reads: a few words, at the command's now.
Change change(const Context& ctx, std::string what);

// "the 15m separation (Walk to the shop)": how a change names a separation.
std::string separation_words(const Separation& s);

// Says where a new ladder was created (on stderr); call after its first save succeeded.
void say_created(const Context& ctx);

// For commands that only look: the ladder, or empty when there is none yet.
std::optional<Ladder> read_ladder(const Context& ctx);

// The conflict copies a sync tool left beside the ladder, as full paths (docs/sync.md).
std::vector<std::filesystem::path> conflict_copy_paths(const Context& ctx);

// report_conflict_copies (declared in context.hpp), once per run: `sepa: warning: …` naming the
// conflict copies and a hint with the exact `sepa merge` command for each; nothing when there are
// none.

// "sepa merge COPY", with "--file LADDER" first when the ladder was chosen with --file.
std::string merge_command(const Context& ctx, const std::filesystem::path& copy);

} // namespace sepa
