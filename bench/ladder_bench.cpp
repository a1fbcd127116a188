// Micro-benchmarks of what every command pays for on a large ladder (docs/performance.md):
// reading the file into the model, writing it back, the move-up rule and the report, on
// sepa-synth's ladder at 1k, 10k and 100k separations.
//
//   build/bench/sepa_bench                                  all sizes
//   build/bench/sepa_bench --benchmark_filter='/1000$'      1k only (the CI smoke run)

#include "bench/synth.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/progress.hpp"
#include "sepa/report_facts.hpp"

#include <benchmark/benchmark.h>
#include <map>

namespace {

using sepa::Ladder;

// The ladder at each size and its text, made once and shared by the benchmarks.
struct Fixture {
  Ladder ladder;
  std::string text;
};

const Fixture& fixture(benchmark::State& state)
{
  static std::map<std::int64_t, Fixture> made;
  const std::int64_t n = state.range(0);
  auto it = made.find(n);
  if (it == made.end()) {
    Ladder ladder = sepa::bench::synthetic_ladder({static_cast<std::size_t>(n), 1});
    std::string text = sepa::serialize(ladder);
    it = made.emplace(n, Fixture{std::move(ladder), std::move(text)}).first;
  }
  state.counters["separations"] = static_cast<double>(n);
  return it->second;
}

void sizes(benchmark::internal::Benchmark* b)
{
  b->Arg(1000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
}

// What `sepa status` or `report` pays before it can say anything: text to checked model. The
// model is freed inside the loop, as a process frees it at exit.
void Load(benchmark::State& state)
{
  const Fixture& f = fixture(state);
  for (auto _ : state) {
    Ladder ladder = sepa::parse_ladder(f.text);
    benchmark::DoNotOptimize(ladder);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(f.text.size()));
}
BENCHMARK(Load)->Apply(sizes);

// What every change pays before the fsync: the model to the file's text.
void Save(benchmark::State& state)
{
  const Fixture& f = fixture(state);
  for (auto _ : state) {
    std::string text = sepa::serialize(f.ladder);
    benchmark::DoNotOptimize(text);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(f.text.size()));
}
BENCHMARK(Save)->Apply(sizes);

const sepa::Timestamp k_now = *sepa::parse_rfc3339("2026-11-02T12:00:00+01:00");

// The move-up rule, run by start (without a length), done, status and the report.
void Assess(benchmark::State& state)
{
  const Fixture& f = fixture(state);
  for (auto _ : state) {
    sepa::Progress progress = sepa::assess(f.ladder, k_now);
    benchmark::DoNotOptimize(progress);
  }
}
BENCHMARK(Assess)->Apply(sizes);

// The report after the load: its facts (build_report, which runs the move-up rule too) and the
// text for the terminal, as `sepa report` makes them.

void Report(benchmark::State& state)
{
  const Fixture& f = fixture(state);
  for (auto _ : state) {
    const sepa::Report report = sepa::build_report(f.ladder, std::nullopt, k_now);
    std::string text = sepa::render_text(report);
    benchmark::DoNotOptimize(text);
  }
}
BENCHMARK(Report)->Apply(sizes);

// The JSON export of every separation, handed out in pieces as `sepa report --format json`
// writes it; the pieces are only counted here.
void ReportJson(benchmark::State& state)
{
  const Fixture& f = fixture(state);
  std::int64_t bytes = 0;
  for (auto _ : state) {
    const sepa::Report report = sepa::build_report(f.ladder, std::nullopt, k_now);
    sepa::render_json(
      report, [&](std::string_view piece) { bytes += static_cast<std::int64_t>(piece.size()); });
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(ReportJson)->Apply(sizes);

} // namespace

BENCHMARK_MAIN();
