#include "core/report_words.hpp"

#include "core/report_format.hpp"
#include "sepa/text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace sepa::report_words {

namespace rf = report_format;

std::vector<std::string> waits(const WaitCounts& c)
{
  if (c.waits == 0 && c.texted == 0 && c.emergencies == 0) {
    return {"No urges to call home logged."};
  }
  std::vector<std::string> out{
    fmt::format("{} to call home, across {}.", rf::count(c.urges, "urge", "urges"),
                rf::count(c.waits, "separation", "separations")),
    fmt::format("Passed without any contact: {}. Simple texts sent: {}. Emergency calls: {}.",
                c.passed, c.texted, c.emergencies)};
  if (c.came_home > 0) {
    out.push_back(fmt::format("Came home early instead: {}.", c.came_home));
  }
  return out;
}

// "6 fears noted: 2 did not happen; 3 did, and you came through each one; 1 not noted." A fear
// that came true is told with the coping, never bare.
std::vector<std::string> predictions(const PredictionCounts& p)
{
  if (p.made == 0) {
    return {"No fears noted yet."};
  }
  std::vector<std::string> parts;
  if (p.did_not_happen > 0) {
    parts.push_back(fmt::format("{} did not happen", p.did_not_happen));
  }
  if (p.happened > 0) {
    const std::string did = p.partly == 0            ? "did"
                            : p.partly == p.happened ? "partly did"
                                                     : fmt::format("did ({} partly)", p.partly);
    parts.push_back(fmt::format("{} {}, and you came through {}", p.happened, did,
                                p.happened == 1 ? "it" : "each one"));
  }
  if (p.not_recorded > 0) {
    parts.push_back(fmt::format("{} not noted", p.not_recorded));
  }
  const std::string text =
    fmt::format("{}: {}", rf::count(p.made, "fear noted", "fears noted"), fmt::join(parts, "; "));
  std::vector<std::string> out{text + "."};
  if (p.likely_before && p.likely_after) {
    out.push_back(
      fmt::format("How likely it felt, on average: {:.0f}% before you went, {:.0f}% after.",
                  *p.likely_before, *p.likely_after));
  }
  return out;
}

std::string days_practised(const Report& r)
{
  const Totals& t = r.totals;
  if (!r.since) {
    return fmt::format("Days practised: {} in the last 7 days, {} in the 7 before.",
                       t.days_this_week, t.days_last_week);
  }
  return fmt::format("Days practised: {} in these {}, {} in the {} before.", t.days_this_week,
                     rf::count(t.days_compared, "day", "days"), t.days_last_week,
                     rf::count(t.days_compared, "day", "days"));
}

std::string early_return(const ReportRow& row)
{
  return fmt::format("{} planned, back after {}", format_duration(row.source->planned),
                     format_duration(*row.actual));
}

std::string help_paragraph(const HelpNote& note)
{
  const HelpWords words = help_words(note);
  return words.why + ' ' + words.suggestion;
}

std::string about()
{
  return "sepa is a practice log kept by the parent, not a clinical record or medical advice. "
         "Anxiety is rated by the parent from 0 (calm) to 10 before leaving, at its peak and "
         "after coming back.";
}

} // namespace sepa::report_words
