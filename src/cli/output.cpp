#include "cli/output.hpp"

#include "io/files.hpp"
#include "sepa/errors.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <ostream>

namespace sepa {

bool unicode_locale(const Environment& env)
{
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const auto value = env.get(name);
    if (!value || value->empty()) {
      continue;
    }
    // "en_GB.UTF-8", "C.utf8", "de_DE.UTF-8@euro": the codeset follows the dot.
    std::string codeset = value->substr(std::min(value->find('.'), value->size()));
    codeset = codeset.substr(0, codeset.find('@'));
    std::erase(codeset, '-');
    std::transform(codeset.begin(), codeset.end(), codeset.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return codeset == ".utf8";
  }
  return false;
}

ColorMode color_mode_from(std::string_view when)
{
  return when == "always"  ? ColorMode::always
         : when == "never" ? ColorMode::never
                           : ColorMode::automatic;
}

bool use_color(ColorMode mode, const TerminalInfo& term, const Environment& env)
{
  // cli.md: never with NO_COLOR set or TERM=dumb, whatever the flag says. `always` only lifts
  // the terminal requirement (for a pager such as `less -R`).
  const auto no_color = env.get("NO_COLOR");
  if ((no_color && !no_color->empty()) || env.get("TERM") == "dumb") {
    return false;
  }
  switch (mode) {
  case ColorMode::always:
    return true;
  case ColorMode::never:
    return false;
  case ColorMode::automatic:
    break;
  }
  return term.stdout_tty;
}

// Diagnostics often quote what was typed, and a typed argument can hold escape sequences or line
// breaks: every diagnostic is neutralised here, so none can reach the terminal raw.
void print_error(const Context& ctx, std::string_view message, std::string_view hint)
{
  ctx.err << "sepa: error: " << neutralise(message) << '\n';
  if (!hint.empty()) {
    print_hint(ctx, hint);
  }
  ctx.err.flush();
}

void print_hint(const Context& ctx, std::string_view hint)
{
  ctx.err << "sepa: hint: " << neutralise(hint) << '\n';
}

void print_warning(const Context& ctx, std::string_view message)
{
  ctx.err << "sepa: warning: " << neutralise(message) << '\n';
}

void report_unknown_zone(const Context& ctx)
{
  if (ctx.zone_reported) {
    return;
  }
  ctx.zone_reported = true;
  if (const auto tz = unknown_zone(ctx.env)) {
    print_warning(ctx, fmt::format("TZ={} is not a time zone this system knows, so times are "
                                   "in UTC",
                                   *tz));
    print_hint(ctx, "set TZ to a zone name such as Europe/London (they are listed in "
                    "/usr/share/zoneinfo), or unset it to use the system's zone");
  }
}

std::string paint(const Context& ctx, Tone tone, std::string_view text)
{
  if (!ctx.color() || tone == Tone::plain) {
    return std::string(text);
  }
  const char* code = "";
  switch (tone) {
  case Tone::good:
    code = "32";
    break;
  case Tone::calm:
    code = "36";
    break;
  case Tone::warn:
    code = "33";
    break;
  case Tone::dim:
    code = "2";
    break;
  case Tone::bold:
    code = "1";
    break;
  case Tone::plain:
    break;
  }
  return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

std::string user_text(std::string_view text, std::string_view what)
{
  if (!valid_utf8(text)) {
    throw UsageError(fmt::format("the {} is not valid UTF-8 text", what),
                     "check your terminal's encoding; nothing was saved");
  }
  // Only spaces (a no-break or ideographic one too), line breaks or invisible characters would
  // be kept as a record that says nothing, and shown as an empty line.
  if (!text.empty() && blank(text)) {
    throw UsageError(fmt::format("the {} is blank", what),
                     "write it in a few words, or leave it out; nothing was saved");
  }
  constexpr std::size_t k_limit = 10000;
  if (text.size() > k_limit) {
    throw UsageError(
      fmt::format("the {} is {} bytes; sepa keeps at most {}", what, text.size(), k_limit),
      "a sentence or two is plenty; nothing was saved");
  }
  return std::string(text);
}

// The report is mental-health data: in a file of its own it is as private as the ladder. What
// goes to stdout is the shell's to place (docs/report.md).
void print_or_save(Context& ctx, const std::string& path, std::string_view text, Made made)
{
  if (path.empty() || path == "-") {
    (made == Made::prose ? ctx.out : ctx.data).write(text.data(), std::ssize(text));
    return;
  }
  write_private_file(path, text);
  if (ctx.term.stdout_tty) {
    ctx.out << "Saved to " << neutralise(quote(path)) << ", readable by you alone.\n";
  }
}

} // namespace sepa
