"""Extraction against spaCy's bare tokenizer, in CPU time, on written articles.

    .venv/bin/python bench/extract_cpu.py [--repeat 3]

Extracts every article of ``corpus/sample``, ``corpus/dev`` and
``../shared/corpus`` (when present) and tokenizes the same texts with
``spacy.blank("en").tokenizer``, both warm, in one process, and prints the
best CPU time (``time.process_time``) of each and their ratio. CPU time,
unlike wall time, holds on a machine shared with other work. To compare
versions, run it from a worktree of each: ``PYTHONPATH=<worktree>/src``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from pledgewatch.extract import extract
from pledgewatch.ingest import iter_inputs
from pledgewatch.records import Article

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [
    ROOT / "corpus" / "sample" / "docs",
    ROOT / "corpus" / "dev" / "docs",
    ROOT.parent / "shared" / "corpus" / "docs",
]


def best_cpu(repeat: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    articles = [
        a for a in iter_inputs([f for f in FOLDERS if f.is_dir()]) if isinstance(a, Article)
    ]
    tokenizer = spacy.blank("en").tokenizer
    words = sum(len(tokenizer(a.text)) for a in articles)  # warms the tokenizer
    for article in articles:  # and the extractor
        extract(article)
    extracting = best_cpu(args.repeat, lambda: [extract(a) for a in articles])
    tokenizing = best_cpu(args.repeat, lambda: [tokenizer(a.text) for a in articles])
    result = {
        "articles": len(articles),
        "words": words,
        "extract_cpu_s": round(extracting, 3),
        "tokenizer_cpu_s": round(tokenizing, 3),
        "ratio_to_tokenizer": round(tokenizing / extracting, 3),
    }
    print(
        f"{len(articles)} articles, {words:,} words: extraction {extracting:.3f} s CPU, "
        f"tokenizer {tokenizing:.3f} s CPU, ratio {result['ratio_to_tokenizer']}"
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
