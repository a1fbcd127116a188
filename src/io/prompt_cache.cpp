#include "io/prompt_cache.hpp"

#include "io/files.hpp"

#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace sepa {

namespace fs = std::filesystem;

std::optional<fs::path> prompt_cache_path(const Environment& env)
{
  if (const auto xdg = env.get("XDG_CACHE_HOME"); xdg && fs::path(*xdg).is_absolute()) {
    return fs::path(*xdg) / "sepa" / "prompt";
  }
  if (const auto home = env.get("HOME"); home && !home->empty()) {
    return fs::path(*home) / ".cache" / "sepa" / "prompt";
  }
  return std::nullopt;
}

std::optional<std::string> file_key(const fs::path& ladder)
{
  struct stat st {};
  if (::stat(ladder.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    return std::nullopt;
  }
  // A newline in the path would end the key's line early: such a file gets no cache.
  if (ladder.native().find('\n') != std::string::npos) {
    return std::nullopt;
  }
  return fmt::format("{} {} {} {} {}.{:09} {}", "key", st.st_dev, st.st_ino, st.st_size,
                     st.st_mtim.tv_sec, st.st_mtim.tv_nsec, ladder.native());
}

std::optional<std::string> read_prompt_cache(const fs::path& cache, const std::string& key)
{
  std::ifstream in(cache, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line) || line != key) {
    return std::nullopt;
  }
  std::ostringstream rest;
  rest << in.rdbuf();
  return rest.str();
}

void write_prompt_cache(const fs::path& cache, const std::string& key,
                        std::string_view facts) noexcept
{
  try {
    make_private_dirs(cache.parent_path());
    write_private_file(cache, key + "\n" + std::string(facts));
  } catch (...) {
    // Only a shortcut: the next prompt reads the ladder instead.
  }
}

} // namespace sepa
