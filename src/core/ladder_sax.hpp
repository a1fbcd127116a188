#pragma once
// The reader's SAX handler (internal): the parser (json_fast.cpp, or nlohmann's) calls it for
// every token, and it puts the values straight into the raw structs of ladder_raw.hpp, no
// document tree in between. Each separation is checked and copied into the model as soon as it
// ends, so memory holds the text, the model, and one separation being read. Unknown keys become
// compact JSON text in Extra.
//
// A problem is remembered, not thrown, so the parse goes on to the end: bad JSON anywhere in
// the file is reported before any problem of shape, as a reader that builds a document would.

#include "core/ladder_raw.hpp"
#include "sepa/errors.hpp"

#include <array>
#include <nlohmann/json.hpp>
#include <optional>

namespace sepa::raw {

struct SyntaxError {
  std::size_t position = 0; // the parser's count of bytes read, from 1
  bool number_too_large = false;
  std::string what; // the parser's own words, "...; expected ':'"
};

// A JSON scalar as the parser hands it over.
struct Scalar {
  Value::Type type = Value::Type::null;
  bool boolean = false;
  std::int64_t integer = 0;
  std::uint64_t whole = 0;
  double fraction = 0;
  std::string_view text{};
  bool lasting = false; // `text` stays valid until the parse ends
};

class Handler {
public:
  using Json = nlohmann::json;

  // The SAX interface of nlohmann::json.
  bool null();
  bool boolean(bool value);
  bool number_integer(std::int64_t value);
  bool number_unsigned(std::uint64_t value);
  bool number_float(double value, const std::string&);
  bool string(std::string& value) { return text(value); }
  bool binary(Json::binary_t&) { return true; } // JSON text holds none
  bool start_object(std::size_t);
  bool key(std::string& key) { return name(key); }
  bool end_object();
  bool start_array(std::size_t);
  bool end_array();
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e);

  // Room for the separations a file of this size holds, taking one with ratings, a prediction
  // and praise at about 384 bytes: the list is then allocated once, not doubled from small
  // (room a file of shorter ones does not use is address space, not memory; a file of still
  // shorter ones grows the list as usual).
  void reserve_for(std::size_t text_bytes) { m_separations.reserve(text_bytes / 384); }
  // The same as string() and key(), for a reader that hands over a view of its text; `lasting`
  // when that view stays valid until the parse ends (a view of the file itself).
  bool text(std::string_view value, bool lasting = false);
  bool name(std::string_view key);

  const std::optional<SyntaxError>& syntax_error() const { return m_syntax; }
  // Values nested deeper than k_max_depth: the parse stopped there, since writing unknown keys
  // back is recursive and no ladder nests anywhere near this deep.
  static constexpr std::size_t k_max_depth = 64;
  bool too_deep() const { return m_too_deep; }
  Top& top() { return m_top; }
  // The separations read, in order; throws the first problem found among them, if any.
  std::vector<sepa::Separation> separations();

private:
  enum class In : std::uint8_t {
    top,
    rules,
    rungs,
    rung,
    strengths,
    emergencies,
    separations,
    separation,
    urges,
    urge,
    checkins,
    checkin,
  };
  bool scalar(const Scalar& v);
  bool start(Value::Type type);
  bool end();
  Value* destination(Value::Type type);
  std::optional<In> inner(Value::Type type, const Value* slot) const;
  void enter(In in);
  bool unknown_key() const;
  static Json to_json(const Scalar& v);
  Extra& extra();
  Json* add_captured(Json value);
  void end_separation();
  void fail_separations(std::size_t index, const DataError& e);

  std::vector<In> m_in;
  // Where the key search starts in the object being read at each depth of the format: the top,
  // an object inside it (rules, a rung, a separation), one inside that (an urge, a check-in).
  std::array<std::size_t, 3> m_cursor{};
  static std::size_t depth_of(In in)
  {
    return in == In::top ? 0 : in == In::urge || in == In::checkin ? 2 : 1;
  }
  Value* m_slot = nullptr; // the known key just read, or null for an unknown one
  std::string m_key;       // the unknown key just read
  int m_skip = 0;          // depth inside a value whose content does not matter

  // An unknown key's value being captured as a document, to be kept as JSON text.
  std::vector<Json*> m_capture;
  Json m_captured;
  Json* m_capture_slot = nullptr; // the member the last key inside the capture named
  Extra* m_capture_into = nullptr;
  std::string m_capture_key;

  Top m_top;
  Separation m_sep;
  std::vector<sepa::Separation> m_separations;
  std::size_t m_sep_index = 0;
  std::size_t m_open = 0;
  std::optional<std::size_t> m_failed_at;
  std::string m_failure, m_failure_hint;
  std::optional<SyntaxError> m_syntax;
  std::size_t m_depth = 0;
  bool m_too_deep = false;
};

} // namespace sepa::raw
