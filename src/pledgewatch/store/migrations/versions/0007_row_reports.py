"""Tracker rows resolved from indexes.

Revision ID: 0007
Revises: 0006

Saving an article resolves each tracker row it touches from all the row's
reports (about 2,300 per row at 100,000 articles). They are now read from
one index of commitments, (actor, category, article_id, id, status,
magnitude, conditions), in the order the rows are resolved in, and their
articles' dates from ``article_state``, which gains ``published`` (copied
from ``articles``, whose rows hold the texts). On PostgreSQL the index
keeps the first five columns: a btree entry has a size limit that a long
magnitude could pass, and json has no btree order. The index on (actor,
category) is the new one's prefix and is dropped.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

KEYS = ["actor", "category", "article_id", "id", "status"]


def upgrade() -> None:
    op.add_column("article_state", sa.Column("published", sa.Date))
    op.execute(
        "UPDATE article_state SET published ="
        " (SELECT published FROM articles WHERE articles.id = article_state.article_id)"
    )
    extra = [] if op.get_bind().dialect.name == "postgresql" else ["magnitude", "conditions"]
    op.create_index("ix_commitments_row_reports", "commitments", KEYS + extra)
    op.drop_index("ix_commitments_actor_category", table_name="commitments")


def downgrade() -> None:
    op.create_index("ix_commitments_actor_category", "commitments", ["actor", "category"])
    op.drop_index("ix_commitments_row_reports", table_name="commitments")
    with op.batch_alter_table("article_state") as batch:
        batch.drop_column("published")
