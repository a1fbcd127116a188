#include "cli/line_layout.hpp"

#include "sepa/text.hpp"

namespace sepa {

LineLayout::int_type LineLayout::overflow(int_type c)
{
  if (traits_type::eq_int_type(c, traits_type::eof())) {
    return traits_type::not_eof(c);
  }
  const char ch = traits_type::to_char_type(c);
  xsputn(&ch, 1);
  return c;
}

std::streamsize LineLayout::xsputn(const char* s, std::streamsize n)
{
  std::string_view text(s, static_cast<std::size_t>(n));
  for (std::size_t end = text.find('\n'); end != std::string_view::npos; end = text.find('\n')) {
    if (m_line.empty()) {
      pass_on(text.substr(0, end), true);
    } else {
      m_line.append(text.substr(0, end));
      pass_on(m_line, true);
      m_line.clear();
    }
    text.remove_prefix(end + 1);
  }
  m_line.append(text);
  return n;
}

int LineLayout::sync()
{
  if (!m_line.empty()) {
    pass_on(m_line, false);
    m_line.clear();
  }
  return m_sink->pubsync();
}

void LineLayout::pass_on(std::string_view line, bool ended)
{
  std::string out = fit_line(line, m_width);
  if (m_ascii) {
    out = ascii_only(out);
  }
  if (ended) {
    out += '\n';
  }
  m_sink->sputn(out.data(), static_cast<std::streamsize>(out.size()));
}

} // namespace sepa
