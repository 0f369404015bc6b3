"""The records the commitment rules read: cues, verb groups, sentences, context."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pledgewatch.extract.actors import ActorSpan
from pledgewatch.extract.nlp import Analyzer
from pledgewatch.records import Category

CLAUSE_END = frozenset(',;:.!?"“”—–()')


QUOTES = frozenset(['"', "“", "”", "«", "»"])


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    """``category``, ``status``, or a cue list of the lexicon (``negations``...)."""
    label: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Group:
    """Status cues that together express one stance."""

    cues: tuple[Cue, ...]

    @property
    def start(self) -> int:
        return self.cues[0].start

    @property
    def end(self) -> int:
        return self.cues[-1].end


@dataclass
class Context:
    """What the reader remembers from earlier sentences of the article."""

    subjects: list[tuple[int, list[str]]] = field(default_factory=list)
    """(sentence number, actor ids) of recent subjects, oldest first."""
    topics: list[tuple[int, tuple[Category, ...]]] = field(default_factory=list)
    """(sentence number, categories named in it) of recent sentences."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with its cues and actors, as the rules see it."""

    number: int
    span: Span
    cues: tuple[Cue, ...]
    actors: tuple[ActorSpan, ...]

    def of(self, kind: str) -> list[Cue]:
        return [c for c in self.cues if c.kind == kind]


def collect_cues(doc: Doc, an: Analyzer) -> list[Cue]:
    """All cues of the lexicon, overlaps resolved within each kind."""
    by_kind: dict[str, list[Span]] = {}
    for span in an.cue_spans(doc):
        kind = span.label_.split(":")[0]
        by_kind.setdefault(kind, []).append(span)
    cues = []
    for kind, spans in by_kind.items():
        for span in filter_spans(spans):
            if span.text == "May" and not span[0].is_sent_start:
                continue  # the month, not the modal
            label = span.label_.split(":", 1)[-1]
            cues.append(Cue(kind, label, span.start, span.end, span.text))
    return sorted(cues, key=lambda c: (c.start, c.end))


def clause_end(doc: Doc, start: int, limit: int) -> int:
    """The first token at or after ``start`` (before ``limit``) that ends a clause."""
    end = start
    while end < limit and doc[end].text not in CLAUSE_END:
        end += 1
    return end
