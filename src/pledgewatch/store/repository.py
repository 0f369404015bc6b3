"""The repository: the only code that reads and writes the database.

One :class:`Store` per database URL. SQLite (a file) is the default;
PostgreSQL works by URL (``postgresql+psycopg://...``). The schema is
brought up to date by Alembic when the store opens. Every article is
written in one transaction together with its mentions and commitments.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, delete, event, func, insert, select
from sqlalchemy.engine import Row
from sqlalchemy.exc import SQLAlchemyError

from pledgewatch.errors import StoreError
from pledgewatch.records import (
    Article,
    Category,
    Commitment,
    Evidence,
    Extraction,
    Mention,
    Status,
)
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
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _migrate(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Store:
    """Articles, mentions and commitments in one database."""

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        try:
            self.engine = create_engine(self.url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            _migrate(self.engine)
        except (SQLAlchemyError, OSError, CommandError) as error:
            reason = str(getattr(error, "orig", None) or error).splitlines()[0]
            if isinstance(error, CommandError):
                reason = f"written by a newer pledgewatch ({reason})"
            raise StoreError(f"cannot open database {self.url}: {reason}") from error

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------

    def freshness(self, article: Article, version: str) -> Freshness:
        """Whether ``article`` is new, already stored as is, or changed."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(articles.c.content_hash, articles.c.extractor_version).where(
                    articles.c.id == article.id
                )
            ).first()
        if row is None:
            return Freshness.NEW
        if row.content_hash == article.content_hash and row.extractor_version == version:
            return Freshness.SAME
        return Freshness.CHANGED

    def save(self, article: Article, extraction: Extraction, version: str) -> None:
        """Replace the article and everything extracted from it, atomically."""
        with self.engine.begin() as conn:
            conn.execute(delete(articles).where(articles.c.id == article.id))
            conn.execute(insert(articles).values(**_article_row(article, version)))
            if extraction.mentions:
                conn.execute(insert(mentions), [_mention_row(m) for m in extraction.mentions])
            if extraction.commitments:
                conn.execute(
                    insert(commitments), [_commitment_row(c) for c in extraction.commitments]
                )

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
            conn.execute(delete(articles).where(articles.c.id.in_(article_ids)))


# -- row <-> record ------------------------------------------------------


def _article_row(article: Article, version: str) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "published": article.published,
        "language": article.language,
        "source": article.source,
        "text": article.text,
        "content_hash": article.content_hash,
        "extractor_version": version,
        "ingested_at": datetime.now(UTC),
    }


def _article(row: Row[Any]) -> Article:
    return Article(
        id=row.id,
        text=row.text,
        title=row.title,
        url=row.url,
        outlet=row.outlet,
        published=row.published,
        language=row.language,
        source=row.source,
    )


def _mention_row(mention: Mention) -> dict[str, Any]:
    return {
        "article_id": mention.article,
        "actor": mention.actor,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "rule": mention.rule,
    }


def _mention(row: Row[Any]) -> Mention:
    return Mention(row.actor, row.article_id, row.start, row.end, row.text, row.rule)


def _commitment_row(c: Commitment) -> dict[str, Any]:
    return {
        "article_id": c.article,
        "actor": c.actor,
        "category": c.category.value,
        "status": c.status.value,
        "magnitude": c.magnitude,
        "conditions": list(c.conditions),
        "beneficiary": c.beneficiary,
        "confidence": c.confidence,
        "why": list(c.why),
        "evidence_start": c.evidence.start,
        "evidence_end": c.evidence.end,
        "evidence_text": c.evidence.text,
        "speaker": c.evidence.speaker,
    }


def _commitment(row: Row[Any]) -> Commitment:
    evidence = Evidence(
        row.article_id, row.evidence_start, row.evidence_end, row.evidence_text, row.speaker
    )
    return Commitment(
        article=row.article_id,
        actor=row.actor,
        category=Category(row.category),
        status=Status(row.status),
        evidence=evidence,
        magnitude=row.magnitude,
        conditions=tuple(row.conditions),
        beneficiary=row.beneficiary,
        confidence=row.confidence,
        why=tuple(row.why),
    )
