"""Concurrency: ingests and writers at the same time on one SQLite file and
on one PostgreSQL database lose nothing and double nothing.

The reference for each run is one writer storing the same articles in the
order the concurrent writers committed them (the store's ingest order):
tracker, commitments, contradictions and stories must be the same.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

import pledgewatch
from pledgewatch import Store
from pledgewatch.extract import EXTRACTOR_VERSION, extract
from pledgewatch.ingest import Limits
from pledgewatch.ingest.records_json import read_json
from pledgewatch.records import Article, Extraction
from pledgewatch.store.repository import _lock_writers
from tests.reliability import article_record, picture, start_script, write_jsonl

INGEST_TIMEOUT_SECONDS = 300
READER_TIMEOUT_SECONDS = 20
"""Far beyond the milliseconds a read takes, below SQLite's busy timeout (30 s)."""
OVERLAP = 100
"""Articles both ingests carry (same id, same text): stored once."""


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.db'}"
    pg_url: str = request.getfixturevalue("pg_url")
    return pg_url


def _committed_order(url: str) -> dict[str, int]:
    with Store(url) as store:
        order = store.ingest_order()
    assert len(set(order.values())) == len(order), "two articles share a place in ingest order"
    return order


def _reference(url: str, tmp_path: Path, items: list[tuple[Article, Extraction]]) -> str:
    """A SQLite store written by one writer, article by article, in the
    order ``url`` committed them."""
    order = _committed_order(url)
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    with Store(reference) as store:
        for article, extraction in sorted(items, key=lambda item: order[item[0].id]):
            store.save(article, extraction, EXTRACTOR_VERSION)
    return reference


def _reference_ingest(url: str, tmp_path: Path, count: int) -> str:
    """A SQLite store of one ingest of generated articles 0..count-1, read
    in the order ``url`` committed them."""
    order = _committed_order(url)
    records = sorted((article_record(i) for i in range(count)), key=lambda r: order[r["id"]])
    path = tmp_path / "in-committed-order.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    pledgewatch.ingest([path], reference)
    return reference


def _extracted(start: int, count: int) -> list[tuple[Article, Extraction]]:
    records = json.dumps([article_record(i) for i in range(start, start + count)])
    found = [a for a in read_json(records, Path("generated.json"), Limits())]
    return [(a, extract(a)) for a in found if isinstance(a, Article)]


def test_store_two_ingest_processes_at_once_store_each_article_once(
    url: str, tmp_path: Path
) -> None:
    """Two ``pledgewatch ingest`` processes started together on a new
    database (both race to create the schema), with OVERLAP articles in
    common and several store batches each."""
    size = 320
    first = write_jsonl(tmp_path / "first.jsonl", 0, size)
    second = write_jsonl(tmp_path / "second.jsonl", size - OVERLAP, size)
    running = [start_script(["ingest", path, "--db", url], tmp_path) for path in (first, second)]
    for process in running:
        out, err = process.communicate(timeout=INGEST_TIMEOUT_SECONDS)
        assert process.returncode == 0, err
        assert "Traceback" not in out + err
    total = 2 * size - OVERLAP
    with Store(url) as store:
        counts = store.count()
    assert counts["articles"] == counts["commitments"] == total  # one commitment each
    reference = _reference_ingest(url, tmp_path, total)
    with Store(reference) as store:
        assert store.count() == counts
    assert picture(url) == picture(reference)


def test_store_two_writers_interleaved_article_by_article(url: str, tmp_path: Path) -> None:
    """Finer-grained: two threads save the same articles one transaction at
    a time, in opposite orders, each through its own Store (both open it,
    and so migrate it, at the same moment)."""
    items = _extracted(0, 60)
    start = threading.Barrier(2, timeout=60)
    failures: list[BaseException] = []

    def writer(order: list[tuple[Article, Extraction]]) -> None:
        try:
            start.wait()
            with Store(url) as store:
                for article, extraction in order:
                    store.save(article, extraction, EXTRACTOR_VERSION)
        except BaseException as error:  # reported by the test below
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(o,)) for o in (items, items[::-1])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(INGEST_TIMEOUT_SECONDS)
        assert not thread.is_alive()
    assert failures == []
    with Store(url) as store:
        assert store.count()["articles"] == len(items)
    assert picture(url) == picture(_reference(url, tmp_path, items))
    assert len(pledgewatch.tracker(url)) > 0


def test_store_opens_and_reads_while_a_writer_holds_the_lock(url: str) -> None:
    """Opening an up-to-date store and reading it does not wait for a writer
    (an ingest holds the write lock for a whole batch)."""
    Store(url).close()
    read: list[int] = []

    def reader() -> None:
        with Store(url) as store:
            read.append(store.count()["articles"])

    with Store(url) as writer, writer.engine.begin() as conn:
        _lock_writers(conn)
        thread = threading.Thread(target=reader)
        thread.start()
        thread.join(READER_TIMEOUT_SECONDS)
        blocked = thread.is_alive()
    thread.join()
    assert not blocked, "a reader waited for the writer"
    assert read == [0]
