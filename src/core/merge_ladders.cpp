// Merging two copies of a ladder. Each rule is chosen so that merging is idempotent (merging the
// same copy again changes nothing) and never drops a record either copy holds.

#include "sepa/merge_ladders.hpp"

#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/parse.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace sepa {

namespace {

// How much a copy of a separation has recorded: every detail filled and every list entry.
std::size_t details(const Separation& s)
{
  std::size_t n = s.urges.size() + s.checkins.size() + s.used.size() + s.extra.size();
  for (const bool filled :
       {s.ended.has_value(), !s.activity.empty(), s.anxiety.has_value(), s.peak.has_value(),
        s.after.has_value(), !s.prediction.empty(), s.likely_before.has_value(),
        s.happened.has_value(), s.likely_after.has_value(), !s.coped.empty(), !s.praise.empty(),
        !s.note.empty(), s.wait_until.has_value(), s.partner.has_value()}) {
    n += filled ? 1 : 0;
  }
  return n;
}

template <class T> void fill(std::optional<T>& into, const std::optional<T>& from)
{
  if (!into) {
    into = from;
  }
}

void fill(std::string& into, const std::string& from)
{
  if (into.empty()) {
    into = from;
  }
}

// Appends the entries `into` lacks, then orders by time. Identical entries are never doubled;
// entries that differ in anything are both kept, since either may be the real record. A list
// that gains nothing keeps its order, so merging a copy already merged changes nothing.
template <class T> void add_missing(std::vector<T>& into, const std::vector<T>& from)
{
  const std::size_t had = into.size();
  for (const T& item : from) {
    if (std::find(into.begin(), into.end(), item) == into.end()) {
      into.push_back(item);
    }
  }
  if (into.size() > had) {
    std::stable_sort(into.begin(), into.end(), [](const T& a, const T& b) { return a.at < b.at; });
  }
}

std::size_t add_missing_texts(std::vector<std::string>& into, const std::vector<std::string>& from)
{
  std::size_t added = 0;
  for (const std::string& text : from) {
    if (std::find(into.begin(), into.end(), text) == into.end()) {
      into.push_back(text);
      ++added;
    }
  }
  return added;
}

void add_missing_keys(Extra& into, const Extra& from)
{
  into.insert(from.begin(), from.end());
}

std::size_t merge_rungs(std::vector<Rung>& into, const std::vector<Rung>& from)
{
  std::size_t added = 0;
  for (const Rung& rung : from) {
    const auto same = std::find_if(into.begin(), into.end(),
                                   [&](const Rung& r) { return r.length == rung.length; });
    if (same == into.end()) {
      into.push_back(rung);
      ++added;
      continue;
    }
    fill(same->activity, rung.activity);
    add_missing_keys(same->extra, rung.extra);
  }
  std::stable_sort(into.begin(), into.end(),
                   [](const Rung& a, const Rung& b) { return a.length < b.length; });
  return added;
}

// The partner's side of a separation, recorded in either copy or both: the one recorded later
// wins, with what only the other holds folded in.
std::optional<PartnerSide> merge_partner(const std::optional<PartnerSide>& ours,
                                         const std::optional<PartnerSide>& theirs)
{
  if (!ours || !theirs) {
    return ours ? ours : theirs;
  }
  const bool theirs_newer = theirs->at && (!ours->at || *ours->at < *theirs->at);
  PartnerSide out = theirs_newer ? *theirs : *ours;
  const PartnerSide& older = theirs_newer ? *ours : *theirs;
  fill(out.confidence, older.confidence);
  for (auto field :
       {&PartnerSide::went_well, &PartnerSide::needed, &PartnerSide::thanks, &PartnerSide::baby}) {
    fill(out.*field, older.*field);
  }
  fill(out.at, older.at);
  add_missing_keys(out.extra, older.extra);
  return out;
}

// Planned separations, matched by id: one kept or removed wins over one still planned (so a
// merge never brings a removed plan back); otherwise the one updated later.
std::size_t merge_plans(std::vector<PlannedSeparation>& into,
                        const std::vector<PlannedSeparation>& from)
{
  std::size_t added = 0;
  for (const PlannedSeparation& plan : from) {
    const auto same = std::find_if(into.begin(), into.end(),
                                   [&](const PlannedSeparation& p) { return p.id == plan.id; });
    if (same == into.end()) {
      into.push_back(plan);
      ++added;
      continue;
    }
    const bool settled = same->state != PlanState::planned;
    const bool theirs_settled = plan.state != PlanState::planned;
    const bool theirs_newer = plan.updated && (!same->updated || *same->updated < *plan.updated);
    if (settled != theirs_settled ? theirs_settled : theirs_newer) {
      Extra extra = same->extra;
      *same = plan;
      add_missing_keys(same->extra, extra);
    } else {
      add_missing_keys(same->extra, plan.extra);
    }
  }
  return added;
}

// The two copies each had one separation under way; the file format allows only one.
void refuse_two_open(const Ladder& merged, const Ladder& ours)
{
  std::vector<const Separation*> open;
  for (const Separation& s : merged.separations) {
    if (s.open()) {
      open.push_back(&s);
    }
  }
  if (open.size() < 2) {
    return;
  }
  const auto mine = std::find_if(open.begin(), open.end(), [&](const Separation* s) {
    return std::any_of(ours.separations.begin(), ours.separations.end(),
                       [&](const Separation& o) { return o.id == s->id; });
  });
  const Separation* yours = mine == open.end() ? open.front() : *mine;
  const Separation* other = yours == open.front() ? open.back() : open.front();
  throw StateError(
    fmt::format("your ladder and the other copy each have a separation under way (yours started "
                "{}, the other started {}), and only one can be open at a time",
                format_day_clock(yours->started), format_day_clock(other->started)),
    "finish yours first with `sepa done` (or `sepa done --at HH:MM`), then merge again; "
    "nothing was changed");
}

// A fixed order between two different copies of one separation, the same whichever copy is
// ours: their JSON text, without `updated` (which merging itself moves on).
bool sorts_first(Separation a, Separation b)
{
  a.updated.reset();
  b.updated.reset();
  Ladder one;
  Ladder other;
  one.separations.push_back(std::move(a));
  other.separations.push_back(std::move(b));
  return serialize(one) < serialize(other);
}

std::string earlier_created(const std::string& ours, const std::string& theirs)
{
  const auto a = parse_rfc3339(ours);
  const auto b = parse_rfc3339(theirs);
  if (!a) {
    return b ? theirs : ours;
  }
  return b && *b < *a ? theirs : ours;
}

} // namespace

Side newer_edit(const Separation& ours, const Separation& theirs)
{
  if (ours.open() != theirs.open()) {
    return ours.open() ? Side::theirs : Side::ours;
  }
  if (ours.updated && theirs.updated && ours.updated->utc != theirs.updated->utc) {
    return *ours.updated < *theirs.updated ? Side::theirs : Side::ours;
  }
  if (details(theirs) != details(ours)) {
    return details(theirs) > details(ours) ? Side::theirs : Side::ours;
  }
  return ours == theirs || !sorts_first(theirs, ours) ? Side::ours : Side::theirs;
}

Separation merge_separation(const Separation& ours, const Separation& theirs)
{
  const bool ours_newer = newer_edit(ours, theirs) == Side::ours;
  Separation out = ours_newer ? ours : theirs;
  const Separation& older = ours_newer ? theirs : ours;
  fill(out.activity, older.activity);
  fill(out.anxiety, older.anxiety);
  fill(out.peak, older.peak);
  fill(out.after, older.after);
  fill(out.prediction, older.prediction);
  fill(out.likely_before, older.likely_before);
  fill(out.happened, older.happened);
  fill(out.likely_after, older.likely_after);
  fill(out.coped, older.coped);
  if (out.used.empty()) {
    out.used = older.used;
  }
  fill(out.praise, older.praise);
  fill(out.note, older.note);
  fill(out.wait_until, older.wait_until);
  add_missing(out.urges, older.urges);
  add_missing(out.checkins, older.checkins);
  out.partner = merge_partner(out.partner, older.partner);
  // Judged by the first release's rule in either copy: nothing earned is taken away.
  if (older.rule == RuleVersion::first) {
    out.rule = RuleVersion::first;
  }
  add_missing_keys(out.extra, older.extra);
  if (older.updated && (!out.updated || *out.updated < *older.updated)) {
    out.updated = older.updated;
  }
  return out;
}

MergeResult merge_ladders(const Ladder& ours, const Ladder& theirs)
{
  MergeResult result{ours, {}};
  Ladder& merged = result.ladder;
  MergeSummary& summary = result.summary;

  std::map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < merged.separations.size(); ++i) {
    by_id.emplace(merged.separations[i].id, i);
  }
  for (const Separation& s : theirs.separations) {
    const auto found = by_id.find(s.id);
    if (found == by_id.end()) {
      merged.separations.push_back(s);
      ++summary.added;
      continue;
    }
    Separation& mine = merged.separations[found->second];
    Separation both = merge_separation(mine, s);
    if (both == mine) {
      ++summary.unchanged;
    } else {
      mine = std::move(both);
      ++summary.updated;
    }
  }
  if (summary.added > 0) { // else the order is ours, already merged or as the file has it
    std::stable_sort(
      merged.separations.begin(), merged.separations.end(),
      [](const Separation& a, const Separation& b) { return a.started < b.started; });
  }
  refuse_two_open(merged, ours);

  summary.rungs = merge_rungs(merged.rungs, theirs.rungs);
  summary.strengths = add_missing_texts(merged.strengths, theirs.strengths);
  summary.emergencies = add_missing_texts(merged.emergencies, theirs.emergencies);
  summary.safety = add_missing_texts(merged.safety, theirs.safety);
  fill(merged.names.parent, theirs.names.parent);
  fill(merged.names.partner, theirs.names.partner);
  add_missing_keys(merged.names.extra, theirs.names.extra);
  summary.plans = merge_plans(merged.plans, theirs.plans);
  merged.created = earlier_created(merged.created, theirs.created);
  add_missing_keys(merged.rules.extra, theirs.rules.extra);
  add_missing_keys(merged.extra, theirs.extra);
  summary.changed = serialize(merged) != serialize(ours);
  return result;
}

} // namespace sepa
