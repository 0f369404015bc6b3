"""A bug in extraction on one article rejects that article; the ingest goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

import pledgewatch
from pledgewatch import runners
from pledgewatch.records import Article, Extraction

real_extract = runners.extract


def test_extraction_failure_rejects_one_article_and_keeps_the_rest(
    tmp_path: Path, sample_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = sample_corpus / "docs"
    victim = sorted(docs.iterdir())[1].stem

    def flaky(article: Article) -> Extraction:
        if victim in article.id or victim in (article.source or ""):
            raise RuntimeError("boom\nsecond line")
        return real_extract(article)

    monkeypatch.setattr(runners, "extract", flaky)
    url = f"sqlite:///{tmp_path / 'f.db'}"
    report = pledgewatch.ingest([docs], url)
    assert len(report.rejected) == 1
    assert report.rejected[0].reason == ("extraction failed (RuntimeError: boom); please report it")
    total = len(list(docs.iterdir()))
    assert len(report.added) == total - 1

    monkeypatch.setattr(runners, "extract", real_extract)  # fixed: the next run adds it
    again = pledgewatch.ingest([docs], url)
    assert len(again.added) == 1 and len(again.unchanged) == total - 1 and not again.rejected
