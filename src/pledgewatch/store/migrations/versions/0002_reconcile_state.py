"""Reconciliation state: ingest order, story keys and links, tracker rows, flags.

Revision ID: 0002
Revises: 0001

The tables are filled by pledgewatch when the store opens (a database
written before this revision is reconciled once, as a whole) and kept up to
date on every save.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _article_fk(name: str = "article_id", primary_key: bool = False) -> sa.Column[str]:
    return sa.Column(
        name,
        sa.String(512),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary_key,
    )


def upgrade() -> None:
    op.create_table(
        "article_state",
        _article_fk(primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("story", sa.String(520), nullable=False),
    )
    op.create_index("ix_article_state_story", "article_state", ["story"])
    op.create_table(
        "story_keys",
        _article_fk(),
        sa.Column("key", sa.BigInteger, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
    )
    op.create_index("ix_story_keys_key", "story_keys", ["key"])
    op.create_index("ix_story_keys_article", "story_keys", ["article_id"])
    op.create_table(
        "story_links",
        _article_fk(primary_key=True),
        _article_fk("other_id", primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_story_links_other", "story_links", ["other_id"])
    op.create_table(
        "tracker_rows",
        sa.Column("actor", sa.String(128), primary_key=True),
        sa.Column("category", sa.String(32), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("row", sa.JSON, nullable=False),
        sa.Column("contradiction", sa.JSON),
    )
    op.create_table(
        "flags",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("category", sa.String(32)),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_flags_article", "flags", ["article_id"])
    op.create_table(
        "reconcile_meta",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "reconcile_meta",
        "flags",
        "tracker_rows",
        "story_links",
        "story_keys",
        "article_state",
    ):
        op.drop_table(table)
