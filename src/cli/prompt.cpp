#include "cli/prompt.hpp"

#include "cli/output.hpp"
#include "sepa/parse.hpp"
#include "sepa/text.hpp"

#include <istream>
#include <ostream>

namespace sepa {

namespace {

std::string trim(const std::string& s)
{
  const auto b = s.find_first_not_of(" \t\r");
  const auto e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

} // namespace

std::string ask_text(Context& ctx, const std::string& question)
{
  ctx.out << question << ' ' << std::flush;
  std::string line;
  if (!std::getline(ctx.in, line)) {
    ctx.out << '\n';
    return {};
  }
  const std::string answer = trim(line);
  if (blank(answer)) {
    return {}; // spaces alone skip the question, as Enter does
  }
  try {
    return user_text(answer, "answer");
  } catch (const std::exception&) {
    ctx.out << "That answer could not be kept (it is not plain text), so it is skipped.\n";
    return {};
  }
}

std::optional<int> ask_rating(Context& ctx, const std::string& question)
{
  for (int attempt = 0; attempt < 3; ++attempt) {
    const std::string answer = ask_text(ctx, question + " (0–10, Enter to skip)");
    if (answer.empty()) {
      return std::nullopt;
    }
    const auto r = parse_rating(answer, "rating");
    if (r) {
      return r.value;
    }
    ctx.out << "A whole number from 0 (calm) to 10 (the worst), please.\n";
  }
  return std::nullopt;
}

std::optional<bool> ask_yes_no(Context& ctx, const std::string& question)
{
  const std::string answer = ask_text(ctx, question + " (y/n, Enter to skip)");
  if (answer == "y" || answer == "Y" || answer == "yes" || answer == "Yes") {
    return true;
  }
  if (answer == "n" || answer == "N" || answer == "no" || answer == "No") {
    return false;
  }
  return std::nullopt;
}

} // namespace sepa
