"""Stored story fingerprints.

Revision ID: 0005
Revises: 0004

``story_prints``: each article's MinHash values and quotes, written with its
story keys. A new article's candidates for one story are compared from these
rows instead of being fingerprinted again from their texts. The table is
filled for stored articles when the store next opens (RECONCILE_VERSION 3
has the reconciliation state rebuilt once).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_prints",
        sa.Column(
            "article_id",
            sa.String(512),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("minhash", sa.LargeBinary, nullable=False),
        sa.Column("quotes", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("story_prints")
