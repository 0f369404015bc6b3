"""Following sources: fetch pages and feeds, ingest what is new, say what changed.

::

    ingest_urls(urls, store)                 fetch and ingest once (``ingest URL...``)
    watch_round(sources, store, fetcher)     one round: fetch, ingest, the changes made
    watch(urls, store, sources=FILE, ...)    rounds every ``interval`` seconds
    changes(store, since=...)                the change log (``changes``, the dashboard)
    source_status(FILE, store)               each source and its last fetch (``sources``)
    describe(change)                         one change as one line

A round asks each feed and page with the validators of its last answer, so
an unchanged feed costs one request and a 304. A feed that changed is read
for entries not fetched before (or re-dated); their pages are fetched (or,
with ``pages: false``, the entries' own text is read), oldest first, and all
are stored in one ingest. The changes the ingest made to the tracker are
logged by the store (:mod:`pledgewatch.store.changelog`); the round reports
those with an id above the one the log had when the round began (changes
stored by another writer meanwhile are reported too: they are news all the
same). A failure is one line naming the URL and the reason; the rest goes
on. A feed with an entry that failed for now (a timeout, a 5xx) keeps its
old validators, so that the next round reads it again and retries the entry.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy.exc import SQLAlchemyError

from pledgewatch import serialize
from pledgewatch.errors import FetchError, InputError, UsageError
from pledgewatch.fetch.client import Fetcher, FetchSettings
from pledgewatch.fetch.read import (
    Entry,
    Feed,
    decode,
    entry_article,
    is_feed,
    read_feed,
    read_page,
)
from pledgewatch.fetch.sources import Source, SourceList, default_sources_path, load_sources
from pledgewatch.ingest.limits import Limits
from pledgewatch.ingest.normalize import single_line
from pledgewatch.kb import KnowledgeBase, load_kb
from pledgewatch.pipeline import StoreLike, ingest_articles, opened
from pledgewatch.queries import Context, Listing
from pledgewatch.records import (
    Article,
    ChangeKind,
    FetchState,
    IngestReport,
    Rejection,
    TrackerChange,
)
from pledgewatch.store import Store
from pledgewatch.store import monitoring as log

DEFAULT_INTERVAL_SECONDS = 900.0
"""A round every 15 minutes: news feeds update every few minutes to an hour,
and a few dozen conditional requests a quarter of an hour is light on every
site."""

EVIDENCE_CHARS = 240
"""Evidence shown in a change's line: a long sentence, cut with an ellipsis."""

OK, UNCHANGED, RETRY, FAILED = "ok", "unchanged", "retry", "failed"
DONE = frozenset({OK, UNCHANGED, FAILED})
"""Outcomes after which a feed entry's page is not fetched again (unless the
entry's date changes): read, or refused for good (404, robots.txt, too large)."""


@dataclass(frozen=True, slots=True)
class RoundReport:
    """What one round fetched, stored and changed."""

    started: datetime
    ingest: IngestReport
    """Articles added, updated, unchanged; every failure (fetch or read) among ``rejected``."""
    fetched: tuple[str, ...] = ()
    """URLs that answered with a new body."""
    unchanged: tuple[str, ...] = ()
    """URLs unchanged since the last round (304, or the same body)."""
    changes: tuple[TrackerChange, ...] = ()
    notify_error: str | None = None
    """Why the webhook did not take the changes (None: it did, or none were sent)."""

    def summary(self) -> str:
        r = self.ingest
        return (
            f"round of {self.started:%Y-%m-%d %H:%M:%S} UTC: {len(self.fetched)} fetched, "
            f"{len(self.unchanged)} unchanged, {len(r.added)} articles added, "
            f"{len(r.updated)} updated, {len(r.rejected)} failed; "
            f"{len(self.changes)} tracker changes"
        )


@dataclass(frozen=True, slots=True)
class SourceStatus:
    """A source of the sources file and what its last fetch found (None: never fetched)."""

    source: Source
    state: FetchState | None


def sources_from(urls: Sequence[str], sources: SourceList | None = None) -> list[Source]:
    """The sources of a round: the file's, then each URL given (once each)."""
    found = list(sources.sources) if sources else []
    known = {s.url for s in found}
    for url in urls:
        if url not in known:
            known.add(url)
            found.append(Source(url=url, name=urlsplit(url).hostname or url))
    return found


def combined(first: IngestReport, second: IngestReport) -> IngestReport:
    """Two ingests' reports as one (fetched URLs, then files)."""
    return IngestReport(
        first.added + second.added,
        first.updated + second.updated,
        first.unchanged + second.unchanged,
        first.rejected + second.rejected,
    )


def is_url(value: str) -> bool:
    """Whether a command-line argument is an http(s) URL rather than a path."""
    return value.lower().startswith(("http://", "https://"))


# -- one round ----------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


def _hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


@dataclass
class _Round:
    """The work of one round: what was read, and the state to store after it."""

    db: Store
    fetcher: Fetcher
    limits: Limits
    states: dict[str, FetchState]
    items: list[Article | Rejection] = field(default_factory=list)
    updates: dict[str, FetchState] = field(default_factory=dict)
    credit: dict[str, list[str]] = field(default_factory=dict)
    """Article id -> the URLs (feed, page) credited with it."""
    fetched: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def state(self, url: str) -> FetchState:
        return self.updates.get(url) or self.states.get(url) or FetchState(url)

    def add(self, article: Article, *urls: str) -> None:
        self.items.append(article)
        self.credit.setdefault(article.id, []).extend(urls)

    def fail(self, url: str, error: InputError, stamp: str | None = None) -> None:
        self.items.append(Rejection(url, error.reason))
        retry = isinstance(error, FetchError) and error.retry
        status = error.status if isinstance(error, FetchError) else None
        self.updates[url] = dataclasses.replace(
            self.state(url),
            checked_at=_now(),
            outcome=RETRY if retry else FAILED,
            status=status,
            error=error.reason,
            stamp=stamp,
        )

    def visit(self, source: Source) -> None:
        url, state = source.url, self.state(source.url)
        try:
            fetched = self.fetcher.get(url, etag=state.etag, last_modified=state.last_modified)
        except FetchError as error:
            self.fail(url, error)
            return
        body_hash = _hash(fetched.body)
        same_body = state.outcome in (OK, UNCHANGED) and body_hash == state.body_hash
        if fetched.not_modified or same_body:
            self.unchanged.append(url)
            self.updates[url] = dataclasses.replace(
                state, checked_at=_now(), outcome=UNCHANGED, status=fetched.status, error=None
            )
            return
        self.fetched.append(url)
        try:
            text = decode(fetched)
            if is_feed(text):
                complete = self.feed(source, read_feed(text, url))
            else:
                self.add(read_page(text, url, self.limits, outlet=source.outlet), url)
                complete = True
        except InputError as error:
            self.fail(url, error)
            return
        validators: dict[str, Any] = {}
        if complete:  # else the next round reads the feed again and retries
            validators = {
                "etag": fetched.etag,
                "last_modified": fetched.last_modified,
                "body_hash": body_hash,
            }
        now = _now()
        self.updates[url] = dataclasses.replace(
            state, checked_at=now, fetched_at=now, outcome=OK, status=200, error=None, **validators
        )

    def feed(self, source: Source, feed: Feed) -> bool:
        """Read a feed's new entries, oldest first; False if one is to be retried."""
        complete = True
        links = [e.link for e in feed.entries if e.link] if source.pages else []
        self.states.update(log.fetch_states(self.db, links))
        for entry in reversed(feed.entries):
            if source.pages and entry.link:
                complete = self.entry_page(source, feed, entry) and complete
                continue
            try:
                article = entry_article(entry, feed, source.url, source.outlet, self.limits)
            except InputError as error:
                self.items.append(Rejection(error.source, error.reason))
                continue
            self.add(article, source.url)
        return complete

    def entry_page(self, source: Source, feed: Feed, entry: Entry) -> bool:
        """Fetch an entry's page unless it was read before; False if to be retried."""
        link = entry.link or ""
        state = self.state(link)
        if state.outcome in DONE and state.stamp == entry.stamp:
            return True
        try:
            fetched = self.fetcher.get(link, etag=state.etag, last_modified=state.last_modified)
            if fetched.not_modified:
                self.updates[link] = dataclasses.replace(
                    state, checked_at=_now(), outcome=UNCHANGED, status=304, stamp=entry.stamp
                )
                return True
            article = read_page(
                decode(fetched),
                link,
                self.limits,
                article_id=entry.id,
                outlet=source.outlet,
                published=entry.published,
                fallback_outlet=feed.title,
            )
        except InputError as error:
            self.fail(link, error, entry.stamp)
            return not (isinstance(error, FetchError) and error.retry)
        self.add(article, source.url, link)
        self.fetched.append(link)
        now = _now()
        self.updates[link] = dataclasses.replace(
            state,
            checked_at=now,
            fetched_at=now,
            outcome=OK,
            status=200,
            error=None,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            body_hash=_hash(fetched.body),
            stamp=entry.stamp,
        )
        return True

    def finish(self, report: IngestReport) -> None:
        """Credit each URL with the articles it gave, then store every state."""
        gained: dict[str, int] = {}
        for article_id in (*report.added, *report.updated):
            for url in self.credit.get(article_id, ()):
                gained[url] = gained.get(url, 0) + 1
        for url, n in gained.items():
            state = self.state(url)
            self.updates[url] = dataclasses.replace(state, articles=state.articles + n)
        log.save_fetch_states(self.db, list(self.updates.values()))


def watch_round(
    sources: Sequence[Source],
    store: StoreLike = None,
    *,
    fetcher: Fetcher | None = None,
    limits: Limits | None = None,
    notify: str | None = None,
) -> RoundReport:
    """One round: fetch ``sources``, ingest what is new, report the tracker's changes.

    With ``notify``, the changes (if any) are POSTed to that URL as JSON
    (:func:`notification`); a webhook that fails is reported, not raised.
    """
    started = _now()
    with opened(store) as db, _fetching(fetcher) as client:
        mark = log.last_change_id(db)
        work = _Round(
            db, client, limits or Limits(), log.fetch_states(db, [s.url for s in sources])
        )
        for source in sources:
            work.visit(source)
        report = ingest_articles(work.items, db)
        work.finish(report)
        found = tuple(log.changes(db, after=mark))
        result = RoundReport(
            started, report, tuple(work.fetched), tuple(work.unchanged), found, None
        )
        if notify and found:
            try:
                client.post_json(notify, notification(result))
            except FetchError as error:
                result = dataclasses.replace(result, notify_error=str(error))
    return result


class _fetching:
    """A given fetcher, or one of its own (closed afterwards)."""

    def __init__(self, fetcher: Fetcher | None) -> None:
        self.given = fetcher
        self.own: Fetcher | None = None

    def __enter__(self) -> Fetcher:
        if self.given is not None:
            return self.given
        self.own = Fetcher()
        return self.own

    def __exit__(self, *_exc: object) -> None:
        if self.own is not None:
            self.own.close()


def ingest_urls(
    urls: Sequence[str],
    store: StoreLike = None,
    *,
    limits: Limits | None = None,
    settings: FetchSettings | None = None,
    transport: httpx.BaseTransport | None = None,
) -> IngestReport:
    """Fetch pages and feeds (a feed's entries as pages) and ingest them, once."""
    for url in urls:
        if not is_url(url):
            raise UsageError(f"not an http(s) URL: {url}")
    with Fetcher(settings, transport=transport) as fetcher:
        return watch_round(sources_from(urls), store, fetcher=fetcher, limits=limits).ingest


# -- rounds -------------------------------------------------------------------


@dataclass
class _SourcesFile:
    """The sources file, read again when it changes (a watch runs for days)."""

    path: Path | None
    loaded: SourceList | None = None
    mtime: float | None = None

    def current(self) -> tuple[SourceList | None, Rejection | None]:
        if self.path is None:
            return None, None
        try:
            mtime = self.path.stat().st_mtime
        except OSError:
            mtime = None
        if self.loaded is not None and mtime == self.mtime:
            return self.loaded, None
        try:
            self.loaded, self.mtime = load_sources(self.path), mtime
        except UsageError as error:
            if self.loaded is None:
                raise
            self.mtime = mtime  # said once; read again when the file changes again
            problem = f"{error}; still following the sources read before"
            return self.loaded, Rejection(str(self.path), problem)
        return self.loaded, None


def watch(
    urls: Sequence[str] = (),
    store: StoreLike = None,
    *,
    sources: str | Path | None = None,
    interval: float = DEFAULT_INTERVAL_SECONDS,
    rounds: int | None = None,
    notify: str | None = None,
    on_round: Callable[[RoundReport], None] | None = None,
    settings: FetchSettings | None = None,
    transport: httpx.BaseTransport | None = None,
    limits: Limits | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> RoundReport:
    """Follow ``urls`` and the sources file: a round every ``interval`` seconds.

    ``rounds`` rounds (None: until interrupted); ``on_round`` is called with
    each round's report. Returns the last report. The sources file is read
    again when it changes; if it then has a mistake, the round says so and
    the sources read before are kept. A round the database fails (a server
    restarting) is reported as failed and the next one tries again; what it
    fetched is fetched again then, as its state was not stored either.
    """
    for url in urls:
        if not is_url(url):
            raise UsageError(f"not an http(s) URL: {url}")
    file = _SourcesFile(Path(sources) if sources is not None else default_sources_path())
    listed, _problem = file.current()  # a mistake in the file stops here, before any round
    if not urls and listed is None:
        raise UsageError("nothing to watch: give URLs or a sources file (--sources FILE)")
    settings = settings or FetchSettings()
    if listed is not None and listed.contact and not settings.contact:
        settings = dataclasses.replace(settings, contact=listed.contact)
    last: RoundReport | None = None
    with opened(store) as db, Fetcher(settings, transport=transport) as fetcher:
        for number in _counter(rounds):
            if number > 0:
                sleep(max(0.0, interval - _elapsed(last)))
            listed, problem = file.current()
            started = _now()
            try:
                last = watch_round(
                    sources_from(urls, listed), db, fetcher=fetcher, limits=limits, notify=notify
                )
            except SQLAlchemyError as error:  # the server restarting, a full disk: next round
                reason = str(getattr(error, "orig", None) or error).splitlines()[0]
                failed = Rejection(db.url, f"the round was not stored: {reason}")
                last = RoundReport(started, IngestReport(rejected=(failed,)))
            if problem is not None:
                rejected = (problem, *last.ingest.rejected)
                last = dataclasses.replace(
                    last, ingest=dataclasses.replace(last.ingest, rejected=rejected)
                )
            if on_round is not None:
                on_round(last)
    assert last is not None
    return last


def _counter(rounds: int | None) -> Iterator[int]:
    number = 0
    while rounds is None or number < rounds:
        yield number
        number += 1


def _elapsed(report: RoundReport | None) -> float:
    """Seconds since ``report``'s round began: the next starts ``interval`` after it."""
    if report is None:
        return 0.0
    return (_now() - report.started).total_seconds()


# -- reading the log ----------------------------------------------------------


def _utc(since: date | datetime | None) -> datetime | None:
    """A day from its start (UTC); a time without a zone taken as UTC."""
    if isinstance(since, date) and not isinstance(since, datetime):
        return datetime(since.year, since.month, since.day, tzinfo=UTC)
    if isinstance(since, datetime) and since.tzinfo is None:
        return since.replace(tzinfo=UTC)
    return since


def changes(
    store: StoreLike = None,
    *,
    since: date | datetime | None = None,
    after: int | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> list[TrackerChange]:
    """Tracker changes as logged, oldest first (or newest first).

    ``since``: recorded at or after that time (a date: from its start, UTC);
    ``after``: with an id above it (what a round reports).
    """
    with opened(store) as db:
        return log.changes(
            db, after=after, since=_utc(since), limit=limit, newest_first=newest_first
        )


def change_listing(
    store: StoreLike = None,
    *,
    since: date | datetime | None = None,
    offset: int = 0,
    limit: int = 100,
    kb: KnowledgeBase | None = None,
) -> Listing[TrackerChange]:
    """A page of the change log, newest first, with names for its actors and
    articles (the HTTP API and the dashboard's "what changed" page)."""
    with opened(store) as db:
        items, total, heads = log.change_page(db, _utc(since), offset, limit)
    context = Context((kb or load_kb()).actors, heads)
    return Listing(tuple(items), total, offset, limit, context)


def source_status(sources: str | Path | None = None, store: StoreLike = None) -> list[SourceStatus]:
    """Each source of the sources file with its last fetch (None: never fetched)."""
    path = Path(sources) if sources is not None else default_sources_path()
    if path is None:
        raise UsageError("no sources file: give --sources FILE or set PLEDGEWATCH_SOURCES")
    listed = load_sources(path)
    with opened(store) as db:
        states = log.fetch_states(db, [s.url for s in listed.sources])
    return [SourceStatus(s, states.get(s.url)) for s in listed.sources]


def source_json(item: SourceStatus) -> dict[str, Any]:
    """A source and its last fetch, as ``pledgewatch sources --format json`` prints it."""
    s, state = item.source, item.state

    def when(value: datetime | None) -> str | None:
        return value.isoformat(timespec="seconds") if value else None

    return {
        "name": s.name,
        "url": s.url,
        "outlet": s.outlet,
        "pages": s.pages,
        "checked_at": when(state.checked_at) if state else None,
        "fetched_at": when(state.fetched_at) if state else None,
        "outcome": state.outcome if state else None,
        "status": state.status if state else None,
        "error": state.error if state else None,
        "articles": state.articles if state else 0,
    }


# -- telling ------------------------------------------------------------------


def _quote(text: str) -> str:
    text = single_line(text)
    if len(text) > EVIDENCE_CHARS:
        text = text[: EVIDENCE_CHARS - 1].rstrip() + "…"
    return f'"{text}"'


def describe(c: TrackerChange) -> str:
    """One change on one line, for a terminal, a log or a chat message."""
    row = f"{c.actor} {c.category.value}"
    status = c.status.value if c.status else ""
    source = f" ({c.article})" if c.article else ""
    evidence = f" {_quote(c.evidence.text)}" if c.evidence else ""
    if c.kind is ChangeKind.NEW:
        return f"new: {row} {status}:{evidence}{source}"
    if c.kind is ChangeKind.STATUS:
        old = c.old_status.value if c.old_status else "?"
        return f"status: {row} {old} -> {status}:{evidence}{source}"
    if c.kind is ChangeKind.CONTRADICTION and c.contradiction is not None:
        sides = "; ".join(f"{side.status.value} ({side.article})" for side in c.contradiction.sides)
        return f"contradiction: {row}: {sides}"
    old = c.old_status.value if c.old_status else "?"
    return f"removed: {row} (was {old})"


def notification(report: RoundReport) -> dict[str, Any]:
    """The webhook's JSON: the changes, and ``text`` with one line per change
    (what Slack- and Mattermost-style incoming webhooks show)."""
    lines = [describe(c) for c in report.changes]
    plural = "" if len(lines) == 1 else "s"
    return {
        "text": "\n".join([f"pledgewatch: {len(lines)} tracker change{plural}", *lines]),
        "changes": [serialize.change(c) for c in report.changes],
        "round": {
            "started": report.started.isoformat(timespec="seconds"),
            "added": list(report.ingest.added),
            "updated": list(report.ingest.updated),
            "failed": [{"source": r.source, "reason": r.reason} for r in report.ingest.rejected],
        },
    }
