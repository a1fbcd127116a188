// Every key each command prints with --format json is in docs/json.md, and every top-level key
// documented there is printed (status, plan, start, checkin, done, why, week, edit, partner,
// cancel, undo, remind); `status --format short` stays within 30 columns and says nothing
// when there is nothing to say.

#include "sepa/time.hpp"
#include "support/run.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

namespace sepa::test {
namespace {

using Json = nlohmann::json;
using Keys = std::set<std::string>;

// The documented keys of each command, by its name: the backticked words of the first column
// of each table under "## `sepa NAME --format json`" ("plans[]" names the list "plans").
std::map<std::string, Keys> documented()
{
  std::map<std::string, Keys> out;
  std::istringstream doc(read_all(SEPA_SOURCE_DIR "/docs/json.md"));
  const std::regex heading("^## `sepa (\\w+) --format json`");
  const std::regex word("`([^`]+)`");
  std::string command;
  for (std::string line; std::getline(doc, line);) {
    std::smatch m;
    if (std::regex_search(line, m, heading)) {
      command = m[1];
    } else if (line.rfind("## ", 0) == 0) {
      command.clear();
    } else if (!command.empty() && line.rfind("| `", 0) == 0) {
      const std::string first = line.substr(0, line.find('|', 1));
      for (auto it = std::sregex_iterator(first.begin(), first.end(), word);
           it != std::sregex_iterator(); ++it) {
        const std::string key = (*it)[1];
        out[command].insert(key);
        if (key.size() > 2 && key.compare(key.size() - 2, 2, "[]") == 0) {
          out[command].insert(key.substr(0, key.size() - 2)); // the list itself, as printed
        }
      }
    }
  }
  return out;
}

void flatten(const Json& v, const std::string& path, Keys& out)
{
  if (v.is_object()) {
    for (const auto& [key, value] : v.items()) {
      const std::string p = path.empty() ? key : path + "." + key;
      out.insert(p);
      flatten(value, p, out);
    }
  } else if (v.is_array()) {
    for (const Json& element : v) {
      flatten(element, path + "[]", out);
    }
  }
}

class JsonForms : public ::testing::Test {
protected:
  RunResult at(const std::string& now, std::vector<std::string> args)
  {
    args.insert(args.begin(), {"--file", (m_dir / "ladder.json").string()});
    RunOptions options;
    options.env = {{"FAKETIME_FMT", "%s"}, {"ASAN_OPTIONS", "verify_asan_link_order=0"}};
    options.faketime = "@" + std::to_string(parse_rfc3339(now)->utc.time_since_epoch().count());
    return run_sepa(args, options);
  }
  // The command's output checked against the document: every key printed is documented, and
  // every documented top-level key is printed.
  void check(const std::string& command, const RunResult& run, int status = 0)
  {
    SCOPED_TRACE(command);
    ASSERT_EQ(run.status, status) << run.err;
    const Json doc = Json::parse(run.out);
    EXPECT_EQ(doc.at("version"), 1);
    Keys printed;
    flatten(doc, "", printed);
    const Keys& listed = m_documented[command];
    ASSERT_FALSE(listed.empty()) << "docs/json.md has no table for it";
    for (const std::string& key : printed) {
      EXPECT_TRUE(listed.count(key)) << key << " is printed but not in docs/json.md";
    }
    for (const std::string& key : listed) {
      if (key.find_first_of(".[") == std::string::npos) {
        EXPECT_TRUE(printed.count(key)) << key << " is documented but not printed";
      }
    }
    m_seen[command].insert(printed.begin(), printed.end());
  }

  TempDir m_dir;
  std::map<std::string, Keys> m_documented = documented();
  std::map<std::string, Keys> m_seen;
};

TEST_F(JsonForms, EveryKeyPrintedIsDocumentedAndEveryDocumentedKeyIsPrinted)
{
  ASSERT_EQ(
    at("2026-11-16T08:00:00Z", {"plan", "names", "--parent", "Sam", "--partner", "Alex"}).status,
    0);
  ASSERT_EQ(at("2026-11-16T08:00:00Z", {"plan", "safety", "Checking the monitor"}).status, 0);
  ASSERT_EQ(at("2026-11-16T08:00:00Z", {"plan", "strength", "Calm"}).status, 0);
  ASSERT_EQ(at("2026-11-16T08:00:00Z", {"plan", "next", "today", "09:00", "15m", "Walk"}).status,
            0);
  check("status", at("2026-11-16T08:00:00Z", {"status", "--format", "json"}));
  check("plan", at("2026-11-16T08:00:00Z", {"plan", "--format", "json"}));
  check("start", at("2026-11-16T09:00:00Z", {"start", "--format", "json", "--predict", "She cries",
                                             "--likely", "70", "--anxiety", "5"}));
  check("checkin", at("2026-11-16T09:05:00Z", {"checkin", "--format", "json", "--urge", "6"}), 3);
  check("checkin", at("2026-11-16T09:06:00Z", {"checkin", "--format", "json", "--passed"}));
  check("status", at("2026-11-16T09:07:00Z", {"status", "--format", "json"}));
  check("done",
        at("2026-11-16T09:16:00Z", {"done", "--format", "json", "--peak", "3", "--after", "1",
                                    "--happened", "partly", "--coped", "Sang", "--likely", "30",
                                    "--used", "1", "--praise", "Calm", "--note", "Fine"}));
  ASSERT_EQ(at("2026-11-16T10:00:00Z",
               {"partner", "--thanks", "Thanks", "--needed", "Tea", "--baby", "Napped"})
              .status,
            0);
  ASSERT_EQ(at("2026-11-17T09:00:00Z", {"start", "15m", "--no-input"}).status, 0);
  ASSERT_EQ(at("2026-11-17T09:16:00Z", {"done", "--no-input", "--peak", "1"}).status, 0);
  ASSERT_EQ(at("2026-11-18T08:00:00Z", {"plan", "next", "tomorrow", "10:00", "30m"}).status, 0);
  check("why", at("2026-11-18T08:00:00Z", {"why", "15m", "--format", "json"}));
  check("week", at("2026-11-18T08:00:00Z", {"week", "--format", "json"}));
  check("status", at("2026-11-18T08:00:00Z", {"status", "--format", "json"}));
  // A slip put right, the partner's side, a separation cancelled and brought back, a nudge.
  const RunResult edited = at("2026-11-18T08:01:00Z", {"edit", "--format", "json", "--peak", "2"});
  check("edit", edited);
  EXPECT_EQ(Json::parse(edited.out).at("changed"), Json::array({"peak"}));
  ASSERT_EQ(at("2026-11-18T08:02:00Z", {"start", "15m", "--no-input"}).status, 0);
  const RunResult unsaid = at("2026-11-18T08:03:00Z", {"partner", "--format", "json"});
  check("partner", unsaid);
  EXPECT_TRUE(Json::parse(unsaid.out).at("partner").is_null());
  check("partner", at("2026-11-18T08:03:00Z",
                      {"partner", "--format", "json", "--confidence", "7", "--went-well", "Fine",
                       "--needed", "Tea", "--thanks", "Thanks", "--baby", "Napped"}));
  check("cancel", at("2026-11-18T08:04:00Z", {"cancel", "--format", "json"}));
  const RunResult none_open = at("2026-11-18T08:04:00Z", {"cancel", "--format", "json"});
  check("cancel", none_open, 1);
  EXPECT_TRUE(Json::parse(none_open.out).at("cancelled").is_null());
  const RunResult undone = at("2026-11-18T08:05:00Z", {"undo", "--format", "json"});
  check("undo", undone);
  EXPECT_EQ(Json::parse(undone.out).at("undone").at("what"),
            "cancel of the 15m separation (A quick trip to a nearby shop)");
  check("undo", at("2026-11-18T08:05:00Z", {"undo", "--list", "--format", "json"}));
  check("remind", at("2026-11-18T08:06:00Z", {"remind", "--format", "json"}));
  // A week on: the plan for the 19th went by, and the separation put back is still open. Two
  // nudges of several lines each, one text apiece, in the order the screen gives them.
  const RunResult nudge = at("2026-11-25T08:00:00Z", {"remind", "--format", "json"});
  check("remind", nudge);
  const Json nudges = Json::parse(nudge.out).at("nudges");
  ASSERT_EQ(nudges.size(), 2U) << nudge.out;
  for (const std::string said : nudges) {
    EXPECT_EQ(said.find('\n'), std::string::npos) << said;
  }
  EXPECT_NE(nudges.at(0).get<std::string>().find("did not happen"), std::string::npos);
  EXPECT_NE(nudges.at(1).get<std::string>().find("sepa done --at"), std::string::npos);
  for (const auto& [command, listed] : m_documented) {
    for (const std::string& key : listed) {
      const bool list_name = key.size() > 2 && key.compare(key.size() - 2, 2, "[]") == 0;
      EXPECT_TRUE(list_name || m_seen[command].count(key))
        << command << ": " << key << " is documented but never printed here";
    }
  }
}

// 09:00 [======== 15m ========) 09:15   urge 09:05 -> wait until 09:25: home first
TEST_F(JsonForms, CheckinGivesEveryFigureOfTheTextAndNeverWaits)
{
  ASSERT_EQ(at("2026-11-16T08:00:00Z", {"plan", "emergency", "A fever"}).status, 0);
  ASSERT_EQ(at("2026-11-16T09:00:00Z", {"start", "15m", "--no-input"}).status, 0);
  const RunResult first =
    at("2026-11-16T09:05:00Z", {"checkin", "--format", "json", "--urge", "7"});
  ASSERT_EQ(first.status, 3) << first.err;
  const Json opened = Json::parse(first.out);
  EXPECT_EQ(opened.at("step"), "waiting");
  EXPECT_EQ(opened.at("window_open"), true);
  EXPECT_EQ(opened.at("opened_now"), true);
  EXPECT_EQ(opened.at("urge"), 7);
  EXPECT_EQ(opened.at("wait"), "20m");
  EXPECT_EQ(opened.at("wait_until"), "2026-11-16T09:25:00+00:00");
  EXPECT_EQ(opened.at("left_seconds"), 1200);
  EXPECT_EQ(opened.at("back_around"), "2026-11-16T09:15:00+00:00");
  EXPECT_EQ(opened.at("home_first"), true);
  EXPECT_EQ(opened.at("text_due"), false);
  const Json later = Json::parse(at("2026-11-16T09:10:30Z", {"checkin", "--format", "json"}).out);
  EXPECT_EQ(later.at("opened_now"), false);
  EXPECT_EQ(later.at("left_seconds"), 870);
  const RunResult over = at("2026-11-16T09:26:00Z", {"checkin", "--format", "json"});
  ASSERT_EQ(over.status, 0) << over.err;
  const Json done = Json::parse(over.out);
  EXPECT_EQ(done.at("step"), "over");
  EXPECT_EQ(done.at("window_open"), false);
  EXPECT_EQ(done.at("left_seconds"), 0);
  EXPECT_EQ(done.at("time_up"), true);
  EXPECT_EQ(done.at("text_due"), true);
  EXPECT_EQ(done.at("text_recorded"), false) << "a text is recorded only when told: --texted";
  EXPECT_EQ(done.at("message"), "How are things going?");
  const Json texted =
    Json::parse(at("2026-11-16T09:26:30Z", {"checkin", "--format", "json", "--texted"}).out);
  EXPECT_EQ(texted.at("text_recorded"), true);
  const Json help =
    Json::parse(at("2026-11-16T09:27:00Z", {"checkin", "--format", "json", "--emergency"}).out);
  EXPECT_EQ(help.at("step"), "emergency");
  EXPECT_EQ(help.at("emergencies"), Json::array({"A fever"}));
}

TEST_F(JsonForms, ShortStatusFitsAPromptAndIsSilentWithNothingToSay)
{
  const auto short_status = [&](const char* now) {
    const RunResult r = at(now, {"status", "--format", "short"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_LE(r.out.size(), 31u) << r.out;
    return r.out;
  };
  EXPECT_EQ(short_status("2026-11-16T08:00:00Z"), "") << "no ladder yet";
  ASSERT_EQ(at("2026-11-16T08:00:00Z", {"plan"}).status, 0);
  EXPECT_EQ(short_status("2026-11-16T08:00:00Z"), "") << "nothing under way or planned";
  ASSERT_EQ(at("2026-11-16T08:00:00Z", {"plan", "next", "tomorrow", "18:30", "1h30m"}).status, 0);
  EXPECT_EQ(short_status("2026-11-16T08:00:00Z"), "") << "planned, but not today";
  EXPECT_EQ(short_status("2026-11-17T08:00:00Z"), "sepa 18:30 1h30m planned\n");
  ASSERT_EQ(at("2026-11-17T18:30:00Z", {"start", "--no-input"}).status, 0);
  EXPECT_EQ(short_status("2026-11-17T18:48:30Z"), "sepa 1h12m left\n");
  ASSERT_EQ(at("2026-11-17T18:50:00Z", {"checkin", "--no-wait"}).status, 3);
  EXPECT_EQ(short_status("2026-11-17T18:51:29Z"), "sepa 1h9m left, wait 18:31\n");
  EXPECT_EQ(short_status("2026-11-17T20:01:00Z"), "sepa time is up\n");
}

} // namespace
} // namespace sepa::test
