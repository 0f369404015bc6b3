"""The spaCy side of extraction: tokenizer, sentences and matchers.

A blank English pipeline: the tokenizer, a component that starts a sentence
at every line break (headlines, bullet lines and captions carry no final
full stop), and spaCy's rule-based sentencizer. Matchers are built once from
the knowledge base and the cue lexicon. spaCy objects never leave
``extract/``: the other modules receive our own records.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from pledgewatch.extract.lexicon import Lexicon, load_lexicon
from pledgewatch.kb import KnowledgeBase, load_kb


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break; leave the rest unset.

    spaCy keeps line breaks as whitespace tokens, so only those are looked at.
    """
    for i in doc.to_array([IS_SPACE]).nonzero()[0]:
        if i + 1 < len(doc) and "\n" in doc[int(i)].text:
            doc[int(i) + 1].is_sent_start = True
    return doc


@dataclass(frozen=True)
class Analyzer:
    """A ready pipeline with its matchers; build it with :func:`analyzer`."""

    nlp: Language
    kb: KnowledgeBase
    lexicon: Lexicon
    actors: PhraseMatcher
    """Case-sensitive names of actors; match ids index ``kb.surfaces``."""
    cues: PhraseMatcher
    """Lower-cased cue phrases; labels ``category:<c>``, ``status:<s>``, ``<list>``."""
    groups: PhraseMatcher
    """Unnamed groups that stand for the coalition (``European allies``)."""
    counted_groups: Matcher
    """Groups given by number (``26 countries``)."""

    def parse(self, text: str) -> Doc:
        return self.nlp(text)

    def cue_spans(self, doc: Doc) -> list[Span]:
        return [Span(doc, start, end, label=m_id) for m_id, start, end in self.cues(doc)]


def _blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("line_breaks")
    nlp.add_pipe("sentencizer", config={"overwrite": False})
    return nlp


def _actor_matcher(nlp: Language, kb: KnowledgeBase) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for index, surface in enumerate(kb.surfaces):
        text = surface.text
        variants = {text}
        if text[:1].islower():  # "von der Leyen" opens sentences as "Von der Leyen"
            variants.add(text[:1].upper() + text[1:])
        if text.startswith("the "):  # "the Kremlin" / "The Kremlin"
            variants.add("The " + text[4:])
        matcher.add(str(index), [nlp.make_doc(v) for v in variants])
    return matcher


def _cue_matcher(nlp: Language, lexicon: Lexicon) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for category, phrases in lexicon.categories.items():
        matcher.add(f"category:{category.value}", [nlp.make_doc(p) for p in phrases])
    for status, phrases in lexicon.statuses.items():
        matcher.add(f"status:{status.value}", [nlp.make_doc(p) for p in phrases])
    for key, phrases in lexicon.words.items():
        if phrases and key not in ("coalition_groups", "coalition_weak"):
            matcher.add(key, [nlp.make_doc(p) for p in phrases])
    return matcher


ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "twentieth hundredth"
).split()
"""Number words that do not count a group: "third countries" are outsiders."""


FEW = "one two three four five six seven eight nine 1 2 3 4 5 6 7 8 9".split()
"""Counts too small for the coalition of the willing (about thirty states):
"the two countries" are the two just named, not the coalition."""


def _group_matchers(nlp: Language, lexicon: Lexicon) -> tuple[PhraseMatcher, Matcher]:
    """Fixed group phrases ("European allies") and counted ones ("26 countries",
    "Twenty-six nations"), where ``#`` stands for a number."""
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    counted = Matcher(nlp.vocab)
    cardinal = {"LIKE_NUM": True, "LOWER": {"NOT_IN": ORDINALS}}
    numbers: list[list[dict[str, Any]]] = [
        [  # "26", "twenty-six", "30-odd"
            {"LIKE_NUM": True, "LOWER": {"NOT_IN": ORDINALS + FEW}},
            {"ORTH": "-", "OP": "?"},
            {**cardinal, "OP": "?"},
            {"LOWER": "odd", "OP": "?"},
        ],
        [cardinal, {"LOWER": "dozen"}],  # "two dozen"
    ]
    for key in ("coalition_groups", "coalition_weak"):
        fixed = [p for p in lexicon[key] if "#" not in p.split()]
        phrases.add(key, [nlp.make_doc(p) for p in fixed])
        patterns = [
            [t for w in p.split() for t in (number if w == "#" else [{"LOWER": w}])]
            for p in lexicon[key]
            if "#" in p.split()
            for number in numbers
        ]
        if patterns:
            counted.add(key, patterns)
    return phrases, counted


@lru_cache(maxsize=4)
def analyzer(kb: KnowledgeBase | None = None, lexicon: Lexicon | None = None) -> Analyzer:
    """The pipeline and matchers for a knowledge base and lexicon (cached)."""
    kb = kb or load_kb()
    lexicon = lexicon or load_lexicon()
    nlp = _blank()
    groups, counted = _group_matchers(nlp, lexicon)
    return Analyzer(
        nlp=nlp,
        kb=kb,
        lexicon=lexicon,
        actors=_actor_matcher(nlp, kb),
        cues=_cue_matcher(nlp, lexicon),
        groups=groups,
        counted_groups=counted,
    )
