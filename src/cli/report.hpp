#pragma once
// `sepa report [--format text|json|csv|markdown|html] [--since DATE] [--output FILE]`: the way
// you have come (docs/report.md). Read-only: the ladder is read without the lock.

#include "cli/context.hpp"
#include "sepa/report_facts.hpp"

#include <string>

namespace CLI {
class App;
}

namespace sepa {

struct ReportOptions {
  ReportFormat format = ReportFormat::text;
  std::string since;  // as typed; empty when not given
  std::string output; // --output FILE: written atomically, 0600; empty (or "-"): stdout
};

void register_report(CLI::App& app, Context& ctx);
int run_report(const ReportOptions& options, Context& ctx);

} // namespace sepa
