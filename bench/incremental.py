"""Incremental ingest: the time to add one article to a large store.

Builds (once, or reuses) a store of ``--n`` generated articles
(``bench/generate.py``, loaded through ``Store.save_bulk``: texts and
extractions written directly, then reconciled as a whole), then adds
``--new`` further generated articles one by one with ``Store.save``, which
updates the reconciliation state in the same transaction: story keys and
links, and the tracker rows of the actor × category pairs the article
touches. It reports the time per article (median and worst), how many
tracker rows each save rewrote, and checks that the rest stayed as it was.
Finally one new article is ingested end to end (read from a file, extracted,
stored) with ``pledgewatch.ingest``.

    python bench/incremental.py --n 100000 --db /tmp/big.db
    python bench/incremental.py --n 2000 --json     # last line: one JSON object
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).parent))

import pledgewatch
from generate import generate
from pledgewatch.extract import EXTRACTOR_VERSION
from pledgewatch.store import Store
from pledgewatch.store.schema import articles, tracker_rows


def _rows(db: Store) -> dict[tuple[str, str], Any]:
    with db.engine.connect() as conn:
        query = select(tracker_rows.c.actor, tracker_rows.c.category, tracker_rows.c.row)
        return {(a, c): row for a, c, row in conn.execute(query)}


def _count(db: Store) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())


def _load(db: Store, n: int, seed: int) -> float:
    began = time.perf_counter()
    db.save_bulk(generate(n, seed), EXTRACTOR_VERSION)
    return time.perf_counter() - began


def _add(db: Store, n: int, new: int, seed: int) -> dict[str, Any]:
    """Save ``new`` further articles one by one; time each, count rewritten rows."""
    before = _rows(db)
    times, rewritten = [], []
    for article, extraction in generate(new, seed + 1, start=n):
        began = time.perf_counter()
        db.save(article, extraction, EXTRACTOR_VERSION)
        times.append(time.perf_counter() - began)
        after = _rows(db)
        rewritten.append(sum(1 for k, v in after.items() if before.get(k) != v))
        before = after
    return {
        "median_s": statistics.median(times),
        "max_s": max(times),
        "rows": len(before),
        "rows_rewritten_median": statistics.median(rewritten),
        "rows_rewritten_max": max(rewritten),
    }


def _ingest_one(db_url: str, n: int, seed: int) -> float:
    """One new article end to end: read, extract, store, reconcile."""
    article, _x = next(generate(1, seed + 2, start=n + 10_000_000))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{article.id}.txt"
        path.write_text(article.text + "\n", encoding="utf-8")
        pledgewatch.extract_text("warm up the parser once.")
        began = time.perf_counter()
        pledgewatch.ingest([path], db_url)
        return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the store")
    parser.add_argument("--new", type=int, default=20, help="articles then added one by one")
    parser.add_argument("--db", type=Path, help="SQLite file (kept; reused if it holds --n)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    args = parser.parse_args(argv)
    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "bench.db"
    url = f"sqlite:///{path}"
    with Store(url) as db:
        stored = _count(db)
        load_s = None
        if stored < args.n:
            load_s = _load(db, args.n, args.seed)
        result = {"articles": _count(db), "bulk_load_s": load_s}
        result |= _add(db, args.n, args.new, args.seed)
    result["ingest_one_end_to_end_s"] = _ingest_one(url, args.n, args.seed)
    print(f"store: {result['articles']} articles, {result['rows']} tracker rows")
    if load_s is not None:
        print(f"bulk load and whole reconciliation: {load_s:.1f} s")
    print(
        f"save one article (incremental reconciliation): median {result['median_s']:.3f} s, "
        f"worst {result['max_s']:.3f} s over {args.new}"
    )
    print(
        f"tracker rows rewritten per article: median {result['rows_rewritten_median']}, "
        f"max {result['rows_rewritten_max']} of {result['rows']}"
    )
    print(f"ingest one article end to end: {result['ingest_one_end_to_end_s']:.3f} s")
    if args.json:
        print(json.dumps(result))
    folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
