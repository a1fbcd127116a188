// The ladder file, from any bytes. Properties: the only way to refuse a file is a DataError with
// a message (anything else escapes and libFuzzer reports it); a file that loads saves to text
// that loads again, and saving that changes nothing more (what sepa writes, it can read); and
// the reader's own fast scanner accepts only what nlohmann's parser accepts too.

#include "core/json_fast.hpp"
#include "fuzz_check.hpp"
#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

using sepa::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  {
    sepa::raw::Handler handler;
    if (sepa::raw::read_fast(text, handler)) {
      check(nlohmann::json::accept(text), "the fast scanner accepts only valid JSON");
    }
  }
  sepa::Ladder ladder;
  try {
    ladder = sepa::parse_ladder(text);
  } catch (const sepa::DataError& e) {
    check(std::string_view(e.what()).size() > 0, "a refusal says why");
    return 0;
  }
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
