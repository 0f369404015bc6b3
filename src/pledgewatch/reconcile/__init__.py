"""Reconciliation across articles: stories, tracker rows, contradictions."""

from pledgewatch.reconcile.contradictions import (
    across_sources,
    within_article,
    within_each_article,
)
from pledgewatch.reconcile.stories import group_stories
from pledgewatch.reconcile.tracker import build_tracker

__all__ = [
    "across_sources",
    "build_tracker",
    "group_stories",
    "within_article",
    "within_each_article",
]
