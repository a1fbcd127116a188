// The man page (docs/sepa.1): renders with `man -l` without a warning, has the sections a Unix
// user looks for, and documents every command and option.

#include "contract.hpp"
#include "support/shell.hpp"
#include "support/surface.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace sepa::test {
namespace {

const std::string k_page = SEPA_SOURCE_DIR "/docs/sepa.1";

// The roff source with "\-" as a plain "-", as the options read on screen.
std::string source_text()
{
  std::string text = read_all(k_page);
  for (auto pos = text.find("\\-"); pos != std::string::npos; pos = text.find("\\-", pos)) {
    text.erase(pos, 1);
  }
  return text;
}

TEST(ManPage, RendersWithoutWarnings)
{
  if (!std::filesystem::exists("/usr/bin/man")) {
    GTEST_SKIP() << "man is not installed (apt-get install man-db)";
  }
  const RunResult r = run_script(
    "/bin/sh", "man --warnings -l " + k_page + "\n",
    {{"PATH", "/usr/bin:/bin"}, {"MANWIDTH", "80"}, {"LANG", "C.UTF-8"}, {"MANPAGER", "cat"}});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  for (const char* heading : {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "DURATIONS", "FILES",
                              "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SEE ALSO"}) {
    SCOPED_TRACE(heading);
    EXPECT_NE(r.out.find(std::string("\n") + heading + "\n"), std::string::npos);
  }
  EXPECT_NE(r.out.find("practise short separations"), std::string::npos) << r.out;
  // The NAME line is what whatis(1) and apropos(1) show, as mandb will index it.
  const RunResult whatis =
    run_script("/bin/sh", "lexgrog " + k_page + "\n", {{"PATH", "/usr/bin:/bin"}});
  EXPECT_NE(whatis.out.find("\"sepa - practise short separations from your baby"),
            std::string::npos)
    << whatis.out << whatis.err;
}

TEST(ManPage, DocumentsEveryCommandOptionExitStatusAndVariable)
{
  const std::string text = source_text();
  std::map<std::string, std::vector<std::string>> all = contract_commands();
  for (const Command& c : command_surface()) {
    const std::string path = c.path == "sepa" ? "" : c.path.substr(5);
    all[path].insert(all[path].end(), c.options.begin(), c.options.end());
  }
  for (const auto& [path, options] : all) {
    SCOPED_TRACE(path.empty() ? "sepa" : path);
    if (!path.empty()) {
      EXPECT_NE(text.find(path), std::string::npos) << "command " << path;
    }
    for (const std::string& option : options) {
      EXPECT_NE(text.find(option), std::string::npos) << "option " << option;
    }
  }
  for (const char* item : {".B 0\n", ".B 1\n", ".B 2\n", ".B 3\n", ".B 65\n", ".B 74\n", ".B 75\n",
                           ".B 130\n", ".B SEPA_FILE\n", ".B XDG_DATA_HOME\n", ".B NO_COLOR\n",
                           ".B TERM\n", ".B TZ\n", "alias ", "* * * sepa remind"}) {
    SCOPED_TRACE(item);
    EXPECT_NE(text.find(item), std::string::npos);
  }
}

} // namespace
} // namespace sepa::test
