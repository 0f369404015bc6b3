"""Read-side queries shared by the HTTP API and the dashboard.

Each query reads what it needs from the store and returns a frozen read
model: a filtered tracker, a page of commitments, an actor's profile, an
article with its highlighted spans, search hits. The functions of
:mod:`pledgewatch.pipeline` open the store and call these.

The tracker, stories and cross-source contradictions are the store's
reconciled state, as ``pledgewatch tracker`` shows them. Only a tracker
restricted to some outlets or dates is resolved afresh, from the reports
that pass, with the same :func:`~pledgewatch.reconcile.build_tracker`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from pledgewatch.errors import NotFoundError, UsageError
from pledgewatch.kb import KnowledgeBase, fold
from pledgewatch.reconcile import build_tracker, within_each_article
from pledgewatch.reconcile.quality import attach
from pledgewatch.reconcile.stories import assemble
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
from pledgewatch.store import Store, StoredArticle

T = TypeVar("T")

SNIPPET_CHARS = 80
"""Characters of context shown on each side of a search hit: about a line."""

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Filters:
    """Which reports to read: by actor, category, status, outlet and date.

    ``start`` and ``end`` bound the publication date of the article a
    commitment comes from (both inclusive); with either set, undated
    articles are left out. ``status`` applies to a commitment's own status,
    and to a tracker row's current status.
    """

    actor: str | None = None
    category: Category | None = None
    status: Status | None = None
    outlet: str | None = None
    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise UsageError(f"the date range is empty: from {self.start} is after to {self.end}")

    def keeps_article(self, article: Article) -> bool:
        if self.outlet and (article.outlet or "").casefold() != self.outlet.casefold():
            return False
        if self.start is None and self.end is None:
            return True
        day = article.published
        if day is None:
            return False
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    @property
    def narrows_articles(self) -> bool:
        """Whether only some outlets or dates are asked for."""
        return bool(self.outlet or self.start or self.end)

    def keeps_row(self, actor: str, category: Category) -> bool:
        return (self.actor is None or actor == self.actor) and (
            self.category is None or category is self.category
        )


@dataclass(frozen=True, slots=True)
class Context:
    """Names for ids: actors from the knowledge base, articles from the store."""

    actors: Mapping[str, Actor]
    articles: Mapping[str, Article]

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


@dataclass(frozen=True, slots=True)
class TrackerView:
    """Tracker rows read from the reports that pass ``filters``."""

    rows: tuple[TrackerRow, ...]
    filters: Filters
    context: Context
    sources: int
    """How many articles the rows rest on."""


@dataclass(frozen=True, slots=True)
class ActorSummary:
    actor: Actor
    rows: int
    commitments: int
    articles: int


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """One actor: its tracker rows, every commitment, contradictions."""

    actor: Actor
    rows: tuple[TrackerRow, ...]
    commitments: tuple[Commitment, ...]
    contradictions: tuple[Contradiction, ...]
    context: Context


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


# -- the snapshot -----------------------------------------------------------


@dataclass
class Snapshot:
    """What the store holds now, read once per request."""

    stored: list[StoredArticle]
    commitments: list[Commitment]
    kb: KnowledgeBase
    articles: dict[str, Article] = field(init=False)

    def __post_init__(self) -> None:
        self.articles = {s.article.id: s.article for s in self.stored}

    @property
    def published(self) -> dict[str, date | None]:
        return {a.id: a.published for a in self.articles.values()}

    def context(self) -> Context:
        return Context(self.kb.actors, self.articles)

    def reports(self, filters: Filters, *, with_status: bool = True) -> list[Commitment]:
        """Commitments that pass the filters (the status one if asked)."""
        kept = []
        for c in self.commitments:
            article = self.articles.get(c.article)
            if article is None or not filters.keeps_article(article):
                continue
            if not filters.keeps_row(c.actor, c.category):
                continue
            if with_status and filters.status and c.status is not filters.status:
                continue
            kept.append(c)
        return kept

    def stories(self, db: Store) -> list[Story]:
        return assemble(db.story_links())


def snapshot(db: Store, kb: KnowledgeBase) -> Snapshot:
    return Snapshot(db.articles(), db.commitments(), kb)


# -- queries ---------------------------------------------------------------


def _stored_rows(db: Store, kb: KnowledgeBase) -> list[TrackerRow]:
    """The store's resolved tracker with its data-quality flags (as ``tracker``)."""
    return attach(db.tracker_rows(), db.flags(), kb)


def tracker_view(db: Store, kb: KnowledgeBase, filters: Filters) -> TrackerView:
    """The tracker, by actor, category and current status.

    With an outlet or dates in ``filters``, rows are resolved afresh from
    the reports of those outlets and dates alone (every status, so that the
    current one is right), then kept by their current status.
    """
    if filters.narrows_articles:
        snap = snapshot(db, kb)
        reports = snap.reports(filters, with_status=False)
        built = build_tracker(reports, snap.published, snap.stories(db), order=db.ingest_order())
        rows = attach(built, db.flags(), kb)
        context = snap.context()
    else:
        rows = [r for r in _stored_rows(db, kb) if filters.keeps_row(r.actor, r.category)]
        context = Context(kb.actors, {})
    if filters.status:
        rows = [r for r in rows if r.status is filters.status]
    sources = len({article for row in rows for article in row.sources})
    return TrackerView(tuple(rows), filters, context, sources)


def _page(items: Sequence[T], offset: int, limit: int, context: Context) -> Listing[T]:
    return Listing(tuple(items[offset : offset + limit]), len(items), offset, limit, context)


def commitment_listing(
    db: Store, kb: KnowledgeBase, filters: Filters, offset: int, limit: int
) -> Listing[Commitment]:
    snap = snapshot(db, kb)
    return _page(snap.reports(filters), offset, limit, snap.context())


def article_listing(
    db: Store, kb: KnowledgeBase, filters: Filters, offset: int, limit: int
) -> Listing[StoredArticle]:
    """Articles by outlet and date; with an actor, those that mention it."""
    snap = snapshot(db, kb)
    kept = [
        s
        for s in snap.stored
        if filters.keeps_article(s.article) and (not filters.actor or filters.actor in s.actors)
    ]
    return _page(kept, offset, limit, snap.context())


def _contradictions(db: Store, snap: Snapshot) -> list[Contradiction]:
    """As ``pledgewatch contradictions``: within each article, then across sources."""
    return within_each_article(snap.commitments) + db.source_contradictions()


def contradiction_listing(db: Store, kb: KnowledgeBase, filters: Filters) -> Listing[Contradiction]:
    """Contradictions on the filtered actors and categories, with a status
    asked for among their sides and a side from the outlets and dates asked."""
    snap = snapshot(db, kb)
    found = [
        c
        for c in _contradictions(db, snap)
        if filters.keeps_row(c.actor, c.category)
        and (filters.status is None or filters.status in c.statuses)
        and any(
            (a := snap.articles.get(side.article)) is not None and filters.keeps_article(a)
            for side in c.sides
        )
    ]
    return _page(found, 0, len(found), snap.context())


def story_listing(db: Store, kb: KnowledgeBase) -> Listing[Story]:
    snap = snapshot(db, kb)
    found = snap.stories(db)
    return _page(found, 0, len(found), snap.context())


def actor_listing(db: Store, kb: KnowledgeBase) -> Listing[ActorSummary]:
    """Every actor with a commitment or a mention, most committed first."""
    snap = snapshot(db, kb)
    counts: dict[str, list[int]] = {}
    for row in db.tracker_rows():
        counts.setdefault(row.actor, [0, 0, 0])[0] += 1
    for c in snap.commitments:
        counts.setdefault(c.actor, [0, 0, 0])[1] += 1
    for s in snap.stored:
        for actor in s.actors:
            counts.setdefault(actor, [0, 0, 0])[2] += 1
    context = snap.context()
    summaries = [
        ActorSummary(context.actor(actor), n[0], n[1], n[2]) for actor, n in counts.items()
    ]
    summaries.sort(key=lambda s: (-s.commitments, -s.articles, s.actor.name.casefold()))
    return _page(summaries, 0, len(summaries), context)


def actor_profile(db: Store, kb: KnowledgeBase, actor_id: str) -> ActorProfile:
    snap = snapshot(db, kb)
    mine = [c for c in snap.commitments if c.actor == actor_id]
    mentioned = any(actor_id in s.actors for s in snap.stored)
    if not mine and not mentioned and actor_id not in kb:
        raise NotFoundError(f"no actor {actor_id!r}")
    rows = [r for r in _stored_rows(db, kb) if r.actor == actor_id]
    found = [c for c in _contradictions(db, snap) if c.actor == actor_id]
    context = snap.context()
    return ActorProfile(context.actor(actor_id), tuple(rows), tuple(mine), tuple(found), context)


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
    snap = snapshot(db, kb)
    article = snap.articles.get(article_id)
    if article is None:
        raise NotFoundError(f"no article {article_id!r}")
    stored = next(s for s in snap.stored if s.article.id == article_id)
    mentions = db.mentions(article_id)
    items = [c for c in snap.commitments if c.article == article_id]
    cut = segments(article.text, mentions, items)
    return ArticleView(stored, tuple(mentions), tuple(items), tuple(cut), snap.context())


def _snippet(text: str, terms: Sequence[str]) -> str:
    folded = fold(text)
    at = min((p for p in (folded.find(t) for t in terms) if p >= 0), default=0)
    source = text if len(folded) == len(text) else folded
    start, end = max(0, at - SNIPPET_CHARS), min(len(source), at + SNIPPET_CHARS)
    piece = " ".join(source[start:end].split())
    return ("…" if start else "") + piece + ("…" if end < len(source) else "")


def search(db: Store, kb: KnowledgeBase, query: str, limit: int) -> SearchResult:
    """Articles and evidence holding every word of ``query`` (accents and case ignored).

    The words are matched in Python against the stored texts: no query
    text ever reaches SQL.
    """
    terms = _WORD.findall(fold(query))
    if not terms:
        raise UsageError("the search query has no words")
    snap = snapshot(db, kb)
    hits = []
    for article in snap.articles.values():
        folded = fold(f"{article.title}\n{article.text}")
        if all(t in folded for t in terms):
            count = sum(folded.count(t) for t in terms)
            hits.append(ArticleHit(article, _snippet(article.text, terms), count))
    hits.sort(key=lambda h: (-h.hits, h.article.id))
    evidence = [c for c in snap.commitments if all(t in fold(c.evidence.text) for t in terms)]
    return SearchResult(query, tuple(hits[:limit]), tuple(evidence[:limit]), snap.context())
