"""Scale: what a store of 100,000 articles and 1,000,000 commitments costs to read.

    .venv/bin/python bench/scale.py                      # 100,000 articles x 10 commitments
    .venv/bin/python bench/scale.py --sizes 1000,10000,100000 --json
    .venv/bin/python bench/scale.py --articles 2000 --requests 50

For each size, in a fresh SQLite file in a temporary folder:

1. **Bulk load.** ``--articles`` generated articles (``bench/generate.py``:
   varied news-style text, syndicated copies and rewrites, undated ones),
   each with ``--commitments-per-article`` commitment sentences, are written
   with the extractions the generator gives them through ``Store.save_bulk``
   (one transaction, inserts in batches, then the reconciliation state is
   built as a whole). Extraction is not run on them, for time; the time the
   generator itself takes is counted apart (``generate_s``).
2. **Tracker query**: ``pledgewatch.tracker(store)`` and ``Store.tracker_rows()``
   (every row complete, with every source and report), and
   ``pledgewatch.tracker_view(store)`` (the rows' digests, as the API and the
   dashboard read them), each repeated (at least MIN_SAMPLES times, at most
   ``--requests`` or for BUDGET_S), p50/p99. Before the timings, what the
   process holds after the load is frozen out of the garbage collector
   (``gc.freeze()``), as ``pledgewatch serve`` does at start.
3. **HTTP**: ``pledgewatch serve`` in a child process (uvicorn) on loopback;
   for each path of ``PATHS``, sequential GETs on one keep-alive connection
   after a warm-up, p50/p99 in milliseconds, and the server's peak RSS.
4. **Incremental ingest**: ``--new`` further generated articles, each
   extracted (the real extractor) and saved with ``Store.save``, which updates
   the reconciliation state in the same transaction; median and worst, in
   wall-clock time and in this process's CPU time (``time.process_time``:
   steadier on a shared machine; it leaves out waiting for the disk).
5. **Memory and disk**: this process's peak RSS (``ru_maxrss``) and RSS
   before and after the load; the database's size on disk after a WAL
   checkpoint.

With ``--sizes`` each size runs in its own child process (clean memory
figures) and the figures are printed as one table. With ``--keep DIR`` each
built store is kept as ``DIR/scale-N.db``; a later run with the same DIR
copies it instead of building it again (the bulk load is then not
measured), so that repeated runs measure the same store. With ``--json`` the last
line is one JSON object holding every figure.
"""

from __future__ import annotations

import argparse
import gc
import http.client
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))

import pledgewatch
from generate import generate
from pledgewatch.extract import EXTRACTOR_VERSION, extract
from pledgewatch.records import Article, Extraction
from pledgewatch.store import Store

SCRIPT = Path(sys.executable).parent / "pledgewatch"

PATHS = (
    "/api/tracker",
    "/api/commitments?actor=FRA",
    "/api/actors",
    "/api/actors/FRA",
    "/api/stories",
    "/api/contradictions",
    "/api/search?q=minesweepers",
    "/",
    "/?from=2024-03-01&to=2024-03-31",
    "/actors/FRA",
    "/articles",
    "/articles/gen-0000001",
    "/stories",
    "/contradictions",
    "/search?q=minesweepers",
)
"""The routes timed over HTTP: the API's tracker, a first page of one actor's
commitments, the actor list and profile, stories, contradictions and search,
then every dashboard page (the tracker also restricted to one month, which
is resolved afresh from that month's reports)."""

WARM_UP = 3
"""Requests sent first and not counted (connection, caches)."""

BUDGET_S = 30.0
"""Time allowed per measured query or path: a slow one is sampled fewer
times (at least MIN_SAMPLES) rather than holding the run for minutes."""

MIN_SAMPLES = 3

START_S = 600.0
"""How long the server may take to open the store and listen."""


def _rss_mb() -> float:
    """This process's resident set size now, in MB."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mb(pid: int | None = None) -> float:
    """Peak resident set size (VmHWM) of a process, in MB."""
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def _summary(timings_ms: list[float]) -> dict[str, float]:
    return {
        "n": len(timings_ms),
        "p50_ms": round(statistics.median(timings_ms), 2),
        "p99_ms": round(_percentile(timings_ms, 0.99), 2),
        "max_ms": round(max(timings_ms), 2),
    }


def _repeat(call: Callable[[], object], most: int) -> dict[str, float]:
    """Time ``call`` up to ``most`` times within BUDGET_S (at least MIN_SAMPLES)."""
    timings: list[float] = []
    began = time.perf_counter()
    while len(timings) < most and (
        len(timings) < MIN_SAMPLES or time.perf_counter() - began < BUDGET_S
    ):
        start = time.perf_counter()
        call()
        timings.append((time.perf_counter() - start) * 1000)
    return _summary(timings)


def _timed(items: Iterator[tuple[Article, Extraction]], spent: list[float]) -> Iterator[Any]:
    """Yield from ``items``, adding the time spent producing them to ``spent[0]``."""
    while True:
        start = time.perf_counter()
        item = next(items, None)
        spent[0] += time.perf_counter() - start
        if item is None:
            return
        yield item


def _load(db: Store, n: int, per_article: int, seed: int) -> dict[str, float]:
    spent = [0.0]
    began = time.perf_counter()
    db.save_bulk(_timed(generate(n, seed, commitments=per_article), spent), EXTRACTOR_VERSION)
    total = time.perf_counter() - began
    return {"bulk_load_s": round(total - spent[0], 1), "generate_s": round(spent[0], 1)}


def _disk_mb(db: Store, path: Path) -> float:
    with db.engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return round(sum(f.stat().st_size for f in files if f.exists()) / 2**20, 1)


def _serve(url: str, port: int) -> subprocess.Popen[bytes]:
    command = [str(SCRIPT), "serve", "--db", url, "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            problem = server.stderr.read().decode() if server.stderr else ""
            raise SystemExit(f"the server stopped: {problem}")
        probe = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            probe.request("GET", "/static/style.css")
            probe.getresponse().read()
            return server
        except OSError:
            time.sleep(0.2)
        finally:
            probe.close()
    server.kill()
    raise SystemExit("the server did not start")


def _get(connection: http.client.HTTPConnection, path: str) -> int:
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"{path} answered {response.status}: {body[:300]!r}")
    return len(body)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _http(url: str, requests: int) -> dict[str, Any]:
    port = _free_port()
    server = _serve(url, port)
    figures: dict[str, Any] = {}
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        for path in PATHS:
            size = 0
            for _ in range(WARM_UP):
                size = _get(connection, path)
            figures[path] = _repeat(partial(_get, connection, path), requests)
            figures[path]["bytes"] = size
        connection.close()
        figures["server_peak_rss_mb"] = round(_peak_rss_mb(server.pid), 1)
    finally:
        server.terminate()
        server.wait(timeout=60)
    return figures


def _incremental(db: Store, n: int, new: int, per_article: int, seed: int) -> dict[str, float]:
    """Extract and save ``new`` further articles one by one."""
    extract(Article("warm-up", "France pledged troops to Ukraine."))
    totals, saves, cpu = [], [], []
    for article, _generated in generate(new, seed + 1, start=n, commitments=per_article):
        began, began_cpu = time.perf_counter(), time.process_time()
        extraction = extract(article)
        extracted = time.perf_counter()
        db.save(article, extraction, EXTRACTOR_VERSION)
        done = time.perf_counter()
        totals.append(done - began)
        saves.append(done - extracted)
        cpu.append(time.process_time() - began_cpu)
    return {
        "ingest_one_median_s": round(statistics.median(totals), 3),
        "ingest_one_max_s": round(max(totals), 3),
        "save_one_median_s": round(statistics.median(saves), 3),
        "save_one_max_s": round(max(saves), 3),
        "ingest_one_cpu_median_s": round(statistics.median(cpu), 3),
        "ingest_one_cpu_max_s": round(max(cpu), 3),
    }


def _kept(keep: Path | None, n: int) -> bool:
    """Whether ``keep`` holds a store of ``n`` articles built by an earlier run."""
    if keep is None or not keep.exists():
        return False
    with Store(f"sqlite:///{keep}") as db:
        return db.count()["articles"] == n


def run_size(
    n: int, per_article: int, requests: int, new: int, seed: int, keep: Path | None = None
) -> dict[str, Any]:
    """Every figure for one store of ``n`` articles (built, or copied from ``keep``)."""
    result: dict[str, Any] = {"articles": n, "commitments_per_article": per_article}
    result["load_average_before"] = round(os.getloadavg()[0], 2)
    reuse = _kept(keep, n)
    with tempfile.TemporaryDirectory(prefix="pledgewatch-scale-") as folder:
        path = Path(folder) / "scale.db"
        url = f"sqlite:///{path}"
        if reuse and keep is not None:
            shutil.copyfile(keep, path)
        result["rss_before_mb"] = round(_rss_mb(), 1)
        with Store(url) as db:
            if reuse:
                result |= {"bulk_load_s": None, "generate_s": None, "reused": str(keep)}
            else:
                result |= _load(db, n, per_article, seed)
            result["rss_after_load_mb"] = round(_rss_mb(), 1)
            result["counts"] = db.count()
            result["tracker_rows"] = len(db.tracker_rows())
            result["db_mb"] = _disk_mb(db, path)
            if keep is not None and not reuse:
                shutil.copyfile(path, keep)  # checkpointed: the file holds everything
            gc.collect()
            gc.freeze()  # as `pledgewatch serve` does: what is loaded is not walked again
            result["tracker_query"] = _repeat(lambda: pledgewatch.tracker(db), requests)
            result["store_tracker_rows"] = _repeat(db.tracker_rows, requests)
            result["tracker_view"] = _repeat(lambda: pledgewatch.tracker_view(db), requests)
            result["http"] = _http(url, requests)
            result |= _incremental(db, n, new, per_article, seed)
            result["db_mb_after_incremental"] = _disk_mb(db, path)
        result["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    result["load_average_after"] = round(os.getloadavg()[0], 2)
    return result


def _report(r: dict[str, Any]) -> None:
    c = r["counts"]
    print(
        f"\n== {c['articles']:,} articles, {c['commitments']:,} commitments, "
        f"{c['mentions']:,} mentions, {r['tracker_rows']} tracker rows"
    )
    if r.get("reused"):
        print(f"store copied from {r['reused']} (built by an earlier run)")
    else:
        print(f"bulk load (save_bulk, reconciled as a whole): {r['bulk_load_s']} s "
              f"(+ {r['generate_s']} s generating)")  # fmt: skip
    for name in ("tracker_query", "store_tracker_rows", "tracker_view"):
        t = r[name]
        print(f"{name}: p50 {t['p50_ms']} ms, p99 {t['p99_ms']} ms (n={t['n']})")
    for path in PATHS:
        t = r["http"][path]
        print(f"GET {path}: p50 {t['p50_ms']} ms, p99 {t['p99_ms']} ms "
              f"(n={t['n']}, {t['bytes']:,} bytes)")  # fmt: skip
    print(f"ingest one article (extract + save): median {r['ingest_one_median_s']} s, "
          f"worst {r['ingest_one_max_s']} s; "
          f"save alone median {r['save_one_median_s']} s; CPU time median "
          f"{r['ingest_one_cpu_median_s']} s, worst {r['ingest_one_cpu_max_s']} s")  # fmt: skip
    print(f"memory: peak RSS {r['peak_rss_mb']} MB (before load {r['rss_before_mb']} MB, "
          f"after {r['rss_after_load_mb']} MB); server peak RSS "
          f"{r['http']['server_peak_rss_mb']} MB; database {r['db_mb']} MB on disk")  # fmt: skip
    print(f"machine load average (1 min, 2 cores): {r.get('load_average_before')} before, "
          f"{r.get('load_average_after')} after")  # fmt: skip


def _pair(t: dict[str, float], unit: str = "ms") -> str:
    return f"{t['p50_ms']} / {t['p99_ms']} {unit}"


def _table(results: list[dict[str, Any]]) -> None:
    """The figures of every size as one Markdown table (as in the README)."""
    print("\n| articles | commitments | bulk load | tracker, complete rows p50/p99 "
          "| tracker digests p50/p99 | `/api/tracker` p50/p99 | `/` p50/p99 "
          "| ingest one (median/worst) | peak RSS | database |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        c, http = r["counts"], r["http"]
        print(
            f"| {c['articles']:,} | {c['commitments']:,} "
            f"| {'kept' if r.get('reused') else str(r['bulk_load_s']) + ' s'} "
            f"| {_pair(r['tracker_query'])} | {_pair(r['tracker_view'])} "
            f"| {_pair(http['/api/tracker'])} | {_pair(http['/'])} "
            f"| {r['ingest_one_median_s']} / {r['ingest_one_max_s']} s "
            f"| {r['peak_rss_mb']} MB | {r['db_mb']} MB |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the store")
    parser.add_argument("--commitments-per-article", type=int, default=10, dest="per_article")
    parser.add_argument("--sizes", help="comma-separated sizes, each in its own process")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per path")
    parser.add_argument("--new", type=int, default=20, help="articles then ingested one by one")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="keep each built store in DIR (scale-N.db); a later run with the same "
        "DIR measures a copy of it instead of building it again",
    )
    args = parser.parse_args(argv)
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    if args.sizes is None:
        keep = args.keep / f"scale-{args.articles}.db" if args.keep else None
        results = [
            run_size(args.articles, args.per_article, args.requests, args.new, args.seed, keep)
        ]
        _report(results[0])
    else:
        results = []
        for size in (int(s) for s in args.sizes.split(",")):
            command = [sys.executable, __file__, "--articles", str(size), "--json",
                       "--commitments-per-article", str(args.per_article),
                       "--requests", str(args.requests), "--new", str(args.new),
                       "--seed", str(args.seed)]  # fmt: skip
            if args.keep is not None:
                command += ["--keep", str(args.keep)]
            done = subprocess.run(command, stdout=subprocess.PIPE, text=True)
            if done.returncode != 0:
                print(f"size {size} failed (exit {done.returncode})", file=sys.stderr)
                continue
            results.append(json.loads(done.stdout.strip().splitlines()[-1])["results"][0])
            _report(results[-1])
            sys.stdout.flush()
    if len(results) > 1:
        _table(results)
    if args.json:
        print(json.dumps({"results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
