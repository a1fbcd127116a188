// Checking the values of the ladder file's objects: see ladder_check.hpp.

#include "core/ladder_check.hpp"

#include "sepa/parse.hpp"
#include "sepa/text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace sepa::check {

using Kind = Token::Kind;

std::string Path::str() const
{
  return parent == nullptr ? std::string()
         : key.empty()     ? fmt::format("{}/{}", parent->str(), index)
                           : fmt::format("{}/{}", parent->str(), key);
}

void wrong(const Path& at, const std::string& expected)
{
  const std::string path = at.str();
  throw DataError(fmt::format("at {}: {}", path.empty() ? "/" : path, expected));
}

std::string kind(const Token& token)
{
  static constexpr const char* k_kinds[] = {"null",     "null", "true or false", "a whole number",
                                            "a number", "text", "an object",     "a list"};
  return k_kinds[static_cast<int>(token.kind)];
}

void open(Cursor& c, const Path& at, char bracket)
{
  if (!c.at(bracket)) {
    wrong(at, fmt::format("expected {}, found {}", bracket == '{' ? "an object" : "a list",
                          kind(c.token())));
  }
  c.open(bracket);
}

std::string shown(std::string_view text)
{
  return "\"" + truncate(text, 40) + "\"";
}

Field need(Field f)
{
  if (!f.token.present()) {
    wrong(f.object, fmt::format("the key \"{}\" is missing", f.key));
  }
  return f;
}

bool has(Field f, Kind k, const char* expected)
{
  if (f.token.present() && f.token.kind != k) {
    wrong(f.path(), fmt::format("expected {}, found {}", expected, kind(f.token)));
  }
  return f.token.present();
}

std::string text(Field f)
{
  has(f, Kind::text, "text");
  return json::decoded(f.token);
}

std::optional<Timestamp> instant(Field f)
{
  const char* const expected = R"(a time like "2026-11-22T10:05:00+01:00")";
  const Token& t = f.token;
  const auto instant = !has(f, Kind::text, expected) ? std::nullopt
                       : t.escaped                   ? parse_rfc3339(json::decoded(t))
                                                     : parse_rfc3339(t.raw);
  if (t.present() && !instant) {
    wrong(f.path(), fmt::format("expected {}, found {}", expected, shown(json::decoded(t))));
  }
  return instant;
}

std::optional<Seconds> duration(Field f)
{
  const std::string s = text(f);
  const auto d = parse_duration(s);
  if (f.token.present() && !d) {
    wrong(f.path(), "expected a duration like \"15m\", found " + shown(s));
  }
  return f.token.present() ? d.value : std::nullopt;
}

std::optional<int> whole(Field f, int lo, int hi)
{
  const Token& t = f.token;
  if (t.present() && (t.kind != Kind::whole || t.whole < lo || t.whole > hi)) {
    // A whole number as written, any other as nlohmann writes its double.
    const std::string found = t.kind == Kind::whole      ? std::string(t.raw)
                              : t.kind == Kind::fraction ? nlohmann::json::parse(t.raw).dump()
                                                         : kind(t);
    wrong(f.path(), fmt::format("expected a whole number from {} to {}, found {}", lo, hi, found));
  }
  return t.present() ? std::optional{static_cast<int>(t.whole)} : std::nullopt;
}

std::string read_text(Cursor& c, const Path& at)
{
  const Token t = c.token();
  return text({t, at, {}}); // an element: its path is the list's own
}

} // namespace sepa::check
