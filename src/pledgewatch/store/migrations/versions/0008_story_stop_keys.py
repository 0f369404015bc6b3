"""Story keys too common to follow, kept rather than counted.

Revision ID: 0008
Revises: 0007

A story key held by more than KEY_MAX_POSTINGS (200) articles finds no
candidates. Each new article counted the postings of its keys to learn
that, and the count of a stock phrase's key grows with the store.
``story_stop_keys`` holds those keys; it is filled here from the stored
keys, and kept up to date by every save and delete (``store/reconciled.py``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

KEY_MAX_POSTINGS = 200
"""``reconcile.stories.KEY_MAX_POSTINGS`` when this migration was written."""


def upgrade() -> None:
    stop = op.create_table("story_stop_keys", sa.Column("key", sa.BigInteger, primary_key=True))
    keys = sa.table("story_keys", sa.column("key", sa.BigInteger))
    held = sa.select(keys.c.key).group_by(keys.c.key).having(sa.func.count() > KEY_MAX_POSTINGS)
    op.execute(sa.insert(stop).from_select(["key"], held))


def downgrade() -> None:
    op.drop_table("story_stop_keys")
