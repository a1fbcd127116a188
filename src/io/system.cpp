#include "sepa/system.hpp"

#include <array>
#include <cstdlib>
#include <ctime>
#include <fmt/format.h>
#include <random>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <unistd.h>

namespace sepa {

SysSeconds SystemClock::now() const
{
  return std::chrono::floor<Seconds>(std::chrono::system_clock::now());
}

std::chrono::minutes LocalZone::offset_at(SysSeconds utc) const
{
  const std::time_t t = std::chrono::system_clock::to_time_t(utc);
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
  for (const char* name : {"SEPA_FILE", "XDG_DATA_HOME", "XDG_STATE_HOME", "HOME", "NO_COLOR",
                           "TERM", "COLUMNS", "TZ"}) {
    if (const char* value = std::getenv(name)) {
      env.vars.emplace(name, value);
    }
  }
  return env;
}

TerminalInfo TerminalInfo::probe()
{
  TerminalInfo info;
  info.stdin_tty = ::isatty(STDIN_FILENO) == 1;
  info.stdout_tty = ::isatty(STDOUT_FILENO) == 1;
  winsize ws{};
  if (info.stdout_tty && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
    info.width = ws.ws_col;
  }
  return info;
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
