#include "cli/prompt.hpp"

#include "cli/output.hpp"
#include "sepa/parse.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <istream>
#include <ostream>
#include <sstream>

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
  // The space goes around the layout, which would take it for the end of a wrapped line.
  ctx.out << question << std::flush;
  ctx.data << ' ' << std::flush;
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

std::optional<int> ask_rating(Context& ctx, const std::string& question, Scale scale)
{
  for (int attempt = 0; attempt < 3; ++attempt) {
    const std::string answer = ask_text(ctx, question + " (0–10, Enter to skip)");
    if (answer.empty()) {
      return std::nullopt;
    }
    const auto r = parse_rating(answer, "rating", scale);
    if (r) {
      return r.value;
    }
    ctx.out << (scale == Scale::worry
                  ? "A whole number from 0 (calm) to 10 (the worst), please.\n"
                  : "A whole number from 0 (not at all) to 10 (completely), please.\n");
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

std::optional<int> ask_percent(Context& ctx, const std::string& question)
{
  for (int attempt = 0; attempt < 3; ++attempt) {
    const std::string answer = ask_text(ctx, question + " (0–100%, Enter to skip)");
    if (answer.empty()) {
      return std::nullopt;
    }
    if (const auto r = parse_percent(answer, "answer")) {
      return r.value;
    }
    ctx.out << "A whole number from 0 (not at all) to 100 (certain), please.\n";
  }
  return std::nullopt;
}

std::optional<Happened> ask_happened(Context& ctx, const std::string& question)
{
  for (int attempt = 0; attempt < 3; ++attempt) {
    std::string answer = ask_text(ctx, question + " (no/partly/yes, Enter to skip)");
    if (answer.empty()) {
      return std::nullopt;
    }
    for (char& c : answer) {
      c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (const auto h = happened_from_string(answer)) {
      return h;
    }
    if (answer == "y" || answer == "n" || answer == "p") {
      return answer == "y" ? Happened::yes : answer == "n" ? Happened::no : Happened::partly;
    }
    ctx.out << "No, partly or yes, please.\n";
  }
  return std::nullopt;
}

std::vector<std::string> ask_items(Context& ctx, const std::string& question,
                                   const std::vector<std::string>& items)
{
  for (std::size_t i = 0; i < items.size(); ++i) {
    ctx.out << "  " << i + 1 << ". " << neutralise(items[i]) << '\n';
  }
  for (int attempt = 0; attempt < 3; ++attempt) {
    std::string answer = ask_text(ctx, question + " (numbers, Enter for none)");
    std::replace(answer.begin(), answer.end(), ',', ' ');
    std::istringstream words(answer);
    std::vector<std::string> chosen;
    std::string word;
    bool ok = true;
    while (words >> word) {
      const bool digits = word.size() <= 4 && std::all_of(word.begin(), word.end(), [](char c) {
                            return c >= '0' && c <= '9';
                          });
      const std::size_t n = digits ? std::stoul(word) : 0;
      if (n == 0 || n > items.size()) {
        ok = false;
        break;
      }
      if (std::find(chosen.begin(), chosen.end(), items[n - 1]) == chosen.end()) {
        chosen.push_back(items[n - 1]);
      }
    }
    if (ok) {
      return chosen;
    }
    ctx.out << fmt::format("The numbers 1 to {}, please, or Enter for none.\n", items.size());
  }
  return {};
}

} // namespace sepa
