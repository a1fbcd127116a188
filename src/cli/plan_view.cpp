// What `sepa plan` and `sepa plan card` show.

#include "cli/output.hpp"
#include "cli/plan.hpp"
#include "cli/plan_together.hpp"
#include "io/files.hpp"
#include "sepa/parse.hpp"
#include "sepa/partner_side.hpp"
#include "sepa/progress.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

namespace {

// A numbered list, or what to do while it is empty, wrapped to the screen's width.
std::string list_block(const std::vector<std::string>& items, std::string_view empty,
                       std::size_t width)
{
  if (items.empty()) {
    return wrap(empty, width, "  ");
  }
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += wrap(neutralise(items[i]), width, fmt::format("  {}. ", i + 1));
  }
  return out;
}

} // namespace

std::string render_plan(const Ladder& ladder, const Context& ctx)
{
  const Progress progress = assess(ladder, ctx.now());
  std::string out = fmt::format("Your ladder ({})\n\n", quote(ctx.ladder_path().path));
  if (ladder.rungs.empty()) {
    out += "  No rungs yet. Add the first with `sepa plan add 5m A shower with the door closed`.\n";
  }
  std::size_t activity_width = 0;
  for (const Rung& r : ladder.rungs) {
    activity_width = std::max(activity_width, display_width(r.activity));
  }
  activity_width = std::min<std::size_t>(activity_width, 40);
  for (std::size_t i = 0; i < ladder.rungs.size(); ++i) {
    const RungProgress& p = progress.rungs[i];
    const char* mark = p.state == RungState::mastered  ? "✓"
                       : p.state == RungState::current ? "▸"
                                                       : " ";
    const Tone tone = p.state == RungState::mastered  ? Tone::good
                      : p.state == RungState::current ? Tone::bold
                                                      : Tone::dim;
    std::string state = p.reason.empty() ? std::string(to_string(p.state))
                                         : fmt::format("{}: {}", to_string(p.state), p.reason);
    // One line a rung; where that does not fit (a phone), the state goes under the activity.
    const std::string rung =
      fmt::format(" {} {} ", paint(ctx, tone, mark), fit(format_duration(p.length), 6));
    if (8 + activity_width + 2 + display_width(state) <= ctx.width()) {
      out += fmt::format("{}{}  {}\n", rung, fit(ladder.rungs[i].activity, activity_width),
                         paint(ctx, Tone::dim, state));
    } else {
      out += fmt::format("{}{}\n{}{}\n", rung, neutralise(ladder.rungs[i].activity),
                         std::string(10, ' '), paint(ctx, Tone::dim, state));
    }
  }
  const std::string next = next_words(progress);
  if (!next.empty()) {
    out += "\n" + paint(ctx, Tone::calm, next) + "\n";
  }
  if (const std::string planned = next_plan_line(ladder, ctx.now()); !planned.empty()) {
    out += (next.empty() ? "\n" : "") + planned + "\n";
  }
  if (!ladder.names.parent.empty() || !ladder.names.partner.empty()) {
    out += ladder.names.parent.empty()
             ? fmt::format("\nThe two of you: {} stays with the baby while you go out\n",
                           partner_name(ladder))
             : fmt::format("\nThe two of you: {} goes out, {} stays with the baby\n",
                           neutralise(ladder.names.parent), partner_name(ladder));
  }
  out += fmt::format("\nWait before calling home: {}\n", format_duration(ladder.wait));
  out += fmt::format("The one simple text: \"{}\"\n", neutralise(ladder.message));
  out += fmt::format("\n{} strengths, to read when the worry peaks:\n", partners_cap(ladder));
  out += list_block(ladder.strengths,
                    "none yet; write a few together: sepa plan strength \"Calm at bath time\"",
                    ctx.width());
  out += "\nAgreed emergencies, worth a call straight away:\n";
  out += list_block(ladder.emergencies,
                    "none agreed yet; decide together what counts: sepa plan emergency \"…\"",
                    ctx.width());
  out += "\nSafety behaviours to fade (each rung needs a day without them):\n";
  out += list_block(ladder.safety,
                    "none yet; name what you lean on: sepa plan safety \"Checking the monitor\"",
                    ctx.width());
  return out;
}

std::string render_card(const Ladder& ladder)
{
  std::string out = "Our plan for practising time apart\n\n";
  out += "Call me straight away if:\n";
  if (ladder.emergencies.empty()) {
    out += "  (we have not agreed these yet; let's decide together what counts)\n";
  }
  for (const std::string& e : ladder.emergencies) {
    out += fmt::format("  • {}\n", neutralise(e));
  }
  out += fmt::format(
    "\nOtherwise I will wait {} before getting in touch. If I still want to, I will send one "
    "text:\n  \"{}\"\nA short answer is all I need, and I will leave it at that.\n",
    format_duration(ladder.wait), neutralise(ladder.message));
  out += "\nYou know our baby well. This plan is ours, made together.\n";
  return out;
}

} // namespace sepa
