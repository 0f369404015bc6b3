"""The records every stage hands to the next.

All records are frozen dataclasses: a stage never mutates what it was given.
Field names follow ``../shared/DESIGN.md`` and the gold format of
``ANNOTATION.md`` so that JSON output, gold files and the database speak the
same vocabulary.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Category(StrEnum):
    """The kind of support a commitment is about (ANNOTATION.md)."""

    GROUND_FORCES = "ground_forces"
    AIR_FORCES = "air_forces"
    NAVAL_FORCES = "naval_forces"
    TRAINING = "training"
    LOGISTICS = "logistics"
    ISR = "isr"
    COMMAND_CONTROL = "command_control"
    AIR_DEFENSE = "air_defense"
    WEAPONS_EQUIPMENT = "weapons_equipment"
    FINANCING = "financing"
    SANCTIONS = "sanctions"
    SECURITY_GUARANTEE = "security_guarantee"


class Status(StrEnum):
    """How firmly an actor stands behind a contribution (ANNOTATION.md)."""

    COMMITTED = "committed"
    CONDITIONAL = "conditional"
    CONSIDERING = "considering"
    DECLINED = "declined"
    OPPOSED = "opposed"


class ActorKind(StrEnum):
    STATE = "state"
    ORGANISATION = "organisation"
    PERSON = "person"


def content_hash(text: str) -> str:
    """The SHA-256 of an article's text: equal texts, equal hashes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested: clean text plus metadata."""

    id: str
    text: str
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str | None = None
    source: str | None = None
    """Where the article was read from (a path, a feed entry)."""

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True, slots=True)
class Role:
    """An office a person holds for a state or organisation, with its dates."""

    office: str
    holder_of: str
    """The actor id the office belongs to (``FRA``, ``org:nato``)."""
    start: date | None = None
    end: date | None = None

    def active_on(self, day: date | None) -> bool:
        if day is None:
            return True
        if self.start is not None and day < self.start:
            return False
        return self.end is None or day <= self.end


@dataclass(frozen=True, slots=True)
class Actor:
    """A state, organisation or person from the knowledge base."""

    id: str
    kind: ActorKind
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of an article's text that refers to an actor."""

    actor: str
    article: str
    start: int
    end: int
    text: str
    rule: str = ""
    """How the mention was found: ``name``, ``demonym``, ``capital``, ``fuzzy``..."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words behind a commitment: ``text == article.text[start:end]``."""

    article: str
    start: int
    end: int
    text: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Commitment:
    """One actor's stance on one kind of support, with its evidence."""

    article: str
    actor: str
    category: Category
    status: Status
    evidence: Evidence
    magnitude: str | None = None
    conditions: tuple[str, ...] = ()
    beneficiary: str = "UKR"
    confidence: float = 0.5
    why: tuple[str, ...] = ()
    """The cues and rule that produced it, readable at a glance."""


@dataclass(frozen=True, slots=True)
class StoredReport:
    """A stored commitment as a tracker row is resolved from it: without its
    evidence, which the store reads only for the few reports a row shows."""

    article: str
    status: Status
    magnitude: str | None
    conditions: tuple[str, ...]
    ref: int
    """The stored commitment's id."""


@dataclass(frozen=True, slots=True)
class ContradictionSide:
    status: Status
    article: str
    evidence: Evidence
    others: tuple[str, ...] = ()
    """Further articles giving this status in the same period (sources only)."""


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two or more statuses for one actor and category."""

    actor: str
    category: Category
    scope: str
    """``article`` (within one article) or ``sources`` (across articles)."""
    sides: tuple[ContradictionSide, ...]
    period: tuple[date | None, date | None] = (None, None)
    """First and last publication date of the conflicting reports (sources only)."""

    @property
    def statuses(self) -> tuple[Status, ...]:
        return tuple(sorted({side.status for side in self.sides}))


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractor read out of one article."""

    article: str
    mentions: tuple[Mention, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()

    @property
    def actor_ids(self) -> tuple[str, ...]:
        return tuple(sorted({mention.actor for mention in self.mentions}))


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    status: Status
    date: date | None
    article: str


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A run of reports giving one status, from the day it began."""

    status: Status
    since: date | None
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Flag:
    """A data-quality warning an analyst should see beside the tracker."""

    kind: str
    """``fuzzy_name``, ``office_not_held`` or ``self_contradiction``."""
    article: str
    actor: str
    detail: str
    start: int = 0
    end: int = 0
    text: str = ""
    category: Category | None = None
    """For a self-contradiction: the category the article contradicts itself on."""


@dataclass(frozen=True, slots=True)
class RowTotals:
    """How many sources, reports, undated sources and changes a row has in all."""

    sources: int
    history: int
    undated: int
    changes: int


@dataclass(frozen=True, slots=True)
class TrackerRow:
    """One cell of the tracker: an actor's current stance on one category."""

    actor: str
    category: Category
    status: Status
    since: date | None
    sources: tuple[str, ...]
    independent_sources: int
    contradicted: bool
    history: tuple[HistoryEntry, ...] = ()
    magnitude: str | None = None
    conditions: tuple[str, ...] = ()
    dated: bool = True
    """False when the current status rests on undated reports only."""
    order: str = "published"
    """How the reports were put in order: ``published`` or ``ingest`` (no dates)."""
    undated: tuple[str, ...] = ()
    """Source articles without a publication date (placed by ingest order)."""
    changes: tuple[StatusChange, ...] = ()
    """The history reduced to its changes of status, oldest first."""
    flags: tuple[Flag, ...] = ()
    totals: RowTotals | None = None
    """Set when the row is a digest (``store/summary.py``): its lists hold
    only their latest entries, and these are their full lengths. ``None``:
    the row is complete."""


@dataclass(frozen=True, slots=True)
class Story:
    """Articles that report the same story (copies, shared quotes)."""

    id: str
    articles: tuple[str, ...]
    reason: str
    links: tuple[StoryLink, ...] = ()
    """The pairs of articles found to be one story, each with its reason."""


@dataclass(frozen=True, slots=True)
class StoryLink:
    """Two articles judged to report one story, and why."""

    article: str
    other: str
    reason: str


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be ingested, and why, in one line."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingest did: counts per outcome and the rejected inputs."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    rejected: tuple[Rejection, ...] = field(default=())

    @property
    def seen(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged)

    def summary(self) -> str:
        return (
            f"{self.seen} articles read: {len(self.added)} added, "
            f"{len(self.updated)} updated, {len(self.unchanged)} unchanged, "
            f"{len(self.rejected)} inputs rejected"
        )


class ChangeKind(StrEnum):
    """What happened to a tracker row (``pledgewatch changes``, ``watch``)."""

    NEW = "new"
    """A new actor × category: the first report of that actor on that category."""
    STATUS = "status"
    """The row's current status changed."""
    CONTRADICTION = "contradiction"
    """The row became contradicted (across sources, or within a new article)."""
    REMOVED = "removed"
    """The row lost its last report (its articles were deleted or read again)."""


@dataclass(frozen=True, slots=True)
class TrackerChange:
    """One change to the tracker, recorded in the transaction that made it."""

    id: int
    at: datetime
    """When it was recorded (UTC)."""
    kind: ChangeKind
    actor: str
    category: Category
    status: Status | None
    """The row's status after the change (None when the row was removed)."""
    old_status: Status | None = None
    """The status before (None for a new row)."""
    evidence: Evidence | None = None
    """The report behind the new status: the latest one giving it."""
    contradiction: Contradiction | None = None
    independent_sources: int = 0
    article: str | None = None
    """The article behind it: the evidence's, or the contradiction's latest side's."""
    title: str | None = None
    """That article's title and address, when it is still stored."""
    url: str | None = None


@dataclass(frozen=True, slots=True)
class FetchState:
    """What the last request for one URL found, kept so the next one can be conditional."""

    url: str
    checked_at: datetime | None = None
    """When it was last requested (UTC)."""
    fetched_at: datetime | None = None
    """When it last answered with a body (UTC)."""
    outcome: str = ""
    """``ok``, ``unchanged`` (304, or the same body), ``retry`` (a failure worth
    retrying: a timeout, 429, 5xx) or ``failed`` (one that is not)."""
    status: int | None = None
    """The last HTTP status (None when no response came)."""
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    stamp: str | None = None
    """For a feed entry's page: the entry's date as the feed gave it; a new one
    means the page changed and is fetched again."""
    articles: int = 0
    """Articles it has given (added or updated) over all rounds."""
