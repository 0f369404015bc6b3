"""The read side's queries: filtered, paged, counted and searched in SQL.

The HTTP API and the dashboard (through :mod:`pledgewatch.queries`) read
the store with these, one page or one actor at a time, so that a request
costs about the same at a hundred articles and at a hundred thousand:

- the tracker from the rows' digests (``tracker_rows.summary``), never from
  the full rows, whose lists grow with the corpus;
- commitments and articles by actor, category, status, outlet and date, as
  a page with its total;
- the few articles a page names (id, title, outlet, date: no text);
- contradictions within articles: SQL finds the (article, actor, category)
  groups with more than one stance, and only those are read;
- search: every word of the query as a ``LIKE`` pattern (case ignored for
  ASCII letters), ranked by how often the words occur.

Values always reach SQL as bound parameters. Everything here is portable
SQLAlchemy Core (SQLite and PostgreSQL); the indexes it relies on are those
of migration 0003.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Text,
    and_,
    cast,
    desc,
    exists,
    func,
    literal,
    or_,
    select,
    tuple_,
)

from pledgewatch.records import (
    Article,
    Category,
    Commitment,
    Contradiction,
    Evidence,
    Flag,
    Mention,
    RowTotals,
    Status,
    StoryLink,
    TrackerRow,
)
from pledgewatch.store import rows as convert
from pledgewatch.store.repository import StoredArticle
from pledgewatch.store.schema import (
    article_state,
    articles,
    commitments,
    flags,
    mentions,
    story_links,
    tracker_rows,
)
from pledgewatch.store.summary import summarize

IN_CHUNK = 500
"""Ids bound per ``IN (...)`` list: well under SQLite's limit on parameters."""


@dataclass(frozen=True, slots=True)
class Scope:
    """Which reports a query reads: the read side's filters, as SQL sees them."""

    actor: str | None = None
    category: str | None = None
    status: str | None = None
    outlet: str | None = None
    start: date | None = None
    end: date | None = None

    @property
    def narrows_articles(self) -> bool:
        return bool(self.outlet or self.start or self.end)


@dataclass(frozen=True, slots=True)
class Head:
    """What a page shows of an article it names: no text."""

    id: str
    title: str
    outlet: str | None
    published: date | None
    url: str | None


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    """Sorted, distinct ids in lists of IN_CHUNK (so results come in id order)."""
    items = sorted(set(ids))
    for i in range(0, len(items), IN_CHUNK):
        yield items[i : i + IN_CHUNK]


# -- articles --------------------------------------------------------------


def _outlets(conn: Connection, outlet: str) -> list[str]:
    """The stored spellings of ``outlet``, case ignored (any script)."""
    query = select(articles.c.outlet).where(articles.c.outlet.is_not(None)).distinct()
    wanted = outlet.casefold()
    return [o for (o,) in conn.execute(query) if o.casefold() == wanted]


def _article_terms(conn: Connection, scope: Scope) -> list[ColumnElement[bool]]:
    """Conditions on ``articles`` for the scope's outlet and dates."""
    terms: list[ColumnElement[bool]] = []
    if scope.outlet:
        terms.append(articles.c.outlet.in_(_outlets(conn, scope.outlet)))
    if scope.start:
        terms.append(articles.c.published >= scope.start)
    if scope.end:
        terms.append(articles.c.published <= scope.end)
    return terms


def heads(conn: Connection, ids: Iterable[str]) -> dict[str, Head]:
    found = {}
    columns = (articles.c.id, articles.c.title, articles.c.outlet, articles.c.published)
    for chunk in _chunks(ids):
        query = select(*columns, articles.c.url).where(articles.c.id.in_(chunk))
        for row in conn.execute(query):
            found[row.id] = Head(row.id, row.title, row.outlet, row.published, row.url)
    return found


def _actors_of(conn: Connection, ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    by_article: dict[str, set[str]] = {}
    for chunk in _chunks(ids):
        query = (
            select(mentions.c.article_id, mentions.c.actor)
            .where(mentions.c.article_id.in_(chunk))
            .distinct()
        )
        for article_id, actor in conn.execute(query):
            by_article.setdefault(article_id, set()).add(actor)
    return {a: tuple(sorted(by_article.get(a, ()))) for a in ids}


def stored_article(conn: Connection, article_id: str) -> StoredArticle | None:
    row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
    if row is None:
        return None
    return StoredArticle(convert.article(row), _actors_of(conn, [article_id])[article_id])


def article_page(
    conn: Connection, scope: Scope, offset: int, limit: int
) -> tuple[list[StoredArticle], int]:
    """Articles by outlet and date (and mentioning ``scope.actor``), by id."""
    terms = _article_terms(conn, scope)
    if scope.actor:
        terms.append(
            exists().where(mentions.c.article_id == articles.c.id, mentions.c.actor == scope.actor)
        )
    total = conn.execute(select(func.count()).select_from(articles).where(*terms)).scalar_one()
    query = select(articles).where(*terms).order_by(articles.c.id).offset(offset).limit(limit)
    rows = [convert.article(r) for r in conn.execute(query)]
    actors = _actors_of(conn, [a.id for a in rows])
    return [StoredArticle(a, actors[a.id]) for a in rows], int(total)


def mentions_of(conn: Connection, article_id: str) -> list[Mention]:
    query = (
        select(mentions)
        .where(mentions.c.article_id == article_id)
        .order_by(mentions.c.start, mentions.c.id)
    )
    return [convert.mention(r) for r in conn.execute(query)]


# -- commitments -----------------------------------------------------------


def _commitment_query(conn: Connection, scope: Scope, columns: Sequence[Any]) -> Select[Any]:
    terms: list[ColumnElement[bool]] = []
    if scope.actor:
        terms.append(commitments.c.actor == scope.actor)
    if scope.category:
        terms.append(commitments.c.category == scope.category)
    if scope.status:
        terms.append(commitments.c.status == scope.status)
    query = select(*columns).select_from(commitments)
    if scope.narrows_articles:
        query = query.join(articles, articles.c.id == commitments.c.article_id)
        terms += _article_terms(conn, scope)
    return query.where(*terms)


def commitment_page(
    conn: Connection, scope: Scope, offset: int, limit: int
) -> tuple[list[Commitment], int]:
    """Commitments in the scope, by article id then as extracted, and their total."""
    total = conn.execute(_commitment_query(conn, scope, [func.count()])).scalar_one()
    query = _commitment_query(conn, scope, [commitments])
    query = query.order_by(commitments.c.article_id, commitments.c.id).offset(offset).limit(limit)
    return [convert.commitment(r) for r in conn.execute(query)], int(total)


def commitments_in(
    conn: Connection, actor: str, category: str, article_ids: Iterable[str]
) -> list[Commitment]:
    """An actor's commitments on one category in these articles, by article."""
    found = []
    for chunk in _chunks(article_ids):
        query = (
            select(commitments)
            .where(
                commitments.c.actor == actor,
                commitments.c.category == category,
                commitments.c.article_id.in_(chunk),
            )
            .order_by(commitments.c.article_id, commitments.c.id)
        )
        found += [convert.commitment(r) for r in conn.execute(query)]
    return found


def category_counts(conn: Connection, actor: str) -> dict[str, int]:
    """Category -> how many commitments of ``actor`` there are."""
    query = (
        select(commitments.c.category, func.count())
        .where(commitments.c.actor == actor)
        .group_by(commitments.c.category)
    )
    return {category: int(n) for category, n in conn.execute(query)}


def commitments_of(conn: Connection, article_ids: Iterable[str]) -> list[Commitment]:
    """Every commitment of these articles, by article then as extracted."""
    found = []
    for chunk in _chunks(article_ids):
        query = (
            select(commitments)
            .where(commitments.c.article_id.in_(chunk))
            .order_by(commitments.c.article_id, commitments.c.id)
        )
        found += [convert.commitment(r) for r in conn.execute(query)]
    return found


def reports(
    conn: Connection, scope: Scope
) -> tuple[list[Commitment], dict[str, date | None], dict[str, str], dict[str, int]]:
    """The commitments in the scope (any status), with their articles' dates,
    stories and places in ingest order: what tracker rows are resolved from.

    Only what resolution reads is read: the evidence keeps its offsets but
    not its text, and ``why`` is left out (a month of a 100,000-article
    store is some 40,000 reports).
    """
    c = commitments.c
    conditions = cast(c.conditions, Text)
    columns = [c.article_id, c.actor, c.category, c.status, c.magnitude, conditions.label("cond")]
    columns += [c.evidence_start, c.evidence_end, c.confidence]
    columns += [articles.c.published, article_state.c.seq, article_state.c.story]
    query = _commitment_query(conn, replace(scope, status=None), columns)
    if not scope.narrows_articles:
        query = query.join(articles, articles.c.id == c.article_id)
    query = query.join(article_state, article_state.c.article_id == c.article_id)
    items, published, story_of, order = [], {}, {}, {}
    for row in conn.execute(query.order_by(c.article_id, c.id)):
        article = row.article_id
        evidence = Evidence(article, row.evidence_start, row.evidence_end, "")
        given = tuple(json.loads(row.cond)) if row.cond and row.cond != "[]" else ()
        items.append(
            Commitment(
                article, row.actor, Category(row.category), Status(row.status), evidence,
                row.magnitude, given, confidence=row.confidence,
            )
        )  # fmt: skip
        published[article] = row.published
        story_of[article] = row.story
        order[article] = row.seq
    return items, published, story_of, order


def _conflicted(conn: Connection, scope: Scope) -> Select[Any]:
    """(article, actor, category) groups giving two stances (conditional aside):
    the only ones that can contradict themselves."""
    key = (commitments.c.article_id, commitments.c.actor, commitments.c.category)
    query = _commitment_query(conn, replace(scope, status=None), key)
    return (
        query.where(commitments.c.status != "conditional")
        .group_by(*key)
        .having(func.min(commitments.c.status) != func.max(commitments.c.status))
    )


def conflicted_commitments(conn: Connection, scope: Scope) -> list[Commitment]:
    """The commitments of every group that may contradict itself, by article
    then as extracted: what ``within_each_article`` needs, and nothing more."""
    groups = _conflicted(conn, scope).subquery()
    query = (
        select(commitments)
        .join(
            groups,
            and_(
                groups.c.article_id == commitments.c.article_id,
                groups.c.actor == commitments.c.actor,
                groups.c.category == commitments.c.category,
            ),
        )
        .order_by(commitments.c.article_id, commitments.c.id)
    )
    return [convert.commitment(r) for r in conn.execute(query)]


# -- actors ----------------------------------------------------------------


def actor_counts(conn: Connection) -> dict[str, list[int]]:
    """Per actor: [tracker rows, commitments, articles mentioning it]."""
    counts: dict[str, list[int]] = {}
    queries = (
        select(tracker_rows.c.actor, func.count()).group_by(tracker_rows.c.actor),
        select(commitments.c.actor, func.count()).group_by(commitments.c.actor),
        select(mentions.c.actor, func.count(mentions.c.article_id.distinct())).group_by(
            mentions.c.actor
        ),
    )
    for i, query in enumerate(queries):
        for actor, n in conn.execute(query):
            counts.setdefault(actor, [0, 0, 0])[i] = int(n)
    return counts


def is_known(conn: Connection, actor: str) -> bool:
    """Whether the store holds a commitment or a mention of ``actor``."""
    committed = exists().where(commitments.c.actor == actor)
    mentioned = exists().where(mentions.c.actor == actor)
    return bool(conn.execute(select(or_(committed, mentioned))).scalar())


# -- the tracker -------------------------------------------------------------


def _row_terms(scope: Scope) -> list[ColumnElement[bool]]:
    terms: list[ColumnElement[bool]] = []
    if scope.actor:
        terms.append(tracker_rows.c.actor == scope.actor)
    if scope.category:
        terms.append(tracker_rows.c.category == scope.category)
    if scope.status:
        terms.append(tracker_rows.c.status == scope.status)
    return terms


def digest_row(row: TrackerRow) -> TrackerRow:
    """A complete row cut to its digest (for rows resolved on the fly)."""
    digest = summarize(convert.tracker_json(row))
    return replace(
        _from_digest(row.actor, row.category.value, row.status.value, digest), flags=row.flags
    )


def _from_digest(actor: str, category: str, status: str, digest: dict[str, Any]) -> TrackerRow:
    t = digest["totals"]
    totals = RowTotals(t["sources"], t["history"], t["undated"], t["changes"])
    return convert.tracker_row(
        actor, category, status, digest, None if digest["complete"] else totals
    )


DIGEST_MEMO = 16
"""Scopes whose digest rows are kept built, per process (an unfiltered
tracker, a category, an actor...): at 432 rows, about a megabyte each."""

_built: dict[tuple[str, Scope], tuple[list[tuple[Any, ...]], list[TrackerRow]]] = {}
_memo_lock = threading.Lock()


def _digests_text(conn: Connection, scope: Scope) -> list[tuple[Any, ...]]:
    """(actor, category, status, digest as JSON text or None) of the rows in scope."""
    t = tracker_rows.c
    query = (
        select(t.actor, t.category, t.status, cast(t.summary, Text))
        .where(*_row_terms(scope))
        .order_by(t.actor, t.category)
    )
    return [tuple(r) for r in conn.execute(query)]


def tracker_digests(conn: Connection, scope: Scope) -> list[TrackerRow]:
    """The stored tracker rows in the scope, as digests (by actor, category).

    The digests are read as text; when that text is what this process last
    built the same scope's rows from, those rows are given again (rows are
    frozen records, a pure function of the text): the tracker then costs one
    read of ~450 kB. A row stored without a digest (written other than
    through the schema's column default) is read in full and cut here.
    """
    stored = _digests_text(conn, scope)
    slot = (conn.engine.url.render_as_string(hide_password=True), scope)
    memo = _built.get(slot)
    if memo is not None and memo[0] == stored:
        return list(memo[1])
    t = tracker_rows.c
    missing = [(a, c) for a, c, _s, text in stored if text in (None, "null")]
    full: dict[tuple[str, str], Any] = {}
    for i in range(0, len(missing), IN_CHUNK):
        keys = tuple_(t.actor, t.category).in_(missing[i : i + IN_CHUNK])
        found = conn.execute(select(t.actor, t.category, t.row).where(keys))
        full |= {(a, c): row for a, c, row in found}
    built = [
        _from_digest(a, c, status, summarize(full[(a, c)]) if (a, c) in full else json.loads(text))
        for a, c, status, text in stored
    ]
    with _memo_lock:
        if slot not in _built and len(_built) >= DIGEST_MEMO:
            del _built[next(iter(_built))]
        _built[slot] = (stored, built)
    return list(built)


def tracker_full(conn: Connection, scope: Scope) -> list[TrackerRow]:
    """The stored tracker rows in the scope, complete."""
    t = tracker_rows.c
    query = (
        select(t.actor, t.category, t.status, t.row)
        .where(*_row_terms(scope))
        .order_by(t.actor, t.category)
    )
    return [convert.tracker_row(a, c, s, data) for a, c, s, data in conn.execute(query)]


def source_contradictions(conn: Connection, scope: Scope) -> list[Contradiction]:
    """Contradictions across sources of the rows in the scope (status aside)."""
    query = (
        select(tracker_rows.c.actor, tracker_rows.c.category, tracker_rows.c.contradiction)
        .where(tracker_rows.c.contradiction.is_not(None), *_row_terms(replace(scope, status=None)))
        .order_by(tracker_rows.c.actor, tracker_rows.c.category)
    )
    return [convert.contradiction(a, c, data) for a, c, data in conn.execute(query) if data]


def flags_of(conn: Connection, article_ids: Iterable[str] | None = None) -> list[Flag]:
    """Data-quality flags of these articles (of all, with ``None``), as ``Store.flags``."""
    query = select(flags).order_by(flags.c.article_id, flags.c.start, flags.c.id)
    if article_ids is None:
        return [convert.flag(r) for r in conn.execute(query)]
    found = []
    for chunk in _chunks(article_ids):
        found += [convert.flag(r) for r in conn.execute(query.where(flags.c.article_id.in_(chunk)))]
    return found


# -- stories -----------------------------------------------------------------


def story_links_all(conn: Connection) -> list[StoryLink]:
    query = select(story_links).order_by(story_links.c.article_id, story_links.c.other_id)
    return [StoryLink(r.article_id, r.other_id, r.reason) for r in conn.execute(query)]


# -- search ------------------------------------------------------------------


def _like(term: str) -> str:
    """``term`` as a LIKE pattern matching it anywhere (``\\`` escapes)."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _holds(column: Any, terms: Sequence[str], postgres: bool) -> ColumnElement[bool]:
    """``column`` holds every term, case ignored."""
    if postgres:
        return and_(*(column.ilike(_like(t), escape="\\") for t in terms))
    return and_(*(column.like(_like(t), escape="\\") for t in terms))


def _occurrences(column: Any, term: str) -> ColumnElement[int]:
    lowered = func.lower(column)
    removed = func.length(lowered) - func.length(func.replace(lowered, term, ""))
    return removed // len(term)


def search_articles(
    conn: Connection, terms: Sequence[str], limit: int
) -> list[tuple[Article, int]]:
    """Articles whose title or text holds every term (lower case), most hits first."""
    postgres = conn.dialect.name == "postgresql"
    where = _holds(articles.c.title + "\n" + articles.c.text, terms, postgres)
    hits = sum(
        (_occurrences(articles.c.title, t) + _occurrences(articles.c.text, t) for t in terms),
        start=literal(0),
    )
    ranked = (
        select(articles.c.id, hits.label("hits"))
        .where(where)
        .order_by(desc("hits"), articles.c.id)
        .limit(limit)
        .subquery()
    )
    query = select(articles, ranked.c.hits).join(ranked, ranked.c.id == articles.c.id)
    found = [(convert.article(r), int(r.hits)) for r in conn.execute(query)]
    return sorted(found, key=lambda h: (-h[1], h[0].id))


def search_evidence(conn: Connection, terms: Sequence[str], limit: int) -> list[Commitment]:
    """Commitments whose evidence holds every term, by article then as extracted."""
    postgres = conn.dialect.name == "postgresql"
    query = (
        select(commitments)
        .where(_holds(commitments.c.evidence_text, terms, postgres))
        .order_by(commitments.c.article_id, commitments.c.id)
        .limit(limit)
    )
    return [convert.commitment(r) for r in conn.execute(query)]
