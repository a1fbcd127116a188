// User text in Markdown (markdown_text.hpp).

#include "core/markdown_text.hpp"

#include "sepa/text.hpp"

#include <algorithm>

namespace sepa {

namespace {

// Whether GitHub-flavoured Markdown would turn the word into a link: a web address, "www." or an
// e-mail address. A backslash does not stop an e-mail address (the autolinker reads the text with
// its escapes undone); a code span stops every kind.
bool link_like(std::string_view word)
{
  std::string lower(word);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  const auto at = lower.find('@');
  return lower.find("://") != std::string::npos || lower.find("www.") != std::string::npos ||
         lower.find("mailto:") != std::string::npos || lower.find("xmpp:") != std::string::npos ||
         (at != std::string::npos && lower.find('.', at) != std::string::npos);
}

// The word as code, shown exactly as typed: the fence is one backtick longer than any run inside
// it. In a table, a pipe still ends the cell unless escaped, even in code.
std::string code_span(std::string_view word, bool in_table)
{
  std::size_t longest = 0;
  std::size_t run = 0;
  std::string body;
  for (const char c : word) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
    body += in_table && c == '|' ? std::string("\\|") : std::string(1, c);
  }
  const std::string fence(longest + 1, '`');
  const std::string pad = !body.empty() && (body.front() == '`' || body.back() == '`') ? " " : "";
  return fence + pad + body + pad + fence;
}

std::string escaped(std::string_view word, bool first)
{
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    const bool special = std::string_view("\\`*_[]<>|#~&!@").find(c) != std::string_view::npos;
    const bool marker = first && i == 0 && (c == '+' || c == '-');
    if (special || marker) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

} // namespace

// User text, read as written: never a link, an image, HTML or a broken table.
std::string md(std::string_view text, bool in_table)
{
  const std::string clean = neutralise(text);
  std::string out;
  std::size_t pos = 0;
  while (pos < clean.size()) {
    const std::size_t space = std::min(clean.find(' ', pos), clean.size());
    const std::string_view word = std::string_view(clean).substr(pos, space - pos);
    out += link_like(word) ? code_span(word, in_table) : escaped(word, pos == 0);
    if (space < clean.size()) {
      out += ' ';
    }
    pos = space + 1;
  }
  return out;
}

} // namespace sepa
