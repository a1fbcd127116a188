// Recognising sync tools' conflict copies by name. Each tool keeps the original name's stem and
// extension and puts its mark between them, so only names built from this ladder's own stem and
// extension are considered: "ladder-old.sync-conflict-….json" belongs to another file.

#include "sepa/conflicts.hpp"

#include <algorithm>

namespace sepa {

namespace {

std::string lower(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return out;
}

// `mark` is what a tool puts between the stem and the extension.
bool is_mark(std::string_view mark)
{
  const std::string m = lower(mark);
  // Syncthing and ownCloud write a date and a device id, never a dot: a dot after their mark
  // means the copy is of a sibling such as "ladder.lock" or a backup "ladder.1".
  for (const std::string_view tag :
       {std::string_view(".sync-conflict-"), std::string_view("_conflict-")}) {
    if (m.starts_with(tag)) {
      return m.size() > tag.size() && m.find('.', tag.size()) == std::string::npos;
    }
  }
  // Dropbox and Nextcloud: " (conflicted copy 2026-11-22)", " (Sam's conflicted copy …)".
  return m.starts_with(" (") && m.ends_with(")") && m.find("conflicted copy") != std::string::npos;
}

bool is_conflict_copy(std::string_view ladder, std::string_view name)
{
  const auto dot = ladder.rfind('.');
  const bool has_ext = dot != std::string_view::npos && dot > 0;
  const std::string_view stem = has_ext ? ladder.substr(0, dot) : ladder;
  const std::string_view ext = has_ext ? ladder.substr(dot) : std::string_view();
  if (name.size() <= stem.size() + ext.size() || !name.starts_with(stem) || !name.ends_with(ext)) {
    return false;
  }
  return is_mark(name.substr(stem.size(), name.size() - stem.size() - ext.size()));
}

} // namespace

std::vector<std::string> conflict_copies(std::string_view ladder_name,
                                         const std::vector<std::string>& names)
{
  std::vector<std::string> found;
  for (const std::string& name : names) {
    if (is_conflict_copy(ladder_name, name)) {
      found.push_back(name);
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

} // namespace sepa
