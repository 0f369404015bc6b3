"""Tracker rows: every actor × category resolved to one current status.

Reports are put in time by their publication date. A report without one
cannot be shown to be newer than a dated report, so it never overrides one:
undated reports come first, among themselves in ingest order, and a row
whose reports are all undated says so (``dated=False``, ``order="ingest"``).

The current status is the one of the latest reports; when the latest day's
reports disagree, the status backed by more independent sources wins (copies
of one story count once), then the one backed by more independent sources
over the whole history, then the firmer status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from pledgewatch.reconcile.contradictions import across_sources, within_article
from pledgewatch.records import (
    Category,
    Commitment,
    HistoryEntry,
    Status,
    StatusChange,
    Story,
    TrackerRow,
)

_ORDER = list(Status)

Moment = tuple[int, date, int]
"""Where a report stands in time: (dated?, date, ingest order)."""


def _moment(article: str, published: Mapping[str, date | None], order: Mapping[str, int]) -> Moment:
    day = published.get(article)
    seq = order.get(article, 0)
    return (1, day, 0) if day is not None else (0, date.min, seq)


def _weight(entries: Iterable[HistoryEntry], story_of: Mapping[str, str]) -> dict[Status, int]:
    """Independent sources per status: a story counts once."""
    sources: dict[Status, set[str]] = {}
    for h in entries:
        sources.setdefault(h.status, set()).add(story_of.get(h.article, h.article))
    return {status: len(found) for status, found in sources.items()}


def _winner(
    day: list[HistoryEntry], everything: dict[Status, int], story_of: Mapping[str, str]
) -> Status:
    weight = _weight(day, story_of)
    return max(weight, key=lambda s: (weight[s], everything.get(s, 0), -_ORDER.index(s)))


def _days(
    history: list[HistoryEntry], moments: Mapping[str, Moment]
) -> list[tuple[Moment, list[HistoryEntry]]]:
    """History entries grouped by day (or, undated, by article), oldest first."""
    days: dict[Moment, list[HistoryEntry]] = {}
    for h in history:
        days.setdefault(moments[h.article], []).append(h)
    return sorted(days.items(), key=lambda item: item[0])


def _changes(
    days: list[tuple[Moment, list[HistoryEntry]]], prevailing: list[Status]
) -> tuple[StatusChange, ...]:
    changes: list[StatusChange] = []
    for (_moment, entries), status in zip(days, prevailing, strict=True):
        articles = tuple(sorted({h.article for h in entries if h.status is status}))
        day = entries[0].date
        if changes and changes[-1].status is status:
            last = changes[-1]
            merged = tuple(dict.fromkeys(last.articles + articles))
            changes[-1] = StatusChange(status, last.since, merged)
        else:
            changes.append(StatusChange(status, day, articles))
    return tuple(changes)


def _since(days: list[tuple[Moment, list[HistoryEntry]]], status: Status) -> date | None:
    """The first date of the latest unbroken run of days that report ``status``.

    A day whose reports include ``status`` continues the run, even if other
    reports of that day say otherwise.
    """
    since = None
    for _moment, entries in days:
        has = any(h.status is status for h in entries)
        since = (since or entries[0].date) if has else None
    return since


def resolve_row(
    key: tuple[str, Category],
    items: list[Commitment],
    published: Mapping[str, date | None],
    story_of: Mapping[str, str],
    order: Mapping[str, int],
) -> TrackerRow:
    """One actor and category resolved from all its commitments."""
    actor, category = key
    moments = {c.article: _moment(c.article, published, order) for c in items}
    history = sorted(
        {HistoryEntry(c.status, published.get(c.article), c.article) for c in items},
        key=lambda h: (moments[h.article], h.article, h.status.value),
    )
    days = _days(history, moments)
    everything = _weight(history, story_of)
    prevailing = [_winner(entries, everything, story_of) for _m, entries in days]
    status = prevailing[-1]
    sources = tuple(sorted({c.article for c in items}))
    current = [c for c in items if c.status is status]
    by_article: dict[str, list[Commitment]] = {}
    for c in items:
        by_article.setdefault(c.article, []).append(c)
    contradicted = any(within_article(group) for group in by_article.values())
    contradicted = contradicted or bool(across_sources(items, published))
    undated = tuple(a for a in sources if published.get(a) is None)
    return TrackerRow(
        actor=actor,
        category=category,
        status=status,
        since=_since(days, status),
        sources=sources,
        independent_sources=len({story_of.get(a, a) for a in sources}),
        contradicted=contradicted,
        history=tuple(history),
        magnitude=next((c.magnitude for c in current if c.magnitude), None),
        conditions=tuple(dict.fromkeys(x for c in current for x in c.conditions)),
        dated=days[-1][0][0] == 1,
        order="published" if days[-1][0][0] == 1 else "ingest",
        undated=undated,
        changes=_changes(days, prevailing),
    )


def story_index(stories: Iterable[Story]) -> dict[str, str]:
    """Article id -> story id, for articles that belong to a story."""
    return {article: story.id for story in stories for article in story.articles}


def build_tracker(
    commitments: Iterable[Commitment],
    published: Mapping[str, date | None],
    stories: Iterable[Story] = (),
    *,
    order: Mapping[str, int] | None = None,
) -> list[TrackerRow]:
    """One row per actor and category, with history, sources and contradictions.

    ``order`` gives each article's place in ingest order (for undated ones).
    """
    story_of = story_index(stories)
    groups: dict[tuple[str, Category], list[Commitment]] = {}
    for c in commitments:
        groups.setdefault((c.actor, c.category), []).append(c)
    return [
        resolve_row(key, group, published, story_of, order or {})
        for key, group in sorted(groups.items())
    ]
