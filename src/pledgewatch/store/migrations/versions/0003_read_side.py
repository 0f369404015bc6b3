"""The read side at scale: tracker row digests and the indexes its queries use.

Revision ID: 0003
Revises: 0002

- ``tracker_rows.summary``: each row's digest (``store/summary.py``): its
  scalars and the latest entries of its lists, so that the tracker is read
  without reading every source of every row. Filled here for the rows
  already stored; SQLAlchemy derives it whenever a row is written.
- Indexes for filtering and paging in SQL (``store/reading.py``): articles by
  publication date and by outlet, mentions by actor with their article (the
  articles mentioning an actor, counted from the index alone), and
  commitments by article with actor, category and status (which articles
  give one actor two stances, likewise from the index alone).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pledgewatch.store.summary import summarize

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_articles_published", "articles", ["published"]),
    ("ix_articles_outlet", "articles", ["outlet"]),
    ("ix_mentions_actor_article", "mentions", ["actor", "article_id"]),
    ("ix_commitments_article_key", "commitments", ["article_id", "actor", "category", "status"]),
)

_rows = sa.table(
    "tracker_rows",
    sa.column("actor", sa.String),
    sa.column("category", sa.String),
    sa.column("row", sa.JSON),
    sa.column("summary", sa.JSON),
)


ROW_LAST = ("actor", "category", "status", "summary", "contradiction", "row")
"""Column order of ``tracker_rows`` on SQLite: a record is read from its
start, so the small columns come before ``row`` (up to hundreds of kB at
scale); otherwise reading a digest walks the row's overflow pages first.
PostgreSQL keeps large values apart (TOAST), so order does not matter there."""


def upgrade() -> None:
    summary = sa.Column("summary", sa.JSON, nullable=True)
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        with op.batch_alter_table(
            "tracker_rows", recreate="always", partial_reordering=[ROW_LAST]
        ) as batch:
            batch.add_column(summary)
    else:
        op.add_column("tracker_rows", summary)
    stored = conn.execute(sa.select(_rows.c.actor, _rows.c.category, _rows.c.row)).all()
    for actor, category, row in stored:
        conn.execute(
            sa.update(_rows)
            .where(_rows.c.actor == actor, _rows.c.category == category)
            .values(summary=summarize(row))
        )
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("tracker_rows") as batch:
        batch.drop_column("summary")
