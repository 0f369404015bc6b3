"""Peak memory of an ingest, for growing inputs: it should stay flat.

    .venv/bin/python bench/memory.py [--sizes 2000,6000] [--words 700] [--json]

For each size, writes that many generated articles (as in
``bench/throughput.py``) to one JSON Lines file, then runs
``pledgewatch ingest FILE`` into a new SQLite database in a child process
and reads the child's peak resident memory (``ru_maxrss``). The file is
made larger than the streaming threshold, so it is read line by line.
Flat means the peak does not grow with the number of articles (beyond
what is proportional to ids kept for the report and duplicate checks).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import articles, write_jsonl

SCRIPT = Path(sys.executable).parent / "pledgewatch"


def peak_of_child(args: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of a child process running ``pledgewatch args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"ingest failed: {done.stderr.strip()}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak <= before:
        raise SystemExit("run the smallest size first: ru_maxrss is the largest child's")
    return elapsed, peak / 1024


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
            write_jsonl(articles(n, args.words, seed=n), source)
            mib = source.stat().st_size / 2**20
            db = Path(tmp) / f"db-{n}.db"
            seconds, peak = peak_of_child(["ingest", str(source), "--db", str(db)])
            found.append(
                {
                    "articles": n,
                    "file_mib": round(mib, 1),
                    "seconds": round(seconds, 1),
                    "peak_rss_mib": round(peak, 1),
                }
            )
            print(
                f"{n:>7} articles ({mib:6.1f} MiB JSONL): {seconds:7.1f} s, "
                f"peak RSS {peak:7.1f} MiB"
            )
    growth = float(found[-1]["peak_rss_mib"]) - float(found[0]["peak_rss_mib"])
    print(f"growth of peak RSS from {sizes[0]} to {sizes[-1]} articles: {growth:.1f} MiB")
    if args.json:
        print(json.dumps({"runs": found, "peak_rss_growth_mib": round(growth, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
