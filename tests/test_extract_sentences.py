"""The array-based sentence splitter against spaCy's own rules.

``nlp.sentences`` must give exactly the starts of a line-break rule
followed by spaCy's ``sentencizer`` (overwrite off), which it replaces
for speed, except that a quotation mark after a space and a sentence end
opens the next sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from pledgewatch.extract.nlp import OPENING_QUOTES, analyzer

TEXTS = [
    "",
    "One sentence without a stop",
    "First. Second! Third? Fourth",
    "Headline with no stop\nBody starts here. It goes on...\n\nAnother line",
    'He said: "We will send troops." Then he left.',
    "Troops will go. \"We are ready,\" he said. 'Yes.' “Fine.” Done.",
    "Mr. Smith went to Washington. U.S. officials agreed!!! Really?!",
    "Ends with punctuation only ...",
    "\n\n  \n",
]


def _reference(text: str) -> list[bool]:
    doc: Doc = spacy.blank("en")(text)
    for token in doc:
        if token.is_space and "\n" in token.text and token.i + 1 < len(doc):
            doc[token.i + 1].is_sent_start = True
    Sentencizer(overwrite=False)(doc)
    for token in doc[1:]:  # our one change: '. "We' opens the quote in the next sentence
        after_end = not token.is_sent_start and doc[token.i - 1].whitespace_
        opens = token.text in OPENING_QUOTES and token.i + 1 < len(doc)
        if after_end and opens and doc[token.i + 1].is_sent_start:
            token.is_sent_start = True
            doc[token.i + 1].is_sent_start = False
    return [bool(t.is_sent_start) for t in doc]


def _ours(text: str) -> list[bool]:
    return [bool(t.is_sent_start) for t in analyzer().parse(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_match_spacy_rules_on_edge_cases(text: str) -> None:
    assert _ours(text) == _reference(text)


def test_sentences_match_spacy_rules_on_the_sample_corpus(sample_corpus: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((sample_corpus / "docs").iterdir())]
    assert texts
    for text in texts:
        assert _ours(text) == _reference(text)
