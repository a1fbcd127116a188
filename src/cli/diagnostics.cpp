#include "cli/diagnostics.hpp"

#include "cli/ladder_access.hpp"
#include "io/files.hpp"
#include "io/inspect.hpp"
#include "sepa/errors.hpp"
#include "sepa/session.hpp"
#include "sepa/version.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace sepa {

namespace fs = std::filesystem;

namespace {

constexpr const char* k_compiler =
#if defined(__clang__)
  "clang " __clang_version__;
#elif defined(__GNUC__)
  "GCC " __VERSION__;
#else
  "an unknown compiler";
#endif

std::string row(std::string_view label, std::string_view value)
{
  return fmt::format("{:<18}{}\n", label, value);
}

std::string file_state(const fs::path& path)
{
  const FileFacts f = file_facts(path);
  if (!f.exists) {
    return "not created yet (`sepa plan` creates it)";
  }
  std::string s = fmt::format("{} bytes, mode {:04o}", f.size, f.mode);
  if ((f.mode & 077) != 0) {
    s += fmt::format("; others can read it, so run: chmod 600 {}", quote(path));
  }
  return s;
}

std::string ladder_rows(const Store& store)
{
  std::string out;
  try {
    const auto ladder = store.load();
    if (!ladder) {
      return out;
    }
    const Separation* open = open_separation(*ladder);
    out += row("  schema", fmt::format("{} (this sepa reads up to {})", ladder->schema, k_schema));
    out += row("  separations", fmt::format("{}{}", ladder->separations.size(),
                                            open ? ", one under way" : ", none under way"));
    out += row("  rungs", std::to_string(ladder->rungs.size()));
  } catch (const Error& e) {
    out += row("  readable", fmt::format("no: {}", e.what()));
    if (!e.hint().empty()) {
      out += row("", e.hint());
    }
  }
  return out;
}

std::string lock_state(const Store& store)
{
  const LockProbe probe = probe_lock(store.lock_path());
  switch (probe.state) {
  case LockState::no_file:
    return "no lock file yet";
  case LockState::free:
    return "free";
  case LockState::held:
    return probe.holder.empty() ? "held by another sepa right now"
                                : fmt::format("held by process {} right now", probe.holder);
  }
  return {};
}

std::string listing(const std::vector<fs::path>& paths, std::string_view none)
{
  if (paths.empty()) {
    return std::string(none);
  }
  std::string out;
  for (const fs::path& p : paths) {
    out += (out.empty() ? "" : "\n" + std::string(18, ' ')) + quote(p);
  }
  return out;
}

std::string ladder_section(const Context& ctx)
{
  LadderPath where;
  try {
    where = ctx.ladder_path();
  } catch (const Error& e) {
    return row("Ladder file", fmt::format("unknown: {} ({})", e.what(), e.hint()));
  }
  const Store store(where.path, ctx.store_options);
  std::error_code ec;
  const fs::path absolute = fs::absolute(store.path(), ec);
  std::string out = row("Ladder file", quote(ec ? store.path() : absolute));
  out += row("  chosen by", to_string(where.source));
  out += row("  file", file_state(store.path()));
  out += ladder_rows(store);
  out += row("  lock", lock_state(store));
  out += row("  backups", listing(store.backups(), "none yet"));
  auto copies = conflict_copy_paths(ctx);
  out += row("  conflict copies", listing(copies, "none"));
  for (const fs::path& copy : copies) {
    out += row("", fmt::format("merge it with: {}", merge_command(ctx, copy)));
  }
  return out;
}

std::string offset_text(std::chrono::minutes offset)
{
  const auto m = offset.count();
  return fmt::format("UTC{}{:02}:{:02}", m < 0 ? '-' : '+', std::abs(m) / 60, std::abs(m) % 60);
}

} // namespace

std::string colour_reason(const Context& ctx)
{
  const char* state = ctx.color() ? "on" : "off";
  if (ctx.color_mode != ColorMode::automatic) {
    return fmt::format("{}: --color {}", state,
                       ctx.color_mode == ColorMode::always ? "always" : "never");
  }
  const auto no_color = ctx.env.get("NO_COLOR");
  if (!ctx.term.stdout_tty) {
    return fmt::format("{}: stdout is not a terminal", state);
  }
  if (no_color && !no_color->empty()) {
    return fmt::format("{}: NO_COLOR is set", state);
  }
  if (ctx.env.get("TERM") == "dumb") {
    return fmt::format("{}: TERM is dumb", state);
  }
  return fmt::format("{}: stdout is a terminal", state);
}

void register_diagnostics(CLI::App& app, Context& ctx)
{
  CLI::App* sub = app.add_subcommand("diagnostics", "What sepa is using, for a bug report");
  sub->fallthrough();
  sub->footer("Examples:\n  sepa diagnostics\n  sepa --file ~/Sync/sepa/ladder.json diagnostics\n"
              "It only looks: nothing is changed. Your ladder's contents are not shown.");
  sub->callback([&ctx] { ctx.status = run_diagnostics(DiagnosticsOptions{}, ctx); });
}

int run_diagnostics(const DiagnosticsOptions&, Context& ctx)
{
  ctx.conflicts_reported = true; // listed below with the merge command for each

  const Timestamp now = ctx.now();
  std::string out = row("Version", std::string("sepa ") + k_version);
  out += ladder_section(ctx);
  out += row("Time zone", fmt::format("{}, now {} ({})", zone_description(ctx.env),
                                      offset_text(now.offset), format_rfc3339(now)));
  out += row("Colour", colour_reason(ctx));
  out += row("Terminal", fmt::format("stdin {}, stdout {}, {} columns",
                                     ctx.term.stdin_tty ? "is a terminal" : "is not a terminal",
                                     ctx.term.stdout_tty ? "is a terminal" : "is not a terminal",
                                     ctx.term.width));
  out +=
    row("Built with", fmt::format("{}, CLI11 {}, nlohmann/json {}.{}.{}, fmt {}.{}.{}", k_compiler,
                                  CLI11_VERSION, NLOHMANN_JSON_VERSION_MAJOR,
                                  NLOHMANN_JSON_VERSION_MINOR, NLOHMANN_JSON_VERSION_PATCH,
                                  FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100));
  ctx.data << out; // printed as it is, to be pasted whole into a bug report
  return 0;
}

} // namespace sepa
