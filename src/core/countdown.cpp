#include "sepa/countdown.hpp"

#include "sepa/parse.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

namespace {

constexpr std::size_t k_min_bar = 5;
// Past this a bar only makes the eye travel; wide terminals get the same calm line.
constexpr std::size_t k_max_bar = 48;
constexpr long long k_rotate_seconds = 20;
// Wall and monotonic clocks drift apart by far less than this in normal running.
constexpr auto k_suspend_gap = std::chrono::seconds{2};

std::string bar(std::size_t cells, Seconds left, Seconds total)
{
  const Seconds elapsed = std::clamp(total - left, Seconds{0}, total);
  const std::size_t filled =
    total.count() <= 0
      ? cells
      : static_cast<std::size_t>(static_cast<long long>(cells) * elapsed.count() / total.count());
  std::string out;
  for (std::size_t i = 0; i < cells; ++i) {
    out += i < filled ? "\u2588" : "\u2591";
  }
  return out;
}

// Time left, a bar and the clock time it ends, dropping the clock time and then the bar when
// the terminal is too narrow for them.
std::string time_line(const CountdownView& view, Seconds left, std::size_t width)
{
  const Seconds shown = std::max(left, Seconds{0});
  const std::string head =
    left > Seconds{0} ? fmt::format("{:02}:{:02} left", shown.count() / 60, shown.count() % 60)
                      : std::string("00:00");
  const std::string tail =
    (left > Seconds{0} ? "until " : "over at ") + format_clock(view.deadline);
  const std::size_t fixed = display_width(head) + 2;
  if (width >= fixed + 2 + display_width(tail) + k_min_bar) {
    const std::size_t cells = std::min(k_max_bar, width - fixed - 2 - display_width(tail));
    return head + "  " + bar(cells, left, view.total) + "  " + tail;
  }
  if (width >= fixed + k_min_bar) {
    return head + "  " + bar(std::min(k_max_bar, width - fixed), left, view.total);
  }
  return truncate(head, width);
}

std::string strength_line(const CountdownView& view, SysSeconds now)
{
  if (view.strengths.empty()) {
    return view.partner + " has the baby, and can find their own way.";
  }
  const auto n = static_cast<long long>(view.strengths.size());
  const long long slot = now.time_since_epoch().count() / k_rotate_seconds;
  const auto i = static_cast<std::size_t>(((slot % n) + n) % n);
  return "Remember: " + neutralise(view.strengths[i]);
}

// A sentence after the frame so far, laid out for the terminal: wrapped at spaces into at most
// three lines of `width` columns (the third cut short when the sentence goes on), so a long
// strength never makes the frame taller than a phone's screen; below 20 columns, one line cut
// short.
void add_lines(std::string& frame, std::string_view sentence, std::size_t width)
{
  constexpr int k_max_lines = 3;
  const std::string lines = width < 20 ? truncate(sentence, width) : fit_line(sentence, width);
  std::size_t last = 0; // where the last line shown begins
  for (int n = 1; n < k_max_lines && lines.find('\n', last) != std::string::npos; ++n) {
    last = lines.find('\n', last) + 1;
  }
  std::string rest = lines.substr(last);
  std::replace(rest.begin(), rest.end(), '\n', ' ');
  frame += '\n' + lines.substr(0, last) + truncate(rest, width);
}

} // namespace

std::string render_countdown(const CountdownView& view, SysSeconds now, std::size_t width,
                             Seconds slept)
{
  width = std::max<std::size_t>(width, 1);
  const Seconds left = view.deadline.utc - now;
  std::string frame = time_line(view, left, width);
  add_lines(frame, strength_line(view, now), width);
  add_lines(frame,
            left > Seconds{0} ? "The worry often passes before the time is up."
                              : "You waited it out. Notice how you feel now.",
            width);
  if (slept > Seconds{0}) {
    add_lines(frame,
              fmt::format("The computer slept for {}; the time left already counts it.",
                          format_duration(slept)),
              width);
  }
  return frame;
}

CountdownEnd run_countdown(const CountdownView& view, const TickClock& clock, Sleeper& sleeper,
                           Screen& screen)
{
  auto last_wall = clock.wall();
  auto last_mono = clock.mono();
  Seconds slept{0};
  for (;;) {
    const auto wall = clock.wall();
    const auto mono = clock.mono();
    const auto gap = (wall - last_wall) - (mono - last_mono);
    if (gap >= k_suspend_gap) {
      slept += std::chrono::floor<Seconds>(gap);
    }
    last_wall = wall;
    last_mono = mono;
    // No counter is kept: each frame comes from the deadline and the clock as it reads now.
    const SysSeconds now = std::chrono::floor<Seconds>(wall);
    screen.draw(render_countdown(view, now, screen.width(), slept));
    if (now >= view.deadline.utc) {
      return CountdownEnd::finished;
    }
    // Wake on the next whole second, so the display turns over with the clock on the wall.
    switch (sleeper.sleep_for(now + Seconds{1} - wall)) {
    case Wake::stop:
      return CountdownEnd::stopped;
    case Wake::passed:
      return CountdownEnd::passed;
    case Wake::elsewhere:
      return CountdownEnd::elsewhere;
    case Wake::timeout:
    case Wake::resize:
      break;
    }
  }
}

} // namespace sepa
