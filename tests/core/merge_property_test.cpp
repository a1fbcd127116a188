// merge_ladders() checked on random ladders rather than chosen examples: merging the same copy
// again changes nothing, and swapping which copy is "ours" changes only what is ours by design
// (the settings and the order of the lists), never a record. The copies are drawn from small
// pools of ids, texts, urges and check-ins, so they often share a separation with different
// details, the case the rules of docs/sync.md are about. Only the fields merge_ladders.cpp folds are
// varied (the schema-1 fields, `updated` and unknown keys).

#include "sepa/ladder_json.hpp"
#include "sepa/merge_ladders.hpp"
#include "support/fake_clock.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

namespace sepa::test {
namespace {

using namespace std::chrono_literals;

class RandomLadders {
public:
  explicit RandomLadders(unsigned seed) : m_rng(seed) {}

  Ladder ladder()
  {
    Ladder l = default_ladder(at("2026-11-01T09:00:00+01:00"));
    l.rungs.clear();
    for (const int minutes : {5, 10, 15, 20, 30}) {
      if (coin()) {
        l.rungs.push_back({std::chrono::minutes{minutes}, pick({"", "Mailbox", "Shop"}), {}});
      }
    }
    l.strengths = some({"Calm", "Funny", "Patient", "Knows every cry"});
    l.emergencies = some({"Fever", "A fall", "Not breathing well"});
    for (int id = 0; id < 6; ++id) {
      if (coin()) {
        l.separations.push_back(separation(id));
      }
    }
    // Listed in any order, as a hand-edited or older file may have them.
    std::shuffle(l.separations.begin(), l.separations.end(), m_rng);
    return l;
  }

private:
  bool coin() { return std::uniform_int_distribution<int>(0, 1)(m_rng) == 1; }
  int number(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
  std::string pick(std::initializer_list<const char*> choices)
  {
    return *(choices.begin() + number(0, static_cast<int>(choices.size()) - 1));
  }
  std::optional<int> rating() { return coin() ? std::optional<int>(number(0, 3)) : std::nullopt; }
  std::vector<std::string> some(std::initializer_list<const char*> pool)
  {
    std::vector<std::string> out;
    for (const char* item : pool) {
      if (coin()) {
        out.emplace_back(item);
      }
    }
    std::shuffle(out.begin(), out.end(), m_rng);
    return out;
  }

  // Separation `id` as one copy recorded it: the same start every time, the rest drawn. Only
  // separation 0 may be open, so two copies never hold two different open ones.
  Separation separation(int id)
  {
    const Timestamp start = at("2026-11-20T10:00:00+01:00");
    Separation s;
    s.id = "s" + std::to_string(id);
    s.started = {start.utc + std::chrono::hours{24 * id}, start.offset};
    s.planned = 30min;
    if (id != 0 || coin()) {
      s.ended = Timestamp{s.started.utc + std::chrono::minutes{number(25, 35)}, start.offset};
    }
    s.activity = pick({"", "Walk", "Shop"});
    s.anxiety = rating();
    s.peak = rating();
    s.after = rating();
    s.prediction = pick({"", "She cries"});
    if (coin()) {
      s.happened = coin() ? Happened::yes : Happened::no;
    }
    s.praise = pick({"", "Bath time", "Nap"});
    s.note = pick({"", "Easy", "Hard"});
    // Urges and check-ins from a small pool, some at the same minute, in any order.
    for (int u = 0; u < 4; ++u) {
      if (coin()) {
        s.urges.push_back({{s.started.utc + std::chrono::minutes{5 + u / 2 * 5}, start.offset},
                           u % 2 == 0 ? std::optional<int>(u) : std::nullopt,
                           {}});
      }
    }
    for (int c = 0; c < 3; ++c) {
      if (coin()) {
        const Outcome outcome = c == 0 ? Outcome::passed : Outcome::emergency;
        s.checkins.push_back(
          {{s.started.utc + std::chrono::minutes{20 + c / 2}, start.offset}, outcome, {}});
      }
    }
    std::shuffle(s.urges.begin(), s.urges.end(), m_rng);
    std::shuffle(s.checkins.begin(), s.checkins.end(), m_rng);
    if (coin()) {
      s.wait_until = Timestamp{s.started.utc + 25min, start.offset};
    }
    if (coin()) {
      s.updated = Timestamp{s.started.utc + std::chrono::hours{number(1, 2)}, start.offset};
    }
    if (coin()) {
      s.extra.emplace("future", pick({"1", "2"}));
    }
    return s;
  }

  std::mt19937 m_rng;
};

std::set<std::string> as_set(const std::vector<std::string>& items)
{
  return {items.begin(), items.end()};
}

std::set<long long> lengths(const Ladder& l)
{
  std::set<long long> out;
  for (const Rung& r : l.rungs) {
    out.insert(r.length.count());
  }
  return out;
}

// Each separation by its id, as its JSON text: the same records up to the list's order.
std::map<std::string, std::string> by_id(const Ladder& l)
{
  std::map<std::string, std::string> out;
  for (const Separation& s : l.separations) {
    Ladder one;
    one.separations.push_back(s);
    out[s.id] = serialize(one);
  }
  return out;
}

std::string trial(int i, const Ladder& a, const Ladder& b)
{
  return "trial " + std::to_string(i) + "\n--- ours:\n" + serialize(a) + "--- theirs:\n" +
         serialize(b);
}

constexpr int k_trials = 400;

TEST(MergeProperty, MergingTheSameCopyAgainChangesNothing)
{
  RandomLadders random(20261202);
  for (int i = 0; i < k_trials; ++i) {
    const Ladder a = random.ladder();
    const Ladder b = random.ladder();
    SCOPED_TRACE(trial(i, a, b));
    const Ladder once = merge_ladders(a, b).ladder;
    for (const Ladder* copy : {&b, &a}) {
      const MergeResult again = merge_ladders(once, *copy);
      EXPECT_FALSE(again.summary.changed);
      EXPECT_EQ(again.summary.updated, 0u);
      ASSERT_EQ(serialize(again.ladder), serialize(once));
    }
  }
}

TEST(MergeProperty, EitherWayRoundGivesTheSameRecords)
{
  RandomLadders random(7);
  for (int i = 0; i < k_trials; ++i) {
    const Ladder a = random.ladder();
    const Ladder b = random.ladder();
    SCOPED_TRACE(trial(i, a, b));
    const Ladder ab = merge_ladders(a, b).ladder;
    const Ladder ba = merge_ladders(b, a).ladder;
    // The separations, each with every detail, urge and check-in.
    ASSERT_EQ(by_id(ab), by_id(ba));
    // The lists, up to order; a rung's activity and the settings stay ours by design.
    EXPECT_EQ(lengths(ab), lengths(ba));
    EXPECT_EQ(as_set(ab.strengths), as_set(ba.strengths));
    EXPECT_EQ(as_set(ab.emergencies), as_set(ba.emergencies));
  }
}

} // namespace
} // namespace sepa::test
