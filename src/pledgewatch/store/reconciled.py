"""The reconciliation state, kept in the database and updated per article.

Saving an article updates, in the same transaction as the article itself:

- its place in ingest order and its data-quality flags;
- its story keys (MinHash bands, quote word pairs) and its links to the few
  stored articles that share keys with it and prove to be the same story;
- the story of every article whose group it joins, splits or merges;
- the tracker rows (and contradictions across sources) of the actor ×
  category pairs it touches: those of its commitments (old and new) and
  those of articles whose story changed. Nothing else is read or written;
- the log of the changes to those rows (:mod:`.changelog`).

A database written by an older pledgewatch (or with older rules, see
RECONCILE_VERSION) is reconciled once, as a whole, when the store opens.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Result,
    Select,
    Text,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    or_,
    select,
    tuple_,
    update,
)

from pledgewatch.kb import load_kb
from pledgewatch.reconcile.contradictions import within_article
from pledgewatch.reconcile.quality import article_flags
from pledgewatch.reconcile.stories import (
    KEY_MAX_POSTINGS,
    MAX_CANDIDATES,
    QUOTE_KEYS_MIN,
    STORY_PREFIX,
    Fingerprint,
    Shared,
    StoryIndex,
    cached,
    candidates,
    components,
    fingerprint,
    from_stored,
    remember,
    same_story,
    stored_form,
    story_id,
)
from pledgewatch.reconcile.tracker import resolve
from pledgewatch.records import (
    Article,
    Category,
    Commitment,
    Contradiction,
    Evidence,
    Extraction,
    Flag,
    Mention,
    Status,
    StoredReport,
    StoryLink,
    TrackerRow,
)
from pledgewatch.store import changelog
from pledgewatch.store import rows as convert
from pledgewatch.store.schema import (
    article_state,
    articles,
    commitments,
    flags,
    mentions,
    reconcile_meta,
    story_keys,
    story_links,
    story_prints,
    story_stop_keys,
    tracker_rows,
)

RECONCILE_VERSION = "3"
"""Raised whenever the reconciliation rules change, so that stored state is
rebuilt once when the store opens."""

Key = tuple[str, str]
"""(actor, category value): one tracker row."""

T = TypeVar("T")


@dataclass
class Touch:
    """What an article's old version touched, gathered before it is replaced."""

    keys: set[Key] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    """Articles in the same story: their story may change."""
    stop_keys: set[int] = field(default_factory=set)
    """Its story keys that are stop keys: they may fall back under the limit."""


# -- state version ---------------------------------------------------------


def is_current(conn: Connection) -> bool:
    found = conn.execute(
        select(reconcile_meta.c.value).where(reconcile_meta.c.name == "version")
    ).scalar()
    return found == RECONCILE_VERSION


def _set_version(conn: Connection) -> None:
    conn.execute(delete(reconcile_meta).where(reconcile_meta.c.name == "version"))
    conn.execute(insert(reconcile_meta).values(name="version", value=RECONCILE_VERSION))


# -- incremental update ----------------------------------------------------


def _keys_of(conn: Connection, article_ids: Iterable[str]) -> set[Key]:
    ids = list(article_ids)
    if not ids:
        return set()
    query = (
        select(commitments.c.actor, commitments.c.category)
        .where(commitments.c.article_id.in_(ids))
        .distinct()
    )
    return {(actor, category) for actor, category in conn.execute(query)}


def before_replace(conn: Connection, article_ids: Iterable[str]) -> Touch:
    """The rows and story partners of articles about to be replaced or deleted."""
    ids = list(article_ids)
    stories = select(article_state.c.story).where(article_state.c.article_id.in_(ids))
    partners = select(article_state.c.article_id).where(article_state.c.story.in_(stories))
    members = {a for (a,) in conn.execute(partners)} - set(ids)
    held = (
        select(story_keys.c.key)
        .join(story_stop_keys, story_stop_keys.c.key == story_keys.c.key)
        .where(story_keys.c.article_id.in_(ids))
        .distinct()
    )
    stop_keys = {int(key) for (key,) in conn.execute(held)}
    return Touch(_keys_of(conn, ids), members, stop_keys)


KEYS_PER_QUERY = 1000
"""Story keys per statement when a batch's keys are looked up (its
articles hold about 60 each): well under the bound parameters SQLite and
PostgreSQL take in one statement."""


def _chunks(keys: Sequence[T]) -> Iterator[list[T]]:
    for start in range(0, len(keys), KEYS_PER_QUERY):
        yield list(keys[start : start + KEYS_PER_QUERY])


def _release_stop_keys(conn: Connection, keys: set[int]) -> None:
    """Stop keys that deleted articles held and that are now under the limit
    are followed again."""
    released = []
    for chunk in _chunks(sorted(keys)):
        query = (
            select(story_keys.c.key)
            .where(story_keys.c.key.in_(chunk))
            .group_by(story_keys.c.key)
            .having(func.count() > KEY_MAX_POSTINGS)
        )
        still = {int(key) for (key,) in conn.execute(query)}
        released += [key for key in chunk if key not in still]
    for chunk in _chunks(released):
        conn.execute(delete(story_stop_keys).where(story_stop_keys.c.key.in_(chunk)))


def _next_seq(conn: Connection) -> int:
    return (
        int(conn.execute(select(func.coalesce(func.max(article_state.c.seq), 0))).scalar_one()) + 1
    )


def _stored_postings(conn: Connection, keys: Sequence[int]) -> dict[int, int]:
    """How many stored articles hold each of ``keys`` (keys held by none left
    out); a stop key counts KEY_MAX_POSTINGS + 1 (its postings are not counted)."""
    found: dict[int, int] = {}
    for chunk in _chunks(keys):
        query = select(story_stop_keys.c.key).where(story_stop_keys.c.key.in_(chunk))
        found.update((int(key), KEY_MAX_POSTINGS + 1) for (key,) in conn.execute(query))
    counted = [key for key in keys if key not in found]
    for chunk in _chunks(counted):
        query = (
            select(story_keys.c.key, func.count())
            .where(story_keys.c.key.in_(chunk))
            .group_by(story_keys.c.key)
        )
        found.update((int(key), int(n)) for key, n in conn.execute(query))
    return found


_IS_TEXT = case((story_keys.c.kind == "text", 1), else_=0)
_IS_QUOTE = case((story_keys.c.kind == "quote", 1), else_=0)


@lru_cache(maxsize=4)
def _candidates_query(dialect: str) -> Select[Any]:
    """The statement of :func:`_stored_candidates` (``keys`` bound), built once."""
    text, quote = func.sum(_IS_TEXT), func.sum(_IS_QUOTE)
    article = story_keys.c.article_id
    ranked = (
        select(article, text.label("text"), quote.label("quote"))
        .where(story_keys.c.key.in_(bindparam("keys", expanding=True)))
        .group_by(article)
        .having(or_(text > 0, quote >= QUOTE_KEYS_MIN))
    )
    if dialect in ("sqlite", "postgresql"):  # ties broken by id as Python compares strings
        by_id = article.collate("C") if dialect == "postgresql" else article
        ranked = ranked.order_by((text * 100 + quote).desc(), by_id).limit(MAX_CANDIDATES)
    found = ranked.subquery()
    return (
        select(
            found.c.article_id,
            found.c.text,
            found.c.quote,
            articles.c.content_hash,
            story_prints.c.minhash,
            cast(story_prints.c.quotes, Text),
        )
        .join(story_prints, story_prints.c.article_id == found.c.article_id)
        .join(articles, articles.c.id == found.c.article_id)
    )


def _stored_candidates(conn: Connection, keys: list[int]) -> dict[str, tuple[Shared, Fingerprint]]:
    """The stored articles worth comparing with a new one whose usable keys
    are ``keys``: each with its keys in common by kind and its fingerprint.

    Counted, filtered and ranked by the database (as :func:`candidates`
    ranks them), so that at most MAX_CANDIDATES rows come back, each with
    its stored fingerprint (read from it only when not in the cache)."""
    query = _candidates_query(conn.dialect.name)
    rows = conn.execute(query, {"keys": keys})
    result = {}
    for other, n_text, n_quote, digest, values, quotes in rows:
        known = cached(other, digest)
        if known is None:
            known = from_stored(other, values, json.loads(quotes))
            remember(known, digest)
        result[other] = ((int(n_text), int(n_quote)), known)
    return result


class _Batch:
    """Finds the story links of a batch's articles, one after the other.

    Each article is compared with the stored articles and with those of the
    batch before it, as if each had been stored before the next was read:
    the batch's own keys and fingerprints are kept here and written with
    the batch at the end (:meth:`write`). The postings of the batch's keys
    in the store are counted once for the batch, so that an article costs
    one statement: its stored candidates, with their fingerprints.
    """

    def __init__(self, conn: Connection, prints: Sequence[Fingerprint]) -> None:
        self.conn = conn
        self.index = StoryIndex()
        self.stored = _stored_postings(conn, sorted({k for fp in prints for k in fp.keys}))
        """Key -> its postings in the store (unchanged while the batch is read)."""

    def _usable(self, key: int, here: int) -> bool:
        return self.stored.get(key, 0) + here <= KEY_MAX_POSTINGS

    def links(self, new: Fingerprint) -> list[StoryLink]:
        """Links between ``new`` and the articles before it that are its story;
        then ``new`` is one of those."""
        postings = self.index.postings
        usable = [
            key
            for key in sorted(new.keys)
            if key in self.stored and self._usable(key, len(postings.get(key, ())))
        ]
        stored = _stored_candidates(self.conn, usable) if usable else {}
        shared = {other: counts for other, (counts, _print) in stored.items()}
        shared.update(self.index.shared(new, self._usable))
        found = candidates(shared)
        prints = {other: known for other, (_counts, known) in stored.items()}
        prints.update(self.index.prints)
        links = []
        for other in found:
            reason = same_story(prints[other], new)
            if reason is not None:
                first, second = sorted((other, new.article))
                links.append(StoryLink(first, second, reason))
        self.index.index(new)
        return links

    def write(self) -> None:
        """Insert the batch's story keys and fingerprints, and the keys it
        took over KEY_MAX_POSTINGS as stop keys."""
        prints = list(self.index.prints.values())
        keys = [row for fp in prints for row in _key_rows(fp)]
        if keys:
            self.conn.execute(insert(story_keys), keys)
        if prints:
            self.conn.execute(insert(story_prints), [_print_row(fp) for fp in prints])
        stop = [
            {"key": key}
            for key, holders in sorted(self.index.postings.items())
            if self.stored.get(key, 0) <= KEY_MAX_POSTINGS and not self._usable(key, len(holders))
        ]
        if stop:
            self.conn.execute(insert(story_stop_keys), stop)


def _print_row(fp: Fingerprint) -> dict[str, Any]:
    values, quotes = stored_form(fp)
    return {"article_id": fp.article, "minhash": values, "quotes": quotes}


def _key_rows(fp: Fingerprint) -> list[dict[str, Any]]:
    return [{"article_id": fp.article, "key": k, "kind": "text"} for k in fp.text_keys] + [
        {"article_id": fp.article, "key": k, "kind": "quote"} for k in fp.quote_keys
    ]


def _link_rows(links: Iterable[StoryLink]) -> list[dict[str, Any]]:
    return [{"article_id": x.article, "other_id": x.other, "reason": x.reason} for x in links]


def _restory(conn: Connection, seeds: set[str]) -> set[str]:
    """Recompute the stories of ``seeds`` and everything linked to them.

    Returns the articles whose story changed.
    """
    seen, frontier, links = set(seeds), set(seeds), []
    while frontier:
        query = select(story_links.c.article_id, story_links.c.other_id, story_links.c.reason)
        query = query.where(
            or_(story_links.c.article_id.in_(frontier), story_links.c.other_id.in_(frontier))
        )
        found = [StoryLink(a, b, r) for a, b, r in conn.execute(query)]
        links += found
        frontier = {x for link in found for x in (link.article, link.other)} - seen
        seen |= frontier
    story_of = components(links)
    current = conn.execute(
        select(article_state.c.article_id, article_state.c.story).where(
            article_state.c.article_id.in_(seen)
        )
    ).all()
    changed = set()
    for article_id, story in current:
        wanted = story_of.get(article_id, story_id(article_id))
        if wanted != story:
            conn.execute(
                update(article_state)
                .where(article_state.c.article_id == article_id)
                .values(story=wanted)
            )
            changed.add(article_id)
    return changed


def _merge_stories(conn: Connection, links: Sequence[StoryLink]) -> set[str]:
    """Join the stories that new ``links`` connect; returns the articles whose
    story changed.

    Only for a save that added articles and replaced none: a story then
    never splits, it only joins others, so the stories' ids (each its
    smallest article id) are enough and only the joined ones' members are
    read. :func:`_restory` walks every link of every story involved, a cost
    that grows with the largest story.
    """
    ends = {x for link in links for x in (link.article, link.other)}
    if not ends:
        return set()
    state = article_state.c
    story_of: dict[str, str] = {}
    for chunk in _chunks(sorted(ends)):
        query = select(state.article_id, state.story).where(state.article_id.in_(chunk))
        story_of.update((article_id, story) for article_id, story in conn.execute(query))
    prefix = len(STORY_PREFIX)  # a story's id is its smallest article's, prefixed
    joined = components(
        StoryLink(story_of[link.article][prefix:], story_of[link.other][prefix:], "")
        for link in links
    )
    changed: set[str] = set()
    for member, story in joined.items():
        old = story_id(member)
        if story != old:
            moved = conn.execute(select(state.article_id).where(state.story == old)).scalars()
            changed.update(moved)
            conn.execute(update(article_state).where(state.story == old).values(story=story))
    return changed


ROWS_PER_QUERY = 25
"""Tracker rows whose reports are held in memory (and rows written) at once,
at most. Each row's reports are read with a statement of their own: asked
for several rows at once (``(actor, category) IN (...)``), SQLite read
every commitment in article order rather than each row's from the index."""

REPORTS_HELD = 10_000
"""Reports held in memory at once while rows are refreshed, at most (a
single row with more is held whole): about 1 KiB each with what resolving
and logging them makes, so about 10 MiB. Rows grow with the store (about
2,300 reports each at 100,000 generated articles), so a fixed number of
rows held more and more: 25 rows of 365 reports held 9.5 MiB at 12,000
articles (tracemalloc; 5.9 MiB with at most 5,000 reports)."""


@dataclass
class _Reports:
    """Reports grouped by tracker row, with their articles' dates, stories and order."""

    groups: dict[Key, list[StoredReport]] = field(default_factory=dict)
    published: dict[str, date | None] = field(default_factory=dict)
    story_of: dict[str, str] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)

    held: int = 0
    """Reports added."""

    def add(self, result: Result[Any]) -> None:
        """Add the rows of :func:`_reports_query`."""
        records: Iterable[Any] = (r for part in result.partitions(REPORTS_PER_FETCH) for r in part)
        for ref, article, actor, category, status, magnitude, stored, day, seq, story in records:
            self.held += 1
            conditions = _conditions(stored) if stored != "[]" else ()
            report = StoredReport(article, _STATUS[status], magnitude, conditions, ref)
            self.groups.setdefault((actor, category), []).append(report)
            self.published[article] = day
            self.story_of[article] = story
            self.order[article] = seq


REPORTS_PER_FETCH = 5000
"""Reports fetched from the database at once (a row has about 2,300 at
100,000 articles; a whole rebuild reads them all)."""

_STATUS = {status.value: status for status in Status}

CONDITIONS_CACHED = 4096
"""Lists of conditions kept parsed: the same phrases recur across reports
("once a ceasefire holds"); a bound, for a long-running server."""


@lru_cache(maxsize=CONDITIONS_CACHED)
def _conditions(stored: str) -> tuple[str, ...]:
    """Conditions as read from their stored JSON text."""
    return tuple(json.loads(stored))


def _reports_query() -> Select[Any]:
    """Reports (without their evidence) with their articles' state, in a fixed
    order (by article, then as extracted): a row's size and conditions come
    from its first reports, which must not depend on how the database
    happens to return them."""
    c = commitments.c
    return (
        select(
            c.id,
            c.article_id,
            c.actor,
            c.category,
            c.status,
            c.magnitude,
            cast(c.conditions, Text).label("conditions"),
            article_state.c.published,
            article_state.c.seq,
            article_state.c.story,
        )
        .join(article_state, article_state.c.article_id == c.article_id)
        .order_by(c.article_id, c.id)
    )


@lru_cache(maxsize=1)
def _row_reports() -> Select[Any]:
    """The reports of one row (``actor`` and ``category`` bound), built once."""
    c = commitments.c
    return _reports_query().where(
        c.actor == bindparam("actor"), c.category == bindparam("category")
    )


_PENDING = -1
"""``start`` of an evidence not read yet; its ``text`` holds the report's id."""


class _Evidence:
    """Reads the evidence of stored reports, for a chunk of rows at a time.

    Resolving rows asks for the evidence of the few reports their
    contradictions show; it is given a placeholder, and :meth:`fill` reads
    every one the chunk asked for with one statement. The full commitments
    a change log entry shows are read the same way (:meth:`prefetch`).
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.loaded: dict[tuple[Key, str], list[Commitment]] = {}
        self.read_evidence: dict[int, Evidence] = {}

    def __call__(self, report: StoredReport) -> Evidence:
        return Evidence(report.article, _PENDING, _PENDING, str(report.ref))

    def fill(self, found: Contradiction | None) -> Contradiction | None:
        """``found`` with its placeholders replaced; call :meth:`read` first."""
        if found is None:
            return None
        sides = tuple(
            replace(side, evidence=self.read_evidence[int(side.evidence.text)])
            if side.evidence.start == _PENDING
            else side
            for side in found.sides
        )
        return replace(found, sides=sides)

    def read(self, found: Iterable[Contradiction | None]) -> None:
        """Read the evidence of the placeholders in ``found``, at once."""
        refs = sorted(
            {
                int(side.evidence.text)
                for c in found
                if c is not None
                for side in c.sides
                if side.evidence.start == _PENDING
            }
        )
        self.read_evidence = {}
        c = commitments.c
        for start in range(0, len(refs), KEYS_PER_QUERY):
            query = select(
                c.id, c.article_id, c.evidence_start, c.evidence_end, c.evidence_text, c.speaker
            ).where(c.id.in_(refs[start : start + KEYS_PER_QUERY]))
            for ref, *fields in self.conn.execute(query):
                self.read_evidence[int(ref)] = Evidence(*fields)

    def prefetch(self, wanted: Iterable[tuple[Key, str]]) -> None:
        """Read the commitments of these (row, article) pairs, at once."""
        pairs = set(wanted) - set(self.loaded)
        ids = sorted({article for _key, article in pairs})
        if not ids:
            return
        for pair in pairs:
            self.loaded[pair] = []
        query = (
            select(commitments).where(commitments.c.article_id.in_(ids)).order_by(commitments.c.id)
        )
        for r in self.conn.execute(query):
            found = self.loaded.get(((r.actor, r.category), r.article_id))
            if found is not None:
                found.append(convert.commitment(r))

    def commitments(self, key: Key, article_id: str) -> list[Commitment]:
        """The full commitments of one article on one row, as extracted."""
        if (key, article_id) not in self.loaded:
            self.prefetch([(key, article_id)])
        return self.loaded[(key, article_id)]


def _row_values(key: Key, row: TrackerRow, c: Contradiction | None) -> dict[str, Any]:
    return {
        "actor": key[0],
        "category": key[1],
        "status": row.status.value,
        "row": convert.tracker_json(row),
        "contradiction": convert.contradiction_json(c) if c else None,
    }


def _write_rows(
    conn: Connection, reports: _Reports, keys: Sequence[Key], evidence: _Evidence
) -> changelog.Resolved:
    """Resolve the rows ``keys`` from ``reports`` and replace them (a key with
    no reports loses its row); returns the rows written."""
    resolved: dict[Key, tuple[TrackerRow, Contradiction | None]] = {}
    for key in keys:
        items = reports.groups.get(key)
        if items:
            resolved[key] = resolve(
                (key[0], Category(key[1])),
                items,
                reports.published,
                reports.story_of,
                reports.order,
                evidence,
            )
    evidence.read(across for _row, across in resolved.values())
    written = {key: (row, evidence.fill(across)) for key, (row, across) in resolved.items()}
    values = [_row_values(key, *found) for key, found in written.items()]
    pair = tuple_(tracker_rows.c.actor, tracker_rows.c.category)
    conn.execute(delete(tracker_rows).where(pair.in_(list(keys))))
    if values:
        conn.execute(insert(tracker_rows), values)
    return written


class _CollectorPause:
    """Python's cyclic garbage collector paused while tracker rows are resolved.

    Resolving a row allocates a few small records per report (about 2,300
    reports a row at 100,000 articles, ten rows a save) that live until the
    row is written; the collector would meanwhile walk them, and the rest of
    the process's objects, again and again. Measured on a store of 100,000
    articles: 40% of the time of a save (0.70 s of CPU with it, 0.40 s
    without). The records hold no reference cycles; whatever garbage the
    pause leaves is collected once the collector runs again. Nested and
    concurrent pauses (threads of a server) end when the last one ends; the
    collector is enabled again only if it was enabled when the first began.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.resume = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self.lock:
            if self.depth == 0:
                self.resume = gc.isenabled()
                gc.disable()
            self.depth += 1
        try:
            yield
        finally:
            with self.lock:
                self.depth -= 1
                if self.depth == 0 and self.resume:
                    gc.enable()


collector_paused = _CollectorPause()


def refresh_rows(conn: Connection, keys: Iterable[Key]) -> None:
    """Resolve the given tracker rows again from their commitments."""
    with collector_paused():
        _refresh_rows(conn, sorted(set(keys)))


def _refresh_rows(conn: Connection, ordered: list[Key]) -> None:
    evidence = _Evidence(conn)
    chunk: list[Key] = []
    reports = _Reports()
    for at, (actor, category) in enumerate(ordered):  # one row at a time: along the index
        reports.add(conn.execute(_row_reports(), {"actor": actor, "category": category}))
        chunk.append((actor, category))
        if len(chunk) < ROWS_PER_QUERY and reports.held < REPORTS_HELD and at + 1 < len(ordered):
            continue
        old = changelog.before(conn, chunk)  # the change log, in this transaction
        new = _write_rows(conn, reports, chunk, evidence)
        evidence.prefetch(changelog.shown(chunk, old, new))
        changelog.record(conn, chunk, old, new, reports.groups, evidence.commitments)
        chunk, reports = [], _Reports()


def after_save(conn: Connection, items: Sequence[tuple[Article, Extraction]], touch: Touch) -> None:
    """Bring the state up to date after ``items`` were (re)written, in order.

    Story keys and links are found article by article (each one sees those
    before it); stories and tracker rows are then resolved once for all.
    """
    if not is_current(conn):
        return  # rebuilt as a whole when the store next opens
    _release_stop_keys(conn, touch.stop_keys)
    seq = _next_seq(conn)
    found: list[StoryLink] = []
    keys = set(touch.keys)
    kb = load_kb()
    prints = [fingerprint(article.id, article.text) for article, _x in items]
    batch = _Batch(conn, prints)
    state: list[dict[str, Any]] = []
    marks: list[Flag] = []
    for offset, ((article, extraction), new) in enumerate(zip(items, prints, strict=True)):
        found += batch.links(new)
        state.append(
            {
                "article_id": article.id,
                "seq": seq + offset,
                "story": story_id(article.id),
                "published": article.published,
            }
        )
        marks += article_flags(article, extraction, kb)
        keys |= {(c.actor, c.category.value) for c in extraction.commitments}
    conn.execute(insert(article_state), state)
    batch.write()
    if found:
        conn.execute(insert(story_links), _link_rows(found))
    if marks:
        conn.execute(insert(flags), [convert.flag_row(f) for f in marks])
    saved = {article.id for article, _x in items}
    if touch.articles:  # a replaced article's links are gone: its story may split
        seeds = touch.articles | {x for link in found for x in (link.article, link.other)}
        changed = _restory(conn, seeds | saved)
    else:
        changed = _merge_stories(conn, found)
    refresh_rows(conn, keys | _keys_of(conn, changed - saved))


def after_delete(conn: Connection, touch: Touch) -> None:
    if not is_current(conn):
        return
    _release_stop_keys(conn, touch.stop_keys)
    changed = _restory(conn, touch.articles)
    refresh_rows(conn, touch.keys | _keys_of(conn, changed))


# -- reading ---------------------------------------------------------------


def tracker(conn: Connection) -> list[TrackerRow]:
    query = select(tracker_rows).order_by(tracker_rows.c.actor, tracker_rows.c.category)
    return [convert.tracker_row(r.actor, r.category, r.status, r.row) for r in conn.execute(query)]


def contradictions(conn: Connection) -> list[Contradiction]:
    query = (
        select(tracker_rows.c.actor, tracker_rows.c.category, tracker_rows.c.contradiction)
        .where(tracker_rows.c.contradiction.is_not(None))
        .order_by(tracker_rows.c.actor, tracker_rows.c.category)
    )
    return [convert.contradiction(a, c, data) for a, c, data in conn.execute(query) if data]


def links(conn: Connection) -> list[StoryLink]:
    query = select(story_links).order_by(story_links.c.article_id, story_links.c.other_id)
    return [StoryLink(r.article_id, r.other_id, r.reason) for r in conn.execute(query)]


def all_flags(conn: Connection, article_id: str | None = None) -> list[Flag]:
    query = select(flags).order_by(flags.c.article_id, flags.c.start, flags.c.id)
    if article_id:
        query = query.where(flags.c.article_id == article_id)
    return [convert.flag(r) for r in conn.execute(query)]


def order(conn: Connection) -> dict[str, int]:
    """Article id -> place in ingest order."""
    query = select(article_state.c.article_id, article_state.c.seq)
    return {a: int(s) for a, s in conn.execute(query)}


# -- whole rebuild ---------------------------------------------------------


def _extractions(conn: Connection, ids: list[str]) -> dict[str, Extraction]:
    """What was extracted from the articles ``ids`` (each in the order stored)."""
    found: dict[str, list[Mention]] = {a: [] for a in ids}
    items: dict[str, list[Commitment]] = {a: [] for a in ids}
    query = select(mentions).where(mentions.c.article_id.in_(ids)).order_by(mentions.c.id)
    for r in conn.execute(query):
        found[r.article_id].append(convert.mention(r))
    query = select(commitments).where(commitments.c.article_id.in_(ids))
    for r in conn.execute(query.order_by(commitments.c.id)):
        items[r.article_id].append(convert.commitment(r))
    return {
        a: Extraction(a, tuple(found[a]), tuple(items[a]), tuple(within_article(items[a])))
        for a in ids
    }


REBUILD_BATCH = 1000
"""Articles read per batch when the state is rebuilt as a whole."""


def _index_batch(conn: Connection, ids: list[str], first_seq: int, with_flags: bool) -> None:
    rows = conn.execute(select(articles).where(articles.c.id.in_(ids))).all()
    by_id = {r.id: convert.article(r) for r in rows}
    state: list[dict[str, Any]] = []
    keys: list[dict[str, Any]] = []
    prints: list[dict[str, Any]] = []
    marks: list[Flag] = []
    extracted = _extractions(conn, ids) if with_flags else {}
    for seq, article_id in enumerate(ids, start=first_seq):
        article = by_id[article_id]
        state.append(
            {
                "article_id": article_id,
                "seq": seq,
                "story": story_id(article_id),
                "published": article.published,
            }
        )
        found = fingerprint(article_id, article.text)
        keys += _key_rows(found)
        prints.append(_print_row(found))
        if with_flags:
            marks += article_flags(article, extracted[article_id], load_kb())
    conn.execute(insert(article_state), state)
    if keys:
        conn.execute(insert(story_keys), keys)
    if prints:
        conn.execute(insert(story_prints), prints)
    if marks:
        conn.execute(insert(flags), [convert.flag_row(f) for f in marks])


def _candidate_pairs(conn: Connection) -> list[tuple[str, str]]:
    """Pairs of articles sharing keys, as the incremental path would compare them."""
    common = (
        select(story_keys.c.key)
        .group_by(story_keys.c.key)
        .having(func.count().between(2, KEY_MAX_POSTINGS))
    )
    query = (
        select(story_keys.c.key, story_keys.c.article_id, story_keys.c.kind)
        .where(story_keys.c.key.in_(common))
        .order_by(story_keys.c.key)
    )
    shared: dict[tuple[str, str], list[int]] = {}
    holders: list[str] = []
    last = None
    for key, article_id, kind in conn.execute(query):
        if key != last:
            holders, last = [], key
        column = 0 if kind == "text" else 1
        for other in holders:
            pair = (min(other, article_id), max(other, article_id))
            counts = shared.get(pair)
            if counts is None:
                counts = shared[pair] = [0, 0]
            counts[column] += 1
        holders.append(article_id)
    by_article: dict[str, dict[str, Shared]] = {}
    for (a, b), (text, quote) in shared.items():
        by_article.setdefault(b, {})[a] = (text, quote)
    return [(a, b) for b, found in by_article.items() for a in candidates(found)]


def _rebuild_links(conn: Connection) -> list[StoryLink]:
    pairs = _candidate_pairs(conn)
    prints: dict[str, Fingerprint] = {}
    needed = sorted({x for pair in pairs for x in pair})
    for i in range(0, len(needed), REBUILD_BATCH):  # as _index_batch just stored them
        query = select(story_prints).where(
            story_prints.c.article_id.in_(needed[i : i + REBUILD_BATCH])
        )
        prints.update(
            {a: from_stored(a, values, quotes) for a, values, quotes in conn.execute(query)}
        )
    found = []
    for a, b in pairs:
        reason = same_story(prints[a], prints[b])
        if reason is not None:
            found.append(StoryLink(a, b, reason))
    if found:
        conn.execute(insert(story_links), _link_rows(found))
    return found


def _rebuild_rows(conn: Connection) -> None:
    reports = _Reports()
    reports.add(conn.execute(_reports_query()))
    keys = sorted(reports.groups)
    evidence = _Evidence(conn)
    for start in range(0, len(keys), ROWS_PER_QUERY):
        _write_rows(conn, reports, keys[start : start + ROWS_PER_QUERY], evidence)


def rebuild(conn: Connection, *, with_flags: bool = True) -> None:
    """The whole state from the stored articles, in one transaction.

    ``with_flags=False`` keeps the stored flags (a bulk load that wrote them).
    """
    for table in (tracker_rows, story_links, story_stop_keys, story_keys, story_prints):
        conn.execute(delete(table))
    conn.execute(delete(article_state))
    if with_flags:
        conn.execute(delete(flags))
    ordered = select(articles.c.id).order_by(articles.c.ingested_at, articles.c.id)
    ids = [a for (a,) in conn.execute(ordered)]
    for i in range(0, len(ids), REBUILD_BATCH):
        _index_batch(conn, ids[i : i + REBUILD_BATCH], i + 1, with_flags)
    stop = select(story_keys.c.key).group_by(story_keys.c.key)
    stop = stop.having(func.count() > KEY_MAX_POSTINGS)
    conn.execute(insert(story_stop_keys).from_select(["key"], stop))
    story_of = components(_rebuild_links(conn))
    for article_id, story in story_of.items():
        conn.execute(
            update(article_state)
            .where(article_state.c.article_id == article_id)
            .values(story=story)
        )
    with collector_paused():
        _rebuild_rows(conn)
    _set_version(conn)
