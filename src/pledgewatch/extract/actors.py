"""Finding actors in an article and linking them to knowledge-base ids.

Rules, in order:

- names, aliases, demonyms, metonyms and surnames from the knowledge base,
  matched case-sensitively; the longest match wins;
- capitals count as their government unless they name a place
  ("a summit in Paris", "the Paris talks");
- names marked ambiguous ("Georgia", "Jordan", "the Commission") count
  only when the same actor, someone who speaks for it, or an actor of its
  context ("the Commission" beside the EU) is named unambiguously;
- unnamed groups that stand for the coalition of the willing
  ("26 countries", "European allies");
- unknown capitalised names close to a known person's full name
  ("Keir Karrmer") by fuzzy matching;
- abbreviations an article defines for a name that holds an actor ("the
  Canadian Armed Forces (CAF)") stand for that actor wherever they recur;
- people the knowledge base does not know, named with a title ("Defence
  Minister Atanas Zapryanov", "X Y, the foreign minister", "Its leader, X
  Y") or by a transcript's speaker label ("X Y (Party):"), are listed as
  actors under their folded name (:func:`titled_people`), never as who acts;
- political parties (``parties.yaml``) are listed where named but speak for
  nobody (:func:`speaks_for`); where one name stands for several actors, the
  reading the article supports is kept (:func:`_reading_rank`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from spacy.attrs import IS_ALPHA, IS_LOWER, IS_STOP, IS_TITLE, LENGTH
from spacy.tokens import Doc

from pledgewatch.extract.nlp import (
    OPENING_QUOTES,
    Analyzer,
    document_text,
    longest_first,
    lowers,
    orths,
)
from pledgewatch.kb import KnowledgeBase, fold
from pledgewatch.records import ActorKind, Mention

COALITION = "org:coalition-of-the-willing"
LOOSE = "group:loose"
"""A group too loose to be anyone's commitment ("allies"): read as a subject,
resolved to nobody."""
FUZZY_WINDOWS = (3, 2)
"""Lengths in tokens of the capitalised names tried by fuzzy matching."""


@dataclass(frozen=True, slots=True)
class ActorSpan:
    """An actor reference at token level, inside extraction only."""

    actor: str
    start: int
    end: int
    rule: str
    kind: str = "organisation"
    """``state``, ``organisation`` or ``person`` (groups count as organisations)."""
    weak: bool = False
    """A loose stand-in for the coalition ("Europe"): a subject, not a listed actor."""
    fuzzy_score: float | None = None


def _previous_words(doc: Doc, start: int, n: int) -> str:
    words = [t.lower_ for t in doc[max(0, start - n) : start] if not t.is_space]
    return " ".join(words[-n:])


SEAT_NOUNS = frozenset(
    "government governments authorities officials leadership administration cabinet "
    "policymakers policy-makers decision-makers parliament assembly legislature".split()
)
"""Nouns before "in" that make the capital after it the government (or the
parliament) seated there, not a place: "the government in Oslo said",
"officials in Rome", "the National Assembly in Sofia approved"."""


def _is_place(doc: Doc, start: int, end: int, an: Analyzer) -> bool:
    """A capital written as a place rather than a government; a possessive
    ("pointed to Moscow's threats") is the government, and so is the seat
    of a government ("the government in Oslo")."""
    after = doc[end].lower_ if end < len(doc) else ""
    if after == "'s":  # also "’s", as lower-case forms read it
        return False
    prepositions = an.lexicon["place_prepositions"]
    before1, before2 = _previous_words(doc, start, 1), _previous_words(doc, start, 2)
    seat = before2.split()[0] if before1 == "in" and " " in before2 else ""
    if seat in SEAT_NOUNS:
        return False
    if before1 in prepositions or before2 in prepositions:
        return True
    return after in an.lexicon["place_nouns"]


def _matched(doc: Doc, an: Analyzer) -> list[tuple[str, int, int]]:
    strings = an.nlp.vocab.strings
    found = [(strings[m_id], s, e) for m_id, s, e in an.actors(doc)]
    found += [(strings[m_id], s, e) for m_id, s, e in an.groups(doc)]
    found += [(strings[m_id], s, e) for m_id, s, e in an.counted(doc)]
    plain = {
        an.kb.surfaces[int(label)].actor
        for label, _s, _e in found
        if label.isdigit() and not an.kb.surfaces[int(label)].ambiguous
    }
    return longest_first(
        sorted(found, key=lambda m: (_capital_first(m[0], an), _reading_rank(m[0], plain, an)))
    )


def _reading_rank(label: str, plain: set[str], an: Analyzer) -> int:
    """Where one name stands for several actors ("SPD", "Social Democrats",
    "PSD"), the reading its article supports first (its actor, context or
    state named plainly), then a name that is never ambiguous, then the rest."""
    if not label.isdigit():
        return 1
    surface = an.kb.surfaces[int(label)]
    if not surface.ambiguous:
        return 1
    return 0 if _supported(surface.actor, plain, an) else 2


def _capital_first(label: str, an: Analyzer) -> int:
    """Where one span is both a state's name and its capital ("Singapore",
    "Luxembourg"), the capital is kept, so that "a correspondent in
    Singapore" is a place. (Without an order, the matcher's order decided,
    and it changed with the size of the knowledge base.)"""
    return 0 if label.isdigit() and an.kb.surfaces[int(label)].rule == "capital" else 1


GOVERNING_COALITION = frozenset(
    "agreement agreements partner partners government governments party parties pact".split()
)
"""Nouns after "the coalition" that make it the parties governing a state
("the coalition agreement", "the coalition partners"), not the coalition
of the willing."""


def _from_match(doc: Doc, label: str, start: int, end: int, an: Analyzer) -> ActorSpan | None:
    if label == "loose_groups":  # "allies pour money into the scheme": nobody named
        return ActorSpan(LOOSE, start, end, "group", weak=True)
    if label == "coalition_weak" and end < len(doc) and doc[end].lower_ in GOVERNING_COALITION:
        return None  # "The coalition agreement sets aside 4 billion euros": a government's
    if label in ("coalition_groups", "coalition_weak"):
        return ActorSpan(COALITION, start, end, "group", weak=label == "coalition_weak")
    surface = an.kb.surfaces[int(label)]
    if surface.actor in an.kb.members:  # "the Baltic states": its members act, it is not listed
        return ActorSpan(surface.actor, start, end, "group", "state", weak=True)
    if surface.rule == "capital" and _is_place(doc, start, end, an):
        return None
    rule = "ambiguous" if surface.ambiguous else surface.rule
    kind = an.kb.kind(surface.actor)
    return ActorSpan(surface.actor, start, end, rule, kind.value if kind else "state")


def _name_like(doc: Doc, taken: set[int]) -> list[bool]:
    """Per token, whether it may be a word of a person's name: capitalised,
    alphabetic, longer than one letter, no stop word unless a hyphen joins it
    to the next part ("Per-Ola"), in no actor found."""
    table = doc.to_array([IS_ALPHA, IS_TITLE, IS_STOP, LENGTH, IS_LOWER]).tolist()
    orth = orths(doc)
    return [
        bool(
            alpha
            and length > 1
            and (not stop or (i + 2 < len(orth) and orth[i + 1] == "-" and orth[i + 2].istitle()))
            and not lower
            and (title or _inner_capital(orth[i]))  # only mixed-case words reach the call
        )
        and i not in taken
        for i, (alpha, title, stop, length, lower) in enumerate(table)
    ]


def _inner_capital(word: str) -> bool:
    """ "McPherson", "MacLeod", "DeSantis": a name with a second capital."""
    return word[:1].isupper() and word[1:2].islower() and not word.isupper()


def _fuzzy(doc: Doc, taken: set[int], an: Analyzer) -> list[ActorSpan]:
    """Unknown capitalised two- or three-word names close to a known person."""
    name_like = _name_like(doc, taken)
    found: list[ActorSpan] = []
    i = 0
    while i < len(doc):
        if not name_like[i]:
            i += 1
            continue
        for size in FUZZY_WINDOWS:
            if i + size > len(doc) or not all(name_like[i : i + size]):
                continue
            if i + size < len(doc) and doc[i + size].text == "-":
                continue  # "Ing-wen": part of a joined name is no name to match
            match = an.kb.fuzzy_person(doc[i : i + size].text)
            if match is not None:
                span = ActorSpan(match[0], i, i + size, "fuzzy", "person", fuzzy_score=match[1])
                found.append(span)
                i += size - 1
                break
        i += 1
    return found


EXTRA_TITLES = frozenset(
    "minister|deputy minister|deputy prime minister|state secretary|mp|lawmaker|senator|"
    "party leader|opposition leader|mayor|governor|chief executive|chief executive officer|ceo|"
    "commander|vice minister|analyst|military analyst|political analyst|defence analyst|"
    "defense analyst|expert|professor|researcher|economist|diplomat|mr|ms|mrs|dr|mr.|ms.|mrs.|"
    "dr.|rep.|sen.|"
    "colonel|col.|lt. col.|lieutenant colonel|major|captain|admiral|rear admiral|vice admiral|"
    "brigadier|brigadier general|major general|lieutenant general|air marshal|air vice-marshal|"
    "air chief marshal|director|chairman|chairwoman|chairperson|head|leader|co-author|co-authors|"
    "co - author|co - authors|author|authors|asked by|"
    "senior fellow|spokesman|spokeswoman|spokesperson|counsellor|assistant secretary|"
    "representative|deputy|member|councillor|cllr|alderman|alderwoman|sergeant|sgt.|commodore|"
    "general|gen.|lt gen|lt. gen.|lieutenant|coach|instructor|conductor|chargé d'affaires|"
    "charge d'affaires|prince|princess|sheikh|under secretary|undersecretary|"
    "lt.-col.|lieutenant-colonel|maj.-gen.|major-general|lt.-gen.|lieutenant-general|"
    "brig.-gen.|brigadier-general|corporal|cpl.|lance corporal|warrant officer|petty officer|"
    "staff sergeant|capt.|maj.|lt.".split("|")
)
"""Titles beyond the offices of offices.yaml that name a person in news."""

NOT_NAMES = frozenset(
    "sea ocean operation forces force armed army navy villa palace house office ministry "
    "council committee parliament group coalition mission base airport street square north "
    "south east west central the of and officer general staff programme program democrats "
    "republicans party member dynamics systems land ordnance industries technologies aerospace "
    "electronics news agency times post journal herald gazette tribune telegraph guardian press "
    "daily radio television tv channel broadcasting soir monde zeitung jazeera observer "
    "courier ledger standaard".split()
)
"""Capitalised words that make a run no person's name ("Commander Baltic Sea",
"Operation Kudu", "Villa Madama"), besides the words of titles; and an
outlet's ("Gulf News (Dubai):", "Al Jazeera (Doha):" in a press review)."""

TITLE_REACH = 6
"""Words of a title before a name ("Deputy Minister of National Defence")."""


def titled_people(
    doc: Doc, taken: set[int], an: Analyzer, parties: frozenset[int] = frozenset()
) -> list[ActorSpan]:
    """People the knowledge base does not know, named with their title:
    "Bulgarian Defence Minister Atanas Zapryanov", "spokesman Dmytro
    Pletenchuk", "Constantinos Kombos, the foreign minister"; or with their
    party in brackets ("Anouk Hagen (GL-PvdA)", ``parties`` holding the
    first tokens of the parties found). Their id is
    the name folded ("person:atanas-zapryanov", ANNOTATION.md); they are
    listed as actors, never taken as who takes a stance (their office is
    not known)."""
    titles, title_words = _titles(an.kb)
    low = lowers(doc)
    text = orths(doc)
    word = _name_like(doc, taken)
    found: list[ActorSpan] = []
    i = 0
    while i < len(doc):
        if not word[i]:
            i += 1
            continue
        end = i  # a run of capitalised words, "-" joining two parts ("Ing-wen")
        while end < len(doc):
            if word[end]:
                end += 1
            elif text[end] == "-" and end > i and end + 1 < len(doc) and text[end + 1].isalpha():
                end += 2
            else:
                break
        for start in range(i, end):  # "Defence Minister Atanas Zapryanov": the title first
            parts = " ".join(text[start:end]).replace(" - ", "-").split()
            if text[start] == "-" or not word[start] or not 2 <= len(parts) <= 3:
                continue
            if start and text[start - 1] == "(":
                continue  # "(Edmonton Strathcona, NDP)": a constituency, not a person
            if any(w.lower() in NOT_NAMES or w.lower() in title_words for w in parts):
                continue
            if _titled_before(low, start, titles, len(parts) == 2) or (
                start == i
                and (
                    _titled_after(low, end, titles)
                    or (_party_after(text, end, parties) and not _after_article(low, start))
                )
            ):
                slug = "-".join(fold(w).replace("'", "").replace("’", "") for w in parts)
                found.append(ActorSpan(f"person:{slug}", start, end, "titled", "person"))
                break
        i = end
    named = {t for a in found for t in range(a.start, a.end)}
    return found + _labelled_people(doc, taken | named, an)


def _party_after(text: Sequence[str], end: int, parties: frozenset[int]) -> bool:
    """ "Pieter Dekker (VVD)": a known party in brackets right after a name."""
    return end + 1 < len(text) and text[end] == "(" and end + 1 in parties


def _after_article(low: Sequence[str], start: int) -> bool:
    """ "The Green Left (GL-PvdA)": a name after "the" is no person's."""
    return start > 0 and low[start - 1] == "the"


LABEL_BRACKETS = frozenset(["(", "/", "["])
"""What follows a name in a transcript's speaker label before its colon: the
party ("(Greek Solution)", "/kok", "[10:10]")."""

LABEL_BRACKET_REACH = 8
"""Tokens from a label's bracket to its colon."""


def _labelled_people(doc: Doc, taken: set[int], an: Analyzer) -> list[ActorSpan]:
    """People the knowledge base does not know, named by a transcript's
    speaker label: "KYRIAKOS VELOPOULOS (Greek Solution):", "Aino Koskinen
    /kok:", "NATO SPOKESPERSON ALLISON HART:". The name is two or three words
    in capitals, or in title case with the party after it; a name in capitals
    with neither party nor title could be a heading ("KEY POINTS:")."""
    if ":" not in document_text(doc):
        return []
    _, title_words = _titles(an.kb)
    words = orths(doc)
    found: list[ActorSpan] = []
    for i in _line_starts(words):
        end = next(
            (
                j
                for j in range(i, min(len(words), i + LABEL_WORDS + 3))
                if words[j] == ":" or words[j][0] in LABEL_BRACKETS or "\n" in words[j]
            ),
            -1,
        )
        if end < 0 or not (words[end] == ":" or _bracket_label(words, end)):
            continue
        start = end  # the name: the words right before, back to a title ("SPOKESPERSON")
        while (
            start > i
            and words[start - 1].isalpha()
            and start - 1 not in taken
            and words[start - 1].lower() not in title_words
        ):
            start -= 1
        name = words[start:end]
        capitals = all(w.isupper() for w in name)
        if not 2 <= len(name) <= 3 or not (capitals or all(w.istitle() for w in name)):
            continue
        if any(w.lower() in NOT_NAMES for w in name):
            continue
        before = words[start - 1].lower() if start > i else ""
        shouted = (
            capitals
            and start > i
            and words[start - 1].isupper()
            and words[end][0] in LABEL_BRACKETS
        )
        if {before, name[0].lower()} & (LABEL_HONORIFICS) and not shouted:
            continue  # "Ms LOZANO IBARRA:", "Lord Coaker (Lab):": a surname alone, but
            # "MR GEORGE SIMION (AUR):", all in capitals with a bracket, is a full name
        if words[end] == ":" and not (capitals and before and not doc[start - 1].is_stop):
            continue  # "KEY POINTS:", "THE NEUTRAL CORNER:": a heading
        if " ".join(name).lower() in _known_names(an.kb):
            continue  # "NEW DELHI:": a dateline
        slug = "-".join(fold(w) for w in name)
        found.append(ActorSpan(f"person:{slug}", start, end, "speaker label", "person"))
    return found


EXTRA_HONORIFICS = frozenset("mr. mrs. ms. dr. baroness baron earl viscount".split())
"""Honorifics beyond HONORIFICS that a speaker label puts before a surname."""


@lru_cache(maxsize=4)
def _known_names(kb: KnowledgeBase) -> frozenset[str]:
    """Every name of the knowledge base in lower case, made once per knowledge base."""
    return frozenset(s.text.lower() for s in kb.surfaces)


def _bracket_label(words: Sequence[str], at: int) -> bool:
    """Whether a bracket or slash at token ``at`` opens a label's party and
    a colon closes the label on the same line."""
    if words[at][0] not in LABEL_BRACKETS:
        return False
    for j in range(at + 1, min(len(words), at + LABEL_BRACKET_REACH)):
        if "\n" in words[j]:
            return False
        if words[j] in ("):", "]:") or (words[j] == ":" and words[j - 1] in (")", "]")):
            return True
        if words[j] == ":":
            return words[at][0] == "/"
    return False


@lru_cache(maxsize=4)
def _titles(kb: KnowledgeBase) -> tuple[frozenset[str], frozenset[str]]:
    """The title phrases that name a person (offices.yaml's and EXTRA_TITLES)
    and their words, made once per knowledge base."""
    titles = EXTRA_TITLES | {t for phrases in kb.titles.values() for t in phrases}
    return titles, frozenset(w for t in titles for w in t.split())


def _titled_before(
    low: Sequence[str], start: int, titles: frozenset[str], short: bool = True
) -> bool:
    """A title right before a name, or a title with its post and a comma or a
    two-word name: "Vice Minister of National Defense Lee Doo-hee", "Ambassador
    to India, Oleksandr Polishchuk" (in "Minister of Strategic Industries Herman
    Smetanin" the post's last word is not the name's first)."""
    end = start - 1 if start > 0 and low[start - 1] == "," else start
    with_post = short or end < start
    for n in range(1, min(TITLE_REACH, end) + 1):
        words = low[end - n : end]
        addressed = end < start and end - n > 0 and low[end - n - 1] in VOCATIVES
        if _joined(words) in titles and not addressed:
            return True  # "Its leader, Mary Lou McDonald", not "Mr. Speaker, New Democrats"
        for k in range(1, n - 1) if with_post else ():  # a title, "of"/"to", the post's words
            post = words[k] in POST_WORDS and all(w.isalpha() for w in words[k + 1 :])
            if post and " ".join(words[:k]) in titles:
                return True
    return False


def _joined(words: Sequence[str]) -> str:
    """Words of a title as written: "lt.-col ." and "lieutenant - colonel" are
    "lt.-col." and "lieutenant-colonel"."""
    return " ".join(words).replace(" .", ".").replace(" - ", "-")


VOCATIVES = frozenset(["mr", "mr.", "madam", "madame", "mister"])
"""Words before a title that address someone ("Mr. Speaker, ..."): the name
after the comma is not the addressee's."""

POST_WORDS = frozenset(["of", "to", "for", "at", "in"])
"""Words between a title and what it is a title of: "Ambassador to India",
"ambassador in Vienna"."""


TITLE_AFTER_START = 3
"""Words after the comma before a title begins ("Bulgaria 's defence minister")."""


def _titled_after(low: Sequence[str], end: int, titles: frozenset[str]) -> bool:
    """ "Atanas Zapryanov, Bulgaria's defence minister," / ", the minister"."""
    if end >= len(low) or low[end] != ",":
        return False
    words = low[end + 1 : end + 1 + TITLE_REACH + TITLE_AFTER_START]
    if words[:1] == ["who"] and words[1:2] and words[1] in LEADING_VERBS:
        return True  # "Ainars Ozols, who chairs the defence committee"
    return any(
        " ".join(words[start : start + n]) in titles
        for start in range(TITLE_AFTER_START + 1)
        for n in range(1, TITLE_REACH + 1)
        if start + n <= len(words)
    )


LEADING_VERBS = frozenset("chairs heads leads commands directs runs chaired headed led".split())
"""Verbs of a relative clause that give a person's post ("X Y, who chairs
the committee")."""


ABBREVIATION_WORDS = 6
"""The longest name, in words, whose initials an abbreviation may give."""

BODIES = frozenset("forces force army navy ministry government command office guard".split())
"""Last words of a state's body that an abbreviation may stand for ("the
Canadian Armed Forces (CAF)"); a scheme named after a state ("Prioritized
Ukraine Requirements List (PURL)") is not that state."""


def _abbreviations(doc: Doc, spans: list[ActorSpan], taken: set[int]) -> list[ActorSpan]:
    """ "the Canadian Armed Forces (CAF) ... the CAF will assign": an
    abbreviation in brackets after a capitalised name of a state's body that
    begins with the state, whose words' initials it spells, stands for that
    state where it recurs."""
    orth = orths(doc)
    opening = [i + 1 for i, w in enumerate(orth[:-2]) if w == "(" and orth[i + 2] == ")"]
    if not opening:
        return []
    by_token = {i: a for a in spans for i in range(a.start, a.end)}
    meaning: dict[str, ActorSpan] = {}
    for i in opening:
        short = orth[i]
        if not short.isupper() or not 2 <= len(short) <= ABBREVIATION_WORDS or short in meaning:
            continue
        for size in range(len(short), 1, -1):  # the name ends right before the bracket
            if i - 1 - size < 0:
                continue
            name = doc[i - 1 - size : i - 1]
            if not all(t.is_title or t.is_upper for t in name):
                continue
            if "".join(t.text[0] for t in name).upper() != short:
                continue
            holder = by_token.get(name.start)
            if holder is not None and holder.kind == "state" and name[-1].lower_ in BODIES:
                meaning[short] = holder
            break
    if not meaning:
        return []
    return [
        ActorSpan(meaning[w].actor, i, i + 1, "abbreviation", meaning[w].kind)
        for i, w in enumerate(orth)
        if w in meaning and i not in taken and (i == 0 or orth[i - 1] != "(")
    ]


MEMBERSHIP = ("one of the", "among the")
"""Before a group, words that place someone in it ("Canada was one of the
first allies to pay"): the group is not the one acting."""


REGION_JOINS = frozenset(["and", ",", "-", "/", "&"])


def _wider_region(doc: Doc, a: ActorSpan, ends: set[int]) -> bool:
    """ "the Nordic and Baltic states", "Nordic, Baltic states": a group of
    states joined to another region's name is a wider group, whose members
    the knowledge base does not list (unlike "Poland and the Baltic states")."""
    i = a.start - 1
    return i >= 1 and doc[i].lower_ in REGION_JOINS and doc[i - 1].is_title and i not in ends


def _one_of(doc: Doc, start: int) -> bool:
    before = " ".join(t.lower_ for t in doc[max(0, start - 5) : start])
    return any(m in before for m in MEMBERSHIP)


def _styled(doc: Doc, a: ActorSpan) -> bool:
    """ "a German-style arrangement": a manner, not Germany."""
    return (
        a.rule == "demonym"
        and a.end + 1 < len(doc)
        and doc[a.end].text == "-"
        and doc[a.end + 1].lower_ == "style"
    )


CURRENCIES = frozenset("dollar dollars".split())


def _currency(doc: Doc, a: ActorSpan) -> bool:
    """ "150 million US dollars", "A$ ... Australian dollars": a currency, not the state."""
    return a.end < len(doc) and doc[a.end].lower_ in CURRENCIES


PARTY_WORDS = frozenset("party movement alliance bloc faction".split())
"""Words before a quoted name that make it a party's ("the opposition party
"Latvia First""), not the state it names."""


PARTY_NAME_REACH = 4
"""Tokens after a state's adjective in which the "Party" of a party's name
may come ("Polish People's Party")."""


def _party_name(doc: Doc, a: ActorSpan) -> bool:
    """'The opposition party "Latvia First" announced', "the Japanese
    Communist Party": a party's name, not the state's."""
    if a.start >= 2 and doc[a.start - 1].text in OPENING_QUOTES:
        return doc[a.start - 2].lower_ in PARTY_WORDS
    if a.rule != "demonym":
        return False  # not "Japan Sends Troops As Party Congress Opens"
    for t in doc[a.end : min(len(doc), a.end + PARTY_NAME_REACH)]:
        if t.text == "Party":
            return True
        if not (t.is_title or t.lower_ in ("'s", "'")):  # "People's", "Workers'"
            return False
    return False


REGION_WORDS = frozenset(["latin", "south", "north", "central", "middle"])
"""Capitalised words that make an ambiguous state's name a region's:
"Latin America", "Central America"."""


def _longer_name(doc: Doc, a: ActorSpan) -> bool:
    """ "the Council of Ministers": an ambiguous name followed by "of" and a
    capitalised word is the start of another name (a state's cabinet); one
    after a capitalised word inside a sentence ("the Russian Security
    Council", "the Korean National Assembly") is the end of one, and so is a
    state's after a region's word ("Latin America")."""
    before = doc[a.start - 1] if a.start > 0 else None
    if before is not None and before.is_title and before.lower_ in REGION_WORDS:
        return True
    if (
        a.kind == "organisation"
        and before is not None
        and before.is_title
        and before.is_alpha
        and not (before.is_stop or before.is_sent_start)
    ):
        return True
    return a.end + 1 < len(doc) and doc[a.end].lower_ == "of" and doc[a.end + 1].is_title


def _supported(actor: str, certain: set[str], an: Analyzer) -> bool:
    """An ambiguous name counts where its actor, or one of its context
    (``context`` in organisations.yaml), is named plainly."""
    return actor in certain or bool(an.kb.context.get(actor, frozenset()) & certain)


LIST_JOINS = frozenset(["and", "or", ","])


def _among_capitals(a: ActorSpan, spans: Sequence[ActorSpan], doc: Doc, an: Analyzer) -> bool:
    """An ambiguous name listed with a capital that stands for its government
    ("Ottawa and Wellington signalled") is a capital too, unless the name
    stands for more than one actor ("Washington and Brussels": the EU)."""
    if len(_readings(an.kb).get(doc[a.start : a.end].text, ())) > 1:
        return False
    low = lowers(doc)
    return any(
        b.rule == "capital"
        and (
            (b.end + 1 == a.start and low[b.end] in LIST_JOINS)
            or (a.end + 1 == b.start and low[a.end] in LIST_JOINS)
        )
        for b in spans
    )


@lru_cache(maxsize=4)
def _readings(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """The actors each ambiguous surface of the knowledge base may stand for."""
    found: dict[str, set[str]] = {}
    for surface in kb.surfaces:
        if surface.ambiguous:
            found.setdefault(surface.text, set()).add(surface.actor)
    return {text: frozenset(actors) for text, actors in found.items()}


def _surnames_of_states(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """ "Prime Minister Luís Montenegro ... Montenegro, standing beside him,
    said": after a person named in full whose surname is a state's name,
    that name alone is the person."""
    if not any(a.kind == "person" for a in spans):
        return spans
    words = orths(doc)
    people: dict[str, ActorSpan] = {}
    kept = list(spans)
    for k in sorted(range(len(spans)), key=lambda k: spans[k].start):
        a = spans[k]
        if a.kind == "person" and a.end - a.start > 1:
            people.setdefault(words[a.end - 1], a)
        named = people.get(words[a.start]) if a.kind == "state" and a.end - a.start == 1 else None
        if named is not None:
            kept[k] = ActorSpan(named.actor, a.start, a.end, "surname", "person")
    return kept


def find_actors(doc: Doc, an: Analyzer) -> list[ActorSpan]:
    """Every actor reference in a parsed article, in text order."""
    spans = [a for a in (_from_match(doc, *m, an) for m in _matched(doc, an)) if a is not None]
    spans = [a for a in spans if not (a.rule == "group" and _one_of(doc, a.start))]
    ends = {a.end for a in spans}
    spans = [a for a in spans if not (a.actor in an.kb.members and _wider_region(doc, a, ends))]
    spans = [
        a
        for a in spans
        if not _styled(doc, a) and not _party_name(doc, a) and not _currency(doc, a)
    ]
    spans = _surnames_of_states(doc, spans)
    certain = {a.actor for a in spans if a.rule != "ambiguous"}
    certain |= {speaks_for(a, an) or a for a in certain}  # von der Leyen: the Commission
    spans = [
        a
        for a in spans
        if a.rule != "ambiguous"
        or (
            (_supported(a.actor, certain, an) or _among_capitals(a, spans, doc, an))
            and not _longer_name(doc, a)
        )
    ]
    named = {i for a in spans if a.rule != "surname" for i in range(a.start, a.end)}
    another = {
        a.start
        for a in spans
        if a.rule == "surname"
        and (
            _another_name(doc, a.end, an, named, a.actor)
            or _another_name(doc, a.start - 1, an, named, a.actor)
        )
    }
    first: dict[str, int] = {}
    for a in spans:
        if a.rule == "surname":
            first.setdefault(doc[a.start : a.end].text, a.start)
    others = {text for text, start in first.items() if start in another}
    spans = [  # "Foreign Minister Lin Chia-lung ... Lin told": introduced as someone
        a  # else, the article's Lin stays that other person
        for a in spans
        if not (a.rule == "surname" and (a.start in another or doc[a.start : a.end].text in others))
    ]
    spans = _speaker_labels(doc, spans, an)
    taken = {i for a in spans for i in range(a.start, a.end)}
    spans += _fuzzy(doc, taken, an)
    spans += _abbreviations(doc, spans, taken)
    return sorted(spans, key=lambda a: a.start)


LABEL_WORDS = 4
"""Most words of a transcript's speaker label before its colon ("PM LUXON:")."""

LABEL_LINE = re.compile(r"^[^\S\n]*[^\W\d_][\w .,'()/&-]*:", re.M)
"""A line that may open with a speaker label: most texts have none, and are
not read token by token for one."""


def _label_end(words: Sequence[str], start: int) -> int:
    """The colon's token if the line that begins at token ``start`` opens with
    a speaker label in capitals ("PM ALBANESE:", "MINISTER HÄKKÄNEN:") or, past
    the headline, of two words or more in title case ("Minister Koizumi:"),
    else -1."""
    for j in range(start + 1, min(len(words), start + LABEL_WORDS + 1)):
        if words[j] == ":":
            label = words[start:j]
            if all(w.isupper() and w.isalpha() for w in label):
                return j
            titled = start > 0 and len(label) > 1  # not a headline's "Zakharova: ..."
            return j if titled and all(w.istitle() and w.isalpha() for w in label) else -1
        if words[j] in (",", "(") and start > 0:
            return _office_label_end(words, start, j)
    return -1


LABEL_OFFICE_WORDS = 16
"""Most tokens of the office a label gives after the name ("Boris
Pistorius, Federal Minister of Defence:")."""

OFFICE_JOINERS = frozenset([*"of and for the on in".split(), *",()-/&"])
"""Words in lower case and marks within an office's title ("Minister of
Defence", "Director General, Sanctions Policy")."""


def _office_label_end(words: Sequence[str], start: int, mark: int) -> int:
    """The colon's token if the name in title case before ``mark`` (a comma
    or bracket) is followed by an office that a colon closes on the same
    line ("Boris Pistorius, Federal Minister of Defence:", "Ms. Claire
    Thibodeau (Director General, Sanctions Policy):"), else -1."""
    name = [w for w in words[start:mark] if w.lower() not in LABEL_HONORIFICS]
    if len(name) < 2 or not all(w.istitle() and w.isalpha() for w in name):
        return -1
    for j in range(mark + 1, min(len(words), mark + LABEL_OFFICE_WORDS)):
        w = words[j]
        if w == ":" or w in ("):", "]:"):
            return j
        if "\n" in w or not (w.istitle() or w.isupper() or w in OFFICE_JOINERS):
            return -1
    return -1


def _line_starts(words: Sequence[str]) -> list[int]:
    """The tokens that begin a line (spaCy keeps line breaks as tokens)."""
    return [0, *(i + 1 for i, w in enumerate(words) if "\n" in w)]


def _speaker_labels(doc: Doc, spans: list[ActorSpan], an: Analyzer) -> list[ActorSpan]:
    """``spans`` with the people that speaker labels name ("PM LUXON: We'll
    keep our trainers", "Minister Koizumi: ..."): a label in capitals read as
    the title-cased name, a person already found in a label marked as one."""
    if not LABEL_LINE.search(document_text(doc)):
        return spans
    taken = {i for a in spans for i in range(a.start, a.end)}
    found: list[ActorSpan] = []
    words = orths(doc)
    for i in _line_starts(words):
        j = _label_end(words, i)
        if j < 0:
            continue
        if taken.intersection(range(i, j)):  # a person already found: mark it as the label
            inside = [a for a in spans if i <= a.start and a.end <= j and a.kind == "person"]
            spans = [
                a if a not in inside else replace(a, rule="speaker label")
                for a in spans
                if a not in inside or not _named_on(doc, a, an)
            ]
            continue
        label = an.nlp.make_doc(" ".join(w.text.title() for w in doc[i:j]))
        for m in _matched(label, an):
            a = _from_match(label, *m, an)
            if a is None or a.kind != "person" or _named_on(label, a, an):
                continue
            start, end = (i + a.start, i + a.end) if len(label) == j - i else (i, j)
            found.append(ActorSpan(a.actor, start, end, "speaker label", a.kind))
    return spans + found


def _named_on(label: Doc, a: ActorSpan, an: Analyzer) -> bool:
    """Whether a surname found in a speaker label goes on into another
    name ("Mr. Martin Okafor (Assistant Deputy Minister):" is not Martin) or
    follows a first name of someone else's ("Deputy Tomáš Novák (Pirates):"
    is not Katalin Novák)."""
    if a.rule != "surname":
        return False
    if a.end < len(label) and label[a.end].is_title:
        return True
    return _another_name(label, a.start - 1, an, set(), a.actor, label=True)


def _own_name(word: str, actor: str) -> bool:
    """Whether a word is part of the person's own name ("Lund" of
    person:troels-lund-poulsen; "Jae-myung", not "Jae-sung", of person:lee-jae-myung)."""
    return f"-{fold(word).lower()}-" in f"-{actor.removeprefix('person:')}-"


HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady madam mister herr frau".split())

LABEL_HONORIFICS = HONORIFICS | EXTRA_HONORIFICS
"""Every honorific a speaker label may put before a name."""


def _another_name(
    doc: Doc, i: int, an: Analyzer, named: set[int], actor: str, label: bool = False
) -> bool:
    """Whether the word at ``i``, next to a surname, makes it someone else's
    name ("Lee Doo-hee" is not President Lee, "Kirti Vardhan Singh" is not
    Rajnath Singh): a capitalised word that is no title, honorific, actor or
    part of the known name, outside a title-case headline (a speaker label,
    ``label``, is in title case and no headline)."""
    if not 0 <= i < len(doc) or i in named:
        return False
    word = doc[i]
    if not (word.is_alpha and word.is_title and not word.is_stop):
        return False
    _, title_words = _titles(an.kb)
    joined = word.text  # "Jae-sung"
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].is_alpha:
        joined = f"{word.text}-{doc[i + 2].text}"
    honorifics = LABEL_HONORIFICS if label else HONORIFICS
    if word.lower_ in title_words or word.lower_ in honorifics or _own_name(joined, actor):
        return False
    return label or not _title_case(doc, i)


def _title_case(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands in a headline in title case ("Merz Says
    Germany Will Pay"): no word of its sentence is in lower case but the
    short ones a headline leaves so ("of", "the", "and"); "we have" and
    "from" are prose in a line of names."""
    return not any(t.is_lower and (len(t) > 3 or not t.is_stop) for t in doc[i].sent)


def to_mentions(doc: Doc, spans: list[ActorSpan], article: str) -> tuple[Mention, ...]:
    """The listed actors of an article as Mention records (weak groups left out)."""
    mentions = []
    text = doc.user_data.get("text") or doc.text  # the article, as the analyzer keeps it
    for a in spans:
        if a.weak:
            continue
        span = doc[a.start : a.end]
        start, end = span.start_char, span.end_char
        mentions.append(Mention(a.actor, article, start, end, text[start:end], a.rule))
    return tuple(mentions)


def speaks_for(actor: str, an: Analyzer, day: date | None = None) -> str | None:
    """The state or organisation whose stance an actor gives (a person: their
    office; a body such as an EU mission: the organisation it acts for; a
    political party or a body that only decides on others' missions:
    nobody, its vote is no contribution)."""
    if an.kb.kind(actor) is ActorKind.PERSON:
        return an.kb.represents(actor, day)
    if actor in an.kb.parties or actor in an.kb.silent:
        return LOOSE
    return an.kb.acts_for.get(actor, actor)
