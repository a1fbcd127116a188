#include "sepa/prompt_facts.hpp"

#include "sepa/session.hpp"
#include "sepa/time.hpp"

#include <charconv>
#include <fmt/format.h>

namespace sepa {

namespace {

constexpr std::string_view k_first_line = "sepa prompt facts 1\n";

std::optional<Seconds> read_seconds(std::string_view text)
{
  long long n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc{} || end != text.data() + text.size() || n < 0) {
    return std::nullopt;
  }
  return Seconds{n};
}

// The words of one line, split at single spaces.
std::vector<std::string_view> words_of(std::string_view line)
{
  std::vector<std::string_view> out;
  for (std::size_t pos = 0; pos <= line.size();) {
    const std::size_t end = std::min(line.find(' ', pos), line.size());
    out.push_back(line.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

bool read_open(const std::vector<std::string_view>& w, Ladder& facts)
{
  const auto started = parse_rfc3339(w[1]);
  const auto planned = read_seconds(w[2]);
  if (!started || !planned) {
    return false;
  }
  Separation s;
  s.started = *started;
  s.planned = *planned;
  if (w[3] != "-") {
    s.wait_until = parse_rfc3339(w[3]);
    if (!s.wait_until) {
      return false;
    }
  }
  facts.separations.push_back(std::move(s));
  return true;
}

bool read_plan(const std::vector<std::string_view>& w, Ladder& facts)
{
  const auto at = parse_rfc3339(w[1]);
  const auto length = read_seconds(w[2]);
  if (!at || !length) {
    return false;
  }
  PlannedSeparation p;
  p.at = *at;
  p.length = *length;
  facts.plans.push_back(std::move(p));
  return true;
}

} // namespace

Ladder prompt_facts(const Ladder& ladder)
{
  Ladder facts;
  if (const Separation* s = open_separation(ladder)) {
    Separation open;
    open.started = s->started;
    open.planned = s->planned;
    open.wait_until = s->wait_until;
    facts.separations.push_back(std::move(open));
  }
  for (const PlannedSeparation& p : ladder.plans) {
    if (p.state == PlanState::planned) {
      PlannedSeparation plan;
      plan.at = p.at;
      plan.length = p.length;
      facts.plans.push_back(std::move(plan));
    }
  }
  return facts;
}

std::string write_prompt_facts(const Ladder& facts)
{
  std::string out(k_first_line);
  for (const Separation& s : facts.separations) {
    out += fmt::format("open {} {} {}\n", format_rfc3339(s.started), s.planned.count(),
                       s.wait_until ? format_rfc3339(*s.wait_until) : "-");
  }
  for (const PlannedSeparation& p : facts.plans) {
    out += fmt::format("plan {} {}\n", format_rfc3339(p.at), p.length.count());
  }
  return out;
}

std::optional<Ladder> read_prompt_facts(std::string_view text)
{
  if (!text.starts_with(k_first_line) || !text.ends_with('\n')) {
    return std::nullopt;
  }
  text.remove_prefix(k_first_line.size());
  Ladder facts;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const auto w = words_of(text.substr(0, end));
    text.remove_prefix(end + 1);
    const bool read = (w.size() == 4 && w[0] == "open" && facts.separations.empty())
                        ? read_open(w, facts)
                        : (w.size() == 3 && w[0] == "plan") && read_plan(w, facts);
    if (!read) {
      return std::nullopt;
    }
  }
  return facts;
}

} // namespace sepa
