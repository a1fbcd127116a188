#!/usr/bin/env python3
"""Writes bench/run.sh's results into docs/performance.md between its markers.

usage: write_table.py RESULTS.tsv DOC MACHINE DATE

RESULTS.tsv rows: command, separations, median wall seconds, mean CPU seconds (user + system),
peak KiB, file bytes. Only the text
between the markers is replaced, so other sections of the document (written by hand or by other
tools) are kept as they are.
"""

import sys

BEGIN = "<!-- bench/run.sh: begin -->"
END = "<!-- bench/run.sh: end -->"


def size_label(n):
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


def duration(seconds):
    ms = seconds * 1000
    return f"{ms:.1f} ms" if ms < 1000 else f"{seconds:.2f} s"


def times(names, sizes, by, index, ratio):
    """Rows of one time column per size, and the 100k ÷ 10k ratio when both were measured."""
    out = []
    for name in names:
        cells = [f"`{name}`"]
        for n in sizes:
            cells.append(duration(by[(name, n)][index]) if (name, n) in by else "–")
        if ratio:
            a, b = by.get((name, 10000)), by.get((name, 100000))
            cells.append(f"{b[index] / a[index]:.1f}" if a and b else "–")
        out.append(cells)
    return out


def markdown(head, rows):
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|"]
    return lines + ["| " + " | ".join(cells) + " |" for cells in rows]


def table(rows, machine, date):
    sizes = sorted({n for _, n, *_ in rows})
    names = list(dict.fromkeys(name for name, *_ in rows))
    by = {(name, n): (median, cpu, kib, size) for name, n, median, cpu, kib, size in rows}
    largest = sizes[-1]
    ratio = 10000 in sizes and 100000 in sizes
    head = ["command"] + [size_label(n) for n in sizes] + (["100k ÷ 10k"] if ratio else [])
    wall = times(names, sizes, by, 0, ratio)
    for cells, name in zip(wall, names):
        if (name, largest) in by:
            _, _, kib, size = by[(name, largest)]
            cells += [f"{kib / 1024:.0f} MiB", f"{kib * 1024 / size:.2f}"]
        else:
            cells += ["–", "–"]
    out = [
        BEGIN,
        "## Whole commands",
        "",
        f"Measured {date} by `bench/run.sh` on: {machine}.",
        "",
        "Median wall time of each whole process (hyperfine, after two warm-up runs, with the file",
        "in the page cache as after any recent use), including the fsync of commands that save;",
        "peak resident memory of one run (/usr/bin/time). Commands that change the ladder ran on a",
        "fresh copy with one backup beside it.",
        "",
    ]
    out += markdown(head + [f"peak memory at {size_label(largest)}", "÷ file size"], wall)
    out += [
        "",
        "CPU time (user + system, mean of the same runs): less disturbed than wall time when other",
        "work shares the machine, and without the wait for the disk.",
        "",
    ]
    out += markdown(head, times(names, sizes, by, 1, ratio))
    files = {n: size for _, n, _, _, _, size in rows}
    out += [
        "",
        "Ladder files (`sepa-synth --separations N`): "
        + ", ".join(f"{size_label(n)}: {files[n] / 1e6:.1f} MB" for n in sizes)
        + ".",
        END,
    ]
    return "\n".join(out) + "\n"


def main():
    results, doc, machine, date = sys.argv[1:5]
    rows = []
    with open(results, encoding="utf-8") as f:
        for line in f:
            name, n, median, cpu, kib, size = line.rstrip("\n").split("\t")
            rows.append((name, int(n), float(median), float(cpu), int(kib), int(size)))
    if not rows:
        sys.exit("write_table.py: no results")
    try:
        with open(doc, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        text = "# Performance\n\n"
    block = table(rows, machine, date)
    if BEGIN in text and END in text:
        start = text.index(BEGIN)
        end = text.index(END) + len(END)
        if text[end : end + 1] == "\n":
            end += 1
        text = text[:start] + block + text[end:]
    else:
        text = text.rstrip("\n") + "\n\n" + block
    with open(doc, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
