#pragma once
// The ladder file as read, before it is checked (internal to the reader). The SAX handler
// (ladder_sax.cpp) fills these as the text streams past; the checks (ladder_check.cpp) turn them
// into the model in a fixed order, so the problem reported for a file does not depend on the
// order of its keys. A key that appears twice keeps its last value, as in any JSON reader that
// builds a document.

#include "sepa/ladder.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sepa::raw {

// One JSON value: its type and, for a scalar, the value. An object or list keeps only its type
// here; what it holds is read into the structs below.
struct Value {
  enum class Type : std::uint8_t {
    absent,
    null,
    boolean,
    integer,
    whole,
    fraction,
    text,
    object,
    list
  };

  Type type = Type::absent;
  bool boolean = false;
  std::int64_t integer = 0; // Type::integer: a negative whole number
  std::uint64_t whole = 0;  // Type::whole: a non-negative one
  double fraction = 0;
  // Type::text: a view of the file's own text where that lasts (no copy), else a copy kept in
  // `owned`, whose buffer is reused by the next value read into this field.
  std::string_view lasting;
  std::string owned;
  bool is_owned = false;

  bool present() const { return type != Type::absent; }
  std::string_view text() const { return is_owned ? std::string_view(owned) : lasting; }
};

struct Rung {
  Value::Type type = Value::Type::object; // anything but an object is reported
  Value length, activity;
  Extra extra;
};

struct Urge {
  Value::Type type = Value::Type::object;
  Value at, level;
  Extra extra;

  void clear()
  {
    type = Value::Type::object;
    at.type = level.type = Value::Type::absent;
    extra.clear();
  }
};

struct Checkin {
  Value::Type type = Value::Type::object;
  Value at, outcome;
  Extra extra;

  void clear()
  {
    type = Value::Type::object;
    at.type = outcome.type = Value::Type::absent;
    extra.clear();
  }
};

// Reused for every separation of the file; `urges` and `checkins` keep their elements (and
// their strings' capacity) and count the ones in use.
struct Separation {
  Value id, started, ended, planned, activity, anxiety, peak, after, prediction, happened, praise,
    note, urges, wait_until, checkins, updated;
  std::vector<Urge> urge_list;
  std::size_t urge_count = 0;
  std::vector<Checkin> checkin_list;
  std::size_t checkin_count = 0;
  Extra extra;

  void clear();
};

struct Rules {
  Value good_peak, mastery_days, stall_tries, early_returns;
  Extra extra;
};

// Everything but the separations, which are checked one by one as they are read.
struct Top {
  Value::Type type = Value::Type::absent; // of the whole document
  Value schema, created, wait, message, rules, rungs, strengths, emergencies, separations;
  Rules rule_fields;
  std::vector<Rung> rung_list;
  std::vector<Value> strength_list, emergency_list;
  Extra extra;
};

// A JSON path such as /separations/12/urges/0, spelled out only when a message needs it.
struct Path {
  const Path* parent = nullptr;
  std::string_view key;  // empty for a list element
  std::size_t index = 0; // a list element's position
  std::string str() const;
};

// The field a key names in each object of the format, or null for a key this version does not
// know (kept as Extra). `cursor` is where the search starts; keep one per object being read.
Value* field(Top& o, std::string_view key, std::size_t& cursor);
Value* field(Rules& o, std::string_view key, std::size_t& cursor);
Value* field(Rung& o, std::string_view key, std::size_t& cursor);
Value* field(Separation& o, std::string_view key, std::size_t& cursor);
Value* field(Urge& o, std::string_view key, std::size_t& cursor);
Value* field(Checkin& o, std::string_view key, std::size_t& cursor);

// The checks, in the order the file format documents them. Each throws DataError naming the
// path and what was expected.
void check_top(Top& top, Ladder& ladder);
void expect_object(Value::Type type, const Path& at);
sepa::Separation check_separation(Separation& raw, const Path& at);
// The first separation whose id an earlier one has, if any.
std::optional<std::size_t> first_repeated_id(const std::vector<sepa::Separation>& separations);
// The separation at `index` has the id of an earlier one.
[[noreturn]] void repeated_id(std::size_t index, const std::string& id);
// The separation at `index` is the second one without an end.
[[noreturn]] void second_open(std::size_t index);

} // namespace sepa::raw
