"""PostgreSQL as a real server: the same results as SQLite, concurrent ingests,
and a one-line error when the server cannot be reached.

Each test gets a new database on the server of ``PLEDGEWATCH_TEST_PG``
(``pg_url`` in conftest; ``scripts/test-postgres`` starts one).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import pledgewatch
from pledgewatch import serialize
from pledgewatch.cli import main
from pledgewatch.extract import EXTRACTOR_VERSION, extract
from pledgewatch.ingest import iter_inputs
from pledgewatch.records import Article, Extraction
from pledgewatch.store import Store
from tests.conftest import free_port

SCRIPT = Path(sys.executable).parent / "pledgewatch"
INGEST_TIMEOUT_S = 300
"""A subprocess ingest of the 20 articles takes about 5 s here; this only
stops a hung test."""
BARRIER_TIMEOUT_S = 60


def outputs(url: str) -> dict[str, Any]:
    """What ``articles``, ``tracker``, ``commitments``, ``contradictions``,
    ``stories`` and ``flags`` print with ``--format json``."""
    with Store(url) as store:
        return {
            "articles": [serialize.article(a) for a in pledgewatch.articles(store)],
            "tracker": [serialize.tracker_row(r) for r in pledgewatch.tracker(store)],
            "commitments": [serialize.commitment(c) for c in pledgewatch.commitments(store)],
            "contradictions": [
                serialize.contradiction(c) for c in pledgewatch.contradictions(store)
            ],
            "stories": [serialize.story(s) for s in pledgewatch.stories(store)],
            "flags": [serialize.flag(f) for f in pledgewatch.flags(store)],
        }


def test_postgres_shared_corpus_gives_the_same_results_as_sqlite(
    shared_corpus: Path, pg_url: str, tmp_path: Path
) -> None:
    sqlite_url = f"sqlite:///{tmp_path / 'shared.db'}"
    for url in (sqlite_url, pg_url):
        report = pledgewatch.ingest([shared_corpus / "docs"], url)
        assert len(report.added) == 5
        assert not report.rejected
    on_sqlite, on_postgres = outputs(sqlite_url), outputs(pg_url)
    assert on_postgres["tracker"]
    assert on_postgres["commitments"]
    assert on_postgres["contradictions"]
    assert on_postgres["stories"]
    assert on_postgres == on_sqlite


def _ingest_process(url: str, paths: list[Path]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(SCRIPT), "ingest", *map(str, paths), "--db", url],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_postgres_concurrent_ingests_store_each_article_once(
    shared_corpus: Path, sample_corpus: Path, pg_url: str, tmp_path: Path
) -> None:
    """Two ingests of the same 20 articles in opposite orders, started together on
    a new database (both also race to create the schema)."""
    folders = [shared_corpus / "docs", sample_corpus / "docs"]
    running = [_ingest_process(pg_url, folders), _ingest_process(pg_url, folders[::-1])]
    for process in running:
        out, err = process.communicate(timeout=INGEST_TIMEOUT_S)
        assert process.returncode == 0, err
        assert "Traceback" not in out + err
    files = {p.stem: p for folder in folders for p in folder.glob("*.txt")}
    with Store(pg_url) as store:
        order = store.ingest_order()
        counts = store.count()
    assert sorted(order) == sorted(files)
    assert len(set(order.values())) == len(order)
    # The reference: one process ingesting the files in the order they were committed.
    reference = f"sqlite:///{tmp_path / 'sequential.db'}"
    pledgewatch.ingest([files[a] for a in sorted(order, key=order.__getitem__)], reference)
    with Store(reference) as store:
        assert store.count() == counts
    assert outputs(pg_url) == outputs(reference)


def _extracted(folders: list[Path]) -> list[tuple[Article, Extraction]]:
    found = [a for a in iter_inputs(folders) if isinstance(a, Article)]
    return [(a, extract(a)) for a in found]


def test_postgres_concurrent_saves_article_by_article(
    shared_corpus: Path, sample_corpus: Path, pg_url: str, tmp_path: Path
) -> None:
    """Finer-grained than the ingests above (one transaction per article): two
    writers save the same 20 articles in opposite orders, interleaved."""
    items = _extracted([shared_corpus / "docs", sample_corpus / "docs"])
    Store(pg_url).close()
    start = threading.Barrier(2, timeout=BARRIER_TIMEOUT_S)
    failures: list[BaseException] = []

    def writer(order: list[tuple[Article, Extraction]]) -> None:
        try:
            with Store(pg_url) as store:
                start.wait()
                for article, extraction in order:
                    store.save(article, extraction, EXTRACTOR_VERSION)
        except BaseException as error:  # reported by the test below
            failures.append(error)
            start.abort()

    threads = [threading.Thread(target=writer, args=(o,)) for o in (items, items[::-1])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(INGEST_TIMEOUT_S)
        assert not thread.is_alive()
    assert failures == []
    with Store(pg_url) as store:
        order = store.ingest_order()
        counts = store.count()
    assert len(set(order.values())) == len(order) == len(items)
    reference = f"sqlite:///{tmp_path / 'sequential.db'}"
    with Store(reference) as store:
        for article, extraction in sorted(items, key=lambda item: order[item[0].id]):
            store.save(article, extraction, EXTRACTOR_VERSION)
        assert store.count() == counts
    assert outputs(pg_url) == outputs(reference)


def test_postgres_nul_characters_are_dropped_at_ingest(pg_url: str, tmp_path: Path) -> None:
    """Regression: a JSON ``\\u0000`` in a record's text stopped an ingest into
    PostgreSQL with a traceback (its text type cannot hold NUL); SQLite stored it."""
    records = [
        {
            "id": "n1",
            "title": "Norway\x00 pledges",
            "outlet": "Wire\x00",
            "text": "Norway pledged two minesweepers\x00 to Ukraine.",
        },
        {"id": "bad\x00id", "text": "Denmark pledged a frigate to Ukraine."},
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    sqlite_url = f"sqlite:///{tmp_path / 'nul.db'}"
    for url in (sqlite_url, pg_url):
        report = pledgewatch.ingest([path], url)
        assert report.added == ("n1",)
        assert [r.reason for r in report.rejected] == ['"id" contains a NUL character']
        with Store(url) as store:
            stored = store.article("n1")
        assert stored is not None
        assert stored.text == "Norway pledges\nNorway pledged two minesweepers to Ukraine."
        assert (stored.title, stored.outlet) == ("Norway pledges", "Wire")
    assert outputs(pg_url) == outputs(sqlite_url)


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/pledgewatch",
        "postgresql+psycopg://nobody@no-such-host.invalid/pledgewatch",
        "mysql://nobody@127.0.0.1/pledgewatch",
    ],
    ids=["refused", "unknown-host", "driver-not-installed"],
)
@pytest.mark.parametrize("command", ["tracker", "ingest"])
def test_postgres_unreachable_server_is_one_line_without_traceback(
    capsys: pytest.CaptureFixture[str], sample_corpus: Path, url: str, command: str
) -> None:
    args = [command, "--db", url] + ([str(sample_corpus / "docs")] if command == "ingest" else [])
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        main(args)
    captured = capsys.readouterr()
    assert exited.value.code == 1
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"error: cannot open database {url}: ")
    assert "Traceback" not in captured.out + captured.err
    assert captured.out == ""
