#include "support/shell.hpp"

#include "support/temp_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <sys/wait.h>

namespace sepa::test {

namespace {

std::string single_quoted(const std::string& text)
{
  std::string out = "'";
  for (const char c : text) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

} // namespace

RunResult run_script(const std::string& program, const std::string& script,
                     const std::map<std::string, std::string>& env)
{
  TempDir dir;
  write_all(dir / "script", script);
  std::string command = "env -i";
  for (const auto& [name, value] : env) {
    command += " " + single_quoted(name + "=" + value);
  }
  command += " " + single_quoted(program) + " " + single_quoted((dir / "script").string()) +
             " </dev/null >" + single_quoted((dir / "out").string()) + " 2>" +
             single_quoted((dir / "err").string());
  const int status = std::system(command.c_str());
  RunResult r;
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  r.out = read_all(dir / "out");
  r.err = read_all(dir / "err");
  return r;
}

std::string path_with_sepa()
{
  return std::filesystem::path(SEPA_BINARY).parent_path().string() + ":/usr/bin:/bin";
}

} // namespace sepa::test
