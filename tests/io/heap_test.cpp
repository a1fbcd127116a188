// The heap made ready before a ladder is read: the small allocations of a model then land on
// pages the kernel has already given, instead of trapping into it once per page. Counted in
// minor page faults, which, unlike a clock, do not move with the load on the machine.

#include "io/heap.hpp"

#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <memory>
#include <string>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace sepa {
namespace {

long minor_faults()
{
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return usage.ru_minflt;
}

constexpr std::size_t k_model_bytes = std::size_t{20} << 20;

// 20 MiB in blocks of 100 bytes, each written to, as a model of 10k separations is built.
long faults_building_a_model()
{
  const long before = minor_faults();
  std::vector<std::unique_ptr<char[]>> blocks;
  blocks.reserve(k_model_bytes / 100);
  for (std::size_t i = 0; i < k_model_bytes / 100; ++i) {
    blocks.push_back(std::make_unique<char[]>(100)); // zeroed: every byte written
  }
  return minor_faults() - before;
}

// The pages those blocks fill.
long model_pages()
{
  return static_cast<long>(k_model_bytes) / ::sysconf(_SC_PAGESIZE);
}

bool kernel_populates()
{
#if defined(__GLIBC__) && defined(MADV_POPULATE_WRITE)
  const std::size_t size = 1 << 16;
  void* const pages =
    ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  const bool populates = pages != MAP_FAILED && ::madvise(pages, size, MADV_POPULATE_WRITE) == 0;
  ::munmap(pages, size);
  return populates;
#else
  return false; // prepare_heap is built to do nothing here
#endif
}

TEST(PrepareHeap, AModelBuiltAfterwardsTrapsIntoTheKernelAFractionAsOften)
{
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "AddressSanitizer brings its own allocator, which prepare_heap does not reach";
#endif
  if (!kernel_populates()) {
    GTEST_SKIP() << "this kernel cannot populate memory in one call (MADV_POPULATE_WRITE came "
                    "in Linux 5.14), so there is nothing to measure";
  }
  if (std::getenv("GLIBC_TUNABLES") != nullptr) {
    GTEST_SKIP() << "GLIBC_TUNABLES may already give malloc huge pages";
  }
  // In a process of its own, whose heap no other test has used: one built without the room
  // traps about once a page, one built in it a small fraction of that.
  const std::string style = GTEST_FLAG_GET(death_test_style);
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(std::exit(faults_building_a_model() > model_pages() * 7 / 10 ? 0 : 1),
              ::testing::ExitedWithCode(0), "");
  EXPECT_EXIT(
    {
      prepare_heap(heap_for_ladder(6 << 20));
      std::exit(faults_building_a_model() < model_pages() / 5 ? 0 : 1);
    },
    ::testing::ExitedWithCode(0), "");
  GTEST_FLAG_SET(death_test_style, style);
}

// Resident memory of this process, in bytes.
long resident()
{
  long pages = 0;
  long size = 0;
  std::FILE* const statm = std::fopen("/proc/self/statm", "r");
  if (statm != nullptr && std::fscanf(statm, "%ld %ld", &size, &pages) != 2) {
    pages = 0;
  }
  if (statm != nullptr) {
    std::fclose(statm);
  }
  return pages * ::sysconf(_SC_PAGESIZE);
}

// Before the countdown's long wait, the room a read needed and no longer uses goes back.
TEST(PrepareHeap, ReleasedRoomGoesBackToTheKernel)
{
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "AddressSanitizer brings its own allocator, which prepare_heap does not reach";
#endif
  if (!kernel_populates() || resident() == 0) {
    GTEST_SKIP() << "this kernel cannot populate memory in one call, or has no /proc";
  }
  const std::string style = GTEST_FLAG_GET(death_test_style);
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
    {
      const long before = resident();
      prepare_heap(std::size_t{24} << 20);
      const long prepared = resident();
      release_heap();
      const long released = resident();
      const long room = long{24} << 20;
      std::exit(prepared - before > room / 2 && prepared - released > room / 2 ? 0 : 1);
    },
    ::testing::ExitedWithCode(0), "");
  GTEST_FLAG_SET(death_test_style, style);
}

TEST(PrepareHeap, RoomGrowsWithTheFileUpToALimit)
{
  EXPECT_EQ(heap_for_ladder(0), std::size_t{6} << 20);
  EXPECT_EQ(heap_for_ladder(6'000'000), 16'500'000U + (std::size_t{6} << 20));
  EXPECT_EQ(heap_for_ladder(21'000'000), 0U) << "36k separations would pass 3 times the file";
  EXPECT_EQ(heap_for_ladder(60'000'000), 0U);
  EXPECT_GT(heap_for_ladder(9'500'000), 0U) << "16k separations: fourteen years of practice";
  EXPECT_LE(heap_for_ladder(9'500'000), k_most_heap_prepared);
}

} // namespace
} // namespace sepa
