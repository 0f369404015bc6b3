"""The cue lexicon's verb forms (``word~`` in extract/data/cues.yaml)."""

from __future__ import annotations

import pytest

from pledgewatch.extract.lexicon import expand, inflect


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("pledge", {"pledge", "pledges", "pledged", "pledging"}),
        ("evaluate", {"evaluate", "evaluates", "evaluated", "evaluating"}),
        ("veto", {"veto", "vetoes", "vetoed", "vetoing"}),
        ("supply", {"supply", "supplies", "supplied", "supplying"}),
        ("commit", {"commit", "commits", "committed", "committing"}),
        ("finance", {"finance", "finances", "financed", "financing"}),
    ],
)
def test_a_verb_has_its_regular_forms(verb: str, forms: set[str]) -> None:
    assert forms <= set(inflect(verb))


def test_a_phrase_expands_each_inflected_word() -> None:
    assert set(expand("withdraw~ its veto")) >= {"withdraw its veto", "withdraws its veto"}
