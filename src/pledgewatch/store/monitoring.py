"""The store's side of monitoring: the change log and the state of fetched URLs.

Functions over a :class:`Store`; every write takes the writers' lock first,
like the repository's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select

from pledgewatch.records import FetchState, TrackerChange
from pledgewatch.store import changelog, reading
from pledgewatch.store.reading import Head
from pledgewatch.store.repository import Store, _lock_writers
from pledgewatch.store.schema import fetch_state

URLS_PER_QUERY = 500
"""URLs looked up or replaced per statement (well under SQLite's 32,766
bound parameters)."""


def last_change_id(store: Store) -> int:
    """The id of the latest logged change (0: none yet)."""
    with store.engine.connect() as conn:
        return changelog.last_id(conn)


def changes(
    store: Store,
    *,
    after: int | None = None,
    since: datetime | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> list[TrackerChange]:
    """Logged changes with an id above ``after``, recorded at or after ``since``."""
    with store.engine.connect() as conn:
        return changelog.read(
            conn, after=after, since=since, limit=limit, newest_first=newest_first
        )


def change_page(
    store: Store, since: datetime | None, offset: int, limit: int
) -> tuple[list[TrackerChange], int, dict[str, Head]]:
    """A page of changes, newest first; the total; the articles they name."""
    with store.engine.connect() as conn:
        items = changelog.read(conn, since=since, offset=offset, limit=limit, newest_first=True)
        total = changelog.count(conn, since=since)
        named = {c.article for c in items if c.article}
        for c in items:
            if c.contradiction is not None:
                named.update(side.article for side in c.contradiction.sides)
        return items, total, reading.heads(conn, named)


def fetch_states(store: Store, urls: Iterable[str] | None = None) -> dict[str, FetchState]:
    """The stored state of ``urls`` (of every URL when None); unknown URLs are left out."""
    found: dict[str, FetchState] = {}
    with store.engine.connect() as conn:
        if urls is None:
            found.update((r.url, _state(r)) for r in conn.execute(select(fetch_state)))
            return found
        wanted = sorted(set(urls))
        for start in range(0, len(wanted), URLS_PER_QUERY):
            chunk = wanted[start : start + URLS_PER_QUERY]
            query = select(fetch_state).where(fetch_state.c.url.in_(chunk))
            found.update((r.url, _state(r)) for r in conn.execute(query))
    return found


def save_fetch_states(store: Store, states: Sequence[FetchState]) -> None:
    """Replace the stored state of these URLs, in one transaction."""
    if not states:
        return
    latest = {s.url: s for s in states}  # the last one given for a URL wins
    urls = sorted(latest)
    with store.engine.begin() as conn:
        _lock_writers(conn)
        for start in range(0, len(urls), URLS_PER_QUERY):
            chunk = urls[start : start + URLS_PER_QUERY]
            conn.execute(delete(fetch_state).where(fetch_state.c.url.in_(chunk)))
            conn.execute(insert(fetch_state), [_row(latest[u]) for u in chunk])


def _row(s: FetchState) -> dict[str, Any]:
    return {
        "url": s.url,
        "checked_at": s.checked_at,
        "fetched_at": s.fetched_at,
        "outcome": s.outcome,
        "status": s.status,
        "error": s.error,
        "etag": s.etag,
        "last_modified": s.last_modified,
        "body_hash": s.body_hash,
        "stamp": s.stamp,
        "articles": s.articles,
    }


def _state(r: Any) -> FetchState:
    return FetchState(
        url=r.url,
        checked_at=changelog.utc(r.checked_at),
        fetched_at=changelog.utc(r.fetched_at),
        outcome=r.outcome,
        status=r.status,
        error=r.error,
        etag=r.etag,
        last_modified=r.last_modified,
        body_hash=r.body_hash,
        stamp=r.stamp,
        articles=int(r.articles or 0),
    )
