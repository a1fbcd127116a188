#include "cli/file_watch.hpp"

#include "sepa/errors.hpp"

#include <algorithm>

namespace sepa {

FileWatch::FileWatch(Sleeper& inner, const Context& ctx, Separation seen, FileStamp stamp)
  : m_inner(inner), m_ctx(ctx), m_path(ctx.ladder_path().path), m_seen(std::move(seen)),
    m_stamp(stamp)
{
}

Wake FileWatch::sleep_for(std::chrono::nanoseconds d)
{
  const Wake wake = m_inner.sleep_for(d);
  if (wake != Wake::timeout && wake != Wake::resize) {
    return wake; // a stop or the worry passing is the parent's word, and comes first
  }
  m_what = look();
  return m_what == Elsewhere::nothing ? wake : Wake::elsewhere;
}

// A stat a second costs microseconds; the read (milliseconds, more for years of history) only
// follows a save. No lock: a save renames a whole file into place, so the read sees the old
// file or the new one, and the countdown never makes another sepa wait.
Elsewhere FileWatch::look()
{
  const FileStamp now = file_stamp(m_path);
  if (now == m_stamp || !now.exists) {
    return Elsewhere::nothing;
  }
  m_stamp = now;
  std::optional<Ladder> ladder;
  try {
    ladder = Store(m_path, m_ctx.store_options).load();
  } catch (const Error&) {
    return Elsewhere::nothing;
  }
  if (!ladder) {
    return Elsewhere::nothing;
  }
  const auto it = std::find_if(ladder->separations.begin(), ladder->separations.end(),
                               [&](const Separation& s) { return s.id == m_seen.id; });
  return changed_elsewhere(m_seen, it == ladder->separations.end() ? nullptr : &*it);
}

} // namespace sepa
