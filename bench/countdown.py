#!/usr/bin/env python3
"""CPU used by a live `sepa checkin` countdown (a benchmark, not a test; docs/performance.md).

Runs the built binary on a pseudo-terminal against a throwaway ladder whose wait window ends
SECONDS from now, lets the countdown run to its end, and reports the user + system CPU time of
the sepa process alone (from wait4), against a budget of one millisecond per second of countdown.

    python3 bench/countdown.py [--sepa build/sepa] [--seconds 60]
"""

import argparse
import datetime
import json
import os
import pty
import subprocess
import sys
import tempfile
import time


def prepare_ladder(sepa, path, seconds):
    env = {"PATH": "/usr/bin:/bin", "TZ": "UTC", "HOME": os.path.dirname(path)}
    subprocess.run([sepa, "--file", path, "start", "1h"], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(path, encoding="utf-8") as f:
        ladder = json.load(f)
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    separation = ladder["separations"][-1]
    separation["urges"] = [{"at": now.isoformat()}]
    separation["wait_until"] = (now + datetime.timedelta(seconds=seconds)).isoformat()
    with open(path, "w", encoding="utf-8") as f:
        json.dump(ladder, f, indent=2, ensure_ascii=False)
        f.write("\n")


def run_countdown(sepa, path):
    pid, master = pty.fork()
    if pid == 0:
        os.execve(sepa, [sepa, "--no-input", "--file", path, "checkin"],
                  {"PATH": "/usr/bin:/bin", "TZ": "UTC", "TERM": "xterm"})
    frames = 0
    started = time.monotonic()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        frames += chunk.count(b"\x1b[J")
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - started
    return os.waitstatus_to_exitcode(status), wall, usage, frames


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sepa", default="build/sepa")
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    sepa = os.path.abspath(args.sepa)
    with tempfile.TemporaryDirectory(prefix="sepa-bench-") as tmp:
        path = os.path.join(tmp, "ladder.json")
        prepare_ladder(sepa, path, args.seconds)
        code, wall, usage, frames = run_countdown(sepa, path)
    cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000
    budget_ms = args.seconds
    print(f"countdown of {args.seconds} s: exit {code}, {wall:.1f} s wall, {frames + 1} frames")
    print(f"CPU: {cpu_ms:.1f} ms (user {usage.ru_utime * 1000:.1f} ms, "
          f"system {usage.ru_stime * 1000:.1f} ms); budget {budget_ms} ms")
    print(f"voluntary context switches: {usage.ru_nvcsw}, involuntary: {usage.ru_nivcsw}")
    return 0 if code == 0 and cpu_ms <= budget_ms else 1


if __name__ == "__main__":
    sys.exit(main())
