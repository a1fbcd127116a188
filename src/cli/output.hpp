#pragma once
// Small helpers for what commands print: diagnostics on stderr, and colour that is only used when
// the context allows it.

#include "cli/context.hpp"

#include <string>
#include <string_view>

namespace sepa {

void print_error(const Context& ctx, std::string_view message, std::string_view hint = {});
void print_hint(const Context& ctx, std::string_view hint);
// `sepa: warning: …` on stderr: something worth knowing that does not stop the command.
void print_warning(const Context& ctx, std::string_view message);

enum class Tone { plain, good, calm, warn, dim, bold };
std::string paint(const Context& ctx, Tone tone, std::string_view text);

// What a command made, on stdout, or with `--output FILE` (`path` not empty and not "-") in
// FILE, written atomically and private (0600); on a terminal a line then says where it went.
// Prose is laid out for the terminal on stdout; a document (JSON, CSV, HTML, Markdown) is not.
enum class Made { prose, document };
void print_or_save(Context& ctx, const std::string& path, std::string_view text,
                   Made made = Made::prose);

// User-written text, checked at the command line: must be valid UTF-8, not blank unless empty
// (empty means "not given"), and at most 10,000 bytes. Throws UsageError naming `what`.
std::string user_text(std::string_view text, std::string_view what);

} // namespace sepa
