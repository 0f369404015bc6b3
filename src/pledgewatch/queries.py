"""Read-side queries shared by the HTTP API and the dashboard.

Each query reads what it needs through :mod:`pledgewatch.store.reading`,
which filters, pages, counts and searches in SQL, one page, one actor or
one article at a time, and returns a frozen read model: a filtered tracker,
a page of commitments, an actor's profile, an article with its highlighted
spans, search hits. The functions of :mod:`pledgewatch.pipeline` open the
store and call these. Nothing here reads the whole store, so a request costs
about the same at a hundred articles and at a hundred thousand.

The tracker, stories and cross-source contradictions are the store's
reconciled state, as ``pledgewatch tracker`` shows them. Tracker rows are
read as digests (``store/summary.py``: every scalar, the latest entries of
each list and their totals) unless ``Filters.complete`` asks for every
source and report. Only a tracker restricted to some outlets or dates is
resolved afresh, from the reports that pass, with the same
:func:`~pledgewatch.reconcile.tracker.resolve_row`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Generic, TypeVar

from sqlalchemy import Connection

from pledgewatch.errors import NotFoundError, UsageError
from pledgewatch.kb import KnowledgeBase, fold
from pledgewatch.reconcile import within_each_article
from pledgewatch.reconcile.quality import attach
from pledgewatch.reconcile.stories import assemble
from pledgewatch.reconcile.tracker import resolve_row
from pledgewatch.records import (
    Actor,
    ActorKind,
    Article,
    Category,
    Commitment,
    Contradiction,
    Mention,
    Status,
    Story,
    TrackerRow,
)
from pledgewatch.store import Store, StoredArticle, reading
from pledgewatch.store.reading import Head
from pledgewatch.store.summary import LATEST

T = TypeVar("T")

SNIPPET_CHARS = 80
"""Characters of context shown on each side of a search hit: about a line."""

PROFILE_REPORTS = LATEST
"""Reports shown per category on an actor's profile, the latest first: those
of the row's digest; ``/api/commitments?actor=`` pages through every one."""

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Filters:
    """Which reports to read: by actor, category, status, outlet and date.

    ``start`` and ``end`` bound the publication date of the article a
    commitment comes from (both inclusive); with either set, undated
    articles are left out. ``status`` applies to a commitment's own status,
    and to a tracker row's current status. ``complete`` asks for tracker
    rows with every source and report, not their digests (at 100,000
    articles, tens of megabytes).
    """

    actor: str | None = None
    category: Category | None = None
    status: Status | None = None
    outlet: str | None = None
    start: date | None = None
    end: date | None = None
    complete: bool = False

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise UsageError(f"the date range is empty: from {self.start} is after to {self.end}")

    @property
    def narrows_articles(self) -> bool:
        """Whether only some outlets or dates are asked for."""
        return bool(self.outlet or self.start or self.end)

    def keeps_row(self, actor: str, category: Category) -> bool:
        return (self.actor is None or actor == self.actor) and (
            self.category is None or category is self.category
        )

    def keeps_head(self, head: Head | None) -> bool:
        """Whether an article (by its head) is from the outlets and dates asked."""
        if head is None:
            return False
        if self.outlet and (head.outlet or "").casefold() != self.outlet.casefold():
            return False
        if self.start is None and self.end is None:
            return True
        day = head.published
        if day is None:
            return False
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def scope(self) -> reading.Scope:
        return reading.Scope(
            self.actor,
            self.category.value if self.category else None,
            self.status.value if self.status else None,
            self.outlet,
            self.start,
            self.end,
        )


@dataclass(frozen=True, slots=True)
class Context:
    """Names for ids: actors from the knowledge base, articles a page names."""

    actors: Mapping[str, Actor]
    articles: Mapping[str, Head]

    def actor(self, actor_id: str) -> Actor:
        known = self.actors.get(actor_id)
        return known if known is not None else unknown_actor(actor_id)

    def name(self, actor_id: str) -> str:
        return self.actor(actor_id).name

    def names(self, actor_ids: Sequence[str]) -> str:
        return ", ".join(self.name(a) for a in actor_ids)

    def title(self, article_id: str) -> str:
        article = self.articles.get(article_id)
        return (article.title or article.id) if article else article_id


@dataclass(frozen=True, slots=True)
class Listing(Generic[T]):
    """One page of results, the total before paging, and names for the ids."""

    items: tuple[T, ...]
    total: int
    offset: int
    limit: int
    context: Context

    def window(self, offset: int, limit: int) -> Listing[T]:
        """The ``limit`` items from ``offset`` of a listing read whole."""
        items = self.items[offset : offset + limit]
        return Listing(items, len(self.items), offset, limit, self.context)


@dataclass(frozen=True, slots=True)
class TrackerView:
    """Tracker rows read from the reports that pass ``filters``."""

    rows: tuple[TrackerRow, ...]
    filters: Filters
    context: Context
    reports: int
    """How many reports (history entries, over every row) the rows rest on."""


@dataclass(frozen=True, slots=True)
class ActorSummary:
    actor: Actor
    rows: int
    commitments: int
    articles: int


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """One actor: its tracker rows, its latest reports per category, contradictions."""

    actor: Actor
    rows: tuple[TrackerRow, ...]
    commitments: tuple[Commitment, ...]
    """The reports of the latest PROFILE_REPORTS articles of each category,
    latest first (all, on a small store)."""
    contradictions: tuple[Contradiction, ...]
    context: Context
    totals: Mapping[Category, int] = field(default_factory=dict)
    """Per category, how many reports there are in all."""

    @property
    def reports(self) -> int:
        return sum(self.totals.values())


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of article text covered by the same mentions and evidence."""

    start: int
    end: int
    text: str
    actors: tuple[str, ...] = ()
    evidence: tuple[int, ...] = ()
    """Indexes into the article's commitments whose evidence covers it."""


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article, what was read out of it, and its text cut into segments."""

    stored: StoredArticle
    mentions: tuple[Mention, ...]
    commitments: tuple[Commitment, ...]
    segments: tuple[Segment, ...]
    context: Context


@dataclass(frozen=True, slots=True)
class ArticleHit:
    article: Article
    snippet: str
    hits: int


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    articles: tuple[ArticleHit, ...]
    evidence: tuple[Commitment, ...]
    context: Context


def unknown_actor(actor_id: str) -> Actor:
    """An actor missing from the knowledge base, named by its id."""
    if actor_id.startswith("org:"):
        return Actor(actor_id, ActorKind.ORGANISATION, actor_id)
    if actor_id.startswith("person:"):
        return Actor(actor_id, ActorKind.PERSON, actor_id)
    return Actor(actor_id, ActorKind.STATE, actor_id)


@contextmanager
def _reading(db: Store) -> Iterator[Connection]:
    """One connection, one transaction: every query of a request sees one state."""
    with db.engine.connect() as conn:
        yield conn


def _context(conn: Connection, kb: KnowledgeBase, article_ids: Iterable[str] = ()) -> Context:
    return Context(kb.actors, reading.heads(conn, article_ids))


# -- the tracker -------------------------------------------------------------


def _resolved(conn: Connection, filters: Filters) -> list[TrackerRow]:
    """Rows resolved afresh from the reports of the outlets and dates asked (any status)."""
    items, published, story_of, order = reading.reports(conn, filters.scope())
    groups: dict[tuple[str, Category], list[Commitment]] = {}
    for c in items:
        groups.setdefault((c.actor, c.category), []).append(c)
    return [
        resolve_row(key, group, published, story_of, order) for key, group in sorted(groups.items())
    ]


def _flagged(conn: Connection, rows: list[TrackerRow], kb: KnowledgeBase) -> list[TrackerRow]:
    """Rows with the flags of the sources they hold (a digest: of its latest sources)."""
    sources = {a for row in rows for a in row.sources}
    return attach(rows, reading.flags_of(conn, sources), kb)


def tracker_view(db: Store, kb: KnowledgeBase, filters: Filters) -> TrackerView:
    """The tracker, by actor, category and current status.

    With an outlet or dates in ``filters``, rows are resolved afresh from
    the reports of those outlets and dates alone (every status, so that the
    current one is right), then kept by their current status.
    """
    with _reading(db) as conn:
        if filters.narrows_articles:
            rows = [r for r in _resolved(conn, filters) if filters.keeps_row(r.actor, r.category)]
            if filters.status:
                rows = [r for r in rows if r.status is filters.status]
            if not filters.complete:
                rows = [reading.digest_row(r) for r in rows]
        elif filters.complete:
            rows = reading.tracker_full(conn, filters.scope())
        else:
            rows = reading.tracker_digests(conn, filters.scope())
        rows = _flagged(conn, rows, kb)
    reports = sum(r.totals.history if r.totals else len(r.history) for r in rows)
    return TrackerView(tuple(rows), filters, Context(kb.actors, {}), reports)


# -- lists -------------------------------------------------------------------


def commitment_listing(
    db: Store, kb: KnowledgeBase, filters: Filters, offset: int, limit: int
) -> Listing[Commitment]:
    with _reading(db) as conn:
        items, total = reading.commitment_page(conn, filters.scope(), offset, limit)
        context = _context(conn, kb, {c.article for c in items})
    return Listing(tuple(items), total, offset, limit, context)


def article_listing(
    db: Store, kb: KnowledgeBase, filters: Filters, offset: int, limit: int
) -> Listing[StoredArticle]:
    """Articles by outlet and date; with an actor, those that mention it."""
    with _reading(db) as conn:
        items, total = reading.article_page(conn, filters.scope(), offset, limit)
    return Listing(tuple(items), total, offset, limit, Context(kb.actors, {}))


def _contradictions(conn: Connection, filters: Filters) -> list[Contradiction]:
    """As ``pledgewatch contradictions``: within each article, then across
    sources; on the filtered actors and categories, any status."""
    scope = replace(filters.scope(), status=None)
    within = within_each_article(reading.conflicted_commitments(conn, scope))
    return within + reading.source_contradictions(conn, scope)


def contradiction_listing(db: Store, kb: KnowledgeBase, filters: Filters) -> Listing[Contradiction]:
    """Contradictions on the filtered actors and categories, with a status
    asked for among their sides and a side from the outlets and dates asked."""
    with _reading(db) as conn:
        found = _contradictions(conn, filters)
        if filters.status:
            found = [c for c in found if filters.status in c.statuses]
        context = _context(conn, kb, {side.article for c in found for side in c.sides})
    if filters.narrows_articles:
        found = [
            c
            for c in found
            if any(filters.keeps_head(context.articles.get(s.article)) for s in c.sides)
        ]
    return Listing(tuple(found), len(found), 0, len(found), context)


def story_listing(db: Store, kb: KnowledgeBase) -> Listing[Story]:
    with _reading(db) as conn:
        found = assemble(reading.story_links_all(conn))
        context = _context(conn, kb, {a for story in found for a in story.articles})
    return Listing(tuple(found), len(found), 0, len(found), context)


def actor_listing(db: Store, kb: KnowledgeBase) -> Listing[ActorSummary]:
    """Every actor with a commitment or a mention, most committed first."""
    with _reading(db) as conn:
        counts = reading.actor_counts(conn)
    context = Context(kb.actors, {})
    summaries = [
        ActorSummary(context.actor(actor), n[0], n[1], n[2]) for actor, n in counts.items()
    ]
    summaries.sort(key=lambda s: (-s.commitments, -s.articles, s.actor.name.casefold()))
    return Listing(tuple(summaries), len(summaries), 0, len(summaries), context)


def actor_profile(db: Store, kb: KnowledgeBase, actor_id: str) -> ActorProfile:
    """The actor's tracker rows (digests), its latest reports per category
    and every contradiction on it."""
    with _reading(db) as conn:
        if actor_id not in kb and not reading.is_known(conn, actor_id):
            raise NotFoundError(f"no actor {actor_id!r}")
        rows = _flagged(conn, reading.tracker_digests(conn, reading.Scope(actor_id)), kb)
        mine: list[Commitment] = []
        for row in rows:
            latest = [h.article for h in row.history[-PROFILE_REPORTS:]]
            found_here = reading.commitments_in(conn, actor_id, row.category.value, latest)
            place = {article: i for i, article in enumerate(reversed(latest))}
            mine += sorted(found_here, key=lambda c: place[c.article])
        counts = reading.category_counts(conn, actor_id)
        totals = {Category(category): n for category, n in counts.items()}
        found = _contradictions(conn, Filters(actor=actor_id))
        named = {c.article for c in mine} | {h.article for r in rows for h in r.history}
        named |= {side.article for c in found for side in c.sides}
        context = _context(conn, kb, named)
    return ActorProfile(
        context.actor(actor_id), tuple(rows), tuple(mine), tuple(found), context, totals
    )


# -- one article ---------------------------------------------------------------


def segments(text: str, mentions: Sequence[Mention], items: Sequence[Commitment]) -> list[Segment]:
    """Cut ``text`` wherever a mention or a commitment's evidence starts or ends."""
    spans: list[tuple[int, int, str | None, int | None]] = [
        (m.start, m.end, m.actor, None) for m in mentions
    ]
    spans += [(c.evidence.start, c.evidence.end, None, i) for i, c in enumerate(items)]
    spans = [(max(0, s), min(len(text), e), a, i) for s, e, a, i in spans if s < e]
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    result = []
    for start, end in itertools.pairwise(cuts):
        covering = [(a, i) for s, e, a, i in spans if s <= start and end <= e]
        actors = tuple(sorted({a for a, _ in covering if a is not None}))
        evidence = tuple(sorted({i for _, i in covering if i is not None}))
        result.append(Segment(start, end, text[start:end], actors, evidence))
    return result


def article_view(db: Store, kb: KnowledgeBase, article_id: str) -> ArticleView:
    with _reading(db) as conn:
        stored = reading.stored_article(conn, article_id)
        if stored is None:
            raise NotFoundError(f"no article {article_id!r}")
        mentions = reading.mentions_of(conn, article_id)
        items = reading.commitments_of(conn, [article_id])
    cut = segments(stored.article.text, mentions, items)
    context = Context(kb.actors, {})
    return ArticleView(stored, tuple(mentions), tuple(items), tuple(cut), context)


# -- search ----------------------------------------------------------------------


def _snippet(text: str, terms: Sequence[str]) -> str:
    lowered = text.lower()
    source = text if len(lowered) == len(text) else lowered
    at = min((p for p in (lowered.find(t) for t in terms) if p >= 0), default=-1)
    if at < 0:  # the words matched only with accents or case folded
        folded = fold(text)
        source = text if len(folded) == len(text) else folded
        at = min((p for p in (folded.find(fold(t)) for t in terms) if p >= 0), default=0)
    start, end = max(0, at - SNIPPET_CHARS), min(len(source), at + SNIPPET_CHARS)
    piece = " ".join(source[start:end].split())
    return ("…" if start else "") + piece + ("…" if end < len(source) else "")


def search(db: Store, kb: KnowledgeBase, query: str, limit: int) -> SearchResult:
    """Articles and evidence holding every word of ``query``, as written
    anywhere in a word (case ignored for ASCII letters), most hits first.

    The words reach SQL as bound ``LIKE`` patterns, never as SQL.
    """
    terms = _WORD.findall(query.lower())
    if not terms:
        raise UsageError("the search query has no words")
    with _reading(db) as conn:
        found = reading.search_articles(conn, terms, limit)
        evidence = reading.search_evidence(conn, terms, limit)
        context = _context(conn, kb, {c.article for c in evidence})
    hits = tuple(ArticleHit(a, _snippet(a.text, terms), n) for a, n in found)
    return SearchResult(query, hits, tuple(evidence), context)
