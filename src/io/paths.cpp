#include "sepa/paths.hpp"

#include "sepa/errors.hpp"
#include "sepa/text.hpp"

#include <fmt/format.h>

namespace sepa {

namespace fs = std::filesystem;

namespace {

// A path that names no file ("data/", "data/.", "..") would put the ladder's lock and temp files
// somewhere other than the folder the user meant, or make a folder of the ladder's name.
LadderPath checked(const fs::path& path, PathSource source)
{
  const fs::path name = path.filename();
  if (name.empty() || name == "." || name == "..") {
    throw UsageError(fmt::format("{} '{}' names a folder, not a file", to_string(source),
                                 neutralise(path.string())),
                     "give the ladder file's own name, e.g. --file ~/Sync/sepa/ladder.json");
  }
  return {path, source};
}

} // namespace

LadderPath resolve_ladder_path(const std::string& flag, const Environment& env)
{
  if (!flag.empty()) {
    return checked(flag, PathSource::flag);
  }
  if (const auto file = env.get("SEPA_FILE"); file && !file->empty()) {
    return checked(*file, PathSource::env);
  }
  if (const auto xdg = env.get("XDG_DATA_HOME"); xdg && fs::path(*xdg).is_absolute()) {
    return {fs::path(*xdg) / "sepa" / "ladder.json", PathSource::xdg};
  }
  if (const auto home = env.get("HOME"); home && !home->empty()) {
    return {fs::path(*home) / ".local" / "share" / "sepa" / "ladder.json", PathSource::home};
  }
  throw UsageError("cannot tell where your ladder lives: HOME is not set",
                   "name the file with --file PATH or SEPA_FILE=PATH");
}

const char* to_string(PathSource source)
{
  switch (source) {
  case PathSource::flag:
    return "--file";
  case PathSource::env:
    return "SEPA_FILE";
  case PathSource::xdg:
    return "XDG_DATA_HOME";
  case PathSource::home:
    return "the default (~/.local/share)";
  }
  return "";
}

} // namespace sepa
