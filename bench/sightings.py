"""Memory of a run's sightings (every id read, for duplicate checks), growing with the run.

    .venv/bin/python bench/sightings.py [--sizes 10000,100000] [--json]

An ingest remembers, for each article id it reads, the content hash and the
source of the first copy (a second copy with other content is rejected).
For each size this records that many generated ids (the id, hash and
source shapes of a JSON Lines ingest) two ways in the same run: in a
Python dict, as the ingest did before, and in ``Sightings`` (a private
on-disk SQLite table with a 2 MiB page cache, what it does now), and
prints the peak of Python allocations (``tracemalloc``) and the time of
each (both include making the strings, as a reader does). SQLite's page
cache is allocated outside Python's allocator, so the Sightings figure
adds the cache's bound (CACHE_KIB) to what tracemalloc sees. With
``--json`` the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
import tracemalloc
from collections.abc import Iterator

from pledgewatch.ingest.sightings import CACHE_KIB, Sightings


def _items(n: int) -> Iterator[tuple[str, str, str]]:
    """Fresh strings for each article, as a reader makes them: what is not
    kept is freed again."""
    for i in range(n):
        digest = hashlib.sha256(str(i).encode()).hexdigest()
        yield f"article-{i:07d}", digest, f"big.jsonl:line {i}"


def _with_dict(items: Iterator[tuple[str, str, str]]) -> tuple[float, float]:
    tracemalloc.start()
    start = time.perf_counter()
    seen: dict[str, tuple[str, str]] = {}
    for article_id, digest, source in items:
        if seen.get(article_id) is None:
            seen[article_id] = (digest, source)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20, elapsed


def _with_sightings(items: Iterator[tuple[str, str, str]]) -> tuple[float, float]:
    tracemalloc.start()
    start = time.perf_counter()
    seen = Sightings()
    for article_id, digest, source in items:
        seen.sight(article_id, digest, source)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    seen.close()
    return peak / 2**20 + CACHE_KIB / 1024, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = []
    for n in (int(x) for x in args.sizes.split(",")):
        dict_mib, dict_s = _with_dict(_items(n))
        disk_mib, disk_s = _with_sightings(_items(n))
        results.append(
            {
                "ids": n,
                "dict_peak_mib": round(dict_mib, 2),
                "dict_s": round(dict_s, 3),
                "sightings_peak_mib": round(disk_mib, 2),
                "sightings_s": round(disk_s, 3),
                "sightings_us_per_id": round(disk_s / n * 1e6, 1),
            }
        )
        r = results[-1]
        print(
            f"{n:>8} ids: dict {r['dict_peak_mib']:7.2f} MiB in {dict_s:6.3f} s; "
            f"sightings {r['sightings_peak_mib']:6.2f} MiB (with its page cache) "
            f"in {disk_s:6.3f} s ({r['sightings_us_per_id']} us per id)"
        )
    if args.json:
        print(json.dumps({"sizes": results}))


if __name__ == "__main__":
    main()
