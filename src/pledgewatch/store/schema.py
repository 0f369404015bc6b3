"""The database schema (SQLAlchemy Core), mirrored by the Alembic migrations.

Articles own their mentions and commitments (``ON DELETE CASCADE``): an
article is replaced as a whole, in one transaction, or not at all.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.engine.default import DefaultExecutionContext

from pledgewatch.store.summary import summarize

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(512), primary_key=True),
    Column("title", Text, nullable=False, default=""),
    Column("url", Text),
    Column("outlet", Text),
    Column("published", Date),
    Column("language", String(16)),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("extractor_version", String(32), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Index("ix_articles_published", "published"),
    Index("ix_articles_outlet", "outlet"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "article_id", String(512), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    ),
    Column("actor", String(128), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("rule", String(32), nullable=False, default=""),
    Index("ix_mentions_article", "article_id"),
    Index("ix_mentions_actor", "actor"),
    Index("ix_mentions_actor_article", "actor", "article_id"),
)

commitments = Table(
    "commitments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "article_id", String(512), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    ),
    Column("actor", String(128), nullable=False),
    Column("category", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("magnitude", Text),
    Column("conditions", JSON, nullable=False),
    Column("beneficiary", String(128), nullable=False, default="UKR"),
    Column("confidence", Float, nullable=False),
    Column("why", JSON, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("speaker", Text),
    Index("ix_commitments_article", "article_id"),
    Index(  # migration 0007; on PostgreSQL its first five columns
        "ix_commitments_row_reports",
        "actor",
        "category",
        "article_id",
        "id",
        "status",
        "magnitude",
        "conditions",
    ),
    Index("ix_commitments_article_key", "article_id", "actor", "category", "status"),
)

# -- reconciliation state (migration 0002), kept up to date on every save --

article_state = Table(
    "article_state",
    metadata,
    Column(
        "article_id",
        String(512),
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("seq", Integer, nullable=False),
    Column("story", String(520), nullable=False),
    Column("published", Date),
    Index("ix_article_state_story", "story"),
)
"""Per article: its place in ingest order, the story it belongs to and its
publication date (a copy of the article's, migration 0007: tracker rows are
resolved from this table and an index of commitments, without reading the
articles' rows)."""

story_keys = Table(
    "story_keys",
    metadata,
    Column(
        "article_id", String(512), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    ),
    Column("key", BigInteger, nullable=False),
    Column("kind", String(8), nullable=False),
    Index("ix_story_keys_covering", "key", "kind", "article_id"),
    Index("ix_story_keys_article", "article_id"),
)
"""Story-grouping keys (MinHash bands, quote word pairs): the LSH index."""

story_stop_keys = Table(
    "story_stop_keys",
    metadata,
    Column("key", BigInteger, primary_key=True),
)
"""Story keys held by more than KEY_MAX_POSTINGS articles (migration 0008):
they find no candidates, and counting their postings again for every new
article grew with the store. Kept in the transactions that write
``story_keys``: a key enters when a batch takes it over the limit and leaves
when deleted articles bring it back under."""

story_links = Table(
    "story_links",
    metadata,
    Column(
        "article_id", String(512), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    Column(
        "other_id", String(512), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("reason", Text, nullable=False),
    Index("ix_story_links_other", "other_id"),
)
"""Pairs of articles found to be one story (``article_id < other_id``)."""

story_prints = Table(
    "story_prints",
    metadata,
    Column(
        "article_id", String(512), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("minhash", LargeBinary, nullable=False),
    Column("quotes", JSON, nullable=False),
)
"""Each article's story fingerprint (MinHash values and quotes), so that a
new article is compared with candidates that have left the in-memory cache
without fingerprinting their texts again."""


def _digest(context: DefaultExecutionContext) -> dict[str, Any] | None:
    """``summary`` from the ``row`` being written (None when no row is given)."""
    params: dict[str, Any] = context.get_current_parameters()  # type: ignore[no-untyped-call]
    row = params.get("row")
    return summarize(row) if row is not None else None


tracker_rows = Table(
    "tracker_rows",
    metadata,
    Column("actor", String(128), primary_key=True),
    Column("category", String(32), primary_key=True),
    Column("status", String(16), nullable=False),
    Column("summary", JSON(none_as_null=True), default=_digest, onupdate=_digest),
    Column("contradiction", JSON),
    Column("row", JSON, nullable=False),
)
"""The resolved tracker, one row per actor and category, with its
contradiction across sources (if any), as JSON. ``summary`` (migration 0003)
is the row's digest (:mod:`.summary`), derived from ``row`` by SQLAlchemy
whenever a row is inserted or its ``row`` updated; NULL if it was written
some other way, and then readers fall back to ``row``."""

flags = Table(
    "flags",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "article_id", String(512), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    ),
    Column("kind", String(32), nullable=False),
    Column("actor", String(128), nullable=False),
    Column("category", String(32)),
    Column("detail", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_flags_article", "article_id"),
)
"""Data-quality flags per article."""

reconcile_meta = Table(
    "reconcile_meta",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
"""``version``: the reconciliation rules the state above was built with."""

# -- monitoring (migration 0004) ---------------------------------------------

tracker_changes = Table(
    "tracker_changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("actor", String(128), nullable=False),
    Column("category", String(32), nullable=False),
    Column("status", String(16)),
    Column("old_status", String(16)),
    Column("article_id", String(512)),
    Column("detail", JSON, nullable=False),
    Index("ix_tracker_changes_at", "at"),
)
"""Every change to the tracker (a new row, a status change, a new
contradiction, a removed row), written by the transaction that changed it.
``article_id`` is the evidence's article, not a foreign key: the log outlives
a deleted article. ``detail`` holds the evidence, the contradiction and the
number of independent sources (``store/monitoring.py``)."""

fetch_state = Table(
    "fetch_state",
    metadata,
    Column("url", String(2048), primary_key=True),
    Column("checked_at", DateTime(timezone=True)),
    Column("fetched_at", DateTime(timezone=True)),
    Column("outcome", String(16), nullable=False),
    Column("status", Integer),
    Column("error", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("body_hash", String(64)),
    Column("stamp", Text),
    Column("articles", Integer, nullable=False, default=0),
)
"""Per fetched URL (a feed, a page): the validators for the next conditional
request (ETag, Last-Modified, the body's hash), the last outcome and how many
articles it gave (``records.FetchState``)."""
