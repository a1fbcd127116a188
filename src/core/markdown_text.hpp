#pragma once
// User text in Markdown, read as written: escaped so it can never become a link (a web or e-mail
// address is shown as code), an image, HTML or a broken table. Shared by the report and the week.

#include <string>
#include <string_view>

namespace sepa {

std::string md(std::string_view text, bool in_table = true);

} // namespace sepa
