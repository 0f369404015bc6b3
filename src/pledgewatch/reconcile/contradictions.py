"""Contradictions: one actor, one category, statuses that cannot all be true.

Not contradictions:

- ``conditional`` beside any other stance: a condition refines a pledge or a
  hesitation ("will send troops ... only with a US backstop"), it does not
  deny it;
- the coalition of the willing: an unnamed group whose members differ ("26
  countries pledged", "most members hesitate") is many stances, not one.
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

GROUPS = frozenset(["org:coalition-of-the-willing"])


def _stances(items: Iterable[Commitment]) -> set[Status]:
    return {c.status for c in items if c.status is not Status.CONDITIONAL}


def _conflicting(actor: str, items: Iterable[Commitment]) -> bool:
    return actor not in GROUPS and len(_stances(items)) > 1


def _group(commitments: Iterable[Commitment]) -> dict[tuple[str, Category], list[Commitment]]:
    groups: dict[tuple[str, Category], list[Commitment]] = {}
    for c in commitments:
        groups.setdefault((c.actor, c.category), []).append(c)
    return groups


def _sides(items: list[Commitment]) -> tuple[ContradictionSide, ...]:
    first: dict[Status, Commitment] = {}
    for c in items:
        if c.status is not Status.CONDITIONAL:
            first.setdefault(c.status, c)
    return tuple(ContradictionSide(c.status, c.article, c.evidence) for c in first.values())


def within_article(commitments: Iterable[Commitment]) -> list[Contradiction]:
    """Pairs an article states with two different stances."""
    found = []
    for (actor, category), items in _group(commitments).items():
        if _conflicting(actor, items):
            found.append(Contradiction(actor, category, "article", _sides(items)))
    return found


def within_each_article(commitments: Iterable[Commitment]) -> list[Contradiction]:
    """Contradictions within each article, for commitments of many articles."""
    by_article: dict[str, list[Commitment]] = {}
    for c in commitments:
        by_article.setdefault(c.article, []).append(c)
    return [x for group in by_article.values() for x in within_article(group)]


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
            if _conflicting(actor, pool):
                found.append(Contradiction(actor, category, "sources", _sides(pool)))
                break
    return found
