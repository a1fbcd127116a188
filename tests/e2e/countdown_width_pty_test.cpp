// The countdown at the widths people use (40 columns on a phone over SSH, 80, 120), through a
// pseudo-terminal and a model of the screen: nothing runs past the right margin, one frame is on
// the screen at a time, and after a resize the old frame is gone whether the terminal reflowed
// it or cut it.

#include "e2e/checkin_ladder.hpp"
#include "support/pty.hpp"
#include "support/virtual_terminal.hpp"

#include <gtest/gtest.h>
#include <initializer_list>
#include <memory>

namespace sepa::test {
namespace {

using namespace std::chrono_literals;

std::size_t count(const std::string& text, const std::string& what)
{
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) {
    ++n;
  }
  return n;
}

std::size_t rows_with(const VirtualTerminal& term, const std::string& what)
{
  const std::vector<std::string> rows = term.rows();
  return static_cast<std::size_t>(
    std::count_if(rows.begin(), rows.end(),
                  [&](const std::string& r) { return r.find(what) != std::string::npos; }));
}

std::string screen(const VirtualTerminal& term)
{
  std::string out;
  for (const std::string& r : term.rows()) {
    out += '|' + r + "|\n";
  }
  return out;
}

// Every frame ends with the sentence under the strength, which begins so at any width.
const std::string k_frame_end = "The worry often";

class CountdownWidth : public ::testing::Test {
protected:
  void SetUp() override
  {
    // Due home before the wait ends, so the header has a note to wrap too; a strength longer
    // than any terminal here.
    write_out_ladder(file, {.planned = 10min, .window_left = 10min, .edit = [](Ladder& l) {
                              l.strengths = {"Calm when she cries at night, and always finds a "
                                             "way to make her laugh again after the bath, "
                                             "whatever the day was like"};
                            }});
  }

  std::unique_ptr<PtyRun> countdown(unsigned short columns)
  {
    return std::make_unique<PtyRun>(std::vector<std::string>{"--file", file.string(), "checkin"},
                                    columns);
  }

  // Reads until `frames` frames are drawn, then until the terminal is quiet between two.
  static void read_frames(PtyRun& run, std::size_t frames)
  {
    ASSERT_TRUE(
      run.read_until([&](const std::string& out) { return count(out, k_frame_end) >= frames; }))
      << run.output();
    run.read_until([](const std::string&) { return false; }, 200ms);
  }

  TempDir dir;
  std::filesystem::path file = dir / "ladder.json";
};

TEST_F(CountdownWidth, NothingRunsPastTheMarginAtFortyEightyAndOneHundredTwenty)
{
  for (const unsigned short columns : std::initializer_list<unsigned short>{40, 80, 120}) {
    SCOPED_TRACE(columns);
    const auto run = countdown(columns);
    read_frames(*run, 3);
    run->send("\x03");
    EXPECT_EQ(run->wait(), 130);
    VirtualTerminal term(columns);
    term.feed(run->output());
    EXPECT_FALSE(term.wrapped_since_resize()) << screen(term);
    EXPECT_EQ(rows_with(term, "Waiting before calling home."), 1u) << screen(term);
    EXPECT_EQ(rows_with(term, "Remember:"), 1u) << "one frame on the screen\n" << screen(term);
    EXPECT_EQ(rows_with(term, k_frame_end), 1u) << screen(term);
    EXPECT_EQ(rows_with(term, "The wait keeps running"), 1u) << screen(term);
  }
}

TEST_F(CountdownWidth, AResizeClearsTheOldFrameAndDrawsAtTheNewWidth)
{
  struct Case {
    unsigned short from;
    unsigned short to;
    VirtualTerminal::Resize how;
  };
  for (const Case c :
       {Case{120, 40, VirtualTerminal::Resize::reflow}, Case{120, 40, VirtualTerminal::Resize::cut},
        Case{80, 40, VirtualTerminal::Resize::reflow},
        Case{40, 120, VirtualTerminal::Resize::reflow}}) {
    SCOPED_TRACE(std::to_string(c.from) + " to " + std::to_string(c.to) +
                 (c.how == VirtualTerminal::Resize::cut ? " cut" : " reflowed"));
    const auto run = countdown(c.from);
    read_frames(*run, 3);
    const std::size_t before = run->output().size();
    run->resize(c.to);
    read_frames(*run, count(run->output(), k_frame_end) + 1);
    run->send("\x03");
    EXPECT_EQ(run->wait(), 130);
    VirtualTerminal term(c.from);
    term.feed(std::string_view(run->output()).substr(0, before));
    term.resize(c.to, c.how);
    term.feed(std::string_view(run->output()).substr(before));
    EXPECT_FALSE(term.wrapped_since_resize()) << screen(term);
    EXPECT_EQ(rows_with(term, "Remember:"), 1u) << "no stale lines\n" << screen(term);
    EXPECT_EQ(rows_with(term, k_frame_end), 1u) << screen(term);
    EXPECT_EQ(rows_with(term, " left"), 1u) << screen(term);
    if (c.how == VirtualTerminal::Resize::reflow) {
      EXPECT_EQ(rows_with(term, "Waiting before calling home."), 1u) << "the header is kept\n"
                                                                     << screen(term);
    }
  }
}

} // namespace
} // namespace sepa::test
