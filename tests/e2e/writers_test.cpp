// Fifty sepa processes changing one ladder at the same instant, in a mix of plan edits and
// start/checkin/done on the same file. Every command that exited 0 is in the final file exactly
// once, nothing else is, and the only other outcomes are a refusal by the ladder's state (exit 1,
// e.g. a second start while one is open) or exit 75 after the lock timeout, never a silent loss.

#include "sepa/ladder_json.hpp"
#include "support/child.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>
#include <set>
#include <unistd.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;
using Marks = std::multiset<std::string>;

// One kind of command in the mix. A successful run leaves `mark` somewhere in the ladder;
// `marks` collects every such trace from the final file, so "each success is there exactly once
// and no failure is" is one comparison per kind.
struct Kind {
  const char* name;
  std::function<std::vector<std::string>(int i, const std::string& mark)> args;
  std::function<Marks(const Ladder&)> marks;
  std::set<int> refusals;      // statuses besides 0 and 75 that the ladder's state may call for
  const char* trace = nullptr; // what a success leaves when it is not the mark itself
};

Marks separation_field(const Ladder& l, std::string Separation::*field)
{
  Marks out;
  for (const Separation& s : l.separations) {
    if (!(s.*field).empty()) {
      out.insert(s.*field);
    }
  }
  return out;
}

Marks checkin_outcomes(const Ladder& l)
{
  Marks out;
  for (const Separation& s : l.separations) {
    for (const Checkin& c : s.checkins) {
      out.insert(to_string(c.outcome));
    }
  }
  return out;
}

// Each kind of command is one line; a new command joins the race by adding its line.
const std::vector<Kind> k_mix = {
  {"plan strength",
   [](int, const std::string& m) {
     return std::vector<std::string>{"plan", "strength", m};
   },
   [](const Ladder& l) { return Marks(l.strengths.begin(), l.strengths.end()); },
   {}},
  {"plan emergency",
   [](int, const std::string& m) {
     return std::vector<std::string>{"plan", "emergency", m};
   },
   [](const Ladder& l) { return Marks(l.emergencies.begin(), l.emergencies.end()); },
   {}},
  {"plan add",
   [](int i, const std::string& m) {
     // A length of its own for each: 7h plus i + 1 minutes, in minutes ("421m", …).
     return std::vector<std::string>{"plan", "add", std::to_string(7 * 60 + i + 1) + "m", m};
   },
   [](const Ladder& l) {
     Marks out;
     for (const Rung& r : l.rungs) {
       if (r.activity.rfind("plan add", 0) == 0) {
         out.insert(r.activity);
       }
     }
     return out;
   },
   {}},
  {"start",
   [](int, const std::string& m) {
     return std::vector<std::string>{"start", "5m", m};
   },
   [](const Ladder& l) { return separation_field(l, &Separation::activity); },
   {1}},
  {"done",
   [](int, const std::string& m) {
     return std::vector<std::string>{"done", "--note", m};
   },
   [](const Ladder& l) { return separation_field(l, &Separation::note); },
   {1}},
  {"checkin --emergency",
   [](int, const std::string&) {
     return std::vector<std::string>{"checkin", "--emergency"};
   },
   checkin_outcomes,
   {1},
   "emergency"},
};

struct Writer {
  const Kind* kind;
  std::string mark;
  pid_t pid = -1;
  int status = -1;
  fs::path out, err;
};

class Writers : public ::testing::Test {
protected:
  fs::path file() const { return m_dir / "ladder.json"; }

  // Starts `count` processes that wait at one gate, opens it, and waits for them all.
  std::vector<Writer> race(int round, int count)
  {
    int gate[2];
    EXPECT_EQ(::pipe(gate), 0);
    std::vector<Writer> runs;
    for (int i = 0; i < count; ++i) {
      Writer r;
      r.kind = &k_mix[static_cast<std::size_t>(i) % k_mix.size()];
      r.mark = std::string(r.kind->name) + " " + std::to_string(round) + "." + std::to_string(i);
      r.out = m_dir / ("out-" + std::to_string(i));
      r.err = m_dir / ("err-" + std::to_string(i));
      std::vector<std::string> args{"--file", file().string()};
      for (auto& a : r.kind->args(round * count + i, r.mark)) {
        args.push_back(a);
      }
      r.pid = spawn_sepa(args, {{}, std::nullopt, gate[0], r.out, r.err});
      runs.push_back(r);
    }
    const std::string go(static_cast<std::size_t>(count), 'g');
    EXPECT_EQ(::write(gate[1], go.data(), go.size()), count);
    for (Writer& r : runs) {
      r.status = wait_for(r.pid);
    }
    ::close(gate[0]);
    ::close(gate[1]);
    return runs;
  }

  TempDir m_dir;
};

TEST_F(Writers, FiftyAtOnceLoseNothingAndDuplicateNothing)
{
  std::map<std::string, Marks> expected;
  int succeeded = 0, refused = 0, busy = 0;
  for (int round = 0; round < 2; ++round) {
    SCOPED_TRACE(round == 0 ? "racing to create the file" : "racing on an existing file");
    const std::vector<Writer> runs = race(round, 50);
    int created = 0;
    for (const Writer& r : runs) {
      const std::string out = read_all(r.out);
      const std::string err = read_all(r.err);
      SCOPED_TRACE(r.mark + " → exit " + std::to_string(r.status) + "\n" + out + err);
      if (r.status == 0) {
        expected[r.kind->name].insert(r.kind->trace ? r.kind->trace : r.mark);
        ++succeeded;
        created += err.find("Created your ladder") != std::string::npos ? 1 : 0;
      } else if (r.status == 75) {
        EXPECT_NE(err.find("another sepa"), std::string::npos);
        ++busy;
      } else {
        EXPECT_EQ(r.kind->refusals.count(r.status), 1u) << "an outcome other than 0, 75 or a "
                                                           "refusal";
        EXPECT_EQ(err.rfind("sepa: error: ", 0), 0u);
        ++refused;
      }
    }
    if (round == 0) {
      EXPECT_EQ(created, 1) << "exactly one process creates the ladder";
    }
    const Ladder ladder = parse_ladder(read_all(file()));
    for (const Kind& kind : k_mix) {
      SCOPED_TRACE(kind.name);
      EXPECT_EQ(kind.marks(ladder), expected[kind.name]);
    }
    EXPECT_LE(std::count_if(ladder.separations.begin(), ladder.separations.end(),
                            [](const Separation& s) { return s.open(); }),
              1);
  }
  EXPECT_TRUE(temp_files_beside(file()).empty());
  for (int g = 1; g <= 3; ++g) {
    const fs::path backup = fs::path(file()).concat("." + std::to_string(g));
    EXPECT_NO_THROW(parse_ladder(read_all(backup))) << backup;
  }
  std::cout << "writers: 100 in two races of 50; exit 0: " << succeeded
            << ", refused by state: " << refused << ", lock timeout (75): " << busy << "\n";
  for (const Kind& kind : k_mix) {
    std::cout << "  " << kind.name << ": " << expected[kind.name].size() << " in the file\n";
  }
  RecordProperty("writers", 100);
  RecordProperty("succeeded", succeeded);
}

} // namespace
} // namespace sepa::test
