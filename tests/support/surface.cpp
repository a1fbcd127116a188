#include "support/surface.hpp"

#include "support/run.hpp"

#include <sstream>

namespace sepa::test {

namespace {

// Section entries start in column 2; wrapped descriptions are indented further.
std::string entry_name(const std::string& line)
{
  if (line.size() < 3 || line[0] != ' ' || line[1] != ' ' || line[2] == ' ') {
    return {};
  }
  return line.substr(2, line.find(' ', 2) - 2);
}

Command read_command(const std::vector<std::string>& words)
{
  Command c;
  c.words = words;
  c.path = "sepa";
  for (const std::string& w : words) {
    c.path += " " + w;
  }
  std::vector<std::string> args(words);
  args.push_back("--help");
  std::istringstream help(run_sepa(args).out);
  std::string section;
  for (std::string line; std::getline(help, line);) {
    if (!line.empty() && line[0] != ' ') {
      section = line;
      continue;
    }
    const std::string name = entry_name(line);
    if (name.empty()) {
      continue;
    }
    if (section == "Options:") {
      std::istringstream names(name);
      for (std::string n; std::getline(names, n, ',');) {
        if (n.rfind("--", 0) == 0) {
          c.options.push_back(n);
        }
      }
    } else if (section == "Subcommands:") {
      c.subcommands.push_back(name);
    }
  }
  return c;
}

void walk(const std::vector<std::string>& words, std::vector<Command>& out)
{
  out.push_back(read_command(words));
  const std::vector<std::string> subs = out.back().subcommands;
  for (const std::string& sub : subs) {
    std::vector<std::string> deeper(words);
    deeper.push_back(sub);
    walk(deeper, out);
  }
}

} // namespace

std::vector<Command> command_surface()
{
  std::vector<Command> out;
  walk({}, out);
  return out;
}

} // namespace sepa::test
