#pragma once
// Room on the heap, made ready before a ladder is read (docs/performance.md). The model of a
// ladder is many small allocations, and each page of heap they reach for the first time costs a
// trap into the kernel; on the machine sepa is measured on, those traps were half the time of
// a whole command. Asking for the room at once, in huge pages where the kernel offers them, pays
// for it in one call instead.

#include <cstddef>

namespace sepa {

// Makes `bytes` of heap ready at once, and keeps large blocks and freed room on the heap so
// that the model, the file's text and a save's new text all use it. Only the first call in a
// process does anything; everything it asks of the kernel is a hint, and a refusal (an older
// kernel, huge pages turned off) only leaves the heap as it was. Built without glibc or its
// MADV_POPULATE_WRITE (2.35), it does nothing.
void prepare_heap(std::size_t bytes) noexcept;

// Gives the room not in use back to the kernel and returns the heap to glibc's own ways:
// before a wait of many minutes (the countdown), which should not hold what a read needed.
void release_heap() noexcept;

// Past this, none is prepared. Room made ready counts as memory in use even where the reader
// only reserves address space (the list of separations is reserved from the file's size): at
// 36k separations the peak went from 3.0 to 4.3 times the file, at 100k from 2.8 to 4.1, and
// the target is 3 times. Up to this, a ladder of about 9.5 MB (16,000 separations, fourteen
// years of three a day) peaks below 45 MiB.
inline constexpr std::size_t k_most_heap_prepared = std::size_t{32} << 20;

// The room a ladder file of `file_bytes` needs while a command reads, changes and saves it, as
// measured from 1k to 10k separations: 2.75 times the file and 6 MiB. None (0) for a file whose
// room would pass k_most_heap_prepared.
std::size_t heap_for_ladder(std::size_t file_bytes);

} // namespace sepa
