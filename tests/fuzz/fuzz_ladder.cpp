// The ladder file, from any bytes. Properties: the only way to refuse a file is a DataError with
// a message (anything else escapes and libFuzzer reports it); a file that loads has no key twice
// in any object and saves to text that loads again, and saving that changes nothing more (what
// sepa writes, it can read); and the reader's cursor finds bad JSON exactly where nlohmann's
// parser does: it accepts a text as JSON if and only if nlohmann accepts it.

#include "core/json_cursor.hpp"
#include "fuzz_check.hpp"
#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using sepa::fuzz::check;

namespace {

// Whether some object of a JSON text has a key twice (nlohmann's parser keeps the last).
bool repeats_a_key(std::string_view text)
{
  using Json = nlohmann::json;
  std::vector<std::set<std::string>> keys;
  bool repeated = false;
  [[maybe_unused]] const Json parsed =
    Json::parse(text, [&](int, Json::parse_event_t event, Json& value) {
      if (event == Json::parse_event_t::object_start) {
        keys.emplace_back();
      } else if (event == Json::parse_event_t::object_end) {
        keys.pop_back();
      } else if (event == Json::parse_event_t::key) {
        repeated = !keys.back().insert(value.get<std::string>()).second || repeated;
      }
      return true;
    });
  return repeated;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    sepa::json::Cursor cursor(text);
    cursor.skip();
    cursor.end();
    check(nlohmann::json::accept(text), "the cursor accepts only valid JSON");
  } catch (const sepa::json::TextError& e) {
    // A key twice, values nested too deep, a number too large: JSON, but no ladder.
    // nlohmann takes a NUL byte for the end of the text; the cursor refuses it (never JSON).
    check(!e.what.empty() || text.find('\0') != std::string_view::npos ||
            !nlohmann::json::accept(text),
          "the cursor accepts all valid JSON");
  }
  sepa::Ladder ladder;
  try {
    ladder = sepa::parse_ladder(text);
  } catch (const sepa::DataError& e) {
    check(std::string_view(e.what()).size() > 0, "a refusal says why");
    return 0;
  }
  check(!repeats_a_key(text), "a ladder with a key twice in one object is refused");
  const std::string saved = sepa::serialize(ladder);
  sepa::Ladder again;
  try {
    again = sepa::parse_ladder(saved);
  } catch (const sepa::DataError& e) {
    std::fprintf(stderr, "%s\n%s\n", e.what(), saved.c_str());
    check(false, "what sepa saves, it can load");
  }
  check(sepa::serialize(again) == saved, "saving a loaded ladder changes nothing");
  return 0;
}
