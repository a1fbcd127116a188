#include "sepa/system.hpp"

#include "sepa/errors.hpp"

#include <array>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <random>
#include <regex>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <unistd.h>

namespace sepa {

SysSeconds SystemClock::now() const
{
  // Whole seconds straight from the kernel: system_clock counts nanoseconds in 64 bits, which
  // wrap after 2262 to a time in 1677.
  timespec ts{};
  ::clock_gettime(CLOCK_REALTIME, &ts);
  const SysSeconds now{Seconds{ts.tv_sec}};
  if (!recordable(now)) {
    throw IoError(fmt::format("the system clock reads {}, outside the years sepa records (1970 "
                              "to 9999)",
                              format_rfc3339({now, {}})),
                  "set the clock right, then run the command again; nothing was changed");
  }
  return now;
}

std::chrono::minutes LocalZone::offset_at(SysSeconds utc) const
{
  // Not system_clock::to_time_t, which goes through nanoseconds and wraps after 2262.
  const auto t = static_cast<std::time_t>(utc.time_since_epoch().count());
  std::tm local{};
  if (::localtime_r(&t, &local) == nullptr) {
    return std::chrono::minutes{0};
  }
  return std::chrono::minutes{local.tm_gmtoff / 60};
}

std::optional<std::string> Environment::get(const std::string& name) const
{
  const auto it = vars.find(name);
  if (it == vars.end()) {
    return std::nullopt;
  }
  return it->second;
}

Environment Environment::capture()
{
  Environment env;
  for (const char* name :
       {"SEPA_FILE", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "HOME",
        "NO_COLOR", "TERM", "COLUMNS", "TZ", "TZDIR", "LC_ALL", "LC_CTYPE", "LANG"}) {
    if (const char* value = std::getenv(name)) {
      env.vars.emplace(name, value);
    }
  }
  return env;
}

namespace {

bool zone_file(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::array<char, 4> magic{};
  return in.read(magic.data(), magic.size()) && std::string_view(magic.data(), 4) == "TZif";
}

// std offset [dst [offset] [,start[/time],end[/time]]], as POSIX writes a zone without a file.
bool posix_rule(const std::string& tz)
{
  static const std::regex k_rule(
    R"(^(<[A-Za-z0-9+-]{3,}>|[A-Za-z]{3,})[+-]?\d{1,2}(:\d{2}){0,2})"
    R"(((<[A-Za-z0-9+-]{3,}>|[A-Za-z]{3,})([+-]?\d{1,2}(:\d{2}){0,2})?)"
    R"((,[^,]+,[^,]+)?)?$)");
  return std::regex_match(tz, k_rule);
}

} // namespace

std::optional<std::string> unknown_zone(const Environment& env)
{
  const auto tz = env.get("TZ");
  if (!tz || tz->empty() || *tz == ":") {
    return std::nullopt;
  }
  const bool file_only = tz->front() == ':';
  std::filesystem::path path = file_only ? tz->substr(1) : *tz;
  if (path.is_relative()) {
    const auto dir = env.get("TZDIR");
    path = std::filesystem::path(dir && !dir->empty() ? *dir : "/usr/share/zoneinfo") / path;
  }
  if (zone_file(path) || (!file_only && posix_rule(*tz))) {
    return std::nullopt;
  }
  return tz;
}

TerminalInfo TerminalInfo::probe()
{
  TerminalInfo info;
  info.stdin_tty = ::isatty(STDIN_FILENO) == 1;
  info.stdout_tty = ::isatty(STDOUT_FILENO) == 1;
  info.stderr_tty = ::isatty(STDERR_FILENO) == 1;
  for (const int fd : {STDOUT_FILENO, STDERR_FILENO}) {
    winsize ws{};
    if (::isatty(fd) == 1 && ::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
      info.width = ws.ws_col;
      break;
    }
  }
  return info;
}

std::string running_binary()
{
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec || self.empty() ? std::string("sepa") : self.string();
}

std::string random_id()
{
  std::array<unsigned char, 16> b{};
  if (::getrandom(b.data(), b.size(), 0) != static_cast<ssize_t>(b.size())) {
    std::random_device rd;
    for (auto& byte : b) {
      byte = static_cast<unsigned char>(rd());
    }
  }
  b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
  b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
  std::string hex;
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) {
      hex += '-';
    }
    hex += fmt::format("{:02x}", b[i]);
  }
  return hex;
}

} // namespace sepa
