// sepa-synth: writes a synthetic ladder to stdout for measuring sepa (docs/performance.md).
//   sepa-synth --separations N [--seed S] > ladder.json

#include "bench/synth.hpp"
#include "sepa/ladder_json.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>

int main(int argc, char** argv)
{
  sepa::bench::SynthOptions options;
  CLI::App app{"Write a synthetic ladder with N separations to stdout", "sepa-synth"};
  // Up to what fits between 1971 and 1 November 2026, where the ladder ends (bench/synth.cpp).
  app.add_option("--separations", options.separations, "How many separations")
    ->required()
    ->check(CLI::Range(std::size_t{0}, sepa::bench::k_most_separations));
  app.add_option("--seed", options.seed, "The same seed always gives the same file")
    ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  const std::string text = sepa::serialize(sepa::bench::synthetic_ladder(options));
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    std::perror("sepa-synth: cannot write the ladder");
    return 74;
  }
  return 0;
}
