#include "sepa/paths.hpp"

#include "sepa/errors.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

Environment env(std::map<std::string, std::string> vars)
{
  return Environment{std::move(vars)};
}

TEST(ResolveLadderPath, FlagThenSepaFileThenXdgThenHome)
{
  struct Case {
    const char* name;
    std::string flag;
    std::map<std::string, std::string> vars;
    const char* path;
    PathSource source;
  };
  const Case cases[] = {
    {"flag wins",
     "/f/l.json",
     {{"SEPA_FILE", "/e/l.json"}, {"HOME", "/h"}},
     "/f/l.json",
     PathSource::flag},
    {"env next",
     "",
     {{"SEPA_FILE", "/e/l.json"}, {"XDG_DATA_HOME", "/x"}},
     "/e/l.json",
     PathSource::env},
    {"empty env ignored",
     "",
     {{"SEPA_FILE", ""}, {"HOME", "/h"}},
     "/h/.local/share/sepa/ladder.json",
     PathSource::home},
    {"xdg", "", {{"XDG_DATA_HOME", "/x"}, {"HOME", "/h"}}, "/x/sepa/ladder.json", PathSource::xdg},
    {"relative xdg ignored",
     "",
     {{"XDG_DATA_HOME", "rel/data"}, {"HOME", "/h"}},
     "/h/.local/share/sepa/ladder.json",
     PathSource::home},
    {"relative flag kept", "mine.json", {{"HOME", "/h"}}, "mine.json", PathSource::flag},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const LadderPath p = resolve_ladder_path(c.flag, env(c.vars));
    EXPECT_EQ(p.path, c.path);
    EXPECT_EQ(p.source, c.source);
  }
}

TEST(ResolveLadderPath, NoHomeAndNothingElseIsAUsageError)
{
  EXPECT_THROW(resolve_ladder_path("", env({})), UsageError);
}

} // namespace
} // namespace sepa
