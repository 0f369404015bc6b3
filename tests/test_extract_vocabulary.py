"""A long ingest keeps spaCy's vocabulary bounded (``nlp.VOCAB_SLACK``)."""

from __future__ import annotations

import gc

import pytest

from pledgewatch.extract import extract, nlp
from pledgewatch.extract.nlp import analyzer, renew
from pledgewatch.records import Article

TEXT = (
    "Belgium will send 200 soldiers to the force once a ceasefire holds, "
    "its defence minister said on Monday."
)


def novel_words(n: int) -> str:
    """Made-up words no vocabulary holds: each one is a new lexeme."""
    return " ".join(f"Quorvane{i}x" for i in range(n))


def test_the_analyzer_is_built_again_once_its_vocabulary_has_outgrown_the_slack(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(nlp, "VOCAB_SLACK", 500)
    renew()
    before = extract(Article(id="a", text=TEXT))
    built = analyzer(None)
    extract(Article(id="b", text=f"{TEXT} {novel_words(20)}."))
    assert analyzer(None) is built  # a few dozen new strings: within the slack

    extract(Article(id="c", text=f"{TEXT} {novel_words(300)}."))
    assert analyzer(None) is built and built.outgrown()  # built again before the next article
    after = extract(Article(id="a", text=TEXT))
    again = analyzer(None)
    assert again is not built
    assert again.built_strings == built.built_strings  # the matchers' words, no more
    assert len(again.nlp.vocab.strings) < built.built_strings + 50
    assert after == before
    assert before.commitments  # the comparison is not between two empty readings


def test_renewing_leaves_the_new_analyzer_frozen_and_the_collector_on() -> None:
    renew()
    frozen_before = gc.get_freeze_count()
    analyzer(None)
    assert gc.get_freeze_count() > frozen_before
    assert gc.isenabled()
