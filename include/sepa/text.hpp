#pragma once
// Text as a terminal shows it. User-written text is printed with control characters neutralised
// (an escape sequence in an activity cannot recolour or clear the screen), and tables are aligned
// by display width, not bytes: a CJK character or an emoji takes two columns. Widths and
// grapheme clusters come from the Unicode data in libutf8proc.

#include <string>
#include <string_view>

namespace sepa {

// "You already…" for "you already…": a clause made the start of a sentence (ASCII letters only).
std::string capitalised(std::string text);

// Whether `text` is valid UTF-8.
bool valid_utf8(std::string_view text);

// Control characters (C0, DEL, C1) become visible: ESC as "^[", a newline as "⏎"-free space, …
// Invalid UTF-8 bytes become U+FFFD. Tabs and newlines become single spaces.
std::string neutralise(std::string_view text);

// Whether `text` has nothing to read: empty, or only spaces, line breaks, controls and
// invisible format characters (a no-break space, an ideographic space, a zero-width space, …).
bool blank(std::string_view text);

// Columns `text` takes on a terminal (after neutralising), counted per grapheme cluster: an
// emoji with a skin tone, or a family joined by zero-width joiners, is one picture.
std::size_t display_width(std::string_view text);

// Pads with spaces to `width` columns; longer text is cut with "…".
std::string fit(std::string_view text, std::size_t width);

// Cuts to at most `width` columns, ending in "…" when cut.
std::string truncate(std::string_view text, std::size_t width);

// Words laid out in lines of at most `width` columns, each ending in a newline: the first line
// starts with `lead`, the others with as many spaces. A word is never cut; one wider than the
// line stands alone on its line. `text` is printed as given: neutralise user text first.
std::string wrap(std::string_view text, std::size_t width, std::string_view lead = {});

// The same text in ASCII, for a terminal whose locale is not UTF-8, column for column: sepa's
// symbols become their usual stand-ins (an arrow ">", a bullet "*", a bar "#"), a letter loses
// its accent, and anything else becomes "?" in each column it took. ASCII passes unchanged.
std::string ascii_only(std::string_view text);

// One printed line laid out in lines of at most `width` columns (0: as it is), joined by
// newlines. Colour escapes take no room. Words wrap at spaces; continuation lines hang under
// the first word after the last gap of two or more spaces (a table's last column), after a
// bullet, or after a short label ending in ": " ("sepa: hint: "), else under the line's own
// indent; a word too wide for that starts at the left edge,
// and is cut only when it is wider than a whole line.
std::string fit_line(std::string_view line, std::size_t width);

} // namespace sepa
