// Hostile and odd text in every field a person writes (activity, prediction, note, praise,
// strengths, emergencies, the check-in message): stored byte for byte, printed with control
// characters neutralised, tables still aligned; invalid UTF-8 and oversized text refused with a
// clear message and nothing written; out-of-range and unknown values in a hand-edited file
// refused with exit 65 naming the key.

#include "sepa/ladder_json.hpp"
#include "sepa/text.hpp"
#include "support/ladders.hpp"
#include "support/run.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sepa::test {
namespace {

using Json = nlohmann::json;

// What must never reach a terminal from user text: C0 controls other than the newlines sepa
// writes itself, DEL, C1 controls, and bidi overrides and isolates.
std::string unsafe_bytes(const std::string& out)
{
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto b = static_cast<unsigned char>(out[i]);
    const auto next = i + 1 < out.size() ? static_cast<unsigned char>(out[i + 1]) : 0;
    const auto third = i + 2 < out.size() ? static_cast<unsigned char>(out[i + 2]) : 0;
    const bool c0 = (b < 0x20 && b != '\n') || b == 0x7F;
    const bool c1 = b == 0xC2 && next >= 0x80 && next < 0xA0;
    const bool bidi = b == 0xE2 && ((next == 0x80 && third >= 0xAA && third <= 0xAE) ||
                                    (next == 0x81 && third >= 0xA6 && third <= 0xA9));
    if (c0 || c1 || bidi) {
      return "unsafe byte at " + std::to_string(i) + ": " + out.substr(i > 20 ? i - 20 : 0, 40);
    }
  }
  return {};
}

struct Hostile {
  const char* name;
  std::string text;
};

const Hostile k_hostile[] = {
  {"ANSI escapes", "\x1b[31mred\x1b[0m \x1b]0;new title\x07 \x1b[2J cleared"},
  {"other controls", "bell\x07 back\x08space tab\there new\nline cr\r del\x7f"},
  {"C1 control", "eight-bit \xc2\x9b"
                 "31m CSI"},
  {"right to left", "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xe2\x80\xae"
                    "desrever\xe2\x80\xac end"},
  {"emoji", "\xf0\x9f\x91\xb6\xf0\x9f\x8d\xbc bath \xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9"
            "\xe2\x80\x8d\xf0\x9f\x91\xa7 time"},
  {"CJK", "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \xe3\x81\x8a\xe9\xa2\xa8\xe5\x91\x82"},
  {"shell", "$(touch pwned) `id` ; rm -rf ~ | cat /etc/passwd"},
};

// Where a plan row's state column starts ("  ahead", "  current: …"), or npos for other lines.
std::size_t state_column(const std::string& line)
{
  for (const char* state : {"  ahead", "  current: ", "  mastered: "}) {
    if (const auto pos = line.rfind(state); pos != std::string::npos) {
      return pos;
    }
  }
  return std::string::npos;
}

class HostileInput : public ::testing::Test {
protected:
  RunResult sepa(std::vector<std::string> args)
  {
    args.insert(args.begin(), {"--file", file()});
    return run_sepa(args);
  }
  std::string file() const { return (m_dir / "ladder.json").string(); }
  TempDir m_dir;
};

TEST_F(HostileInput, EveryFieldIsStoredFaithfullyAndPrintedSafely)
{
  for (const Hostile& h : k_hostile) {
    SCOPED_TRACE(h.name);
    std::filesystem::remove(file());
    const std::vector<std::vector<std::string>> commands = {
      {"plan", "strength", h.text},
      {"plan", "emergency", h.text},
      {"plan", "message", h.text},
      {"plan", "add", "20m", h.text},
      {"start", "15m", h.text, "--predict", h.text},
      {"status"},
      {"done", "--note", h.text, "--praise", h.text},
      {"plan"},
      {"plan", "card"},
    };
    for (const auto& args : commands) {
      SCOPED_TRACE(args.front() + " " + (args.size() > 1 ? args[1] : ""));
      const RunResult r = sepa(args);
      EXPECT_EQ(r.status, 0) << r.err;
      EXPECT_EQ(unsafe_bytes(r.out), "");
      EXPECT_EQ(unsafe_bytes(r.err), "");
    }
    const Ladder l = parse_ladder(read_all(file()));
    EXPECT_EQ(l.strengths.back(), h.text);
    EXPECT_EQ(l.emergencies.back(), h.text);
    EXPECT_EQ(l.message, h.text);
    EXPECT_EQ(l.rungs[2].activity, h.text);
    const Separation& s = l.separations.back();
    EXPECT_EQ(s.activity, h.text);
    EXPECT_EQ(s.prediction, h.text);
    EXPECT_EQ(s.note, h.text);
    EXPECT_EQ(s.praise, h.text);
  }
  EXPECT_FALSE(std::filesystem::exists("pwned")) << "no user text reaches a shell";
}

TEST_F(HostileInput, ThePlanTableStaysAlignedWhateverTheActivities)
{
  ASSERT_EQ(sepa({"plan"}).status, 0);
  int minutes = 6;
  for (const Hostile& h : k_hostile) {
    ASSERT_EQ(sepa({"plan", "add", std::to_string(minutes++) + "m", h.text}).status, 0) << h.name;
  }
  const RunResult r = sepa({"plan"});
  ASSERT_EQ(r.status, 0);
  std::size_t rows = 0;
  std::optional<std::size_t> column;
  std::size_t start = 0;
  for (std::size_t end = r.out.find('\n'); end != std::string::npos;
       start = end + 1, end = r.out.find('\n', start)) {
    const std::string line = r.out.substr(start, end - start);
    const auto state = state_column(line);
    if (state == std::string::npos) {
      continue;
    }
    ++rows;
    const std::size_t width = display_width(line.substr(0, state));
    if (!column) {
      column = width;
    }
    EXPECT_EQ(width, *column) << "misaligned: " << line;
  }
  EXPECT_EQ(rows, 6u + std::size(k_hostile));
}

TEST_F(HostileInput, InvalidUtf8IsRefusedInEveryFieldAndNothingIsWritten)
{
  ASSERT_EQ(sepa({"start", "15m"}).status, 0);
  const std::string bad = "caf\xe9 au lait \xff";
  const std::string before = read_all(file());
  const std::vector<std::vector<std::string>> commands = {
    {"plan", "strength", bad},   {"plan", "emergency", bad}, {"plan", "message", bad},
    {"plan", "add", "20m", bad}, {"done", "--note", bad},    {"done", "--praise", bad},
  };
  for (const auto& args : commands) {
    SCOPED_TRACE(args[1]);
    const RunResult r = sepa(args);
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(has(r.err, "is not valid UTF-8 text")) << r.err;
    EXPECT_TRUE(has(r.err, "nothing was saved")) << r.err;
    EXPECT_EQ(unsafe_bytes(r.err), "");
    EXPECT_EQ(read_all(file()), before);
  }
}

TEST_F(HostileInput, AMegabyteOfTextIsRefusedClearlyAndNothingIsWritten)
{
  ASSERT_EQ(sepa({"plan"}).status, 0);
  const std::string before = read_all(file());
  // One argument may hold at most 128 kB, so the megabyte arrives as ten words.
  std::vector<std::string> args{"plan", "strength"};
  for (int i = 0; i < 10; ++i) {
    args.push_back(std::string(100000, 'a' + static_cast<char>(i)));
  }
  const RunResult r = sepa(args);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(has(r.err, "the strength is 1000009 bytes; sepa keeps at most 10000")) << r.err;
  EXPECT_EQ(read_all(file()), before);
  const RunResult note = sepa({"start", "15m", "--predict", std::string(120000, 'p')});
  EXPECT_EQ(note.status, 2);
  EXPECT_EQ(read_all(file()), before);
}

TEST_F(HostileInput, AMegabyteInAHandEditedFileIsKeptAndShownShort)
{
  Json j = Json::parse(k_rich_ladder);
  const std::string huge = std::string(1 << 20, 'z');
  j["separations"][0]["note"] = huge;
  j["rungs"][0]["activity"] = huge;
  write_all(file(), j.dump(2));
  const RunResult plan = sepa({"plan"});
  ASSERT_EQ(plan.status, 0) << plan.err;
  for (std::size_t start = 0, end; (end = plan.out.find('\n', start)) != std::string::npos;
       start = end + 1) {
    EXPECT_LE(display_width(plan.out.substr(start, end - start)), 200u) << "a table row";
  }
  ASSERT_EQ(sepa({"plan", "strength", "kept beside it"}).status, 0);
  const Ladder l = parse_ladder(read_all(file()));
  EXPECT_EQ(l.separations[0].note, huge);
  EXPECT_EQ(l.rungs[0].activity, huge);
}

struct HandEdit {
  const char* name;
  std::function<void(Json&)> edit;
  const char* key;
};

TEST_F(HostileInput, OutOfRangeAndUnknownValuesInAHandEditedFileAreExit65NamingTheKey)
{
  const HandEdit cases[] = {
    {"rating 11", [](Json& j) { j["separations"][0]["peak"] = 11; }, "/separations/0/peak"},
    {"huge number", [](Json& j) { j["separations"][0]["anxiety"] = 1e300; },
     "/separations/0/anxiety"},
    {"unknown outcome", [](Json& j) { j["separations"][0]["checkins"][0]["outcome"] = "called"; },
     "/separations/0/checkins/0/outcome"},
    {"rule out of range", [](Json& j) { j["rules"]["stall_tries"] = 99999999999LL; },
     "/rules/stall_tries"},
    {"happened as text", [](Json& j) { j["separations"][0]["happened"] = "no"; },
     "/separations/0/happened"},
  };
  for (const HandEdit& c : cases) {
    SCOPED_TRACE(c.name);
    Json j = Json::parse(k_rich_ladder);
    c.edit(j);
    const std::string text = j.dump(2);
    write_all(file(), text);
    for (const char* command : {"status", "plan"}) {
      const RunResult r = sepa({command});
      EXPECT_EQ(r.status, 65) << r.err;
      EXPECT_TRUE(has(r.err, std::string("at ") + c.key + ": ")) << r.err;
      EXPECT_EQ(read_all(file()), text);
    }
  }
  // A number beyond a double can only be written by hand, so it is named by line and key.
  write_all(file(), std::string(k_rich_ladder)
                      .replace(k_rich_ladder.find("\"anxiety\": 6"), 12, "\"anxiety\": 1e999"));
  const RunResult r = sepa({"status"});
  EXPECT_EQ(r.status, 65);
  EXPECT_TRUE(has(r.err, "(at \"anxiety\"): the number 1e999 is too large")) << r.err;
}

} // namespace
} // namespace sepa::test
