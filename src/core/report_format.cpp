#include "core/report_format.hpp"

#include <array>
#include <cmath>
#include <fmt/format.h>

namespace sepa::report_format {

using namespace std::chrono;

namespace {

constexpr std::array<const char*, 7> k_days{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 12> k_months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

} // namespace

std::string short_date(LocalDays day)
{
  return fmt::format("{} {}", k_days[weekday{day}.c_encoding()], day_month(day));
}

std::string date(LocalDays day)
{
  return fmt::format("{} {}", short_date(day), static_cast<int>(year_month_day{day}.year()));
}

std::string day_month(LocalDays day)
{
  const year_month_day ymd{day};
  return fmt::format("{} {}", static_cast<unsigned>(ymd.day()),
                     k_months[static_cast<unsigned>(ymd.month()) - 1]);
}

std::string iso_date(LocalDays day)
{
  const year_month_day ymd{day};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string wall_clock(const Timestamp& t)
{
  return fmt::format("{} {}", iso_date(t.local_day()), format_clock(t));
}

std::string days_ago(LocalDays day, LocalDays today)
{
  const auto n = (today - day).count();
  if (n <= 0) {
    return "today";
  }
  return n == 1 ? "yesterday" : fmt::format("{} days ago", n);
}

std::string rating(const std::optional<int>& value)
{
  return value ? std::to_string(*value) : "–";
}

std::string average(const std::optional<double>& value)
{
  return value ? fmt::format("{:.1f}", one_decimal(*value)) : "–";
}

double one_decimal(double value)
{
  return std::round(value * 10.0) / 10.0;
}

double minutes(Seconds d)
{
  return std::round(static_cast<double>(d.count()) / 60.0 * 100.0) / 100.0;
}

std::string count(int n, const char* one, const char* many)
{
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string window(const Report& report)
{
  const LocalDays today = report.now.local_day();
  if (report.since) {
    return fmt::format("{} to {}", date(*report.since), date(today));
  }
  if (report.rows.empty()) {
    return fmt::format("Up to {}", date(today));
  }
  return fmt::format("{} to {}", date(report.rows.front().source->started.local_day()),
                     date(today));
}

std::string rung_reason(const RungProgress& p)
{
  if (!p.suggest) {
    return p.reason;
  }
  return fmt::format("{}, so a {} step comes first", p.reason, format_duration(*p.suggest));
}

std::string outcome(const Separation& s)
{
  if (!s.happened) {
    return {};
  }
  switch (*s.happened) {
  case Happened::yes:
    return "happened";
  case Happened::partly:
    return "partly happened";
  case Happened::no:
    break;
  }
  return "did not happen";
}

} // namespace sepa::report_format
