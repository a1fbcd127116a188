#include "sepa/corrections.hpp"

#include "sepa/errors.hpp"
#include "sepa/parse.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace sepa {

namespace {

std::string or_none(std::string text)
{
  return text.empty() ? std::string("(none)") : text;
}

template <class T> std::string number(const std::optional<T>& n, const char* unit)
{
  return n ? fmt::format("{}{}", *n, unit) : std::string("(none)");
}

// A time in words, to the second when the minute alone would hide a change.
std::string clock_words(const Timestamp& t, bool seconds)
{
  const auto s = t.utc.time_since_epoch().count();
  return seconds ? fmt::format("{}:{:02}", format_day_clock(t), (s % 60 + 60) % 60)
                 : format_day_clock(t);
}

// Whether a time moved by seconds alone, which its words to the minute would hide.
bool moved_by_seconds(const std::optional<Timestamp>& was, const std::optional<Timestamp>& is)
{
  return was && is && *was != *is && format_day_clock(*was) == format_day_clock(*is);
}

struct Shown {
  const char* key;  // as in the file
  const char* name; // in words
  std::string value;
};

// Every field edit can change, in words, in the order `sepa edit --help` lists them.
std::vector<Shown> fields(const Separation& s, bool seconds)
{
  return {
    {"started", "started", clock_words(s.started, seconds)},
    {"ended", "ended", s.ended ? clock_words(*s.ended, seconds) : std::string("(open)")},
    {"planned", "planned", format_duration(s.planned)},
    {"activity", "activity", or_none(s.activity)},
    {"anxiety", "anxiety", number(s.anxiety, "/10")},
    {"prediction", "prediction", or_none(s.prediction)},
    {"likely_before", "likely before", number(s.likely_before, "%")},
    {"peak", "peak", number(s.peak, "/10")},
    {"after", "after", number(s.after, "/10")},
    {"happened", "happened", s.happened ? to_string(*s.happened) : std::string("(none)")},
    {"likely_after", "likely after", number(s.likely_after, "%")},
    {"coped", "coped", or_none(s.coped)},
    {"used", "used", or_none(fmt::format("{}", fmt::join(s.used, "; ")))},
    {"praise", "praise", or_none(s.praise)},
    {"note", "note", or_none(s.note)},
  };
}

template <class T> void set(T& field, const std::optional<T>& value)
{
  if (value) {
    field = *value;
  }
}

template <class T> void set(std::optional<T>& field, const std::optional<T>& value)
{
  if (value) {
    field = *value;
  }
}

// The start and end must keep their order, hold what was recorded in between, and not reach
// into the separations on either side.
void check_times(const Ladder& ladder, const Separation& s)
{
  const Timestamp end = *s.ended;
  if (end.utc < s.started.utc) {
    throw UsageError(fmt::format("the end ({}) is before the start ({})", format_day_clock(end),
                                 format_day_clock(s.started)),
                     "give --started and --ended in their order");
  }
  const auto inside = [&](const Timestamp& t, const char* what) {
    if (t.utc < s.started.utc || end.utc < t.utc) {
      throw UsageError(
        fmt::format("{} ({}) would fall outside the separation", what, format_day_clock(t)),
        "keep it between --started and --ended");
    }
  };
  for (const Urge& u : s.urges) {
    inside(u.at, "your urge to call home");
  }
  for (const Checkin& c : s.checkins) {
    inside(c.at, "your check-in");
  }
  for (const Separation& other : ladder.separations) {
    if (&other == &s) {
      continue;
    }
    const Timestamp other_end = other.ended.value_or(Timestamp{k_latest, {}});
    if (other.started.utc < end.utc && s.started.utc < other_end.utc) {
      throw UsageError(fmt::format("that would overlap the separation {} (started {})",
                                   format_duration(other.planned), format_day_clock(other.started)),
                       "check the times with `sepa report`");
    }
  }
}

} // namespace

Separation& find_finished(Ladder& ladder, std::string_view which)
{
  Separation* found = nullptr;
  if (which == "last") {
    for (auto it = ladder.separations.rbegin(); it != ladder.separations.rend() && !found; ++it) {
      found = it->open() ? nullptr : &*it;
    }
    if (found == nullptr) {
      throw StateError("no separation has been finished yet, so there is nothing to edit",
                       "when one is open, end it with `sepa done`");
    }
    return *found;
  }
  int matches = 0;
  for (Separation& s : ladder.separations) {
    if (s.id == which) {
      found = &s;
      matches = 1;
      break;
    }
    if (!which.empty() && s.id.rfind(which, 0) == 0) {
      found = &s;
      ++matches;
    }
  }
  if (found == nullptr || matches > 1) {
    throw StateError(
      matches > 1 ? fmt::format("\"{}\" begins the ids of {} separations", which, matches)
                  : fmt::format("no separation has the id \"{}\"", which),
      matches > 1 ? "give more of the id; `sepa report --format csv` lists them"
                  : "`sepa report --format csv` lists the ids; or use `sepa edit last`");
  }
  if (found->open()) {
    throw StateError("that separation is still open",
                     "end it with `sepa done`, or discard it with `sepa cancel`");
  }
  return *found;
}

std::vector<FieldEdit> edit_separation(Ladder& ladder, Separation& s, const EditRequest& r,
                                       const Timestamp& now)
{
  const Separation was = s;
  set(s.started, r.started);
  s.ended = r.ended ? r.ended : s.ended;
  set(s.planned, r.planned);
  set(s.activity, r.activity);
  set(s.anxiety, r.anxiety);
  set(s.prediction, r.prediction);
  set(s.likely_before, r.likely_before);
  set(s.peak, r.peak);
  set(s.after, r.after);
  set(s.happened, r.happened);
  set(s.likely_after, r.likely_after);
  set(s.coped, r.coped);
  set(s.used, r.used);
  set(s.praise, r.praise);
  set(s.note, r.note);
  try {
    check_times(ladder, s);
  } catch (...) {
    s = was;
    throw;
  }
  // Times in words to the minute, as people give them, or to the second when one moved by less.
  const bool seconds =
    moved_by_seconds(was.started, s.started) || moved_by_seconds(was.ended, s.ended);
  const auto before = fields(was, seconds);
  const auto after = fields(s, seconds);
  std::vector<FieldEdit> changed;
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (before[i].value != after[i].value) {
      changed.push_back({before[i].name, before[i].value, after[i].value, before[i].key});
    }
  }
  if (changed.empty()) {
    s = was; // the same instant in another offset, say: nothing to save
  } else {
    s.updated = now;
  }
  return changed;
}

} // namespace sepa
