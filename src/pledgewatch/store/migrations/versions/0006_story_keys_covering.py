"""Story keys found from the index alone.

Revision ID: 0006
Revises: 0005

A new article's candidates are counted per article and kind over the
postings of its keys; with (key, kind, article_id) in one index SQLite
and PostgreSQL answer that without reading the table. The index on the
key alone is its prefix and is dropped.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_story_keys_covering", "story_keys", ["key", "kind", "article_id"])
    op.drop_index("ix_story_keys_key", table_name="story_keys")


def downgrade() -> None:
    op.create_index("ix_story_keys_key", "story_keys", ["key"])
    op.drop_index("ix_story_keys_covering", table_name="story_keys")
