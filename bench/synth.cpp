// The synthetic ladder. The random source is std::mt19937_64, whose output the standard fixes,
// and values are drawn with plain modulo rather than the library's distributions (which differ
// between standard libraries), so a seed names one file everywhere.

#include "bench/synth.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <random>
#include <string_view>

namespace sepa::bench {

using namespace std::chrono;

namespace {

constexpr std::array<std::string_view, 10> k_predictions{
  "She will cry the whole time and nothing will settle her",
  "He will not take the bottle from anyone but me",
  "The nap will go wrong and the whole afternoon with it",
  "Something will happen and I will not be there",
  "My partner will feel overwhelmed and call me back",
  "She will wake up and be frightened that I’m gone",
  "He will choke on something",
  "The baby will be inconsolable when I get back",
  "I will not be able to think about anything else",
  "They will both have a miserable time",
};

constexpr std::array<std::string_view, 12> k_praise_starts{
  "Settled her after the feed",
  "Got him down for a nap",
  "Changed a very messy nappy",
  "Sang the song she likes",
  "Took her out for a walk in the sling",
  "Handled the witching hour",
  "Gave the bottle calmly",
  "Noticed he was tired before he got upset",
  "Kept her entertained on the play mat",
  "Bathed him and got him into pyjamas",
  "Stayed patient through the crying",
  "Figured out the new carrier",
};

constexpr std::array<std::string_view, 8> k_praise_ends{
  "without any fuss",
  "and sent me a photo afterwards",
  "while I was out",
  "and tidied up too",
  "on the first try",
  "even though it took a while",
  "and was still smiling when I came in",
  "— exactly the way she likes it",
};

constexpr std::array<std::string_view, 9> k_notes{
  "Checked my phone a lot in the first ten minutes, then forgot about it.",
  "The worry peaked right as I left the door and faded by the end of the street.",
  "Hard to leave today; I was tired and everything felt bigger.",
  "Met a neighbour and talked for a while, which helped.",
  "Rain, so I sat in a café instead of walking. Still counts.",
  "Felt almost normal. Noticed I was enjoying the quiet.",
  "Came back a bit early because of a real errand, not the worry.",
  "Nearly texted twice; waited both times and the urge passed.",
  "She was asleep when I got home. Resisted picking her up.",
};

constexpr std::array<std::string_view, 6> k_activities{
  "Coffee on the corner",  "Post office",       "Library, returned the books",
  "A run along the canal", "Pharmacy and back", "Sat in the park",
};

class Draw {
public:
  explicit Draw(std::uint64_t seed) : m_engine(seed) {}
  // 0 … n-1.
  int below(int n) { return static_cast<int>(m_engine() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
  std::string_view pick(auto const& pool)
  {
    return pool[static_cast<std::size_t>(below(static_cast<int>(pool.size())))];
  }
  std::string id()
  {
    const std::uint64_t a = m_engine();
    const std::uint64_t b = m_engine();
    // Version 4 and variant bits, like the ids sepa makes itself.
    return fmt::format("{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}", a >> 32, (a >> 16) & 0xffff,
                       a & 0x0fff, 0x8000 | ((b >> 48) & 0x3fff), b & 0xffffffffffff);
  }

private:
  std::mt19937_64 m_engine;
};

// Summer time from April to October, as in much of Europe; the exact change days do not matter.
minutes offset_on(sys_days day)
{
  const unsigned month = static_cast<unsigned>(year_month_day{day}.month());
  return minutes{month >= 4 && month <= 10 ? 120 : 60};
}

Timestamp local_at(sys_days day, minutes since_midnight)
{
  const minutes offset = offset_on(day);
  return {sys_seconds{day + since_midnight - offset}, offset};
}

Timestamp later(const Timestamp& t, Seconds by)
{
  return {t.utc + by, t.offset};
}

// Climbs one rung about every sixty outings up to an hour, with the odd longer outing, the odd
// step back and the odd off-ladder length.
Seconds planned_length(const Ladder& ladder, std::size_t i, Draw& draw)
{
  if (draw.chance(6)) {
    return minutes{draw.chance(50) ? 10 : 45};
  }
  const int top = static_cast<int>(ladder.rungs.size()) - 1;
  int rung = std::min(static_cast<int>(i / 60), top - 2);
  if (rung > 0 && draw.chance(20)) {
    rung -= 1 + draw.below(rung);
  } else if (rung == top - 2 && draw.chance(8)) {
    rung = top - draw.below(2);
  }
  return ladder.rungs[static_cast<std::size_t>(rung)].length;
}

void add_urges(Separation& s, const Timestamp& end, Seconds wait, Draw& draw)
{
  static constexpr std::array<int, 10> k_counts{0, 0, 0, 0, 1, 1, 1, 2, 2, 3};
  const int urges = k_counts[static_cast<std::size_t>(draw.below(10))];
  const auto span = std::max<std::int64_t>((end - s.started).count() / 60, 2);
  for (int u = 0; u < urges; ++u) {
    const auto into = span * (u + 1) / (urges + 1) + draw.below(3);
    Urge urge{later(s.started, minutes{into}), std::nullopt, {}};
    if (draw.chance(90)) {
      urge.level = 3 + draw.below(7);
    }
    s.urges.push_back(urge);
    if (u == 0) {
      s.wait_until = later(urge.at, wait);
    }
    if (draw.chance(45)) {
      const int roll = draw.below(100);
      const Outcome outcome = roll < 3    ? Outcome::emergency
                              : roll < 40 ? Outcome::texted
                                          : Outcome::passed;
      const Seconds after = outcome == Outcome::passed ? minutes{2 + draw.below(15)} : wait;
      if (later(urge.at, after) < end) { // a check-in belongs to the time apart
        s.checkins.push_back({later(urge.at, after), outcome, {}});
      }
    }
  }
}

void rate(Separation& s, Draw& draw)
{
  if (draw.chance(92)) {
    s.anxiety = 3 + draw.below(8);
  }
  if (draw.chance(88)) {
    s.peak = draw.below(11);
    if (draw.chance(90)) {
      s.after = draw.below(*s.peak + 1) / (1 + draw.below(2));
    }
  }
  if (draw.chance(70)) {
    s.prediction = draw.pick(k_predictions);
    s.happened = draw.chance(12) ? Happened::yes : Happened::no;
  }
  if (draw.chance(78)) {
    s.praise = fmt::format("{} {}", draw.pick(k_praise_starts), draw.pick(k_praise_ends));
  }
  if (draw.chance(35)) {
    s.note = draw.pick(k_notes);
  }
}

Ladder base_ladder(const Timestamp& created)
{
  Ladder ladder = default_ladder(created);
  ladder.rungs.insert(ladder.rungs.begin() + 2, {minutes{20}, "Round the block and back", {}});
  ladder.strengths = {"Stays calm when she cries", "Knows exactly how she likes to be held",
                      "Makes bath time a game"};
  ladder.emergencies = {"A fever over 38 °C", "Trouble breathing or a blue tinge to the lips",
                        "A fall or a knock to the head"};
  return ladder;
}

} // namespace

Ladder synthetic_ladder(const SynthOptions& options)
{
  Draw draw(options.seed);
  const std::size_t n = options.separations;
  const sys_days last_day = sys_days{2026y / November / 1};
  // Three outings on most days, 8 separations every 3 days. A ladder too long to fit after 1970
  // at that pace (the reader refuses earlier times) has more outings a day.
  const auto span = static_cast<std::size_t>((last_day - sys_days{1971y / January / 1}).count());
  const std::size_t per_3_days = std::max<std::size_t>(8, (n * 3 + span - 1) / span);
  const std::size_t per_day = (per_3_days + 2) / 3;
  const sys_days first_day =
    last_day - days{static_cast<int>((n * 3 + per_3_days - 1) / per_3_days)};
  Ladder ladder = base_ladder(local_at(first_day - days{2}, hours{21}));
  ladder.separations.reserve(n);
  std::optional<Timestamp> free_from;
  for (std::size_t i = 0; i < n; ++i) {
    const sys_days day = first_day + days{static_cast<int>(i * 3 / per_3_days)};
    const auto slot = static_cast<int>(i * 3 % per_3_days / 3); // 0, 1, 2… within the day
    Separation s;
    s.id = draw.id();
    // From 08:00, spread over fifteen hours: 08:00, 13:00 and 18:00 at three a day.
    const minutes from = hours{8} + minutes{slot * 900 / static_cast<int>(per_day)};
    s.started = local_at(day, from + minutes{draw.below(120)});
    if (free_from && s.started < *free_from) {
      s.started = later(*free_from, minutes{30 + draw.below(60)});
    }
    s.planned = planned_length(ladder, i, draw);
    s.activity = draw.chance(15) ? std::string(draw.pick(k_activities)) : std::string();
    if (const auto rung = std::find_if(ladder.rungs.begin(), ladder.rungs.end(),
                                       [&](const Rung& r) { return r.length == s.planned; });
        s.activity.empty() && rung != ladder.rungs.end()) {
      s.activity = rung->activity;
    }
    const bool early = draw.chance(8);
    const Seconds apart = early ? s.planned * (40 + draw.below(40)) / 100
                                : s.planned + s.planned * draw.below(15) / 100;
    const Timestamp end = later(s.started, apart);
    rate(s, draw);
    add_urges(s, end, ladder.wait, draw);
    s.ended = end;
    free_from = end;
    ladder.separations.push_back(std::move(s));
  }
  return ladder;
}

} // namespace sepa::bench
