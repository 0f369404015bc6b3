"""Grouping articles that report the same story.

Texts are compared by MinHash over word shingles (datasketch LSH), so a
syndicated copy with a different headline, boilerplate or a few edits falls
into the same group as its original without comparing every pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

from pledgewatch.records import Story

SHINGLE = 5
"""Words per shingle: long enough that shared stock phrases do not match."""

NUM_PERM = 128
"""MinHash permutations: Jaccard estimates within about ±0.09."""

NEAR_DUPLICATE = 0.6
"""Estimated Jaccard similarity above which two texts are one story. Copies
with a new headline and edited first paragraph score 0.7-0.9; different
reports of the same event score below 0.2."""

_WORD = re.compile(r"\w+")


def _minhash(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM)
    mh.update_batch([s.encode("utf-8") for s in shingles])
    return mh


def group_stories(texts: Iterable[tuple[str, str]]) -> list[Story]:
    """Groups of two or more articles with near-identical text, by article id."""
    lsh = MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for article_id, text in texts:
        mh = _minhash(text)
        parent[article_id] = article_id
        for other in lsh.query(mh):
            parent[root(other)] = root(article_id)
        lsh.insert(article_id, mh)
        hashes[article_id] = mh
    clusters: dict[str, list[str]] = {}
    for article_id in parent:
        clusters.setdefault(root(article_id), []).append(article_id)
    stories = []
    for members in clusters.values():
        if len(members) < 2:
            continue
        members.sort()
        similarity = min(hashes[members[0]].jaccard(hashes[m]) for m in members[1:])
        reason = (
            "identical text"
            if similarity >= 1.0
            else f"near-duplicate text (estimated Jaccard {similarity:.2f})"
        )
        stories.append(Story(f"story:{members[0]}", tuple(members), reason))
    return sorted(stories, key=lambda s: s.id)
