"""What a watch round costs: a first round over new feeds, then one over the
same feeds unchanged, against a local site on 127.0.0.1 (``tests/httpsite.py``).

    .venv/bin/python bench/watch_round.py [--feeds 20] [--entries 10] [--json]

Each feed (RSS, with an ETag) lists ``--entries`` pages built from the
written articles of ``corpus/sample`` and ``corpus/dev``. Prints, per round,
the seconds taken, the part of them spent ingesting (extract, store,
reconcile), the requests the site answered, the articles added and the
tracker changes reported. ``--json``: the last line is one JSON object with
both rounds. No pause between requests (``host_delay=0``): the pause is
politeness towards real sites, not work.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.httpsite

from tests.httpsite import Site, serving  # noqa: E402

from pledgewatch import monitor  # noqa: E402
from pledgewatch.fetch import Fetcher, FetchSettings  # noqa: E402

DOCS = [ROOT / "corpus" / "sample" / "docs", ROOT / "corpus" / "dev" / "docs"]


def page(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | World</nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article><footer>(c) Bench</footer></body></html>"
    )


def publish(site: Site, feeds: int, entries: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for d in DOCS for p in sorted(d.glob("*.txt"))]
    urls = []
    for f in range(feeds):
        items = ""
        for e in range(entries):
            path = f"/f{f}/e{e}"
            site.set(path, page(f"Story {f}-{e}", texts[(f * entries + e) % len(texts)]))
            link = site.url(path)
            items += (
                f"<item><title>Story {f}-{e}</title><link>{link}</link><guid>{link}</guid>"
                "<pubDate>Sat, 01 Mar 2025 09:00:00 GMT</pubDate></item>"
            )
        feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F{f}</title>{items}'
        site.set(
            f"/f{f}.xml",
            feed + "</channel></rss>",
            content_type="application/rss+xml",
            etag=f'"f{f}"',
        )
        urls.append(site.url(f"/f{f}.xml"))
    return urls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--entries", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    spent = [0.0]
    ingest = monitor.ingest_articles

    def timed(items: Any, db: Any) -> Any:
        started = time.perf_counter()
        try:
            return ingest(items, db)
        finally:
            spent[0] += time.perf_counter() - started

    monitor.ingest_articles = timed  # type: ignore[assignment]
    rounds = []
    with tempfile.TemporaryDirectory() as tmp, serving() as site:
        urls = publish(site, args.feeds, args.entries)
        db = f"sqlite:///{Path(tmp) / 'watch.db'}"
        with Fetcher(FetchSettings(host_delay=0)) as fetcher:
            for number in (1, 2):
                before, spent[0] = len(site.requests()), 0.0
                started = time.perf_counter()
                report = monitor.watch_round(monitor.sources_from(urls), db, fetcher=fetcher)
                result = {
                    "round": number,
                    "seconds": round(time.perf_counter() - started, 3),
                    "ingest_seconds": round(spent[0], 3),
                    "requests": len(site.requests()) - before,
                    "added": len(report.ingest.added),
                    "failed": len(report.ingest.rejected),
                    "changes": len(report.changes),
                }
                rounds.append(result)
                print(
                    f"round {number}: {result['seconds']:.2f} s "
                    f"({result['ingest_seconds']:.2f} s ingesting), {result['requests']} requests, "
                    f"{result['added']} articles added, {result['changes']} changes, "
                    f"{result['failed']} failed"
                )
    if args.json:
        print(json.dumps({"feeds": args.feeds, "entries": args.entries, "rounds": rounds}))


if __name__ == "__main__":
    main()
