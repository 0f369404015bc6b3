"""spaCy's vocabulary over a long run of text with new words, bounded or not.

    .venv/bin/python bench/vocabulary.py [--articles 6000] [--novel 30] [--json]

spaCy keeps every word it meets for the life of the pipeline. Generated
articles (``bench/throughput.py``) repeat a small vocabulary, so they do not
show it; real news brings new names, numbers and misspellings every day.
Here each generated article gets ``--novel`` made-up words (a random
surname-like word or a number, drawn anew for each article) spread over its
sentences, and the articles are extracted one after the other in a child
process, twice:

- ``bounded``: as pledgewatch runs (``nlp.VOCAB_SLACK``: the analyzer is
  built again once the text has added that many strings);
- ``unbounded``: the slack set beyond reach, as before it existed.

Printed for each: seconds, strings in the vocabulary at the end, resident
memory at the end and its peak (MiB), and the time ratio of the two runs.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import iter_articles

SYLLABLES = ("ka", "lo", "vir", "zen", "mar", "tu", "bek", "sho", "dra", "nil", "qua", "rem")


def _novel(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"{rng.randrange(10_000, 10_000_000):,}"
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randrange(3, 6))).title()


def _salted(text: str, rng: random.Random, novel: int) -> str:
    words = text.split(" ")
    for _ in range(novel):
        words.insert(rng.randrange(len(words) + 1), _novel(rng))
    return " ".join(words)


def _status_mib(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def run(articles: int, novel: int, bounded: bool) -> dict[str, float]:
    """Extract the salted articles in this process (the child's work)."""
    from pledgewatch.extract import extract, nlp

    if not bounded:
        nlp.VOCAB_SLACK = 10**12
    rng = random.Random(5)
    start = time.perf_counter()
    for article in iter_articles(articles, 700, seed=3):
        extract(article.__class__(id=article.id, text=_salted(article.text, rng, novel)))
    return {
        "seconds": round(time.perf_counter() - start, 1),
        "strings": len(nlp.analyzer(None).nlp.vocab.strings),
        "rss_mib": round(_status_mib("VmRSS"), 1),
        "peak_rss_mib": round(_status_mib("VmHWM"), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=6000)
    parser.add_argument("--novel", type=int, default=30, help="made-up words per article")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", choices=("bounded", "unbounded"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run(args.articles, args.novel, args.child == "bounded")))
        return 0
    found = {}
    for mode in ("bounded", "unbounded"):
        command = [sys.executable, __file__, "--child", mode]
        command += ["--articles", str(args.articles), "--novel", str(args.novel)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        found[mode] = json.loads(done.stdout.strip().splitlines()[-1])
        f = found[mode]
        print(
            f"{mode:>9}: {f['seconds']:7.1f} s, {f['strings']:>9,} strings, "
            f"RSS {f['rss_mib']:.1f} MiB at the end, peak {f['peak_rss_mib']:.1f} MiB"
        )
    ratio = found["bounded"]["seconds"] / found["unbounded"]["seconds"]
    print(f"time of the bounded run / the unbounded one: {ratio:.3f}")
    if args.json:
        print(json.dumps({**found, "time_ratio": round(ratio, 3), "novel": args.novel}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
