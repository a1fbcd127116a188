#include "sepa/time.hpp"

#include <array>
#include <charconv>
#include <fmt/format.h>
#include <iterator>

namespace sepa {

using namespace std::chrono;

local_seconds Timestamp::local() const
{
  return local_seconds{utc.time_since_epoch() + offset};
}

local_days Timestamp::local_day() const
{
  return floor<days>(local());
}

namespace {

struct Civil {
  year_month_day date;
  hh_mm_ss<seconds> clock;
};

Civil civil(const Timestamp& t)
{
  const local_seconds l = t.local();
  const local_days day = floor<days>(l);
  return {year_month_day{day}, hh_mm_ss<seconds>{l - day}};
}

// Inlined: a large ladder holds hundreds of thousands of instants to read.
[[gnu::always_inline]] inline bool read_int(std::string_view s, std::size_t pos, std::size_t len,
                                            int& out)
{
  if (pos + len > s.size()) {
    return false;
  }
  out = 0;
  for (std::size_t i = pos; i < pos + len; ++i) {
    if (s[i] < '0' || s[i] > '9') {
      return false;
    }
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

} // namespace

std::string format_rfc3339(const Timestamp& t)
{
  std::string out;
  append_rfc3339(out, t);
  return out;
}

// Written digit by digit: a large ladder holds hundreds of thousands of instants.
void append_rfc3339(std::string& out, const Timestamp& t)
{
  const Civil c = civil(t);
  const auto off = t.offset.count();
  const char sign = off < 0 ? '-' : '+';
  const auto abs_off = static_cast<unsigned>(off < 0 ? -off : off);
  const int year = static_cast<int>(c.date.year());
  if (year < 0 || year > 9999 || abs_off >= 100 * 60) {
    fmt::format_to(std::back_inserter(out), "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}",
                   year, static_cast<unsigned>(c.date.month()), static_cast<unsigned>(c.date.day()),
                   c.clock.hours().count(), c.clock.minutes().count(), c.clock.seconds().count(),
                   sign, abs_off / 60, abs_off % 60);
    return;
  }
  char buf[] = "0000-00-00T00:00:00+00:00";
  const auto put2 = [&](std::size_t at, unsigned v) {
    buf[at] = static_cast<char>('0' + v / 10);
    buf[at + 1] = static_cast<char>('0' + v % 10);
  };
  put2(0, static_cast<unsigned>(year) / 100);
  put2(2, static_cast<unsigned>(year) % 100);
  put2(5, static_cast<unsigned>(c.date.month()));
  put2(8, static_cast<unsigned>(c.date.day()));
  put2(11, static_cast<unsigned>(c.clock.hours().count()));
  put2(14, static_cast<unsigned>(c.clock.minutes().count()));
  put2(17, static_cast<unsigned>(c.clock.seconds().count()));
  buf[19] = sign;
  put2(20, abs_off / 60);
  put2(23, abs_off % 60);
  out.append(buf, sizeof buf - 1);
}

std::optional<Timestamp> parse_rfc3339(std::string_view s)
{
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  if (!read_int(s, 0, 4, y) || s.size() < 20 || s[4] != '-' || !read_int(s, 5, 2, mo) ||
      s[7] != '-' || !read_int(s, 8, 2, d) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') ||
      !read_int(s, 11, 2, h) || s[13] != ':' || !read_int(s, 14, 2, mi) || s[16] != ':' ||
      !read_int(s, 17, 2, se)) {
    return std::nullopt;
  }
  std::size_t pos = 19;
  if (s[pos] == '.') {
    ++pos;
    const std::size_t digits = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      ++pos;
    }
    if (pos == digits) {
      return std::nullopt;
    }
  }
  int off_minutes = 0;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size()) {
    off_minutes = 0;
  } else {
    int oh = 0, om = 0;
    if (pos + 6 != s.size() || (s[pos] != '+' && s[pos] != '-') || !read_int(s, pos + 1, 2, oh) ||
        s[pos + 3] != ':' || !read_int(s, pos + 4, 2, om) || oh > 23 || om > 59) {
      return std::nullopt;
    }
    off_minutes = (s[pos] == '-' ? -1 : 1) * (oh * 60 + om);
  }
  const year_month_day date{year{y}, month{static_cast<unsigned>(mo)},
                            day{static_cast<unsigned>(d)}};
  if (!date.ok() || h > 23 || mi > 59 || se > 60) {
    return std::nullopt;
  }
  // A leap second is read as the last ordinary second of that minute.
  const auto local = local_days{date} + hours{h} + minutes{mi} + seconds{se > 59 ? 59 : se};
  const minutes offset{off_minutes};
  const sys_seconds utc{local.time_since_epoch() - offset};
  if (!recordable(utc)) {
    return std::nullopt;
  }
  return Timestamp{utc, offset};
}

std::string format_clock(const Timestamp& t)
{
  const Civil c = civil(t);
  return fmt::format("{:02}:{:02}", c.clock.hours().count(), c.clock.minutes().count());
}

std::string format_day_clock(const Timestamp& t)
{
  static constexpr std::array<const char*, 7> k_days{"Sun", "Mon", "Tue", "Wed",
                                                     "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> k_months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const Civil c = civil(t);
  const weekday wd{t.local_day()};
  return fmt::format("{} {} {} {}", k_days[wd.c_encoding()], static_cast<unsigned>(c.date.day()),
                     k_months[static_cast<unsigned>(c.date.month()) - 1], format_clock(t));
}

namespace {

// The instants a local reading could name: under the offset in force a day before it and a day
// after it, each with whether that offset really is in force then.
struct Readings {
  sys_seconds a, b;
  bool a_ok, b_ok;
};

Readings readings(const TimeZone& zone, local_seconds local)
{
  const sys_seconds naive{local.time_since_epoch()};
  const minutes before = zone.offset_at(naive - hours{24});
  const minutes after = zone.offset_at(naive + hours{24});
  const sys_seconds a = naive - before;
  const sys_seconds b = naive - after;
  return {a, b, zone.offset_at(a) == before, zone.offset_at(b) == after};
}

} // namespace

std::optional<SysSeconds> TimeZone::repeated(local_seconds local) const
{
  const auto [a, b, a_ok, b_ok] = readings(*this, local);
  if (a_ok && b_ok && a != b) {
    return std::max(a, b);
  }
  return std::nullopt;
}

SysSeconds TimeZone::to_utc(local_seconds local) const
{
  const auto [a, b, a_ok, b_ok] = readings(*this, local);
  if (a_ok && b_ok) {
    return std::min(a, b);
  }
  if (b_ok) {
    return b;
  }
  // Either only `a` is right, or the reading fell into a spring-forward gap, where the old
  // offset names an instant just after the jump.
  return a;
}

} // namespace sepa
