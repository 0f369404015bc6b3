"""Extraction: an article in, its actors and commitments out.

``extract(article)`` parses the text once with a blank spaCy pipeline,
finds actor mentions (:mod:`.actors`) and reads commitments in the sentences
that hold a stance cue (:mod:`.commitments`). Knowledge and cue words are
data files (``kb/data``, ``extract/data``).
"""

from __future__ import annotations

from pledgewatch.extract.actors import find_actors, titled_people, to_mentions
from pledgewatch.extract.commitments import read_commitments
from pledgewatch.extract.nlp import current
from pledgewatch.kb import KnowledgeBase
from pledgewatch.reconcile.contradictions import within_article
from pledgewatch.records import Article, Extraction

EXTRACTOR_VERSION = "0.5.440"
"""Raised whenever extraction changes, so stored articles are read again."""


def extract(article: Article, kb: KnowledgeBase | None = None) -> Extraction:
    """The actors, commitments and contradictions of one article."""
    an = current(kb)
    doc = an.parse(article.text)
    spans = find_actors(doc, an)
    commitments = tuple(read_commitments(doc, spans, an, article.id, article.published))
    taken = {i for a in spans for i in range(a.start, a.end)}
    parties = frozenset(a.start for a in spans if a.actor in an.kb.parties)
    people = titled_people(doc, taken, an, parties)  # listed, never taken as who acts
    return Extraction(
        article=article.id,
        mentions=to_mentions(doc, sorted([*spans, *people], key=lambda a: a.start), article.id),
        commitments=commitments,
        contradictions=tuple(within_article(commitments)),
    )


__all__ = ["EXTRACTOR_VERSION", "extract"]
