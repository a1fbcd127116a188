// Hooks through the built binary (docs/hooks.md), hermetic: HOME, XDG_CONFIG_HOME and
// XDG_STATE_HOME in the test's temp dir, the clock faked. Each event reaches its hook exactly
// once with the documented JSON, and a hook that hangs, fails, floods or may be changed by
// others changes nothing in the ladder or the exit status.

#include "sepa/ladder_json.hpp"
#include "sepa/time.hpp"
#include "support/run.hpp"
#include "support/temp_dir.hpp"

#include <chrono>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

class Hooks : public ::testing::Test {
protected:
  void SetUp() override { fs::create_directories(hooks()); }

  fs::path hooks() const { return m_dir / "config" / "sepa" / "hooks"; }
  fs::path log(const std::string& hook) const { return m_dir / (hook + ".log"); }
  std::string file() const { return (m_dir / "ladder.json").string(); }

  // A hook that appends its stdin and a separator line to its log.
  void logging_hook(const std::string& name)
  {
    hook(name, "cat >> '" + log(name).string() + "'\necho '---' >> '" + log(name).string() +
                 "'\necho said by the hook\n");
  }
  void hook(const std::string& name, const std::string& body, mode_t mode = 0700)
  {
    write_all(hooks() / name, "#!/bin/sh\n" + body);
    ::chmod((hooks() / name).c_str(), mode);
  }
  // The events a hook heard, in order.
  std::vector<Json> heard(const std::string& name) const
  {
    std::vector<Json> events;
    const std::string text = read_all(log(name));
    std::size_t from = 0;
    for (std::size_t end; (end = text.find("---\n", from)) != std::string::npos; from = end + 4) {
      events.push_back(Json::parse(text.substr(from, end - from)));
    }
    return events;
  }

  RunResult at(const std::string& now, std::vector<std::string> args)
  {
    args.insert(args.begin(), {"--file", file(), "--no-input"});
    RunOptions options;
    options.env = {{"HOME", (m_dir / "home").string()},
                   {"XDG_CONFIG_HOME", (m_dir / "config").string()},
                   {"XDG_STATE_HOME", (m_dir / "state").string()},
                   {"FAKETIME_FMT", "%s"}};
    options.faketime = "@" + std::to_string(parse_rfc3339(now)->utc.time_since_epoch().count());
    return run_sepa(args, options);
  }

  TempDir m_dir;
};

void expect_documented(const Json& event)
{
  const std::string doc = read_all(SEPA_SOURCE_DIR "/docs/hooks.md");
  EXPECT_EQ(event.at("version"), 1);
  for (const auto& [key, value] : event.items()) {
    EXPECT_NE(doc.find("`" + key + "`"), std::string::npos) << key << " is not in docs/hooks.md";
    if (value.is_object()) {
      for (const auto& [inner, unused] : value.items()) {
        EXPECT_NE(doc.find("`" + key + "." + inner + "`"), std::string::npos)
          << key << "." << inner << " is not in docs/hooks.md";
      }
    }
  }
}

// 10:00 [===== 15m =====) 10:15 due     urge 10:05 -> wait until 10:25 wait-over     done 10:31
TEST_F(Hooks, EachEventReachesItsHookOnceWithTheDocumentedObject)
{
  for (const char* name : {"on-start", "on-checkin", "on-done", "on-wait-over", "on-due"}) {
    logging_hook(name);
  }
  const RunResult start = at("2026-11-20T10:00:00Z", {"start", "15m", "Shop"});
  ASSERT_EQ(start.status, 0) << start.err;
  EXPECT_NE(start.err.find("on-start: said by the hook\n"), std::string::npos) << start.err;
  EXPECT_EQ(at("2026-11-20T10:05:00Z", {"checkin", "--no-wait", "--urge", "6"}).status, 3);
  EXPECT_EQ(at("2026-11-20T10:10:00Z", {"remind"}).status, 0);
  EXPECT_TRUE(heard("on-due").empty()) << "not yet";
  for (const char* now : {"2026-11-20T10:16:00Z", "2026-11-20T10:17:00Z", "2026-11-20T10:26:00Z",
                          "2026-11-20T10:30:00Z"}) {
    const RunResult r = at(now, {"remind"});
    EXPECT_EQ(r.status, 0) << r.err;
  }
  EXPECT_EQ(at("2026-11-20T10:31:00Z", {"done", "--peak", "3"}).status, 0);
  EXPECT_EQ(at("2026-11-20T10:40:00Z", {"remind"}).status, 0);

  const auto one = [&](const std::string& name) {
    const std::vector<Json> events = heard(name);
    EXPECT_EQ(events.size(), 1u) << name;
    return events.empty() ? Json::object() : events.front();
  };
  const Json started = one("on-start");
  expect_documented(started);
  EXPECT_EQ(started.at("event"), "start");
  EXPECT_EQ(started.at("at"), "2026-11-20T10:00:00+00:00");
  EXPECT_EQ(started.at("separation").at("planned"), "15m");
  EXPECT_EQ(started.at("separation").at("activity"), "Shop");
  EXPECT_EQ(started.at("separation").at("back_around"), "2026-11-20T10:15:00+00:00");
  const Json checkin = one("on-checkin");
  EXPECT_EQ(checkin.at("event"), "checkin");
  EXPECT_EQ(checkin.at("separation").at("wait_until"), "2026-11-20T10:25:00+00:00");
  EXPECT_EQ(checkin.at("separation").at("urges"), 1);
  const Json due = one("on-due");
  EXPECT_EQ(due.at("event"), "due");
  EXPECT_EQ(due.at("at"), "2026-11-20T10:16:00+00:00");
  const Json over = one("on-wait-over");
  EXPECT_EQ(over.at("event"), "wait-over");
  EXPECT_EQ(over.at("at"), "2026-11-20T10:26:00+00:00");
  const Json done = one("on-done");
  expect_documented(done);
  EXPECT_EQ(done.at("event"), "done");
  EXPECT_EQ(done.at("separation").at("ended"), "2026-11-20T10:31:00+00:00");
  EXPECT_EQ(done.at("separation").at("id"), started.at("separation").at("id"));

  struct stat st {};
  ASSERT_EQ(::stat((m_dir / "state" / "sepa" / "fired").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(Hooks, AHookThatHangsFailsFloodsOrOthersMayChangeChangesNothing)
{
  struct Case {
    const char* what;
    std::string body;
    mode_t mode;
    const char* warning;
  };
  const std::string ran = (m_dir / "ran").string();
  const std::vector<Case> cases{
    {"hangs", "sleep 60\n", 0700, "was still running after 5 seconds"},
    {"fails", "echo broken >&2\nexit 3\n", 0700, "exited with status 3"},
    {"floods", "head -c 10000000 /dev/zero | tr '\\0' x\n", 0700, "wrote more than 64 KiB"},
    {"world-writable", "touch '" + ran + "'\n", 0777, "can be changed by other users"},
    {"group-writable", "touch '" + ran + "'\n", 0770, "can be changed by other users"},
  };
  std::size_t n = 0;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    hook("on-start", c.body, c.mode);
    const std::string hour = "2026-11-20T1" + std::to_string(n) + ":";
    const auto before = std::chrono::steady_clock::now();
    const RunResult r = at(hour + "00:00Z", {"start", "5m"});
    EXPECT_LT(std::chrono::steady_clock::now() - before, std::chrono::seconds(20));
    EXPECT_EQ(r.status, 0) << r.err.substr(0, 400);
    EXPECT_NE(r.err.find(c.warning), std::string::npos) << r.err.substr(0, 400);
    EXPECT_LT(r.err.size(), 70'000u);
    EXPECT_FALSE(fs::exists(ran)) << "a hook others may change was run";
    const Ladder ladder = parse_ladder(read_all(file()));
    ASSERT_EQ(ladder.separations.size(), ++n);
    EXPECT_FALSE(ladder.separations.back().ended.has_value());
    EXPECT_EQ(at(hour + "06:00Z", {"done"}).status, 0);
  }
  hook("on-start", "exit 0\n", 0700);
  EXPECT_EQ(::chown((hooks() / "on-start").c_str(), 65534, 65534), ::geteuid() == 0 ? 0 : -1);
  if (::geteuid() == 0) {
    const RunResult r = at("2026-11-20T19:00:00Z", {"start", "5m"});
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.err.find("belongs to another user"), std::string::npos) << r.err;
  }
}

} // namespace
} // namespace sepa::test
