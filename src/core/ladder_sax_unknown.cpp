// The handler's keys it does not know (see ladder_sax.hpp): each value is kept as compact JSON
// text in the Extra of the object it stands in, to be written back as it was.

#include "core/ladder_sax.hpp"

namespace sepa::raw {

using Type = Value::Type;

Handler::Json Handler::to_json(const Scalar& v)
{
  switch (v.type) {
  case Type::boolean:
    return v.boolean;
  case Type::integer:
    return v.integer;
  case Type::whole:
    return v.whole;
  case Type::fraction:
    return v.fraction;
  case Type::text:
    return std::string(v.text);
  default:
    return nullptr;
  }
}

bool Handler::unknown_key() const
{
  if (m_in.empty() || m_slot != nullptr) {
    return false;
  }
  switch (m_in.back()) {
  case In::top:
  case In::rules:
  case In::rung:
  case In::separation:
  case In::urge:
  case In::checkin:
    return true;
  default:
    return false;
  }
}

Extra& Handler::extra()
{
  switch (m_in.back()) {
  case In::rules:
    return m_top.rule_fields.extra;
  case In::rung:
    return m_top.rung_list.back().extra;
  case In::separation:
    return m_sep.extra;
  case In::urge:
    return m_sep.urge_list[m_sep.urge_count - 1].extra;
  case In::checkin:
    return m_sep.checkin_list[m_sep.checkin_count - 1].extra;
  default:
    return m_top.extra;
  }
}

// As a document-building reader does: a list appends, an object sets the member its last key
// named (so a repeated key keeps its last value).
Handler::Json* Handler::add_captured(Json value)
{
  Json& parent = *m_capture.back();
  if (parent.is_array()) {
    parent.push_back(std::move(value));
    return &parent.back();
  }
  *m_capture_slot = std::move(value);
  return m_capture_slot;
}

} // namespace sepa::raw
