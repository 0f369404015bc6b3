"""The actor knowledge base: who exists, what they are called, who holds which office."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from rapidfuzz import fuzz, process

from pledgewatch.records import Actor, ActorKind

FUZZY_PERSON_THRESHOLD = 80.0
"""Minimum rapidfuzz ``ratio`` (0-100) between an unknown capitalised name and
a known person's full name. Set on misspellings and transliterations seen in
machine-translated news (one or two letters changed per word, e.g. a German
``W``/``S`` for ``V``/``Z``, scoring 83-90) against distinct real names of
similar shape (``Maria Zakharova`` vs ``Maria Zakharchenko``: 76)."""

FUZZY_MIN_LENGTH = 8
"""Names shorter than this (with the space) are too short to fuzzy-match
without pairing unrelated people."""


UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ı": "i"}
    | {"ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th"}
)
"""Letters that Unicode does not decompose into a base letter and an accent
("Paweł", "Søreide"), with the letters English spelling gives them."""


def fold(text: str) -> str:
    """Lower-case ASCII form of a name, for comparisons that ignore accents."""
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@dataclass(frozen=True, slots=True)
class Surface:
    """One way an actor is written in text, and what kind of reference it is."""

    text: str
    actor: str
    rule: str
    """``name``, ``alias``, ``demonym``, ``capital``, ``metonym``, ``surname``."""
    ambiguous: bool = False


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """Actors, their surface forms and the titles of offices.

    Built once by :func:`pledgewatch.kb.load_kb`; immutable afterwards.
    """

    actors: Mapping[str, Actor]
    surfaces: tuple[Surface, ...]
    titles: Mapping[str, tuple[str, ...]]
    """Office key -> lower-case title phrases (``president``, ``head of state``)."""
    demonym_of: Mapping[str, str] = field(default_factory=dict)
    """Lower-case demonym or adjective -> state id (``french`` -> ``FRA``)."""
    context: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Organisation id -> actors whose mention supports its ambiguous names
    (``org:european-commission`` -> ``org:eu``, ...): "the Commission" counts
    where the EU is named."""
    acts_for: Mapping[str, str] = field(default_factory=dict)
    """Body id -> the organisation whose commitments it makes
    (``org:eumam-ukraine`` -> ``org:eu``)."""
    members: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Group id -> the states it stands for (``group:baltic-states`` -> EST,
    LVA, LTU): not actors themselves."""
    parties: frozenset[str] = frozenset()
    """Political parties (``parties.yaml``): listed where named, never whose
    commitment a stance is."""
    silent: frozenset[str] = frozenset()
    """Bodies that decide or vote on others' missions but pledge nothing
    themselves (``pledges: false``: the UN Security Council): listed where
    named, never whose commitment a stance is."""

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def kind(self, actor_id: str) -> ActorKind | None:
        actor = self.actors.get(actor_id)
        return actor.kind if actor else None

    @cached_property
    def _holders(
        self,
    ) -> Mapping[tuple[str, str], tuple[tuple[str, date | None, date | None], ...]]:
        index: dict[tuple[str, str], list[tuple[str, date | None, date | None]]] = defaultdict(list)
        for actor in self.actors.values():
            for role in actor.roles:
                index[(role.office, role.holder_of)].append((actor.id, role.start, role.end))
        return {key: tuple(value) for key, value in index.items()}

    def holder(self, office: str, of: str, on: date | None = None) -> str | None:
        """The person holding ``office`` for ``of`` on a day (latest if no day)."""
        candidates = self._holders.get((office, of), ())
        if on is not None:
            active = [
                person
                for person, start, end in candidates
                if (start is None or start <= on) and (end is None or on <= end)
            ]
            return active[0] if len(active) == 1 else None
        current = [person for person, _start, end in candidates if end is None]
        return current[0] if len(current) == 1 else None

    def represents(self, person_id: str, on: date | None = None) -> str | None:
        """The state or organisation a person speaks for on a day.

        A person with roles for several bodies speaks for the one whose role
        is active on that day; with no day, the most recent role.
        """
        actor = self.actors.get(person_id)
        if actor is None or not actor.roles:
            return None
        active = [role for role in actor.roles if role.active_on(on)]
        roles = active or list(actor.roles)
        latest = max(roles, key=lambda role: role.start or date.min)
        return latest.holder_of

    @cached_property
    def _person_names(self) -> tuple[list[str], list[str]]:
        names: list[str] = []
        ids: list[str] = []
        for actor in self.actors.values():
            if actor.kind is not ActorKind.PERSON:
                continue
            for name in (actor.name, *actor.aliases):
                if " " in name:
                    names.append(fold(name))
                    ids.append(actor.id)
        return names, ids

    def fuzzy_person(self, name: str) -> tuple[str, float] | None:
        """The person whose full name is closest to ``name``, if close enough."""
        if len(name) < FUZZY_MIN_LENGTH or " " not in name.strip():
            return None
        names, ids = self._person_names
        best = process.extractOne(
            fold(name), names, scorer=fuzz.ratio, score_cutoff=FUZZY_PERSON_THRESHOLD
        )
        if best is None:
            return None
        _match, points, index = best
        return ids[index], float(points)

    def of_kind(self, kind: ActorKind) -> Iterable[Actor]:
        return (actor for actor in self.actors.values() if actor.kind is kind)
