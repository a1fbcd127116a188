#include "io/heap.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace sepa {

void prepare_heap(std::size_t bytes) noexcept
{
  static bool prepared = false;
  if (prepared || bytes == 0) {
    return;
  }
  prepared = true;
  // Blocks up to 256 MiB (a large file's text) come from the heap rather than mmap, and freed
  // room stays on it: a command is short, and the room is reused from one step to the next.
  ::mallopt(M_MMAP_THRESHOLD, 256 << 20);
  ::mallopt(M_TRIM_THRESHOLD, 512 << 20);
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
}

std::size_t heap_for_ladder(std::size_t file_bytes)
{
  const std::size_t room = file_bytes / 4 * 11 + (std::size_t{6} << 20);
  return room <= k_most_heap_prepared ? room : 0;
}

} // namespace sepa
