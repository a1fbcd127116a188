// The JSON writer shared by the ladder file and the report export: nlohmann's dump(2) layout, and
// the same text whether it is kept whole or handed to a sink in pieces.

#include "core/json_writer.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sepa::json_text {
namespace {

using Json = nlohmann::ordered_json;

// A little of everything a writer writes.
void sample(JsonWriter& w)
{
  w.open('{');
  w.key("n");
  w.number(-42);
  w.key("x");
  w.number(2.0);
  w.key("y");
  w.number(1.25);
  w.key("flag");
  w.boolean(false);
  w.key("none");
  w.null();
  w.any_key("odd \"key\"");
  w.text("caf\xc3\xa9 \x01 \xff");
  w.key("empty");
  w.open('[');
  w.close(']');
  w.key("list");
  w.open('[');
  for (int i = 0; i < 20; ++i) {
    w.element();
    w.open('{');
    w.key("i");
    w.number(i);
    w.close('}');
  }
  w.close(']');
  w.close('}');
}

TEST(JsonWriter, LaysOutTextAsNlohmannDoes)
{
  JsonWriter w(0);
  sample(w);
  Json expected = Json::object();
  expected["n"] = -42;
  expected["x"] = 2.0;
  expected["y"] = 1.25;
  expected["flag"] = false;
  expected["none"] = nullptr;
  expected["odd \"key\""] = "caf\xc3\xa9 \x01 \xff";
  expected["empty"] = Json::array();
  expected["list"] = Json::array();
  for (int i = 0; i < 20; ++i) {
    expected["list"].push_back({{"i", i}});
  }
  EXPECT_EQ(w.take(), expected.dump(2, ' ', false, Json::error_handler_t::replace));
}

TEST(JsonWriter, ASinkGetsTheSameTextInPiecesOfAboutTheChunk)
{
  JsonWriter whole(0);
  sample(whole);
  const std::string expected = whole.take();

  std::vector<std::string> pieces;
  JsonWriter w(64, [&](std::string_view piece) { pieces.emplace_back(piece); });
  sample(w);
  w.finish();
  ASSERT_GT(pieces.size(), 3U);
  std::string joined;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i + 1 < pieces.size()) {
      EXPECT_GE(pieces[i].size(), 64U);
      EXPECT_LT(pieces[i].size(), 128U) << "handed over soon after the chunk is full";
    }
    joined += pieces[i];
  }
  EXPECT_EQ(joined, expected);
}

} // namespace
} // namespace sepa::json_text
