"""Data-quality flags: what an analyst should double-check beside the tracker.

- ``fuzzy_name``: an actor linked only by fuzzy matching, its surface in the
  text being none of the knowledge base's names for it ("Keir Karrmer" for
  Keir Starmer);
- ``office_not_held``: a person introduced with an office ("Russian Foreign
  Minister Maria Zakharova") that the knowledge base says they did not hold
  on the article's date (any date, for an undated article);
- ``self_contradiction``: an article giving one actor two stances on one
  category.

Flags are computed per article when it is stored, from the article, what
was extracted from it and the knowledge base; they are read, never guessed
again, when the tracker is shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import lru_cache

from pledgewatch.kb import KnowledgeBase, fold
from pledgewatch.records import (
    ActorKind,
    Article,
    Contradiction,
    Extraction,
    Flag,
    Mention,
    TrackerRow,
)

TITLE_WINDOW = 80
"""Characters before a person's name searched for an office title: enough
for "the Russian Deputy Foreign Minister", within the same line."""

NOT_NOW = frozenset(["former", "ex", "then", "late", "future", "incoming", "deputy", "vice"])
"""Words before a title that say it is not the office held now, or another one."""

_TAIL = re.compile(r"([\w'’.-]+(?:\s+[\w'’.-]+){0,6})\s*$")


@lru_cache(maxsize=4)
def _exact(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Actor id -> its surfaces in the knowledge base, folded."""
    found: dict[str, set[str]] = {}
    for surface in kb.surfaces:
        found.setdefault(surface.actor, set()).add(fold(surface.text))
    return {actor: frozenset(texts) for actor, texts in found.items()}


@lru_cache(maxsize=4)
def _titles(kb: KnowledgeBase) -> dict[str, str]:
    """Title phrase -> office."""
    return {phrase: office for office, phrases in kb.titles.items() for phrase in phrases}


@lru_cache(maxsize=4)
def _state_names(kb: KnowledgeBase) -> dict[str, str]:
    """Lower-case state name -> state id ("germany", "uk")."""
    return {
        s.text.lower(): s.actor
        for s in kb.surfaces
        if s.rule in ("name", "alias") and kb.kind(s.actor) is ActorKind.STATE
    }


def fuzzy_names(mentions: Iterable[Mention], kb: KnowledgeBase) -> list[Flag]:
    """Mentions whose text is none of the knowledge base's names for the actor."""
    exact = _exact(kb)
    flags: dict[tuple[str, str], Flag] = {}
    for m in mentions:
        if m.rule != "fuzzy" and (
            kb.kind(m.actor) is not ActorKind.PERSON or fold(m.text) in exact.get(m.actor, ())
        ):
            continue  # groups ("26 countries") are matched by pattern, not by name
        actor = kb.get(m.actor)
        name = actor.name if actor else m.actor
        detail = f"'{m.text}' linked to {name} by fuzzy matching only"
        flags.setdefault(
            (m.actor, m.text),
            Flag("fuzzy_name", m.article, m.actor, detail, m.start, m.end, m.text),
        )
    return list(flags.values())


def _title_before(text: str, start: int, kb: KnowledgeBase) -> tuple[int, str, str | None] | None:
    """(where the title starts, office, state or None) just before a name, if any."""
    line_start = text.rfind("\n", 0, start) + 1
    offset = max(line_start, start - TITLE_WINDOW)
    before = text[offset:start]
    tail = _TAIL.search(before)
    if tail is None:
        return None
    words = tail.group(1)
    lowered = words.lower().split()
    titles = _titles(kb)
    for size in range(len(lowered), 0, -1):  # the longest title first
        office = titles.get(" ".join(lowered[-size:]))
        if office is None:
            continue
        rest = lowered[:-size]
        qualifier = rest[-1].removesuffix("'s").removesuffix("’s") if rest else ""
        if qualifier.strip(".-") in NOT_NOW:
            return None
        state = kb.demonym_of.get(qualifier) or _state_names(kb).get(qualifier)
        title_length = len(" ".join(words.split()[-size:]))
        return offset + tail.end(1) - title_length, office, state
    return None


def _holds(kb: KnowledgeBase, person: str, office: str, of: str | None, on: date | None) -> bool:
    actor = kb.get(person)
    if actor is None:
        return True
    return any(
        role.office == office and (of is None or role.holder_of == of) and role.active_on(on)
        for role in actor.roles
    )


def offices_not_held(
    article: Article, mentions: Iterable[Mention], kb: KnowledgeBase
) -> list[Flag]:
    """People given an office they did not hold on the article's date."""
    flags: dict[tuple[str, str], Flag] = {}
    for m in mentions:
        person = kb.get(m.actor)
        if person is None or person.kind is not ActorKind.PERSON or not person.roles:
            continue
        found = _title_before(article.text, m.start, kb)
        if found is None or _holds(kb, m.actor, found[1], found[2], article.published):
            continue
        start, office, state = found
        when = f"on {article.published.isoformat()}" if article.published else "at any date"
        holder = kb.holder(office, state, article.published) if state else None
        holder_actor = kb.get(holder) if holder else None
        held_by = f"; held by {holder_actor.name}" if holder_actor else ""
        written = article.text[start : m.end]
        detail = f"'{written}': {person.name} not {office} {when}{held_by}"
        flag = Flag("office_not_held", m.article, m.actor, detail, start, m.end, written)
        flags.setdefault((m.actor, office), flag)
    return list(flags.values())


def self_contradictions(contradictions: Iterable[Contradiction]) -> list[Flag]:
    flags = []
    for c in contradictions:
        first = c.sides[0].evidence
        statuses = " and ".join(s.value for s in c.statuses)
        detail = f"the article gives {statuses} for {c.category.value}"
        flags.append(
            Flag(
                "self_contradiction",
                first.article,
                c.actor,
                detail,
                first.start,
                first.end,
                first.text,
                c.category,
            )
        )
    return flags


def article_flags(article: Article, extraction: Extraction, kb: KnowledgeBase) -> tuple[Flag, ...]:
    """Every data-quality flag of one article."""
    return (
        *fuzzy_names(extraction.mentions, kb),
        *offices_not_held(article, extraction.mentions, kb),
        *self_contradictions(extraction.contradictions),
    )


def _concerns(flag: Flag, row: TrackerRow, kb: KnowledgeBase) -> bool:
    if flag.article not in row.sources:
        return False
    if flag.kind == "self_contradiction":
        return flag.actor == row.actor and flag.category is row.category
    return row.actor in (flag.actor, kb.represents(flag.actor))


def attach(
    rows: Iterable[TrackerRow], flags: Iterable[Flag], kb: KnowledgeBase
) -> list[TrackerRow]:
    """Tracker rows with the flags of their source articles that concern them:
    a self-contradiction on the row's actor and category, a doubtful name or
    office of the actor or of a person who speaks for it."""
    by_article: dict[str, list[Flag]] = {}
    for flag in flags:
        by_article.setdefault(flag.article, []).append(flag)
    result = []
    for row in rows:
        mine = [f for a in row.sources for f in by_article.get(a, ()) if _concerns(f, row, kb)]
        result.append(replace(row, flags=tuple(mine)) if mine else row)
    return result
