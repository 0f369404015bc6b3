"""Memory of an ingest, for growing inputs: it should stay flat.

    .venv/bin/python bench/memory.py [--sizes 2000,6000] [--words 700] [--json]

For each size, writes that many generated articles (as in
``bench/throughput.py``, one at a time) to one JSON Lines file, then runs
``pledgewatch ingest FILE`` into a new SQLite database in a child process
and watches it: every ``SAMPLE_S`` seconds its resident memory (``VmRSS``)
and how far it has read the file (the file position in
``/proc/PID/fdinfo``), and at the end its peak (``VmHWM``, the last one
read before it exits). The file is made larger than the streaming
threshold (``STREAM_BYTES``; 2,000 articles are enough), so it is read
line by line.

Printed per size: time, peak RSS, and the resident memory when a quarter,
half, three quarters and all of the file had been read; ``growth_kib_per_
1000`` is the rise from the half to the end, per 1,000 articles read. Flat
means the peak does not grow with the number of articles (beyond what is
proportional to ids kept for the report) and the rise is near zero.

Why not ``ru_maxrss``: on Linux a child started with ``vfork`` (as
``subprocess`` does) inherits at ``exec`` the high-water mark of the
parent that started it, so a benchmark that held its generated articles
in memory once reported its own 1.2 GiB as the ingest's peak.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pledgewatch.ingest.files import STREAM_BYTES
from throughput import iter_articles, write_jsonl

SCRIPT = Path(sys.executable).parent / "pledgewatch"

SAMPLE_S = 0.5
"""Seconds between two readings of the child's memory and progress."""

QUARTERS = (0.25, 0.5, 0.75, 1.0)


def _status_kib(pid: int, field: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None  # it has just exited
    return None


def _read_position(pid: int, source: Path) -> int | None:
    """How far the child has read ``source`` (bytes), if it has it open."""
    try:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            if fd.resolve() == source:
                for line in (Path(f"/proc/{pid}/fdinfo") / fd.name).read_text().splitlines():
                    if line.startswith("pos:"):
                        return int(line.split()[1])
    except OSError:
        return None
    return None


@dataclass
class Watched:
    seconds: float
    peak_mib: float
    by_share: dict[float, float]
    """Highest RSS (MiB) seen up to each share of the input read (QUARTERS)."""


def watch_child(args: list[str], source: Path) -> Watched:
    """Run ``pledgewatch args``; its time, peak RSS and RSS by share of ``source`` read."""
    size = source.stat().st_size
    start = time.perf_counter()
    child = subprocess.Popen([str(SCRIPT), *args], stderr=subprocess.PIPE, text=True)
    peak, samples = 0, list[tuple[float, int]]()
    while child.poll() is None:
        hwm, rss = _status_kib(child.pid, "VmHWM"), _status_kib(child.pid, "VmRSS")
        read = _read_position(child.pid, source)
        peak = max(peak, hwm or 0)
        if rss is not None and read is not None:
            samples.append((read / size, rss))
        time.sleep(SAMPLE_S)
    elapsed = time.perf_counter() - start
    _out, err = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"ingest failed: {err.strip()}")
    by_share = {
        q: max((rss for share, rss in samples if share <= q), default=0) / 1024 for q in QUARTERS
    }
    return Watched(elapsed, peak / 1024, by_share)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,6000", help="articles per run, ascending")
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    sizes = sorted(int(n) for n in args.sizes.split(","))

    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            source = Path(tmp) / f"articles-{n}.jsonl"
            write_jsonl(iter_articles(n, args.words, seed=n), source)
            mib = source.stat().st_size / 2**20
            if source.stat().st_size <= STREAM_BYTES:
                raise SystemExit(f"{n} articles make {mib:.1f} MiB: too few to be streamed")
            db = Path(tmp) / f"db-{n}.db"
            seen = watch_child(["ingest", str(source), "--db", str(db)], source)
            by_share = seen.by_share
            rise = (by_share[1.0] - by_share[0.5]) * 1024 / (n / 2 / 1000)
            found.append(
                {
                    "articles": n,
                    "file_mib": round(mib, 1),
                    "seconds": round(seen.seconds, 1),
                    "peak_rss_mib": round(seen.peak_mib, 1),
                    "rss_mib_by_share_read": {str(q): round(v, 1) for q, v in by_share.items()},
                    "growth_kib_per_1000": round(rise, 1),
                }
            )
            quarters = ", ".join(f"{by_share[q]:.1f}" for q in QUARTERS)
            print(
                f"{n:>7} articles ({mib:6.1f} MiB JSONL): {seen.seconds:7.1f} s, "
                f"peak RSS {seen.peak_mib:7.1f} MiB; RSS at 1/4, 1/2, 3/4, all read: "
                f"{quarters} MiB ({rise:+.1f} KiB per 1,000 articles over the second half)"
            )
    growth = float(found[-1]["peak_rss_mib"]) - float(found[0]["peak_rss_mib"])
    print(f"growth of peak RSS from {sizes[0]} to {sizes[-1]} articles: {growth:.1f} MiB")
    if args.json:
        print(json.dumps({"runs": found, "peak_rss_growth_mib": round(growth, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
