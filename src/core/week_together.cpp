// The week's facts for the weekly conversation.

#include "sepa/week_together.hpp"

#include "sepa/plans.hpp"
#include "sepa/progress.hpp"

#include <algorithm>

namespace sepa {

using namespace std::chrono;

namespace {

// The instant a local day begins, by the offset in force now (an hour off at most across a
// clock change, which moves nothing the week counts by days).
Timestamp day_start(local_days day, const Timestamp& now)
{
  return {SysSeconds{(day - now.offset).time_since_epoch()}, now.offset};
}

bool in(const Period& p, local_days day)
{
  return day >= p.first && day <= p.last;
}

std::vector<Seconds> mastered(const Progress& progress)
{
  std::vector<Seconds> out;
  for (const RungProgress& p : progress.rungs) {
    if (p.state == RungState::mastered) {
      out.push_back(p.length);
    }
  }
  return out;
}

void count_period(const Ladder& ladder, const Timestamp& now, Period& p)
{
  int rated = 0;
  double confidence = 0;
  for (const Separation& s : ladder.separations) {
    if (s.open() || !in(p, s.started.local_day())) {
      continue;
    }
    ++p.separations;
    p.apart += *s.ended - s.started;
    p.longest = std::max(p.longest, *s.ended - s.started);
    if (s.partner && s.partner->confidence) {
      ++rated;
      confidence += *s.partner->confidence;
    }
  }
  if (rated > 0) {
    p.confidence = confidence / rated;
  }
  for (const PlannedSeparation& plan : ladder.plans) {
    if (plan.state == PlanState::removed || !in(p, plan.at.local_day())) {
      continue;
    }
    ++p.planned;
    p.kept += plan.state == PlanState::kept ? 1 : 0;
    p.missed += is_missed(plan, now) ? 1 : 0;
  }
  const auto before = mastered(assess_until(ladder, day_start(p.first, now)));
  for (const Seconds length : mastered(assess_until(ladder, day_start(p.last + days{1}, now)))) {
    if (std::find(before.begin(), before.end(), length) == before.end()) {
      p.rungs_learned.push_back(length);
    }
  }
}

std::string folded(std::string_view text)
{
  std::string out;
  for (const char c : text) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) {
      continue;
    }
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  return out;
}

void collect_words(const Ladder& ladder, Week& w)
{
  int rated = 0;
  double before = 0;
  double after = 0;
  std::vector<std::string> keys;
  for (const Separation& s : ladder.separations) {
    const local_days day = s.started.local_day();
    if (!in(w.this_week, day)) {
      continue;
    }
    const auto say = [day](std::vector<Said>& list, const std::string& text) {
      if (!text.empty()) {
        list.push_back({day, text});
      }
    };
    say(w.praise, s.praise);
    say(w.notes, s.note);
    if (s.partner) {
      say(w.thanks, s.partner->thanks);
      say(w.needs, s.partner->needed);
      say(w.baby, s.partner->baby);
    }
    if (s.open() || s.prediction.empty()) {
      continue;
    }
    const std::string key = folded(s.prediction);
    const auto i =
      static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
    if (i == keys.size()) {
      keys.push_back(key);
      w.fears.push_back({s.prediction, 0, 0});
    }
    Fear& fear = w.fears[i];
    ++fear.made;
    fear.happened += s.happened && s.happened != Happened::no ? 1 : 0;
    if (s.likely_before && s.likely_after) {
      ++rated;
      before += *s.likely_before;
      after += *s.likely_after;
    }
  }
  std::stable_sort(w.fears.begin(), w.fears.end(),
                   [](const Fear& a, const Fear& b) { return a.made > b.made; });
  if (rated > 0) {
    w.likely_before = before / rated;
    w.likely_after = after / rated;
  }
}

} // namespace

Week build_week(const Ladder& ladder, std::optional<local_days> since, const Timestamp& now)
{
  Week w;
  w.at = now;
  const local_days first = since.value_or(now.local_day() - days{6});
  w.this_week.first = first;
  w.this_week.last = first + days{6};
  w.last_week.first = first - days{7};
  w.last_week.last = first - days{1};
  count_period(ladder, now, w.this_week);
  count_period(ladder, now, w.last_week);
  collect_words(ladder, w);
  for (const PlannedSeparation* p : upcoming(ladder, now)) {
    if (p->at.utc <= now.utc + days{7}) {
      w.coming.push_back(p);
    }
  }
  w.parent = ladder.names.parent;
  w.partner = ladder.names.partner;
  return w;
}

} // namespace sepa
