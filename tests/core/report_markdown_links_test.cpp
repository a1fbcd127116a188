// User text in the Markdown report never becomes a link. GitHub-flavoured Markdown links web and
// e-mail addresses written as plain text, even with their characters escaped, so such a word is
// shown as code, exactly as typed; the other words around it stay plain, escaped text.
// (The e2e test ReportE2e.NoUserTextBecomesALinkOnGitHub renders the report with cmark-gfm.)

#include "sepa/report_facts.hpp"
#include "support/fake_clock.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

using namespace std::chrono_literals;

std::string report_with_note(const std::string& note, const std::string& praise = "")
{
  Ladder l = default_ladder(at("2026-03-01T09:00:00+01:00"));
  Separation s;
  s.id = "a";
  s.started = at("2026-03-14T10:00:00+01:00");
  s.ended = at("2026-03-14T10:15:00+01:00");
  s.planned = 15min;
  s.note = note;
  s.praise = praise;
  l.separations.push_back(s);
  return render_markdown(build_report(l, std::nullopt, at("2026-03-15T20:00:00+01:00")));
}

TEST(ReportMarkdownLinks, AddressesAreShownAsCodeAndTheRestAsText)
{
  struct Case {
    const char* note;
    const char* cell;
  };
  const Case cases[] = {
    {"see https://example.com/a_b now", "see `https://example.com/a_b` now"},
    {"mail me@example.com", "mail `me@example.com`"},
    {"www.example.org", "`www.example.org`"},
    {"HTTP://EXAMPLE.COM", "`HTTP://EXAMPLE.COM`"},
    {"mailto:x", "`mailto:x`"},
    {"a`b http://x.y/`c`", "a\\`b `` http://x.y/`c` ``"},
    {"|pipe| http://x.y/|z", "\\|pipe\\| `http://x.y/\\|z`"},
    {"@home, no address", "\\@home, no address"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.note);
    const std::string md = report_with_note(c.note);
    EXPECT_NE(md.find("| " + std::string(c.cell) + " |"), std::string::npos) << md;
  }
}

TEST(ReportMarkdownLinks, OutsideATableAPipeInCodeNeedsNoEscape)
{
  const std::string md = report_with_note("", "wrote to a|b@example.com");
  EXPECT_NE(md.find(": wrote to `a|b@example.com`\n"), std::string::npos) << md;
}

} // namespace
} // namespace sepa::test
