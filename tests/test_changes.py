"""The change log: written by the store in the transaction that changes the
tracker, on SQLite and PostgreSQL; read by ``changes`` and the watch."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from pledgewatch import monitor, pipeline
from pledgewatch.records import ChangeKind, Status
from pledgewatch.store import Store

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        pg: str = request.getfixturevalue("pg_url")
        return pg
    return f"sqlite:///{tmp_path / 'changes.db'}"


def record(id: str, day: str, text: str) -> dict[str, str]:
    return {"id": id, "published": day, "text": text}


FRANCE = "France will send troops to Ukraine, President Macron said on Saturday."
GERMANY_MAYBE = "Germany is considering sending air defence systems to Ukraine, officials said."
GERMANY_YES = (
    "Germany agreed to send two Patriot air defence systems to Ukraine, the chancellor said."
)
GERMANY_NO = "Germany ruled out sending air defence systems to Ukraine, the chancellor said."


def kinds(url: str, after: int = 0) -> list[tuple[str, str, str, str | None, str | None]]:
    return [
        (
            c.kind.value,
            c.actor,
            c.category.value,
            c.old_status.value if c.old_status else None,
            c.status.value if c.status else None,
        )
        for c in monitor.changes(url, after=after)
    ]


def test_changes_new_rows_then_a_status_change_then_a_contradiction(url: str) -> None:
    pipeline.ingest_records([record("a1", "2025-03-01", f"{FRANCE} {GERMANY_MAYBE}")], url)
    assert sorted(kinds(url)) == [
        ("new", "DEU", "air_defense", None, "considering"),
        ("new", "FRA", "ground_forces", None, "committed"),
    ]
    pipeline.ingest_records([record("a2", "2025-03-05", GERMANY_YES)], url)
    assert kinds(url, after=2) == [("status", "DEU", "air_defense", "considering", "committed")]
    change = monitor.changes(url, after=2)[0]
    assert change.evidence is not None and change.evidence.text == GERMANY_YES
    assert change.article == "a2" and change.evidence.article == "a2"
    assert change.independent_sources == 2
    pipeline.ingest_records([record("a3", "2025-03-05", GERMANY_NO)], url)
    [conflict] = monitor.changes(url, after=3)
    assert conflict.kind is ChangeKind.CONTRADICTION and conflict.contradiction is not None
    assert {s.status for s in conflict.contradiction.sides} == {Status.COMMITTED, Status.DECLINED}


def test_changes_nothing_is_logged_when_nothing_changes(url: str) -> None:
    pipeline.ingest_records([record("a1", "2025-03-01", FRANCE)], url)
    pipeline.ingest_records([record("a1", "2025-03-01", FRANCE)], url)  # the same again
    pipeline.ingest_records([record("a2", "2025-03-02", FRANCE.replace("Saturday", "Sunday"))], url)
    assert kinds(url) == [("new", "FRA", "ground_forces", None, "committed")]


def test_changes_a_deleted_article_removes_its_row(url: str) -> None:
    pipeline.ingest_records([record("a1", "2025-03-01", FRANCE)], url)
    with Store(url) as store:
        store.delete(["a1"])
    assert kinds(url)[-1] == ("removed", "FRA", "ground_forces", "committed", None)
    assert monitor.changes(url)[-1].title is None  # the article is gone; the log stays


def test_changes_a_whole_rebuild_logs_nothing(url: str) -> None:
    pipeline.ingest_records([record("a1", "2025-03-01", FRANCE)], url)
    with Store(url) as store:
        store.reconcile()
    assert len(monitor.changes(url)) == 1


def test_changes_a_self_contradicting_article_is_a_new_contradiction(url: str) -> None:
    text = f"{GERMANY_YES} {GERMANY_NO}"
    pipeline.ingest_records([record("a1", "2025-03-01", text)], url)
    found = monitor.changes(url)
    conflicts = [c for c in found if c.kind is ChangeKind.CONTRADICTION]
    assert len(conflicts) == 1 and conflicts[0].contradiction is not None
    assert conflicts[0].contradiction.scope == "article"


def test_changes_since_filters_by_when_they_were_recorded(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'since.db'}"
    pipeline.ingest_records([record("a1", "2025-03-01", FRANCE)], url)
    today = datetime.now(UTC).date()
    assert len(monitor.changes(url, since=today)) == 1
    assert monitor.changes(url, since=today + timedelta(days=1)) == []
    assert len(monitor.changes(url, since=datetime.now(UTC) - timedelta(minutes=5))) == 1
    [change] = monitor.changes(url, since=date(2000, 1, 1))
    assert change.at.tzinfo is not None and abs(change.at - datetime.now(UTC)) < timedelta(1)
