"""The records the commitment rules read: cues, verb groups, sentences, context."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from pledgewatch.extract.actors import ActorSpan
from pledgewatch.extract.nlp import Analyzer, longest_first, lowers, orths, text_between
from pledgewatch.records import Category, Commitment

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
    named: dict[str, Category] = field(default_factory=dict)
    """The kind last named with a general head noun: "sanctions package" makes
    a later "the package" sanctions."""
    interviewee: list[str] = field(default_factory=list)
    """In a question-and-answer text, whom an unquoted "we" or "I" stands for."""
    turn: list[str] = field(default_factory=list)
    """In a transcript, whom the speaker's label opening the current paragraph
    names ("Minister Koizumi: ..."); empty in any other paragraph."""
    asked: tuple[int, tuple[Category, ...]] = (-1, ())
    """In an interview, the last question's sentence number and the kinds its
    paragraph names: the answer's "it" is what was asked about."""
    put_to: tuple[int, tuple[Category, ...]] = (-1, ())
    """In an interview, the last yes-or-no question about what the
    interviewee gives ("Would you send ...?") and the kinds it names: a bare
    "No." after it declines them."""
    last: tuple[int, tuple[Commitment, ...]] = (-1, ())
    """The latest sentence that gave commitments, and them: "Hungary has taken a
    similar position" takes theirs."""
    lists: list[Sentence] = field(default_factory=list)
    """Recent sentences naming three actors or more, whose lists of states, in
    any role, a later count refers to: "formed by Turkiye, Romania and
    Bulgaria" is what "the three navies" of the next sentence are."""
    read: dict[Category, int] = field(default_factory=dict)
    """How many commitments of each kind the article has given so far: what
    it is mostly about."""
    home: list[str] = field(default_factory=list)
    """The state an article is mostly about, for "the government" where no
    state was named before (a translated government statement)."""
    air_mission: bool = False
    """Whether the article has named an air mission or air policing: the
    aircraft a state offers then are for it."""
    issuer: list[str] = field(default_factory=list)
    """In a government's press release, the state that issues it: the giver
    of what a sentence offers with no one named."""
    actors: tuple[ActorSpan, ...] = ()
    """Every actor name of the article: a quotation that closes in a later
    sentence may name its speaker there ('... this," Lavrov said.')."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with its cues and actors, as the rules see it."""

    number: int
    """Counted over sentences, not line breaks."""
    span: Span
    cues: tuple[Cue, ...]
    actors: tuple[ActorSpan, ...]

    def of(self, kind: str) -> list[Cue]:
        return [c for c in self.cues if c.kind == kind]

    def actor_tokens(self) -> set[int]:
        """The indices of the tokens of the sentence's actor names."""
        return {i for a in self.actors for i in range(a.start, a.end)}

    def rest(self, at: int) -> list[str]:
        """The sentence's words from token ``at`` to its end, lower-cased,
        without blanks: what follows a stance ("..., he added.")."""
        return [w for w in lowers(self.span.doc)[at : self.span.end] if not w.isspace()]


def collect_cues(doc: Doc, an: Analyzer) -> list[Cue]:
    """All cues of the lexicon, overlaps resolved within each kind."""
    by_kind: dict[str, list[tuple[str, int, int]]] = {}
    for label, start, end in an.cue_matches(doc):
        by_kind.setdefault(label.split(":")[0], []).append((label, start, end))
    cues = []
    for kind, matches in by_kind.items():
        for label, start, end in longest_first(matches):
            text = text_between(doc, start, end)
            if text == "May" and not doc[start].is_sent_start:
                continue  # the month, not the modal
            if text.lower().endswith("once") and (end >= len(doc) or doc[end].is_punct):
                continue  # "have sent minesweepers abroad only once, to the Gulf": how often
            cues.append(Cue(kind, label.split(":", 1)[-1], start, end, text))
    return sorted(cues, key=lambda c: (c.start, c.end))


def text_of(span: Span) -> str:
    """``span.text``, sliced from the article's text instead of joined from
    Token objects (sentences are read often)."""
    return text_between(span.doc, span.start, span.end)


def clause_end(doc: Doc, start: int, limit: int) -> int:
    """The first token at or after ``start`` (before ``limit``) that ends a
    clause. A quote opened inside a phrase ('and "a clear American
    backstop"') is read through to its close: the words quoted belong to it."""
    orth = orths(doc)
    end, limit = start, min(limit, len(orth))
    while end < limit and orth[end] not in CLAUSE_END:
        end += 1
    if (
        end < limit
        and end > start
        and orth[end] in ('"', "“")
        and (orth[end - 1].lower() in QUOTED_INSIDE)
    ):
        close = next((i for i in range(end + 1, limit) if orth[i] in ('"', "”")), -1)
        quoted = orth[end + 1 : close]
        if 0 < close - end <= QUOTED_PHRASE and not CLAUSE_END.intersection(quoted):
            return clause_end(doc, close + 1, limit)  # a phrase, not a quoted sentence
    return end


QUOTED_INSIDE = frozenset("and or a an the of for to with".split())
"""Words before an opening quote that keep the quote inside the phrase."""

QUOTED_PHRASE = 8
"""Tokens at most of a phrase quoted inside a clause ("a clear American backstop")."""
