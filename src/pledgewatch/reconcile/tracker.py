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

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import groupby

from pledgewatch.reconcile.contradictions import (
    GROUPS,
    EvidenceOf,
    R,
    Report,
    conflict,
    own_evidence,
    profiles_of,
)
from pledgewatch.records import (
    Category,
    Commitment,
    Contradiction,
    HistoryEntry,
    Status,
    StatusChange,
    Story,
    TrackerRow,
)

_ORDER = list(Status)

Moment = tuple[int, date, int]
"""Where a report stands in time: (dated?, date, ingest order): (1, its date,
0) when dated, (0, date.min, its place in ingest order) when not."""


def _weight(entries: Iterable[HistoryEntry], story_of: Mapping[str, str]) -> dict[Status, int]:
    """Independent sources per status: a story counts once."""
    sources: dict[Status, set[str]] = {}
    for h in entries:
        sources.setdefault(h.status, set()).add(story_of.get(h.article, h.article))
    return {status: len(found) for status, found in sources.items()}


def _winner(
    day: list[HistoryEntry], everything: dict[Status, int], story_of: Mapping[str, str]
) -> Status:
    first = day[0].status
    if all(h.status is first for h in day):
        return first  # most days: one status, nothing to weigh
    weight = _weight(day, story_of)
    return max(weight, key=lambda s: (weight[s], everything.get(s, 0), -_ORDER.index(s)))


def _history(
    items: Iterable[Report], published: Mapping[str, date | None], order: Mapping[str, int]
) -> tuple[list[HistoryEntry], dict[str, Moment]]:
    """Each article's statuses, once, oldest first (then by article and
    status), and each article's moment."""
    pairs = dict.fromkeys((c.article, c.status) for c in items)
    moments: dict[str, Moment] = {}
    for article, _status in pairs:
        if article not in moments:
            day = published.get(article)
            moments[article] = (
                (1, day, 0) if day is not None else (0, date.min, order.get(article, 0))
            )
    ordered = sorted((moments[a], a, status) for a, status in pairs)  # a Status is its value
    return [HistoryEntry(s, m[1] if m[0] else None, a) for m, a, s in ordered], moments


def _days(
    history: list[HistoryEntry], moments: Mapping[str, Moment]
) -> list[tuple[Moment, list[HistoryEntry]]]:
    """History entries grouped by day (or, undated, by article), oldest
    first; ``history`` is in that order already."""
    return [(m, list(g)) for m, g in groupby(history, key=lambda h: moments[h.article])]


def _changes(
    days: list[tuple[Moment, list[HistoryEntry]]], prevailing: list[Status]
) -> tuple[StatusChange, ...]:
    runs: list[tuple[Status, date | None, dict[str, None]]] = []
    for (_moment, entries), status in zip(days, prevailing, strict=True):
        articles = dict.fromkeys(sorted({h.article for h in entries if h.status is status}))
        if runs and runs[-1][0] is status:
            runs[-1][2].update(articles)  # the run goes on: its articles, first seen first
        else:
            runs.append((status, entries[0].date, articles))
    return tuple(StatusChange(status, since, tuple(found)) for status, since, found in runs)


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


def resolve(
    key: tuple[str, Category],
    items: Sequence[R],
    published: Mapping[str, date | None],
    story_of: Mapping[str, str],
    order: Mapping[str, int],
    evidence_of: EvidenceOf[R],
) -> tuple[TrackerRow, Contradiction | None]:
    """One actor and category resolved from all its reports, with its
    contradiction across sources (``evidence_of`` gives its sides' evidence)."""
    actor, category = key
    history, moments = _history(items, published, order)
    days = _days(history, moments)
    everything = _weight(history, story_of)
    prevailing = [_winner(entries, everything, story_of) for _m, entries in days]
    status = prevailing[-1]
    sources = tuple(sorted(moments))
    current = [c for c in items if c.status is status]
    profiles = profiles_of(items)
    across = conflict(actor, category, profiles, published, evidence_of)
    within = actor not in GROUPS and any(len(stances) > 1 for stances in profiles.values())
    undated = tuple(a for a in sources if published.get(a) is None)
    row = TrackerRow(
        actor=actor,
        category=category,
        status=status,
        since=_since(days, status),
        sources=sources,
        independent_sources=len({story_of.get(a, a) for a in sources}),
        contradicted=within or across is not None,
        history=tuple(history),
        magnitude=next((c.magnitude for c in current if c.magnitude), None),
        conditions=tuple(dict.fromkeys(x for c in current for x in c.conditions)),
        dated=days[-1][0][0] == 1,
        order="published" if days[-1][0][0] == 1 else "ingest",
        undated=undated,
        changes=_changes(days, prevailing),
    )
    return row, across


def resolve_row(
    key: tuple[str, Category],
    items: list[Commitment],
    published: Mapping[str, date | None],
    story_of: Mapping[str, str],
    order: Mapping[str, int],
) -> TrackerRow:
    """One actor and category resolved from all its commitments."""
    return resolve(key, items, published, story_of, order, own_evidence)[0]


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
