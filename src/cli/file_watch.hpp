#pragma once
// The countdown follows the ladder file (docs/checkin.md, "Another window"): between two frames
// one stat of the file; only when it moved, an unlocked read, and the core's changed_elsewhere
// says whether the separation waited on was ended, cancelled or changed meanwhile.

#include "cli/context.hpp"
#include "io/inspect.hpp"
#include "sepa/countdown.hpp"
#include "sepa/follow.hpp"
#include "sepa/ladder.hpp"

namespace sepa {

// Wraps the countdown's sleeper: after each sleep that ends on the clock or a resize, it looks
// at the file and answers Wake::elsewhere once the separation is no longer the one seen. A file
// that cannot be read as a ladder (a sync tool halfway, a slip in an editor) or that is gone is
// not a change of the separation: the countdown keeps going, and the next change of the file is
// looked at again.
class FileWatch final : public Sleeper {
public:
  // `stamp` is the file as it was when `seen` was saved (taken under the lock).
  FileWatch(Sleeper& inner, const Context& ctx, Separation seen, FileStamp stamp);

  Wake sleep_for(std::chrono::nanoseconds d) override;

  // What the file showed when the sleeper answered Wake::elsewhere; nothing before.
  Elsewhere seen_elsewhere() const { return m_what; }

private:
  Elsewhere look();

  Sleeper& m_inner;
  const Context& m_ctx;
  std::filesystem::path m_path;
  Separation m_seen;
  FileStamp m_stamp;
  Elsewhere m_what = Elsewhere::nothing;
};

} // namespace sepa
