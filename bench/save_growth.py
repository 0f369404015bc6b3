"""Where saving time goes as the store grows: story links against tracker rows.

    .venv/bin/python bench/save_growth.py [--articles 4096] [--batch 256]

Saves generated articles (``bench/generate.py``, with their extractions, so
no extraction runs) into a new SQLite store in batches, and prints per batch
the CPU time of the whole save, of finding story links (``_Batch.links``: key
postings and candidate comparisons) and of refreshing tracker rows
(``refresh_rows``), with the process's peak RSS. CPU time, not wall time,
so the figures hold on a machine shared with other work.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate
from pledgewatch.extract import EXTRACTOR_VERSION
from pledgewatch.store import Store, reconciled

SPENT = {"links": 0.0, "refresh": 0.0}


def _timed(owner: object, name: str, key: str) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            SPENT[key] += time.process_time() - start

    setattr(owner, name, timed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4096)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args(argv)
    _timed(reconciled._Batch, "links", "links")
    _timed(reconciled, "refresh_rows", "refresh")
    with tempfile.TemporaryDirectory() as tmp, Store(f"sqlite:///{tmp}/growth.db") as db:
        batch, saved = [], 0
        for item in generate(args.articles, seed=args.seed):
            batch.append(item)
            if len(batch) < args.batch:
                continue
            SPENT.update(links=0.0, refresh=0.0)
            start = time.process_time()
            db.save_batch(batch, EXTRACTOR_VERSION)
            spent = time.process_time() - start
            saved += len(batch)
            batch = []
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(
                f"{saved:>7} stored: batch {spent:6.2f} s CPU, "
                f"story links {SPENT['links']:5.2f} s, "
                f"tracker rows {SPENT['refresh']:5.2f} s, peak RSS {peak:6.1f} MiB",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
