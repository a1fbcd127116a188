#include "io/heap.hpp"

#include <cstdint>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace sepa {

namespace {

bool g_prepared = false;

} // namespace

void prepare_heap(std::size_t bytes) noexcept
{
#if defined(__GLIBC__) && defined(MADV_POPULATE_WRITE)
  if (g_prepared || bytes == 0) {
    return;
  }
  g_prepared = true;
  // Blocks of any size a prepared ladder needs (its text, the list of separations) come from
  // the heap rather than a mapping of their own, and freed room stays on the heap, to be used
  // again by the next step of the command, until release_heap().
  ::mallopt(M_MMAP_THRESHOLD, static_cast<int>(k_most_heap_prepared));
  ::mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * k_most_heap_prepared));
  void* const block = std::malloc(bytes);
  if (block == nullptr) {
    return;
  }
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto start = reinterpret_cast<std::uintptr_t>(block);
  const std::uintptr_t from = (start + page - 1) / page * page;
  const std::uintptr_t to = (start + bytes) / page * page;
  if (to > from) {
    void* const pages = reinterpret_cast<void*>(from);
    ::madvise(pages, to - from, MADV_HUGEPAGE);
    ::madvise(pages, to - from, MADV_POPULATE_WRITE);
  }
  std::free(block);
#else
  (void)bytes;
#endif
}

void release_heap() noexcept
{
#if defined(__GLIBC__) && defined(MADV_POPULATE_WRITE)
  if (g_prepared) {
    ::mallopt(M_MMAP_THRESHOLD, 128 << 10); // glibc's defaults
    ::mallopt(M_TRIM_THRESHOLD, 128 << 10);
    ::malloc_trim(0);
  }
#endif
}

std::size_t heap_for_ladder(std::size_t file_bytes)
{
  const std::size_t room = file_bytes / 4 * 11 + (std::size_t{6} << 20);
  return room <= k_most_heap_prepared ? room : 0;
}

} // namespace sepa
