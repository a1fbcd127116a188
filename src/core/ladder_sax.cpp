// The SAX handler. The state is a stack of where the reader is (In), the field the last key
// named, and two modes for values whose content is not read into the model: skipped (a wrong
// type, reported by its type alone) and captured (an unknown key, kept as JSON text).

#include "core/ladder_sax.hpp"

#include "sepa/errors.hpp"

namespace sepa::raw {

using Type = Value::Type;

namespace {

// A list element, reusing one left from an earlier separation (and its strings' capacity).
template <class T> T& next(std::vector<T>& list, std::size_t& count)
{
  if (count == list.size()) {
    list.emplace_back();
  }
  T& item = list[count++];
  item.clear();
  return item;
}

} // namespace

bool Handler::null()
{
  return scalar({});
}

bool Handler::boolean(bool value)
{
  return scalar({.type = Type::boolean, .boolean = value});
}

bool Handler::number_integer(std::int64_t value)
{
  return scalar({.type = Type::integer, .integer = value});
}

bool Handler::number_unsigned(std::uint64_t value)
{
  return scalar({.type = Type::whole, .whole = value});
}

bool Handler::number_float(double value, const std::string&)
{
  return scalar({.type = Type::fraction, .fraction = value});
}

bool Handler::text(std::string_view value, bool lasting)
{
  return scalar({.type = Type::text, .text = value, .lasting = lasting});
}

bool Handler::start_object(std::size_t)
{
  return start(Type::object);
}

bool Handler::start_array(std::size_t)
{
  return start(Type::list);
}

bool Handler::end_object()
{
  return end();
}

bool Handler::end_array()
{
  return end();
}

bool Handler::name(std::string_view key)
{
  if (m_skip > 0) {
    return true;
  }
  if (!m_capture.empty()) {
    m_capture_slot = &(*m_capture.back())[std::string(key)];
    return true;
  }
  switch (m_in.back()) {
  case In::top:
    m_slot = field(m_top, key, m_cursor[0]);
    break;
  case In::rules:
    m_slot = field(m_top.rule_fields, key, m_cursor[1]);
    break;
  case In::rung:
    m_slot = field(m_top.rung_list.back(), key, m_cursor[1]);
    break;
  case In::separation:
    m_slot = field(m_sep, key, m_cursor[1]);
    break;
  case In::urge:
    m_slot = field(m_sep.urge_list[m_sep.urge_count - 1], key, m_cursor[2]);
    break;
  case In::checkin:
    m_slot = field(m_sep.checkin_list[m_sep.checkin_count - 1], key, m_cursor[2]);
    break;
  default:
    break; // keys come only inside objects
  }
  if (m_slot == nullptr) {
    m_key.assign(key);
  }
  return true;
}

bool Handler::parse_error(std::size_t position, const std::string&,
                          const nlohmann::detail::exception& e)
{
  // 406 is a number too large for a double; every other problem is a syntax error.
  m_syntax = SyntaxError{position, e.id == 406, e.what()};
  return false;
}

bool Handler::scalar(const Scalar& v)
{
  if (m_skip > 0) {
    return true;
  }
  if (!m_capture.empty()) {
    add_captured(to_json(v));
  } else if (unknown_key()) {
    extra().insert_or_assign(m_key, to_json(v).dump());
  } else if (Value* slot = destination(v.type)) {
    slot->boolean = v.boolean;
    slot->integer = v.integer;
    slot->whole = v.whole;
    slot->fraction = v.fraction;
    if (v.type == Type::text) {
      slot->is_owned = !v.lasting;
      if (v.lasting) {
        slot->lasting = v.text;
      } else {
        slot->owned.assign(v.text);
      }
    }
  }
  return true;
}

bool Handler::start(Type type)
{
  if (++m_depth > k_max_depth) {
    m_too_deep = true;
    return false; // stops the parse
  }
  if (m_skip > 0) {
    ++m_skip;
  } else if (!m_capture.empty()) {
    m_capture.push_back(add_captured(type == Type::object ? Json::object() : Json::array()));
  } else if (unknown_key()) {
    m_capture_into = &extra();
    m_capture_key = m_key;
    m_captured = type == Type::object ? Json::object() : Json::array();
    m_capture.push_back(&m_captured);
  } else {
    const Value* slot = destination(type);
    if (const auto in = inner(type, slot)) {
      enter(*in);
    } else {
      m_skip = 1;
    }
  }
  return true;
}

bool Handler::end()
{
  --m_depth;
  if (m_skip > 0) {
    --m_skip;
  } else if (!m_capture.empty()) {
    m_capture.pop_back();
    if (m_capture.empty()) {
      m_capture_into->insert_or_assign(m_capture_key, m_captured.dump());
    }
  } else {
    const In done = m_in.back();
    m_in.pop_back();
    if (done == In::separation) {
      end_separation();
    }
  }
  return true;
}

// Records the type of the value about to be read, in a known key's field or a new list
// element, and returns the field that takes a scalar's value (null where none does).
Value* Handler::destination(Type type)
{
  if (m_in.empty()) {
    m_top.type = type;
    return nullptr;
  }
  Value* slot = nullptr;
  switch (m_in.back()) {
  case In::rungs:
    m_top.rung_list.emplace_back().type = type;
    return nullptr;
  case In::strengths:
    slot = &m_top.strength_list.emplace_back();
    break;
  case In::emergencies:
    slot = &m_top.emergency_list.emplace_back();
    break;
  case In::urges:
    next(m_sep.urge_list, m_sep.urge_count).type = type;
    return nullptr;
  case In::checkins:
    next(m_sep.checkin_list, m_sep.checkin_count).type = type;
    return nullptr;
  case In::separations:
    if (type != Type::object) {
      const std::size_t index = m_sep_index++;
      const Path root, list{&root, "separations"};
      try {
        expect_object(type, {&list, {}, index});
      } catch (const DataError& e) {
        fail_separations(index, e);
      }
    }
    return nullptr;
  default:
    slot = m_slot;
    break;
  }
  slot->type = type;
  return slot;
}

// The part of the format a container starts, or none when its content is not read.
std::optional<Handler::In> Handler::inner(Type type, const Value* slot) const
{
  const bool object = type == Type::object;
  if (m_in.empty()) {
    return object ? std::optional{In::top} : std::nullopt;
  }
  switch (m_in.back()) {
  case In::top:
    if (object) {
      return slot == &m_top.rules ? std::optional{In::rules} : std::nullopt;
    }
    return slot == &m_top.rungs         ? std::optional{In::rungs}
           : slot == &m_top.strengths   ? std::optional{In::strengths}
           : slot == &m_top.emergencies ? std::optional{In::emergencies}
           : slot == &m_top.separations ? std::optional{In::separations}
                                        : std::nullopt;
  case In::separation:
    return object                    ? std::nullopt
           : slot == &m_sep.urges    ? std::optional{In::urges}
           : slot == &m_sep.checkins ? std::optional{In::checkins}
                                     : std::nullopt;
  case In::rungs:
    return object ? std::optional{In::rung} : std::nullopt;
  case In::urges:
    return object ? std::optional{In::urge} : std::nullopt;
  case In::checkins:
    return object ? std::optional{In::checkin} : std::nullopt;
  case In::separations:
    // After the first wrong separation the rest are only checked for JSON syntax.
    return object && !m_failed_at ? std::optional{In::separation} : std::nullopt;
  default:
    return std::nullopt;
  }
}

// A key that appears twice keeps its last value, so entering a part starts it afresh.
void Handler::enter(In in)
{
  switch (in) {
  case In::rules:
    m_top.rule_fields = {};
    break;
  case In::rungs:
    m_top.rung_list.clear();
    break;
  case In::strengths:
    m_top.strength_list.clear();
    break;
  case In::emergencies:
    m_top.emergency_list.clear();
    break;
  case In::separations:
    m_separations.clear();
    m_sep_index = 0;
    m_open = 0;
    m_failed_at.reset();
    break;
  case In::separation:
    m_sep.clear();
    break;
  case In::urges:
    m_sep.urge_count = 0;
    break;
  case In::checkins:
    m_sep.checkin_count = 0;
    break;
  default:
    break;
  }
  m_cursor[depth_of(in)] = 0;
  m_in.push_back(in);
}

void Handler::end_separation()
{
  const std::size_t index = m_sep_index++;
  const Path root, list{&root, "separations"};
  try {
    m_separations.push_back(check_separation(m_sep, {&list, {}, index}));
    if (m_separations.back().open() && ++m_open > 1) {
      second_open(index);
    }
  } catch (const DataError& e) {
    fail_separations(index, e);
  }
}

void Handler::fail_separations(std::size_t index, const DataError& e)
{
  if (!m_failed_at) {
    m_failed_at = index;
    m_failure = e.what();
    m_failure_hint = e.hint();
  }
}

std::vector<sepa::Separation> Handler::separations()
{
  if (const auto repeated = first_repeated_id(m_separations)) {
    repeated_id(*repeated, m_separations[*repeated].id);
  }
  if (m_failed_at) {
    throw DataError(m_failure, m_failure_hint);
  }
  return std::move(m_separations);
}

} // namespace sepa::raw
