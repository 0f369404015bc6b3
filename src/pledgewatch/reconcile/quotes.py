"""Quoted speech: finding it in an article and telling when two outlets carry one quote.

Several outlets reporting one interview rarely share their text, but they
share the interviewee's words, often in different translations ("essential
and indispensable" / "paramount and absolutely crucial"). A quote is the
text between quotation marks (straight, curly, guillemets); a closing mark
with no opening one in its paragraph (a slip common in rewrites) quotes from
the paragraph's start; paragraphs end at blank lines. Quotes are compared
after normalisation (marks, case, accents, punctuation, plural ``s``) by
token-set similarity, and only when they share enough content words and
agree on their names and numbers; two articles are one story only when they
share several quotes, so that two articles quoting the same stock phrase
("for as long as it takes") do not become one story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from pledgewatch.kb import fold

QUOTE_MIN_WORDS = 6
"""Quoted spans shorter than this are titles, scare quotes or slogans
("'Precise' plans", "'not an option'"), not someone's statement."""

QUOTE_SIMILARITY = 70.0
"""Minimum rapidfuzz ``token_set_ratio`` (0-100) of two normalised quotes.
Two translations of one interview answer in the shared corpus score 72-81;
unrelated quotes on the same subject 40-50."""

QUOTE_MIN_SHARED = 5
"""Content words (not stop words) two quotes must share to match. The
translations above share 7-8; a stock phrase such as "we will stand with
Ukraine for as long as it takes" shares 4 with its other uses, and scores
84 on similarity alone."""

SPECIFICS_AGREE = 0.5
"""Share of the names and numbers of two quotes (Jaccard) that must be common
to both. Translations of one answer keep its names ("the White House": 1.0);
a stock line said of different places or sums ("Nobody in Paris/Kyiv
believes the Kremlin ...": 0.2-0.33) does not."""

STORY_QUOTES = 2
"""Distinct quotes two articles must share to be one story. One shared quote
is what independent reports of one press conference, or of a leader's
stock line, have in common; a rewrite of an interview carries several of
its answers. (On generated formulaic statements, a single long quote
linked a third of all articles by chance; two lower that to a few in
ten thousand.)"""

STORY_SHARED_WORDS = 12
"""Shared content words, summed over the matching quotes, that make two
articles one story: short matching fragments do not."""

_OPEN = {"“": "”", "«": "»", "„": "“", '"': '"'}
_CLOSE = {"”", "»"}
_WORD = re.compile(r"[^\W_]+")
_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")
"""A paragraph: lines up to a blank line (wrapped lines stay together)."""


@dataclass(frozen=True, slots=True)
class Quote:
    """One quoted span: its offsets and its normalised words."""

    start: int
    end: int
    text: str
    words: tuple[str, ...]
    specifics: frozenset[str] = frozenset()
    """Numbers and names inside the quote (capitalised, not opening a sentence)."""
    content: frozenset[str] = frozenset()
    """Its content words (not stop words, not numbers); see :func:`content_words`."""


def content_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in set(words).difference(STOP_WORDS) if not w.isdigit())


def _stem(word: str) -> str:
    """A light stem: plural and third-person ``s`` (troops/troop)."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_SPECIFIC = re.compile(r"(?<![.!?:;“\"«„]\s)(?<!^)\b(?:\d[\d.,]*|[A-Z][\w’'-]+)")


def specifics(text: str) -> frozenset[str]:
    """Numbers and names of a quote, folded: what must agree between two
    reports of one statement ("within 5 days" is not "within 50 days")."""
    return frozenset(fold(m).rstrip(".,") for m in _SPECIFIC.findall(text.strip()))


def normalise(text: str) -> tuple[str, ...]:
    """The words of a quote: folded to lower-case ASCII, punctuation dropped."""
    return tuple(_stem(w) for w in _WORD.findall(fold(text)))


_MARKS = re.compile("[" + re.escape("".join({*_OPEN, *_OPEN.values(), *_CLOSE})) + "]")


def _spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted stretches of one paragraph."""
    spans: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    for mark in _MARKS.finditer(paragraph):
        i, ch = mark.start(), mark.group()
        if opened is not None and ch == opened[1]:
            spans.append((opened[0] + 1, i))
            opened = None
        elif opened is None and ch in _OPEN:
            opened = (i, _OPEN[ch])
        elif opened is None and ch in _CLOSE:
            spans = spans or [(0, i)]  # a closing mark with no opening one
    if opened is not None:
        spans.append((opened[0] + 1, len(paragraph)))
    return spans


def find_quotes(text: str) -> list[Quote]:
    """The quotes of an article that are long enough to compare."""
    quotes = []
    for paragraph in _PARAGRAPH.finditer(text):
        offset = paragraph.start()
        for start, end in _spans(paragraph.group()):
            s, e = offset + start, offset + end
            found = quote_at(s, e, text[s:e].strip())
            if len(found.words) >= QUOTE_MIN_WORDS:
                quotes.append(found)
    return quotes


def quote_at(start: int, end: int, span: str) -> Quote:
    """The quote at ``start:end`` of an article, whose text is ``span``."""
    words = normalise(span)
    return Quote(start, end, span, words, specifics(span), content_words(words))


def quotes_match(a: Quote, b: Quote) -> int:
    """Content words two quotes share when they are one statement, else 0."""
    shared = len(a.content & b.content)
    if shared < QUOTE_MIN_SHARED:
        return 0
    names = a.specifics | b.specifics
    if names and len(a.specifics & b.specifics) < SPECIFICS_AGREE * len(names):
        return 0  # the same words around different names or numbers
    if fuzz.token_set_ratio(" ".join(a.words), " ".join(b.words)) < QUOTE_SIMILARITY:
        return 0
    return shared


def shared_quote(a: list[Quote], b: list[Quote]) -> Quote | None:
    """The quote of ``a`` sharing most words with ``b``, if they share enough.

    Each quote of ``a`` counts once, with its best match in ``b``; the
    article pair qualifies with STORY_QUOTES matching quotes whose shared
    words reach STORY_SHARED_WORDS.
    """
    total, matched, best, best_shared = 0, 0, None, 0
    for quote in a:
        content, shared = quote.content, 0
        for other in b:  # most pairs share too few words: that test first, inline
            if len(content & other.content) >= QUOTE_MIN_SHARED:
                shared = max(shared, quotes_match(quote, other))
        total += shared
        matched += shared > 0
        if shared > best_shared:
            best, best_shared = quote, shared
    return best if matched >= STORY_QUOTES and total >= STORY_SHARED_WORDS else None
