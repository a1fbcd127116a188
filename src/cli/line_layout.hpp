#pragma once
// The last step of everything sepa prints for people: each line is laid out to the terminal's
// width and, under a locale that is not UTF-8, put into ASCII column for column. Commands write
// whole sentences and tables; this stream buffer keeps a line until it ends (or is flushed, as a
// question is before its answer) and hands it on laid out. JSON, CSV, HTML, Markdown and
// completion scripts bypass it (Context::data).

#include <cstddef>
#include <streambuf>
#include <string>

namespace sepa {

class LineLayout : public std::streambuf {
public:
  // `width` 0 leaves lines as long as they are.
  LineLayout(std::streambuf* sink, std::size_t width, bool ascii)
    : m_sink(sink), m_width(width), m_ascii(ascii)
  {
  }
  LineLayout(const LineLayout&) = delete;
  LineLayout& operator=(const LineLayout&) = delete;
  ~LineLayout() override { LineLayout::sync(); }

protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

private:
  void pass_on(std::string_view line, bool ended);

  std::streambuf* m_sink;
  std::size_t m_width;
  bool m_ascii;
  std::string m_line;
};

} // namespace sepa
