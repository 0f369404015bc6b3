"""pledgewatch: an evidence-backed tracker of commitments to Ukraine's security.

The public API::

    import pledgewatch

    report = pledgewatch.ingest(["articles/"], "sqlite:///tracker.db")
    for row in pledgewatch.tracker("sqlite:///tracker.db"):
        print(row.actor, row.category, row.status, row.sources)
    extraction = pledgewatch.extract_text("France pledged troops to Ukraine.")
    pledgewatch.watch(["https://example.org/rss.xml"], "sqlite:///tracker.db", rounds=1)
    for change in pledgewatch.changes("sqlite:///tracker.db"):
        print(change.kind, change.actor, change.category, change.old_status, change.status)
    scores = pledgewatch.evaluate("docs/", "gold/")
"""

from pledgewatch.errors import PledgewatchError
from pledgewatch.eval import EvalReport
from pledgewatch.extract import EXTRACTOR_VERSION, extract
from pledgewatch.monitor import changes, ingest_urls, source_status, watch, watch_round
from pledgewatch.pipeline import (
    actor_listing,
    actor_profile,
    article_listing,
    article_view,
    articles,
    commitment_listing,
    commitments,
    contradiction_listing,
    contradictions,
    evaluate,
    export,
    extract_text,
    flags,
    ingest,
    ingest_records,
    search,
    stories,
    story_listing,
    tracker,
    tracker_view,
)
from pledgewatch.records import (
    Actor,
    Article,
    Category,
    Commitment,
    Contradiction,
    Evidence,
    Extraction,
    IngestReport,
    Mention,
    Status,
    Story,
    TrackerChange,
    TrackerRow,
)
from pledgewatch.store import Store

__all__ = [
    "EXTRACTOR_VERSION",
    "Actor",
    "Article",
    "Category",
    "Commitment",
    "Contradiction",
    "EvalReport",
    "Evidence",
    "Extraction",
    "IngestReport",
    "Mention",
    "PledgewatchError",
    "Status",
    "Store",
    "Story",
    "TrackerChange",
    "TrackerRow",
    "actor_listing",
    "actor_profile",
    "article_listing",
    "article_view",
    "articles",
    "changes",
    "commitment_listing",
    "commitments",
    "contradiction_listing",
    "contradictions",
    "evaluate",
    "export",
    "extract",
    "extract_text",
    "flags",
    "ingest",
    "ingest_records",
    "ingest_urls",
    "search",
    "source_status",
    "stories",
    "story_listing",
    "tracker",
    "tracker_view",
    "watch",
    "watch_round",
]
