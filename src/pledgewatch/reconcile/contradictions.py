"""Contradictions: one actor, one category, statuses that cannot all be true.

``conditional`` and ``considering`` are not told apart here: both mean "not
yet promised", and readers (and the scoring's lenient mode) treat them alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from pledgewatch.records import (
    Category,
    Commitment,
    Contradiction,
    ContradictionSide,
    Status,
)

_SAME = {Status.CONDITIONAL: Status.CONSIDERING}


def _stance(status: Status) -> Status:
    return _SAME.get(status, status)


def _group(commitments: Iterable[Commitment]) -> dict[tuple[str, Category], list[Commitment]]:
    groups: dict[tuple[str, Category], list[Commitment]] = {}
    for c in commitments:
        groups.setdefault((c.actor, c.category), []).append(c)
    return groups


def _sides(items: list[Commitment]) -> tuple[ContradictionSide, ...]:
    first: dict[Status, Commitment] = {}
    for c in items:
        first.setdefault(_stance(c.status), c)
    return tuple(ContradictionSide(c.status, c.article, c.evidence) for c in first.values())


def within_article(commitments: Iterable[Commitment]) -> list[Contradiction]:
    """Pairs an article states with two different stances."""
    found = []
    for (actor, category), items in _group(commitments).items():
        if len({_stance(c.status) for c in items}) > 1:
            found.append(Contradiction(actor, category, "article", _sides(items)))
    return found


def across_sources(
    commitments: Iterable[Commitment], published: Mapping[str, date | None]
) -> list[Contradiction]:
    """Different articles giving different stances for the same day.

    Articles of different dates may simply report a change of mind; those
    are history, not contradictions. Undated articles are compared with all.
    """
    found = []
    for (actor, category), items in _group(commitments).items():
        by_day: dict[date | None, list[Commitment]] = {}
        for c in items:
            by_day.setdefault(published.get(c.article), []).append(c)
        undated = by_day.pop(None, [])
        days = list(by_day.values()) or [[]]
        for same_day in days:
            pool = same_day + undated
            if len({c.article for c in pool}) < 2:
                continue
            if len({_stance(c.status) for c in pool}) > 1:
                found.append(Contradiction(actor, category, "sources", _sides(pool)))
                break
    return found
