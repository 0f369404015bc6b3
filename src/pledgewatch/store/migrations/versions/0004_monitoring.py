"""Monitoring: the log of tracker changes and the state of fetched URLs.

Revision ID: 0004
Revises: 0003

- ``tracker_changes``: one row per change to the tracker (a new actor ×
  category, a status change, a new contradiction, a removed row), written in
  the transaction that changed it; ``pledgewatch changes``, ``watch`` and
  the dashboard's "what changed" page read it. A database migrated from
  0003 starts with an empty log: what was stored before is not a change.
- ``fetch_state``: per URL fetched by ``ingest URL`` or ``watch``, the
  validators of its last response (ETag, Last-Modified, body hash) for the
  next conditional request, its last outcome and the articles it gave.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tracker_changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16)),
        sa.Column("old_status", sa.String(16)),
        sa.Column("article_id", sa.String(512)),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_index("ix_tracker_changes_at", "tracker_changes", ["at"])
    op.create_table(
        "fetch_state",
        sa.Column("url", sa.String(2048), primary_key=True),
        sa.Column("checked_at", sa.DateTime(timezone=True)),
        sa.Column("fetched_at", sa.DateTime(timezone=True)),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("status", sa.Integer),
        sa.Column("error", sa.Text),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("body_hash", sa.String(64)),
        sa.Column("stamp", sa.Text),
        sa.Column("articles", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("fetch_state")
    op.drop_index("ix_tracker_changes_at", table_name="tracker_changes")
    op.drop_table("tracker_changes")
