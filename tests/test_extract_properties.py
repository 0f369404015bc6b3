"""Extractor robustness, property-based (hypothesis): arbitrary and hostile
text never raises, every offset lies inside the text and quotes it exactly,
and each article is read within a deadline.

The runs are kept short for CI (modest ``max_examples``, derandomized so
CI sees the same examples every time); ``HYPOTHESIS_PROFILE=deep`` runs
many more, with random seeds, when hunting.
"""

from __future__ import annotations

import os
import random
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pledgewatch
from pledgewatch.kb import load_kb
from pledgewatch.records import Extraction

ARTICLE_DEADLINE = timedelta(seconds=10)
"""Per generated article of up to a few thousand characters: they take
0.01-0.2 s here; ten seconds is far beyond that on a loaded CI machine, and
far below the minutes a quadratic blow-up would take."""

LONG_DEADLINE = timedelta(seconds=60)
"""Per hostile long text (tens of thousands of characters): 0.1-2 s here
(measured in docs/reliability.md)."""

settings.register_profile(
    "ci",
    max_examples=40,
    deadline=ARTICLE_DEADLINE,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "deep",
    max_examples=2000,
    deadline=ARTICLE_DEADLINE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

_KB = load_kb()
NAMES = sorted({actor.name for actor in _KB.actors.values()})

CUES = [
    "pledged",
    "will send",
    "agreed to deploy",
    "is considering",
    "ruled out",
    "could",
    "would not",
    "once a ceasefire holds",
    "troops",
    "fighter jets",
    "air defence",
    "minesweepers",
    "€90 billion",
    "3,000 soldiers",
    "to Ukraine",
    "the minister said",
    "Ukraine",
    "NATO",
    "the coalition of the willing",
    "a reassurance force",
]

ODD = [
    "\u0301",  # combining acute accent
    "\u0308\u0323",  # stacked combining marks
    "\u200b",  # zero-width space
    "\u200c\u200d",  # zero-width non-joiner and joiner
    "\ufeff",  # byte-order mark inside text
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066\u2069",  # isolates
    "فرنسا تعهدت",  # Arabic
    "צרפת התחייבה",  # Hebrew
    "\x00",  # NUL
    "\u00ad",  # soft hyphen
    "\u00a0",  # no-break space
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\r",
    "\t",
    "\x0b\x0c",
    "\ue000",  # private use
    "\uffff\ufffe",  # non-characters
    "\U0001f1fa\U0001f1e6",  # a flag (regional indicators)
    "\U0001f469\u200d\U0001f467",  # an emoji sequence joined by ZWJ
    "\U000e0041",  # a tag character
    "ﬁ",  # ligature
    "Ｆｒａｎｃｅ",  # full-width
    "«",
    "»",
    "“",
    "”",
    '"',
    "'",
    "’",
    "—",
    "…",
]

SEPARATORS = [" ", "", "  ", "\n", "\n\n", ", ", ". ", "; ", ": ", " - ", "!", "?"]

_piece = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(CUES),
    st.sampled_from(ODD),
    st.text(max_size=12),  # any code point but surrogates (hypothesis excludes them)
)
_joined = st.lists(st.tuples(_piece, st.sampled_from(SEPARATORS)), max_size=300).map(
    lambda parts: "".join(piece + sep for piece, sep in parts)
)
articles = st.one_of(_joined, st.text(max_size=3000))


def check(text: str, extraction: Extraction) -> None:
    """Every offset inside ``text``, every quoted span equal to the text there."""
    n = len(text)
    for mention in extraction.mentions:
        assert 0 <= mention.start <= mention.end <= n, mention
        assert text[mention.start : mention.end] == mention.text, mention
    evidence = [c.evidence for c in extraction.commitments]
    evidence += [side.evidence for c in extraction.contradictions for side in c.sides]
    for e in evidence:
        assert 0 <= e.start <= e.end <= n, e
        assert text[e.start : e.end] == e.text, e


@given(articles)
def test_extract_any_text_gives_offsets_inside_it_that_quote_it(text: str) -> None:
    check(text, pledgewatch.extract_text(text))


@given(articles, st.sampled_from(["", "France pledges troops", "\u202e\x00"]))
def test_extract_with_a_title_line_in_front(text: str, title: str) -> None:
    full = f"{title}\n{text}" if title else text
    check(full, pledgewatch.extract_text(full, title=title))


def _long_texts(seed: int) -> dict[str, str]:
    """Hostile long texts, each tens of thousands of characters."""
    rng = random.Random(seed)
    words = ["France", "pledged", "troops", "Ukraine", "will", "send", "jets", "once"]
    words += ["ceasefire", "could", "not", "the", "minister", "said", "Germany", "ruled", "out"]
    return {
        "thousands of names": ", ".join(rng.choice(NAMES) for _ in range(3000)) + " pledged jets.",
        "names joined by and": " and ".join(rng.choice(NAMES) for _ in range(3000)) + " will.",
        "one sentence, no punctuation": " ".join(rng.choice(words) for _ in range(8000)),
        "pledges without punctuation": " ".join(
            f"{rng.choice(NAMES)} pledged {rng.randint(2, 99)} jets" for _ in range(400)
        ),
        "quote marks": '"' * 1000 + "France pledged troops" + '"' * 1000,
        "a long number": "France pledged " + "9" * 100_000 + " troops to Ukraine.",
        "odd code points": "".join(rng.choice(ODD) + rng.choice(CUES) for _ in range(3000)),
        "no spaces": "FrancepledgedtroopstoUkraine" * 2000,
    }


@settings(max_examples=1, deadline=LONG_DEADLINE)
@given(st.integers(min_value=0, max_value=2**16))
def test_extract_hostile_long_texts(seed: int) -> None:
    for text in _long_texts(seed).values():
        check(text, pledgewatch.extract_text(text))
