"""Tracker rows: every actor × category resolved to one current status."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date

from pledgewatch.reconcile.contradictions import across_sources, within_each_article
from pledgewatch.records import (
    Category,
    Commitment,
    HistoryEntry,
    Status,
    Story,
    TrackerRow,
)

_ORDER = list(Status)


def _independent(sources: Iterable[str], stories: Iterable[Story]) -> int:
    """Sources count once per story: copies of one report are one source."""
    story_of = {article: story.id for story in stories for article in story.articles}
    return len({story_of.get(article, article) for article in sources})


def _current(history: list[HistoryEntry]) -> Status:
    """The status of the latest reports; on a tie, the one most sources give."""
    latest = max((h.date or date.min) for h in history)
    recent = [h.status for h in history if (h.date or date.min) == latest]
    counts = Counter(recent)
    return max(counts, key=lambda s: (counts[s], -_ORDER.index(s)))


def _since(history: list[HistoryEntry], status: Status) -> date | None:
    """The first date of the latest unbroken run of reports giving ``status``.

    A day whose reports include ``status`` continues the run, even if other
    reports of that day say otherwise.
    """
    days: dict[date | None, set[Status]] = {}
    for entry in history:  # sorted oldest first
        days.setdefault(entry.date, set()).add(entry.status)
    since = None
    for day, statuses in days.items():
        since = (since or day) if status in statuses else None
    return since


def build_tracker(
    commitments: Iterable[Commitment],
    published: Mapping[str, date | None],
    stories: Iterable[Story] = (),
) -> list[TrackerRow]:
    """One row per actor and category, with history, sources and contradictions."""
    items = list(commitments)
    stories = list(stories)
    contradicted = {(x.actor, x.category) for x in within_each_article(items)}
    contradicted |= {(c.actor, c.category) for c in across_sources(items, published)}
    groups: dict[tuple[str, Category], list[Commitment]] = {}
    for c in items:
        groups.setdefault((c.actor, c.category), []).append(c)
    rows = []
    for (actor, category), group in sorted(groups.items()):
        history = sorted(
            {HistoryEntry(c.status, published.get(c.article), c.article) for c in group},
            key=lambda h: (h.date or date.min, h.article, h.status.value),
        )
        status = _current(history)
        sources = tuple(sorted({c.article for c in group}))
        current = [c for c in group if c.status is status]
        rows.append(
            TrackerRow(
                actor=actor,
                category=category,
                status=status,
                since=_since(history, status),
                sources=sources,
                independent_sources=_independent(sources, stories),
                contradicted=(actor, category) in contradicted,
                history=tuple(history),
                magnitude=next((c.magnitude for c in current if c.magnitude), None),
                conditions=tuple(dict.fromkeys(x for c in current for x in c.conditions)),
            )
        )
    return rows
