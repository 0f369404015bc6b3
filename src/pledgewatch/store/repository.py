"""The repository: the only code that reads and writes the database.

One :class:`Store` per database URL. SQLite (a file) is the default;
PostgreSQL works by URL (``postgresql+psycopg://...``). The schema is
brought up to date by Alembic when the store opens. Every article is
written in one transaction together with its mentions and commitments.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from pledgewatch.errors import StoreError
from pledgewatch.records import (
    Article,
    Commitment,
    Contradiction,
    Extraction,
    Flag,
    Mention,
    StoryLink,
    TrackerRow,
)
from pledgewatch.store import reconciled
from pledgewatch.store.rows import article as _article
from pledgewatch.store.rows import article_row as _article_row
from pledgewatch.store.rows import commitment as _commitment
from pledgewatch.store.rows import commitment_row as _commitment_row
from pledgewatch.store.rows import mention as _mention
from pledgewatch.store.rows import mention_row as _mention_row
from pledgewatch.store.schema import articles, commitments, mentions

DEFAULT_URL = "sqlite:///pledgewatch.db"
MIGRATIONS = Path(__file__).parent / "migrations"


def resolve_url(url: str | None = None) -> str:
    """``--db`` if given, else ``PLEDGEWATCH_DB``, else a SQLite file here.

    A bare path (no ``://``) is taken as a SQLite file.
    """
    url = url or os.environ.get("PLEDGEWATCH_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


class Freshness(StrEnum):
    """How an incoming article relates to what the store holds."""

    NEW = "new"
    SAME = "same"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class StoredArticle:
    article: Article
    actors: tuple[str, ...]


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")  # first: switching to WAL may wait too
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


WRITERS_LOCK = 0x706C656467657721
"""The PostgreSQL advisory lock every write transaction takes (any constant
would do; this one spells "pledgew!"), see :func:`_lock_writers`."""


def _lock_writers(conn: Connection) -> None:
    """Make write transactions take turns; call it first in each one.

    On PostgreSQL, two ingests writing at once would insert the same article
    twice (a unique violation), give two articles the same place in ingest
    order (``article_state.seq`` is max + 1) and miss each other's story
    links; on a new database both would create the schema. A transaction-level
    advisory lock makes writers wait for each other (readers are not held
    up) and is released at commit or rollback; at the default READ COMMITTED
    level every statement after it sees what earlier writers committed.

    On SQLite the transaction begins with ``BEGIN IMMEDIATE``: it takes the
    write lock at once, waiting for another writer up to busy_timeout. The
    driver would otherwise begin a deferred transaction at the first
    INSERT/UPDATE/DELETE, after this transaction's reads (which then ran
    outside it), and a deferred transaction that writes after another
    writer committed fails at once with "database is locked"; two ingests
    starting on a new file both created the schema ("table articles
    already exists").
    """
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(WRITERS_LOCK)))
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


_MIGRATING = threading.Lock()
"""Alembic keeps the running migration in module globals: two stores opened
at once in one process (two threads) must not migrate at the same time."""


def _migrate(engine: Engine) -> None:
    """Bring the schema up to date. A read decides first whether there is
    anything to do, so that opening an up-to-date store does not wait for
    a writer (an ingest holds the write lock for a whole batch)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    heads = set(ScriptDirectory.from_config(config).get_heads())
    with engine.connect() as connection:
        if set(MigrationContext.configure(connection).get_current_heads()) == heads:
            return
    with _MIGRATING, engine.begin() as connection:
        _lock_writers(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


OPEN_ATTEMPTS = 5
"""Tries to open a SQLite store that another process is creating or
migrating at the same moment: a few statements there (switching a new file
to WAL, a read that meets the switch) fail at once with "database is
locked" instead of waiting for busy_timeout."""


SQLITE_CACHED_STATEMENTS = 32
"""Prepared statements the sqlite3 driver keeps per connection (its default
is 128). Every length of an ``IN (...)`` list is a statement of its own (the
keys of a story candidate query, the last chunk of up to 1000 keys), so the
cache filled with large one-off statements and a connection's memory grew
with the number of articles ingested (6.4 MiB of statements after 4000).
The statements a save repeats in its loops stay cached."""


class Store:
    """Articles, mentions and commitments in one database."""

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        try:
            options: dict[str, Any] = {}
            parsed = make_url(self.url)
            if parsed.get_backend_name() == "sqlite" and parsed.get_driver_name() == "pysqlite":
                options["connect_args"] = {"cached_statements": SQLITE_CACHED_STATEMENTS}
            self.engine = create_engine(self.url, **options)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            for attempt in range(OPEN_ATTEMPTS):
                try:
                    self._open()
                    break
                except OperationalError as busy:  # SQLite refused at once while another
                    if "locked" not in str(busy) or attempt + 1 == OPEN_ATTEMPTS:  # process
                        raise  # created or migrated the same new file: try again
                    time.sleep(0.25 * 2**attempt)
        except (SQLAlchemyError, OSError, CommandError, ImportError) as error:
            if hasattr(self, "engine"):
                self.engine.dispose()
            reason = str(getattr(error, "orig", None) or error).splitlines()[0]
            if isinstance(error, CommandError):
                reason = f"written by a newer pledgewatch ({reason})"
            raise StoreError(f"cannot open database {self.url}: {reason}") from error

    def _open(self) -> None:
        """Migrate the schema, then bring the reconciliation up to date."""
        _migrate(self.engine)
        with self.engine.connect() as conn:
            current = reconciled.is_current(conn)
        if not current:
            with self.engine.begin() as conn:
                _lock_writers(conn)
                if not reconciled.is_current(conn):  # another writer may have done it
                    reconciled.rebuild(conn)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------

    def freshness(self, article: Article, version: str) -> Freshness:
        """Whether ``article`` is new, already stored as is, or changed."""
        return self.freshness_of([article], version)[article.id]

    def freshness_of(self, items: Sequence[Article], version: str) -> dict[str, Freshness]:
        """:meth:`freshness` of many articles, in one query."""
        stored: dict[str, tuple[str, str]] = {}
        ids = [a.id for a in items]
        with self.engine.connect() as conn:
            for start in range(0, len(ids), BULK_BATCH):
                query = select(
                    articles.c.id, articles.c.content_hash, articles.c.extractor_version
                ).where(articles.c.id.in_(ids[start : start + BULK_BATCH]))
                stored.update(
                    {
                        row.id: (row.content_hash, row.extractor_version)
                        for row in conn.execute(query)
                    }
                )
        found = {}
        for article in items:
            row = stored.get(article.id)
            if row is None:
                found[article.id] = Freshness.NEW
            elif row == (article.content_hash, version):
                found[article.id] = Freshness.SAME
            else:
                found[article.id] = Freshness.CHANGED
        return found

    def save(self, article: Article, extraction: Extraction, version: str) -> None:
        """Replace the article and everything extracted from it, atomically."""
        self.save_batch([(article, extraction)], version)

    def save_batch(self, items: Sequence[tuple[Article, Extraction]], version: str) -> None:
        """Replace articles and everything extracted from them, in one transaction.

        The reconciliation state is brought up to date once for the batch,
        with the same result as saving the articles one by one in this order.
        Ids must be distinct within a batch.
        """
        if not items:
            return
        ids = [a.id for a, _x in items]
        with self.engine.begin() as conn:
            _lock_writers(conn)
            touch = reconciled.before_replace(conn, ids)
            conn.execute(delete(articles).where(articles.c.id.in_(ids)))
            _insert(conn, items, version)
            reconciled.after_save(conn, items, touch)

    def save_bulk(self, items: Iterable[tuple[Article, Extraction]], version: str) -> int:
        """Store many new articles in one transaction, then reconcile them as a whole.

        For loading large collections (the benchmarks): one rebuild instead
        of one update per article. Articles already stored are replaced.
        Data-quality flags are left out (``flags()`` shows none for them).
        Returns the number of articles written.
        """
        written = 0
        with self.engine.begin() as conn:
            _lock_writers(conn)
            batch: list[tuple[Article, Extraction]] = []
            for item in items:
                batch.append(item)
                if len(batch) >= BULK_BATCH:
                    written += _replace(conn, batch, version)
                    batch = []
            written += _replace(conn, batch, version)
            reconciled.rebuild(conn, with_flags=False)
        return written

    # -- reading --------------------------------------------------------

    def count(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for table in (articles, mentions, commitments)
            }

    def articles(self) -> list[StoredArticle]:
        with self.engine.connect() as conn:
            actor_rows = conn.execute(
                select(mentions.c.article_id, mentions.c.actor).distinct()
            ).all()
            by_article: dict[str, set[str]] = {}
            for article_id, actor in actor_rows:
                by_article.setdefault(article_id, set()).add(actor)
            rows = conn.execute(select(articles).order_by(articles.c.id)).all()
        return [
            StoredArticle(_article(row), tuple(sorted(by_article.get(row.id, ())))) for row in rows
        ]

    def article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
        return _article(row) if row else None

    def commitments(self, actor: str | None = None) -> list[Commitment]:
        query = select(commitments).order_by(commitments.c.article_id, commitments.c.id)
        if actor:
            query = query.where(commitments.c.actor == actor)
        with self.engine.connect() as conn:
            return [_commitment(row) for row in conn.execute(query)]

    def mentions(self, article_id: str | None = None) -> list[Mention]:
        query = select(mentions).order_by(mentions.c.article_id, mentions.c.start)
        if article_id:
            query = query.where(mentions.c.article_id == article_id)
        with self.engine.connect() as conn:
            return [_mention(row) for row in conn.execute(query)]

    def iter_texts(self) -> Iterator[tuple[str, str]]:
        """(article id, text) for every stored article, for story grouping."""
        with self.engine.connect() as conn:
            yield from conn.execute(select(articles.c.id, articles.c.text).order_by(articles.c.id))

    def delete(self, article_ids: Sequence[str]) -> None:
        with self.engine.begin() as conn:
            _lock_writers(conn)
            touch = reconciled.before_replace(conn, article_ids)
            conn.execute(delete(articles).where(articles.c.id.in_(article_ids)))
            reconciled.after_delete(conn, touch)

    # -- the reconciliation state (kept up to date on every save) -------

    def tracker_rows(self) -> list[TrackerRow]:
        """The resolved tracker, as stored."""
        with self.engine.connect() as conn:
            return reconciled.tracker(conn)

    def source_contradictions(self) -> list[Contradiction]:
        """Contradictions across sources, one per tracker row that has one."""
        with self.engine.connect() as conn:
            return reconciled.contradictions(conn)

    def story_links(self) -> list[StoryLink]:
        """Pairs of articles found to report one story, with the reason."""
        with self.engine.connect() as conn:
            return reconciled.links(conn)

    def flags(self, article_id: str | None = None) -> list[Flag]:
        """Data-quality flags, of one article or of all."""
        with self.engine.connect() as conn:
            return reconciled.all_flags(conn, article_id)

    def ingest_order(self) -> dict[str, int]:
        """Article id -> its place in ingest order (1 = first)."""
        with self.engine.connect() as conn:
            return reconciled.order(conn)

    def reconcile(self) -> None:
        """Rebuild the whole reconciliation state (normally never needed)."""
        with self.engine.begin() as conn:
            _lock_writers(conn)
            reconciled.rebuild(conn)


BULK_BATCH = 1000
"""Articles per batch of inserts in :meth:`Store.save_bulk`."""


def _insert(conn: Connection, items: Sequence[tuple[Article, Extraction]], version: str) -> None:
    """Insert articles with their mentions and commitments (no reconciliation)."""
    if not items:
        return
    conn.execute(insert(articles), [_article_row(a, version) for a, _x in items])
    found = [_mention_row(m) for _a, x in items for m in x.mentions]
    if found:
        conn.execute(insert(mentions), found)
    pledged = [_commitment_row(c) for _a, x in items for c in x.commitments]
    if pledged:
        conn.execute(insert(commitments), pledged)


def _replace(conn: Connection, items: Sequence[tuple[Article, Extraction]], version: str) -> int:
    ids = [a.id for a, _x in items]
    if ids:
        conn.execute(delete(articles).where(articles.c.id.in_(ids)))
    _insert(conn, items, version)
    return len(items)
