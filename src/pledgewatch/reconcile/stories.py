"""Grouping articles that report the same story.

Two articles are one story when

- their texts are near duplicates: MinHash over word shingles, so a
  syndicated copy with a new headline, boilerplate or a few edits is found
  without comparing every pair (LSH bands, as datasketch computes them); or
- they carry the same quotes from one underlying source (an interview picked
  up by several outlets), compared as :mod:`.quotes` describes.

Each article gets a :class:`Fingerprint` with integer *keys*: its MinHash
band hashes and the hashes of consecutive content-word pairs in its quotes.
Only articles that share a key are compared; keys shared by very many
articles (stock phrases) are not used to find candidates. The same keys are
stored in the database, so that a new article is compared with its few
candidates and never with the whole store (``store/reconciled.py``).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import Any

import numpy
from datasketch import MinHash, MinHashLSH

from pledgewatch.reconcile.quotes import (
    Quote,
    content_words,
    find_quotes,
    quote_at,
    shared_quote,
)
from pledgewatch.records import Story, StoryLink, content_hash

SHINGLE = 5
"""Words per shingle: long enough that shared stock phrases do not match."""

NUM_PERM = 128
"""MinHash permutations: Jaccard estimates within about ±0.09."""

NEAR_DUPLICATE = 0.6
"""Estimated Jaccard similarity above which two texts are one story. Copies
with a new headline and edited first paragraph score 0.7-0.9; different
reports of the same event score below 0.2."""

QUOTE_KEYS_MIN = 2
"""Quote keys (content-word pairs) two articles must share to be compared:
one shared pair ("security guarantee") is everyday vocabulary."""

KEY_MAX_POSTINGS = 200
"""A key held by more articles than this finds no candidates: it is a stock
phrase or boilerplate, and following it would compare a new article with
thousands. Set so that a 100,000-article store answers in milliseconds,
while a story is rarely carried by more than a few dozen outlets. (A store
keeps the keys over it, ``story_stop_keys``: changing it needs
RECONCILE_VERSION raised, so that they are found again.)"""

MAX_CANDIDATES = 50
"""At most this many candidates (those sharing the most keys) are compared
in full with a new article."""

QUOTE_EXCERPT = 80
"""Characters of a shared quote shown in a story's reason."""

_WORD = re.compile(r"\w+")
_SEED = 1


@lru_cache(maxsize=1)
def _bands() -> tuple[int, int]:
    """(bands, rows per band) that datasketch picks for NEAR_DUPLICATE."""
    lsh = MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=NUM_PERM)
    return int(lsh.b), int(lsh.r)


def _key(kind: str, data: bytes) -> int:
    digest = hashlib.blake2b(kind.encode() + b"\0" + data, digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


_SHINGLE_BASE = numpy.uint64(1_000_003)
_LOW32 = numpy.uint64(0xFFFFFFFF)


def shingle_hashes(text: str) -> list[int]:
    """32-bit hashes of the text's distinct SHINGLE-word shingles.

    Each word is hashed once (CRC-32) and a shingle's hash is a polynomial of
    its words' hashes, computed for all shingles at once with NumPy: hashing
    every shingle's string was most of the cost of a fingerprint.
    """
    words = [zlib.crc32(w.encode("utf-8")) for w in _WORD.findall(text.lower())]
    ids = numpy.array(words or [0], dtype=numpy.uint64)
    count = max(1, len(ids) - SHINGLE + 1)
    hashes = numpy.zeros(count, dtype=numpy.uint64)
    for k in range(min(SHINGLE, len(ids))):
        hashes = hashes * _SHINGLE_BASE + ids[k : k + count]
    return [int(h) for h in numpy.unique(hashes & _LOW32)]


@lru_cache(maxsize=1)
def _template() -> MinHash:
    """An empty MinHash whose permutations (drawn from the seed, slow to
    draw) every other one shares."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=int)


def minhash(text: str) -> MinHash:
    template = _template()
    mh = MinHash(
        num_perm=NUM_PERM,
        seed=_SEED,
        hashfunc=int,
        permutations=template.permutations,
        scheme=template.scheme,
    )
    mh.update_batch(shingle_hashes(text))
    return mh


@dataclass(frozen=True)
class Fingerprint:
    """What story grouping knows of one article: its MinHash values and its
    quotes. Its keys are derived from them when first asked for: a stored
    article compared with a new one needs only the values and the quotes."""

    article: str
    values: numpy.ndarray[Any, numpy.dtype[numpy.uint64]] = field(compare=False)
    quotes: tuple[Quote, ...]

    @cached_property
    def minhash(self) -> MinHash:
        template = _template()
        return MinHash(
            num_perm=NUM_PERM,
            seed=_SEED,
            hashvalues=self.values,
            permutations=template.permutations,
            scheme=template.scheme,
        )

    @cached_property
    def text_keys(self) -> frozenset[int]:
        bands, rows = _bands()
        values = self.values
        return frozenset(
            _key(f"band{i}", values[i * rows : (i + 1) * rows].tobytes()) for i in range(bands)
        )

    @cached_property
    def quote_keys(self) -> frozenset[int]:
        return _quote_keys(self.quotes)

    @property
    def keys(self) -> frozenset[int]:
        return self.text_keys | self.quote_keys


def _quote_keys(quotes: Iterable[Quote]) -> frozenset[int]:
    keys = set()
    for quote in quotes:
        content = [w for w in quote.words if w in quote.content]
        for a, b in pairwise(content):
            keys.add(_key("quote", f"{a} {b}".encode()))
    return frozenset(keys)


FINGERPRINT_CACHE = 512
"""Fingerprints kept in memory: a new article is compared with candidates
that are mostly recent articles, whose fingerprints are then not rebuilt
(bounded, so memory stays flat).

A fingerprint of a 700-word article holds about 29 KiB (its quotes' words
and sets, and its keys): 2048 of them held 58 MiB, and the ingest's memory
rose with every article up to the 2048th, then again while the full cache
churned. 512 is twice what an ingest needs (the fingerprints a Dask runner
hands over are used within one store batch of 256 articles); a candidate
that is not cached is read back from the store's ``story_prints``, which
costs about as much (measured: same ingest time for 4000 articles)."""

_prints: OrderedDict[tuple[str, str], Fingerprint] = OrderedDict()
"""(article id, SHA-256 of its text) -> its fingerprint, least recent first."""


def fingerprint(article: str, text: str) -> Fingerprint:
    """The fingerprint of an article's text (kept in a bounded cache)."""
    digest = content_hash(text)
    found = cached(article, digest)
    if found is None:
        found = compute_fingerprint(article, text)
        remember(found, digest)
    return found


def cached(article: str, digest: str) -> Fingerprint | None:
    """The cached fingerprint of ``article`` whose text's SHA-256 is ``digest``."""
    found = _prints.get((article, digest))
    if found is not None:
        _prints.move_to_end((article, digest))
    return found


def remember(found: Fingerprint, digest: str) -> None:
    """Keep a fingerprint computed elsewhere (a Dask worker, or read from a
    store) for the article text whose SHA-256 is ``digest``."""
    _prints[(found.article, digest)] = found
    _prints.move_to_end((found.article, digest))
    while len(_prints) > FINGERPRINT_CACHE:
        _prints.popitem(last=False)


def compute_fingerprint(article: str, text: str) -> Fingerprint:
    return Fingerprint(article, minhash(text).hashvalues, tuple(find_quotes(text)))


StoredQuote = tuple[int, int, str, str, list[str]]
"""A quote as a store keeps it: offsets, text, its normalised words (joined
by spaces) and its names and numbers, so that it is not normalised again."""


def stored_form(found: Fingerprint) -> tuple[bytes, list[StoredQuote]]:
    """What a store keeps of a fingerprint: its MinHash values and quotes."""
    quotes = [
        (q.start, q.end, q.text, " ".join(q.words), sorted(q.specifics)) for q in found.quotes
    ]
    return found.values.tobytes(), quotes


def _stored_quote(q: Sequence[Any]) -> Quote:
    if len(q) < 5:  # written before the normalised words were kept
        return quote_at(int(q[0]), int(q[1]), str(q[2]))
    words = tuple(str(q[3]).split())
    return Quote(int(q[0]), int(q[1]), str(q[2]), words, frozenset(q[4]), content_words(words))


def from_stored(article: str, values: bytes, quotes: Iterable[Sequence[Any]]) -> Fingerprint:
    """The fingerprint :func:`stored_form` kept: equal to the computed one."""
    hashes = numpy.frombuffer(values, dtype=_template().hashvalues.dtype)
    return Fingerprint(article, hashes, tuple(_stored_quote(q) for q in quotes))


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_EXCERPT else text[: QUOTE_EXCERPT - 1].rstrip() + "…"


def jaccard(a: Fingerprint, b: Fingerprint) -> float:
    """The Jaccard similarity the MinHash values estimate (as
    ``MinHash.jaccard`` computes it)."""
    return float(numpy.count_nonzero(a.values == b.values)) / float(len(a.values))


def same_story(a: Fingerprint, b: Fingerprint) -> str | None:
    """Why ``a`` and ``b`` are one story, or None when they are not."""
    similarity = jaccard(a, b)
    if similarity >= 1.0:
        return "identical text"
    if similarity >= NEAR_DUPLICATE:
        return f"near-duplicate text (estimated Jaccard {similarity:.2f})"
    smaller, larger = sorted((a, b), key=lambda f: len(f.quotes))
    quote = shared_quote(list(smaller.quotes), list(larger.quotes))
    if quote is not None:
        return f"shared quote: '{_excerpt(quote.text)}'"
    return None


Shared = tuple[int, int]
"""Keys another article has in common with a new one: (text keys, quote keys)."""


def worth_comparing(shared: Shared) -> bool:
    """One shared text band is enough (that is how LSH works); quotes need
    QUOTE_KEYS_MIN shared content-word pairs."""
    return shared[0] > 0 or shared[1] >= QUOTE_KEYS_MIN


def candidates(shared: Mapping[str, Shared]) -> list[str]:
    """Articles worth comparing in full with a new one, most promising first.

    ``shared`` counts, per other article, the text and quote keys it has in
    common with the new article (keys over KEY_MAX_POSTINGS left out).
    """
    ranked = [
        (text * 100 + quote, article)
        for article, (text, quote) in shared.items()
        if worth_comparing((text, quote))
    ]
    ranked.sort(key=lambda x: (-x[0], x[1]))
    return [article for _score, article in ranked[:MAX_CANDIDATES]]


class StoryIndex:
    """An in-memory key index: fingerprints in, links between stories out."""

    def __init__(self) -> None:
        self.prints: dict[str, Fingerprint] = {}
        self.postings: dict[int, list[str]] = {}

    def shared(self, new: Fingerprint, usable: Callable[[int, int], bool]) -> dict[str, Shared]:
        """Per indexed article, its keys in common with ``new``; a key is
        followed when ``usable(key, its postings here)``."""
        counts: dict[str, list[int]] = {}
        for kind, keys in enumerate((new.text_keys, new.quote_keys)):
            for key in keys:
                holders = self.postings.get(key)
                if not holders or not usable(key, len(holders)):
                    continue
                for other in holders:
                    found = counts.get(other)
                    if found is None:
                        found = counts[other] = [0, 0]
                    found[kind] += 1
        return {other: (text, quote) for other, (text, quote) in counts.items()}

    def index(self, new: Fingerprint) -> None:
        self.prints[new.article] = new
        for key in new.keys:
            self.postings.setdefault(key, []).append(new.article)

    def add(self, new: Fingerprint) -> list[StoryLink]:
        """Index ``new`` and return its links to articles added before."""
        shared = self.shared(new, lambda _key, n: n <= KEY_MAX_POSTINGS)
        links = []
        for other in candidates(shared):
            reason = same_story(self.prints[other], new)
            if reason is not None:
                first, second = sorted((other, new.article))
                links.append(StoryLink(first, second, reason))
        self.index(new)
        return links


STORY_PREFIX = "story:"
"""What a story's id puts before the smallest article id of its group."""


def story_id(article_id: str) -> str:
    """The id of the story whose smallest article id is ``article_id`` (an
    article alone is a story of its own)."""
    return STORY_PREFIX + article_id


def components(links: Iterable[StoryLink]) -> dict[str, str]:
    """Article id -> story id (the smallest article id of its group)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        a, b = root(link.article), root(link.other)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {x: story_id(root(x)) for x in list(parent)}


def assemble(links: Iterable[StoryLink]) -> list[Story]:
    """Stories (groups of two or more articles) from their links."""
    links = list(links)
    story_of = components(links)
    members: dict[str, list[str]] = {}
    for article, story in story_of.items():
        members.setdefault(story, []).append(article)
    by_story: dict[str, list[StoryLink]] = {}
    for link in links:
        by_story.setdefault(story_of[link.article], []).append(link)
    stories = []
    for story, articles in members.items():
        own = sorted(by_story.get(story, []), key=lambda x: (x.article, x.other))
        reason = "; ".join(dict.fromkeys(link.reason for link in own))
        stories.append(Story(story, tuple(sorted(articles)), reason, tuple(own)))
    return sorted(stories, key=lambda s: s.id)


def group_stories(texts: Iterable[tuple[str, str]]) -> list[Story]:
    """Groups of two or more articles reporting one story, by article id."""
    index = StoryIndex()
    links = [link for article, text in texts for link in index.add(fingerprint(article, text))]
    return assemble(links)
