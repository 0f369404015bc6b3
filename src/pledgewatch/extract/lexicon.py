"""The cue lexicon (``extract/data/cues.yaml``), loaded and validated once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pledgewatch.errors import KnowledgeBaseError
from pledgewatch.records import Category, Status

CUES = Path(__file__).parent / "data" / "cues.yaml"

_LIST_KEYS = (
    "negations",
    "condition_openers",
    "premise",
    "attack_triggers",
    "same_stance",
    "speech_verbs",
    "pronouns",
    "place_prepositions",
    "place_nouns",
    "subset_words",
    "coalition_groups",
    "coalition_weak",
    "loose_groups",
    "payment_verbs",
    "receiving_verbs",
    "negative_answers",
    "speech_markers",
    "record_markers",
    "release_markers",
    "predicates",
    "consent_words",
    "judgements",
    "not_kinds",
    "not_stances",
    "war_context",
    "other_theatres",
    "nato_deterrence",
    "not_about_ukraine",
    "other_regimes",
    "kept_at_home",
)


def inflect(word: str) -> tuple[str, ...]:
    """The regular forms of an English verb: ``pledge`` -> pledge, pledges..."""
    if word.endswith("e"):
        return (word, word + "s", word + "d", word[:-1] + "ing")
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return (word, word[:-1] + "ies", word[:-1] + "ied", word + "ing")
    if word.endswith(("s", "x", "ch", "sh", "o")):  # veto -> vetoes
        return (word, word + "es", word + "ed", word + "ing")
    forms = [word, word + "s", word + "ed", word + "ing"]
    single = word[-3:-2] not in tuple("aeiou") or word[-4:-2] == "qu"  # equip -> equipped
    if len(word) > 2 and word[-1] in "tpgnmr" and word[-2] in "aeiou" and single:
        forms += [word + word[-1] + "ed", word + word[-1] + "ing"]  # commit -> committed
    return tuple(forms)


def expand(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase with every ``word~`` replaced by each of its forms."""
    variants = [""]
    for word in phrase.split():
        forms = inflect(word[:-1]) if word.endswith("~") else (word,)
        variants = [f"{v} {f}".strip() for v in variants for f in forms]
    return tuple(variants)


@dataclass(frozen=True, slots=True)
class Company:
    """Kind words that take another kind in some company (``kinds_in_company``):
    "tankers" among jets and refuelling are aircraft."""

    words: frozenset[str]
    kind: Category
    among: frozenset[str]
    """Words of the sentence that give ``words`` the kind ``kind``..."""
    unless: frozenset[str]
    """...unless one of these is in the sentence too."""
    lede: bool = False
    """Whether ``among`` in the article's lede counts too ("guarantees" in
    a story headlined on a loan)."""


@dataclass(frozen=True, eq=False)
class Lexicon:
    categories: Mapping[Category, tuple[str, ...]]
    statuses: Mapping[Status, tuple[str, ...]]
    words: Mapping[str, tuple[str, ...]]
    """The other lists of cues.yaml, expanded, by key."""
    companies: tuple[Company, ...] = ()

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return self.words[key]


def _phrases(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnowledgeBaseError(f"{where}: expected a list of phrases")
    return tuple(dict.fromkeys(form for phrase in value for form in expand(phrase.lower())))


AUXILIARIES = frozenset(
    "will would could can may might shall should must to has have had is are was were".split()
)


def with_adverbs(phrases: tuple[str, ...], adverbs: tuple[str, ...]) -> tuple[str, ...]:
    """Each phrase that begins with a modal or an auxiliary also with an
    adverb after it: "would deploy" -> "would only deploy", "would jointly
    deploy"; "has given" -> "has already given"."""
    extra = [
        f"{first} {adverb} {rest}"
        for phrase in phrases
        if " " in phrase
        for first, rest in [phrase.split(" ", 1)]
        if first in AUXILIARIES
        for adverb in adverbs
    ]
    return tuple(dict.fromkeys([*phrases, *extra]))


def parse_lexicon(data: Any, where: str = str(CUES)) -> Lexicon:
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{where}: expected a mapping")
    try:
        categories = {
            Category(name): _phrases(phrases, f"{where} categories.{name}")
            for name, phrases in data["categories"].items()
        }
        adverbs = _phrases(data.get("inner_adverbs", []), f"{where} inner_adverbs")
        statuses = {
            Status(name): with_adverbs(_phrases(phrases, f"{where} statuses.{name}"), adverbs)
            for name, phrases in data["statuses"].items()
        }
        words = {key: _phrases(data.get(key, []), f"{where} {key}") for key in _LIST_KEYS}
        companies = tuple(
            _company(entry, f"{where} kinds_in_company")
            for entry in data.get("kinds_in_company", [])
        )
    except (KeyError, ValueError, AttributeError, TypeError) as error:
        raise KnowledgeBaseError(f"{where}: invalid cue lexicon ({error})") from error
    return Lexicon(categories, statuses, words, companies)


def _company(entry: Any, where: str) -> Company:
    def words(key: str) -> frozenset[str]:
        return frozenset(_phrases(entry.get(key, []), f"{where}.{key}"))

    if not isinstance(entry, dict):
        raise KnowledgeBaseError(f"{where}: expected a mapping per entry")
    lede = entry.get("lede", False)
    if not isinstance(lede, bool):
        raise KnowledgeBaseError(f"{where}.lede: expected true or false")
    return Company(words("words"), Category(entry["kind"]), words("with"), words("unless"), lede)


@lru_cache(maxsize=4)
def load_lexicon(path: Path = CUES) -> Lexicon:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeBaseError(f"{path}: cannot read cue lexicon ({error})") from error
    return parse_lexicon(data, str(path))
