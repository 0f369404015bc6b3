"""The database schema (SQLAlchemy Core), mirrored by the Alembic migrations.

Articles own their mentions and commitments (``ON DELETE CASCADE``): an
article is replaced as a whole, in one transaction, or not at all.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

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
    Index("ix_commitments_actor_category", "actor", "category"),
)
