"""The log of tracker changes, written where the tracker rows are written.

:func:`refresh_rows <pledgewatch.store.reconciled.refresh_rows>` resolves
the rows of the actor × category pairs a batch of articles touched; it reads
their state first (:func:`before`) and, once the new rows are written,
compares (:func:`record`), all in the batch's transaction. So a change is
logged exactly when the stored tracker changes, whoever stored the articles
(``ingest``, ``watch``, ``POST /api/ingest``), and a batch that fails logs
nothing. A whole rebuild (new reconciliation rules) logs nothing: it is not
news.

A change is logged when a row appears (``new``), when its current status
differs from before (``status``), when it becomes contradicted, or its
contradiction across sources names other statuses (``contradiction``), and
when it disappears (``removed``). More sources for the same status are not
a change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, tuple_

from pledgewatch.reconcile.contradictions import Report, profiles_of, within_article
from pledgewatch.records import (
    Category,
    ChangeKind,
    Commitment,
    Contradiction,
    Evidence,
    Status,
    TrackerChange,
    TrackerRow,
)
from pledgewatch.store import rows as convert
from pledgewatch.store.schema import articles, tracker_changes, tracker_rows

Key = tuple[str, str]
"""(actor, category value): one tracker row."""

Resolved = Mapping[Key, tuple[TrackerRow, Contradiction | None]]
"""Rows as just written: each with its contradiction across sources."""


@dataclass(frozen=True, slots=True)
class Before:
    """What a stored row was before a batch rewrote it."""

    status: Status
    contradicted: bool
    statuses: frozenset[str]
    """The statuses of its contradiction across sources (empty: none)."""


def before(conn: Connection, keys: Sequence[Key]) -> dict[Key, Before]:
    """The stored state of the rows ``keys`` (small columns only)."""
    pair = tuple_(tracker_rows.c.actor, tracker_rows.c.category)
    query = select(
        tracker_rows.c.actor,
        tracker_rows.c.category,
        tracker_rows.c.status,
        tracker_rows.c.contradiction,
        tracker_rows.c.summary,
    ).where(pair.in_(list(keys)))
    found = {}
    for actor, category, status, contradiction, summary in conn.execute(query):
        statuses = _statuses(contradiction)
        contradicted = bool(summary["contradicted"]) if summary else bool(statuses)
        found[(actor, category)] = Before(Status(status), contradicted, statuses)
    return found


def _statuses(data: Mapping[str, Any] | None) -> frozenset[str]:
    return frozenset(side["status"] for side in data["sides"]) if data else frozenset()


Load = Callable[[Key, str], list[Commitment]]
"""The full commitments (with evidence) of one article on one row."""


def record(
    conn: Connection,
    keys: Sequence[Key],
    old: Mapping[Key, Before],
    new: Resolved,
    reports: Mapping[Key, Sequence[Report]],
    load: Load,
) -> None:
    """Log how the rows ``keys`` went from ``old`` to ``new``; ``reports``
    are what each row was resolved from, ``load`` reads the evidence of the
    one article a change shows."""
    at = datetime.now(UTC)
    values: list[dict[str, Any]] = []
    for key in keys:
        was, now = old.get(key), new.get(key)
        if now is None:
            if was is not None:
                values.append(_value(at, ChangeKind.REMOVED, key, None, was.status))
            continue
        row, across = now
        items = reports.get(key, [])
        old_status = was.status if was else None
        sources = row.independent_sources
        if was is None or was.status is not row.status:
            kind = ChangeKind.NEW if was is None else ChangeKind.STATUS
            evidence = _evidence(key, row, load)
            values.append(_value(at, kind, key, row.status, old_status, evidence, None, sources))
        conflict = _new_contradiction(key, was, row, across, items, load)
        if conflict is not None:
            kind = ChangeKind.CONTRADICTION
            values.append(_value(at, kind, key, row.status, old_status, None, conflict, sources))
    if values:
        conn.execute(insert(tracker_changes), values)


def _new_contradiction(
    key: Key,
    was: Before | None,
    row: TrackerRow,
    across: Contradiction | None,
    items: Sequence[Report],
    load: Load,
) -> Contradiction | None:
    """The row's contradiction if it is new: the row was not contradicted
    before, or its contradiction across sources now names other statuses."""
    if across is not None:
        statuses = frozenset(s.status.value for s in across.sides)
        if was is None or not was.contradicted or statuses != was.statuses:
            return across
        return None
    if row.contradicted and (was is None or not was.contradicted):
        return _within(key, row, items, load)
    return None


def _within(key: Key, row: TrackerRow, items: Sequence[Report], load: Load) -> Contradiction | None:
    """The latest article that contradicts itself on this row."""
    profiles = profiles_of(items)
    for entry in reversed(row.history):
        if len(profiles.get(entry.article, ())) > 1:  # two stances: read its evidence
            found = within_article(load(key, entry.article))
            if found:
                return found[0]
    return None


def _latest(row: TrackerRow) -> str | None:
    """The latest article giving the row's status."""
    return next((h.article for h in reversed(row.history) if h.status is row.status), None)


def shown(keys: Sequence[Key], old: Mapping[Key, Before], new: Resolved) -> list[tuple[Key, str]]:
    """The (row, article) pairs whose commitments :func:`record` reads for
    the evidence of a new row or a new status (so that they can be read at
    once, before)."""
    found = []
    for key in keys:
        was, now = old.get(key), new.get(key)
        if now is not None and (was is None or was.status is not now[0].status):
            latest = _latest(now[0])
            if latest is not None:
                found.append((key, latest))
    return found


def _evidence(key: Key, row: TrackerRow, load: Load) -> Evidence | None:
    """The report behind the row's status: the latest article giving it,
    its first sentence that does."""
    latest = _latest(row)
    if latest is None:
        return None
    found = [c for c in load(key, latest) if c.status is row.status]
    return min(found, key=lambda c: c.evidence.start).evidence if found else None


def _value(
    at: datetime,
    kind: ChangeKind,
    key: Key,
    status: Status | None,
    old_status: Status | None,
    evidence: Evidence | None = None,
    conflict: Contradiction | None = None,
    sources: int = 0,
) -> dict[str, Any]:
    """A ``tracker_changes`` row; its article is the evidence's, or the
    contradiction's latest side's."""
    article = evidence.article if evidence else None
    detail: dict[str, Any] = {"independent_sources": sources}
    if evidence is not None:
        e = evidence
        detail["evidence"] = [e.article, e.start, e.end, e.text, e.speaker]
    if conflict is not None:
        detail["contradiction"] = convert.contradiction_json(conflict)
        article = conflict.sides[-1].article
    return {
        "at": at,
        "kind": kind.value,
        "actor": key[0],
        "category": key[1],
        "status": status.value if status else None,
        "old_status": old_status.value if old_status else None,
        "article_id": article,
        "detail": detail,
    }


# -- reading -----------------------------------------------------------------


def last_id(conn: Connection) -> int:
    """The id of the latest change (0: none yet)."""
    return int(conn.execute(select(func.coalesce(func.max(tracker_changes.c.id), 0))).scalar_one())


def _where(query: Any, after: int | None, since: datetime | None) -> Any:
    if after is not None:
        query = query.where(tracker_changes.c.id > after)
    if since is not None:
        query = query.where(tracker_changes.c.at >= since)
    return query


def read(
    conn: Connection,
    *,
    after: int | None = None,
    since: datetime | None = None,
    offset: int = 0,
    limit: int | None = None,
    newest_first: bool = False,
) -> list[TrackerChange]:
    """Changes after the id ``after`` and at or after ``since``, oldest first."""
    query = select(tracker_changes, articles.c.title, articles.c.url).outerjoin(
        articles, articles.c.id == tracker_changes.c.article_id
    )
    query = _where(query, after, since)
    order = tracker_changes.c.id.desc() if newest_first else tracker_changes.c.id
    query = query.order_by(order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [_change(row) for row in conn.execute(query)]


def count(conn: Connection, *, after: int | None = None, since: datetime | None = None) -> int:
    query = _where(select(func.count()).select_from(tracker_changes), after, since)
    return int(conn.execute(query).scalar_one())


def _change(row: Any) -> TrackerChange:
    detail: dict[str, Any] = row.detail
    evidence = None
    if detail.get("evidence"):
        article_id, start, end, text, speaker = detail["evidence"]
        evidence = Evidence(article_id, start, end, text, speaker)
    conflict = detail.get("contradiction")
    return TrackerChange(
        id=row.id,
        at=utc(row.at) or datetime.now(UTC),
        kind=ChangeKind(row.kind),
        actor=row.actor,
        category=Category(row.category),
        status=Status(row.status) if row.status else None,
        old_status=Status(row.old_status) if row.old_status else None,
        evidence=evidence,
        contradiction=(
            convert.contradiction(row.actor, row.category, conflict) if conflict else None
        ),
        independent_sources=int(detail.get("independent_sources", 0)),
        article=row.article_id,
        title=row.title,
        url=row.url,
    )


def utc(value: datetime | None) -> datetime | None:
    """A stored time as an aware UTC time (SQLite keeps no time zone; what
    pledgewatch writes there is UTC)."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)
