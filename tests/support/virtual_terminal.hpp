#pragma once
// A terminal screen as far as the countdown's tests need one, to tell what a person would see:
// text with autowrap at the right margin, \r, \n, cursor up (CSI n A), erase below (CSI J) and
// erase to the end of the line (CSI K); other escapes are skipped. A resize either reflows the
// lines, as VTE, kitty, iTerm2, tmux and Termux do, or cuts them at the new width, as xterm and
// the Linux console do. Every code point is taken as one column.

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sepa::test {

class VirtualTerminal {
public:
  enum class Resize { reflow, cut };

  explicit VirtualTerminal(std::size_t columns) : m_columns(columns) {}

  void feed(std::string_view bytes)
  {
    for (std::size_t i = 0; i < bytes.size();) {
      const auto c = static_cast<unsigned char>(bytes[i]);
      if (c == 0x1b) {
        i = escape(bytes, i + 1);
      } else if (c == '\r') {
        m_col = 0;
        m_pending = false;
        ++i;
      } else if (c == '\n') {
        down();
        ++i;
      } else if (c < 0x20 || c == 0x7f) {
        ++i; // the bell and the like draw nothing
      } else {
        std::size_t n = 1;
        while (i + n < bytes.size() && (static_cast<unsigned char>(bytes[i + n]) & 0xC0) == 0x80) {
          ++n;
        }
        put(std::string(bytes.substr(i, n)));
        i += n;
      }
    }
  }

  void resize(std::size_t columns, Resize how)
  {
    m_wrapped = false;
    if (how == Resize::cut) {
      for (Row& r : m_rows) {
        r.cells.resize(std::min(r.cells.size(), columns));
        r.wrapped = false;
      }
      m_col = std::min(m_col, columns - 1);
      m_columns = columns;
      return;
    }
    // Rows joined into the lines they were wrapped from, then laid out again.
    std::vector<Row> rows;
    std::size_t row = 0;
    std::size_t col = 0;
    for (std::size_t i = 0; i < m_rows.size();) {
      std::vector<std::string> line;
      std::size_t cursor = std::string::npos;
      for (;; ++i) {
        if (i == m_row) {
          cursor = line.size() + (m_pending ? m_col + 1 : m_col);
        }
        line.insert(line.end(), m_rows[i].cells.begin(), m_rows[i].cells.end());
        if (!m_rows[i].wrapped || i + 1 == m_rows.size()) {
          ++i;
          break;
        }
      }
      const std::size_t first = rows.size();
      for (std::size_t at = 0; at == 0 || at < line.size(); at += columns) {
        Row r;
        r.cells.assign(line.begin() + static_cast<long>(std::min(at, line.size())),
                       line.begin() + static_cast<long>(std::min(at + columns, line.size())));
        r.wrapped = at + columns < line.size();
        rows.push_back(r);
      }
      if (cursor != std::string::npos) {
        row = std::min(first + cursor / columns, rows.size() - 1);
        col = std::min(cursor - (row - first) * columns, columns - 1);
      }
    }
    m_rows = rows;
    m_row = row;
    m_col = col;
    m_pending = false;
    m_columns = columns;
  }

  // The text of every row, top to bottom.
  std::vector<std::string> rows() const
  {
    std::vector<std::string> out;
    for (const Row& r : m_rows) {
      std::string text;
      for (const std::string& cell : r.cells) {
        text += cell;
      }
      out.push_back(text);
    }
    return out;
  }

  // Whether the right margin ever made a line go on to the next row since the last resize.
  bool wrapped_since_resize() const { return m_wrapped; }

private:
  struct Row {
    std::vector<std::string> cells;
    bool wrapped = false; // the line goes on in the next row
  };

  void down()
  {
    m_pending = false;
    if (++m_row == m_rows.size()) {
      m_rows.emplace_back();
    }
  }

  void put(const std::string& cell)
  {
    if (m_pending) {
      m_rows[m_row].wrapped = true;
      m_wrapped = true;
      down();
      m_col = 0;
    }
    std::vector<std::string>& cells = m_rows[m_row].cells;
    if (cells.size() <= m_col) {
      cells.resize(m_col + 1, " ");
    }
    cells[m_col] = cell;
    if (m_col + 1 == m_columns) {
      m_pending = true;
    } else {
      ++m_col;
    }
  }

  // After ESC: a CSI sequence up to its final byte, or one more byte.
  std::size_t escape(std::string_view bytes, std::size_t i)
  {
    if (i >= bytes.size() || bytes[i] != '[') {
      return i + 1;
    }
    std::size_t n = 0;
    bool given = false;
    for (++i; i < bytes.size() && (bytes[i] < 0x40 || bytes[i] > 0x7e); ++i) {
      if (bytes[i] >= '0' && bytes[i] <= '9') {
        n = n * 10 + static_cast<std::size_t>(bytes[i] - '0');
        given = true;
      }
    }
    if (i >= bytes.size()) {
      return i;
    }
    const char final = bytes[i];
    m_pending = false;
    if (final == 'A') {
      m_row -= std::min(m_row, given ? std::max<std::size_t>(n, 1) : 1);
    } else if (final == 'J') {
      m_rows[m_row].cells.resize(std::min(m_rows[m_row].cells.size(), m_col));
      m_rows[m_row].wrapped = false;
      m_rows.resize(m_row + 1);
    } else if (final == 'K') {
      m_rows[m_row].cells.resize(std::min(m_rows[m_row].cells.size(), m_col));
    }
    return i + 1;
  }

  std::size_t m_columns;
  std::vector<Row> m_rows{1};
  std::size_t m_row = 0;
  std::size_t m_col = 0;
  bool m_pending = false; // the last column was written: the next character wraps first
  bool m_wrapped = false;
};

} // namespace sepa::test
