"""The Python API: every operation of the CLI as a function.

Functions take a :class:`Store` or a database URL (``None``: the default,
``PLEDGEWATCH_DB`` or ``sqlite:///pledgewatch.db``). The CLI and the HTTP
API are thin layers over these.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pledgewatch import queries, serialize
from pledgewatch.errors import UsageError
from pledgewatch.eval import EvalReport, as_gold, gold_json, load_gold, score
from pledgewatch.exports import write_export
from pledgewatch.extract import EXTRACTOR_VERSION, extract
from pledgewatch.ingest import discover, iter_inputs
from pledgewatch.ingest.limits import Limits
from pledgewatch.ingest.records_json import read_json
from pledgewatch.ingest.sightings import Sightings
from pledgewatch.kb import KnowledgeBase, load_kb
from pledgewatch.reconcile import within_each_article
from pledgewatch.reconcile.quality import attach
from pledgewatch.reconcile.stories import assemble
from pledgewatch.records import (
    Article,
    Commitment,
    Contradiction,
    Extraction,
    Flag,
    IngestReport,
    Rejection,
    Story,
    TrackerRow,
    content_hash,
)
from pledgewatch.runners import Failed, InProcess, Runner, running
from pledgewatch.store import Freshness, Store, StoredArticle

StoreLike = Store | str | None
Progress = Callable[[Path], None]


@contextmanager
def opened(store: StoreLike) -> Iterator[Store]:
    """Use a given store, or open (and afterwards close) one by URL."""
    if isinstance(store, Store):
        yield store
        return
    owned = Store(store)
    try:
        yield owned
    finally:
        owned.close()


def extract_text(
    text: str, *, id: str = "text", title: str = "", published: date | None = None
) -> Extraction:
    """Extract actors and commitments from a text, without storing anything."""
    return extract(Article(id=id, text=text, title=title, published=published))


@dataclass
class _Tally:
    added: list[str]
    updated: list[str]
    unchanged: list[str]
    rejected: list[Rejection]
    seen: Sightings
    """Article id -> (content hash, source) of what this run has read, on disk."""

    def report(self) -> IngestReport:
        return IngestReport(
            tuple(self.added), tuple(self.updated), tuple(self.unchanged), tuple(self.rejected)
        )


@contextmanager
def _tally() -> Iterator[_Tally]:
    """A run's tally, its sightings closed (and their file deleted) at the end."""
    seen = Sightings()
    try:
        yield _Tally([], [], [], [], seen)
    finally:
        seen.close()


CHUNK_ARTICLES = 16
"""Articles per extraction task: small enough to keep every worker busy."""

STORE_ARTICLES = 256
"""Articles stored together: one transaction and one reconciliation per
batch (tracker rows touched by many articles are resolved once, not once
per article). An interruption loses at most the batch being written
(nothing of it is stored), and the same ingest again completes it."""


def _first_sighting(article: Article, tally: _Tally) -> bool:
    """Whether this run sees ``article``'s id for the first time; a second
    copy with other content is rejected, the same content skipped."""
    seen = tally.seen.sight(article.id, article.content_hash, article.source or "")
    if seen is None:
        return True
    if seen[0] != article.content_hash:
        reason = f"duplicate article id {article.id!r} (also in {seen[1]})"
        tally.rejected.append(Rejection(article.source or article.id, reason))
    return False


def _batches(items: Iterable[Article | Rejection], tally: _Tally) -> Iterator[list[Article]]:
    """Articles in chunks of CHUNK_ARTICLES, each id once; rejections tallied."""
    batch: list[Article] = []
    for item in items:
        if isinstance(item, Rejection):
            tally.rejected.append(item)
        elif _first_sighting(item, tally):
            batch.append(item)
            if len(batch) >= CHUNK_ARTICLES:
                yield batch
                batch = []
    if batch:
        yield batch


def _store_all(batches: Iterable[list[Article]], db: Store, tally: _Tally, runner: Runner) -> None:
    """Extract what is new or changed (on ``runner``) and store it in input order."""
    fresh: dict[str, Freshness] = {}

    def to_extract() -> Iterator[list[Article]]:
        for batch in batches:
            state = db.freshness_of(batch, EXTRACTOR_VERSION)
            tally.unchanged += [a.id for a in batch if state[a.id] is Freshness.SAME]
            todo = [a for a in batch if state[a.id] is not Freshness.SAME]
            fresh.update((a.id, state[a.id]) for a in todo)
            if todo:
                yield todo

    pending: list[tuple[Article, Extraction]] = []

    def store() -> None:
        db.save_batch(pending, EXTRACTOR_VERSION)
        for article, _extraction in pending:
            new = fresh.pop(article.id) is Freshness.NEW
            (tally.added if new else tally.updated).append(article.id)
        pending.clear()

    # Extraction goes on for the next store batch while this one is written.
    for batch, extractions in runner.map(to_extract(), ahead=2 * STORE_ARTICLES // CHUNK_ARTICLES):
        for article, found in zip(batch, extractions, strict=True):
            if isinstance(found, Failed):
                fresh.pop(article.id)
                tally.rejected.append(Rejection(article.source or article.id, found.reason))
            else:
                pending.append((article, found))
        if len(pending) >= STORE_ARTICLES:
            store()
    if pending:
        store()


def _read(
    files: Sequence[Path], progress: Progress | None, limits: Limits
) -> Iterator[Article | Rejection]:
    for path in files:
        yield from iter_inputs([path], limits)
        if progress is not None:
            progress(path)


def ingest(
    paths: Sequence[str | Path],
    store: StoreLike = None,
    *,
    progress: Progress | None = None,
    workers: int | None = None,
    dask: str | None = None,
    limits: Limits | None = None,
) -> IngestReport:
    """Read, extract and store articles; idempotent; bad inputs are reported.

    Extraction runs in this process, or on a local Dask cluster of
    ``workers`` processes, or on the Dask scheduler at address ``dask``;
    the stored result is the same. Articles are stored in batches of
    STORE_ARTICLES, each in one transaction with everything extracted from
    them, so an interruption loses at most the batch being written.
    ``limits`` (default :class:`Limits`) bounds each file and article; an
    input outside them is rejected and reported.
    """
    files = discover(paths)
    with _tally() as tally, opened(store) as db, running(workers, dask) as runner:
        items = _read(files, progress, limits or Limits())
        _store_all(_batches(items, tally), db, tally, runner)
        return tally.report()


def input_files(paths: Sequence[str | Path]) -> list[Path]:
    """The files an ingest of ``paths`` reads (folders expanded), in order."""
    return discover(paths)


def articles(store: StoreLike = None) -> list[StoredArticle]:
    with opened(store) as db:
        return db.articles()


def commitments(store: StoreLike = None, actor: str | None = None) -> list[Commitment]:
    with opened(store) as db:
        return db.commitments(actor)


def _published(db: Store) -> dict[str, date | None]:
    return {s.article.id: s.article.published for s in db.articles()}


def stories(store: StoreLike = None) -> list[Story]:
    """Groups of articles that report one story, each with its reasons.

    Read from the state the store keeps up to date on every save.
    """
    with opened(store) as db:
        return assemble(db.story_links())


def _tracker_rows(db: Store, items: list[Commitment] | None = None) -> list[TrackerRow]:
    del items  # the rows are kept resolved by the store
    return attach(db.tracker_rows(), db.flags(), load_kb())


def tracker(store: StoreLike = None) -> list[TrackerRow]:
    """The tracker: one row per actor and category, with its data-quality flags."""
    with opened(store) as db:
        return _tracker_rows(db)


def contradictions(store: StoreLike = None) -> list[Contradiction]:
    """Contradictions within each article, then across sources."""
    with opened(store) as db:
        return within_each_article(db.commitments()) + db.source_contradictions()


def flags(store: StoreLike = None, article: str | None = None) -> list[Flag]:
    """Data-quality flags: fuzzy-matched names, offices not held, self-contradictions."""
    with opened(store) as db:
        return db.flags(article)


def evaluate(
    docs: str | Path, gold: str | Path, predictions: str | Path | None = None
) -> EvalReport:
    """Extract every article in ``docs`` and score it against ``gold``."""
    gold_docs = load_gold(Path(gold))
    docs_path = Path(docs)
    if not docs_path.exists():
        raise UsageError(f"no such file or folder: {docs_path}")
    extractions: dict[str, Extraction] = {}
    for item in iter_inputs([docs_path]):
        if isinstance(item, Article) and item.id in gold_docs:
            extractions[item.id] = extract(item)
    if predictions is not None:
        out = Path(predictions)
        out.mkdir(parents=True, exist_ok=True)
        for doc_id, extraction in extractions.items():
            text = json.dumps(gold_json(extraction), indent=1, ensure_ascii=False)
            (out / f"{doc_id}.json").write_text(text + "\n", encoding="utf-8")
    return score({k: as_gold(v) for k, v in extractions.items()}, gold_docs)


def export(store: StoreLike, fmt: str, out: str | Path) -> Path:
    """Write the tracker and the commitments to a CSV, JSON or Parquet file.

    JSON holds both in one object; CSV and Parquet hold the tracker in
    ``out`` and the commitments beside it in ``<stem>.commitments<suffix>``.
    """
    with opened(store) as db:
        items = db.commitments()
        rows = _tracker_rows(db, items)
    return write_export(
        fmt,
        Path(out),
        [serialize.tracker_row(r) for r in rows],
        [serialize.commitment(c) for c in items],
    )


# -- the read side of the HTTP API and the dashboard -------------------------


def _kb(kb: KnowledgeBase | None) -> KnowledgeBase:
    return kb if kb is not None else load_kb()


def tracker_view(
    store: StoreLike = None,
    filters: queries.Filters | None = None,
    kb: KnowledgeBase | None = None,
) -> queries.TrackerView:
    """The tracker built from the reports that pass ``filters``, with names."""
    with opened(store) as db:
        return queries.tracker_view(db, _kb(kb), filters or queries.Filters())


def commitment_listing(
    store: StoreLike = None,
    filters: queries.Filters | None = None,
    offset: int = 0,
    limit: int = 100,
    kb: KnowledgeBase | None = None,
) -> queries.Listing[Commitment]:
    """A page of the commitments that pass ``filters``."""
    with opened(store) as db:
        return queries.commitment_listing(db, _kb(kb), filters or queries.Filters(), offset, limit)


def article_listing(
    store: StoreLike = None,
    filters: queries.Filters | None = None,
    offset: int = 0,
    limit: int = 100,
    kb: KnowledgeBase | None = None,
) -> queries.Listing[StoredArticle]:
    """A page of the stored articles by outlet, date and actor mentioned."""
    with opened(store) as db:
        return queries.article_listing(db, _kb(kb), filters or queries.Filters(), offset, limit)


def contradiction_listing(
    store: StoreLike = None,
    filters: queries.Filters | None = None,
    kb: KnowledgeBase | None = None,
) -> queries.Listing[Contradiction]:
    """Contradictions among the reports that pass ``filters``."""
    with opened(store) as db:
        return queries.contradiction_listing(db, _kb(kb), filters or queries.Filters())


def story_listing(
    store: StoreLike = None, kb: KnowledgeBase | None = None
) -> queries.Listing[Story]:
    """Groups of articles that carry the same story, with their titles."""
    with opened(store) as db:
        return queries.story_listing(db, _kb(kb))


def actor_listing(
    store: StoreLike = None, kb: KnowledgeBase | None = None
) -> queries.Listing[queries.ActorSummary]:
    """Every actor mentioned or committing, with counts."""
    with opened(store) as db:
        return queries.actor_listing(db, _kb(kb))


def actor_profile(
    actor_id: str, store: StoreLike = None, kb: KnowledgeBase | None = None
) -> queries.ActorProfile:
    """One actor's tracker rows, commitments and contradictions."""
    with opened(store) as db:
        return queries.actor_profile(db, _kb(kb), actor_id)


def article_view(
    article_id: str, store: StoreLike = None, kb: KnowledgeBase | None = None
) -> queries.ArticleView:
    """One article with its mentions, commitments and highlight segments."""
    with opened(store) as db:
        return queries.article_view(db, _kb(kb), article_id)


def search(
    query: str, store: StoreLike = None, limit: int = 20, kb: KnowledgeBase | None = None
) -> queries.SearchResult:
    """Articles and evidence holding every word of ``query``."""
    with opened(store) as db:
        return queries.search(db, _kb(kb), query, limit)


def ingest_records(
    records: Sequence[Mapping[str, object]], store: StoreLike = None, *, source: str = "api"
) -> IngestReport:
    """Ingest article records given as data (the JSON record format of files).

    A record without an ``id`` gets one from its text's hash, so sending
    the same text twice changes nothing.
    """
    if not records:
        raise UsageError("no articles given")
    named = []
    for record in records:
        text = record.get("text")
        if record.get("id") is None and isinstance(text, str):
            record = {**record, "id": f"{source}-{content_hash(text)[:16]}"}
        named.append(record)
    return ingest_articles(read_json(json.dumps(named, default=str), Path(source), Limits()), store)


def ingest_articles(items: Iterable[Article | Rejection], store: StoreLike = None) -> IngestReport:
    """Store articles read elsewhere (fetched pages and feed entries, see
    :mod:`pledgewatch.monitor`); a Rejection among them is reported as given."""
    with _tally() as tally, opened(store) as db:
        _store_all(_batches(items, tally), db, tally, InProcess())
        return tally.report()
