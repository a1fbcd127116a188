// Writing JSON text straight into one string: see json_writer.hpp. Strings that are not valid
// UTF-8 and raw values are rare, and go through nlohmann itself, so they come out exactly as a
// document's dump would write them.

#include "core/json_writer.hpp"

#include "core/json_text.hpp"
#include "sepa/parse.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace sepa::json_text {

using Json = nlohmann::ordered_json;

bool append_string(std::string& out, std::string_view text)
{
  static constexpr char k_hex[] = "0123456789abcdef";
  const std::size_t start = out.size();
  out += '"';
  const char* const end = text.data() + text.size();
  const char* run = text.data();
  for (const char* p = run;;) {
    p = json_text::skip_plain(p, end);
    if (p == end) {
      break;
    }
    const auto c = static_cast<unsigned char>(*p);
    if (c >= 0x80) {
      const std::size_t length = json_text::utf8_length(p, end);
      if (length == 0) {
        out.resize(start);
        return false;
      }
      p += length;
      continue;
    }
    out.append(run, p);
    run = ++p;
    out += '\\';
    switch (c) {
    case '"':
    case '\\':
      out += static_cast<char>(c);
      break;
    case '\b':
      out += 'b';
      break;
    case '\f':
      out += 'f';
      break;
    case '\n':
      out += 'n';
      break;
    case '\r':
      out += 'r';
      break;
    case '\t':
      out += 't';
      break;
    default:
      out += "u00";
      out += k_hex[c >> 4];
      out += k_hex[c & 0xF];
    }
  }
  out.append(run, end);
  out += '"';
  return true;
}

void JsonWriter::open(char bracket)
{
  m_out += bracket;
  ++m_depth;
  m_first = true;
}

void JsonWriter::close(char bracket)
{
  --m_depth;
  if (!m_first) {
    m_first = true; // a line break without a comma
    element();
  }
  m_out += bracket;
  m_first = false;
}

void JsonWriter::key(std::string_view name)
{
  element();
  m_out += '"';
  m_out.append(name);
  m_out.append("\": ", 3);
}

void JsonWriter::any_key(std::string_view name)
{
  element();
  text(name);
  m_out.append(": ", 2);
}

void JsonWriter::finish()
{
  if (m_out_sink && !m_out.empty()) {
    m_out_sink(m_out);
    m_out.clear();
  }
}

void JsonWriter::element()
{
  if (m_out_sink && m_out.size() >= m_chunk) {
    finish();
  }
  static constexpr std::string_view k_break = ",\n                                ";
  const auto width = 1 + static_cast<std::size_t>(m_depth) * 2; // the newline and indent
  if (width < k_break.size()) {
    m_out.append(k_break.data() + (m_first ? 1 : 0), width + (m_first ? 0 : 1));
  } else {
    m_out += m_first ? "\n" : ",\n";
    m_out.append(width - 1, ' ');
  }
  m_first = false;
}

void JsonWriter::texts(const std::vector<std::string>& values)
{
  open('[');
  for (const std::string& value : values) {
    element();
    text(value);
  }
  close(']');
}

void JsonWriter::text(std::string_view value)
{
  if (!append_string(m_out, value)) {
    m_out += Json(value).dump(-1, ' ', false, Json::error_handler_t::replace);
  }
}

void JsonWriter::number(double value)
{
  m_out += Json(value).dump();
}

void JsonWriter::instant(const Timestamp& t)
{
  m_out += '"';
  append_rfc3339(m_out, t);
  m_out += '"';
}

void JsonWriter::duration(Seconds d)
{
  auto it = std::find_if(m_durations.begin(), m_durations.end(),
                         [&](const auto& known) { return known.first == d; });
  if (it == m_durations.end()) {
    it = m_durations.emplace(m_durations.end(), d, '"' + format_duration(d) + '"');
  }
  m_out += it->second;
}

void JsonWriter::raw(const std::string& json)
{
  // Unknown objects go out with their keys sorted, so any spelling comes out in one form.
  const std::string pretty = nlohmann::json::parse(json).dump(2, ' ', false);
  const std::string indent(static_cast<std::size_t>(m_depth) * 2, ' ');
  for (const char c : pretty) {
    m_out += c;
    if (c == '\n') {
      m_out += indent;
    }
  }
}

} // namespace sepa::json_text
