"""Contradictions: one actor, one category, statuses that cannot all be true.

Not contradictions:

- ``conditional`` beside any other stance: a condition refines a pledge or a
  hesitation ("will send troops ... only with a US backstop"), it does not
  deny it;
- the coalition of the willing: an unnamed group whose members differ ("26
  countries pledged", "most members hesitate") is many stances, not one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Protocol, TypeVar

from pledgewatch.records import (
    Category,
    Commitment,
    Contradiction,
    ContradictionSide,
    Evidence,
    Status,
)

GROUPS = frozenset(["org:coalition-of-the-willing"])
_STATUSES = list(Status)


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


SAME_PERIOD_DAYS = 3
"""Reports published at most this many days apart describe the same period:
the news cycle of one meeting or statement (the shared corpus reports one
summit from two days before it to one day after). Farther apart, a
different status is a change over time, recorded in the tracker's history;
within it, different statuses are a contradiction. A report without a date
cannot be placed in time, so it is compared with every other."""


def same_period(a: date | None, b: date | None) -> bool:
    """Whether reports of these publication dates describe the same period."""
    return a is None or b is None or abs((a - b).days) <= SAME_PERIOD_DAYS


class Report(Protocol):
    """What the tracker and the contradictions read of a report: a
    :class:`~pledgewatch.records.Commitment`, or the store's lighter
    :class:`~pledgewatch.records.StoredReport` (its evidence read only for
    the few reports a row shows)."""

    @property
    def article(self) -> str: ...

    @property
    def status(self) -> Status: ...

    @property
    def magnitude(self) -> str | None: ...

    @property
    def conditions(self) -> tuple[str, ...]: ...


R = TypeVar("R", bound=Report)

EvidenceOf = Callable[[R], Evidence]
"""How to get a report's evidence (a commitment carries its own)."""


def own_evidence(c: Commitment) -> Evidence:
    return c.evidence


Profiles = dict[str, dict[Status, R]]
"""Per article, its stances (conditional left out), each with its first report."""


def profiles_of(items: Iterable[R]) -> Profiles[R]:
    """Per article, its stances (conditional left out), each with its first report."""
    profiles: Profiles[R] = {}
    for c in items:
        status = c.status
        if status is not Status.CONDITIONAL:
            stances = profiles.get(c.article)
            if stances is None:
                profiles[c.article] = {status: c}
            elif status not in stances:
                stances[status] = c
    return profiles


_INDEX = {status: i for i, status in enumerate(_STATUSES)}


def _counts(groups: Iterable[Iterable[Mapping[Status, object]]]) -> list[list[int]]:
    """``result[i][k]``: how many articles of the first ``i`` groups give the
    ``k``-th status."""
    sums = [[0] * len(_STATUSES)]
    for group in groups:
        counts = list(sums[-1])
        for stances in group:
            for status in stances:
                counts[_INDEX[status]] += 1
        sums.append(counts)
    return sums


def _involved(
    profiles: Mapping[str, Mapping[Status, object]], published: Mapping[str, date | None]
) -> list[tuple[str, Status]]:
    """(article, status) pairs that disagree with another article of the same period.

    Articles are grouped by day, days sorted; prefix sums over the days give
    the statuses of every article within SAME_PERIOD_DAYS of a day, so the
    cost grows with the number of articles, not with its square.
    """
    by_day: dict[date, list[str]] = {}
    undated: list[str] = []
    for article in profiles:
        day = published.get(article)
        if day:
            by_day.setdefault(day, []).append(article)
        else:
            undated.append(article)
    days = sorted(by_day)
    ordinals = [d.toordinal() for d in days]
    sums = _counts([profiles[a] for a in by_day[d]] for d in days)
    (extra,) = _counts([[profiles[a] for a in undated]])[1:]
    periods = [
        (bisect_left(ordinals, n - SAME_PERIOD_DAYS), bisect_right(ordinals, n + SAME_PERIOD_DAYS))
        for n in ordinals
    ]
    groups = [(by_day[d], period) for d, period in zip(days, periods, strict=True)]
    groups.append((undated, (0, len(days))))
    involved = []
    for articles, (lo, hi) in groups:
        # the statuses of the period, and how many articles give each
        counts = [
            (status, n)
            for status, k in _INDEX.items()
            if (n := sums[hi][k] - sums[lo][k] + extra[k]) > 0
        ]
        for article in articles:
            own = profiles[article]
            if len(own) == 1:  # most articles: one stance, counted in its period
                if len(counts) > 1:  # so another article of the period gives another
                    involved.append((article, next(iter(own))))
                continue
            others = [status for status, n in counts if n > (status in own)]
            for status in own:
                if any(other is not status for other in others):
                    involved.append((article, status))
    return involved


def conflict(
    actor: str,
    category: Category,
    profiles: Profiles[R],
    published: Mapping[str, date | None],
    evidence_of: EvidenceOf[R],
) -> Contradiction | None:
    """The contradiction across sources of one row, from its reports' ``profiles``."""
    if actor in GROUPS:
        return None
    involved = _involved(profiles, published)
    if not involved:
        return None
    by_status: dict[Status, list[str]] = {}
    for article, status in sorted(involved, key=lambda x: (published.get(x[0]) or date.min, x[0])):
        by_status.setdefault(status, []).append(article)
    sides = []
    for status, articles in sorted(by_status.items(), key=lambda x: _STATUSES.index(x[0])):
        first = evidence_of(profiles[articles[0]][status])
        sides.append(ContradictionSide(status, articles[0], first, tuple(articles[1:])))
    days = [d for d in (published.get(a) for a, _s in involved) if d is not None]
    period = (min(days), max(days)) if days else (None, None)
    return Contradiction(actor, category, "sources", tuple(sides), period)


def across_sources(
    commitments: Iterable[Commitment], published: Mapping[str, date | None]
) -> list[Contradiction]:
    """Different articles of the same period giving different stances.

    One contradiction per actor and category; one side per status, its
    evidence from the earliest article giving it, the other articles giving
    it in ``others``. A
    status given only by reports farther apart than SAME_PERIOD_DAYS is a
    change over time: history, not a contradiction.
    """
    found = []
    for (actor, category), items in _group(commitments).items():
        one = conflict(actor, category, profiles_of(items), published, own_evidence)
        if one is not None:
            found.append(one)
    return found
