// The shell completions (completions/): each loads in its shell without error, covers every
// command and option, and offers durations from the user's own ladder.

#include "contract.hpp"
#include "support/run.hpp"
#include "support/shell.hpp"
#include "support/surface.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;

const std::string k_completions = SEPA_SOURCE_DIR "/completions";

bool has_word(const std::string& text, const std::string& word)
{
  return std::regex_search(text, std::regex("(^|[^-a-z_])" + word + "($|[^-a-z_])"));
}

// A ladder with a 20m rung of its own, so durations from it are told apart from the defaults.
struct Fixture {
  TempDir dir;
  std::string ladder = (dir / "ladder.json").string();
  std::map<std::string, std::string> env{
    {"PATH", path_with_sepa()}, {"HOME", dir.path().string()}, {"TERM", "dumb"}};

  Fixture() { EXPECT_EQ(run_sepa({"--file", ladder, "plan", "add", "20m"}).status, 0); }
};

// Every command and long option, from the binary and from the contract, as the script spells it.
void expect_covers(const std::string& script, bool fish_style)
{
  std::map<std::string, std::vector<std::string>> all = contract_commands();
  for (const Command& c : command_surface()) {
    const std::string path = c.path == "sepa" ? "" : c.path.substr(5);
    all[path].insert(all[path].end(), c.options.begin(), c.options.end());
  }
  for (const auto& [path, options] : all) {
    SCOPED_TRACE(path.empty() ? "sepa" : path);
    const std::string name =
      path.substr(path.rfind(' ') == std::string::npos ? 0 : path.rfind(' ') + 1);
    if (!name.empty()) {
      EXPECT_TRUE(has_word(script, name)) << "command " << name;
    }
    for (const std::string& option : options) {
      EXPECT_NE(script.find(fish_style ? "-l " + option.substr(2) : option), std::string::npos)
        << "option " << option;
    }
  }
}

TEST(Completion, EveryScriptCoversEveryCommandAndOption)
{
  for (const char* file : {"sepa.bash", "_sepa"}) {
    SCOPED_TRACE(file);
    expect_covers(read_all(k_completions + "/" + file), false);
  }
  SCOPED_TRACE("sepa.fish");
  expect_covers(read_all(k_completions + "/sepa.fish"), true);
}

TEST(BashCompletion, LoadsAndCompletesFromTheLadder)
{
  Fixture f;
  const RunResult r = run_script("/bin/bash", R"(
set -e
source ")" + k_completions + R"(/sepa.bash"
complete -p sepa
t() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _sepa; echo "${COMPREPLY[*]}"; }
t sepa st
t sepa --file )" + f.ladder + R"( start ""
t sepa plan remove --file=)" + f.ladder + R"( ""
t sepa start 15m ""
t sepa plan ""
t sepa done --happened ""
t sepa --color=n
t sepa checkin --
t sepa help pl
)",
                                 f.env);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(
    r.out,
    "complete -F _sepa sepa\n"
    "start status\n"
    "5m 15m 20m 30m 1h 2h 4h\n"
    "5m 15m 20m 30m 1h 2h 4h\n"
    "\n"
    "add remove wait strength emergency safety message card names next\n"
    "no partly yes\n"
    "never\n"
    "--urge --passed --texted --emergency --no-wait --format --file --no-input --color --help\n"
    "plan\n");
}

// A ladder in "My Folder", however the path is quoted on the line, and paths with spaces offered
// whole for --file, --output and merge (one reply each, printed between < >).
TEST(BashCompletion, PathsWithSpacesStayWhole)
{
  Fixture f;
  const fs::path folder = f.dir / "My Folder";
  fs::create_directories(folder);
  const std::string ladder = (folder / "ladder.json").string();
  ASSERT_EQ(run_sepa({"--file", ladder, "plan", "add", "25m"}).status, 0);
  write_all(folder / "report one.html", "");
  f.env["HOME"] = folder.string();
  const std::string dir = f.dir.path().string();
  const RunResult r = run_script("/bin/bash", R"(
set -e
source ")" + k_completions + R"(/sepa.bash"
cd ")" + dir + R"("
t() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _sepa; printf '<%s>' "${COMPREPLY[@]}"; echo; }
t sepa --file '"My Folder/ladder.json"' start 25
t sepa --file 'My\ Folder/ladder.json' start 25
t sepa --file "'My Folder/ladder.json'" start 25
t sepa plan remove '--file="My Folder/ladder.json"' 25
t sepa --file '~/ladder.json' start 25
t sepa --file '"My Fo'
t sepa --file 'My\ Folder/ladder.json.l'
t sepa report --output '"My Folder/rep'
t sepa report '--output=My\ Folder/rep'
t sepa merge "'My Folder/r"
)",
                                 f.env);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "<25m>\n"
                   "<25m>\n"
                   "<25m>\n"
                   "<25m>\n"
                   "<25m>\n"
                   "<My Folder>\n"
                   "<My Folder/ladder.json.lock>\n"
                   "<My Folder/report one.html>\n"
                   "<My Folder/report one.html>\n"
                   "<My Folder/report one.html>\n");
}

TEST(FishCompletion, LoadsAndCompletesFromTheLadder)
{
  if (!fs::exists("/usr/bin/fish")) {
    GTEST_SKIP() << "fish is not installed (apt-get install fish)";
  }
  Fixture f;
  const RunResult r = run_script("/usr/bin/fish", R"(
source ")" + k_completions + R"(/sepa.fish"; or exit 1
function t; complete -C"$argv" | cut -f1 | string join ' '; return 0; end
t 'sepa st'
t 'sepa --file )" + f.ladder + R"( start '
t 'sepa plan remove --file=)" + f.ladder + R"( '
t 'sepa plan '
t 'sepa done --happened '
t 'sepa checkin --n'
t 'sepa help pl'
)",
                                 f.env);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "start status\n"
                   "5m 15m 20m 30m 1h 2h 4h\n"
                   "5m 15m 20m 30m 1h 2h 4h\n"
                   "add card emergency message names next remove safety strength wait\n"
                   "no partly yes\n"
                   "--no-input --no-wait\n"
                   "plan\n");
}

TEST(ZshCompletion, LoadsWithCompinitAndCompletesFromTheLadder)
{
  if (!fs::exists("/usr/bin/zsh")) {
    GTEST_SKIP() << "zsh is not installed (apt-get install zsh)";
  }
  Fixture f;
  // compinit registers _sepa for sepa; then an interactive zsh on a pseudo-terminal (zpty) is
  // given "sepa --file LADDER start <Tab>", and the durations it lists are picked out of the
  // screen output once the ladder's own 20m has appeared.
  TempDir work;
  write_all(
    work / "test.zsh",
    R"(
fpath=()" +
      k_completions + R"( $fpath)
autoload -Uz compinit && compinit -u -d )" +
      (work / "zcompdump").string() + R"(
print -r -- "registered: $_comps[sepa]"
zmodload zsh/zpty
zpty z env TERM=xterm zsh -f -i
zpty -w z "PS1='> '; fpath=()" +
      k_completions +
      R"( \$fpath); autoload -Uz compinit; compinit -u -D; zstyle ':completion:*' list-prompt ''; print RE''ADY"
zpty -r z out '*READY*'
zpty -w -n z 'sepa --file )" +
      f.ladder + R"( start '$'\t'
zpty -r z out '*20m*'
sleep 0.3
while zpty -r -t z more; do out+=$more; done
print -r -- "$out" | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' | grep -oE '\<[0-9]+[mh]\>' | sort -u | tr '\n' ' '
print
zpty -d z
)");
  const RunResult run =
    run_script("/bin/sh", "exec timeout 30 zsh -f " + (work / "test.zsh").string() + "\n", f.env);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, "registered: _sepa\n15m 1h 20m 2h 30m 4h 5m \n");
}

// A ladder in "My Folder" named with --file in each way a person writes a path in zsh: its own
// 25m is offered whenever the shell would hand sepa that file (a backslash before the space was
// once passed on doubled), and not for a quoted ~, which the shell leaves as it is.
TEST(ZshCompletion, APathWithSpacesFindsTheLadderTheCommandWillUse)
{
  if (!fs::exists("/usr/bin/zsh")) {
    GTEST_SKIP() << "zsh is not installed (apt-get install zsh)";
  }
  Fixture f;
  const fs::path folder = f.dir / "My Folder";
  fs::create_directories(folder);
  ASSERT_EQ(run_sepa({"--file", (folder / "ladder.json").string(), "plan", "add", "25m"}).status,
            0);
  f.env["HOME"] = f.dir.path().string();
  TempDir work;
  // complete WORDS TRIES: what the line "sepa --file WORDS start <Tab>" lists, waiting up to
  // TRIES tenths of a second for the 25m.
  write_all(
    work / "test.zsh",
    R"(
complete() {
  zpty z env TERM=xterm zsh -f -i
  zpty -w z "PS1='> '; fpath=()" +
      k_completions +
      R"( \$fpath); autoload -Uz compinit; compinit -u -D; zstyle ':completion:*' list-prompt ''; print RE''ADY"
  zpty -r z out '*READY*'
  zpty -w -n z "sepa --file $1 start "$'\t'
  out=
  for i in {1..$2}; do
    zpty -r -t z more && out+=$more
    [[ $out == *25m* ]] && break
    sleep 0.1
  done
  print -r -- "$out" | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' | grep -oE '\<25m\>' | sort -u
  print -- -
  zpty -d z
}
zmodload zsh/zpty
complete "')" +
      folder.string() + R"(/ladder.json'" 100
complete ")" +
      f.dir.path().string() + R"(/My\ Folder/ladder.json" 100
complete '"$HOME/My Folder/ladder.json"' 100
complete '~/My\ Folder/ladder.json' 100
complete '"~/My Folder/ladder.json"' 15
)");
  const RunResult run =
    run_script("/bin/sh", "exec timeout 60 zsh -f " + (work / "test.zsh").string() + "\n", f.env);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, "25m\n-\n25m\n-\n25m\n-\n25m\n-\n-\n");
}

} // namespace
} // namespace sepa::test
