#include "cli/report.hpp"

#include "cli/checks.hpp"
#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "sepa/errors.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

namespace sepa {

namespace {

ReportFormat format_named(const std::string& name)
{
  const std::map<std::string, ReportFormat> formats{
    {"text", ReportFormat::text},   {"json", ReportFormat::json},
    {"csv", ReportFormat::csv},     {"markdown", ReportFormat::markdown},
    {"md", ReportFormat::markdown}, {"html", ReportFormat::html}};
  return formats.at(name);
}

} // namespace

void register_report(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<ReportOptions>();
  auto format = std::make_shared<std::string>("text");
  CLI::App* sub = app.add_subcommand("report", "The way you have come: progress, worry, evidence");
  sub->fallthrough();
  sub->add_option("--format", *format, "text (default), json, csv, markdown (or md) or html")
    ->transform(one_of({"text", "json", "csv", "markdown", "md", "html"}))
    ->type_name("FORMAT");
  sub
    ->add_option("--since", o->since,
                 "Only separations from this day: YYYY-MM-DD, today, yesterday, 7d or 2w")
    ->type_name("DATE");
  sub
    ->add_option("--output", o->output,
                 "Write it to FILE, readable by you alone (replaced whole, never half-written)")
    ->check(not_blank("--output report.html"))
    ->type_name("FILE");
  sub->footer("Examples:\n  sepa report\n  sepa report --since 2w\n"
              "  sepa report --format html --output report.html\n"
              "  sepa report --format markdown --since 2026-03-01 > for-my-therapist.md\n"
              "  sepa report --format csv > separations.csv");
  sub->callback([o, format, sub, &ctx] {
    ReportOptions options = *o;
    options.format = format_named(*format);
    if (sub->get_option("--since")->count() > 0 && options.since.empty()) {
      throw UsageError("--since needs a day", "for example --since 2026-03-01 or --since 7d");
    }
    ctx.status = run_report(options, ctx);
  });
}

int run_report(const ReportOptions& options, Context& ctx)
{
  const Timestamp now = ctx.now();
  std::optional<LocalDays> since;
  if (!options.since.empty()) {
    const auto day = parse_since(options.since, now);
    if (!day) {
      throw UsageError(day.error, day.hint);
    }
    since = day.value;
  }
  const std::optional<Ladder> ladder = read_ladder(ctx);
  if (!ladder && options.format == ReportFormat::text) {
    print_or_save(ctx, options.output,
                  "No ladder yet, so there is nothing to report. `sepa plan` sets one up, and the "
                  "report fills in as you practise.\n");
    return 0;
  }
  // Exports of a missing ladder are well-formed and empty, so a script never chokes on them.
  const Ladder empty;
  const Report report = build_report(ladder ? *ladder : empty, since, now);
  TextOptions text;
  const bool to_file = !options.output.empty() && options.output != "-";
  text.color = ctx.color() && !to_file; // no escape codes in a file
  text.width = to_file ? 80 : ctx.width();
  if (to_file) {
    // Whole in memory first: the file is replaced in one step, or not at all.
    print_or_save(ctx, options.output, render(report, options.format, text),
                  options.format == ReportFormat::text ? Made::prose : Made::document);
    return 0;
  }
  std::ostream& out = options.format == ReportFormat::text ? ctx.out : ctx.data;
  render(report, options.format, text,
         [&out](std::string_view piece) { out.write(piece.data(), std::ssize(piece)); });
  return 0;
}

} // namespace sepa
