"""The spaCy side of extraction: tokenizer, sentences and matchers.

A blank English pipeline: the tokenizer and a component that starts a
sentence at every line break (headlines, bullet lines and captions carry no
final full stop) and after sentence-final punctuation. Matchers are built once from
the knowledge base and the cue lexicon. spaCy objects never leave
``extract/``: the other modules receive our own records.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

import numpy
import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LIKE_NUM, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from pledgewatch.extract.lexicon import Lexicon, load_lexicon
from pledgewatch.kb import KnowledgeBase, load_kb
from pledgewatch.records import ActorKind

SENTENCE_END = frozenset(Sentencizer.default_punct_chars)
"""What ends a sentence: spaCy's sentencizer's list (., !, ? and their
counterparts in other scripts)."""


OPENING_QUOTES = frozenset(['"', "“", "‘", "'", "«", "„", "‚"])
"""Quotation marks that, after a space, open the next sentence's quote
(spaCy's sentencizer would leave them at the end of the sentence before)."""


@Language.factory("sentences")
def sentences(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Sentence starts: after every line break (headlines, bullet lines and
    captions carry no final full stop), and after sentence-final punctuation
    as spaCy's rule-based sentencizer sets them (a run of punctuation stays
    with the sentence it ends, except a quotation mark after a space, which
    opens the next one).

    The same rules as the ``line_breaks`` component followed by spaCy's
    ``sentencizer``, computed on token arrays instead of Token objects: the
    sentencizer alone cost as much as tokenizing.
    """
    del name
    ends_array = numpy.array(sorted(nlp.vocab.strings.add(c) for c in SENTENCE_END), "uint64")
    openings_array = numpy.array(sorted(nlp.vocab.strings.add(c) for c in OPENING_QUOTES), "uint64")

    def split(doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        table = doc.to_array([ORTH, IS_PUNCT, IS_SPACE, SPACY])
        orth, punct, space, spacy_after = table[:, 0], table[:, 1], table[:, 2], table[:, 3]
        starts = numpy.full(n, -1, dtype="int64")
        strings = nlp.vocab.strings
        for i in space.nonzero()[0].tolist():  # a line break starts the next sentence
            if i + 1 < n and "\n" in strings[int(orth[i])]:
                starts[i + 1] = 1
        # After a run of sentence ends, the next word (or a quotation mark
        # after a space) begins a sentence: the first such token after each end.
        is_end = numpy.isin(orth, ends_array)
        opens = numpy.isin(orth, openings_array)
        opens[1:] &= spacy_after[:-1].astype(bool)
        opens[0] = False
        begins = ((punct == 0) | opens) & ~is_end
        candidates = begins.nonzero()[0]
        found = numpy.searchsorted(candidates, is_end.nonzero()[0], side="right")
        starts[candidates[found[found < len(candidates)]]] = 1
        starts[0] = 1
        values: Any = starts.astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], values)
        return doc

    return split


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
    """Groups given by number (``26 countries``); use :meth:`counted`."""
    counted_nouns: numpy.ndarray[Any, Any]
    """LOWER hashes of the words that end a counted group (``countries``)."""
    built_strings: int
    """Strings the vocabulary held once the analyzer was built."""

    def outgrown(self) -> bool:
        """Whether the text read since the build has added more than
        VOCAB_SLACK strings to the vocabulary (see :func:`renew`)."""
        return len(self.nlp.vocab.strings) - self.built_strings > VOCAB_SLACK

    def parse(self, text: str) -> Doc:
        doc = self.nlp(text)
        doc.user_data["text"] = text  # spaCy keeps the text whole; Doc.text rebuilds it
        return doc

    def counted(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Matches of ``counted_groups``, looked for only after number-like
        tokens (token patterns are slow over a whole article)."""
        n, windows = len(doc), list[list[int]]()
        table = doc.to_array([LIKE_NUM, LOWER])
        nouns = numpy.isin(table[:, 1], self.counted_nouns).nonzero()[0]
        for i in table[:, 0].nonzero()[0].tolist():
            j = numpy.searchsorted(nouns, i + 1)
            if j == len(nouns) or nouns[j] >= i + COUNTED_REACH:
                continue  # no group noun ("countries") close after the number
            if windows and i <= windows[-1][1]:
                windows[-1][1] = min(n, i + COUNTED_REACH)
            else:
                windows.append([i, min(n, i + COUNTED_REACH)])
        return [
            (m_id, start + s, start + e)
            for start, end in windows
            for m_id, s, e in self.counted_groups(doc[start:end])
        ]

    def cue_matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(label, start, end) of every cue phrase in ``doc``, also where
        scare quotes fall inside one ("remained "open" to sending")."""
        strings = self.nlp.vocab.strings
        found = [(strings[m_id], start, end) for m_id, start, end in self.cues(doc)]
        words = orths(doc)
        kept = _without_scare_quotes(words)
        if len(kept) == len(words):
            return found
        bare = Doc(doc.vocab, words=[words[k] for k in kept])
        across = [
            (strings[m_id], kept[start], kept[end - 1] + 1)
            for m_id, start, end in self.cues(bare)
            if kept[end - 1] + 1 - kept[start] != end - start  # across a quotation mark
        ]
        taken = {(label.split(":")[0], i) for label, start, end in found for i in range(start, end)}
        return (
            found
            + [  # a phrase as written ("share the fate") before one across marks
                m
                for m in across
                if not any((m[0].split(":")[0], i) in taken for i in range(*m[1:]))
            ]
        )


QUOTE_MARKS = OPENING_QUOTES | {"\u201d", "\u2019", "\u00bb"}
"""Quotation marks, straight and typographic, opening and closing."""

SCARE_WORDS = 4
"""Most words between the marks of scare quotes ("open", "not in a position")."""


def _without_scare_quotes(words: Sequence[str]) -> list[int]:
    """The indices of ``words`` less the marks of scare quotes: a pair of
    quotation marks around one to four words."""
    marks = [i for i, w in enumerate(words) if w in QUOTE_MARKS]
    dropped: set[int] = set()
    for i, j in pairwise(marks):
        inside = words[i + 1 : j]
        if (
            i not in dropped
            and 0 < len(inside) <= SCARE_WORDS
            and all(w.isalpha() or w == "-" for w in inside)
        ):
            dropped.update((i, j))
    return [i for i in range(len(words)) if i not in dropped]


def longest_first(matches: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Non-overlapping (label, start, end) matches, the longest (then the
    earliest) kept, in text order: ``spacy.util.filter_spans`` on tuples."""
    kept: list[tuple[str, int, int]] = []
    taken: set[int] = set()
    for match in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if not taken.intersection(range(match[1], match[2])):
            kept.append(match)
            taken.update(range(match[1], match[2]))
    return sorted(kept, key=lambda m: m[1])


CURRENCY_PREFIXES = (r"NZ\$", r"US\$", r"HK\$", r"AU\$", r"CA\$", r"S\$")
"""Currency signs that spaCy's English prefixes leave joined to the sum
("NZ$10"): split off, "NZ$ 10 million" reads like "$ 10 million"."""


CURLY_APOSTROPHE = "\u2019"
"""The typographic apostrophe ("won’t", "Britain’s"): read as the straight one."""


def _lower(word: str) -> str:
    """A word's lower-case form with a straight apostrophe: "Won’t" -> "won't"."""
    return word.lower().replace(CURLY_APOSTROPHE, "'")


def _straight_apostrophes(nlp: Language) -> None:
    """Make spaCy's LOWER read curly apostrophes as straight ones, so that
    "won’t send" matches the cues and negations written "won't send"."""
    vocab: Any = nlp.vocab  # the stubs leave out lex_attr_getters
    vocab.lex_attr_getters[LOWER] = _lower
    for lexeme in vocab:  # those the tokenizer's exceptions already made
        if CURLY_APOSTROPHE in lexeme.orth_:
            lexeme.lower_ = _lower(lexeme.orth_)


def _blank() -> Language:
    nlp = spacy.blank("en")
    _straight_apostrophes(nlp)
    prefixes = [*CURRENCY_PREFIXES, *(nlp.Defaults.prefixes or ())]
    tokenizer: Any = nlp.tokenizer
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    nlp.add_pipe("sentences")
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
        if surface.rule == "name" and kb.kind(surface.actor) is ActorKind.STATE:
            variants.add(text.upper())  # "SWEDEN - The government ...": a digest's heading
        matcher.add(str(index), [nlp.make_doc(v) for v in variants])
    return matcher


GROUP_LISTS = ("coalition_groups", "coalition_weak", "loose_groups")
"""Lexicon lists of groups matched as actors: the coalition's stand-ins, and
groups too loose to be anyone's commitment ("allies")."""

NOT_CUES = (
    *GROUP_LISTS,
    "war_context",
    "other_theatres",
    "nato_deterrence",
    "not_about_ukraine",
    "other_regimes",
    "consent_words",
    "negative_answers",
    "speech_markers",
    "record_markers",
    "release_markers",
    "attack_triggers",
)
"""Lexicon lists read whole, not matched as cues in the text."""


def _cue_matcher(nlp: Language, lexicon: Lexicon) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for category, phrases in lexicon.categories.items():
        matcher.add(f"category:{category.value}", [nlp.make_doc(p) for p in phrases])
    for status, phrases in lexicon.statuses.items():
        matcher.add(f"status:{status.value}", [nlp.make_doc(p) for p in phrases])
    for key, phrases in lexicon.words.items():
        if phrases and key not in NOT_CUES:
            matcher.add(key, [nlp.make_doc(p) for p in phrases])
    return matcher


ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "twentieth hundredth"
).split()
"""Number words that do not count a group: "third countries" are outsiders."""


COUNTED_REACH = 8
"""Tokens from a number to the end of a counted group ("30 - odd european
countries" is six); longer than any pattern of ``counted_groups``."""


FEW = "one two three four five six seven eight nine 1 2 3 4 5 6 7 8 9".split()
"""Counts too small for the coalition of the willing (about thirty states):
"the two countries" are the two just named, not the coalition."""

MANY = [str(n) for n in range(41, 1000)] + "fifty sixty seventy eighty ninety hundred".split()
"""Counts too large for it: "defence ministers from about 50 countries" are
the Ukraine Defense Contact Group, "more than 110 countries" the world."""


def _group_matchers(nlp: Language, lexicon: Lexicon) -> tuple[PhraseMatcher, Matcher]:
    """Fixed group phrases ("European allies") and counted ones ("26 countries",
    "Twenty-six nations"), where ``#`` stands for a number."""
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    counted = Matcher(nlp.vocab)
    cardinal = {"LIKE_NUM": True, "LOWER": {"NOT_IN": ORDINALS}}
    numbers: list[list[dict[str, Any]]] = [
        [  # "26", "twenty-six", "30-odd"
            {"LIKE_NUM": True, "LOWER": {"NOT_IN": ORDINALS + FEW + MANY}},
            {"ORTH": "-", "OP": "?"},
            {**cardinal, "OP": "?"},
            {"LOWER": "odd", "OP": "?"},
        ],
        [cardinal, {"LOWER": "dozen"}],  # "two dozen"
    ]
    for key in GROUP_LISTS:
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
    """The pipeline and matchers for a knowledge base and lexicon (cached).

    Once built, everything the process holds is moved out of the garbage
    collector's reach (``gc.freeze``): the vocabulary, matchers and knowledge
    base live as long as the process, and walking their objects at every
    full collection cost about a tenth of extraction's time.
    """
    kb = kb or load_kb()
    lexicon = lexicon or load_lexicon()
    nlp = _blank()
    groups, counted = _group_matchers(nlp, lexicon)
    actors, cues = _actor_matcher(nlp, kb), _cue_matcher(nlp, lexicon)
    nouns = {
        nlp.vocab.strings.add(p.split()[-1])
        for key in GROUP_LISTS
        for p in lexicon[key]
        if "#" in p.split()[:-1]
    }
    built = Analyzer(
        nlp=nlp,
        kb=kb,
        lexicon=lexicon,
        actors=actors,
        cues=cues,
        groups=groups,
        counted_groups=counted,
        counted_nouns=numpy.array(sorted(nouns), dtype="uint64"),
        built_strings=len(nlp.vocab.strings),
    )
    gc.freeze()
    return built


VOCAB_SLACK = 100_000
"""Strings the text read may add to an analyzer's vocabulary before it is
built again. spaCy keeps every new word it meets (a lexeme, its strings and
a tokenizer cache entry: about 320 bytes a string, ``bench/vocabulary.py``)
for the life of the pipeline; over a long ingest of real news, with its
names, numbers and misspellings, that grows without bound. Built again
(about 0.4 s), it holds only what its matchers need, so the vocabulary
stays within about 32 MiB of that. spaCy's ``memory_zone`` would free the
new words after every article instead, but it turns the tokenizer's cache
off: extraction ran about a fifth slower."""


def current(kb: KnowledgeBase | None = None) -> Analyzer:
    """:func:`analyzer`, built again first if the text it has read has
    outgrown its vocabulary's slack (VOCAB_SLACK). Asked before an article,
    when nothing read with the old one is still held, so that it is freed
    before the new one is built."""
    if analyzer(kb).outgrown():
        renew()
    return analyzer(kb)


def renew() -> None:
    """Drop the built analyzers, so that the next :func:`analyzer` call
    builds afresh (with a vocabulary of its matchers' words only).

    The collector gets back what :func:`analyzer` froze: the old pipeline's
    reference cycles would otherwise never be collected.
    """
    analyzer.cache_clear()
    gc.unfreeze()
    gc.collect()


def lowers(doc: Doc) -> list[str]:
    """Every token's lower-case form, made once per doc (a Token object for
    each look at a word costs more than the look); spaCy's LOWER is the
    written form's ``str.lower()`` with straight apostrophes (:func:`_lower`)."""
    data = doc.user_data
    if "lower" not in data:
        data["lower"] = [_lower(w) for w in orths(doc)]
    words: list[str] = data["lower"]
    return words


def orths(doc: Doc) -> list[str]:
    """Every token's text as written, made once per doc: sliced from the
    text at the token offsets (see :func:`offsets`)."""
    data = doc.user_data
    if "orth" not in data:
        text = document_text(doc)
        data["orth"] = [text[s:e] for s, e in zip(*offsets(doc), strict=True)]
    words: list[str] = data["orth"]
    return words


def offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Character offsets where each token starts and ends, made once per doc."""
    data = doc.user_data
    if "offsets" not in data:
        table = doc.to_array([IDX, LENGTH]).astype("int64")
        data["offsets"] = (table[:, 0].tolist(), (table[:, 0] + table[:, 1]).tolist())
    found: tuple[list[int], list[int]] = data["offsets"]
    return found


def document_text(doc: Doc) -> str:
    """The article's text (kept by :meth:`Analyzer.parse`; ``Doc.text`` joins
    every token at each call)."""
    data = doc.user_data
    if "text" not in data:
        data["text"] = doc.text
    text: str = data["text"]
    return text


def text_between(doc: Doc, start: int, end: int) -> str:
    """The text of tokens ``start:end`` without making a Span."""
    if start >= end:
        return ""
    starts, ends = offsets(doc)
    return document_text(doc)[starts[start] : ends[end - 1]]
