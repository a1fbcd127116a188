#include "cli/commands.hpp"

#include "cli/cancel.hpp"
#include "cli/checkin.hpp"
#include "cli/completion.hpp"
#include "cli/diagnostics.hpp"
#include "cli/done.hpp"
#include "cli/edit.hpp"
#include "cli/help.hpp"
#include "cli/merge.hpp"
#include "cli/partner.hpp"
#include "cli/plan.hpp"
#include "cli/remind.hpp"
#include "cli/report.hpp"
#include "cli/start.hpp"
#include "cli/status.hpp"
#include "cli/undo.hpp"
#include "cli/week.hpp"
#include "cli/why.hpp"

#include <CLI/CLI.hpp>

namespace sepa {

void register_commands(CLI::App& app, Context& ctx)
{
  register_plan(app, ctx);
  register_start(app, ctx);
  register_done(app, ctx);
  register_checkin(app, ctx);
  register_status(app, ctx);
  register_undo(app, ctx);
  register_cancel(app, ctx);
  register_edit(app, ctx);
  register_why(app, ctx);
  register_partner(app, ctx);
  register_week(app, ctx);
  register_report(app, ctx);
  register_remind(app, ctx);
  register_help(app, ctx);
  register_diagnostics(app, ctx);
  register_merge(app, ctx);
  register_completion(app, ctx);
}

} // namespace sepa
