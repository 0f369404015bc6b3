"""Extraction throughput against spaCy's bare tokenizer, on the same text.

    .venv/bin/python bench/throughput.py [--repeat N]

Reads the articles of ``corpus/sample`` and ``../shared/corpus`` (when
present), then times, in one process and on the same texts:

- the baseline: ``spacy.blank("en").tokenizer`` over every text;
- extraction: ``pledgewatch.extract`` (actors, commitments, contradictions);
- ingest: ``pledgewatch.ingest`` into a fresh SQLite file (reading, extraction,
  storage), for the sample corpus.

Prints words per second for each and the ratio to the baseline. The issue
sets a floor of 0.30 for the full pipeline against the bare tokenizer.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from pledgewatch import extract, ingest
from pledgewatch.ingest import iter_inputs
from pledgewatch.records import Article

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "corpus" / "sample" / "docs", ROOT.parent / "shared" / "corpus" / "docs"]


def _timed(work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; best is kept")
    args = parser.parse_args()

    articles = [
        a for a in iter_inputs([f for f in FOLDERS if f.is_dir()]) if isinstance(a, Article)
    ]
    texts = [a.text for a in articles]
    tokenizer = spacy.blank("en").tokenizer
    words = sum(len(tokenizer(t)) for t in texts)
    extract(articles[0])  # build the matchers once, outside the timing

    baseline = _timed(lambda: [tokenizer(t) for t in texts], args.repeat)
    extraction = _timed(lambda: [extract(a) for a in articles], args.repeat)

    sample = ROOT / "corpus" / "sample" / "docs"
    sample_words = sum(
        len(tokenizer(a.text)) for a in iter_inputs([sample]) if isinstance(a, Article)
    )
    with tempfile.TemporaryDirectory() as tmp:

        def run_ingest() -> None:
            db = Path(tmp) / f"bench-{time.perf_counter_ns()}.db"
            ingest([sample], f"sqlite:///{db}")

        storing = _timed(run_ingest, args.repeat)

    print(f"articles: {len(articles)}, words: {words} (spaCy tokens)")
    print(f"bare tokenizer : {words / baseline:10,.0f} words/s")
    print(
        f"extract        : {words / extraction:10,.0f} words/s  ratio {baseline / extraction:.2f}"
    )
    ingest_rate = sample_words / storing
    print(
        f"ingest (SQLite): {ingest_rate:10,.0f} words/s  ratio "
        f"{ingest_rate / (words / baseline):.2f}  (sample corpus: read, extract, store)"
    )


if __name__ == "__main__":
    main()
