"""Reading commitments out of a parsed article, sentence by sentence.

Only sentences holding a status cue (a pledge verb, a hedge, a refusal) are
analysed. In each, status cues close together form a *verb group*
("could possibly participate"). For every group:

1. **status**: the strongest cue of the group (opposed > declined >
   conditional > considering > committed), turned into ``declined`` by a
   negation before an action ("will not send") or into ``considering`` by a
   negation before a decision ("did not commit"); strong condition openers
   in the sentence ("only if", "depends on") make it ``conditional``;
2. **actor**: the subject, the nearest actor before the group that is not
   the object of a preposition, with every actor coordinated with it
   ("Spain and Portugal"); else the agent after it ("a promise from X",
   "provided by X"); else the quoted speaker; else, when a pronoun stands
   in subject position, the subject of a recent sentence. A person gives
   the stance of the state or body they speak for;
3. **categories**: the category cues after the group up to the next group;
   else those before it in the sentence; else the sentence's or a recent
   sentence's topic. ``security_guarantee`` only when nothing narrower is
   named; a negation right before a category ("but not ground troops")
   makes that one ``declined``.

Each commitment records the cues it came from in ``why``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import islice, pairwise

from spacy.tokens import Doc, Span, Token

from pledgewatch.extract.actors import COALITION, ActorSpan
from pledgewatch.extract.attribution import (
    AGGRESSORS,
    APPOSITION_HEADS,
    BENEFICIARY,
    DEPENDING,
    DETERMINERS,
    DOUBLE_OBJECT_VERBS,
    NEGATORS,
    PASSIVE_APPROVALS,
    PASSIVE_REACH,
    PERSONNEL,
    POSSESSIVES,
    REASON_OPENERS,
    REQUEST_VERBS,
    RUSSIA_AND_ALLY,
    SERVICES,
    SKIP_PREPOSITIONS,
    STANCE_MODALS,
    SUBJECT_PRONOUNS,
    SUPPORT_NOUNS,
    asides,
    carried_subject,
    coordinated,
    home_state,
    interviewee,
    issuer,
    judging,
    opening_pronoun,
    participle,
    preceded_by_preposition,
    resolve,
    said_that,
    speaker,
    who,
    word_before,
)
from pledgewatch.extract.nlp import (
    OPENING_QUOTES,
    Analyzer,
    document_text,
    lowers,
    orths,
    text_between,
)
from pledgewatch.extract.reading import (
    CLAUSE_END,
    QUOTES,
    Context,
    Cue,
    Group,
    Sentence,
    clause_end,
    collect_cues,
    text_of,
)
from pledgewatch.records import Category, Commitment, Evidence, Status

MAX_SENTENCE_TOKENS = 250
"""Longer "sentences" are not read for stances: news sentences, even long
lists of states, stay well under a hundred tokens, and a run-on without
punctuation (a flattened table, a scrape gone wrong) would cost time that
grows with the square of its length. Their actors are still found."""

ABOUT_SENTENCES = 5
"""An article this long that never names Ukraine (nor Kyiv) is about
something else: its pledges are not support for Ukraine, except sanctions on
Russia. A shorter text (a headline, a post) is too short to tell."""


GROUP_GAP = 3
"""Status cues at most this many tokens apart form one verb group
("agreed to ... send", "could possibly participate")."""

GROUP_TIMES = tuple(
    tuple(phrase.split())
    for phrase in (
        "once more",
        "once again",
        "yet again",
        "on monday",
        "on tuesday",
        "on wednesday",
        "on thursday",
        "on friday",
        "on saturday",
        "on sunday",
        "last week",
        "this week",
        "yesterday",
        "today",
    )
)
"""Phrases of time between the cues of one verb group that do not part them
("ruled out once more on Friday sending")."""


NEGATION_REACH = 3
"""A negation this many tokens or fewer before a verb group negates it."""


JOINED_REACH = 5
"""Sentences back in which a scheme named with money is what a stance of
joining with no object joins ("France has declined to join")."""

TOPIC_REACH = 2
"""A category named this many sentences back is still the topic of a stance
that names none ("X was cautious", "a promise from X")."""


BACK_REFERENCES = frozenset(
    "assistance support aid help efforts measures contribution package packages".split()
)
"""Nouns that, after "this"/"these"/"such", stand for the kinds of support just named."""


ELLIPTIC_OBJECTS = frozenset(
    "participation part contribution contribute contributions help involvement engagement "
    "offer take join participate package plan scheme measure measures proposal initiative "
    "back support consent give effort mission operation option request decision task "
    "agreement deal accord team teams staff question matter issue document declaration "
    "ahead alignment mandate change extension renewal level figure system systems".split()
)
"""Words after a stance that name no kind of support of their own ("did not
want to commit to participation", "cannot hand over another system"): the
kind is the topic of the context."""

FIGURES = frozenset(["figure", "level"])
"""Elliptic objects that, given, are said: "will apply the same level" takes
the topic (a price cap), "declined to give a figure" gives nothing."""


CONFIDENCE = {"subject": 0.8, "agent": 0.7, "speaker": 0.6, "pronoun": 0.5, "owner": 0.5}
"""Confidence by how the actor was found; lowered by 0.2 for a topic category.
Set by hand from how often each rule was right on the development set."""


LEANINGS = frozenset(["likely to", "unlikely to"])
"""Hedges that are a stance only with the verb they lean to ("likely to
send engineers", not "likely to remain limited")."""

PRIORITY = (Status.OPPOSED, Status.DECLINED, Status.CONDITIONAL, Status.CONSIDERING)


DECISION_WORDS = ("commit", "pledg", "promis", "decid", "want")


BLOCKS = ("veto", "objection")
"""In a stance that drops a block ("lift its veto"): negated, the block stays."""


STRONG_CONDITIONS = (
    "only",
    "assuming",
    "in exchange for",
    "provided",
    "on condition",
    "on the condition",
    "under the condition",
    "under condition",
    "with the condition",
    "in the condition",  # a translation's "only in the condition that both consent"
    "with the note",  # a translation's "with the note that there must be a mandate"
    "with a note",
    "with the proviso",
    "on the proviso",
    "with the requirement",
    "on the understanding",
    "depend",
    "conditional",
    "contingent",
    "subject to",
    "if",
    "should",  # "should the EU decide to ...": an inverted "if"
    "unless",
    "hinge",
    "tied to",
    "under a",
    "with a un",
    "with mandate",
    "with a mandate",
    "with the mandate",
    "with a security council",
    "approval",
    "parliament",
    "a vote",
    "put to",
    "be put to",
    "be put before",
    "must decide",
    "need",
    "require",
    "a vote",
    "the last word",  # "the Folketing has the last word"
    "the final",
    "be left to",  # "will be left to the Bundestag"
)


APPROVALS = (
    "parliament",
    "approves",
    "approved",
    "approval",
    "a vote",
    "votes",
    "ratif",
    "consent",
    "resolution",
    "bundestag",
    "riksdag",
    "storting",
    "folketing",
    "sejm",
    "national assembly",
    "congress",
    "senate",
    "chamber",
    "house of commons",
    "budget",
    "law is adopted",
    "law has been adopted",
    "permission",  # "once Bern gives its permission": another state's say
    "confirms",  # "once Turkey confirms that they can pass the straits"
    "lets",  # "once Türkiye lets warships through the straits"
    "settled with",  # "once the question of passage is settled with Ankara"
    "authoris",
    "authoriz",
    "green light",
)
"""Words in a condition clause ("once parliament approves the budget") that
make it a real condition, whatever word opens it."""


CLAUSE_OPENERS = frozenset("as while whereas but although though because since and".split())
"""Before an actor they open a new clause with its own subject: scope ends there."""


GENERAL_WEAPONS = frozenset(
    [
        "weapons",
        "weapon",
        "arms",
        "equipment",
        "military aid",
        "military help",
        "package",
        "military equipment",
    ]
)
"""Weapon cues too general to name equipment: a sum or a fund for them is financing."""

QUALIFYING = frozenset("made produced built manufactured able capable production".split())
"""Words after a general weapon cue that make it named equipment: "weapons
made by Ukrainian industry", "weapons able to strike Russian territory",
"weapons production"."""

VAGUE_MODIFIERS = frozenset(
    "military defence defense new additional further more other such modern western "
    "lethal non-lethal conventional heavy light basic much".split()
)
"""Words before "equipment" or "weapons" that leave them general; any other
noun or adjective there names the equipment ("demining equipment")."""


def _general_weapons(cue: Cue, doc: Doc) -> bool:
    """A weapon cue too general to name equipment, unless a participle or
    "able" after it, or a word before it, says which ones."""
    if cue.text.lower() not in GENERAL_WEAPONS:
        return False
    if cue.end < len(doc) and doc[cue.end].lower_ in QUALIFYING:
        return False
    if cue.end - cue.start == 1 and cue.start > 0:  # "demining equipment", "radar equipment"
        before = doc[cue.start - 1]
        named = before.is_alpha and before.is_lower and not before.is_stop
        verb = before.lower_.endswith("ed") or before.lower_ in VERBS_BEFORE_THINGS
        return not named or verb or before.lower_ in VAGUE_MODIFIERS
    return True


VERBS_BEFORE_THINGS = frozenset(
    "send give buy provide supply deliver fund finance purchase sell receive get need want use "
    "sends gives buys provides supplies delivers funds finances purchases sells receives gets "
    "needs wants uses".split()
)
"""Verbs whose object "equipment" or "weapons" can be, and that name none:
"has financed weapons purchases" is money, "radar equipment" a thing."""


GENERIC_HEADS = frozenset(
    "equipment systems mission support force forces assets aircraft data team flights "
    "units unit battalion battalions company companies".split()
)


MISSIONS = frozenset(
    c.value
    for c in (
        Category.AIR_FORCES,
        Category.NAVAL_FORCES,
        Category.ISR,
        Category.LOGISTICS,
        Category.COMMAND_CONTROL,
    )
)


MISSION_REACH = 4
"""Equipment followed this closely by a mission is offered for that mission:
"fighter jets to patrol the skies", "drones to help verify a truce"."""


HEAD_REACH = 2
"""A kind named this close before a headquarters modifies it."""

COMMAND = Category.COMMAND_CONTROL.value

CONDITIONAL = Status.CONDITIONAL.value

HEADQUARTERS = frozenset(["headquarters", "hq", "command"])
"""Command kinds that are places of command, owned by the force after "of"."""

COMMANDED_REACH = 4
"""Tokens from the "of" after a headquarters to the force it commands."""


TRAINEES = frozenset(
    c.value for c in (Category.GROUND_FORCES, Category.NAVAL_FORCES, Category.AIR_FORCES)
)
"""Forces that, named after a training cue, are who is trained ("sailors", "pilots")."""


TRAINEE_REACH = 5
"""Troops named this many tokens after a training cue are its trainees:
"train 2,000 Ukrainian soldiers" is training, not troops on the ground."""


TRAINING_OBJECT_REACH = 8
"""Any kind named this close after a training cue, with no list break between,
is what the training is on: "training crews on the minehunters it transferred",
"pilots to learn to fly the jet at the F-16 centre"."""


LIST_BREAKS = frozenset([",", ";", "and", "or", "but", "while", "whereas", "."])


_NUM = (
    r"(?:\d(?:[\d,.]*\d)?(?:\s?(?:million|billion|bn|thousand|m))?|(?:some|several|a few)\s"
    r"(?:thousand|hundred|dozen)|(?:tens|hundreds)\sof\sthousands(?:\sof)?|"
    r"(?:thousands|hundreds|dozens)(?:\sof)?|a\s(?:thousand|hundred|dozen)|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty)"
    r"(?:\s(?:hundred|thousand))?)"
)


_UNITS = {
    "troops": r"troops|soldiers|personnel|servicemen|peacekeepers|instructors|trainers",
    "equipment": (
        r"(?:\w[\w-]*\s){0,2}(?:vehicles|tanks|jets|aircraft|systems|batteries|launchers|shells|"
        r"rounds|missiles|drones|ships|warships|howitzers|interceptors)"
    ),
    "percent": r"percent|per\scent|%",
}


_PRICE = (
    r"\s?(?:(?:a|per|each)\s(?:barrel|tonne|ton|litre|liter|gallon|share|kilo|kilogram|"
    r"megawatt-hour|mwh)|(?:price\s)?(?:cap|ceiling)s?)\b"
)
"""What after a sum makes it a price."""

PRICE = re.compile(_PRICE, re.IGNORECASE)

_MONEY = (
    r"(?P<money>(?>(?:€|(?:US|A|C|NZ|AU|CA)?\$|£|¥|₩|₴|"
    r"(?:EUR|USD|GBP|NOK|SEK|DKK|ISK|CHF|CAD|AUD|NZD|JPY|KRW|PLN|CZK|UAH)\s?)\d(?:[\d,.]*\d)?"
    r"\s?(?:million|billion|bn|m|trillion)?"
    r"|\b\d(?:[\d,.]*\d)?\s(?:(?:million|billion|trillion)\s)?(?:(?:canadian|australian|new\szealand|"
    r"us|u\.s\.|american|singapore|hong\skong|swedish|norwegian|danish|icelandic|czech|swiss|"
    r"taiwan|new\staiwan)\s)?"
    r"(?:euros?|dollars|pounds|kroner|kronor|krone|kronur|krónur|crowns|korun[ay]?|francs|yen|"
    r"zlotys?|złoty|hryvnias?|hryvnia|forints?|lei|lira|rupees|riyals|dirhams|yuan)\b"
    r"|\b\d(?:[\d,.]*\d)?\s(?:million|billion|trillion)\swon\b"
    r"|(?:\b\d(?:[\d,.]*\d)?\s?|\b(?:a\s)?(?:quarter|half|tenth|fifth)\sof\s(?:a|one)\s)"
    r"(?:percent|per\scent|%)\s(?:of|from)\s(?:its\s|their\s|the\s|our\s|his\s|her\s)?"
    r"(?:gdp|gross\sdomestic\sproduct|national\sincome))"
    r"(?!" + _PRICE + "))"
)
"""A sum of money; a price ("$47.60 a barrel", "a $60 cap") is none."""


MONEY = re.compile(_MONEY, re.IGNORECASE)


MAGNITUDE = re.compile(
    _MONEY + rf"|(?P<count>(?<![-\w])\b{_NUM}\s(?:(?:more|additional|new|extra)\s)?"
    rf"(?P<unit>{'|'.join(_UNITS.values())})(?:\s(?:per\syear|a\syear|annually))?)",
    re.IGNORECASE,
)


UNIT_CATEGORIES = {
    "troops": {Category.GROUND_FORCES, Category.TRAINING},
    "equipment": {Category.WEAPONS_EQUIPMENT, Category.AIR_DEFENSE, Category.NAVAL_FORCES},
    "money": set(Category),
    "percent": set(Category),
}


def _groups(statuses: Sequence[Cue], blockers: Iterable[int], doc: Doc) -> list[Group]:
    """Merge status cues that stand together into verb groups (commas do not
    part them: "could, for example, contribute")."""
    blocked = set(blockers)
    orth = orths(doc)
    groups: list[list[Cue]] = []
    relative_end = -1  # the end of a relative clause that is what the group objects to
    for cue in statuses:
        last = groups[-1][-1] if groups else None
        if last is not None and cue.start < relative_end:
            groups[-1].append(cue)
        elif last is not None and _closes_relative_aside(groups[-1], cue, orth):
            groups[-1] = [cue]  # "Italy, which has not yet paid, will consider": the main verb
        elif last is not None and _objected_relative(groups[-1], cue, blocked, doc):
            groups[-1].append(cue)
            relative_end = clause_end(doc, cue.start, len(doc))
        elif last is not None and (
            _object_verb(groups[-1], cue, doc)
            or (
                _group_gap(orth, last.end, cue.start, doc) <= GROUP_GAP
                and not blocked.intersection(range(last.end, cue.start))
            )
        ):
            groups[-1].append(cue)
        else:
            groups.append([cue])
    return [Group(tuple(g)) for g in groups]


def _group_gap(orth: Sequence[str], start: int, end: int, doc: Doc) -> int:
    """Tokens between two status cues, without commas, nor a time said aside
    where no comma parts them ("blocked it on Monday, citing" stays two)."""
    low = lowers(doc)
    closing = _aside_before_infinitive(low, start, end)
    if closing is not None:  # "withdrawn its offer, made last autumn, to send": the aside
        start = closing + 1  # does not part the offer from what it offers
    gap = sum(orth[i] != "," for i in range(start, end))
    if gap <= GROUP_GAP or CLAUSE_END.intersection(orth[start:end]):
        return gap
    return gap - len(_asides(low, start, end, GROUP_TIMES))


def _aside_before_infinitive(low: Sequence[str], start: int, end: int) -> int | None:
    """The closing comma of an aside opening on a participle right after a
    stance, before its "to" infinitive (", made last autumn, to send"), or None."""
    if end - start < 4 or low[start] != "," or not participle(low[start + 1]):
        return None
    closing = next((i for i in range(start + 2, end) if low[i] == ","), None)
    if closing is None or low[closing + 1] != "to":
        return None
    return closing


ASIDE_CLOSE_REACH = 3
"""Tokens from the end of a relative aside to the main verb, with its comma
and auxiliaries (", will not")."""


def _closes_relative_aside(group: Sequence[Cue], cue: Cue, orth: Sequence[str]) -> bool:
    """ "Italy, which has not yet contributed, will consider taking part":
    the group lies wholly in a relative clause set off by commas after a
    name, and the cue comes right after the comma that closes it. The
    aside tells what the subject did before; the main verb is the stance."""
    first, last = group[0], group[-1]
    between = orth[last.end : cue.start]
    if between.count(",") != 1 or between[0] != "," or len(between) > ASIDE_CLOSE_REACH:
        return False
    i = first.start - 1
    while i > 0 and orth[i] not in (",", "(", ";") and orth[i].lower() not in ("which", "who"):
        i -= 1
    return (
        orth[i].lower() in ("which", "who")
        and i >= 2
        and orth[i - 1] == ","
        and orth[i - 2][:1].isupper()
        and "," not in orth[i : last.end]
    )


OBJECT_REACH = 5
"""Tokens from an objection to the "that" of what it objects to ("objects
to any such arrangement that")."""


def _objected_relative(group: Sequence[Cue], cue: Cue, blocked: set[int], doc: Doc) -> bool:
    """ "objects to any arrangement that takes the reserves of a state to
    finance a war": a relative clause on what a stance objects to is part of
    the objection, whatever verbs it holds."""
    last = group[-1]
    if last.label != Status.OPPOSED.value or blocked.intersection(range(last.end, cue.start)):
        return False
    low = lowers(doc)
    reach = low[last.end + 1 : min(cue.start, last.end + OBJECT_REACH + 1)]
    return bool({"that", "which"}.intersection(reach)) and not any(
        w in CLAUSE_END or w in CLAUSE_OPENERS for w in low[last.end : cue.start]
    )


OBJECTED_PLANS = frozenset(
    "plan plans proposal proposals scheme bid move attempt attempts effort efforts push idea "
    "initiative call calls demand demands pressure".split()
)
"""Nouns of a plan whose "to" verb is what an objection to the plan
objects to ("is resisting a Commission plan to lend")."""

PERMITTING = frozenset("let allow permit".split())
"""Verbs of leave whose object's verb is what a refusal of leave refuses
("refused to let its soldiers take part")."""

OBJECT_VERB_REACH = 6
"""Tokens from a stance to the verb of the plan or the leave it is about."""


def _object_verb(group: Sequence[Cue], cue: Cue, doc: Doc) -> bool:
    """ "Belgium is resisting a German plan to lend Ukraine the cash",
    "refused to let its soldiers take part", "turned down requests in 2022
    to hand over": the verb of a plan objected to, of a request refused,
    or of an object of a refusal of leave, belongs to that stance, whatever
    names or kinds the words between hold (they say whose plan, or who
    would go)."""
    last = group[-1]
    between = lowers(doc)[last.end : cue.start]
    if not 1 <= len(between) <= OBJECT_VERB_REACH or any(
        w in CLAUSE_END or w in CLAUSE_OPENERS or w == "," for w in between
    ):
        return False
    if last.label == Status.OPPOSED.value and len(between) >= 2:
        return between[-1] == "to" and between[-2] in OBJECTED_PLANS
    refusal = last.label in (Status.OPPOSED.value, Status.DECLINED.value)
    asked = between[-1] == "to" or cue.text.lower().startswith("to ")
    if refusal and asked and REQUESTS.intersection(between):
        return True  # "turned down Ukrainian requests in 2022 to hand over"
    return refusal and bool(PERMITTING.intersection(last.text.lower().split()))


WEIGHED_REACH = 6
"""Tokens from a weighing verb to the stance noun it weighs ("is looking at
a new multi-year commitment")."""

WEIGHED_OPENERS = frozenset("a an any another some new further fresh".split())
"""Words that open the noun phrase of a stance noun weighed ("a new pledge")."""


BARE_MODALS = frozenset("could can would might may".split())
"""Modals that, standing alone as a group, say only what is possible."""

PURPOSE_REACH = 6
"""Tokens from "so that" to the modal of its clause ("so that systems could")."""


def _purpose_modal(group: Group, doc: Doc) -> bool:
    """ "waited for its own deliveries so that systems could go to Ukraine
    first": a bare modal in a purpose clause says what the stance before
    makes possible, not a stance of its own."""
    if any(c.text.lower() not in BARE_MODALS for c in group.cues):
        return False
    low = lowers(doc)
    before = low[max(0, group.start - PURPOSE_REACH) : group.start]
    ends = [i for i, w in enumerate(before) if w in CLAUSE_END]
    return any(
        (a, b) == ("so", "that") and not any(e > i for e in ends)
        for i, (a, b) in enumerate(pairwise(before))
    )


ACTION_NOUNS = frozenset(
    "dispatch deployment deployments sending delivery deliveries transfer transfers "
    "participation provision".split()
)
"""Nouns of an action that, as the subject of a stance, are what the stance
is about ("SDF dispatch to Ukraine is not being considered")."""

SUBJECT_NOUN_REACH = 5
"""Tokens from an action noun to the "is" of the stance it is the subject of."""

MODALS_AND_TO = frozenset("to will would can could shall should may might must".split())
"""Words before a verb, to tell "will dispatch" from "troop dispatch"."""


def _subject_nouns(groups: Sequence[Group], doc: Doc) -> list[Group]:
    """ "troop dispatch to Ukraine is not being considered": an action noun
    whose verb "is" comes a few words on, with the next stance right after,
    is that stance's subject, not a stance of its own."""
    low = lowers(doc)
    dropped: set[int] = set()
    for group, after in pairwise(groups):
        cue = group.cues[0]
        if len(group.cues) != 1 or cue.text.lower() not in ACTION_NOUNS:
            continue
        between = low[cue.end : after.start]
        verb = next((i for i, w in enumerate(between) if w in BE), -1)
        if (
            0 <= verb <= SUBJECT_NOUN_REACH
            and len(between) - verb <= 3
            and not any(w in CLAUSE_END or w in (",", "that", "which") for w in between)
            and low[cue.start - 1] not in MODALS_AND_TO
        ):
            dropped.add(group.start)
    return [g for g in groups if g.start not in dropped]


def _weighed_nouns(groups: Sequence[Group], doc: Doc) -> list[Group]:
    """ "is looking at a multi-year commitment", "weighs a fresh pledge": a
    stance noun that is the object of a weighing verb is what is weighed,
    not a stance of its own. The words between open a noun phrase and hold
    no punctuation but hyphens."""
    orth = orths(doc)
    kept: list[Group] = []
    for group in groups:
        last = kept[-1].cues[-1] if kept else None
        cue = group.cues[0]
        between = orth[last.end : cue.start] if last is not None else []
        if (
            last is not None
            and last.label == Status.CONSIDERING.value
            and len(group.cues) == 1
            and cue.text.lower() in STANCE_NOUNS
            and 0 < len(between) <= WEIGHED_REACH
            and between[0].lower() in WEIGHED_OPENERS
            and all(w == "-" or w.isalnum() for w in between)
        ):
            continue
        kept.append(group)
    return kept


def _status(group: Group, s: Sentence) -> tuple[Status | None, str]:
    """A verb group's status, or None when it states no stance at all ("is
    not blocking anything", "neither has made an offer")."""
    doc, cues = s.span.doc, s.cues  # the sentence's cues only: not a "no" in the line above
    statuses = [Status(c.label) for c in group.cues]
    words = " ".join(c.text for c in group.cues)
    if all(c.text.lower() in LEANINGS for c in group.cues):
        return None, f"'{words}' without a stance it leans to"  # "likely to remain limited"
    waived = {
        i: c
        for c in group.cues
        if c.label == Status.CONDITIONAL.value and (i := _waiver(c.start, doc)) >= 0
    }
    if waived:  # "needs no parliamentary approval and will send troops": no condition
        rest = tuple(c for c in group.cues if c not in waived.values())
        if not rest:
            return None, f"'{words}': a condition said not to apply (negated)"
        group, statuses = Group(rest), [Status(c.label) for c in rest]
    negation = next(
        (
            c
            for c in cues
            if c.kind == "negations"
            and c.start not in waived
            and c.start < group.end
            and not any(g.start <= c.start < g.end and _own_not(g) for g in group.cues)
            and not any(
                c.end < a.start < group.start and doc[a.start - 1].text == "," for a in s.actors
            )
            and (
                _words_between(doc, c.start, group.start) <= NEGATION_REACH
                or _inverted_nor(doc, c.start, group.start)
                or _not_having(doc, c.end, group)
            )
        ),
        None,
    )
    if negation is not None and negation.start in asides(group, s.span, doc):
        negation = None  # "Iceland, which has no armed forces, committed to 0.1 per cent"
    before = (  # a negation of the stance, not the cue's own "not" nor one of another clause
        negation.text
        if negation is not None
        and negation.start < group.start
        and not any(
            w in CLAUSE_OPENERS or w in CLAUSE_END for w in lowers(doc)[negation.end : group.start]
        )
        else ""
    )
    if (  # "agreed on Friday not to block the package": the block is what is denied
        not before
        and negation is not None
        and group.start < negation.start < group.end
        and any(c.label == Status.OPPOSED.value and c.start > negation.start for c in group.cues)
    ):
        before = negation.text
    denied = ""
    if negation is None:
        others = {  # "would spare no effort to get the package adopted": that "no" is its own
            i
            for c in cues
            if c.kind == "status" and c not in group.cues
            for i in range(c.start, c.end)
        }
        denied = _no_subject(group, doc, s.span.start, others)
    if negation is None and not denied:
        denied = _denied_after(group, doc)
    if denied:
        before = denied
    if Status.CONSIDERING in statuses and (deferred := _decision_deferred(group, s)):
        return Status.CONDITIONAL, f"'{words} ... {deferred}' -> conditional"
    for status in PRIORITY:
        if status in statuses:
            if before and status is Status.OPPOSED:
                return None, f"'{before} ... {words}': no objection (negated)"
            if before and status is Status.DECLINED and _stopping(group):
                return Status.COMMITTED, f"'{before} ... {words}': a stop refused -> committed"
            if before and status is Status.CONSIDERING:  # "not under consideration"
                return Status.DECLINED, f"'{before} ... {words}' -> declined (negated)"
            if status is Status.CONSIDERING and negation is not None and _unable(group, negation):
                return Status.DECLINED, f"'{words}' with '{negation.text}' -> declined (negated)"
            return status, f"'{words}' -> {status.value}"
    given = lowers(doc)[group.end : group.end + 1]  # "would send nothing", "will send nobody"
    if given and given[0] in NOTHING_GIVEN and _stems(group, GIVING) and negation is None:
        return Status.DECLINED, f"'{words} {given[0]}' -> declined (negated)"
    if _nobody(group, doc):
        return None, f"'{words}' said of nobody"
    if negation is not None or denied:
        decision = any(w in words.lower() for w in DECISION_WORDS) and not _refused_promise(
            negation, group, doc
        )
        pending = negation is not None and lowers(doc)[negation.end : negation.end + 1] == ["yet"]
        status = Status.CONSIDERING if decision or pending else Status.DECLINED  # "not yet joined"
        if any(w in words.lower() for w in BLOCKS):  # "will not lift its veto": still blocking
            status = Status.OPPOSED
        said = negation.text if negation is not None else before
        return status, f"'{said} ... {words}' -> {status.value} (negated)"
    return Status.COMMITTED, f"'{words}' -> committed"


NOTHING_GIVEN = frozenset(["nothing", "nobody"])
"""Objects of a verb of giving that refuse it: "would send nothing from its
stocks", "will send nobody without a mandate"."""


STOPPING = ("suspend", "halt", "stop", "cease", "pause")
"""Stems of the verbs of stopping help: refused ("will not suspend its
intelligence support"), they keep it going."""


def _paid_support(group: Group, s: Sentence, at: int) -> bool:
    """ "will not pay for any part of it" (a statement on support for Ukraine):
    a payment whose only kind is a vague "support" pays money."""
    return at >= 0 and s.span.doc[at].lower_ in VAGUE_KINDS and _pays(group, s)


APPROVING = ("has to approve", "have to approve", "must approve", "will have to approve")
"""Active verbs of a body's approval (``statuses``: conditional)."""


def _approval_of_others(cue: Cue, doc: Doc) -> bool:
    """ "The United States, which must approve any transfer of the jets":
    a relative clause that says whose approval others need, no stance."""
    if cue.kind != "status" or not cue.text.lower().startswith(APPROVING) or cue.start < 1:
        return False
    before = doc[cue.start - 1].lower_
    return before in ("which", "who") or (
        before in ("would", "will") and cue.start >= 2 and doc[cue.start - 2].lower_ == "which"
    )


PAUSE_ENDED = frozenset("after following ending lifted lifting lifts lift".split())
"""Words before a stop's determiner that put the stop in the past: "resumed
sharing after a nine-day pause", "lifted the pause"."""

PAUSE_REACH = 5
"""Tokens before a stop in which its determiner and such a word may come."""


def _ended_stop(cue: Cue, doc: Doc) -> bool:
    """ "has resumed sharing intelligence after a nine-day pause": a stop
    named after "after" (or "lifted") and a determiner is over, no refusal."""
    if cue.kind != "status" or cue.label != Status.DECLINED.value:
        return False
    if not cue.text.lower().startswith(STOPPING):
        return False
    low = lowers(doc)
    before = low[max(0, cue.start - PAUSE_REACH) : cue.start]
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i] in DETERMINERS), None)
    if at is None or "to" in before[at:]:  # "after the cabinet decided to pause"
        return False
    return at > 0 and before[at - 1] in PAUSE_ENDED


def _stopping(group: Group) -> bool:
    """Whether every declined cue of a group stops help ("suspend the sharing")."""
    declined = [c for c in group.cues if c.label == Status.DECLINED.value]
    return bool(declined) and all(c.text.lower().startswith(STOPPING) for c in declined)


def _unable(group: Group, negation: Cue) -> bool:
    """ "the Bundeswehr could not give up another Patriot": "could", a "not"
    right after it and a committed verb right after that, in one group, say
    what cannot be done, no hedge."""
    return any(
        a.text.lower() == "could"
        and a.end == negation.start
        and b.start == negation.end
        and b.label == Status.COMMITTED.value
        for a, b in pairwise(group.cues)
    )


PROMISING = ("commit", "pledg", "promis")
"""Stems of a promise that, refused outright ("would not pledge any new
money"), is a refusal and not an undecided "has not pledged"."""

FOR_NOW = frozenset("today yet now stage before until unless without".split())
"""Words after a refused promise that limit it to the moment or to a
condition ("will not promise it today"): undecided, not refused."""


def _refused_promise(negation: Cue | None, group: Group, doc: Doc) -> bool:
    """ "Washington would not pledge any new money of its own": a promise that
    will or would not be made is declined, unless limited to the moment."""
    if negation is None or negation.start == 0 or not _stems(group, PROMISING):
        return False
    low = lowers(doc)
    if low[negation.start - 1] not in ("will", "would", "wo"):
        return False
    return not FOR_NOW.intersection(low[group.end : clause_end(doc, group.end, len(low))])


HAVING = frozenset(["have", "has", "had"])
"""Verbs whose negation reaches an infinitive after their object: "do not
have a single battery to spare"."""

HAVING_REACH = 5
"""Most tokens from "have" to the infinitive that tells what is not had."""


def _not_having(doc: Doc, after: int, group: Group) -> bool:
    """A negated "have" before the object of an infinitive stance ("does not
    have a single battery to spare", "did not have any tanks left to send")."""
    low = lowers(doc)
    to = group.start if low[group.start] == "to" else group.start - 1  # "to spare", "to send"
    between = low[after:to]
    return (
        low[to] == "to"
        and bool(between)
        and between[0] in HAVING
        and len(between) <= HAVING_REACH
        and all(w.isalpha() or w == "-" for w in between)
    )


NEEDING = ("need", "require")
"""Stems of the verbs of a condition that a negation can waive."""


def _waiver(start: int, doc: Doc) -> int:
    """The token of the negation that says the condition beginning at token
    ``start`` does not apply ("needs no parliamentary approval", "does not
    require a vote"), or -1."""
    low = lowers(doc)
    if start >= 2 and low[start - 1] == "no" and low[start - 2].startswith(NEEDING):
        return start - 1
    verb = next((i for i in (start, start - 1) if i >= 0 and low[i].startswith(NEEDING)), -1)
    for i in range(max(0, verb - 2), verb):  # "does not need (parliamentary approval)"
        if low[i] in NEGATORS:
            return i
    return -1


DEFERRED_REACH = 15
"""Tokens from "no decision" to the "will be taken until" that puts it off."""


def _decision_deferred(group: Group, s: Sentence) -> str:
    """ "no decision on sending officers will be taken until the mandate is
    settled": a decision put off until something is the conditional kind of
    "not decided" (ANNOTATION.md); the words that put it off, or "" if none."""
    if not any("decision" in c.text.lower() for c in group.cues):
        return ""
    low = lowers(s.span.doc)
    for c in s.cues:
        if (
            c.kind == "status"
            and c.label == Status.CONDITIONAL.value
            and c.text.lower().split()[-1] in DEFERRING
            and 0 <= c.start - group.end <= DEFERRED_REACH
            and not {";", "but", "while"}.intersection(low[group.end : c.start])
        ):
            return c.text
    return ""


DEFERRING = frozenset("until before once when after".split())
"""Last words of a conditional cue that put a decision off ("will be taken until")."""


def _denied_after(group: Group, doc: Doc) -> str:
    """The words of a denial that follows the stance rather than preceding
    it, or "" if none."""
    if _trailing_not(group, doc):
        return "not"  # "Slovakia joined not, similarly as Hungary": a translation's word order
    if _to_neither(group, doc):
        return "to neither"  # "supplies arms to neither side": given to no one
    if _in_none(group, doc):
        return "no"  # "will take part in no mission": in none at all
    if lowers(doc)[group.end : group.end + 2] == ["not", "to"]:
        return "not to"  # "continues not to permit the transit": what goes on is a refusal
    return ""


def _trailing_not(group: Group, doc: Doc) -> bool:
    """A "not" right after the stance and ending its clause ("To the new EU
    loan ... Slovakia joined not, similarly as Hungary"): the verb negated,
    in a translation's word order."""
    low = lowers(doc)
    return (
        group.end + 1 < len(doc)
        and low[group.end] == "not"
        and (low[group.end + 1] in CLAUSE_END or low[group.end + 1].isspace())
    )


NEITHER_REACH = 5
"""Tokens from a stance to the "to neither" of whom it gives to ("supplies
lethal weapons to neither")."""


def _to_neither(group: Group, doc: Doc) -> bool:
    """ "supplies arms to neither side", "sells weapons to neither of the
    parties": the stance gives to no one, a refusal."""
    low = lowers(doc)
    after = low[group.end : min(len(doc), group.end + NEITHER_REACH + 1)]
    for i, word in enumerate(after[:-1]):
        if word in CLAUSE_END or word in CLAUSE_OPENERS:
            return False
        if word == "to" and after[i + 1] == "neither":
            return True
    return False


NONE_PREPOSITIONS = frozenset("in on to for with".split())
"""Prepositions between a stance and the "no" of what it takes part in."""

NO_IDIOMS = frozenset("longer later sooner doubt matter".split())
"""Words after "no" that make it no negation ("no later than", "no doubt")."""


def _in_none(group: Group, doc: Doc) -> bool:
    """ "will take part in no mission", "will contribute to no force": a
    stance whose object, right after it or its preposition, is "no" takes
    part in nothing, a refusal."""
    low = lowers(doc)
    at = group.end
    if at < len(doc) and low[at] in NONE_PREPOSITIONS:
        at += 1  # "take part in no mission": past the preposition
    if at + 1 >= len(doc) or low[at] != "no" or not doc[at + 1].is_alpha:
        return False
    if low[at + 1] in NO_MORE:  # "could send no more", not "no more than 500"
        return low[at + 2 : at + 3] != ["than"]
    return low[at + 1] not in NO_IDIOMS


NO_MORE = frozenset("more less fewer".split())
"""Words after "no" that refuse ("can give no more") unless "than" follows."""


SUBJECT_REACH = 8
"""Tokens of a subject before its verb: "not a single euro from the state budget"."""

SUBJECT_ENDS = CLAUSE_END | CLAUSE_OPENERS | {"that", "which", "who"}


def _no_subject(group: Group, doc: Doc, first: int, owned: Collection[int] = ()) -> str:
    """A stance whose subject is denied: "no deployment of troops is being
    considered", "not a single euro from our budget will go to the war". A
    "no" inside another stance (``owned``: "spare no effort") is that one's."""
    low = lowers(doc)
    i = group.start - 1
    while i >= 0 and low[i] in PASSIVE_AUXILIARIES:
        i -= 1
    for k in range(i, max(first - 1, i - NONE_OF_REACH), -1):  # within its sentence
        if low[k] in QUOTES and k > first:
            continue  # '"not one American soldier" would be stationed': a subject quoted
        near = k > i - SUBJECT_REACH and k not in owned
        if near and (low[k] == "no" or (low[k] == "not" and low[k + 1] in ("a", "one"))):
            return low[k]
        if _none_of_things(low, k, group.start):
            return "none"  # "none of the country's money would be spent on"
        if low[k] in SUBJECT_ENDS:
            return ""
    return ""


NONE_OF_REACH = 16
"""Tokens of a subject "none of ..." before its verb: "none of the soldiers
of the brigade it is building up in Lithuania would"."""


GIVER_NOUNS = frozenset(
    "country countries state states government governments nation nations ally allies member "
    "members partner partners one".split()
)
"""Nouns after "no" that name no giver ("no country has offered")."""


def _none_of_things(low: Sequence[str], i: int, stance: int) -> bool:
    """ "none of the money would be spent": a "none of" whose noun, before
    the stance, is a thing given (a denial of it), not a group of givers
    ("none of the allies has offered": nobody)."""
    return (
        low[i] == "none"
        and low[i + 1 : i + 2] == ["of"]
        and any(w in KIND_NOUNS for w in low[i + 2 : stance])
    )


TIME_ASIDES = tuple(
    tuple(phrase.split())
    for phrase in (
        "at this stage",
        "at this point",
        "at the moment",
        "at present",
        "at the present stage",
        "at the present time",
        "for the foreseeable future",
        "for now",
        "for the time being",
        "for the moment",
        "in the near term",
        "in the short term",
    )
)
"""Phrases of time between a negation and its verb that do not put the
negation further away ("does not at this stage intend to contribute")."""


def _words_between(doc: Doc, start: int, end: int) -> int:
    """Tokens from ``start`` up to ``end`` that are not punctuation ("does not,
    and will not, fund": the commas do not put the negation further away) nor
    auxiliary filler ("are not going to be sending")."""
    if end - start <= NEGATION_REACH:
        return max(0, end - start)
    orth = orths(doc)
    aside = _asides(lowers(doc), start, end, TIME_ASIDES)  # "does not at this stage intend to"
    return sum(1 for i in range(start, end) if orth[i] not in NOT_COUNTED and i not in aside)


def _asides(
    low: Sequence[str], start: int, end: int, phrases: Sequence[tuple[str, ...]]
) -> set[int]:
    """The tokens from ``start`` up to ``end`` that lie in one of ``phrases``."""
    aside: set[int] = set()
    for i in range(start, end):
        for phrase in phrases:
            if tuple(low[i : i + len(phrase)]) == phrase and i + len(phrase) <= end:
                aside.update(range(i, i + len(phrase)))
    return aside


FILLERS = frozenset("going to be been being something anything".split())
"""Auxiliary words between a negation and its verb that do not count, and the
"something" of "not something we can offer"."""

NOT_COUNTED = CLAUSE_END | FILLERS


NOBODY = frozenset(["neither", "none", "nobody", "no-one", "nothing"])
"""Subjects that name no one or nothing: "neither has made an offer",
"nothing has been promised" are no pledge."""

INVERTING = frozenset(
    "will would shall should can could may might does do did has have had is are was were".split()
)
"""Auxiliaries right after "neither" that put its subject after them."""

NOBODY_REACH = 8
"""Tokens from the stance back to its "none": "none has made a public pledge"."""


def _inverted(doc: Doc, i: int) -> bool:
    """ "Neither will Norway send", "neither has the government offered": an
    auxiliary and a name or a determiner after "neither" ("neither has made
    an offer" names no one)."""
    low = lowers(doc)
    if i + 2 >= len(doc) or not _auxiliary_after(low, i, ("neither",)):
        return False
    return doc[i + 2].text[:1].isupper() or low[i + 2] in DETERMINERS


INVERTED_REACH = 7
"""Tokens from an inverted "nor will" to its verb, across the subject between
("nor will Hungarian instructors take part")."""


def _inverted_nor(doc: Doc, start: int, end: int) -> bool:
    """ "..., nor will Hungarian instructors take part": "nor" or "neither"
    with an auxiliary and its subject after it negates the verb that
    follows the subject."""
    low = lowers(doc)
    return (
        start + 2 < end <= start + INVERTED_REACH
        and _auxiliary_after(low, start, ("nor", "neither"))
        and not CLAUSE_END.intersection(low[start:end])
    )


def _auxiliary_after(low: Sequence[str], i: int, negations: Sequence[str]) -> bool:
    """Whether token ``i`` is one of ``negations`` with an auxiliary right
    after it ("neither will", "nor has"): the subject follows the auxiliary."""
    return low[i] in negations and i + 1 < len(low) and low[i + 1] in INVERTING


def _nobody(group: Group, doc: Doc) -> bool:
    """A pledge whose subject, a few words before, is "neither", "none" or
    "no country", or whose object is "nothing"."""
    low = lowers(doc)
    if low[group.end : group.end + 1] == ["nothing"]:
        return True  # "careful to promise nothing": an object that names nothing
    first = doc[group.start].sent.start  # not "none to Ukraine" of a headline before
    for i in range(group.start - 1, max(first - 1, group.start - NOBODY_REACH - 1), -1):
        if low[i] == "no" and low[i + 1 : i + 2] and low[i + 1] in GIVER_NOUNS:
            return True  # "but no country has yet offered to run it"
        if low[i] in NOBODY:  # but "neither weapons nor ammunition will be sent" denies both
            if _inverted(doc, i) or _none_of_things(low, i, group.start):
                return False  # "Neither will Norway send": a negation, its subject after
            if low[i] == "neither" and i > 0 and low[i - 1] in FINITE:
                return False  # "would neither impose sanctions nor sell weapons": a negation
            return not (low[i] == "neither" and "nor" in low[i : group.start])
        if low[i] in CLAUSE_END:
            return False
    return False


DENIALS = frozenset("denied denies deny denying rejected rejects rejecting dismissed".split())
"""Verbs whose "that" clause is said not to be so: "denied that Serbia supplies ammunition"."""


def _denied(group: Group, s: Sentence) -> bool:
    """Whether the stance stands in a "that" clause after a verb of denial."""
    low = lowers(s.span.doc)
    for i in range(group.start - 1, s.span.start, -1):
        if low[i] in (",", ";", ":"):
            return False
        if low[i] == "that" and any(
            low[j] in DENIALS for j in range(max(s.span.start, i - DENIAL_REACH), i)
        ):
            return True
    return False


DENIAL_REACH = 5
"""Tokens from a verb of denial to its "that": "denied reports last month that"."""


SPEECH_NOUN_BEFORE = frozenset("with a an the of early its their any".split())
"""Words before which a speech verb is a noun ("with warning of attacks"),
which ends no stance's objects."""


def _scope_end(group: Group, groups: Sequence[Group], s: Sentence) -> int:
    """Where a verb group's objects end: the next stance, a reporting
    participle (", noting that"), or a new clause with its own subject."""
    index = groups.index(group)
    doc = s.span.doc
    if index + 1 < len(groups) and _describes_object(index, groups, s):
        index += 1  # "committed itself to a mission that would operate on land": its object's
    after = index + 1
    while after < len(groups) and _requested(groups[after], s):
        after += 1  # "turned down a request to help finance interceptors": the request's
    ends = [groups[after].start] if after < len(groups) else [s.span.end]  # kinds are refused
    ends += [  # "has yet to say what its backstop would be": the stance's own verb, but
        c.start  # "too early to say whether troops would go" is about the troops
        for c in s.of("speech_verbs")
        if c.start >= group.end + (c.start == group.end)
        and not _says_whether(group, c, doc)
        and doc[c.start - 1].lower_ not in SPEECH_NOUN_BEFORE  # "providing Ukraine with warning of"
    ]
    actor_ends = {a.end for a in s.actors}
    low = lowers(doc)
    ends += [  # a new clause's subject, not "US and German requests"
        a.start
        for a in s.actors
        if a.start > group.end
        and doc[a.start - 1].lower_ in CLAUSE_OPENERS
        and not (
            doc[a.start - 1].lower_ == "and" and a.start - 1 in actor_ends and a.rule == "demonym"
        )
    ]
    ends += [  # "would not supply weapons, as Western countries gathered for a conference
        i  # on funding Kiev": a clause of its own, with a subject and a verb
        for i in range(group.end, s.span.end - 2)
        if low[i] == "," and low[i + 1] == "as" and _clause_after_as(doc, i + 2, s.span.end)
    ]
    ends += [  # "Suva's blue-helmet offer, Bangkok's neutrality": each owner its own
        a.start
        for a in s.actors
        if a.start > group.end
        and doc[a.start - 1].text == ","
        and a.end < len(doc)
        and low[a.end] == "'s"
    ]
    ends += [  # "pledged boats, as the Maritime Coalition met at": a clause of its own
        a.start - 2
        for a in s.actors
        if a.start - 2 > group.end
        and low[a.start - 1] == "the"
        and low[a.start - 2] in CLAUSE_OPENERS - {"and", "but"}
        and low[a.start - 3] not in COMPARED  # "such as the Netherlands"
    ]
    ends += [  # "rules out a deployment as it buys drones": a clause of its own
        c.start
        for c in s.of("pronouns")
        if c.start > group.end
        and c.text.lower() in SUBJECT_PRONOUNS
        and _opens_clause(doc, c.start - 1)
    ]
    ends += [i for i in range(group.end, s.span.end) if low[i] == ";"][:1]  # "keeps its arms
    ends += [  # ban; truce monitors under review"; "cannot spare any more systems while one
        i  # of its batteries remains in Turkey"
        for i in range(group.end, s.span.end - 1)
        if low[i] in CONTRAST_OPENERS and low[i + 1] in CLAUSE_SUBJECT_STARTS
    ]
    ends += [c.start for c in s.of(TIME_CLAUSE) if c.start >= group.end]
    ends += [c.end for c in s.of("category") if c.end > group.end and _object_relative(doc, c.end)]
    kinds = [c.end for c in s.of("category") if c.start >= group.end]
    ends += [  # "will not allow its railways to be used to supply a foreign force": what
        i  # they would serve is no kind of what is refused
        for i in range(group.end, s.span.end - 2)
        if _be_used_for(low, i) and any(k <= i for k in kinds)
    ]
    ends += [  # "pass data to its air force, so that drones can be tracked": a purpose,
        i  # no kind of what is given
        for i in range(group.end, s.span.end - 1)
        if low[i] == "so" and low[i + 1] == "that" and any(k <= i for k in kinds)
    ]
    end = min(ends)
    return _clause_break(doc, group.end + 1, end)


AS_SUBJECT_REACH = 4
"""Tokens after ", as" in which the verb of a clause of its own stands."""


def _clause_after_as(doc: Doc, start: int, end: int) -> bool:
    """ ", as Western countries gathered", ", as the ministers met": a subject
    (capitalised, or after a determiner) followed closely by a verb in -ed or
    an auxiliary; not ", as part of the force" nor ", as well as"."""
    first = doc[start]
    if not (first.is_title or first.lower_ in DETERMINERS) or first.lower_ in ("well", "such"):
        return False
    return any(
        t.lower_ in VERB_NEXT or (t.is_lower and t.is_alpha and t.text.endswith("ed"))
        for t in doc[start + 1 : min(end, start + 1 + AS_SUBJECT_REACH)]
    )


PRONOUN_CLAUSE_OPENERS = REASON_OPENERS | {"as"}
"""Before a subject pronoun they open a clause of its own ("as it buys")."""

COMPARED = frozenset("same such as so much many well".split())
"""Words a few tokens before an "as" that make it a comparison ("the same
promise as we have"), not a clause of its own."""


CONTRAST_OPENERS = REASON_OPENERS - {"because"}
"""Openers of a clause that is never what a stance offers."""

CLAUSE_SUBJECT_STARTS = DETERMINERS | {"one", "some", "none", "most", "many", "all"}
"""Words that, after such an opener, begin the clause's own subject."""


def _opens_clause(doc: Doc, at: int) -> bool:
    low = lowers(doc)
    if low[at] not in PRONOUN_CLAUSE_OPENERS:
        return False
    return low[at] != "as" or not COMPARED.intersection(low[max(0, at - 4) : at])


RELATIVE_SUBJECTS = frozenset("its it their they we our his her the this these".split())
"""Words that, after "that", begin a clause's own subject."""


def _describes_object(index: int, groups: Sequence[Group], s: Sentence) -> bool:
    """ "committed itself to a mission that would operate on land, at sea and
    in the air": the next verb group opens a relative clause right after a
    noun of the stance's object, with no subject of its own and no actor in
    it (not "items that could feed Russia's arms industry"); the kinds it
    names describe what the stance offers."""
    doc = s.span.doc
    group, nxt = groups[index], groups[index + 1]
    end = groups[index + 2].start if index + 2 < len(groups) else s.span.end
    at = nxt.start - 1
    return (
        at - 1 > group.end
        and doc[at].lower_ in ("that", "which")
        and doc[at - 1].is_alpha
        and doc[at - 1].is_lower
        and not doc[at - 1].is_stop
        and not any(t.text in (",", ";", ":") for t in doc[group.end : at])
        and not any(nxt.start <= a.start < end for a in s.actors)
    )


def _object_relative(doc: Doc, at: int) -> bool:
    """ "two helicopters that its air force no longer flies": a "that" right
    after a kind, with a subject of its own, describes it; what the clause
    names is not offered."""
    low = lowers(doc)
    return at + 1 < len(doc) and low[at] == "that" and low[at + 1] in RELATIVE_SUBJECTS


def _says_whether(group: Group, verb: Cue, doc: Doc) -> bool:
    """ "too early to say whether troops would go", "has yet to say if": the
    stance's own verb asks the question the stance is about."""
    if verb.start - group.end > 2:
        return False
    at = verb.end + (verb.end < len(doc) and doc[verb.end].text in QUOTES)
    return at < len(doc) and doc[at].lower_ in ("whether", "if")


SCOPE_BREAKS = frozenset(
    "which who whom whose where despite although though while whereas because".split()
)
"""After a comma (or a comma and a preposition: ", under which"), words that
open a clause of its own: what it names is not what the stance offers
("put 1.5 billion kroner into the fund, under which factories build weapons")."""


RELATIVE_THAT_AFTER = frozenset("countries states nations governments members allies".split())
"""Plural nouns for states: a "that" after them opens a relative clause."""


def _clause_break(doc: Doc, start: int, end: int) -> int:
    """The first clause of its own between ``start`` and ``end``, or ``end``."""
    low = lowers(doc)
    for i in range(start, end):
        word = low[i]
        if word == ",":
            nxt = low[i + 1] if i + 1 < end else ""
            second = low[i + 2] if i + 2 < end else ""
            if nxt in SCOPE_BREAKS or (nxt in SKIP_PREPOSITIONS and second == "which"):
                return i
            if nxt in ("a", "an") and i + 3 < end and low[i + 3] in ("that", "which"):
                return i  # ", a fact that proves ...": a comment on the clause before
            if nxt == "but" and second not in BUT_GOES_ON:
                return i  # "will not go, but Jasionka will be the hub": a clause of its own
            if nxt == "the" and _own_clause(low, i + 2, len(low)):
                return i  # "will not go, the hub in Rzeszow will serve the coalition"
        elif (word == "which" and not _which_asks(low, i, 0)) or word == "who":
            return i  # "monitors from countries that are supplying weapons", not "decisions
        elif word == "that" and low[i - 1] in RELATIVE_THAT_AFTER:  # on which jets to send"
            return i
        elif word == ":" and i + 1 < end and low[i + 1] in OPENING_QUOTES:
            return i  # 'will be spent on equipment for Ukraine: "Every zloty of this loan ...
        elif word in ("but", "and") and i + 1 < end and low[i + 1] == "that":
            return i  # "said it would pay for X but that its soldiers will not": a new clause"
    return end


BUT_GOES_ON = frozenset("not no only also rather instead".split())
"""Words after ", but" that go on with the stance before ("but not troops")."""

OWN_CLAUSE_VERBS = frozenset("will would is are was were has have".split())
"""Verbs that, a few words after ", the", make those words a new subject."""

OWN_CLAUSE_REACH = 5


def _own_clause(low: Sequence[str], start: int, end: int) -> bool:
    """ ", the hub in Rzeszow will serve": a noun phrase and its own verb."""
    for i in range(start, min(end, start + OWN_CLAUSE_REACH)):
        if low[i] in CLAUSE_END or low[i] in ("and", "or"):
            return False
        if low[i] in OWN_CLAUSE_VERBS:
            return True
    return False


CIVILIAN = frozenset(
    "medical humanitarian civilian hospital firefighting agricultural electrical energy power "
    "heating rescue construction environmental".split()
)
"""Words that make the kind after them civilian: "medical equipment"."""

WATCHERS = ("observer", "monitor")
"""Stems of the people who watch a ceasefire, whom "civilian" does not exclude."""

ENEMY_WORDS = frozenset(["russian", "russia's", "enemy", "enemy's"])
"""Words that make the forces or arms after them the aggressor's, a target
and not a kind given ("radars that find Russian artillery"); sanctions and
money keep them ("Russian assets")."""

ENEMY_MODIFIERS = 2
"""Modifiers between the aggressor's word and its forces or arms ("Russia's
attack drones", "Russian Shahed-type drones")."""


def _enemy_owned(cue: Cue, doc: Doc) -> bool:
    """ "Russian artillery", "Russia's long-range attack drones": the aggressor's."""
    low = lowers(doc)
    at, modifiers = cue.start - 1, 0
    while at >= 0 and low[at] not in ENEMY_WORDS and low[at - 1 : at + 1] not in ENEMY_PAIRS:
        if not (low[at] == "-" or low[at].isalpha()) or low[at] in NOUN_PHRASE_ENDS:
            return False
        if low[at] != "-" and not (at and low[at - 1] == "-"):
            modifiers += 1  # "Shahed-type" is one modifier
        if modifiers > ENEMY_MODIFIERS:
            return False
        at -= 1
    return at >= 0


ENEMY_PAIRS = [[w.removesuffix("'s"), "'s"] for w in ENEMY_WORDS if w.endswith("'s")]
"""The possessives of ENEMY_WORDS as the tokenizer splits them ("Russia", "'s")."""

NOUN_PHRASE_ENDS = frozenset(
    "and or the a an to for with of from by made built designed produced era".split()
)
"""Words that end a noun phrase begun by the aggressor's word, or make it the
arms' origin ("Russian-made", "Soviet-era"), not their owner."""


EXCLUDING = (
    " rather than ",
    " instead of ",
    " beyond ",
    " other than ",
    " apart from ",
    " school of ",
    " academy of ",
    " college of ",
    " transit of ",
    " passage of ",
)
"""Words before a kind that set it aside: "what it would provide beyond
leading the monitoring", "instead of weapons"; or make it part of a name
("the School of Military Engineers"); or make it only what passes through
("the transit of weapons": the transit is what is given)."""


OWN_ENDINGS = (" its own ", " their own ", " our own ")
POSSESSIVE_ENDINGS = (" its ", " their ", " our ")

BUDGETS = frozenset(["budget", "budgets"])

SERVICE_KINDS = frozenset(
    c.value for c in (Category.GROUND_FORCES, Category.AIR_FORCES, Category.NAVAL_FORCES)
)
"""Kinds of a state's own armed services, which "from its own" names as a source."""

CREWS = frozenset(["pilots", "crews", "aircrews", "aircrew"])
"""Training cues that name who is trained: one's own are no training given."""


def _own_crews(cue: Cue, actor_spans: Sequence[ActorSpan]) -> bool:
    """ "The Romanian pilots will not fly over Ukraine", "Swedish and Finnish
    pilots train together": crews a state other than Ukraine calls its own
    are its forces, not Ukrainians it trains."""
    return (
        cue.kind == "category"
        and cue.label == Category.TRAINING.value
        and cue.text.lower() in CREWS
        and any(
            a.end == cue.start and a.rule == "demonym" and a.actor != BENEFICIARY
            for a in actor_spans
        )
    )


GATHERED = frozenset("data imagery images information intelligence".split())
"""What is shared "from" the platforms that gather it ("data from their F-35s")."""

GATHERED_REACH = 5
"""Tokens before a kind in which "data from" names it the source of the data."""


def _excluded(cue: Cue, doc: Doc) -> bool:
    """ "rather than troops", "instead of weapons": named only to be set aside;
    "to the Ukrainian navy", "Ukraine's troops": the receiving forces, not a kind given."""
    before = f" {' '.join(text_of(doc[max(0, cue.start - 3) : cue.start]).lower().split())} "
    if any(word in before for word in EXCLUDING):
        return True
    naval = cue.label == Category.NAVAL_FORCES.value
    if naval and cue.text.lower().endswith("sea") and " over " in before:
        return True  # "aircraft flying over the western Black Sea": where they fly
    low = lowers(doc)
    gathered = range(max(0, cue.start - GATHERED_REACH), cue.start - 1)
    if cue.label != Category.ISR.value and any(
        low[k] in GATHERED and low[k + 1] == "from" for k in gathered
    ):
        return True  # "sharing data from their F-35 fighters": where the data come from
    previous = low[cue.start - 1] if cue.start else ""
    if previous in CIVILIAN and not cue.text.lower().startswith(WATCHERS):  # "medical
        return True  # equipment"; "civilian observers" still watch a ceasefire
    if (_enemy_owned(cue, doc) or _against(cue, doc)) and cue.label not in (
        Category.SANCTIONS.value,
        Category.FINANCING.value,
    ):
        return True  # "data used to locate Russian artillery", "restrictions against
        # Belarusian transport firms": a target, not a kind given
    if cue.text.lower() in BUDGETS and " from " in before:
        return True  # "financed from its own budget": where the money comes from
    if cue.label in SERVICE_KINDS and before.endswith(tuple(f" from{e}" for e in OWN_ENDINGS)):
        return True  # "hand over Gripens from its own air force": where the jets come from
    if cue.label == Category.TRAINING.value and _trains_itself(before):
        return True  # "allowing their forces to train on each other's territory"
    if cue.text.lower() in CREWS and (
        before.endswith(OWN_ENDINGS) or before.endswith(POSSESSIVE_ENDINGS)
    ):
        return True  # "missions with its own pilots", "our pilots": its crews, not Ukrainians
    if cue.text.lower() in BASES:
        if any(f" {w} " in before for w in AT_A_PLACE):  # "fly from a Polish air base": where
            return True
        words = before.split()
        towards = [i for i, w in enumerate(words) if w in TOWARDS]
        offered = words[towards[-1] + 1 :][:1] if towards else []  # "to open its ports"
        if towards and "access" not in words and not set(offered) & OPENING_VERBS:
            return True  # "escorting vessels to Ukrainian ports", not "access to its ports"
        wider = f" {text_of(doc[max(0, cue.start - PLACE_REACH) : cue.start]).lower()} "
        if any(f" {w} " in wider for w in ("from", "out of")):  # "out of Black Sea ports"
            return True
        if cue.end < len(doc) and doc[cue.end].text == "-":  # "a port-access ban"
            return True
    if cue.text.lower() == "water" and not _among_domains(cue, doc):
        return True  # "loans for energy, water and housing": a utility, not the sea
    if cue.text.lower().startswith(WATCHERS) and _civil_object(cue, doc):
        return True  # "a group that will monitor the environmental impact of dredging"
    return _receiving(cue, doc)


def _civil_object(cue: Cue, doc: Doc) -> bool:
    """Whether the words right after a watching verb name a civil matter."""
    low = lowers(doc)
    at = cue.end + 1 if low[cue.end : cue.end + 1] == ["the"] else cue.end
    return at < len(doc) and low[at] in CIVILIAN


DOMAINS = frozenset("air land sea ground".split())
"""The domains of warfare, among which "water" stands for the sea ("could
help in the air, on land and on water")."""

DOMAIN_REACH = 4
"""Words around "water" within which another domain must be named."""


def _among_domains(cue: Cue, doc: Doc) -> bool:
    """Whether ``cue`` is named in a list with another domain of warfare."""
    low = lowers(doc)
    near = low[max(0, cue.start - DOMAIN_REACH) : cue.end + DOMAIN_REACH]
    return bool(DOMAINS & set(near))


PERSONAL_OBJECTS = frozenset("us them him her me you".split())
"""Objects between a verb and what follows it: "told us what", "warned them against"."""

AGAINST_REACH = 3
"""Tokens from an "against" to the kind it names as a target."""

OBJECTING = frozenset(
    "warn warns warned warning vote votes voted voting decide decides decided argue argues "
    "argued advise advises advised caution cautions cautioned lobby lobbied campaign "
    "campaigned speak spoke spoken rule ruled turn turned".split()
)
"""Verbs whose "against" objects to what follows rather than naming a target
("voted against sending jets", "warned Baku against arms supplies")."""


def _against(cue: Cue, doc: Doc) -> bool:
    """ "restrictions against Belarusian transport firms", "guns in use against
    drones": a kind just after "against" is a target. Not after a verb of
    objecting, nor with an "-ing" form between ("voted against sending jets")."""
    low = lowers(doc)
    for k in range(cue.start - 1, max(-1, cue.start - AGAINST_REACH - 1), -1):
        if low[k] == "against":
            before = [w for w in low[max(0, k - 2) : k] if w not in PERSONAL_OBJECTS]
            return not OBJECTING.intersection(before) and not any(
                w.endswith("ing") for w in low[k + 1 : cue.start]
            )
        if not low[k].isalpha() and low[k] != "-":
            return False
    return False


SELF_TRAINERS = frozenset("forces troops soldiers units personnel crews sailors".split())


def _trains_itself(before: str) -> bool:
    """ "their forces to train", "troops to train together": the forces named
    are the ones training, not Ukrainians trained by them."""
    words = before.split()
    return (
        len(words) >= 2
        and words[-1] == "to"
        and words[-2] in SELF_TRAINERS
        and "ukrainian" not in words
        and "ukraine's" not in words
    )


def _receiving(cue: Cue, doc: Doc) -> bool:
    """ "the Ukrainian command", "Ukraine's troops", "Ukrainian army engineers",
    "engineering units of Ukraine": whom the support goes to."""
    if cue.text.lower() not in RECEIVING_FORCES:
        return False
    low = lowers(doc)
    at = cue.start  # past a force noun between the owner and the cue: "Ukrainian army engineers"
    while at > 0 and (low[at - 1] in OWNING_FORCES or low[at - 1] in UNIT_KINDS):
        at -= 1
    owner = [w for w in low[max(0, at - 2) : at] if w != "the"]
    if len(owner) == 2 and owner[-1] == "'s":  # "Ukraine's" (or "Ukraine’s") as two tokens
        owner = [owner[0] + owner[1]]
    if owner and owner[-1] in ("ukrainian", "ukraine's", "kyiv's"):
        return True
    after = [w for w in low[cue.end : cue.end + 3] if w != "the"]
    return after[:1] == ["of"] and after[1:2] in (["ukraine"], ["ukrainian"], ["ukraine's"])


OWNING_FORCES = frozenset("army navy military armed forces".split())
"""Force nouns between a Ukrainian owner and its units ("Ukrainian army engineers")."""

UNIT_KINDS = frozenset(
    "mechanised mechanized armoured armored motorised motorized infantry assault airborne "
    "marine tank artillery territorial".split()
)
"""Words of a unit's kind between a Ukrainian owner and the unit ("a Ukrainian
mechanised battalion")."""


BASES = frozenset(
    "air base|air bases|airbase|airbases|port|ports|seaport|seaports|naval base|naval bases|"
    "black sea port|black sea ports".split("|")
)
"""Logistics cues that are places: offered ("the use of its port") they are
logistics; after AT_A_PLACE they only say where something happens."""

AT_A_PLACE = ("from", "at", "in", "near", "out of")

TOWARDS = ("to", "through", "into", "via")

OPENING_VERBS = frozenset("make open offer provide lend give".split())
"""Verbs after an infinitive "to" that offer the base: "ready to make its air bases available"."""
"""Before a base, words that make it where something goes, unless access to it is offered."""

PLACE_REACH = 5
"""Tokens before a base in which "from" or "out of" make it a place ("out of
Black Sea ports"); the other words of AT_A_PLACE must stand closer."""


RECEIVING_FORCES = frozenset(
    [
        *"navy army forces troops soldiers servicemen personnel military units brigades".split(),
        *"brigade battalion battalions company companies unit".split(),
        *["air force", "armed forces", "naval forces", "ground forces"],
        *["command", "headquarters", "general staff", "high command"],
        *"engineers sappers deminers crews pilots medics marines maritime".split(),
        *["engineering units", "army engineers"],
    ]
)
"""Force nouns that, after "Ukrainian", are whom the support goes to
("intelligence shared with the Ukrainian command")."""


def _pays(group: Group, s: Sentence) -> bool:
    """Whether a payment verb ("pay for", "fund") is part of the stance."""
    return any(group.start <= c.start < group.end for c in s.of("payment_verbs"))


def _bought_by_fund(between: list[str]) -> bool:
    """Whether the words between a sum and a kind name the fund the sum goes
    into, in the same phrase ("to the NATO trust fund for"), not the fund it
    comes from ("from the Connecting Europe Facility into")."""
    into = _past_source(between)
    return bool(SCHEME_HEADS.intersection(into)) and not {",", ";"}.intersection(into)


def _sum_before(cue: Cue, money: list[Cue]) -> Cue:
    """The last sum that ends before a cue (a financing cue naming no scheme:
    "5 million euros", not "trust fund"), or the first financing cue."""
    sums = [
        m
        for m in money
        if m.end <= cue.start and not SCHEME_HEADS.intersection(m.text.lower().split())
    ]
    return max(sums, key=lambda m: m.start, default=money[0])


def _set_aside_for(group: Group, before: list[Cue], after: list[Cue], doc: Doc) -> list[Cue]:
    """ "140 million euros has been earmarked by the Netherlands for 30 patrol
    boats": a sum set aside by an agent for named equipment is that equipment."""
    low = lowers(doc)
    window = low[group.end : group.end + AGENT_REACH + 2]
    if any(c.label != Category.FINANCING.value for c in before) or window[:1] != ["by"]:
        return []
    if "for" not in window:
        return []
    purpose = group.end + window.index("for")
    return [
        c
        for c in after
        if purpose < c.start <= purpose + MONEY_FOR_REACH
        and c.label != Category.FINANCING.value
        and not _general(c, doc)
    ][:1]


def _paid_for(group: Group, scope: list[Cue], s: Sentence) -> list[Cue]:
    """Money for named equipment is that equipment, and so is money for
    weapons in general ("will not pay for weapons"); for weapons bought from
    another state ("American weapons", "an arms sale") or for a scheme, it
    is financing (ANNOTATION.md)."""
    doc = s.span.doc
    money = [c for c in scope if c.label == Category.FINANCING.value]
    if not _pays(group, s):
        if money:  # "a fund for weapons": the weapons are what the money buys
            low = lowers(doc)
            return [
                c
                for c in scope
                if c.start < money[0].start
                or not (
                    _general_weapons(c, doc)  # "give 5 million euros to the trust fund for
                    or _bought_by_fund(low[_sum_before(c, money).end : c.start])
                )  # demining kits": bought by the fund
            ]
        return scope
    named = [
        c
        for c in scope
        if c.label != Category.FINANCING.value
        and not (
            c.label == Category.WEAPONS_EQUIPMENT.value
            and _general_weapons(c, doc)
            and _bought_from_another(c, doc)
        )
    ]
    channels = [c for c in money if _channel(c, doc) or _under_after(c, named, doc)]
    if money and named and all(c in channels or not _into_scheme(c, doc) for c in money):
        # "will finance two Patriot systems through PURL": the named equipment; "will pay
        # $500 million for Patriot interceptors delivered through the scheme": a sum,
        # whether tied to the equipment is for _money_for_named to say
        sums = [c for c in money if c not in channels]
        return [c for c in scope if c not in channels] if sums else named
    if money:  # paid into a scheme or fund: financing, whatever it buys
        return money
    schemes = [  # "Through PURL, allies pay for Patriot interceptors": the scheme is named
        c
        for c in s.of("category")
        if c.label == Category.FINANCING.value
        and not group.start <= c.start < group.end
        and _scheme(c, doc)
        and not (named and c.start > group.start and _channel(c, doc))  # "missiles sent via PURL"
    ]
    if schemes:
        return schemes[:1]
    return named or [
        Cue("category", Category.FINANCING.value, c.start, c.end, c.text) for c in scope[:1]
    ]


def _under_after(cue: Cue, named: Sequence[Cue], doc: Doc) -> bool:
    """A scheme "under" which named things are paid for ("pay $700 million
    for Patriot interceptors from US production under PURL"): the way they
    are bought, like "through"."""
    return (
        _scheme(cue, doc)
        and cue.start > 0
        and doc[cue.start - 1].lower_ == "under"
        and any(n.end <= cue.start and not _general_weapons(n, doc) for n in named)
    )  # not "pay for a package of US-made weapons under PURL": weapons bought, the scheme's


SELLERS = frozenset(
    "american us u.s. us-made u.s.-made american-made purchases purchase sale sales".split()
)
"""Words beside a general weapon cue that make it bought from another state."""


def _bought_from_another(cue: Cue, doc: Doc) -> bool:
    """ "pay for American weapons", "finance weapons purchases": weapons
    bought from a third state are paid for (financing)."""
    low = lowers(doc)
    return bool(SELLERS.intersection(low[max(0, cue.start - 2) : cue.end + 1]))


def _into_scheme(cue: Cue, doc: Doc) -> bool:
    """A financing cue naming a scheme or fund money goes into, not a sum."""
    return _scheme(cue, doc) or cue.text.lower().split()[-1] in SCHEME_HEADS


FUND_OPENERS = DETERMINERS | {"trust"}
"""Words before "fund" that make it a scheme's name, not the verb."""


def _scheme(cue: Cue, doc: Doc) -> bool:
    """A financing cue naming a scheme ("PURL", "the fund"), not the verb "fund"."""
    word = cue.text.lower()
    if word in ("fund", "funds"):  # "the fund", "NATO's trust fund"
        return cue.start > 0 and doc[cue.start - 1].lower_ in FUND_OPENERS
    return word in SCHEMES


SCHEMES = frozenset(
    [
        "purl",
        "fund",
        "funds",
        "prioritised ukraine requirements list",
        "prioritized ukraine requirements list",
    ]
)
"""Financing cues naming a scheme that buys for Ukraine: paying through one is financing."""


BROADER = {
    Category.SECURITY_GUARANTEE.value: None,  # only when nothing narrower is named
    Category.WEAPONS_EQUIPMENT.value: Category.AIR_DEFENSE.value,  # missiles for a SAMP/T
}


MUNITIONS = GENERAL_WEAPONS | set(
    "missiles missile ammunition munitions interceptors rounds shells rockets launchers".split()
)
"""Weapons that an air-defence system named beside them is for ("missiles for
the SAMP/T"); named equipment ("armoured vehicles") stays a kind of its own."""


TRANSPORT_PLANES = frozenset("aircraft planes airplanes aeroplanes jets".split())


OVER = frozenset("over above across".split())

MISSION_WORDS = ("mission", "policing", "component", "patrol", "airspace", "skies", "the air")
"""Words of an air-force cue that name a task (not "air base", "Air Force stocks")."""

TAKING_PART = ("take part", "takes part", "took part", "join", "rotate", "participat")

PARTAKING = ("part", "join", "participat")
"""Stems of the words of a stance that takes part in something: refusing to
take part in "any NATO training" declines it, it does not object to it."""

JOINING_VERBS = frozenset("join joins joined joining rotate rotates rotated rotating".split())
TAKING_PART_PAIRS = frozenset((verb, "part") for verb in "take takes took taking".split())
"""Words near aircraft that put them in a mission: "will take part", "rotate"."""

MISSION_AFTER = 6
"""Tokens from an aircraft cue in which "mission" or a verb of taking part puts
it in a mission ("F-35 fighters into the mission")."""


def _in_a_mission(
    group: Group, s: Sentence, cats: Sequence[Cue], at: int, context: Context
) -> bool:
    """ "Sweden will put four Gripen fighters at the disposal of the air
    mission", "its F-16s will take part": aircraft in a mission are air forces
    (but not those Ukraine is to receive: "a Ukrainian request for Gripens").
    So are aircraft a state names or assigns in an article that has named an
    air mission before ("Belgium has assigned four F-16s")."""
    low = lowers(s.span.doc)
    if at < 0 or not _aircraft_at(low, at):
        return False
    after = low[at : min(s.span.end, at + MISSION_AFTER)]
    joining = any(t in c.text.lower() for c in group.cues for t in TAKING_PART) or any(
        w in JOINING_VERBS or w.startswith("participat") or (w, nxt) in TAKING_PART_PAIRS
        for w, nxt in pairwise([*low[group.end : at], *after, ""])
    )  # "is prepared to rotate F-35s into the mission", "whether its F-16s will take part"
    air = Category.AIR_FORCES.value
    mission = any(c.label == air and _names_a_task(c) for c in cats)
    mission = mission or "mission" in after
    mission = mission or (context.air_mission and not _stems(group, TRANSFERS))
    if not joining and not mission:
        return False
    return not any(
        a.actor == BENEFICIARY
        and (a.start == 0 or low[a.start - 1] not in OVER)
        and low[a.end + 1 : a.end + 2] not in (["skies"], ["airspace"])  # "police Ukraine's skies"
        for a in s.actors
    )


BROUGHT_HOME_REACH = 4
"""Words from "bring" to "home" ("will bring its last instructors home")."""

KEPT_REACH = 8
"""Words after "keep" in which a place at home may follow ("keeps its
Patriot batteries at home")."""


HOME_GROUND = frozenset("territory airspace soil waters".split())
"""Nouns after a state's own adjective that place what it keeps at home
("will stay over Polish territory")."""


OWN_WORDS = frozenset(["its", "their", "our"])
"""Possessives that make what is kept a state's own ("keep their trainers out")."""


def _kept_at_home(group: Group, s: Sentence, an: Analyzer) -> bool:
    """ "Bulgaria will keep its minehunters in its own waters", "Warsaw keeps
    its Patriots at home", "its aircraft will stay over Polish territory":
    what a state keeps or leaves at home, or brings home ("will bring its
    contingent home"), it declines to send (but "will keep training brigades
    at home" goes on doing it)."""
    bringing = _stems(group, ("bring", "brought"))  # "will bring its contingent home"
    if not bringing and not _stems(group, ("keep", "kept", "stay", "remain")):
        return False
    doc = s.span.doc
    if group.end < s.span.end and doc[group.end].lower_.endswith("ing"):
        return False
    low = lowers(doc)
    end, words_seen = group.end, 0  # "keeps its air-launched JASSM-ER missiles for its own
    while end < s.span.end and words_seen < KEPT_REACH:  # deterrence": a hyphenated
        if low[end] == "-":  # compound is one word
            end += 2
            continue
        words_seen += 1
        end += 1
    end = _clause_break(doc, group.end, min(end, s.span.end))
    words = [w for w in low[group.end : end] if w.isalpha()]
    if bringing:  # its own, not "the Bushmaster brings soldiers home alive"
        return bool(OWN_WORDS.intersection(words[:2])) and "home" in words[:BROUGHT_HOME_REACH]
    after = " " + " ".join(words) + " "
    if any(f" {p} " in after for p in an.lexicon["kept_at_home"]) or words[-1:] == ["home"]:
        return True  # "keep their soldiers home."
    own = low[group.end - 1] in OWN_WORDS or (bool(words) and words[0] in OWN_WORDS)
    if own and (words[-1:] == ["out"] or " out of " in after):
        return True  # "keep their soldiers out (of Ukraine)", not "keep Russian troops out."
    before = {a.actor for a in s.actors if a.end <= group.start}
    return any(  # its own state's territory, named by the state before the stance
        group.end <= a.start < end and a.end < end and doc[a.end].lower_ in HOME_GROUND
        for a in s.actors
        if a.actor in before
    )


OFFER_DETERMINERS = frozenset("'s its their our his her the a an of own".split())
"""Words before "offer" that make it a noun ("Estonia's offer", "its own
offer"), which the next sentences usually spell out; so does a capitalised
adjective ("the French offer")."""


def _untopical(group: Group, doc: Doc) -> bool:
    """Stances that take no kind from the topic of the context: a noun
    "offer" ("Estonia's offer.", "welcomed the French offer"), whose kinds
    come after it, and "was more cautious", said of whatever was asked."""
    words = " ".join(c.text.lower() for c in group.cues)
    if words in ("cautious", "more cautious") or _made_none(group, doc):
        return True
    if words != "offer" or group.start == 0:
        return False
    before = doc[group.start - 1]
    return before.lower_ in OFFER_DETERMINERS or (before.is_title and not before.is_sent_start)


MADE_NONE = frozenset("offer offers pledge pledges commitment commitments".split())
"""What a state "made no" of at a meeting ("made no promise" of an idea it is
studying still leaves that idea undecided)."""


def _made_none(group: Group, doc: Doc) -> bool:
    """ "sent an observer and made no offer", "made no new commitments": a
    state that offered nothing at a meeting refused no kind in particular."""
    if len(group.cues) != 1:
        return False  # not "is studying the idea but has made no promise"
    low = lowers(doc)
    i = group.start - 1
    if i > 0 and low[i] == "new":
        i -= 1
    return (
        group.cues[0].text.lower().split()[-1] in MADE_NONE
        and i > 0
        and low[i] == "no"
        and low[i - 1] in ("made", "make", "makes", "making")
    )


DOING = frozenset("do does did doing done".split())


def _does_so(group: Group, doc: Doc) -> bool:
    """ "will keep doing so", "will continue to do so": the stance repeats the
    one before it, whose kinds it takes (not a kind named before it)."""
    low = lowers(doc)
    after = low[group.end : group.end + 3]
    words = [w for c in group.cues for w in c.text.lower().split()]
    if words[-1:] and words[-1] in DOING and after[:1] == ["so"]:
        return True  # "keep doing" inside the group, "so" after
    if any(a in DOING and b == "so" for a, b in pairwise(words)):
        return True  # "would do so only under a mandate": the cue holds "do so"
    return after[:2] in (["doing", "so"], ["do", "so"]) or after[:3] == ["to", "do", "so"]


def _names_a_task(cue: Cue) -> bool:
    """Whether an air-force cue names a task ("air mission", "air policing")."""
    return any(w in cue.text.lower() for w in MISSION_WORDS)


def _to_aggressor(cue: Cue, s: Sentence) -> bool:
    """ "Iran has sent no missiles to Russia": support for the invader is no
    commitment to Ukraine's security, given or refused (but "sanctions for
    Russian oil" are pressure on it)."""
    if cue.label == Category.SANCTIONS.value:
        return False
    low = lowers(s.span.doc)
    if _supplying_aggressor(cue, s, low):
        return True
    end = cue.end  # "drones and missiles to Russia": past the kinds listed with it
    kinds = {i for c in s.of("category") for i in range(c.start, c.end)}
    while end < len(low) and (low[end] in ("and", "or", ",") or end in kinds):
        end += 1
    if end + 1 >= len(low) or low[end] not in ("to", "for"):
        return False
    if low[end + 1] in AGGRESSOR_CAPITALS:
        return True  # "sold drones to Moscow": a capital after "to" is read as a place
    return any(
        a.actor in AGGRESSORS and a.start == end + 1 for a in s.actors if a.rule != "demonym"
    )


SUPPLYING = frozenset(
    "supply supplies supplied supplying provide provides provided providing equip equips "
    "equipped equipping arm arms armed arming".split()
)
"""Verbs whose "Russia with X" gives X to the invader."""

WITH_REACH = 14
"""Tokens from an invader's "with" to the kinds it is supplied with ("with
engines, navigation chips and other parts for its Shahed-type attack
drones")."""


def _supplying_aggressor(cue: Cue, s: Sentence, low: Sequence[str]) -> bool:
    """ "companies that it accused of supplying Russia with engines, chips and
    parts for its drones": what the invader is supplied with."""
    for a in s.actors:
        if a.actor not in AGGRESSORS or a.start == 0 or low[a.start - 1] not in SUPPLYING:
            continue
        if low[a.end : a.end + 1] == ["with"] and 0 < cue.start - a.end <= WITH_REACH:
            return True
    return False


AGGRESSOR_CAPITALS = frozenset(["moscow", "minsk", "pyongyang"])
"""The aggressors' capitals, which after "to" the actor finder leaves as places."""


MONEY_FOR_REACH = 8
"""Tokens from a sum to the equipment it is "for" or put "into"."""


MONEY_LINKS = frozenset(["for", "into", "on", "toward", "towards", "worth"])
"""Words between a sum and what it pays for: "for a drone factory", "into the
production of drones", "(spend) 30 million euros on drones", "toward shells",
"500 million euros' worth of interceptors"."""

BUYING = frozenset("buy purchase procure acquire".split())
"""Verbs after a sum that tie it to what it buys ("1.2 billion euros to buy shells")."""


def _sum_of_the_stance_before(
    group: Group, groups: Sequence[Group], scope: list[Cue], cats: Sequence[Cue], s: Sentence
) -> list[Cue]:
    """ "agreed to jointly finance the production of interceptor drones,
    setting aside a combined 4.6 billion crowns": a sum in a participle
    clause after a comma is what the stance before it costs, of that
    stance's kind."""
    index = groups.index(group)
    if not index or not _money_only(scope):
        return scope
    doc = s.span.doc
    if (
        not group.cues[0].text.lower().split()[0].endswith("ing")
        or doc[group.start - 1].text != ","
    ):
        return scope
    return _named_between(cats, groups[index - 1].end, group.start, doc) or scope


def _money_only(scope: Sequence[Cue]) -> bool:
    """Whether a stance's kinds are all money (and there is one)."""
    return bool(scope) and all(c.label == Category.FINANCING.value for c in scope)


SUM_REACH = 12
"""Tokens from a sum to the "to" of its purpose (three in "NOK 1.2 billion
to", eleven in "PLN 180 million (about €42 million) this year to")."""

APPROXIMATING = frozenset("about around roughly some nearly".split())
"""Words that make a sum approximate, or open its conversion ("about €42 million")."""

SUM_ASIDES = APPROXIMATING | frozenset(
    "this next each every per a year years annually yearly".split()
)
"""Words of the period a sum is for, or of its conversion, between it and its
purpose ("EUR 18 million a year to keep the hub running", "PLN 180 million
(about €42 million) this year to")."""


def _paid_purpose(
    group: Group, groups: Sequence[Group], scope: list[Cue], cats: Sequence[Cue], s: Sentence
) -> list[Cue]:
    """ "has earmarked EUR 10 million to train signals officers", "will pay
    EUR 18 million to keep the hub running": a sum whose purpose is the
    infinitive right after it (no stance of its own) is money for the kind
    that infinitive names."""
    index = groups.index(group)
    if index + 1 >= len(groups) or not _money_only(scope):
        return scope
    after = groups[index + 1]
    doc = s.span.doc
    last = max(c.start for c in scope)
    sum_only = all(  # "€10 million to": the sum and "to", nothing else, before the infinitive
        t.like_num
        or not t.is_alpha
        or t.is_upper
        or t.lower_ in SUM_TOKENS
        or t.lower_ in SUM_ASIDES
        for t in doc[last : after.start - 1]
    )
    if not (0 < after.start - 1 - last <= SUM_REACH and sum_only) or not _purpose(after, groups, s):
        return scope  # "pays into the scheme that Europeans use to keep ...": not its purpose
    return _named_between(cats, after.start, _scope_end(after, groups, s), doc) or scope


def _named_between(cats: Sequence[Cue], start: int, end: int, doc: Doc) -> list[Cue]:
    """The kinds other than money, named and not set aside, that begin from
    token ``start`` up to ``end``: what a sum is for."""
    return [
        c
        for c in cats
        if start <= c.start < end
        and c.label != Category.FINANCING.value
        and not _general(c, doc)
        and not _excluded(c, doc)
    ]


def _money_for_named(scope: list[Cue], doc: Doc) -> list[Cue]:
    """ "50 million euros into the production of drones", "money for a drone
    factory", "spend 30 million euros on drones": money tied to named
    equipment is that equipment's kind (ANNOTATION.md), unless a scheme or
    fund names where it goes."""
    money = [c for c in scope if c.label == Category.FINANCING.value]
    if not money or any(
        _into_scheme(c, doc) and not _channel(c, doc) and not _funding_verb(c, doc) for c in money
    ):
        return scope  # "a trust fund for non-lethal aid": paid into a scheme (not through it)
    low = lowers(doc)
    named = [c for c in scope if c.label != Category.FINANCING.value and not _general(c, doc)]
    if any(_tied_to(m, c, doc, low) for c in named for m in money):
        return [x for x in scope if x.label != Category.FINANCING.value]
    return scope


def _tied_to(money: Cue, kind: Cue, doc: Doc, low: list[str]) -> bool:
    """Whether a sum is tied to a named kind: funded by its verb ("will fund
    the production of drones"), linked to it ("for", "into", "to buy"), or
    valuing it ("a programme worth NOK 1.2 billion")."""
    between = _without_conversion(low[money.end : kind.start], _in_conversion(money, low))
    if (
        _funding_verb(money, doc)
        and 0 <= kind.start - money.end <= FUNDED_REACH
        and not {";", ".", "but", "while"}.intersection(between)
    ):
        return True
    if (
        kind.start >= money.end
        and len(between) <= MONEY_FOR_REACH
        and (MONEY_LINKS.intersection(between) or BUYING.intersection(between))
        and not LIST_BREAKS.intersection(between)
        and not (SCHEMES | SCHEME_HEADS).intersection(_past_source(between))
    ):  # not "to a trust fund for", but "from the Connecting Europe Facility into"
        return True
    return _worth_of(kind, money, low)


def _past_source(words: list[str]) -> list[str]:
    """The words between a sum and what it buys, less the fund it comes
    "from" ("1.2 billion euros from the Connecting Europe Facility into")."""
    if "from" not in words:
        return words
    start = words.index("from")
    link = next((i for i in range(start + 1, len(words)) if words[i] in MONEY_LINKS), -1)
    return words[:start] + words[link:] if link > 0 else words


VALUED = ("worth", "valued")
"""Last words of a financing cue that values what was named before it ("a
programme worth NOK 1.2 billion")."""


def _worth_of(kind: Cue, money: Cue, low: Sequence[str]) -> bool:
    """ "will fund 20 patrol boats for the Ukrainian Navy, in a programme worth
    NOK 1.2 billion", "drones under a programme worth 300 million euros": the
    sum values the equipment named just before it, no money of its own."""
    between = low[kind.end : money.start]
    return (
        low[money.end - 1] in VALUED
        and kind.end <= money.start
        and len(between) <= MONEY_FOR_REACH
        and not (LIST_BREAKS - {","}).intersection(between)
    )


CONVERSION_OPENERS = APPROXIMATING | {"approximately", "or"}
"""Words that open a sum's conversion into another currency ("3 billion
kronor, about 280 million euros, for shells")."""


def _in_conversion(cue: Cue, low: Sequence[str]) -> bool:
    """Whether a sum is itself the conversion of the sum before it ("3
    billion kronor, about 280 million euros, for")."""
    at = cue.start - 1
    while at > 0 and (low[at] in SUM_WORDS or any(ch.isdigit() for ch in low[at])):
        at -= 1
    return at > 0 and low[at] in CONVERSION_OPENERS and low[at - 1] in (",", "(")


def _without_conversion(words: list[str], inside: bool = False) -> list[str]:
    """The words between a sum and what it buys, less a conversion set off
    by commas or brackets (", about 280 million euros," or "(about $50
    million)"), which the sum reaches across; ``inside`` when the sum is
    that conversion, whose closing comma or bracket comes first."""
    if inside and words[:1] in ([","], [")"]):
        return words[1:]
    if len(words) < 3 or words[0] not in (",", "(") or words[1] not in CONVERSION_OPENERS:
        return words
    close = "," if words[0] == "," else ")"
    end = next((i for i, w in enumerate(words[2:6], 2) if w == close), 0)
    if not end or not any(ch.isdigit() for w in words[2:end] for ch in w):
        return words
    return words[end + 1 :]


DISTRIBUTIVES = ("both", "each", "all")
"""Words after a list of sums that send every sum to what follows ("both for")."""


def _distributed_sum(scope: list[Cue], cats: Sequence[Cue], doc: Doc) -> list[Cue]:
    """ "Canada announced CAD 40 million and Australia AUD 20 million, both for
    FPV drones": a sum in a list of sums that ", both for" (each, all) ties
    to named equipment is that equipment's kind, past the list's end."""
    money = [c for c in scope if c.label == Category.FINANCING.value]
    if not money or len(money) < len(scope):
        return scope
    low = lowers(doc)
    for c in cats:
        between = low[money[-1].end : c.start]
        if (
            c.label != Category.FINANCING.value
            and not _general(c, doc)
            and 0 <= c.start - money[-1].end <= 2 * MONEY_FOR_REACH
            and any(  # ", both for FPV drones": up to two words before the kind
                low[i - 2 : i + 1] in ([",", d, "for"] for d in DISTRIBUTIVES)
                for i in range(c.start - 3, c.start)
            )
            and not {";", ".", "but", "while"}.intersection(between)
        ):
            return [c]
    return scope


FUNDING_VERBS = frozenset(["fund", "finance", "co-fund", "co-finance", "bankroll"])

FUNDED_REACH = 8
"""Tokens from an infinitive of funding to the first kind it funds ("to fund
spare parts, barrels and ammunition")."""


def _funding_verb(cue: Cue, doc: Doc) -> bool:
    """A financing cue that is the verb of an infinitive ("agreed to fund"):
    what it funds is its object."""
    return cue.text.lower() in FUNDING_VERBS and cue.start > 0 and doc[cue.start - 1].lower_ == "to"


def _on_another_state(cue: Cue, s: Sentence) -> bool:
    """ "UN sanctions against Iran": pressure on a state other than the
    aggressor is no support for Ukraine, and nor is the rest of the
    sentence's pressure ("listing tankers that carry its crude"); but
    "sanctions on Chinese firms" that supply Russia are."""
    if cue.label != Category.SANCTIONS.value:
        return False
    low = lowers(s.span.doc)
    at = cue.end
    if at >= len(low) or low[at] not in ("against", "on"):
        return False
    at += 1 + (at + 1 < len(low) and low[at + 1] == "the")
    return any(
        a.start == at and a.rule != "demonym" and a.actor not in AGGRESSORS and len(a.actor) == 3
        for a in s.actors
    )


OWNERS = frozenset(["its", "their", "our", "his", "her"])
"""Possessives before "own": "batteries for its own armed forces"."""


OWN_PURCHASES = ("pay", "paid", "buy", "bought", "purchas", "procur", "order")
"""Stems of the stances by which a state may buy for itself."""


def _own_purchase(group: Group, cue: Cue, low: Sequence[str]) -> bool:
    """ "Zagreb wants to finish paying for its own Leopard tanks": what a
    state buys for itself is no support for Ukraine, and so is the rest of
    the list ("its own Leopard tanks and Caesar howitzers")."""
    if not _stems(group, OWN_PURCHASES) or not 0 <= cue.start - group.end <= OWN_REACH:
        return False
    before = low[group.end : cue.start]
    return any(w in OWNERS and nxt == "own" for w, nxt in pairwise(before))


OWN_REACH = 8
"""Tokens from a verb of buying to a kind that "its own" before may govern."""


def _for_another_state(cue: Cue, s: Sentence) -> bool:
    """ "Patriot batteries for its own armed forces", "energy support for
    Moldova", "tanks for Poland's army": what is for a state's own use, or
    for a state other than Ukraine, is no support for Ukraine. A sentence
    that names Ukraine keeps a state after "to" or "for" ("trainers to Poland
    to train Ukrainian crews"). Sanctions are applied "to" their target."""
    if cue.label == Category.SANCTIONS.value:
        return False  # "no plans to apply secondary tariffs to China"
    low = lowers(s.span.doc)
    if _sent_to_first(cue, s):
        return True  # "would send Poland a Patriot unit"
    at = cue.end
    if at + 2 >= len(low):
        return False
    if low[at] in ("for", "to") and low[at + 1] in OWNERS and low[at + 2] == "own":
        return low[at + 3 : at + 4] != ["list"]  # but "added 70 tankers to its own list"
    if _for_national_forces(cue, s) and _never_names_ukraine(s):
        return True  # "60 million euros from the Peace Facility for the Moldovan army"
    if low[at] not in ("for", "to"):
        return _sent_elsewhere(cue, s) and _never_names_ukraine(s)
    if not _never_names_ukraine(s):
        return False
    helping = low[at + 1] == "help"  # "a loan to help Moldova modernise its grid"
    at += 1 + (low[at + 1] in ("the", "help"))
    if any(
        a.start == at
        and len(a.actor) == 3
        and a.actor not in AGGRESSORS
        and (helping or _ends_phrase(low, a.end))  # not "tied offers to US involvement"
        for a in s.actors
    ):
        return True
    return _sent_elsewhere(cue, s)


RECIPIENT_REACH = 6
"""Tokens from a verb's first object (who receives) to the kind it gets."""


def _sent_to_first(cue: Cue, s: Sentence) -> bool:
    """Whether a kind is the second object of a verb whose first is a state
    other than Ukraine ("would send Poland a Patriot unit", "sells Taiwan
    most of its weapons"): it goes to that state."""
    low = lowers(s.span.doc)
    for j in range(cue.start - 2, max(s.span.start, cue.start - RECIPIENT_REACH) - 1, -1):
        if low[j] in CLAUSE_END:
            return False
        if low[j] in DOUBLE_OBJECT_VERBS:
            return any(
                a.start == j + 1
                and a.rule in ("name", "capital")  # not "send Self-Defense Forces personnel"
                and len(a.actor) == 3
                and a.actor != BENEFICIARY
                for a in s.actors
            )
    return False


NATIONAL_FORCES = frozenset("army armed military navy forces troops soldiers".split())
"""Nouns after a state's name or adjective that make them its own forces."""

FORCES_REACH = 10
"""Tokens after a kind, up to a comma, within which another state's forces it is for are named."""


def _for_national_forces(cue: Cue, s: Sentence) -> bool:
    """Whether a kind is for another state's forces named soon after it: "60
    million euros from the Peace Facility for the Moldovan army", "drones for
    Serbia's armed forces"."""
    low = lowers(s.span.doc)
    stop = next(
        (i for i in range(cue.end, min(cue.end + FORCES_REACH, s.span.end)) if low[i] in ",;"),
        min(cue.end + FORCES_REACH, s.span.end),
    )
    for a in s.actors:
        if not cue.end < a.start < stop or len(a.actor) != 3 or a.actor == BENEFICIARY:
            continue
        before = low[max(cue.end, a.start - 2) : a.start]
        after = low[a.end : a.end + 3]
        if "for" in before and after and any(w in NATIONAL_FORCES for w in after[:2]):
            return "-" not in after  # not "for the US military-industrial complex"
    return False


def _lede(doc: Doc) -> str:
    """The text of an article's first LEDE_SENTENCES sentences (headline and
    first sentence), blank lines and datelines aside."""
    spans = (
        span for span in doc.sents if not all(t.is_space for t in span) and not _dateline(span)
    )
    return " ".join(text_of(span) for span in islice(spans, LEDE_SENTENCES))


DATELINE_LENGTH = 12
"""Tokens at most in a dateline line ("NEW YORK, Sept 24, 2026 (wire) -")."""


def _dateline(span: Span) -> bool:
    """A line of its own that only says where and when: short, ending in a
    dash, with a number (the day or the year) in it."""
    text = text_of(span).strip()
    return (
        len(span) <= DATELINE_LENGTH
        and text[-1:] in ("-", "–", "—")
        and any(t.like_num for t in span)
    )


def _another_theatre(s: Sentence, an: Analyzer) -> bool:
    """ "A Turkish general took command of NATO's peacekeeping force in
    Kosovo, as Romania pledged more soldiers": whether a sentence names
    another mission's theatre (the lexicon's ``other_theatres``) and neither
    Ukraine nor the war's end. Read only where the lede names neither either:
    elsewhere "as in Lebanon" is a comparison."""
    return _only_elsewhere(s, an, "other_theatres", text_of(s.span))


def _only_elsewhere(s: Sentence, an: Analyzer, key: str, text: str) -> bool:
    """Whether a sentence (read as ``text``) names one of the lexicon's
    ``key`` phrases and neither Ukraine nor the war's end."""
    return (
        _never_names_ukraine(s)
        and bool(_war_words(an.lexicon[key]).search(text))
        and not _war_mentions(text, an)
    )


RELATIVE_ASIDE = re.compile(r",\s+(?:whose|which|who)\b[^,]*,")
"""A relative clause set off by commas."""


def _alliance_deterrence(s: Sentence, an: Analyzer) -> bool:
    """ "A frigate will sail with NATO's standing maritime groups under
    Operation REASSURANCE": a sentence naming NATO's own deterrence (the
    lexicon's ``nato_deterrence``) and never Ukraine nor the war's end; not
    in an aside ("Sweden, whose army is stretched by NATO's forward land
    forces in Finland, has offered a logistics battalion")."""
    return _only_elsewhere(s, an, "nato_deterrence", RELATIVE_ASIDE.sub(",", text_of(s.span)))


def _never_names_ukraine(s: Sentence) -> bool:
    return not any(a.actor == BENEFICIARY for a in s.actors) and "ukrain" not in (
        text_of(s.span).lower()
    )


SENT_REACH = 12
"""Tokens after a kind in which "to" a state says where it goes."""


def _sent_elsewhere(cue: Cue, s: Sentence) -> bool:
    """ "the export of Patriot missiles made under licence to the United
    States", in a sentence that never names Ukraine: sent to another state."""
    low = lowers(s.span.doc)
    if "to" not in low[cue.end : cue.end + SENT_REACH]:
        return False
    starts = {a.start: a for a in s.actors if len(a.actor) == 3 and a.actor not in AGGRESSORS}
    verbs = {c.start for c in s.of("status")}
    for k in range(cue.end, min(s.span.end - 1, cue.end + SENT_REACH)):
        if low[k] in (";", ".", ":") or (k in verbs and low[k - 1] in ("and", ",", "or", "but")):
            return False
        if low[k] in ("and", "but", "or") and participle(low[k + 1]):
            return False  # "sent tanks and deployed an aircraft to Poland": another verb's
        if low[k] == "to":
            a = starts.get(k + 1) or starts.get(k + 2 if low[k + 1] == "the" else -1)
            if a is not None and _ends_phrase(low, a.end):
                return True
    return False


PURCHASES = frozenset(
    "order orders ordered ordering purchase purchases purchased procured procurement "
    "acquired acquisition contract contracts signed".split()
)
"""Words of buying: what a state orders, where Ukraine goes unnamed, is its own
(but money "to buy" shells is given to buy them for Ukraine)."""

PURCHASE_REACH = 5
"""Tokens from a word of buying to the kind bought: "an order for 48 Turkish fighters"."""


def _bought(cue: Cue, s: Sentence) -> bool:
    """ "Indonesia confirmed an order for 48 fighters": a purchase in a
    sentence that never names Ukraine is for the buyer's own forces."""
    if cue.label not in PURCHASED_KINDS:
        return False
    low = lowers(s.span.doc)
    start = max(s.span.start, cue.start - PURCHASE_REACH)
    return (
        bool(PURCHASES.intersection(low[start : cue.start]))
        and _never_names_ukraine(s)
        and not any(_coalition_for_ukraine(a, s.span.doc) for a in s.actors)
    )


def _coalition_for_ukraine(actor: ActorSpan, doc: Doc) -> bool:
    """ "the joint procurement organised by the coalition": the coalition
    of the willing, or a capability coalition named for its kind, buys for
    Ukraine."""
    return actor.actor == COALITION or (
        actor.actor.startswith("org:") and doc[actor.end - 1].lower_ == "coalition"
    )


PURCHASED_KINDS = frozenset(
    c.value
    for c in (
        Category.WEAPONS_EQUIPMENT,
        Category.AIR_DEFENSE,
        Category.AIR_FORCES,
        Category.NAVAL_FORCES,
    )
)


PHRASE_ENDS = SKIP_PREPOSITIONS | frozenset("and or but as which that who while this next".split())


def _ends_phrase(low: Sequence[str], at: int) -> bool:
    """Whether a name ends its noun phrase at token ``at``: the text ends, or a
    possessive, punctuation, a preposition or a conjunction follows (not a
    noun it modifies, "US involvement")."""
    if at >= len(low):
        return True
    word = low[at]
    if word == "-":
        return False  # "to the British-led group": a compound, not the name
    return word == "'s" or not word.isalpha() or word in PHRASE_ENDS


def _narrowest(scope: list[Cue], doc: Doc | None = None) -> list[Cue]:
    """Drop a kind when a narrower one is named in the same scope, except
    vague military support listed beside other support ("military, financial
    and political support": a guarantee and money, ANNOTATION.md)."""
    labels = {c.label for c in scope}
    if any(c.text.lower() in TRANSIT for c in scope):  # "allow weapons or soldiers bound for
        return [c for c in scope if c.label == Category.LOGISTICS.value]  # Ukraine to cross"
    kept = []
    for c in scope:
        if (  # "a CP-140 aircraft and about 60 personnel": the aircraft's crew and support
            doc is not None
            and c.label == Category.GROUND_FORCES.value
            and c.text.lower().split()[-1] in STAFF_WORDS
            and any(d.label in CREWED and not _destination(d, doc) for d in scope)
        ):
            continue
        if (  # "aircraft to move personnel": planes for transport are logistics
            c.label == Category.AIR_FORCES.value
            and c.text.lower() in TRANSPORT_PLANES
            and Category.LOGISTICS.value in labels
        ):
            continue
        if c.label in BROADER and not (doc is not None and _military_support(c, doc)):
            narrower = BROADER[c.label]
            named = c.label == Category.WEAPONS_EQUIPMENT.value and (
                c.text.lower() not in MUNITIONS or _listed_beside(c, narrower, scope, doc)
            )
            if (narrower is None and labels - {c.label}) or (narrower in labels and not named):
                continue
        kept.append(c)
    return kept or scope


def _destination(cue: Cue, doc: Doc) -> bool:
    """ "personnel to the Black Sea region": a kind's word naming where to."""
    return any(
        t.lower_ in ("to", "into", "in", "over") for t in doc[max(0, cue.start - 2) : cue.start]
    )


STAFF_WORDS = frozenset(["personnel"])
"""Words for people of any service: beside a kind that needs crews or staff
("an aircraft and 100 personnel", "trainers, around 100 personnel"), they are
its crews and staff, not ground forces."""

CREWED = frozenset(
    c.value
    for c in (
        Category.AIR_FORCES,
        Category.ISR,
        Category.TRAINING,
        Category.NAVAL_FORCES,
        Category.COMMAND_CONTROL,
        Category.AIR_DEFENSE,
        Category.LOGISTICS,
    )
)
"""Kinds that come with their own crews or staff."""

TRANSIT = frozenset(
    [
        "cross its territory",
        "cross their territory",
        "crossing its territory",
        "transit through",
        "to cross",
    ]
)
"""Logistics cues of passage as a verb: the other kinds before them are what
passes, not what is given ("will not allow weapons or soldiers to cross its
territory"). Not the noun ("send military in Ukraine and will not permit the
transit of foreign contingents": the military is sent)."""


AIR_DEFENCE_MUNITIONS = frozenset("missiles missile interceptors launchers rockets".split())
"""Munitions that an air-defence system listed before them may fire."""


def _listed_beside(cue: Cue, label: str | None, scope: list[Cue], doc: Doc | None) -> bool:
    """Munitions listed after a kind of ``label`` ("air-defence interceptors
    and precision munitions"), not the kind's own ("missiles for the SAMP/T")."""
    if doc is None or cue.text.lower() in AIR_DEFENCE_MUNITIONS:
        return False  # "IRIS-T fire units and missiles": the missiles are the system's
    low = lowers(doc)
    return any(
        d.label == label and d.end < cue.start and {"and", ","} & set(low[d.end : cue.start])
        for d in scope
    )


def _military_support(cue: Cue, doc: Doc) -> bool:
    """ "military, financial and political support": support that is military
    among other kinds listed before it."""
    if cue.label != Category.SECURITY_GUARANTEE.value or cue.text.lower() not in SUPPORT_WORDS:
        return False
    before = lowers(doc)[max(0, cue.start - 8) : cue.start]
    return "military" in before and ("," in before or "and" in before)


MONEY_REACH = 6
"""Tokens after a stance within which a sum makes the pledge one of money
("put €300 million into ...", "committed $2 billion in military assistance",
"military help in the amount of 0.25 per cent of GDP"), whatever general kind
("assistance", "weapons") follows."""


def _general(cue: Cue, doc: Doc) -> bool:
    """A kind too vague to outweigh a sum of money: "support", "military aid"."""
    return cue.label == Category.SECURITY_GUARANTEE.value or (
        cue.label == Category.WEAPONS_EQUIPMENT.value and _general_weapons(cue, doc)
    )


OWN_DEFENCE = re.compile(r"\s+on\s+(?:(?:core|their|its|our|own|national)\s+)*defen[cs]e", re.I)
"""After a sum: spent on one's own defence, not given to Ukraine."""


VAGUE_KINDS = frozenset(["support"])
"""Guarantee cues that name no military help of their own: "Japan's support
will remain", "announce further support", "support for its sovereignty"."""

MILITARY_WORDS = frozenset("military defence defense security armed army".split())
"""Words that make a vague kind military: "military, financial and political
support", "long-term support for the Ukrainian armed forces"."""

VAGUE_REACH = 4
"""Tokens read on either side of a vague kind for a military word."""


def _vague(cue: Cue, doc: Doc) -> bool:
    """A vague kind with no military word in its own phrase: no kind at all,
    and none taken from the context either (ANNOTATION.md: vague *military*
    assistance is a guarantee)."""
    if cue.text.lower() not in VAGUE_KINDS:
        return False
    low = lowers(doc)
    before = []
    for i in range(cue.start - 1, max(cue.start - 1 - VAGUE_REACH, -1), -1):
        if low[i] in STOP_BEFORE_KIND or doc[i].is_sent_start:
            break
        before.append(low[i])
    after = (
        low[cue.end : cue.end + VAGUE_REACH]
        if low[cue.end : cue.end + 1] in (["for"], ["to"])
        else []
    )
    return not MILITARY_WORDS.intersection(before + after)


STOP_BEFORE_KIND = frozenset("the a an its their our his her 's of for to with".split())
"""Words that end the adjectives before a kind noun."""


WORTH = re.compile(r"(?:worth|valued at|totalling|totaling)\s*$", re.IGNORECASE)
IN_KIND = re.compile(r"^\s+(?:(?:a|per)\s+year\s+|annually\s+)?(?:in|of)\s", re.IGNORECASE)


def _worth(group: Group, limit: int, doc: Doc) -> bool:
    """Whether the sum after a stance is what things are worth: "equipment
    worth JPY 2 billion", "€1 billion a year in weapons and equipment"."""
    window = doc[group.start : min(limit, len(doc))]
    text = text_of(window)
    match = MONEY.search(text) if len(window) else None
    if match is None:
        return False
    return bool(WORTH.search(text[: match.start()]) or IN_KIND.match(text[match.end() :]))


def _money_after(group: Group, reach: int, limit: int, doc: Doc) -> list[Cue]:
    """A sum of money starting in or right after a stance (before token
    ``reach``), read to ``limit`` at most: financing."""
    end = min(limit, len(doc))
    window = doc[group.start : end]
    match = MONEY.search(text_of(window)) if len(window) else None
    if match is None or match.start() >= doc[min(reach, end) - 1].idx - window.start_char + 1:
        return []
    if OWN_DEFENCE.match(text_of(window)[match.end() :]):
        return []  # "5 per cent of GDP on core defence": an ally's own spending
    return [Cue("category", Category.FINANCING.value, group.end, group.end + 1, match.group(0))]


def _money_before(group: Group, floor: int, doc: Doc) -> list[Cue]:
    """A sum in the subject of a passive stance ("Sweden's SEK 40 billion for
    military support was approved"): financing."""
    window = doc[floor : group.start]
    match = MONEY.search(text_of(window)) if len(window) else None
    if match is None or OWN_DEFENCE.match(text_of(window)[match.end() :]):
        return []
    return [Cue("category", Category.FINANCING.value, group.start - 1, group.start, match.group(0))]


def _sum_first(group: Group, scope: list[Cue], limit: int, doc: Doc) -> list[Cue]:
    """A sum right after the stance ("committed $2 billion in military
    assistance, much of it used to buy armoured vehicles") is a pledge of
    money unless a kind it buys is named before the clause goes on after a
    comma ("pledged €200 million for drone interceptors"). A package
    ("4.2 billion kronor for its next package, most of it for shells") is
    what its contents are."""
    money = _money_after(group, min(limit, group.end + MONEY_REACH), limit, doc)
    if not money:
        return scope
    tied_end = next((i for i in range(group.end, limit) if doc[i].text in (",", ";")), limit)
    tied = [c for c in scope if c.start < tied_end]
    vague = bool(tied) and all(c.label == Category.SECURITY_GUARANTEE.value for c in tied)
    return money if vague else scope


VALUE_WORDS = frozenset("worth valued totalling totaling value cost costing priced".split())
"""Words before a sum that give what something is worth, not money given."""


MATERIEL = GENERAL_WEAPONS - {"military aid", "military help", "package"}
"""General weapon cues that still name things, not money: "equipment worth
JPY 2 billion" is equipment (unlike "military aid worth 0.25 percent")."""


def _valued(cue: Cue, doc: Doc) -> bool:
    """A sum of money stated as the value of something ("worth €90 million")
    or as the price of something named ("200 million euros for drone
    interceptors" is the interceptors, ANNOTATION.md)."""
    if cue.label != Category.FINANCING.value:
        return False
    if any(t.lower_ in VALUE_WORDS for t in doc[max(0, cue.start - 5) : cue.start]):
        return True
    currency = cue.text.lower() in CURRENCY_WORDS
    return currency and cue.end < len(doc) and doc[cue.end].lower_ == "for"


def _per_barrel(cue: Cue, doc: Doc) -> bool:
    """ "44.10 dollars per barrel": a price (a cap), never money given (a
    sum in figures is read so by MONEY itself)."""
    if cue.label != Category.FINANCING.value or cue.text.lower() not in CURRENCY_WORDS:
        return False
    return bool(PRICE.match(text_of(doc[cue.end : cue.end + 3])))


CURRENCY_WORDS = frozenset(["euros", "dollars"])
"""Financing cues that are only the unit of a sum."""


MONEY_NOUNS = frozenset(["money", "cash", "paid into", "pay into", "pays into", "paying into"])
"""Money named inside a paying verb ("put money into"), or a verb of paying
into something ("have paid into the scheme"): what is given when nothing
else is named."""


def _membership(group: Group, after: Sequence[Cue]) -> bool:
    """ "Czech soldiers can be part of guarantees for Ukraine": what is part of
    a guarantee is its subject, which names the kind given (but "Eurofighters
    would be part of the air mission" are air forces)."""
    return group.cues[-1].text.lower().endswith("part of") and all(
        c.label == Category.SECURITY_GUARANTEE.value for c in after
    )


def _categories(
    group: Group,
    groups: Sequence[Group],
    cats: Sequence[Cue],
    s: Sentence,
    subject_end: int,
    predicate: bool,
) -> list[tuple[Cue, bool]]:
    """Category cues in a group's scope, each with whether it is negated.

    A verb naming its own kind ("is training", "sanctioning") keeps that
    kind; otherwise the kinds after the stance, then those before it, or,
    for a predicate ("troops would be unacceptable"), before first.
    """
    doc = s.span.doc
    index = groups.index(group)
    limit = _scope_end(group, groups, s)
    floor = max(groups[index - 1].end if index else -1, _subject_floor(s, subject_end))
    if index and _planned_subject(groups[index - 1], group, doc):  # "A plan to lend Ukraine
        floor = max(groups[index - 1].start, subject_end)  # the balances was blocked by X"
    elif index and not predicate:  # what the stance before offers is not this one's; a
        before_end = _scope_end(groups[index - 1], groups, s)  # condition's ends with its
        if all(c.label == Status.CONDITIONAL.value for c in groups[index - 1].cues):  # clause
            before_end = clause_end(doc, groups[index - 1].end, before_end)  # ("If parliament
        that = _reported_that(doc, groups[index - 1], group.start)  # agrees, and only then,
        if that is not None and not _demonstrative(doc, that, s.span.end):  # German soldiers
            before_end = min(before_end, that + 1)  # can"); "promised that its contingent
        floor = max(floor, before_end)  # would be reinforced": the clause is this stance's
    low = lowers(doc)  # "Japan to train deminers and fund machines; troop dispatch not on
    floor = max([floor] + [i + 1 for i in range(max(floor, 0), group.start) if low[i] == ";"])
    paying = _pays(group, s)  # the table": a semicolon ends the kinds before a stance
    own = [  # "will not fund training programmes": what is paid for is the kind
        c
        for c in cats
        if group.start <= c.start
        and c.end <= group.end
        and not (paying and c.label == Category.FINANCING.value)
        and c.label != Category.SECURITY_GUARANTEE.value  # "will support the package"
    ]
    users = _available_for(group, limit, doc)  # "make its base available for the jets": not
    after = [  # past "for"; "will not send forces": a kind may begin inside the verb group,
        c  # but "pay for" names no kind of its own: what is paid for does
        for c in cats
        if (group.end <= c.start or (group.start <= c.start and c.end > group.end))
        and c.start < users
        and not (  # but after "refuses any use of", "use of the assets" is what is refused
            c.start < group.end and c.end <= group.end + 1 and c.label == Category.FINANCING.value
        )
        and not _excluded(c, doc)
        and not (_channel(c, doc) and not paying)
    ]
    aside = asides(group, s.span, doc)  # "Greece, whose shipowners transport oil, resisted"
    before = [
        c
        for c in cats
        if floor <= c.start < group.start
        and not _excluded(c, doc)
        and c.start not in aside
        and not (_channel(c, doc) and not paying)  # "weapons bought through PURL are ..."
    ]
    first_before = (
        predicate or _passive(group, doc) or _membership(group, after) or _subject_aside(group, s)
    )
    scope = own or (before or after if first_before else after or before)
    if not own and scope is after and before and all(_as_role(c, low) for c in after):
        scope = before + after  # "Not a single Slovak soldier will go, neither as an instructor"
    if scope is before and _passive(group, doc):
        scope = _set_aside_for(group, before, after, doc) or scope
    if all(_general(c, doc) for c in scope) and not after and _passive(group, doc):
        # "Sweden's SEK 40 billion for military support was approved": the sum
        scope = _money_before(group, max(floor, s.span.start), doc) or scope
    if not scope:
        scope = _money_after(group, limit, limit, doc) or [
            c  # "have put money into Ukrainian production": the money itself
            for c in cats
            if paying
            and c.label == Category.FINANCING.value
            and group.start <= c.start < group.end
            and c.text.lower() in MONEY_NOUNS
        ]
    elif all(_general(c, doc) for c in scope):  # "military aid worth 0.25 percent of GDP"
        reach = max([group.end] + [c.end for c in scope if c.start >= group.end]) + MONEY_REACH
        money = _money_after(group, min(limit, reach), limit, doc)
        materiel = any(c.text.lower() in MATERIEL for c in scope)
        if not (materiel and money and _worth(group, limit, doc)):  # "equipment worth JPY 2
            scope = money or scope  # billion", "€1 billion in weapons": the things
    elif not own and not paying and scope is after:
        scope = _sum_first(group, scope, limit, doc)
    scope = [c for c in scope if not _per_barrel(c, doc)]
    named = any(not _general(c, doc) and c.label != Category.FINANCING.value for c in scope)
    if named:  # "ammunition and equipment worth 90 million euros": a value, not money given
        scope = [c for c in scope if not _valued(c, doc)] or scope
    scope = _guarded(_serviced(scope, doc), doc)
    scope = _sent_to_train(group, groups, scope, s)
    scope = _paid_for(group, scope, s)
    scope = _distributed_sum(_money_for_named(scope, doc), cats, doc)
    scope = _paid_purpose(group, groups, scope, cats, s)
    scope = _sum_of_the_stance_before(group, groups, scope, cats, s)
    elsewhere = any(_on_another_state(c, s) for c in s.of("category"))
    scope = [
        c
        for c in scope
        if not (
            _to_aggressor(c, s)
            or (elsewhere and c.label == Category.SANCTIONS.value)
            or _for_another_state(c, s)
            or _bought(c, s)
            or _own_purchase(group, c, low)
        )
    ]
    negations = {c.start for c in s.cues if c.kind == "negations"}
    contrasted = {n for n in negations if n and low[n - 1] in (",", "but")}
    denied = [c for c in scope if contrasted & _negation_slots(c, low)]
    given = [c for c in scope if c not in denied]  # "instructors, not combat units": both
    if _elsewhere_than_ukraine(group, s):  # "in Poland, not in Ukraine": offered there, not here
        denied += [c for c in given if c.label in COMBAT_FORCES]
    return [(c, bool(negations & _negation_slots(c, low))) for c in _narrowest(given, doc)] + [
        (c, True) for c in _narrowest(denied, doc)
    ]


NEGATED_FILLERS = frozenset("a an single one any even".split())
"""Words between a negation and the kind it denies ("not a single cartridge")."""


def _negation_slots(cue: Cue, low: Sequence[str]) -> set[int]:
    """Where a negation of a kind may stand: one or two tokens before it, or
    before "a single", "any", "even one" ("but not a single cartridge")."""
    start = cue.start
    while start > 0 and cue.start - start < 3 and low[start - 1] in NEGATED_FILLERS:
        start -= 1
    return {cue.start - 1, cue.start - 2, start - 1}


def _as_role(cue: Cue, low: Sequence[str]) -> bool:
    """A kind named as a role refused to what was named before ("not a single
    soldier will go, neither as an instructor nor as a deminer"); but "could
    serve as unarmed observers" names what is offered."""
    return any(
        low[i] == "as" and i > 0 and low[i - 1] in ("neither", "nor", "not", "even")
        for i in range(max(0, cue.start - 2), cue.start)
    )


def _subject_floor(s: Sentence, subject_end: int) -> int:
    """Where the kinds before a stance may begin: after its subject, or, when
    the subject is the last of denied kinds coordinated ("No Hungarian
    soldiers and no Hungarian money will go"), at the first of them."""
    doc = s.span.doc
    subject = next((a for a in s.actors if a.end == subject_end), None)
    if subject is None or subject.start < s.span.start + 2:
        return subject_end
    if doc[subject.start - 1].lower_ == "no" and doc[subject.start - 2].lower_ in ("and", "or"):
        first = next(
            (a for a in s.actors if a.actor == subject.actor and a.start < subject.start), None
        )
        if first is not None and first.start > s.span.start and doc[first.start - 1].lower_ == "no":
            return first.start
    return subject_end


def _planned_subject(before: Group, group: Group, doc: Doc) -> bool:
    """ "A Commission plan to lend Ukraine the cash balances was blocked by
    Belgium": a passive stance whose subject is a plan opened by the stance
    before ("plan to", "proposal to") is about what that plan offers."""
    start = before.start
    return (
        _passive(group, doc)
        and start >= 2
        and doc[start - 1].lower_ == "to"
        and doc[start - 2].lower_ in SUMMING_NOUNS
    )


COMBAT_FORCES = frozenset(
    [Category.GROUND_FORCES.value, Category.AIR_FORCES.value, Category.NAVAL_FORCES.value]
)
"""Labels of the kinds that are forces sent somewhere (not staff, training or watching)."""

ELSEWHERE = (("rather", "than"), (",", "not"), ("but", "not"), ("instead", "of"))
"""Words that set a place against Ukraine: "would serve in Poland, not in Ukraine"."""


def _elsewhere_than_ukraine(group: Group, s: Sentence) -> bool:
    """ "its soldiers would serve in a neighbouring state, not in Ukraine
    itself": forces kept out of Ukraine are also forces declined for it."""
    low = lowers(s.span.doc)
    ukraine = {a.start for a in s.actors if a.actor == BENEFICIARY and a.kind == "state"}
    end = min(s.span.end, group.end + ELSEWHERE_REACH)
    for i in range(group.end, end - 3):
        if (low[i], low[i + 1]) in ELSEWHERE and low[i + 2] in ("in", "inside", "on", "over"):
            j = i + 3 + (low[i + 3] in ("the", "ukrainian") and i + 4 < len(low))
            if j in ukraine or i + 3 in ukraine:
                return True
    return False


ELSEWHERE_REACH = 15
"""Tokens after a stance in which a place is set against Ukraine."""


SERVICING = ("repair", "maintenance", "servic", "overhaul", "spare part")
"""Logistics cues of work done on equipment: the equipment named after them
is what is worked on ("a repair centre for Ukrainian tanks")."""


def _serviced(scope: list[Cue], doc: Doc) -> list[Cue]:
    """ "will fund a maintenance centre for Ukrainian tanks and launchers":
    the tanks are repaired, not given; the centre is logistics."""
    scope = _moved(scope, doc)
    service = next(
        (
            c
            for c in scope
            if c.label == Category.LOGISTICS.value and c.text.lower().startswith(SERVICING)
        ),
        None,
    )
    if service is None:
        return scope
    serviced = {Category.WEAPONS_EQUIPMENT.value, Category.AIR_DEFENSE.value}
    return [
        c
        for c in scope
        if not (
            c.label in serviced
            and c.start > service.end
            and "for" in lowers(doc)[service.end : c.start]
        )
    ]


LOGISTICS = Category.LOGISTICS.value

MOVING = frozenset(
    "move moves moving transport transports transporting ferry ferrying carry "
    "carrying shuttle shuttling".split()
)
"""Verbs whose objects, after a logistics kind, are what it moves."""

MOVED_REACH = 6
"""Tokens from a logistics kind to the verb of moving."""


CARRIED_REACH = 16
"""Tokens from a gerund of moving to the logistics kind its load goes to
("carrying ammunition, spare parts and medical supplies from donor
countries to the logistics hubs")."""


def _moved(scope: list[Cue], doc: Doc) -> list[Cue]:
    """ "a logistics hub to move supplies, spare parts and personnel", "a
    supply base for the contingent": what the hub moves or serves is not
    offered; the hub is logistics."""
    hubs = [c for c in scope if c.label == LOGISTICS]
    low = lowers(doc) if hubs else []
    for hub in hubs:
        verb = next(
            (i for i in range(hub.end, min(len(doc), hub.end + MOVED_REACH)) if low[i] in MOVING),
            None,
        )
        if verb is None:  # "carrying ammunition and spare parts to the logistics hubs"
            verb = next(
                (
                    i
                    for i in range(max(0, hub.start - CARRIED_REACH), hub.start)
                    if low[i] in MOVING and low[i].endswith("ing")
                ),
                None,
            )
        if verb is not None:
            return [c for c in scope if c.start < verb or c.label == LOGISTICS]
        at = hub.end + (hub.end < len(doc) and low[hub.end] in HUB_HEADS)  # "transit point"
        if at < len(doc) and low[at] == "for":  # "the supply base for the contingent", "the
            served = {  # transit point for equipment": what it serves is not offered
                c.start for c in scope if c.label != LOGISTICS and at < c.start <= at + SERVED_REACH
            }
            if served:
                return [c for c in scope if c.start not in served]
    return scope


HUB_HEADS = frozenset("point points centre center route routes corridor".split())
"""Nouns after a logistics word that make it a place ("transit point")."""

SERVED_REACH = 3
"""Tokens from "for" after a logistics kind to the force it serves."""


GUARDING = frozenset("protect guard defend secure".split())
"""Verbs of a unit's task of guarding a place ("to guard the headquarters")."""

GUARDED = frozenset({Category.COMMAND_CONTROL.value, LOGISTICS})
"""Kinds that name a place a unit may be sent to guard (a headquarters, a hub)."""

GUARDED_REACH = 4
"""Tokens from the guarding verb to the place: "to protect the force's headquarters"."""


def _guarded(scope: list[Cue], doc: Doc) -> list[Cue]:
    """ "a military police company to protect the headquarters", "a Patriot
    unit to guard the hub": the place guarded is not offered; the unit,
    named before the verb, is."""
    low = lowers(doc)

    def guarded(c: Cue) -> bool:
        return c.label in GUARDED and any(
            low[i] in GUARDING
            and low[i - 1] == "to"
            and any(o.end < i and o.label not in GUARDED for o in scope)
            for i in range(max(1, c.start - GUARDED_REACH), c.start)
        )

    return [c for c in scope if not guarded(c)] or scope


def _sent_to_train(
    group: Group, groups: Sequence[Group], scope: list[Cue], s: Sentence
) -> list[Cue]:
    """ "will keep 30 personnel in Britain to train Ukrainian recruits", "will
    send a navy diving team to teach explosive ordnance disposal": people
    sent to train Ukraine's forces are training (ANNOTATION.md), not forces."""
    if not scope or any(c.label not in COMBAT_FORCES for c in scope):
        return scope
    index = groups.index(group)
    if index + 1 == len(groups) or not _purpose(groups[index + 1], groups, s):
        return scope
    then = groups[index + 1]
    training = [
        c
        for c in s.of("category")
        if c.label == Category.TRAINING.value and then.start <= c.start < then.end
    ]
    return training or scope


SPECIALISTS = frozenset(
    "specialists specialist operators operator technicians technician experts crews".split()
)
"""People a kind before them qualifies: after training, "electronic warfare
specialists" are trainees in a list, not electronic warfare offered."""


COURSE_WORDS = frozenset("courses course for".split())
"""Last words of a training cue whose list after it names trainees ("courses
for drone operators and electronic warfare specialists")."""


def _trained_on(c: Cue, training: Sequence[int], doc: Doc) -> bool:
    """Whether a kind is what a training cue before it is on ("crews on minehunters")."""
    if c.label == Category.TRAINING.value:
        return False
    if (
        c.end < len(doc)
        and doc[c.end].lower_ in SPECIALISTS
        and any(
            0 <= c.start - end <= TRAINING_OBJECT_REACH and doc[end - 1].lower_ in COURSE_WORDS
            for end in training
        )
    ):
        return True  # "courses for drone operators and electronic warfare specialists"
    for end in training:
        if 0 <= c.start - end <= TRAINING_OBJECT_REACH and not any(
            t.lower_ in LIST_BREAKS for t in doc[end : c.start]
        ):
            return True
    return False


PART_WORDS = frozenset("part component element wing arm contingent".split())
"""Nouns that name one kind's share of a force: "the maritime part of the force"."""

PART_REACH = 5
"""Tokens from "part of" to the force it belongs to ("of the planned multinational force")."""


def _whole_of_part(c: Cue, cats: Sequence[Cue], low: Sequence[str]) -> bool:
    """A force named as the whole that another kind is a part of: "the
    maritime part of the planned multinational force" is naval, not troops."""
    if c.label != Category.GROUND_FORCES.value:
        return False
    return any(
        d.label != c.label
        and low[d.end + 1 : d.end + 2] == ["of"]
        and low[d.end] in PART_WORDS
        and 0 < c.start - (d.end + 1) <= PART_REACH
        for d in cats
    )


def _drop_generic_heads(s: Sentence) -> list[Cue]:
    """Keep the kind a phrase is about: "surveillance equipment" is ISR, not
    equipment; "train 2,000 soldiers" is training, not troops."""
    cats, doc = s.of("category"), s.span.doc
    subjects = _gap_subjects(s)  # "Typhoons and France Rafales to the air component"
    ends = {c.end for c in cats}
    headquarters = {c.start for c in cats if c.label == Category.COMMAND_CONTROL.value}
    cats = [  # "the land component headquarters" is command, not land forces
        c for c in cats if not headquarters.intersection(range(c.end, c.end + HEAD_REACH))
    ]
    low = lowers(doc)
    places = [  # "the headquarters of a future multinational force" is command
        h.end
        for h in cats
        if h.end < len(doc)
        and low[h.end] == "of"
        and h.label == COMMAND
        and h.text.lower().split()[-1] in HEADQUARTERS
    ]
    commanded = {
        c.start
        for c in cats
        if places
        and c.label in TRAINEES
        and any(0 < c.start - end <= COMMANDED_REACH for end in places)
    }
    cats = [c for c in cats if c.start not in commanded and not _whole_of_part(c, cats, low)]
    training = [c.end for c in cats if c.label == Category.TRAINING.value]
    training += [  # trainees carry the reach on: "training naval crews on the minehunters"
        c.end for c in cats if c.label in TRAINEES and _trainee(c, training, low)
    ]
    missions = [  # not a generic head after a kind: "F-16 aircraft" are the F-16s
        c.start
        for c in cats
        if c.label in MISSIONS
        and not _receiving(c, doc)
        and not (c.text.lower() in GENERIC_HEADS and c.start in ends)
    ]
    watching = [  # "satellites and drones": the drones watch with them
        c.end for c in cats if c.label == Category.ISR.value and "satellite" in c.text.lower()
    ]
    following = {c.start: c for c in cats}
    modifiers = {  # "F-16 training centre", "Gripen pilots": the second kind is the head
        c.start
        for c in cats
        if c.end in following
        and c.label not in (following[c.end].label, Category.TRAINING.value)
        and following[c.end].text.lower() not in GENERIC_HEADS
        and following[c.end].label != Category.SECURITY_GUARANTEE.value  # "naval presence"
        and BROADER.get(following[c.end].label) != c.label  # "air-defence missiles"
    }
    modifiers |= {  # "reconnaissance and strike drones": both words qualify the drones
        c.start
        for c in cats
        if c.label == Category.ISR.value
        and c.end + 2 < len(low)
        and low[c.end] == "and"
        and low[c.end + 1].isalpha()
        and low[c.end + 1] not in DETERMINERS
        and c.end + 1 not in following
        and c.end + 2 in following
        and following[c.end + 2].label == Category.WEAPONS_EQUIPMENT.value
    }
    return [
        c
        for c in cats
        if not (c.text.lower() in GENERIC_HEADS and c.start in ends)
        and not _shipping_verb(c, low)
        and not (  # "monitor the line with satellites and drones": drones that watch
            c.text.lower() in WATCHING_DRONES
            and any(0 <= c.start - end <= WATCH_REACH for end in watching)
        )
        and c.start not in modifiers
        and not (c.label in TRAINEES and _trainee(c, training, low))
        and not _trained_on(c, training, doc)
        and not (c.label != Category.ISR.value and _information_topic(c, doc))
        and not _container(c, cats, doc)
        and not (
            c.label == Category.WEAPONS_EQUIPMENT.value
            and any(
                0 <= start - c.end <= MISSION_REACH
                and not any(c.end <= i < start for i in subjects)
                for start in missions
            )
            and not _object_relative(doc, c.end)  # "helicopters that its navy retired"
        )
        and not _for_an_air_mission(c, cats, low, subjects)
        and not _for_a_watch(c, cats, low)
    ]


AIR_MISSION_REACH = 16
"""Tokens from aircraft to the air mission they are offered for ("four F-35
fighters from Orland, with pilots and ground crew, for the air policing
mission")."""


def _for_an_air_mission(
    cue: Cue, cats: Sequence[Cue], low: Sequence[str], subjects: Collection[int]
) -> bool:
    """ "will keep six Gripen fighters ready for the coalition's air-policing
    mission": aircraft offered "for" or "to" an air mission named later in
    the sentence (no clause between) fly it; they are not handed over. A
    gapped subject between ends the reach: in "Britain has assigned Typhoons
    and France Rafales to the air component", the mission is France's."""
    if cue.label != Category.WEAPONS_EQUIPMENT.value or not _aircraft_at(low, cue.start):
        return False
    for d in cats:
        if d.label != Category.AIR_FORCES.value or not 0 <= d.start - cue.end <= AIR_MISSION_REACH:
            continue
        if not any(w in d.text.lower() for w in AIR_TASKS):
            continue  # "F-16 jets to strengthen its air force": Ukraine's
        between = low[cue.end : d.start]
        if any(cue.end <= i < d.start for i in subjects):
            continue
        if ("for" in between or "to" in between) and not SENTENCE_PARTS.intersection(between):
            return True
    return False


def _gap_subjects(s: Sentence) -> set[int]:
    """Where the names stand that may open a gapped clause ("and France
    Rafales", "and the Netherlands 300 drones"): after a comma or "and" (past
    a determiner), no preposition's object."""
    doc = s.span.doc
    return {
        a.start
        for a in s.actors
        if a.start > s.span.start
        and doc[_word_before_name(doc, a.start)].text in GAP_OPENERS
        and not preceded_by_preposition(doc, a.start, s.span.start)
    }


def _for_a_watch(cue: Cue, cats: Sequence[Cue], low: Sequence[str]) -> bool:
    """ "promised to provide drones and up to 200 specialists for the
    so-called verification cell": drones offered "for" a watch named later
    in the clause watch; they are not weapons handed over."""
    if cue.text.lower() not in WATCHING_DRONES:
        return False
    for d in cats:
        between = low[cue.end : d.start]
        if d.label != Category.ISR.value or not 0 < len(between) <= AIR_MISSION_REACH:
            continue
        if "for" not in between or SENTENCE_PARTS.intersection(between):
            continue
        purpose = between[between.index("for") + 1 :]  # the watch is what they are for
        if not {"and", "or", ","}.intersection(purpose):
            return True
    return False


AIR_TASKS = ("mission", "polic", "patrol", "component", "shield", "cover")
"""Words of an air kind that make it a task flown, not a service."""

SENTENCE_PARTS = frozenset(";:.!?")
"""Punctuation that ends a clause, commas aside."""


WATCHING_DRONES = frozenset(["drones", "drone"])
WATCH_REACH = 3
"""Tokens from an ISR cue to drones that serve it ("satellites, drones")."""


SHIPPED = frozenset("it them its their the weapons arms equipment ammunition".split())
"""Words after "ships" that make it a verb: "the United States ships it to Kyiv"."""


def _shipping_verb(cue: Cue, low: Sequence[str]) -> bool:
    """ "ships" as a verb of sending, not a naval kind."""
    return cue.text.lower() == "ships" and cue.end < len(low) and low[cue.end] in SHIPPED


COMMODITIES = frozenset("gas oil energy fuel power electricity water food grain lng".split())
"""Nouns before "supplies" or "supply" that make it a noun: "gas supplies"."""


GUARANTEED_GOODS = frozenset(
    "gas energy oil supplies supply prices price compensation payments transit".split()
)
"""What a blocker wants guaranteed ("guarantees on gas supplies"): no kind of support."""

CREDIT_WORDS = frozenset("credit loan loans export financial budget budgetary joint".split())
"""Words before "guarantees" that make them money ("export credit guarantees")."""

RISK_WORDS = frozenset("share risk risks loan loans bonds borrowing debt".split())
"""Words after the verb "guarantee" that make it money ("guarantee its share of the risk")."""


def _named_kinds(s: Sentence) -> list[Cue]:
    """The kinds a sentence names, read as what they are about (generic heads
    and guarantees that are no security guarantee dropped or relabelled)."""
    return _guarantee_senses(_drop_generic_heads(s), s.span.doc)


def _guarantee_senses(cats: list[Cue], doc: Doc) -> list[Cue]:
    """ "guarantees on gas supplies" are a blocker's price, no kind; "export
    credit guarantees" and "to guarantee its share of the risk" are money,
    not a security guarantee."""
    low = lowers(doc)
    kept = []
    for c in cats:
        if c.text.lower() in PROMISES and _promised_to_itself(c, low):
            continue  # "gave assurances that his country would not be penalised"
        if c.text.lower() not in ("guarantee", "guarantees"):
            kept.append(c)
            continue
        after = low[c.end : c.end + 4]
        before = low[c.start - 1] if c.start else ""
        if after[:1] and after[0] in ("on", "for", "over") and GUARANTEED_GOODS & set(after):
            continue
        if before in CREDIT_WORDS or RISK_WORDS & set(low[c.end : c.end + 3]):
            kept.append(Cue(c.kind, Category.FINANCING.value, c.start, c.end, c.text))
            continue
        kept.append(c)
    return kept


PROMISES = frozenset("guarantee guarantees assurance assurances".split())

SELF_REFERENCES = frozenset("country government economy industry companies consumers".split())
"""What a "that" clause after an assurance names when the assurance is for
the speaker's own state, not for Ukraine."""


def _promised_to_itself(cue: Cue, low: Sequence[str]) -> bool:
    """ "assurances that his country would not be penalised": a promise to a
    state about itself, no security guarantee for Ukraine."""
    after = low[cue.end : cue.end + 3]
    return (
        len(after) == 3
        and after[0] == "that"
        and after[1] in ("his", "her", "its", "their", "our")
        and after[2] in SELF_REFERENCES
    )


def _trainee(cue: Cue, training: Sequence[int], low: Sequence[str]) -> bool:
    """Forces named just after training are its trainees ("training naval
    crews"), unless set against it ("instructors, not combat units")."""
    return any(
        0 <= cue.start - end <= TRAINEE_REACH
        and not CONTRAST.intersection(low[end : cue.start])
        and not _next_infinitive(low, end, cue.start)
        for end in training
    )


def _next_infinitive(low: Sequence[str], start: int, end: int) -> bool:
    """An "and to" between ``start`` and ``end``: a second infinitive begins
    ("to train Ukrainian forces and to contribute ships")."""
    return any(_and_to(low, k) for k in range(start, end - 1))


def _and_to(low: Sequence[str], k: int) -> bool:
    """Whether tokens ``k`` and ``k + 1`` are "and to"."""
    return low[k] == "and" and low[k + 1] == "to"


CONTRAST = frozenset(["not", "but", "rather", "instead"])
"""Words that set a kind against the one before it."""


CONTAINERS = frozenset(["tranche", "tranches", "battery", "batteries"])
"""Cues that, before "of" and a kind, only count it out ("a new tranche of
shells" is shells, "a battery of K9s" is howitzers; "the next tranche" alone
is money)."""


def _container(cue: Cue, cats: Sequence[Cue], doc: Doc) -> bool:
    """A tranche or battery of something else named right after its "of"."""
    if cue.text.lower() not in CONTAINERS or cue.end >= len(doc) or doc[cue.end].lower_ != "of":
        return False
    return any(0 < c.start - cue.end <= 3 for c in cats)


INFORMATION_WORDS = frozenset(
    "information intelligence data knowledge details learn learns learned learnt know knows "
    "knew pictures images imagery photos footage".split()
)
"""Words whose "about" names a topic: "share what it learns about North
Korean units" offers information, not units."""

TOPIC_MARKERS = frozenset(["about", "on", "of", "regarding", "concerning"])

INFORMATION_REACH = 12
"""Tokens from a kind back to the "about" it is the topic of."""


def _information_topic(cue: Cue, doc: Doc) -> bool:
    """A kind that information is about: "intelligence on Russian troop
    movements", "what it learns about North Korean units, their equipment"."""
    low = lowers(doc)
    if TOPIC_MARKERS.isdisjoint(low[max(0, cue.start - INFORMATION_REACH) : cue.start]):
        return False
    for i in range(cue.start - 1, max(-1, cue.start - INFORMATION_REACH - 1), -1):
        if low[i] in (";", ":", ".") or low[i] in QUOTES:
            return False
        if low[i] in TOPIC_MARKERS:
            reach = 2 if low[i] in ("on", "of") else 4  # "data on", "what we learn about"
            return bool(INFORMATION_WORDS.intersection(low[max(0, i - reach) : i]))
    return False


def _manner(cue: Cue, doc: Doc) -> bool:
    """ "said, without giving a figure": a "without" before a gerund says how
    something was said or done, not on what it depends; "how many aircraft,
    if any, it will offer": an "if" before "any" doubts the amount."""
    if cue.end >= len(doc):
        return False
    word = doc[cue.end].lower_
    if cue.text.lower() == "if":
        return word == "any" or doc[cue.end : cue.end + 2].text.lower() == "at all"
    return cue.text.lower() == "without" and word.endswith("ing") and len(word) > 4


def _on_refusal(phrase: str, cue: Cue) -> bool:
    """ "if Moscow does not agree to a ceasefire", "unless Russia accepts a
    truce": a condition on the other side's refusal, not the premise."""
    words = phrase.lower().split()
    return cue.text.lower() == "unless" or any(w in ("not", "n't", "refuses") for w in words)


CONTRAST_CLAUSES = frozenset(["while", "whereas", ";"])
"""Words that open a clause of its own, set against the one before: its
conditions are its own ("could contribute jets, while Denmark will decide
on troops only once ...")."""


def _condition_elsewhere(group: Group, s: Sentence) -> bool:
    """Whether every condition of the sentence stands behind a clause of
    contrast or a new subject's clause, after the stance or before it, and so
    conditions that clause's own stance."""
    openers = [c.start for c in s.of("condition_openers")]
    if not openers or any(group.start <= at < group.end for at in openers):
        return False
    low = lowers(s.span.doc)
    return all(
        CONTRAST_CLAUSES.intersection(low[group.end : at])
        or _named_subject_between(low, group.end, at)
        if at >= group.end
        else _new_report_between(low, at, group.start)
        for at in openers
    )


def _and_clauses(
    low: Sequence[str], start: int, end: int, reach: int
) -> Iterator[tuple[int, Sequence[str]]]:
    """Each clause that ", and" opens between tokens ``start`` and ``end``:
    the token of its first word and its first ``reach`` + 1 words."""
    for i in range(start, end - 2):
        if low[i] == "," and low[i + 1] == "and":
            yield i + 2, low[i + 2 : min(end, i + 3 + reach)]


REPORTER_WORDS = 5
"""Most words of the subject of a report that ", and" opens ("Brazil's
foreign ministry")."""


def _new_report_between(low: Sequence[str], start: int, end: int) -> bool:
    """ "India could send observers only under a UN mandate, and Brazil's
    foreign ministry said it would study any request": between a condition
    and a stance, ", and" opens a report by a subject of its own."""
    for _first, words in _and_clauses(low, start, end, REPORTER_WORDS):
        said = next((k for k, w in enumerate(words) if w in SAYING), None)
        if said and all(
            (w.isalpha() or w in POSSESSIVES) and w not in SUBJECT_PRONOUNS for w in words[:said]
        ):
            return True
    return False


NAMED_SUBJECT_WORDS = 3
"""Most words of the subject of a clause that ", and" opens."""

HYPHEN_ROOM = 2
"""Tokens more read for a subject with a hyphenated word ("a Katanpää-class vessel")."""

SAYING = frozenset("said says say told added stressed warned".split())
"""Speech verbs that, after a subject, open a report of its own."""


def _named_subject_between(low: Sequence[str], start: int, end: int) -> bool:
    """ "The EU will lend €90 billion, and Kyiv will have to repay only if
    Russia pays": between a stance and a condition, a clause opened by ",
    and" with a subject of its own (not a pronoun, which may be the
    stance's own: "and it will do so only if") and a modal. After ", but"
    the condition is the stance's own ("..., but any deployment would first
    need the approval of parliament")."""
    for first, words in _and_clauses(low, start, end, NAMED_SUBJECT_WORDS + HYPHEN_ROOM):
        modal = next(  # ", and US officials said American aircraft could": a report of its own,
            (  # not ", and ministers have said the deal depends on": the stance's own
                k
                for k, w in enumerate(words)
                if w in STANCE_MODALS
                or (
                    w in SAYING
                    and not (REFERRING | SUBJECT_PRONOUNS).intersection(
                        low[first + k + 1 : first + k + 2]
                    )
                )
            ),
            None,
        )
        if (
            modal is not None
            and 0 < modal - words[:modal].count("-") * HYPHEN_ROOM <= NAMED_SUBJECT_WORDS
            and all(
                (w.isalpha() or w == "-") and w not in SUBJECT_PRONOUNS for w in words[:modal]
            )  # "and a Katanpää-class vessel could join": a hyphenated word is one
        ):
            return True
    return False


def _premise_words(an: Analyzer) -> tuple[str, ...]:
    """Words of a condition that names the end of the fighting or an attack
    on Ukraine: the premise, which makes no pledge conditional."""
    return an.lexicon["premise"] + an.lexicon["attack_triggers"]


def _relative_condition(cue: Cue, cues: Sequence[Cue], doc: Doc) -> bool:
    """A condition opening a relative clause, right after a noun's "that,"
    ("committed 0.25 per cent of their GDP, a standard that, if applied
    across the EU, would raise more"): the clause's, not the stance's. After
    a verb ("said that, if parliament approves, it would") it is the
    stance's, and after "which," ("a brigade, which, if parliament approves,
    would deploy") it may well be."""
    at = cue.start
    if at < 3 or doc[at - 1].text != "," or doc[at - 2].lower_ != "that":
        return False
    before = doc[at - 3]
    speech = any(c.kind == "speech_verbs" and c.end == at - 2 for c in cues)
    return before.is_alpha and not speech and not before.lower_.endswith("ed")


REPAYING = frozenset("repaid repayable repay repays reimbursed".split())
"""Words of a loan's repayment, whose condition is a term of the loan ("to
be repaid only if Russia pays reparations"), not of lending it."""


def _repayment_condition(cue: Cue, doc: Doc) -> bool:
    """Whether a condition follows a word of repayment (with "only" between)."""
    at = cue.start - 1
    if at > 0 and doc[at].lower_ == "only":
        at -= 1
    return at >= 0 and doc[at].lower_ in REPAYING


def _repayment_term(cue: Cue, doc: Doc) -> bool:
    """ "The EU's loan has to be repaid only if Russia pays reparations": a
    condition of repayment read as a stance of its own is a term of the loan."""
    conditional = cue.kind == "status" and cue.label == Status.CONDITIONAL.value
    return conditional and _repayment_condition(cue, doc)


def _conditions(sent: Span, cues: Sequence[Cue], an: Analyzer) -> tuple[list[str], bool]:
    """Condition phrases of a sentence, and whether one is a real condition.

    A condition naming the end of the fighting (the premise) is listed but
    does not make a pledge conditional.
    """
    doc = sent.doc
    premise_words = _premise_words(an)
    found: list[str] = []
    strong = False
    for cue in cues:
        if cue.kind not in ("condition_openers", "premise") or _manner(cue, doc):
            continue
        if _waiver(cue.start, doc) >= 0:
            continue  # "needs no parliamentary approval": no condition
        if _relative_condition(cue, cues, doc):
            continue  # "a standard that, if applied across the EU, would raise": its own
        if _repayment_condition(cue, doc):
            continue  # "will lend £8 billion, to be repaid only if Russia pays": the loan's terms
        end = clause_end(doc, cue.end, sent.end)
        phrase = doc[cue.start : end].text.strip()
        if cue.kind == "premise":
            phrase = doc[max(sent.start, cue.start - 1) : cue.end].text
        elif (
            not any(p in phrase.lower() for p in premise_words)
            or _on_refusal(phrase, cue)
            or _beyond_premise(doc, cue.start, end)  # "if asked by both sides"
        ):
            strong = (
                strong
                or cue.text.lower().startswith(STRONG_CONDITIONS)
                or any(w in phrase.lower() for w in APPROVALS)  # "once parliament approves"
                or _only_before(cue, doc, sent.start)  # "but only to a mission mandated by"
            )
        if phrase and not any(phrase in f or f in phrase for f in found):
            found.append(phrase)
    return found, strong


ONLY_BEFORE_REACH = 5
"""Tokens before a condition in which "only" makes it one: "but only to a
mission mandated by the UN"."""


def _only_before(cue: Cue, doc: Doc, start: int) -> bool:
    """Whether "only" stands a few tokens before a condition, in its clause."""
    for k in range(cue.start - 1, max(start, cue.start - ONLY_BEFORE_REACH) - 1, -1):
        if doc[k].lower_ == "only":
            return True
        if doc[k].lower_ in CLAUSE_END:
            return False
    return False


def _magnitude(sent: Span, category: Category, near: int) -> str | None:
    """The size phrase in a sentence closest to a category cue, if it fits."""
    best: tuple[int, str] | None = None
    for start, phrase, unit in _sizes(text_of(sent)):
        if category not in UNIT_CATEGORIES[unit]:
            continue
        distance = abs(sent.start_char + start - near)
        if best is None or distance < best[0]:
            best = (distance, phrase)
    return best[1] if best else None


SIZE_WORDS = re.compile(
    r"\d|thousand|hundred|dozen|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty",
    re.IGNORECASE,
)
"""What every match of MAGNITUDE holds (a digit or one of _NUM's number words):
a sentence without any has no size, and the long pattern is not run on it."""


@lru_cache(maxsize=64)
def _sizes(text: str) -> tuple[tuple[int, str, str], ...]:
    """(offset, phrase, unit kind) of every size phrase in a sentence, read
    once per sentence however many commitments it gives."""
    if not SIZE_WORDS.search(text):
        return ()
    return tuple(
        (
            match.start(),
            match.group(0).strip(),
            "money" if match.group("money") else _unit_kind(match.group("unit") or ""),
        )
        for match in MAGNITUDE.finditer(text)
    )


def _unit_kind(unit: str) -> str:
    for kind, pattern in _UNITS.items():
        if re.fullmatch(pattern, unit, re.IGNORECASE):
            return kind
    return "money"


ANSWER_REACH = 2
"""Sentences from a question to its answer's first sentence (a paragraph
break counts as one)."""


JOINING = frozenset(
    "contribution contributions contribute join part participate participation".split()
)
"""Elliptic objects of joining in: where the topic names money, what is
joined is a fund ("PURL buys American weapons ... Italy is weighing a
contribution": money paid into a scheme that buys weapons is financing)."""


def _topic(context: Context, number: int, head: str = "") -> Category | None:
    """The kind last named within reach; a narrower kind named in the same
    sentence wins over a guarantee ("a contingent ... backing the force"),
    and money wins for a contribution (JOINING)."""
    asked = context.asked[1]
    if _asked_about(context, number):
        narrow = [c for c in asked if c != Category.SECURITY_GUARANTEE]
        return narrow[-1] if narrow else asked[-1]
    if head in JOINING and any(  # a scheme named a few sentences before is what is joined
        Category.FINANCING in categories
        for sentence, categories in context.topics
        if number - sentence <= JOINED_REACH
    ):
        return Category.FINANCING
    for sentence, categories in reversed(context.topics):
        if number - sentence <= TOPIC_REACH:
            narrow = [c for c in categories if c != Category.SECURITY_GUARANTEE]
            if len(narrow) > 1 and context.read:  # what the article is mostly about
                return max(narrow, key=lambda c: (context.read.get(c, 0), narrow.index(c)))
            return narrow[-1] if narrow else categories[-1]
    return None


def _back_reference(group: Group, s: Sentence, context: Context) -> tuple[Category, ...]:
    """ "prepared to expand this assistance": the kinds the previous sentence named."""
    doc = s.span.doc
    window = [t.lower_ for t in doc[group.end : min(s.span.end, group.end + 4)]]
    for first, second in pairwise(window):
        if (
            first in ("this", "these", "that", "such", "similar")
            and second in BACK_REFERENCES | STEPS
        ):
            return _named_just_before(context, s.number)  # "is weighing similar steps"
        if first in ("the", "those") and second in STEPS:
            return _named_just_before(context, s.number)  # "will not copy the measures"
        if (first == "similar" and second.isalpha()) or (first, second) in LIKE_THINGS:
            named = [Category(c.label) for c in s.of("category") if c.end <= group.start]
            if named:  # "Lithuania orders interceptor drones; Riga weighing a similar order"
                return (named[-1],)
            before = _named_just_before(context, s.number)  # "is weighing a similar order"
            if before:
                return before
            topic = _topic(context, s.number)
            return (topic,) if topic is not None else ()
    opening = [t.lower_ for t in doc[s.span.start : min(group.start, s.span.start + 2)]]
    if len(opening) == 2 and opening[0] in ("these", "such") and opening[1] in REFERRED_ACTIONS:
        return _named_just_before(context, s.number)  # "Such patrols would be a threat"
    return ()


LIKE_THINGS = frozenset([("something", "similar"), ("anything", "similar")])
"""Objects that stand for what was just named: "are looking at something similar"."""

STEPS = frozenset("measures steps moves".split())
"""Nouns that, after "the" or "similar", stand for the measures just named."""

REFERRED_ACTIONS = BACK_REFERENCES | frozenset(
    "patrols missions deployments flights plans steps moves deliveries shipments".split()
)
"""Nouns that, after "such" or "these" opening a sentence, stand for what the
sentence before named."""


def _named_just_before(context: Context, number: int) -> tuple[Category, ...]:
    """The kinds of the sentence right before sentence ``number`` (its topic)."""
    last = context.topics[-1] if context.topics else (-1, ())
    return last[1] if number - last[0] == 1 else ()


def _pronoun_object(group: Group, s: Sentence, context: Context) -> tuple[Category, ...]:
    """ "Hungary vetoed it", "we will send it back": the kinds the previous
    sentence named, when a pronoun is the stance's object."""
    if _object_pronoun(group, s) < 0:
        return ()
    return _named_just_before(context, s.number)[:1]  # "It provides surveillance ...": its head


def _referent_in_sentence(group: Group, s: Sentence) -> bool:
    """ "We take all such statements seriously and assess them": a thing
    pointed to earlier in the sentence ("such", "these", "those" before a
    noun that is no kind) is what the pronoun stands for."""
    low = lowers(s.span.doc)
    kinds = {i for c in s.of("category") for i in range(c.start, c.end)}
    return any(
        low[i] in POINTING and low[i + 1].isalpha() and i + 1 not in kinds
        for i in range(s.span.start, group.start - 1)
    )


POINTING = frozenset("such these those".split())
"""Words that point to a thing named after them ("such statements")."""


FLYING = ("fly", "flies", "flew", "flown", "patrol", "turns")
"""Stems of stances that fly what they name ("will take turns with F-35s")."""


SANCTIONING = frozenset(
    ["sanctioned", "sanctioning", "blacklisted", "designated", "has sanctioned", "have sanctioned"]
)
"""Stances that name their own kind: what is designated or blacklisted is sanctioned."""

CAPPING = " cap"
"""End of stances that lower or set a (price) cap, a sanction by name."""

SANCTION_LISTING = frozenset(["listed"])
"""Stances that name sanctions after "has"/"have": "Ottawa has listed trading houses"."""

LISTED_TARGETS = frozenset(
    "vessels tankers ships entities individuals persons people companies firms refineries "
    "banks traders oligarchs vessel tanker ship entity individual company firm refinery bank "
    "trader oligarch".split()
)
"""Nouns of what a sanctions list takes in: "listed two Chinese refineries"."""

TARGET_REACH = 4
"""Words from a number to the listed noun it counts ("48 Russian oil vessels")."""


def _counted_targets(at: int, doc: Doc, end: int) -> bool:
    """Whether a number or a name opens the object at ``at`` and, within a
    few words, a noun of what a sanctions list takes in follows ("listed 48
    vessels and 12 entities", "listed the Nayara refinery"; not "listed
    Portugal as a member")."""
    if at >= end:
        return False
    named = doc[at].lower_ in ("the", "a", "an") and at + 1 < end and doc[at + 1].is_title
    if not (named or doc[at].like_num or doc[at].lower_ in ("more", "further", "another")):
        return False  # "listed the Nayara refinery", "listed 48 vessels"
    for k in range(at + 1, min(end, at + 1 + TARGET_REACH)):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ in LISTED_TARGETS:
            return True
    return False


TRANSFERS = (
    "hand",
    "handed",
    "transfer",
    "donat",
    "gift",
    "gave",
    "give",
    "cede",
    "ceding",
    "deliver",
    "sell",
    "sold",
)
VESSELS = (
    "minehunter",
    "ship",
    "frigate",
    "corvette",
    "vessel",
    "boat",
    "warship",
    "minesweeper",
    "craft",
)
PLANES = ("aircraft", "jet", "fighter", "plane", "helicopter", "hornet")
HANDED = (Category.NAVAL_FORCES, Category.AIR_FORCES)
"""Forces whose ships or aircraft, handed over, are equipment for Ukraine."""


INTERDICTION = ("board", "intercept", "detain", "seiz", "impound", "inspect")
"""Verbs of stopping ships at sea: done to tankers of the shadow fleet, they
enforce sanctions; they are no naval force offered to Ukraine."""


def _interdicting(group: Group, doc: Doc, at: int) -> bool:
    """ "will board only stateless ships", "will continue to intercept such
    vessels": ships stopped, not ships sent."""
    if at < 0:
        return False
    words = lowers(doc)[max(0, min(group.start, at - INTERDICTION_BEFORE)) : max(group.end, at)]
    return len(words) <= INTERDICTION_REACH and any(w.startswith(INTERDICTION) for w in words)


INTERDICTION_REACH = 12
"""Tokens from a stance to the ships it stops."""

INTERDICTION_BEFORE = 3
"""Tokens before the ships read for the verb ("board only stateless ships")."""


def _handed_over(group: Group, doc: Doc, at: int) -> bool:
    """ "two minehunters handed to Ukraine by Britain", "decided not to
    transfer its retired aircraft": ships or aircraft given to Ukraine's
    forces are equipment, not a naval or air contribution of the giver's own."""
    head = _craft_head(doc, at)
    if head < 0:
        return False  # "patrol boats": the head of the kind is the ship
    words = [w for c in group.cues for w in c.text.lower().split()]
    low = lowers(doc)
    own = OWN_WORDS.intersection(low[max(0, at - RETIRED_REACH) : at])  # "its frigate"
    near = group.start - PAID_REACH <= at <= group.end + PAID_REACH  # what is paid for
    paid = near and not own and any(w.startswith(PAYING_STEMS) for w in words)
    if paid or any(w.startswith(TRANSFERS) for w in words):
        return True  # "has financed six patrol boats for Ukraine's border guard": bought
    if any(w.startswith(EARMARKING) for w in words) and SUM_WORDS.intersection(
        low[max(0, group.start - SET_ASIDE_REACH) : at]
    ):
        return True  # "140 million euros has been earmarked for 30 patrol boats": bought
    before = low[max(0, at - SUM_FOR_REACH) : at]
    if "for" in before and SUM_WORDS.intersection(before[: before.index("for")]):
        return True  # "a contribution of NOK 1.4 billion for fast patrol boats"
    after_head = low[head + 1 : head + SUPPLIED_REACH + 1]
    if "from" in after_head and STOCKS.intersection(after_head[after_head.index("from") :]):
        return True  # "ten CB90-class combat boats from Swedish Navy stocks"
    if RETIRED.intersection(low[max(0, at - RETIRED_REACH) : at]):
        return True  # "has offered two decommissioned patrol boats of its own"
    after = low[head : head + SUPPLIED_REACH + 1]
    for i in (i for i, w in enumerate(after) if w == "for"):
        receiver = after[i + 1 : i + 4]
        if receiver[:1] == ["the"]:
            receiver = receiver[1:]
        if receiver[:1] and receiver[0] in FOR_UKRAINE and NATIONAL_FORCES.intersection(receiver):
            return True  # "20 patrol boats for the Ukrainian navy": its boats now
    return (
        any(w.startswith("suppl") for w in words)
        and (  # "supply Ukraine with six boats",
            bool(FOR_UKRAINE.intersection(low[group.end : at]))  # "supply six boats to Kyiv", not
            or any(  # "supply fighter aircraft for an air policing mission"
                a == "to" and b in FOR_UKRAINE
                for a, b in pairwise(low[head : head + SUPPLIED_REACH + 1])
            )
        )
    )


def _craft_head(doc: Doc, at: int) -> int:
    """Where the ship or aircraft a kind names stands ("patrol boats",
    "mine-hunting boats": hyphens are no words), or -1 when it names none."""
    if at < 0:
        return -1
    words = [t for t in doc[at : at + 2 * KIND_HEAD] if t.text != "-"][:KIND_HEAD]
    return next((t.i for t in words if t.lower_.startswith(VESSELS + PLANES)), -1)


SUPPLIED_REACH = 6
"""Tokens after supplied ships or aircraft in which "to Ukraine" names the receiver."""

PAID_REACH = 4
"""Tokens between a payment and the ships or aircraft it buys ("has paid for
fast patrol boats", "patrol boats financed by Japan")."""

SUM_FOR_REACH = 6
"""Tokens before ships or aircraft in which a sum and "for" say they are bought."""

STOCKS = frozenset("stocks stock stockpiles inventory inventories reserves".split())
"""Where a state's equipment is taken from when it is given away."""

EARMARKING = ("earmark", "allocat")
"""Stems of setting money aside, for ships or aircraft bought (but "earmarked
two minehunters for the mission" sets the ships themselves aside)."""

SET_ASIDE_REACH = 8
"""Tokens before a stance of setting aside in which its sum is named."""

RETIRED = frozenset("decommissioned retired surplus second-hand mothballed".split())
"""Words before ships or aircraft that leave the giver's service: equipment handed over."""

RETIRED_REACH = 3
"""Tokens before a kind in which it is said to be retired ("two decommissioned patrol boats")."""


KIND_HEAD = 3
"""Tokens from the start of a kind in which its head noun is read ("mine
countermeasure vessels")."""


def _flown(doc: Doc, at: int) -> bool:
    """ "whether Danish jets would fly", "sending F-35s over Ukraine":
    aircraft with a flying verb right after, or "over" a named place."""
    if at < 0:
        return False
    after = doc[at + 1 : at + 4]
    if any(t.lower_.startswith(FLYING) for t in after):
        return True
    low = lowers(doc)
    if not _aircraft_at(low, at):
        return False
    while at + 2 < len(doc) and low[at + 1] in ("and", "or", ",") and _aircraft_at(low, at + 2):
        at += 2  # "F-35 and F-16 fighters for the mission over Ukraine": the last one's words
    end = min(len(doc), at + 2 + OVER_REACH)  # "jets would not operate over Ukraine"
    for k in range(at + 1, end):
        if low[k] in ("for", "to") and k + 1 < len(doc) and low[k + 1].startswith("patrol"):
            return True
        if low[k] in ("over", "above"):
            j = k + 1
            while j < len(doc) and low[j] in SIDES:
                j += 1  # "over the western regions of Ukraine"
            return j < len(doc) and doc[j].is_title
    return False


SIDES = frozenset("the western eastern southern northern central regions region parts of".split())
"""Words between "over" and the place flown over ("over western Ukraine", "over
the western regions of Ukraine")."""


OVER_REACH = 6
"""Tokens after an aircraft in which "over <a place>" says it is flown."""


AIRCRAFT = (
    "f-",
    "f/a-",
    "jet",
    "fighter",
    "gripen",
    "rafale",
    "mirage",
    "eurofighter",
    "typhoon",
    "hornet",
)
"""How the weapon cues that are aircraft begin."""


def _aircraft_at(low: Sequence[str], at: int) -> bool:
    """Whether the cue at token ``at`` names aircraft ("F/A-18" is three tokens)."""
    return "".join(low[at : at + 3]).startswith(AIRCRAFT)


def _stems(group: Group, stems: tuple[str, ...]) -> bool:
    """Whether a word of the group's cues begins with one of ``stems``."""
    return any(w.startswith(stems) for c in group.cues for w in c.text.lower().split())


CARGO = frozenset(
    "equipment personnel troops soldiers supplies cargo materiel goods ammunition fuel".split()
)
"""What an aircraft flies as cargo ("fly equipment and personnel")."""


def _airlift(group: Group, doc: Doc) -> bool:
    """ "Our KC-390s will fly equipment and personnel for the force": what
    is flown right after the verb is cargo, so the stance is transport; so
    is a transport aircraft flown ("will fly an A400M into the hub")."""
    if not _flying(group):
        return False
    after = lowers(doc)[group.end : group.end + 5]
    return bool(CARGO.intersection(after[:2])) or any(t in "".join(after) for t in TRANSPORTERS)


TRANSPORTERS = ("a400", "c-130", "c-17", "c-390", "c-295", "an-124")
"""How the names of transport aircraft begin: flown, they carry cargo."""


AIRSPACE_REACH = 3
"""Most tokens from a stance to the "airspace" it enters ("will not cross
into Ukrainian airspace")."""


def _entering_airspace(group: Group, doc: Doc, at: int) -> bool:
    """ "Polish fighters will not cross into Ukrainian airspace": aircraft
    named before a stance that goes into an airspace are flown, not given."""
    after = lowers(doc)[group.end : group.end + AIRSPACE_REACH]
    return 0 <= at < group.start and "airspace" in after


def _flying(group: Group) -> bool:
    """ "Polish jets will not fly over Ukraine": aircraft flown are air forces."""
    return _stems(group, FLYING)


def _evidence(sent: Span, article: str, speaker: str | None) -> Evidence:
    """The sentence without surrounding blanks; its offsets index the article."""
    text = text_of(sent)
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    start = sent.start_char + lead
    return Evidence(article, start, start + len(body), body, speaker)


def _as_aggressor(
    actor: str, status: Status, why: str, giving: bool = False
) -> tuple[Status | None, str]:
    """An aggressor's refusal is an objection, unless it refuses to give
    ("Belarus will never supply weapons to either side"); its other stances
    are none."""
    if actor not in AGGRESSORS or status is Status.OPPOSED:
        return status, why
    if status is Status.DECLINED:
        if giving:
            return status, why
        return Status.OPPOSED, why + "; refused by a party at war -> opposed"
    return None, why


def _aggressor_warning(group: Group, s: Sentence, an: Analyzer, day: date | None) -> str | None:
    """The state at war whose warning an objection is ("Russia's embassy in
    Athens warned that Greece would become a legitimate target"): the last
    actor before a speech verb that comes before the stance, when that actor
    is an aggressor. The state named in the warning is its target."""
    named = _aggressor_named_as_agent(group, s, an, day)
    if named is not None:  # "will be legitimate targets for the Russian armed forces"
        return named
    verbs = [c for c in s.of("speech_verbs") if c.end <= group.start]
    low = lowers(s.span.doc)
    if not verbs:  # "Grushko: NATO spy planes make the alliance a participant": a line's
        first = s.actors[0] if s.actors else None  # speaker before a colon
        if first is None or first.end >= group.start or low[first.end] != ":":
            return None
        if any(t.lower_.isalpha() for t in s.span.doc[s.span.start : first.start]):
            return None
        return _aggressor_among([first], an, day)
    before = [i for i, a in enumerate(s.actors) if a.end <= verbs[-1].start]
    if not before:
        return None
    chain = coordinated(s.actors, before[-1], s.span.doc)
    speaker = _aggressor_among(chain, an, day)  # "spokeswoman Maria Zakharova said": the
    if speaker is None:  # person speaks for her state
        return None
    if "," in low[chain[-1].end : verbs[-1].start]:
        return None  # "countries buying Russian oil, the spokesperson said": another speaks
    after = low[chain[-1].end : chain[-1].end + 2]
    if after[:1] and after[0] in POSSESSIVES and after[1:] and after[1] not in VOICES:
        return None  # "China, Russia's biggest oil customer, said": Russia does not speak
    return speaker


def _aggressor_among(spans: Sequence[ActorSpan], an: Analyzer, day: date | None) -> str | None:
    """The first state at war that ``spans`` stand for, or None."""
    return next((a for a in resolve(spans, an, day) if a in AGGRESSORS), None)


WARNING_AGENT_REACH = 8
"""Tokens before an objection in which "by" names who will regard a thing so."""


def _aggressor_named_as_agent(
    group: Group, s: Sentence, an: Analyzer, day: date | None
) -> str | None:
    """The state at war named as who will treat the thing objected to so:
    "legitimate targets for the Russian armed forces" right after the
    stance, or "will be regarded by the Russian Armed Forces as legitimate
    targets" just before it."""
    low = lowers(s.span.doc)
    starts = set()
    if group.end < s.span.end and low[group.end] == "for":
        starts.add(group.end + 1 + (low[group.end + 1 : group.end + 2] == ["the"]))
    for i in range(max(s.span.start, group.start - WARNING_AGENT_REACH), group.start):
        if low[i] == "by":
            starts.add(i + 1 + (low[i + 1 : i + 2] == ["the"]))
    for a in s.actors:
        found = _aggressor_among([a], an, day) if a.start in starts else None
        if found is not None:
            return found
    return None


def _aggressor_of_warning(
    group: Group, s: Sentence, an: Analyzer, day: date | None
) -> tuple[list[str], str, str, int]:
    """Who gives a warning whose sentence has no subject: the state at war
    named as agent ("Aircraft of NATO countries ... will be legitimate
    targets for the Russian armed forces") or as speaker after it ('...
    "will be regarded as a participant in the conflict", the Russian
    embassy in Ankara said')."""
    named = _aggressor_named_as_agent(group, s, an, day)
    if named is not None:
        return [named], "agent", "(the state at war that will target it)", 0
    said = _aggressor_said_after(group, s, an, day)
    if said is not None:
        return [said], "speaker", "(the state at war that said it)", 0
    return [], "", "", 0


SPEAKER_AFTER_REACH = 6
"""Tokens from a comma after a warning to the speech verb of who gave it."""


def _aggressor_said_after(group: Group, s: Sentence, an: Analyzer, day: date | None) -> str | None:
    """'Any foreign minehunter approaching Odesa "will be regarded as a
    participant in the conflict", the Russian embassy in Ankara said': a
    state at war named after the warning, before its speech verb, gave it."""
    low = lowers(s.span.doc)
    for verb in s.of("speech_verbs"):
        if verb.start < group.end:
            continue
        comma = next((i for i in range(verb.start - 1, group.end - 1, -1) if low[i] == ","), -1)
        if comma < 0 or verb.start - comma > SPEAKER_AFTER_REACH:
            return None
        inverted = verb.start - comma <= 2  # '..., said spokesman Dmitry Peskov.'
        stop = verb.end + SPEAKER_AFTER_REACH if inverted else verb.start
        for a in s.actors:
            found = _aggressor_among([a], an, day) if comma < a.start < stop else None
            if found is not None:
                return found
        return None
    return None


VOICES = frozenset(
    "embassy embassies ministry foreign defence defense mission envoy ambassador representative "
    "spokesman spokeswoman spokesperson president minister government".split()
)
"""Nouns after a state's possessive that speak for it ("Russia's embassy")."""


GIVING = ("suppl", "send", "sent", "provid", "give", "gave", "deliver", "transfer")
"""Stems of the verbs of giving."""


def _giving(group: Group) -> bool:
    return _stems(group, GIVING)


OBLIGATIONS = frozenset(["should", "must", "ought"])
"""Right before a stance they make it a demand on others, not a pledge."""


DEMAND_REACH = 6
"""Tokens before a stance searched for an obligation ("should no longer have
American taxpayers paying")."""


NOUN_SLOTS = frozenset(
    "the a an any this that its their his her our of on about for against : (".split()
)
"""Words before an "-ing" form that make it a noun: "the sending of troops",
"sending troops is ruled out" after a colon or an opening quote mark
(OPENING_QUOTES). After a comma it is a verb."""


SET_ASIDE = (("rather", "than"), ("instead", "of"))


def _set_aside(group: Group, s: Sentence) -> bool:
    """ "preferred to announce its own packages rather than pay into the
    scheme": what is passed over is not done."""
    low = lowers(s.span.doc)
    return (
        group.start - 2 >= s.span.start and tuple(low[group.start - 2 : group.start]) in SET_ASIDE
    )


def _gerund(group: Group, s: Sentence) -> bool:
    """ "(the) sending (of) troops" names an action; the stance is elsewhere.
    So does an infinitive opening the sentence as its subject ("To send
    F-35s over Ukraine is not current")."""
    if any(c.label != Status.COMMITTED.value for c in group.cues):
        return False
    doc = s.span.doc
    first = next((t.i for t in s.span if not t.is_space and t.text not in OPENING_QUOTES), -1)
    if first >= 0 and doc[first].lower_ == "to" and group.start == first + 1:
        return any(c.kind == "status" and c.start >= group.end for c in s.cues)
    if not all(c.text.lower().endswith("ing") and " " not in c.text for c in group.cues):
        return False
    before = doc[group.start - 1].lower_ if group.start > s.span.start else ""
    if any(c.end == group.start for c in s.of("speech_verbs")):
        return True  # "said sending troops was not something Japan is considering": a subject
    return not before or before in NOUN_SLOTS or before in OPENING_QUOTES or before in TIME_SLOTS


TIME_SLOTS = frozenset(["before", "after"])
"""Words before an "-ing" form that make it a time, not a stance: "has to inform
parliament before sending troops abroad"."""


STANCE_NOUNS = frozenset(
    "commitment commitments pledge pledges promise promises offer offers contribution "
    "contributions donation donations".split()
)
"""Nouns that are themselves a stance ("the pledge of 5,000 troops")."""


PUTTING_TOGETHER = frozenset(
    "organize organise organizing organising organized organised forge forging assemble "
    "assembling build building".split()
)
"""Verbs of putting together: a stance noun after them is still being made."""

PUTTING_TOGETHER_REACH = 3
"""Tokens from a verb of putting together to its stance noun ("organizing a joint
commitment")."""


def _in_the_making(group: Group, doc: Doc) -> bool:
    """ "a long road ahead in organizing a joint commitment for a force": a
    stance noun that is still being put together is nobody's stance yet."""
    if len(group.cues) > 1 or group.cues[0].text.lower() not in STANCE_NOUNS:
        return False
    low = lowers(doc)
    before = low[max(0, group.start - PUTTING_TOGETHER_REACH) : group.start]
    return any(w in PUTTING_TOGETHER for w in before)


def _action_noun(group: Group, s: Sentence) -> bool:
    """ "rules on the transfer of defence equipment", "including through the
    supply of equipment": an action named as a noun, with a determiner
    before it and "of" after it, takes the status of the stance before it."""
    if len(group.cues) > 1 or group.cues[0].label != Status.COMMITTED.value:
        return False
    word = group.cues[0].text.lower()
    low = lowers(s.span.doc)
    before = group.start - 1  # "the growing supply of weapons": past an adjective of amount
    if before > s.span.start and low[before] in ACTION_ADJECTIVES:
        before -= 1
    return (
        " " not in word
        and word not in STANCE_NOUNS
        and before >= s.span.start
        and low[before] in NOUN_SLOTS
        and group.end < s.span.end
        and low[group.end] == "of"
    )


TITLE_HEADS = APPOSITION_HEADS | frozenset(["commissioner", "officials"])
"""Offices that "in charge of" may follow as part of a title."""


def _office_in_charge(cue: Cue, doc: Doc) -> bool:
    """ "Russia's deputy foreign minister in charge of Asia": "in charge of"
    right after an office is part of its title, no command offered."""
    return (
        cue.kind == "category"
        and cue.text.lower() == "in charge of"
        and cue.start > 0
        and doc[cue.start - 1].lower_ in TITLE_HEADS
    )


SPOKESPEOPLE = frozenset(
    "spokesman spokeswoman spokesperson spokespeople spokesmen official officials".split()
)
"""Nouns of people who speak for a body: a kind right before one names where
they work ("a defence headquarters spokesman said"), nothing offered."""


def _speaker_modifier(cue: Cue, doc: Doc) -> bool:
    """ "a defence headquarters spokesman said": a kind that modifies who speaks."""
    return cue.kind == "category" and cue.end < len(doc) and doc[cue.end].lower_ in SPOKESPEOPLE


SERVICE_FOLLOWERS = frozenset(
    "will would is has was can could may might should must does did had are were have "
    "of in to on at for and , . also still".split()
)
"""Words after a service that keep it the subject ("The Navy will send");
another noun after it makes it a modifier ("the Navy diving school")."""


def _service_as_modifier(cue: Cue, doc: Doc) -> bool:
    """ "The Navy diving school will train divers": a service named before
    another noun modifies it and refers to no state."""
    if cue.kind != "pronouns" or cue.text.lower() not in SERVICES or cue.end >= len(doc):
        return False
    after = doc[cue.end].lower_
    return after not in SERVICE_FOLLOWERS and not after.endswith(("ed", "s"))


COUNTING_REFERENCES = frozenset("both|all three|all four|all five".split("|"))
"""References that count the states they stand for, and that may also
count things ("both ships", "all three jets")."""


def _drop_counted_kinds(cues: Sequence[Cue]) -> list[Cue]:
    """ "Both ships will be handed over": a count before a kind counts the
    kind and stands for no states named before."""
    kinds = {c.start for c in cues if c.kind == "category"}
    return [
        c
        for c in cues
        if not (c.kind == "pronouns" and c.text.lower() in COUNTING_REFERENCES and c.end in kinds)
    ]


MEETINGS = frozenset(
    "meeting meetings conference conferences summit summits talks session sessions".split()
)
"""Gatherings an observer is sent to, which make it a guest, not a monitor."""


def _meeting_observer(cue: Cue, doc: Doc) -> bool:
    """ "attended as observers and made no pledges", "sent an observer to
    the meeting": a state's observer at a gathering watches no ceasefire.
    People made available or sent "as observers" are not at a gathering."""
    if cue.kind != "category" or not cue.text.lower().startswith("observer"):
        return False
    low = lowers(doc)
    before = low[max(0, cue.start - 2) : cue.start]
    if before[-1:] == ["as"] and (before[0] == "available" or before[0] in PERSONNEL):
        return False  # "would make officers available as observers": sent to watch
    if before[-1:] == ["as"] or before == ["as", "an"]:
        return True
    after = low[cue.end : cue.end + 3]
    return after[:1] in (["to"], ["at"]) and bool(MEETINGS.intersection(after[1:]))


RECIPIENT_FORCES = frozenset(["ukrainian", "ukraine's"])
"""Words before a force that make it the one that receives ("anti-tank
weapons for Ukrainian infantry")."""


def _recipient_forces(cue: Cue, doc: Doc) -> bool:
    """ "paying for anti-tank weapons for Ukrainian infantry", "put money
    into Ukrainian shipyards": Ukraine's own forces or yards, named as who
    gets what is given, are no kind of the gift."""
    if cue.kind == "category" and cue.label in COMBAT_FORCES and _of_ukraine(cue, doc):
        return True  # "for the engineer units of the Armed Forces of Ukraine"
    if cue.kind == "category" and "hospital" in cue.text.lower():
        low = lowers(doc)  # "400 generators for (their) field hospitals": who gets them
        before = low[max(0, cue.start - 2) : cue.start]
        return before[-1:] == ["for"] or (
            len(before) == 2
            and before[0] == "for"
            and (before[1] in DETERMINERS or before[1] in RECIPIENT_FORCES)
        )
    if cue.kind != "category" or not (
        cue.label in COMBAT_FORCES or cue.text.lower() in RECIPIENT_YARDS
    ):
        return False
    at = cue.start - 1  # past a modifier: "to Ukrainian front-line brigades"
    while (
        at > cue.start - 1 - RECIPIENT_MODIFIERS
        and at > 1
        and (doc[at].text == "-" or (doc[at].is_alpha and doc[at].is_lower))
    ):
        at -= 1
    return (
        at > 0
        and doc[at].lower_ in RECIPIENT_FORCES
        and doc[at - 1].lower_ in ("for", "to", "into")
    )


RECIPIENT_MODIFIERS = 3
"""Tokens at most of a modifier between "Ukrainian" and the forces that receive
("front-line")."""


OF_UKRAINE_REACH = 5
"""Tokens after "of" in which Ukraine must be named: "units of the Armed Forces
of Ukraine"."""


def _of_ukraine(cue: Cue, doc: Doc) -> bool:
    """ "machines for the engineer units of the Armed Forces of Ukraine":
    forces that belong to Ukraine, after "for the" or "to the" (and at most
    one word more), get what is given."""
    low = lowers(doc)
    if cue.end >= len(doc) or low[cue.end] != "of":
        return False
    after = low[cue.end + 1 : cue.end + 1 + OF_UKRAINE_REACH]
    if not any(w in ("ukraine", "ukraine's", "ukrainian") for w in after):
        return False
    for the in (cue.start - 1, cue.start - 2):  # "for the (engineer) units"
        if the >= 1 and low[the] == "the" and low[the - 1] in ("for", "to"):
            return True
    return False


RECIPIENT_YARDS = frozenset(["shipyards", "shipyard"])
"""Logistics cues that, after "into Ukrainian", are where money goes."""


HEADQUARTERS_REACH = 4
"""Tokens before a headquarters in which a word makes it who receives."""

TO_RECIPIENT = frozenset("to with give gives giving support supports supporting".split())
"""Words before a headquarters that make it the one that receives ("share
imagery with the headquarters", "give the headquarters access to")."""

STAFFING = frozenset(
    "officer officers staff personnel team teams liaison planners soldiers posts experts "
    "advisers advisors specialists second seconds seconded seconding".split()
)
"""Words of the people that staff a headquarters: sending them is command."""


def _recipient_headquarters(cue: Cue, cues: Sequence[Cue], doc: Doc) -> bool:
    """ "will make the imagery available to the headquarters", "share
    intelligence with the force headquarters": a headquarters that receives
    intelligence is no command given, unless people are sent to staff it."""
    if cue.kind != "category" or cue.label != Category.COMMAND_CONTROL.value:
        return False
    if cue.text.lower().split()[-1] not in ("headquarters", "hq"):
        return False
    low = lowers(doc)
    sent = doc[cue.start].sent
    if not TO_RECIPIENT.intersection(
        low[max(sent.start, cue.start - HEADQUARTERS_REACH) : cue.start]
    ):
        return False
    others = [c for c in cues if c.kind == "category" and sent.start <= c.start < sent.end]
    return any(c.label == Category.ISR.value for c in others) and not STAFFING.intersection(
        low[sent.start : sent.end]
    )


BOUGHT_BY = (["bought", "by"], ["purchased", "by"], ["paid", "for", "by"], ["financed", "by"])
"""Words after what is delivered that name who bought it."""

BUYERS_REACH = 8
"""Tokens after a stance of delivering in which its buyers may be named."""


def _delivering_for_buyers(cue: Cue, doc: Doc) -> bool:
    """ "Washington will speed up deliveries of Patriot missiles bought by
    European allies": speeding deliveries that others bought is no pledge of
    the deliverer's own (the buyers' stance is read from "by")."""
    words = cue.text.lower()
    if cue.kind != "status" or not words.startswith("speed") or "deliver" not in words:
        return False
    low = lowers(doc)
    after = low[cue.end : min(len(doc), cue.end + BUYERS_REACH)]
    return any(after[i : i + len(by)] == by for by in BOUGHT_BY for i in range(len(after)))


PLACE_KINDS = ("on ukrainian soil", "on ukrainian territory")
"""Ground-force cues that are only a place: where troops would stand, or
where something else is made or based."""

MADE_IN_PLACE = frozenset(
    "production co-production manufacturing factory factories plant plants facility "
    "facilities workshops repair".split()
)
"""Nouns before such a place that say it is where something is made."""


def _place_of_a_kind(cue: Cue, cues: Sequence[Cue], doc: Doc) -> bool:
    """ "finance several hundred strike drones on Ukrainian territory",
    "production on Ukrainian soil": a place right after another kind, or
    after a word of making, says where that is, not that troops go there."""
    if cue.kind != "category" or cue.text.lower() not in PLACE_KINDS or cue.start == 0:
        return False
    if doc[cue.start - 1].lower_ in MADE_IN_PLACE:
        return True
    return any(d.kind == "category" and d.end == cue.start and d.label != cue.label for d in cues)


def _stance_noun_subject(group: Group, following: Group, s: Sentence) -> bool:
    """ "Belgium's offer of a paratrooper company remains not decided": a
    stance noun with "of" after it that is the subject of a weaker stance
    later in its clause takes that stance's status, not its own."""
    if len(group.cues) > 1 or group.cues[0].text.lower() not in STANCE_NOUNS:
        return False
    doc = s.span.doc
    if group.end >= s.span.end or doc[group.end].lower_ != "of":
        return False
    weaker = {Status.CONSIDERING.value, Status.CONDITIONAL.value}
    return (
        any(c.label in weaker for c in following.cues)
        and _clause_break(doc, group.end, following.start) == following.start
    )


ACTION_ADJECTIVES = frozenset(
    "growing continued continuing further increased additional new planned proposed possible "
    "future massive large-scale steady".split()
)
"""Words between a determiner and an action named as a noun ("the continued supply of")."""


BE_FORMS = frozenset("be been being is are was were".split())


def _passive(group: Group, doc: Doc) -> bool:
    """ "No Italian soldier will be sent to Ukraine", "Infantry companies are
    to be rotated through the hubs": what a passive stance gives is its
    subject, named before it."""
    words = group.cues[-1].text.lower().split()
    be = words[-2] if len(words) > 1 else doc[group.start - 1].lower_ if group.start else ""
    if be in BE_FORMS and participle(words[-1]):
        return True
    following = lowers(doc)[group.end : group.end + 2]
    return len(following) == 2 and following[0] == "be" and participle(following[1])


def _issued(group: Group, s: Sentence, context: Context) -> tuple[list[str], str, str, int]:
    """In a government's release, a stance whose sentence names no one but
    Ukraine is the issuing state's when its verb is passive ("A budget of
    EUR 1 billion is reserved for ...") or its subject one of that state's
    forces ("The Air Component will continue to train ..."). A condition
    alone ("The contribution is subject to a vote") is on an offer before.
    So is a transcript's turn whose label names one state's speaker
    ("Minister Koizumi: ... the dispatch of units to Ukraine is not being
    considered")."""
    giver, rule, why = context.issuer, "issuer", "(the state issuing the release)"
    if not giver and len(context.turn) == 1:
        giver, rule, why = context.turn, "interviewee", "(passive, in the speaker's turn)"
    if not giver or any(a.actor != BENEFICIARY for a in s.actors):
        return [], "", "", 0
    if all(c.label == Status.CONDITIONAL.value for c in group.cues):
        return [], "", "", 0
    doc = s.span.doc
    if "by" in lowers(doc)[group.end - 1 : group.end + PASSIVE_REACH]:
        return [], "", "", 0  # "are delivered by member states": someone else gives them
    if _passive(group, doc) or FORCE_UNITS.intersection(lowers(doc)[s.span.start : group.start]):
        return giver, rule, why, s.span.start
    return [], "", "", 0


PART_NOUNS = frozenset("participation contribution deployment involvement role part".split())
"""Nouns for a state's part in a mission, whose owner is the state a
decision on it is about ("no decision on Italian participation")."""


def _undecided_part(
    group: Group, s: Sentence, an: Analyzer, day: date | None
) -> tuple[list[str], str, str, int]:
    """ "No decision has been taken on Italian participation in the
    monitoring": a stance with no subject, on a state's part in a mission,
    is that state's (its own "Italian" or "Italy's")."""
    if not any(c.label == Status.CONSIDERING.value for c in group.cues):
        return [], "", "", 0
    low = lowers(s.span.doc)
    at = group.end + (group.end < s.span.end and low[group.end] == "the")
    owner = next((a for a in s.actors if a.start == at and a.kind == "state"), None)
    if owner is None or owner.actor == BENEFICIARY:
        return [], "", "", 0
    noun = owner.end + (owner.end < s.span.end and low[owner.end] == "'s")
    if noun >= s.span.end or low[noun] not in PART_NOUNS:
        return [], "", "", 0
    text = text_between(s.span.doc, owner.start, owner.end)
    return resolve([owner], an, day), "owner of the part decided on", text, s.span.start


FORCE_UNITS = frozenset(
    "component army navy corps regiment battalion brigade squadron fleet guard".split()
)
"""Words of a state's own forces as a subject: "The Air Component will train"."""


EVENTS = frozenset(
    "event events summit summits meeting meetings talks conference conferences dinner session "
    "sessions gathering forum reception ceremony visit call briefing".split()
)
"""Things a host holds that offer nothing: "a side event hosted by X"."""

EVENT_REACH = 4
"""Tokens between a hosting verb and the event it holds."""


HOSTED = frozenset(
    c.value
    for c in (
        Category.GROUND_FORCES,
        Category.AIR_FORCES,
        Category.NAVAL_FORCES,
        Category.WEAPONS_EQUIPMENT,
        Category.AIR_DEFENSE,
    )
)
"""Kinds a host does not give but takes in: hosting jets or troops is logistics."""


def _hosting(group: Group, doc: Doc) -> bool:
    """Whether every verb of the group is "host" ("will host", "is hosted by"),
    not a participle that says where a thing is ("services hosted in")."""
    words = [c.text.lower().split() for c in group.cues]
    if words == [["hosted"]] and group.start and doc[group.start - 1].lower_ not in BE_FORMS:
        return False
    return all(w[-1] in HOST_FORMS for w in words)


HOST_FORMS = frozenset("host hosts hosted hosting".split())
"""Forms of "host", not "hostilities" ("a participant in hostilities")."""


def _hosting_an_event(group: Group, doc: Doc) -> bool:
    """ "a side event hosted by the coalition", "Rome hosts a conference on
    reconstruction": to host an event is no commitment (to host a
    headquarters or a hub is)."""
    if not all(c.text.lower().split()[0] in HOST_FORMS for c in group.cues):
        return False
    low = lowers(doc)
    before = low[max(0, group.start - 2) : group.start]
    after = low[group.end : group.end + EVENT_REACH]
    return bool(EVENTS.intersection(before) or EVENTS.intersection(after))


def _target(group: Group, doc: Doc) -> bool:
    """ "Albania has been criticised for ...": the subject of a passive
    objection is its target, not who objects (but "is opposed to" is active)."""
    first = group.cues[0]
    if not first.start or not first.text.lower().startswith(BLAMING):
        return False
    active = first.end < len(doc) and doc[first.end].lower_ == "to"  # "is opposed to"
    return doc[first.start - 1].lower_ in BE_FORMS and not active


BLAMING = ("criticis", "criticiz", "condemn", "denounc", "blame")
"""Objections whose passive subject is their target ("was criticised for")."""


def _reduced_relative(group: Group, s: Sentence, cats: Sequence[Cue]) -> bool:
    """ "arms sent to Ukraine", "aircraft delivered last year": a participle
    right after a kind describes it; whoever sent it is named, if at all,
    by "by" after it, never by the sentence's subject. A participle ending
    its clause is a verb put last, as machine translation does."""
    word = _lone_participle(group)
    if not word or group.cues[0].label != Status.COMMITTED.value:
        return False
    doc = s.span.doc
    after = doc[group.end].text if group.end < s.span.end else "."
    if after == "by" or after in CLAUSE_END:
        return False  # "... have cruise missiles delivered.": a verb at the end, in translation
    if word in FUNDED and group.start > s.span.start and doc[group.start - 1].text == ",":
        # "will send 350 missiles, paid for with £70 million from ...": how it is paid for
        return _stance_before(group, s)
    start = group.start - 1 if doc[group.start - 1].lower_ in PARTICIPLE_ADVERBS else group.start
    kind = next((c for c in cats if c.end == start), None)  # "weapons already sent to Ukraine"
    return kind is not None and not _had_done(doc, kind.start, s.span.start)


CONTACT_SUBJECTS = frozenset("they it we he she".split())
"""Pronouns that open a relative clause with no "that" after a kind ("the
aircraft they promised")."""


def _contact_relative(
    group: Group, groups: Sequence[Group], s: Sentence, cats: Sequence[Cue]
) -> bool:
    """ "have handed over all the aircraft they promised": a stance in a
    relative clause with no "that", right after a kind that an earlier
    stance of the sentence names, describes that kind; it is no stance of its
    own."""
    low = lowers(s.span.doc)
    at = group.start - 1
    if at <= s.span.start or low[at] not in CONTACT_SUBJECTS:
        return False
    kind = next((c for c in cats if c.end == at), None)
    return kind is not None and any(  # a verb's group, not a noun's ("the transfer of")
        g.end <= kind.start and low[g.start - 1] not in DETERMINERS
        for g in groups
        if g is not group and g.start > s.span.start
    )


HAD_DONE_REACH = 4
"""Tokens from "has" to the kind it has done something to ("has two
armoured brigades deployed")."""


def _had_done(doc: Doc, at: int, start: int) -> bool:
    """ "London has a brigade earmarked for the force": a kind after "has",
    with a participle after it, is what the subject has done, not a
    description of the kind."""
    low = lowers(doc)
    for i in range(at - 1, max(start, at - HAD_DONE_REACH) - 1, -1):
        if low[i] in HAVING:
            return True
        if not low[i].isalnum() or (doc[i].is_stop and low[i] not in DETERMINERS):
            return False  # "a", "two", "armoured" may come between; "of", "which" not
    return False


def _subject_aside(group: Group, s: Sentence) -> bool:
    """ "Sweden's order of anti-aircraft guns, paid for in 2025, is on
    schedule": a participle set off by a comma before any verb describes
    the subject before it, which names what was paid for."""
    return (
        bool(_lone_participle(group))
        and group.start > s.span.start
        and s.span.doc[group.start - 1].text == ","
        and not _stance_before(group, s)
    )


def _lone_participle(group: Group) -> str:
    """The group's one word when it is a lone past participle ("sent",
    "paid"), else ""."""
    word = group.cues[0].text.lower()
    return word if len(group.cues) == 1 and " " not in word and participle(word) else ""


def _stance_before(group: Group, s: Sentence) -> bool:
    """Whether a stance ends before the group in its sentence."""
    return any(c.kind == "status" and c.end < group.start for c in s.cues)


AGENT_REACH = 5
"""Tokens after a participle in which the "by" of its agent may come."""


def _distant_agent(group: Group, s: Sentence) -> bool:
    """ "the sanctions imposed on NIS by the US Treasury": a "by" a few words
    after a participle names who did it (not "paid for by", which says who
    pays for what another sends)."""
    if group.cues[-1].text.lower() in FUNDED:
        return False
    low = lowers(s.span.doc)
    reach = low[group.end : min(group.end + AGENT_REACH, s.span.end)]
    return "by" in reach and not any(w in CLAUSE_END for w in reach[: reach.index("by")])


PARTICIPLE_ADVERBS = frozenset("already previously recently earlier just originally".split())
"""Adverbs between a kind and the participle that describes it."""

FUNDED = frozenset(["paid", "funded", "financed", "bankrolled"])
"""Participles that, after a comma, say how the thing just pledged is paid for."""


OTHERS = frozenset(["foreign", "western", "nato", "alliance", "allied"])
"""Before a kind, they make it someone else's contribution: refusing "foreign
troops" is objecting to them (opposed), not declining to send one's own."""


def _others(doc: Doc, at: int, sent_start: int) -> bool:
    """Whether the kind at token ``at`` belongs to others ("any foreign troops")."""
    low = lowers(doc)
    return at >= 0 and any(  # not "NATO's PURL arrangement": a scheme one joins
        low[i] in OTHERS and low[i + 1] != "'s" for i in range(max(sent_start, at - 2), at)
    )


QUESTION_REACH = 5
"""Tokens from a "what" to the stance of the question it opens ("what the
United States is prepared to do")."""

ASKING = frozenset(
    "know knows knew known ask asks asked asking tell tells told clear unclear sure "
    "decide decided wait waiting see say says said explain explained wonder about".split()
)
"""Words before a "what" that make it open an indirect question."""

LISTED = frozenset([",", "and", "or"])
"""Words before a "what" that lists another question after a first one."""


def _open_question(group: Group, s: Sentence) -> bool:
    """ "We have asked Washington what it is prepared to do", "until we know
    what the mandate is and what the US is willing to do": a stance inside
    an indirect question is what is not yet known, not a stance. (A "what"
    clause that names a stance is another thing: "What we can do is help".)"""
    low = lowers(s.span.doc)
    start = s.span.start
    named = s.actor_tokens()

    def asking(j: int) -> bool:  # "asked what", "asked Washington what", "told us what"
        j -= 1
        while j > start and (j in named or low[j] in PERSONAL_OBJECTS):
            j -= 1
        return j >= start and low[j] in ASKING

    for k in range(group.start - 1, max(start, group.start - QUESTION_REACH) - 1, -1):
        if low[k] in CLAUSE_END or low[k] == ",":
            return False
        if low[k] == "what":
            listed = low[k - 1] in LISTED and any(
                low[j] == "what" and asking(j) for j in range(start, k)
            )
            return k > start and (asking(k) or listed)
    return False


def _demanded(group: Group, s: Sentence) -> bool:
    """ "Europe should pay", "allies must send": a demand, not a commitment."""
    doc = s.span.doc
    before = doc[max(s.span.start, group.start - DEMAND_REACH) : group.start]
    openers = {c.start for c in s.of("condition_openers")}  # "Should the talks fail, ..."
    if any(t.lower_ in OBLIGATIONS and t.i not in openers for t in before):
        return True
    insisting = any(t.lower_ in INSISTING and doc[t.i + 1].lower_ == "that" for t in before)
    if insisting and _bare(group, lowers(doc)):
        return True  # "insisted that Europe stop buying", not "that Belgium would not"
    if _requested(group, s):  # "a formal request to contribute": what is asked for
        return True
    low = lowers(doc)
    start = _infinitive_start(group, low)
    if start - 3 < s.span.start or low[start - 1] != "to":
        return False
    asked = low[start - 2]
    if asked in ("on", "upon"):  # "has been called on to send"
        return low[start - 3] == "called"
    if any(  # "called on the Government to commit RAF Typhoons": asked of another
        low[j] in ("on", "upon") and low[j - 1] in CALLING and low[j + 1] not in TIME_WORDS
        for j in range(max(s.span.start + 1, start - DEMAND_REACH), start - 2)
    ):
        return True
    if any(  # "We never expected New Delhi to send soldiers": another's expectation
        low[j] in EXPECTING
        and low[j - 1] not in PASSIVE_AUXILIARIES
        and low[j + 1] not in REFLEXIVES
        for j in range(max(s.span.start + 1, start - DEMAND_REACH), start - 2)
    ):
        return True
    # "Kenya has been asked to send": asked, not promised
    return asked in REQUEST_VERBS and low[start - 3] in PASSIVE_AUXILIARIES


def _infinitive_start(group: Group, low: Sequence[str]) -> int:
    """Where a verb group's infinitive begins after its "to": past a "to"
    the cue itself holds ("to finance") and a "help" before the verb ("to
    help finance")."""
    start = group.start + (low[group.start] == "to")
    return start - (low[start - 1] == "help")


def _requested(group: Group, s: Sentence) -> bool:
    """ "a Ukrainian request to help finance interceptors": the stance is what
    a request asks for; a refusal before it refuses that."""
    low = lowers(s.span.doc)
    start = _infinitive_start(group, low)
    if start - 2 >= s.span.start and low[start - 1] == "to" and low[start - 2] in REQUESTS:
        return True
    if _allowed_other(start, s) is not None:
        return True  # "will not allow the EU to send soldiers": what is not allowed
    that = next(  # "turned down a suggestion from Washington that it sell its jets"
        (
            k
            for k in range(group.start - 1, max(s.span.start, group.start - 3), -1)
            if low[k] == "that"
        ),
        None,
    )
    if that is None:
        return False
    before = low[max(s.span.start, that - 4) : that]  # "a request from Kyiv that", not "a
    asked = [k for k, w in enumerate(before) if w in REQUESTS]  # request and that no decision"
    return bool(asked) and not {"and", ",", "but"}.intersection(before[asked[-1] :])


PASSIVE_AUXILIARIES = frozenset("be been being is are was were".split())

ALLOWING = frozenset("allow allows allowed allowing let lets permit permits permitted".split())
"""Verbs whose object's "to" infinitive is what another is let do."""


def _allowed_other(start: int, s: Sentence) -> tuple[int, ActorSpan] | None:
    """Where "allow"/"let"/"permit" stands before an actor and the "to" of an
    infinitive beginning at ``start`` ("allow the European Union to march its
    soldiers"), with that actor, or None."""
    low = lowers(s.span.doc)
    if start - 3 < s.span.start or low[start - 1] != "to":
        return None
    actor = next((a for a in s.actors if a.end == start - 1), None)
    if actor is None:
        return None
    verb = actor.start - (low[actor.start - 1] in DETERMINERS) - 1
    return (verb, actor) if verb >= s.span.start and low[verb] in ALLOWING else None


EXPECTING = frozenset("expect expects expected expecting want wants wanted wanting".split())
"""Verbs whose object's "to" infinitive is what someone expects of another
("expected Beijing to send", "want Washington to resume"); "is expected to
send" is a forecast."""

REFLEXIVES = frozenset("himself herself itself themselves ourselves myself".split())
"""Objects that put the wish back on its subject, as translated text does
("the minister wanted himself not to commit")."""

CALLING = frozenset("call calls called calling".split())
"""Forms of "call" that, with "on", ask something of another ("called on the Government
to"); a time word after "on" makes it a date ("called on Tuesday to")."""


INSISTING = frozenset(
    "insisted insists insist demanded demands demand asked asks requested requests urged urges "
    "proposed proposes proposing recommended recommends".split()
)
"""Verbs whose "that" clause with a bare verb is a demand on its subject
("insisted that Europe stop buying", "asked that Ireland consider funding")."""

FINITE_AUXILIARIES = frozenset(
    "will would shall can could may might has have had is are was were does did".split()
)


def _bare(group: Group, low: Sequence[str]) -> bool:
    """A stance opening on a bare verb ("stop buying"), no modal or tense
    in it or just before it ("they will dispatch")."""
    first = group.cues[0].text.lower().split()[0]
    before = low[group.start - 2 : group.start] if group.start >= 2 else []
    return (
        first not in FINITE_AUXILIARIES
        and not (first.endswith(("ed", "s")) and not first.endswith("ss"))
        and not any(w in FINITE_AUXILIARIES or w == "not" for w in before)
    )


REQUESTS = frozenset(
    "request requests invitation invitations call calls appeal appeals plea suggestion "
    "suggestions".split()
)
"""Nouns whose "to" infinitive is asked of someone, not promised."""


CONSIDER_FORMS = frozenset(["consider", "considers", "considered"])

JUDGED_REACH = 12
"""Tokens after "consider" in which its judgement must come."""


def _judging(group: Group, s: Sentence, an: Analyzer) -> bool:
    """ "We consider a strong US engagement indispensable": to consider
    something so is to judge it, not to weigh an offer."""
    if not all(c.text.lower() in CONSIDER_FORMS for c in group.cues):
        return False
    low = lowers(s.span.doc)
    judgements = an.lexicon["judgements"]
    for k in range(group.end, min(s.span.end, group.end + JUDGED_REACH)):
        if low[k] in (",", ";", ".", ":"):
            return False
        if low[k] in judgements or " ".join(low[k : k + 2]) in judgements:
            return True
    return False


def _reporting(group: Group, s: Sentence, an: Analyzer) -> bool:
    """ "confirmed that ...", "agreed that ...": the stance is in the clause after
    (but after a predicate noun, "a provocation that Russia will answer", a
    relative clause follows)."""
    doc = s.span.doc
    that = _reported_that(doc, group, s.span.end)
    if that is None:
        return False
    if _demonstrative(doc, that, s.span.end):
        return False  # "has not joined that mechanism, and ...": "that" names a thing
    if group.cues[-1].text.lower().split()[-1] in OPTION_NOUNS:
        return False  # "is studying options that include aircraft": a relative clause
    if any(c.end == group.end for c in s.of("category")):
        return False  # "does share intelligence that helps Ukraine plan strikes": on the kind
    if not judging(group, an):
        return True
    before = [t.lower_ for t in doc[max(s.span.start, group.start - 2) : group.start]]
    before = [w for w in before if w not in QUOTES]
    return not (before and before[-1] in ("a", "an"))


REPORTING_GAP = 5
"""Words of a phrase between a reporting stance and its "that": "confirmed
at the highest level that", "confirmed to reporters that"."""


def _reported_that(doc: Doc, group: Group, end: int) -> int | None:
    """Where the "that" after a stance is: right after it, or, after a
    reporting word, after a short phrase that a preposition opens, with no
    punctuation in between ("plans for a mission that" opens a relative clause)."""
    low, at = lowers(doc), group.end
    if at < end and low[at] == "that":
        return at
    if group.cues[-1].text.lower().split()[-1] not in REPORTING_STANCES:
        return None
    if at >= end or low[at] not in SKIP_PREPOSITIONS:
        return None
    for k in range(at + 1, min(end, at + 1 + REPORTING_GAP)):
        if low[k] == "that":
            return k
        if not doc[k].is_alpha or low[k] in SKIP_PREPOSITIONS:
            return None
    return None


def _demonstrative(doc: Doc, that: int, end: int) -> bool:
    """ "joined that mechanism, and": a "that" before one lower-case word that
    ends the clause points at a thing; it opens no reported clause."""
    if that + 2 >= end:
        return False
    word, after = doc[that + 1].text, lowers(doc)[that + 2]
    return word.isalpha() and word.islower() and (after in CLAUSE_END or after in LINKS)


LINKS = frozenset(["and", "but", "or"])

OPTION_NOUNS = frozenset(["options", "option"])
"""Stance cues that are nouns: a "that" after them opens a relative clause."""


REPORTING_STANCES = frozenset("confirmed confirms announced announces".split())
"""Stance words that, closing a sentence after its speaker, report the
sentence's stance rather than take one of their own."""

TIME_LINKS = frozenset("on in last this late early again".split())
"""Words that join a time to a trailing reporting word ("confirmed on Tuesday",
"confirmed again this week")."""

TRAILING_REACH = 8
"""Tokens from the comma before a trailing speaker to the reporting word."""


def _trailing_report(group: Group, groups: Sequence[Group], s: Sentence) -> bool:
    """ "Germany will fund a repair centre for tanks and launchers, the German
    defence ministry confirmed.": the ministry reports the stance before."""
    if group is groups[0] or any(c.text.lower() not in REPORTING_STANCES for c in group.cues):
        return False
    low = lowers(s.span.doc)
    rest = s.rest(group.end)
    if len(rest) > 4 or not all(
        w in CLAUSE_END or w in TIME_WORDS or w in TIME_LINKS for w in rest
    ):
        return False  # "..., the ministry confirmed on Tuesday." ends the sentence
    before = low[max(s.span.start, group.start - TRAILING_REACH) : group.start]
    return "," in before and not any(w in ("that", "and") for w in before[before.index(",") :])


def _considered_if(
    group: Group, status: Status, conditions: Sequence[str], doc: Doc, an: Analyzer
) -> bool:
    """ "would consider taking part if both sides asked": considering what it
    might do in a case, not making a pledge depend on it; "would consider it
    only if" does put the decision off. The premise ("a ceasefire") is no
    condition here either."""
    if status is not Status.CONSIDERING or not any(
        "consider" in c.text.lower() for c in group.cues
    ):
        return False
    if "only" in lowers(doc)[max(0, group.start - 2) : group.end]:
        return False  # "would only consider", "only would consider"
    openers = tuple(o + " " for o in an.lexicon["condition_openers"])
    opened = [c.lower() for c in conditions if c.lower().startswith(openers)]
    return bool(opened) and all(c.startswith(("if ", "when ")) for c in opened)


ONLY_THEN = frozenset(["after", "once", "when", "if"])
"""Words that open a time clause which an "only" in the stance before makes
a condition ("will only deploy these units after the House has debated")."""

ONLY_REACH = 8
"""Most tokens from a stance with "only" to the time clause it waits for."""


def _only_then(group: Group, s: Sentence, an: Analyzer) -> bool:
    """ "The Government will only deploy these units after the House has
    debated the letter": an "only" inside the stance makes the time clause
    (or condition) soon after it a condition, unless that clause is the end
    of the fighting (the premise, "will only go once a ceasefire holds")."""
    if not any("only" in c.text.lower().split() for c in group.cues):
        return False
    low = lowers(s.span.doc)
    ahead = range(group.end, min(s.span.end, group.end + ONLY_REACH))
    openers = {c.start for c in s.of("condition_openers")}  # "would only take part in a
    at = next(  # mission that had a mandate from the Security Council"
        (i for i in ahead if low[i] in ONLY_THEN or i in openers or low[i] in CLAUSE_END), None
    )
    if at is None or low[at] in CLAUSE_END:
        return False
    stop = next((i for i in range(at, s.span.end) if low[i] in CLAUSE_END), s.span.end)
    phrase = " ".join(low[at:stop])
    return not any(p in phrase for p in _premise_words(an))


def _procedure_noted(status: Status, conditions: Sequence[str]) -> bool:
    """ "could contribute ..., but any deployment would still need a vote of
    the Dáil": what a possible contribution would need is procedure noted,
    not a decision put off."""
    strong = [c.lower() for c in conditions if c.lower().startswith(STRONG_CONDITIONS)]
    return (
        status is Status.CONSIDERING
        and bool(strong)
        and all(c.startswith(PROCEDURES) for c in strong)
    )


PROCEDURES = (
    *(f"{verb}{s} a {what}" for verb in NEEDING for s in ("", "s") for what in ("mandate", "vote")),
    "a vote in",
)
"""How the conditions that only note a procedure begin ("need a mandate",
"requires a vote"), unlike "would need a decision of the National Assembly"."""


UN_REACH = 10
"""Tokens after a stance in which the UN (Security Council) is named as the only source."""


def _only_un_measures(group: Group, s: Sentence) -> bool:
    """ "Brazil applies only sanctions approved by the UN Security Council":
    applying nothing but the UN's measures is refusing the others'."""
    low = lowers(s.span.doc)
    near = low[max(s.span.start, group.start - 2) : min(s.span.end, group.end + 2)]
    if "only" not in near:
        return False
    after = low[group.end : min(s.span.end, group.end + UN_REACH)]
    around = low[max(s.span.start, group.start - 3) : group.end + UN_REACH]
    if not {"sanctions", "measures"} & set(around):
        return False  # "would only deploy soldiers under a UN mandate": a condition
    pairs = set(pairwise(after))
    return "un" in after or ("security", "council") in pairs or ("united", "nations") in pairs


NEEDS_OBJECT = frozenset(["followed with", "follows with", "followed up with"])
"""Stances that are pledges only with what follows ("Germany followed with
500 million euros"); with nothing after them they report a quote
("... ," the minister followed with.)."""


def _without_object(group: Group, s: Sentence) -> bool:
    if group.cues[-1].text.lower() not in NEEDS_OBJECT:
        return False
    return all(w in CLAUSE_END or w in QUOTES for w in s.rest(group.end))


TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december today yesterday tomorrow week weeks "
    "month months year years morning evening night day days spring summer autumn winter "
    "weekend time beginning end start middle stage moment present".split()
)
"""Words of a time adverbial after a stance; they name nothing offered."""


SHARING_GERUNDS = frozenset(
    "guaranteeing funding financing paying joining backing supporting contributing".split()
)
"""Gerunds of taking a share, whose "it" after them is the kind referred to."""

OBJECT_PRONOUNS = frozenset(["it", "them"])
"""Pronouns right after a stance that stand for its object."""

OBJECT_ENDS = frozenset(
    "as and or but that which who whom where while will would has have had is are was were".split()
)
"""Words that end an object noun phrase once it has a head word."""


UNDECIDED = frozenset([Status.CONDITIONAL.value, Status.CONSIDERING.value])


def _elliptic(group: Group, s: Sentence) -> bool:
    """Nothing after the stance names what is offered: "X was cautious",
    "is exploring a smaller scheme", "is mulling what it could offer once
    the mandate is clear". The object is read up to a preposition or a
    condition; its last word must name no kind of its own."""
    deciding = any("decid" in c.text.lower() and c.label in UNDECIDED for c in group.cues)
    if deciding and not _own_object(group, s):
        return True  # "would decide after reviewing the legal texts": deciding on the topic
    if any("something" in c.text.lower() for c in group.cues):
        return True  # "sending troops was not something we are considering under any
    head = _object_head(group, s)  # circumstances": the object is the subject before
    if _offer_object(group, s):
        return True  # "has withdrawn that offer": the offer named before
    if head in FIGURES and _stems(group, GIVING):
        return False  # "declined to give a figure": what is said, not what is applied
    return not head or head in ELLIPTIC_OBJECTS


def _own_object(group: Group, s: Sentence) -> bool:
    """ "would decide its oil policy on market fundamentals": a possessed
    object of its own after the stance, which names no kind of support."""
    doc = s.span.doc
    if group.end >= s.span.end or doc[group.end].lower_ not in OWNERS:
        return False
    head = _object_head(group, s)
    return bool(head) and head not in ELLIPTIC_OBJECTS


def _stance_word(cue: Cue, s: Sentence) -> bool:
    """ "will not support and will block it": "support" is part of a stance
    before, not a kind of help named."""
    return cue.label == Category.SECURITY_GUARANTEE.value and any(
        st.start <= cue.start and cue.end <= st.end for st in s.of("status")
    )


def _object_pronoun(group: Group, s: Sentence) -> int:
    """The token of a pronoun that is the stance's object ("vetoed it"), or -1.
    The object begins after the group, or after its first cue when a
    condition follows in the same group ("would accept it, but only if": the
    object "it" stands inside)."""
    starts = [group.end]
    if len(group.cues) > 1 and group.cues[1].label == Status.CONDITIONAL.value:
        starts.append(group.cues[0].end)
    doc = s.span.doc
    return next((i for i in starts if i < s.span.end and doc[i].lower_ in OBJECT_PRONOUNS), -1)


def _object_head(group: Group, s: Sentence) -> str:
    """The last content word of what follows a stance, up to a preposition."""
    doc = s.span.doc
    actor_tokens = s.actor_tokens()
    openers = {c.start for c in s.of("condition_openers")}
    if _object_pronoun(group, s) >= 0:
        return ""  # "vetoed it at the last meeting": the kind is the one referred to
    head = ""
    start, end = group.end, s.span.end
    last = group.cues[-1]
    if len(group.cues) > 1 and last.label == CONDITIONAL and group.cues[-2].label != CONDITIONAL:
        start, end = group.cues[-2].end, last.start  # "will contribute, subject to approval"
    for token in doc[start:end]:
        if token.text in CLAUSE_END or token.i in openers:
            break
        if head and (token.lower_ in SKIP_PREPOSITIONS or token.lower_ in OBJECT_ENDS):
            break  # "a contribution to the force", "supplies and has said": the object ends
        if token.lower_ in OBJECT_PRONOUNS and doc[token.i - 1].lower_ in SHARING_GERUNDS:
            return ""  # "opted out of guaranteeing it": the kind is the one referred to
        stop = token.is_stop and token.lower_ not in CONTENT_STOPS
        if token.i in actor_tokens or stop or token.is_punct or token.is_space:
            continue
        if token.lower_ in TIME_WORDS or token.like_num:
            continue  # "adopted by the EU on Thursday", "lifted the objection next morning"
        if token.lower_ in ("point", "juncture") and doc[token.i - 1].lower_ in ("this", "that"):
            continue  # "is not under consideration at this point": a time, nothing offered
        head = token.lower_
    return head


CONTENT_STOPS = frozenset("call front side amount name whole".split())
"""Nouns among spaCy's stop words: an object's head may be one ("joined for
part of the call" has "call" for its head)."""


PREPOSITIONAL_OPENERS = frozenset(
    ["without", "subject to", "in exchange for", "only with", "only under", "only within"]
)
"""Condition openers that take a noun, not a clause ("without Moscow's
consent", "subject to a vote"): inside a sentence, a finite verb after the
noun is the main clause's."""

QUESTION_WORDS = frozenset("whether if that what who how".split())
"""Words that open a clause after a prepositional opener ("depends on
whether"): the verb after them is the condition's own."""


def _condition_spans(s: Sentence, groups: Sequence[Group] = ()) -> list[range]:
    """Token ranges of condition clauses: from the opener to the clause end,
    or for a prepositional opener to the first finite verb group after it
    ("any mission carried out without Russia's consent would be regarded as
    a hostile act": the mission is regarded so whatever the consent); and
    what follows "until" or "before" after the first stance, up to an "and"
    or "but" ("will not send troops until parliament approves")."""
    doc = s.span.doc
    low = lowers(doc)
    spans = []
    for cue in s.of("condition_openers"):
        end = clause_end(doc, cue.end, s.span.end)
        if _noun_condition(cue, s):
            for group in groups:
                if group.start < cue.end or group.start >= end:
                    continue
                if QUESTION_WORDS & set(low[cue.end : group.start]):
                    break  # "depends on whether Washington will help": a clause
                if FINITE_AUXILIARIES.intersection(low[group.start - 1 : group.start + 1]):
                    # "... without Russia's agreement is not acceptable": the stance's own verb
                    end = group.start
                    break
        spans.append(range(cue.end, end))
    if groups:  # "will not send troops until parliament approves": the approval is no stance
        for clause in _until_clauses(s, groups[0].end, s.span.end):
            end = next((j for j in clause if low[j] in ("and", "but")), clause.stop)
            spans.append(range(clause.start, end))  # not "until 2027 and increased its budget"
    return spans


def _noun_condition(cue: Cue, s: Sentence) -> bool:
    """A prepositional condition inside a noun phrase ("a mission carried out
    without Moscow's consent would be"), not put before the clause ("Without
    the Saeima's decision no soldier will go") nor taking a gerund ("without
    agreeing when it could be")."""
    low = lowers(s.span.doc)
    return (
        cue.text.lower() in PREPOSITIONAL_OPENERS
        and cue.start > s.span.start
        and low[cue.start - 1].isalpha()
        and cue.end < s.span.end
        and not low[cue.end].endswith("ing")
    )


def _in_condition(group: Group, clauses: Sequence[range]) -> bool:
    """A verb group inside a condition clause ("if Moscow rejects talks")."""
    return any(group.start in span for span in clauses)


ScopeItem = tuple[Category, str, bool, int]
"""(category, why, negated, token of the cue or -1 when taken from context)."""


def _fronted_object(cats: Sequence[Cue], s: Sentence, subject_end: int) -> Cue | None:
    """The kind right before a subject that has no kind after its stance:
    the object of a relative clause ("the tanks Canberra promised", "the
    Patriot systems that Norway is financing")."""
    subject = next((a for a in s.actors if a.end == subject_end), None)
    if subject is None:
        return None
    doc = s.span.doc
    before = subject.start - 1
    if before > s.span.start and doc[before].lower_ == "the":
        before -= 1  # "the package, which the European Commission proposed"
    start = before if doc[before].lower_ in ("that", "which") else subject.start
    ends = {start}
    if start < subject.start and start > 0 and doc[start - 1].text == ",":
        ends.add(start - 1)
    if start > 0 and doc[start - 1].lower_ in GENERIC_HEADS | {"batteries", "launchers"}:
        ends.add(start - 1)  # "the Patriot systems that Norway is financing"
    return next(
        (c for c in cats if c.end in ends and c.label != Category.SECURITY_GUARANTEE.value), None
    )


def _paid_for_by(group: Group, s: Sentence) -> bool:
    """ "this is being paid for by our European partners", "allies pay for
    them": a payment whose object is no kind of its own."""
    doc = s.span.doc
    paying = _pays(group, s)
    after = {t.lower_ for t in doc[group.end : group.end + 2]}
    if paying and _by_way_of(group, s):  # "will be funded through contributions by Canada"
        return True
    return paying and bool(after & {"by", "them", "it", "this", "these", "those"})


PAYING_WAYS = frozenset("through via from with out of".split())
"""Words after a passive payment that name the way it is paid before its
payer: "funded through contributions by Canada"."""

PAYER_REACH = 4
"""Tokens after a passive payment in which such a way and its "by" come."""


def _by_way_of(group: Group, s: Sentence) -> bool:
    """ "funded through contributions by Canada, Norway and Sweden": the
    payers named after the way they pay."""
    low = lowers(s.span.doc)
    after = low[group.end : min(s.span.end, group.end + PAYER_REACH)]
    return (
        bool(after)
        and after[0] in PAYING_WAYS
        and "by" in after[1:]
        and not any(w in CLAUSE_END for w in after)
    )


def _depending(group: Group) -> bool:
    return any(
        c.text.lower() in DEPENDING or any(w in c.text.lower() for w in PASSIVE_APPROVALS)
        for c in group.cues
    )


def _referred_subject(group: Group, s: Sentence, subject_end: int) -> bool:
    """Whether the subject of a depending stance is a word for a stance
    ("contribution", "participation", "deployment") rather than a kind."""
    low = lowers(s.span.doc)
    start = max(s.span.start, subject_end)
    words = low[start : group.start]
    return any(w in ELLIPTIC_OBJECTS or w in REFERRED for w in words) and not any(
        w in CLAUSE_END for w in words
    )


DEALS = frozenset(
    "purchase purchases sale sales order orders bill contract deal acquisition".split()
)
"""Nouns for a deal that, as the subject of a payment, stand for what the
sentence before said was bought: "The purchase will be paid for by X"."""

DEAL_REACH = 5
"""Tokens before a payment in which the deal it pays for is named."""


def _deal_paid_for(group: Group, s: Sentence, context: Context) -> tuple[Category, ...]:
    """ "Norway approved the sale of 40 howitzers. The purchase is paid for
    by Denmark": money for named equipment is that equipment (ANNOTATION.md)."""
    low = lowers(s.span.doc)
    before = low[max(s.span.start, group.start - DEAL_REACH) : group.start]
    if not any(w in DEALS for w in before) or any(w in CLAUSE_END for w in before):
        return ()
    return _bought_just_before(context, s.number)


def _bought_just_before(context: Context, number: int) -> tuple[Category, ...]:
    """The kinds a deal can buy among those the sentence before named, or
    the one before it when that one only named a sum ("up to 96 PAC-3
    missiles. The estimated total cost is $1.07 billion. This sale will be
    funded by ...")."""
    for sentence, kinds in reversed(context.topics):
        if number - sentence > DEAL_SENTENCES:
            break
        bought = tuple(c for c in kinds if c in BOUGHT_KINDS)[:1]  # the head of the
        if bought or (number - sentence == 1 and kinds != (Category.FINANCING,)):  # purchase
            return bought  # ("PAC-3 missiles, with launcher spare parts and support")
    return ()


DEAL_SENTENCES = 2
"""Sentences back in which a deal's purchase may be named."""


BOUGHT_KINDS = frozenset(
    [Category.WEAPONS_EQUIPMENT, Category.AIR_DEFENSE, Category.ISR, Category.LOGISTICS]
)
"""Kinds a deal can buy: things, not forces ("air-launched missiles" name no air force)."""


PERSON_OBJECTS = frozenset(["him", "her"])
"""Objects right after a stance that name a person backed, not help given."""


def _kinds(
    group: Group,
    groups: Sequence[Group],
    cats: list[Cue],
    s: Sentence,
    context: Context,
    subject_end: int,
    clauses: Sequence[range],
    an: Analyzer,
) -> list[ScopeItem]:
    """The kinds of support a verb group is about: named in its scope, or
    referred back to ("this assistance"), or the topic of the context."""
    in_conditions = {c.start for c in cats for r in clauses if c.start in r}
    own_cats = [c for c in cats if c.start not in in_conditions] or [
        c  # "will decide on a contribution once the shape of the US backstop is clear":
        for c in cats  # a guarantee named in the condition is what is waited for
        if c.label != Category.SECURITY_GUARANTEE.value
    ]
    predicate = judging(group, an)
    depending = _depending(group)  # "Any deployment of X troops would be subject to a vote"
    scope = _categories(group, groups, own_cats, s, subject_end, predicate or depending)
    if scope and all(_vague(c, s.span.doc) for c, _ in scope):
        return []  # "Japan's support will remain": no kind, and none from the context
    if scope and all(c.text.lower() in PEOPLE for c, _ in scope):
        topic = _topic(context, s.number)  # "Around 90 personnel will deploy": as trainers
        c, neg = scope[0]
        if any(d.label == Category.TRAINING.value for d in cats):  # "personnel who train"
            return [(Category.TRAINING, f"'{c.text}' who train", neg, c.start)]
        served = c.start > 0 and s.span.doc[c.start - 1].lower_ in NATIONAL_FORCES
        if topic is Category.TRAINING and not served:  # not "Self-Defense Forces personnel"
            return [(topic, f"'{c.text}' of the topic of the context", neg, c.start)]
    if scope and _hosting(group, s.span.doc):  # "will host the mission's jets": bases
        scope = [  # (but "Warsaw hosts, but no boots": the troops it will not send)
            (replace(c, label=Category.LOGISTICS.value, text=f"{c.text} (hosted)"), neg)
            if c.label in HOSTED and not neg
            else (c, neg)
            for c, neg in scope
        ]
    if _funding_a_deal(scope, s):
        bought = _bought_just_before(context, s.number)
        if bought:  # "GMLRS rockets ... Denmark and Finland have committed to fund this sale"
            return [(c, "deal of the previous sentence financed", False, -1) for c in bought]
    if scope:
        return [(Category(c.label), f"'{c.text}'", neg, c.start) for c, neg in scope]
    purpose = _purpose_kinds(group, groups, cats, s)
    if purpose:  # "40 Canadian Armed Forces members will deploy to Poland to train Ukrainians"
        return [(Category(c.label), f"'{c.text}' it is for", False, c.start) for c in purpose]
    if _forces_sent(group, s, subject_end):  # "The Bundeswehr will not be deployed in Ukraine"
        return [(Category.GROUND_FORCES, "the forces it names are sent", False, group.start)]
    fronted = _fronted_object(cats, s, subject_end)
    if fronted is not None:  # "the M1A1 Abrams tanks Canberra promised in 2024"
        return [
            (Category(fronted.label), f"'{fronted.text}' before its subject", False, fronted.start)
        ]
    if _flying(group):  # "British Typhoons would fly alongside ...": flying is air forces
        return [(Category.AIR_FORCES, "flying verb", False, group.start)]
    listed = any(  # "Ottawa has listed trading houses in Dubai", "listed two refineries"
        c.text.lower() in SANCTION_LISTING
        and c.start
        and (
            s.span.doc[c.start - 1].lower_ in ("has", "have")
            or _counted_targets(c.end, s.span.doc, s.span.end)
        )
        for c in group.cues
    )
    if listed or any(  # "designated Rosneft", "have lowered the cap"
        c.text.lower() in SANCTIONING or c.text.lower().endswith(CAPPING) for c in group.cues
    ):
        return [(Category.SANCTIONS, "sanctioning verb", False, group.start)]
    if depending and group is groups[0] and _referred_subject(group, s, subject_end):
        topic = _topic(context, s.number)  # "Latvia's contribution will depend on a vote"
        if topic is not None:
            return [(topic, "topic of the context", False, -1)]
    if _paid_for_by(group, s) and not any(c.end <= group.start for c in cats):
        bought = _deal_paid_for(group, s, context)
        if bought:  # "The order will be paid for by Sweden": what the sentence before named
            return [(c, "deal of the previous sentence paid for", False, -1) for c in bought]
        return [(Category.FINANCING, "paid for by", False, group.start)]  # "is paid for by X"
    summed = _summed_up(group, s, cats)
    if summed:  # "is lending Kiev 90 billion euros, a decision that the Kremlin has called"
        return [
            (Category(c.label), f"'{c.text}' of the clause it sums up", False, c.start)
            for c in summed
        ]
    referred = _back_reference(group, s, context)
    if referred:
        return [
            (c, "'this ...', 'similar ...': what was named before", False, -1) for c in referred
        ]
    if group.end < s.span.end and s.span.doc[group.end].lower_ in PERSON_OBJECTS:
        return []  # "Hungary backs him": a person backed, no kind of help
    if _elliptic(group, s):
        aside = asides(group, s.span, s.span.doc)
        earlier = [
            c
            for c in cats
            if c.end <= group.start
            and c.start not in aside
            and not _receiving(c, s.span.doc)
            and not _per_barrel(c, s.span.doc)  # "cut its cap to $44 a barrel, bringing it"
            and not _stance_word(c, s)
            and not _bought(c, s)  # "signed for two batteries ..., the first it will operate"
            # not "PURL, through which partners buy American weapons": the scheme's purchases
            and not _what_a_scheme_does(c, lowers(s.span.doc), objects=False)
        ]
        head = _object_head(group, s) or group.cues[-1].text.lower().split()[-1]
        named = context.named.get(head)
        if named is None and (between := _general_object_between(group, s, context)):
            head = between  # "will back the package and will not block it"
            named = context.named[head]
        if not earlier and named is not None:  # "will not vote for the package": the one named
            return [(named, f"'{head}' named before", False, -1)]
        doc = s.span.doc
        instead = (
            any(t.lower_ in ("instead", "rather") for t in doc[group.start - 2 : group.end + 2])
            or "other"
            in lowers(doc)[group.end : clause_end(doc, group.end, group.end + OTHER_REACH)]
        )  # but not "staying out, and the other 24 went ahead": another clause
        if instead and not earlier:
            return []  # "would instead contribute where it is strongest", "help of other kinds"
        pointed = not earlier and _referent_in_sentence(group, s)  # "such statements"
        referred = () if earlier or pointed else _pronoun_object(group, s, context)
        if referred:  # "Hungary vetoed it": what the sentence before named
            said = doc[_object_pronoun(group, s)].text
            return [(c, f"'{said}' of the previous sentence", False, -1) for c in referred]
        pronoun = group.end < s.span.end and doc[group.end].lower_ in OBJECT_PRONOUNS
        if pronoun and pointed:
            return []  # "take all such statements seriously and assess them": those
        set_off = [c for c in cats if c.end <= group.start and c.start in aside]
        offer = _offer_object(group, s)  # "Denmark, which offered a frigate, has withdrawn
        if (pronoun or offer) and not earlier and set_off:  # that offer"; "Greece, whose
            named_aside = set_off[-1]  # fleets would be hit by the services ban, said it
            said = "the offer" if offer else doc[group.end].text  # would accept it"
            why = f"'{named_aside.text}' in an aside, referred to by '{said}'"
            return [(Category(named_aside.label), why, False, named_aside.start)]
        if earlier and _peacemaking(group, s):
            return []  # "would not send troops and would continue to promote talks"
        if earlier:  # "sending F-35s over Ukraine was one option": named before the stance
            named_before = earlier[-1]
            why = f"'{named_before.text}' before the stance"
            return [(Category(named_before.label), why, False, named_before.start)]
        if group.cues[-1].text.lower().endswith(" by"):
            return []  # "the coalition, led by London and Paris,": who leads, not a new pledge
        if _peacemaking(group, s):
            return []  # "backs every initiative that leads to peace": diplomacy, no kind given
        topic = None if _untopical(group, doc) else _topic(context, s.number, head)
        opposing = any(c.label == Status.OPPOSED.value for c in group.cues)  # "denounced it"
        if topic is Category.FINANCING and _selling(group):
            topic = None  # "We sell.": the seller pays nothing
        if topic in NARROW_TOPICS and not _asked_about(context, s.number) and not opposing:
            topic = None  # "The value of the package the minister did not give."
        if topic is not None and not _financing_verb(group, s):  # funding names its own kind
            return [(topic, "topic of the context", False, -1)]
    if _financing_verb(group, s):  # "Denmark and Sweden financed the second package"
        bought = _deal_financed(group, s, context)
        if bought:  # "Six allies will finance the joint order": what the sentence before named
            return [(c, "deal of the previous sentence financed", False, -1) for c in bought]
        return [(Category.FINANCING, "financing verb", False, group.start)]
    return []


def _offer_object(group: Group, s: Sentence) -> bool:
    """Whether a stance's object is an offer pointed back to ("has withdrawn
    that offer", "dropped the pledge")."""
    own = group.cues[-1].text.lower().split()[-2:]  # the object in the cue: "withdrawn that offer"
    after = lowers(s.span.doc)[group.end : min(s.span.end, group.end + 2)]
    return any(
        len(words) == 2 and words[0] in OFFER_POINTERS and words[1] in OFFERS_MADE
        for words in (own, after)
    )


OFFER_POINTERS = frozenset("that this the".split())
"""Words before an offer noun that point back to the offer named before
(not "its", as in "will keep paying its share")."""

OFFERS_MADE = frozenset("offer offers pledge pledges".split())
"""Nouns for an offer made before, which a stance withdraws or renews."""


def _deal_financed(group: Group, s: Sentence, context: Context) -> tuple[Category, ...]:
    """ "have agreed to pool 1.3 billion euros to buy shells. Six allies will
    finance the joint order": a deal named as the object of a payment is the
    equipment the sentence before named (ANNOTATION.md)."""
    return _bought_just_before(context, s.number) if _deal_at(group.end, s) else ()


def _deal_at(start: int, s: Sentence) -> bool:
    """Whether a deal named with "the", "this" or "that" begins at ``start``."""
    low = lowers(s.span.doc)
    after = low[start : min(start + DEAL_REACH, s.span.end)]
    if after[:1] not in (["the"], ["this"], ["that"]):
        return False
    head = next((i for i, w in enumerate(after) if w in CLAUSE_END or w in DEALS), -1)
    return head >= 0 and after[head] in DEALS


def _funding_a_deal(scope: Sequence[tuple[Cue, bool]], s: Sentence) -> bool:
    """ "have jointly committed to fund this sale": the only kind named is a
    verb of funding whose object is a deal named before."""
    if len(scope) != 1:
        return False
    cue = scope[0][0]
    return cue.text.lower().startswith(FINANCING_VERBS) and _deal_at(cue.end, s)


def _general_object_between(group: Group, s: Sentence, context: Context) -> str:
    """ "will back the package and will not block it": a general noun whose
    kind was named before (``Context.named``) and that is the object of an
    earlier verb of the group; "" if none."""
    low = lowers(s.span.doc)
    inside = [w for a, b in pairwise(group.cues) for w in low[a.end : b.start]]
    return next((w for w in reversed(inside) if w in context.named), "")


SUMMING_NOUNS = frozenset(
    "decision move step plan deal measure agreement pledge offer announcement proposal "
    "initiative scheme".split()
)
"""Nouns that, set off after a clause (", a move that Moscow called"),
stand for what that clause says was done."""

SUMMING_REACH = 12
"""Tokens from a summing noun to the stance of the clause it opens."""


def _summed_up(group: Group, s: Sentence, cats: Sequence[Cue]) -> list[Cue]:
    """ "The EU is lending Kiev 90 billion euros, a decision that the Kremlin
    has called an attempt to prolong the conflict": a stance in a clause
    hung on ", a decision (that)" after another clause, naming no kind of
    its own, is about the kinds of the clause before the comma."""
    doc = s.span.doc
    low = lowers(doc)
    start = max(s.span.start, group.start - SUMMING_REACH)
    commas = [i for i in range(start, group.start - 2) if low[i] == ","]
    if not commas:
        return []
    comma = commas[-1]
    if low[comma + 1] not in ("a", "the") or low[comma + 2] not in SUMMING_NOUNS:
        return []
    if any(w in CLAUSE_END for w in low[comma + 1 : group.start]):
        return []
    clause = max(
        (i for i in range(s.span.start, comma) if low[i] in CLAUSE_END), default=s.span.start
    )
    return [c for c in cats if clause <= c.start and c.end <= comma][-1:]


def _asked_about(context: Context, number: int) -> bool:
    """Whether sentence ``number`` answers a question just put."""
    question, asked = context.asked
    return bool(asked) and 0 < number - question <= ANSWER_REACH


NARROW_TOPICS = frozenset([Category.WEAPONS_EQUIPMENT, Category.ISR, Category.LOGISTICS])
"""Kinds too narrow to be what a stance naming none is about, unless a
question just asked for it or the stance objects ("Moscow denounced the
agreement"): over the studied corpora the context's topic was right for
them 13 times in 40 for equipment, 2 in 9 for intelligence and 1 in 7
for logistics, objections aside (money, troops, sanctions and training
were right more often than wrong)."""


def _selling(group: Group) -> bool:
    return _stems(group, ("sell", "sold"))


PEOPLE = frozenset(["personnel", "contingent", "contingents"])
"""Ground-forces cues that only count people ("personnel", "their contingents"):
what they do is the topic."""

PEACEMAKING = frozenset(
    "peace peaceful talks negotiations negotiated dialogue diplomacy diplomatic settlement "
    "mediation mediate mediating mediator".split()
)
"""Words that make what a stance backs a way to end the war, not a kind of
support: "supports every initiative that leads to peace"."""

PEACEMAKING_REACH = 8
"""Tokens after a stance read for PEACEMAKING words."""


def _peacemaking(group: Group, s: Sentence) -> bool:
    """An elliptic stance whose object is peacemaking ("efforts towards a
    negotiated settlement", "every initiative that leads to peace")."""
    doc = s.span.doc
    start = group.end
    low = lowers(doc)
    if start < s.span.end and low[start] == ",":  # "has offered, with China, to help mediate"
        start = next((i + 1 for i in range(start + 1, s.span.end) if low[i] == ","), start)
    limit = min(s.span.end, start + PEACEMAKING_REACH)
    opening = start < limit and orths(doc)[start] in QUOTES  # the object may be quoted
    end = clause_end(doc, start + opening, limit)
    if start + opening < end and low[start + opening] in WAITING_FOR:
        return False  # "would decide 'after the Riyadh talks'": when, not what
    return any(w in PEACEMAKING for w in low[start:end])


WAITING_FOR = frozenset("after until till before once".split())
"""Words that, right after a stance, make the talks after them a time."""


OTHER_REACH = 5
"""Tokens after a stance in which "other" makes its object some other kind
than the topic ("did not rule out help of other kinds")."""


FINANCING_VERBS = ("fund", "financ", "bankroll", "co-financ", "co-fund")
"""Verbs that name money as the kind given, when nothing else is named."""


def _financing_verb(group: Group, s: Sentence) -> bool:
    """A verb of funding, not a noun before an office ("G7 finance ministers")."""
    after = lowers(s.span.doc)[group.end : group.end + 1]
    if after and after[0].startswith(FUNDED_FROM):
        return False  # nor a participle with its agent or source: "financed from its own budget"
    words = [w for c in group.cues for w in c.text.lower().split()]
    if after in (["into"], ["in"]) and words[-1] in PAYING:  # "will not pay into the scheme"
        return True
    return any(w.startswith(FINANCING_VERBS) for w in words)


PAYING = frozenset("pay pays paid paying".split())

FUNDED_FROM = ("minist", "committee", "director", "chief", "office", "by", "from", "out", "through")
"""Words after a verb of funding that make it no pledge: an office ("finance
ministers") or where the money comes from ("financed from its own budget")."""


OWN_GROUND = frozenset("territory airspace soil ports roads railways".split())
"""What a state lets others' supplies pass through: refusing to let them
cross "its territory" withholds its own logistics."""


def _through_own_ground(group: Group, s: Sentence) -> bool:
    """ "refuses to let weapons for Ukraine cross its territory": a refusal
    to let others pass through one's own ground is declining to help carry
    them, not objecting to others' help."""
    low = lowers(s.span.doc)
    end = clause_end(s.span.doc, group.end, s.span.end)
    return any(
        low[i] in ("its", "their") and low[i + 1] in OWN_GROUND for i in range(group.end, end - 1)
    )


JOINT = frozenset([Category.SANCTIONS, Category.FINANCING])
"""Kinds that allies adopt together (a sanctions package, a joint loan):
withholding consent blocks them (ANNOTATION.md: a veto is opposed)."""


def _refuses_to_let_others(group: Group, s: Sentence, actors: Collection[str]) -> bool:
    """ "will not allow the EU to send soldiers": the stance ends on "allow"
    and another actor's infinitive follows (not "neutrality did not allow
    Vienna to pay": its own)."""
    low = lowers(s.span.doc)
    if low[group.end - 1] not in ALLOWING:
        return False
    for k in range(group.end, min(s.span.end - 1, group.end + OTHER_ALLOWED_REACH)):
        allowed = _allowed_other(k + 1, s) if low[k] == "to" else None
        if allowed is not None and allowed[0] == group.end - 1:
            return allowed[1].actor not in actors
    return False


OTHER_ALLOWED_REACH = 8
"""Tokens from "allow" to the "to" after the actor allowed ("the European Union to")."""


def _consent(group: Group, an: Analyzer, doc: Doc) -> bool:
    """Whether the stance is about consent: "will not approve", "refused its consent"."""
    words = an.lexicon["consent_words"]
    texts = [f" {c.text.lower()} " for c in group.cues]  # "sign off on": a phrase inside
    if any(f" {w} " in text for text in texts for w in words):
        return True
    after = lowers(doc)[group.end : group.end + 2]
    # "give its backing", "refused to support"; not "give budget support"
    if after[:1] and (after[0] in DETERMINERS or after[0] == "to"):
        after = after[1:]
    return bool(after) and after[0] in words


HABITUAL = frozenset("normally usually typically traditionally generally routinely often".split())
"""Adverbs that make a stance a habit, not a pledge: "which normally adopts EU measures"."""


def _habitual(group: Group, s: Sentence) -> bool:
    doc = s.span.doc
    return any(t.lower_ in HABITUAL for t in doc[max(s.span.start, group.start - 2) : group.start])


OWNABLE = frozenset([Category.FINANCING.value, Category.SANCTIONS.value])


OWNED_NOUNS = frozenset(
    "loan loans grant grants funding aid package packages tranche "
    "contribution contributions".split()
)
"""Money words that, owned ("the EU's €90 billion loan", "grants from Japan
and Norway"), state a contribution the owner makes."""


UNSURE = frozenset(
    "planned proposed possible potential mooted future hoped-for next upcoming".split()
)
"""Before owned money, words that make it not yet given: "the EU's planned loan"."""


SUPPORT_WORDS = frozenset(["support", "assistance", "aid"])
"""Vague support that, owned and given as a sum, is money."""


OWNED_REACH = 5
"""Tokens between an owner's "'s" and the money word: "the EU's €90 billion loan"."""


OwnerReading = tuple[list[str], Cue, str]
"""Whose a kind is (actor ids), the kind's cue, and the words that say so."""


def _owned(
    s: Sentence, an: Analyzer, day: date | None, elsewhere: Sequence[OwnerReading]
) -> list[OwnerReading]:
    """Money named as someone's in a sentence with no stance of its own on it:
    "the European Union's €90 billion loan", "grants from Japan and Norway";
    with ``elsewhere``, the sentence's :func:`_owners_elsewhere`, read once
    per sentence by the caller."""
    doc = s.span.doc
    found = []
    for cue in s.of("category"):
        words = cue.text.lower().split()
        if cue.label == Category.SECURITY_GUARANTEE.value and words[-1] in SUPPORT_WORDS:
            sum_after = MONEY.search(text_of(doc[cue.end : min(s.span.end, cue.end + 6)]))
            if sum_after is None:
                continue  # "The UK's military support to Ukraine of £4.5 billion": money
            cue = Cue("category", Category.FINANCING.value, cue.start, cue.end, cue.text)
        elif not _ownable(cue, words[-1]):
            if cue.label == Category.FINANCING.value and words[-1] in SOURCED_NOUNS:
                found += _came_from(cue, s, an, day)  # "New money ... came from Canada"
            continue
        found += _came_from(cue, s, an, day)
        for a_index, a in enumerate(s.actors):
            after = a.end < len(doc) and doc[a.end].lower_ in POSSESSIVES
            if after and _followed(a, doc):
                continue  # "Iceland aligns itself with the European Union's sanctions"
            if after and 0 <= cue.start - a.end - 1 <= OWNED_REACH:
                gap = doc[a.end + 1 : cue.start]  # "€90 billion", "19th", "new": no "price for"
                if not any(_breaks_ownership(t) for t in gap):
                    chain = coordinated(s.actors, a_index, doc)
                    found.append((resolve(chain, an, day), cue, f"'{_chain_text(doc, chain)}'s'"))
            elif (given := _given_from(cue, a_index, s, an, day)) is not None:
                found.append(given)  # "grants from Japan and Norway"
    return [*found, *elsewhere, *_commanders(s, an, day)]


def _owners_elsewhere(s: Sentence, an: Analyzer, day: date | None) -> list[OwnerReading]:
    """Owners that words around a kind name ("€20 million from Oslo",
    "bought for Ukraine by Berlin", "instructors from Germany"): whether a
    sentence with no stance is read at all depends on them, so they are read
    once, before it."""
    if not s.actors:
        return []
    return [
        *_owned_sums(s, an, day),
        *_owned_for(s, an, day),
        *_delivered_by(s, an, day),
        *_trainers(s, an, day),
    ]


def _given_from(
    cue: Cue, index: int, s: Sentence, an: Analyzer, day: date | None
) -> OwnerReading | None:
    """The actors listed from ``s.actors[index]`` when that list stands right
    after "from" after a cue ("grants from Japan and Norway", "instructors
    from Germany, Sweden and Norway"): whose the cue is."""
    doc = s.span.doc
    a = s.actors[index]
    if cue.end >= s.span.end or doc[cue.end].lower_ != "from" or a.start != cue.end + 1:
        return None
    chain = coordinated(s.actors, index, doc)
    return (resolve(chain, an, day), cue, f"'from {_chain_text(doc, chain)}'")


TRAINER_NOUNS = frozenset("instructors trainers instructor trainer".split())
"""Training cues that name the people who train, whom a state can own."""


def _trainers(s: Sentence, an: Analyzer, day: date | None) -> list[OwnerReading]:
    """Trainers named as a state's in a sentence that says nothing doubtful
    of them: "with instructors from Germany, Sweden and Norway", "Dutch
    instructors ran the Patriot course". Not where a stance other than a
    commitment, or a negation, is stated ("could send Dutch instructors")."""
    if s.of("negations") or any(c.label != Status.COMMITTED.value for c in s.of("status")):
        return []
    doc, low = s.span.doc, lowers(s.span.doc)
    found = []
    for cue in s.of("category"):
        if cue.label != Category.TRAINING.value or low[cue.end - 1] not in TRAINER_NOUNS:
            continue
        for index, a in enumerate(s.actors):
            if a.actor in AGGRESSORS or a.actor == BENEFICIARY or a.weak or a.rule == "group":
                continue  # not "instructors from eleven nations"
            # "Italian and French instructors": a list of demonyms right before them
            chain = coordinated(s.actors, index, doc) if a.rule == "demonym" else []
            if chain and chain[0] is a and chain[-1].end == cue.start:
                found.append((resolve(chain, an, day), cue, f"'{_chain_text(doc, chain)}'"))
            elif (given := _given_from(cue, index, s, an, day)) is not None:
                found.append(given)
    return found


CAME = frozenset(["came", "comes"])  # not "would have to come from": a hope

CAME_REACH = 12
"""Tokens from money named to the "came from" that says whose it is."""


SOURCED_NOUNS = frozenset("money cash funds".split())
"""Money words no one owns by name ("Norway's money" is no pledge) but that
can come from someone."""


def _came_from(cue: Cue, s: Sentence, an: Analyzer, day: date | None) -> list[OwnerReading]:
    """ "New money for the purchase list came from Canada, Denmark and
    Norway": money that came from states is theirs, when it is the subject
    of "came" (named before it, in the same clause)."""
    doc, low = s.span.doc, lowers(s.span.doc)
    for index, a in enumerate(s.actors):
        verb = a.start - 2
        if verb <= cue.end or low[a.start - 1] != "from" or low[verb] not in CAME:
            continue
        between = low[cue.end : verb]
        if len(between) > CAME_REACH or any(
            w in CLAUSE_END or w in CLAUSE_OPENERS for w in between
        ):
            return []
        chain = coordinated(s.actors, index, doc)
        return [
            (resolve(chain, an, day), cue, f"'{doc[verb].text} from {_chain_text(doc, chain)}'")
        ]
    return []


FOLLOWING = ("align", "appl", "implement", "adopt", "join", "transpos", "follow")
"""Stems of taking over another's measures: "aligns with the EU's sanctions"."""

FOLLOWED_REACH = 4
"""Tokens from such a verb to the owner named after it ("aligns itself with the")."""


def _followed(owner: ActorSpan, doc: Doc) -> bool:
    """Whether the owner's measures are named as what another takes over:
    "Iceland aligns itself with the European Union's sanctions", "does not
    apply the EU's sanctions": the owner states nothing there."""
    low = lowers(doc)
    return any(
        w.startswith(FOLLOWING) for w in low[max(0, owner.start - FOLLOWED_REACH) : owner.start]
    )


def _owned_sums(s: Sentence, an: Analyzer, day: date | None) -> list[OwnerReading]:
    """A sum named as someone's, before a money word that is no kind of its
    own: "Norway's NOK 5 billion package", "Canada's C$200 million contribution"."""
    doc, low = s.span.doc, lowers(s.span.doc)
    cues = {i for c in s.of("category") for i in range(c.start, c.end)}
    found = []
    for a_index, a in enumerate(s.actors):
        if a.end >= s.span.end or low[a.end] not in POSSESSIVES:
            continue
        stated = _share_is(s, a.end + 1)
        if stated is not None:  # "Japan's share is about $3 billion"
            chain = coordinated(s.actors, a_index, doc)
            found.append((resolve(chain, an, day), stated, f"'{_chain_text(doc, chain)}'s'"))
            continue
        bare = _bare_sum(s, a.end + 1)
        if bare is not None:  # "Sweden's SEK 40 billion for 2026", "Britain's £3 billion a year"
            chain = coordinated(s.actors, a_index, doc)
            found.append((resolve(chain, an, day), bare, f"'{_chain_text(doc, chain)}'s'"))
            continue
        for k in range(a.end + 2, min(s.span.end, a.end + 2 + OWNED_REACH)):
            if k in cues or _breaks_ownership(doc[k]):
                break
            if low[k] in OWNED_NOUNS and MONEY.search(text_of(doc[a.end + 1 : k])):
                chain = coordinated(s.actors, a_index, doc)
                cue = Cue("category", Category.FINANCING.value, a.end + 1, k + 1, doc[k].text)
                found.append((resolve(chain, an, day), cue, f"'{_chain_text(doc, chain)}'s'"))
                break
    return found


SUM_FOLLOWERS = frozenset("for a per each this".split())
"""Words right after a sum owned with no money noun that make the sum the
thing owned ("Sweden's SEK 40 billion for 2026", "£3 billion a year")."""


def _bare_sum(s: Sentence, at: int) -> Cue | None:
    """A sum right after a possessive, with no money noun after it, as the
    money owned: "Sweden's SEK 40 billion for 2026"."""
    doc, low = s.span.doc, lowers(s.span.doc)
    end = next(
        (
            k
            for k in range(min(s.span.end, at + OWNED_REACH), at, -1)
            if MONEY.fullmatch(text_of(doc[at:k]))
        ),
        None,
    )
    if end is None or end >= s.span.end or low[end] not in SUM_FOLLOWERS:
        return None
    return Cue("category", Category.FINANCING.value, at, end, text_of(doc[at:end]))


SHARE_NOUNS = frozenset("share contribution part".split())
"""Nouns of one's part that a sum may be stated of ("Japan's share is $3 billion")."""

STATING = APPROXIMATING | frozenset("is was will would be amounts to comes".split())
"""Words between such a noun and the sum stated of it."""


def _share_is(s: Sentence, at: int) -> Cue | None:
    """A sum stated of a share named at ``at``: "share is about $3 billion",
    "contribution will be €500 million"."""
    doc, low = s.span.doc, lowers(s.span.doc)
    if at >= s.span.end or low[at] not in SHARE_NOUNS:
        return None
    k = at + 1
    while k < s.span.end and low[k] in STATING:
        k += 1
    if k == at + 1:
        return None
    end = min(s.span.end, k + 4)
    found = MONEY.match(text_of(doc[k:end]))
    if found is None:
        return None
    return Cue("category", Category.FINANCING.value, at, at + 1, doc[at].text)


RANKS = frozenset("general admiral commander deputy".split())
"""Posts of a command whose holder's nationality gives that state a part in it."""

RANK_ADJECTIVES = frozenset("one two three four star - senior lieutenant".split())
"""Words between a nationality and its rank: "a British three-star general"."""

COMMAND_WORDS = frozenset("commanded command led headed headquarters run".split())
"""Words that make a sentence about a command, where a rank holds a post of it."""


def _commanders(s: Sentence, an: Analyzer, day: date | None) -> list[OwnerReading]:
    """ "a headquarters led by a British three-star general with a French
    deputy", "commanded by a French general": a state whose officer holds a
    post of the command takes part in commanding."""
    doc = s.span.doc
    low = lowers(doc)
    if not COMMAND_WORDS.intersection(low[s.span.start : s.span.end]):
        return []
    found = []
    for a in s.actors:
        if a.rule != "demonym" or a.kind != "state" or low[a.start - 1] not in ("a", "an"):
            continue
        i = a.end
        while i < s.span.end and low[i] in RANK_ADJECTIVES:
            i += 1
        if i < s.span.end and low[i] in RANKS:
            cue = Cue(
                "category",
                Category.COMMAND_CONTROL.value,
                a.start,
                i + 1,
                text_of(doc[a.start : i + 1]),
            )
            found.append((resolve([a], an, day), cue, f"'{cue.text}' holds a post"))
    return found


DELIVERY_NOUNS = frozenset(
    "delivery deliveries supply transfer transfers shipment shipments donation donations".split()
)
"""Nouns of a handing over whose agent ("by Berlin") gave what follows "of"."""

DELIVERY_REACH = 8
"""Tokens between the agent and the kind handed over."""


def _delivered_by(s: Sentence, an: Analyzer, day: date | None) -> list[OwnerReading]:
    """ "the delivery by Berlin of a further pair of Patriot systems", "the
    transfer of F-16s by Norway": a handing over told as a noun, with its agent."""
    doc, low = s.span.doc, lowers(s.span.doc)
    agents = [
        (i, a)
        for i, a in enumerate(s.actors)
        if a.start - 2 >= s.span.start and low[a.start - 1] == "by"
    ]
    if not agents:
        return []
    cats = _drop_generic_heads(s)
    predicates = an.lexicon["predicates"]
    judged = [c.start for c in s.of("status") if c.text.lower() in predicates]
    found = []
    for a_index, a in agents:
        if any(at > a.end for at in judged):
            continue  # "the supply of weapons by Seoul would be a red line": no delivery told
        kind = None
        if low[a.start - 2] in DELIVERY_NOUNS and a.end < s.span.end and low[a.end] == "of":
            kind = next((c for c in cats if a.end < c.start <= a.end + DELIVERY_REACH), None)
        else:  # "the transfer of F-16s by Norway"
            start = max(s.span.start, a.start - DELIVERY_REACH)
            noun = next(
                (i for i in range(a.start - 2, start - 1, -1) if low[i] in DELIVERY_NOUNS), None
            )
            if noun is not None and low[noun + 1] == "of":
                kind = next((c for c in cats if noun + 1 < c.start and c.end < a.start), None)
                between = low[kind.end : a.start - 1] if kind is not None else []
                if len(between) > 1 or any(w.endswith("ed") for w in between):
                    kind = None  # "deliveries of Patriots bought by allies": the buyers'
        if kind is not None and kind.label != Category.SECURITY_GUARANTEE.value:
            chain = coordinated(s.actors, a_index, doc)
            found.append((resolve(chain, an, day), kind, f"'by {_chain_text(doc, chain)}'"))
    return found


OWNED_FOR = frozenset("to for towards".split())


def _owned_for(s: Sentence, an: Analyzer, day: date | None) -> list[OwnerReading]:
    """A gift named as someone's, with what it is for after it: "Norway's new
    NOK 3 billion contribution to the NATO-run purchase list", "Berlin's
    package for air defence"."""
    doc, low = s.span.doc, lowers(s.span.doc)
    cats = {c.start: c for c in s.of("category")}
    found = []
    for a_index, a in enumerate(s.actors):
        if a.end >= s.span.end or low[a.end] not in POSSESSIVES:
            continue
        for i in range(a.end + 1, min(s.span.end - 2, a.end + 2 + OWNED_REACH)):
            if _breaks_ownership(doc[i]) or i in cats:
                break
            if low[i] not in OWNED_NOUNS or low[i + 1] not in OWNED_FOR:
                continue
            at = i + 2 + (low[i + 2] in ("the", "a", "its", "their"))
            if at in cats:
                chain = coordinated(s.actors, a_index, doc)
                owner = f"'{_chain_text(doc, chain)}'s {doc[i].text} {low[i + 1]}'"
                found.append((resolve(chain, an, day), cats[at], owner))
            break
    return found


def _may_be_owned(cue: Cue) -> bool:
    """Whether a kind may be read as someone's with no stance of its own:
    money, sanctions, vague support, a package of arms."""
    head = cue.text.lower().split()[-1]
    return cue.label in OWNABLE or head in SUPPORT_WORDS or _ownable(cue, head)


def _ownable(cue: Cue, head: str) -> bool:
    """Money words (a loan, grants), any sanctions word and a package of
    arms can be owned, but not a trade sanctions would stop ("New Delhi's
    purchases of Russian oil")."""
    if cue.label == Category.SANCTIONS.value:
        return cue.text.lower().split()[0] not in TRADE_WORDS
    if cue.label == Category.WEAPONS_EQUIPMENT.value:  # "Sweden's 21st military support
        return head in ("package", "packages")  # package": the equipment in it
    return cue.label in OWNABLE and head in OWNED_NOUNS


TRADE_WORDS = frozenset("imports purchases buying".split())
"""Sanctions cues that name the trade itself: owned, it is the buyer's, no sanction."""


def _breaks_ownership(t: Token) -> bool:
    """A word between "X's" and the money that makes the money not X's
    offer: a preposition ("X's price for the loan", but "X's $50 billion in
    loans"), a list break, or a word of doubt."""
    if t.lower_ in LIST_BREAKS or t.lower_ in UNSURE:
        return True
    sum_before = t.i > 0 and (t.doc[t.i - 1].like_num or t.doc[t.i - 1].lower_ in SUM_WORDS)
    return t.lower_ in SKIP_PREPOSITIONS and not (t.lower_ in ("in", "of") and sum_before)


SUM_WORDS = frozenset("million billion trillion bn m".split())

SUM_TOKENS = SUM_WORDS | CURRENCY_WORDS
"""Words a sum may be written with ("20 million euros")."""


def _chain_text(doc: Doc, chain: Sequence[ActorSpan]) -> str:
    return doc[chain[0].start : chain[-1].end].text


CHANNEL_REACH = 4
"""Tokens from "through" to the scheme it names ("through NATO's trust fund")."""


def _channel(cue: Cue, doc: Doc) -> bool:
    """A scheme named as the way something is given ("keep weapons flowing
    through the PURL arrangement"): the channel, not what is given."""
    if cue.label != Category.FINANCING.value or not _scheme(cue, doc):
        return False
    low = lowers(doc)
    for i in range(max(0, cue.start - CHANNEL_REACH), cue.start):
        if low[i] in ("through", "via"):
            return True  # "would keep selling weapons for Ukraine through PURL"
        if low[i] == "under" and SALES.intersection(low[max(0, i - SALES_REACH) : i]):
            return True  # "the supply of weapons under the PURL mechanism": the seller's
    return False


SALES = frozenset("sale sales sell sells selling sold supply supplies deliveries".split())
"""Words of selling or supplying before "under" a scheme: the scheme is the
channel of the sale, and the seller gives what is sold, not money."""

SALES_REACH = 7
"""Tokens before "under" in which a word of selling may stand."""


ASK_REACH = 8
"""Tokens between "asked" and its "whether": "was asked by a Ukrainian reporter whether"."""


RUMOUR_WORDS = frozenset(
    "rumour rumours rumor rumors speculation speculated suggested alleged allegations "
    "allegation claimed claims claiming recommend recommends recommended recommending estimate "
    "estimates estimated predict predicts predicted forecast forecasts assume assumes "
    "accusation accusations".split()
)
"""Before a "that" clause, words that make it hearsay or someone's analysis:
"suggested that China could contribute", "rumours that Spain will send a
battalion", "the report recommends that the United States provide", "the
authors estimate that Britain could sustain"."""

RUMOUR_REACH = 10
"""Tokens from "a report" or a RUMOUR_WORDS word to its "that"."""

BE = frozenset("is are was were been".split())


NOUN_USES = frozenset(["host", "hosts"])
"""Stance words that are nouns after an article: "the host, Italy,"."""


OFFICES_AFTER = ("minist", "committee", "director", "chief", "secretar", "department")
"""Words after a stance's word that make it the name of an office: "EU
finance ministers agreed"."""


def _noun_use(cue: Cue, doc: Doc) -> bool:
    """ "The host, Italy, repeated that ...", "EU finance ministers agreed":
    a stance's word used as a noun."""
    low = lowers(doc)
    if cue.end - cue.start == 1 and cue.end < len(doc) and low[cue.end].startswith(OFFICES_AFTER):
        return True
    if cue.start == 0:
        return False
    word = cue.text.lower()
    if word in NOUN_BEFORE:  # "medical supplies", "apartment blocks", "arms transfers"
        ends = cue.end >= len(doc) or low[cue.end] in CLAUSE_END  # "vehicles and supplies."
        return low[cue.start - 1] in NOUN_BEFORE[word] or (word == "supplies" and ends)
    if word == "shares" and cue.end < len(doc):  # "Rheinmetall shares rose 3%"
        return low[cue.end] in MARKET_MOVES
    if word.endswith("ed") and _asking_next(cue.end, doc):
        return True  # "despite renewed (Ukrainian) requests from Kyiv": an adjective, no stance
    if word.endswith("ed") and " " not in word and _hyphen_compound(cue.start, doc):
        return True  # "any SAFE-financed weapons", "state-funded": part of a modifier
    if (  # "the movement of donated equipment"
        word.endswith("ed")
        and " " not in word
        and low[cue.start - 1] in PARTICIPLE_BEFORE
        and _kind_noun_next(cue, doc)
    ):
        return True
    return word in NOUN_USES and low[cue.start - 1] in ("the", "a", "an")


def _asking_next(at: int, doc: Doc) -> bool:
    """Whether a noun of asking starts at token ``at``, or follows one
    capitalised adjective there ("Ukrainian requests", "US calls")."""
    low = lowers(doc)
    if at < len(doc) and low[at] in ASKING_NOUNS:
        return True
    return at + 1 < len(doc) and doc[at].text[:1].isupper() and low[at + 1] in ASKING_NOUNS


def _hyphen_compound(at: int, doc: Doc) -> bool:
    """Whether token ``at`` is joined by a hyphen, without spaces, to the
    word before it ("SAFE-financed", "Ukrainian-made")."""
    return (
        at >= 2
        and doc[at - 1].text == "-"
        and not doc[at - 1].whitespace_
        and not doc[at - 2].whitespace_
    )


PARTICIPLE_BEFORE = frozenset("of the its their his her our a an".split())
"""Words before a past participle that make it an adjective of the noun after
it ("the movement of donated equipment")."""


def _kind_noun_next(cue: Cue, doc: Doc) -> bool:
    """Whether a word of equipment, forces or money follows the cue."""
    return cue.end < len(doc) and doc[cue.end].lower_ in KIND_NOUNS


KIND_NOUNS = frozenset(
    "equipment weapons arms vehicles tanks troops forces soldiers aircraft jets ships funds "
    "money budget loan loans aid assistance support ammunition shells missiles systems "
    "batteries launchers interceptors drones helicopters guns vessels warships".split()
)
"""Nouns a participle may qualify ("donated equipment", "pledged funds")."""

ASKING_NOUNS = frozenset(
    "requests request calls call appeals appeal demands demand pleas plea pressure".split()
)
"""Nouns of asking that make a stance's past participle before them an adjective."""

SUPPLIES_NOUN_BEFORE = frozenset(
    "the a an of its their our these those move moving moved transport transporting carry "
    "carrying bring bringing medical military humanitarian essential basic vital winter fuel "
    "food critical interrupt interrupting disrupt disrupting halt halting stop stopping delay "
    "delaying affect affecting".split()
)
"""Words after which "supplies" is a noun, not the verb of a stance."""

BLOCKS_NOUN_BEFORE = frozenset(
    "the a an apartment apartments residential housing tower office city concrete building "
    "cell ice starting".split()
)
"""Words after which "blocks" is a noun, not the verb of a stance."""

TRANSFERS_NOUN_BEFORE = frozenset(
    "the a an its their our of on arms weapons weapon technology equipment military cash "
    "money budget further future such these those".split()
)
"""Words after which "transfers" is a noun, not the verb of a stance."""

VETOES_NOUN_BEFORE = frozenset(
    "the a an its their our his her of on repeated repeatedly threatened threatening "
    "threaten threatens used using use uses previous past earlier several many two three "
    "further future such these those".split()
)
"""Words after which "vetoes" is a noun, not the verb of a stance."""

STUDIES_NOUN_BEFORE = frozenset(
    "the a an its their his her of for international strategic security defence defense "
    "policy peace war regional area european eastern feasibility further case".split()
)
"""Words after which "studies" is a noun ("an institute of international
studies"), not the verb of considering."""

FINANCE_NOUN_BEFORE = frozenset(
    "the a an its their our of international public private global corporate personal "
    "european development climate trade islamic sustainable".split()
)
"""Words after which "finance" is a noun ("the principles of international
finance", "ministry of finance"), not the verb of paying."""

NOUN_BEFORE = {
    "finance": FINANCE_NOUN_BEFORE,
    "supplies": SUPPLIES_NOUN_BEFORE | COMMODITIES,  # "gas supplies"
    "studies": STUDIES_NOUN_BEFORE,  # "the Centre for Strategic Studies"
    "vetoes": VETOES_NOUN_BEFORE,  # "has often threatened vetoes"
    "supply": COMMODITIES,
    "blocks": BLOCKS_NOUN_BEFORE,
    "transfers": TRANSFERS_NOUN_BEFORE,
}
"""Stance words that are nouns after one of the words listed for them."""

MARKET_MOVES = frozenset(
    "rose rise rises climb climbs climbed fell fall falls jump jumps jumped gain gains gained "
    "slid slide slides slump slumps slumped drop drops dropped surge surges surged tumble "
    "tumbles tumbled soar soars soared sank sink sinks closed ended traded were are".split()
)
"""Words after which "shares" are stock, not the verb of sharing."""


def _rumoured(group: Group, s: Sentence) -> bool:
    """A stance in a "that" clause of hearsay: "a report in a Tokyo daily
    that the government was preparing to ...", "officials have suggested
    that China could". (What an outlet reports under its name, "The Times
    reported that ...", and "there are reports that ..." stay.)"""
    low = lowers(s.span.doc)
    start = s.span.start
    that = next(
        (i for i in range(group.start - 1, start - 1, -1) if low[i] == "that" or low[i] in ";:"),
        -1,
    )
    if that < 0 or low[that] != "that":
        return False
    if any(that < c.start < group.start for c in s.of("speech_verbs")):
        return False  # "Regarding reports that ..., the minister said, X does not": the speaker's
    before = low[max(start, that - RUMOUR_REACH) : that]
    if RUMOUR_WORDS.intersection(before):
        return True
    if any(
        w == "claim" and (not i or before[i - 1] not in DETERMINERS) for i, w in enumerate(before)
    ):
        return True  # "Captions claim that the Bundeswehr ...", not "the claim was false and that"
    if CLAIM_NOUNS.intersection(before) and DISMISSALS.intersection(low[group.end : s.span.end]):
        return True  # "called a tabloid's report that Germany had decided ... 'simply wrong'"
    opens = that - len(before) == start  # "Reports in 2023 that ...": the sentence's subject
    return any(  # "a report": one unnamed account ("The Times reported that ..." stays)
        (word == "report" and i > 0 and before[i - 1] in ("a", "one", "an"))
        or (word == "reports" and ((i == 0 and opens) or (i > 0 and before[i - 1] in UNNAMED)))
        for i, word in enumerate(before)
    )


CLAIM_NOUNS = frozenset("report reports claim claims allegation allegations story".split())
"""Nouns for an account whose "that" clause a sentence may go on to dismiss."""

DISMISSALS = frozenset(
    "wrong false untrue fake nonsense baseless fabricated fiction misleading disinformation".split()
)
"""Words that dismiss an account as untrue ("The claim that ... is FALSE")."""


UNNAMED = frozenset("unconfirmed media press earlier local some several".split())
"""Words before "reports" that leave the reporter unnamed: "unconfirmed reports that"."""


OPEN_QUESTIONS = frozenset("say tell know unclear clear question wonder".split())
"""Before "whether", words that make what follows an open question:
"declined to say whether American aircraft would fly"."""


def _whether_or_aside(low: Sequence[str], at: int, stop: int) -> bool:
    """ ", whether directly or through third countries,": an aside of
    alternatives set off by commas, whatever the way (no question asked)."""
    if at < 1 or low[at - 1] != ",":
        return False
    close = next((j for j in range(at + 1, stop) if low[j] == ","), -1)
    return close > 0 and "or" in low[at + 1 : close]


def _asked(group: Group, s: Sentence) -> bool:
    """A stance inside a reported question ("Asked whether Washington would
    supply Tomahawks, ...") is what was asked, not what was said."""
    low = lowers(s.span.doc)
    start = s.span.start
    speech = {c.start for c in s.of("speech_verbs")}
    for i in range(group.start - 1, start - 1, -1):
        word = low[i]
        if word in (";", ":") or word in QUOTES:
            return False
        if word == "that" and i > start and (low[i - 1].endswith("ed") or said_that(s, i)):
            return False  # "asked whether ..., repeated that Belgium would": the answer
        if i in speech and i > start and low[i - 1] != "to":
            return False  # "Asked whether ..., a spokesman said Polish aircraft would not"
        if word == "whether" and not _whether_or_aside(low, i, group.start):
            return True  # "has not decided whether German soldiers will go"
        if word == "how" and i + 1 < group.start and low[i + 1] in HOW_QUESTIONS:
            return True  # "a debate over how far Sweden should go in committing forces"
        if word == "if" and low[i + 1] != "any":  # "how many aircraft, if any, it will offer"
            before = low[max(start, i - ASK_REACH) : i]
            return any(w.startswith("ask") or w in OPEN_QUESTIONS for w in before)
        if word == "what" and any(
            w.startswith("ask") for w in low[max(start, i - ASK_REACH) : i]
        ):  # "asked what military support the Government would provide"
            return True
        if word == "which" and i > start + 1 and _which_asks(low, i, start):
            return True  # "no decision has been taken on which aircraft Denmark would assign"
    return False


def _undecided_questions(groups: Sequence[Group], s: Sentence) -> dict[Group, Group]:
    """Stances asked about in a question that a decision without a subject
    leaves open, each with that decision: "No decision has been taken on
    whether Germany will send troops", "Whether Stockholm will hand over
    Gripens has not been decided": Germany and Sweden are considering."""
    named = {i for a in s.actors if a.actor != BENEFICIARY for i in range(a.start, a.end)}
    low = lowers(s.span.doc)
    start = s.span.start
    found = {}
    for decision, asked in pairwise(groups):  # "No decision has been taken on whether ..."
        opener = next(
            (i for i in range(decision.end, asked.start) if low[i] in ("whether", "which")), -1
        )
        if (
            0 <= opener - decision.end <= DECISION_REACH
            and not {"and", "but", ";"}.intersection(low[decision.end : opener])
            and not named.intersection(range(start, decision.start))
            and named.intersection(range(opener, asked.start))
        ):
            found[asked] = decision
    for asked, decision in pairwise(groups):  # "Whether Stockholm will ... has not been decided"
        if (
            low[start] == "whether"
            and named.intersection(range(start, asked.start))
            and not named.intersection(range(asked.end, decision.start))
        ):
            found[asked] = decision
    return {
        asked: decision
        for asked, decision in found.items()
        if any(w in " ".join(c.text.lower() for c in decision.cues) for w in DECIDING)
        and _asked(asked, s)
        and _status(decision, s)[0] is Status.CONSIDERING
    }


DECISION_REACH = 6
"""Tokens from an open decision to the "whether" or "which" of what it
leaves open ("No decision had yet been taken on which")."""


DECIDING = frozenset("decide decides decided deciding decision decisions determined agreed".split())
"""Words of deciding: before "which" they make it ask a question ("has not
decided which jets it will offer"), and in a stance that weighs they make
it a decision left open ("No decision has been taken on whether ...")."""


def _which_asks(low: Sequence[str], i: int, start: int) -> bool:
    """Whether the "which" at i opens a question that is decided or asked
    ("decided which", "a decision on which"), not a relative clause."""
    before = low[i - 1]
    if before in ("on", "about", "over"):
        return bool(DECIDING.intersection(low[max(start, i - ASK_REACH) : i - 1]))
    return before in DECIDING or before in WHO_ASKING


COMPOUND_CUES = frozenset(["air"])
"""Category cues that, joined by a hyphen to the next word, only qualify it:
"air-launched missiles" are missiles."""


NAME_HEADS = frozenset(
    "authority agency administration institute university academy company corporation "
    "association foundation bank exchange".split()
)
"""Last words of a body's name: a kind inside such a name ("the Panama Maritime
Authority") names the body, not a kind of support."""

NAME_REACH = 3
"""Capitalised words from a kind to the head of the name it stands in."""


def _in_a_name(cue: Cue, doc: Doc) -> bool:
    """A capitalised kind followed, through capitalised words, by the head of
    a body's name ("Maritime" in "the Panama Maritime Authority")."""
    if not doc[cue.start].text[:1].isupper() or doc[cue.start].is_sent_start:
        return False
    for i in range(cue.end, min(len(doc), cue.end + NAME_REACH)):
        if not doc[i].text[:1].isupper():
            return False
        if doc[i].lower_ in NAME_HEADS:
            return True
    return False


SERVICE_NAMES = frozenset(["air force"])
"""Kinds that, capitalised, name a state's armed service as an owner or a
place ("Gripens from Swedish Air Force stocks", "Air Force One"), not forces
offered."""


def _service_name(cue: Cue, doc: Doc) -> bool:
    """Whether a category cue is a service's capitalised name ("the Air
    Force"), or one that owns the stocks after it ("from Swedish Navy stocks")."""
    if cue.kind != "category" or not all(t.text[:1].isupper() for t in doc[cue.start : cue.end]):
        return False
    owning = cue.end < len(doc) and doc[cue.end].lower_ in STOCKS
    return cue.text.lower() in SERVICE_NAMES or (owning and cue.text.lower() in OWNER_SERVICES)


OWNER_SERVICES = frozenset(["navy", "army"])
"""Services that, capitalised before "stocks", own what is given from them."""


def _compound_head(cue: Cue, doc: Doc) -> bool:
    """A one-word status cue, or "air", before a hyphen is the first half of
    an adjective ("extended-range missiles", "air-launched"), not a stance or a
    kind."""
    if cue.end - cue.start != 1 or cue.end + 1 >= len(doc) or doc[cue.end].text != "-":
        return False
    return cue.kind == "status" or (cue.kind == "category" and cue.text.lower() in COMPOUND_CUES)


def _in_company(cues: list[Cue], doc: Doc, an: Analyzer) -> list[Cue]:
    """Kinds that the words of their sentence change (``kinds_in_company``):
    "tankers" for an air mission, beside jets or refuelling, are aircraft;
    for some, the words of the lede count too ("guarantees" in a story
    headlined on a loan)."""
    companies = an.lexicon.companies
    changed: list[Cue] = []
    lede: set[str] | None = None
    for cue in cues:
        text = cue.text.lower() if cue.kind == "category" else ""
        company = next((c for c in companies if text in c.words), None)
        if company is not None:
            sent = doc[cue.start].sent
            words = set(lowers(doc)[sent.start : sent.end])
            among = words
            if company.lede:
                lede = set(re.findall(r"[\w-]+", _lede(doc).lower())) if lede is None else lede
                among = words | lede
            if among & company.among and not words & company.unless:
                cue = Cue(cue.kind, company.kind.value, cue.start, cue.end, cue.text)
        changed.append(cue)
    return changed


TRAIN_NOUNS = frozenset(["train", "trains"])

TRAIN_BEFORE = frozenset(
    "the a an its their our these those freight cargo supply military armoured armored".split()
)
"""Words before "train(s)" that make it the noun, a railway train (not
"that", which opens a relative clause: "a programme that trains pilots")."""


def _railway(cue: Cue, doc: Doc) -> Cue:
    """ "ready to let the trains through", "two freight trains a week":
    "trains" after a determiner or a number is rail transport (logistics),
    not training."""
    if (
        cue.kind != "category"
        or cue.label != Category.TRAINING.value
        or cue.text.lower() not in TRAIN_NOUNS
        or cue.start == 0
    ):
        return cue
    before = doc[cue.start - 1]
    if before.lower_ in TRAIN_BEFORE or before.like_num:
        return Cue(cue.kind, Category.LOGISTICS.value, cue.start, cue.end, cue.text)
    return cue


EPITHET_REACH = 2
"""Words from an objecting adjective to the kind it describes: "illegitimate
unilateral sanctions" (a hyphenated word counts as one: "illegitimate
anti-Russian sanctions")."""


def _drop_epithets_of_kinds(cues: list[Cue], doc: Doc) -> list[Cue]:
    """An objecting adjective inside a noun phrase ("its nineteenth package
    of illegitimate sanctions", after "of" or a determiner, before a kind)
    is the writer's word for the kind, not a stance of the sentence's subject:
    "has adopted its package of illegitimate sanctions" adopts them."""
    low = lowers(doc)
    kinds = {c.start for c in cues if c.kind == "category"}
    return [
        c
        for c in cues
        if not (
            c.kind == "status"
            and c.label == Status.OPPOSED.value
            and c.end - c.start == 1
            and c.start > 0
            and (low[c.start - 1] == "of" or low[c.start - 1] in DETERMINERS)
            and kinds.intersection(range(c.end, c.end + _hyphens(low, c.end) + EPITHET_REACH))
        )
    ]


def _hyphens(low: Sequence[str], start: int) -> int:
    """Tokens that hyphens add to the word at ``start`` ("anti-Russian": two)."""
    i = start
    while i + 2 < len(low) and low[i + 1] == "-":
        i += 2
    return i - start


EPITHET_HEADS = frozenset("state country nation kingdom republic".split())
"""Heads of a description that stands for a state named before: "the small
Baltic state", "the Nordic country"."""

EPITHET_WORDS = 3
"""Words between "the" and the head of such a description."""


def _epithets(doc: Doc, names: set[int], cues: Sequence[Cue]) -> list[Cue]:
    """ "The small Baltic state already gives ...": "the", up to three
    adjectives and a state noun, opening a sentence, refer back like "the
    country" does (a pronoun cue)."""
    low, text = lowers(doc), orths(doc)
    taken = {i for c in cues if c.kind in ("pronouns", "category") for i in range(c.start, c.end)}
    found = []
    for sent in doc.sents:
        i = sent.start
        while i < sent.end and doc[i].is_space:
            i += 1
        if i >= sent.end or low[i] != "the" or i in taken:
            continue
        for j in range(i + 2, min(sent.end, i + 2 + EPITHET_WORDS)):
            if low[j] in EPITHET_HEADS and text[j].islower():
                words = range(i + 1, j)
                if all(text[k].isalpha() and k not in names and k not in taken for k in words):
                    found.append(Cue("pronouns", "pronouns", i, j + 1, text_between(doc, i, j + 1)))
                break
            if not text[j].isalpha():
                break
    return found


def _drop_not_kinds(cues: list[Cue]) -> list[Cue]:
    """Kinds inside a phrase that names none ("range restrictions" on weapons
    are no sanctions), stances inside one that states none ("sold out"); the
    phrases themselves are no cues either."""
    no_kind = {i for c in cues if c.kind == "not_kinds" for i in range(c.start, c.end)}
    no_stance = {i for c in cues if c.kind == "not_stances" for i in range(c.start, c.end)}
    return [
        c
        for c in cues
        if c.kind not in ("not_kinds", "not_stances")
        and not (c.kind == "category" and no_kind.intersection(range(c.start, c.end)))
        and not (c.kind == "status" and no_stance.intersection(range(c.start, c.end)))
    ]


SUPPORT_VERB_BEFORE = frozenset(
    "to in will would can could shall should may might we they i also not n't".split()
)
"""Words before "support" that make it a verb ("generators to support
Ukraine", "we support a Swedish role") or a preposition's phrase ("in
support of"), which names no kind of support."""


def _support_as_verb(cue: Cue, doc: Doc) -> bool:
    """Whether a bare "support" cue is the verb, not the noun of military support."""
    return (
        cue.kind == "category"
        and cue.end - cue.start == 1
        and doc[cue.start].lower_ == "support"
        and cue.start > 0
        and doc[cue.start - 1].lower_ in SUPPORT_VERB_BEFORE
    )


def _idle_opener(cue: Cue, doc: Doc) -> bool:
    """A condition word that sets no condition: "will lead the mechanism with
    or without a resolution" (the stance holds either way), "we plan as if
    it will not come" (a manner)."""
    if cue.kind not in ("condition_openers", "negations"):
        return False
    low = lowers(doc)
    if (
        low[cue.start] == "without"
        and low[cue.end : cue.end + 1]
        and (low[cue.end] in MANNER_AFTER_WITHOUT)
    ):
        return True  # "would guarantee its share without hesitation": a manner
    if cue.kind != "condition_openers":
        return False
    before = low[max(0, cue.start - 2) : cue.start]
    if low[cue.start] == "without":
        return before == ["with", "or"]
    return low[cue.start] == "if" and before[-1:] == ["as"]


MANNER_AFTER_WITHOUT = frozenset("hesitation hesitating delay fail question doubt".split())
"""Words after "without" that make it a manner, no condition nor refusal."""


PLACING = frozenset("placed placing".split())
"""Verbs of placing, a stance only when what is placed goes on a sanctions
list or under sanctions ("placed a Chinese firm on its sanctions list")."""

PLACED_REACH = 12
"""Tokens after "placed" in which its sanctions list or "sanctions" may come."""

PLACED_ON = frozenset("sanctions sanction blacklist list".split())
"""Words after "placed" that name where sanctioned names go."""


def _placing_elsewhere(cue: Cue, doc: Doc) -> bool:
    """Whether a "placed" cue puts something anywhere but under sanctions or on
    a list ("placed troops on alert", "placed an order")."""
    if cue.kind != "status" or lowers(doc)[cue.end - 1] not in PLACING:
        return False
    return not PLACED_ON.intersection(_complement(cue, doc, PLACED_REACH, (".", ";")))


def _complement(cue: Cue, doc: Doc, reach: int, stops: Iterable[str] = CLAUSE_END) -> Sequence[str]:
    """The words after a cue, up to ``reach`` tokens or the first of ``stops``:
    where what a verb does to its object is said ("kept the straits closed")."""
    after = lowers(doc)[cue.end : min(len(doc), cue.end + reach)]
    stop = next((i for i, w in enumerate(after) if w in stops), len(after))
    return after[:stop]


PUTTING = frozenset("put puts putting".split())
"""The bare verb "put", a stance only before a sum ("has put 11.5 billion
euros into Ukraine's defence"), not "put it to the vote"."""


def _putting_no_sum(cue: Cue, doc: Doc) -> bool:
    """Whether a bare "put" cue is followed by anything but a sum or forces
    put under a command."""
    if cue.kind != "status" or cue.text.lower() not in PUTTING:
        return False
    rest = text_of(doc[cue.end : min(len(doc), cue.end + MONEY_REACH)])
    return (
        MONEY.match(rest) is None
        and not _put_under_command(cue, doc)
        and not _putting_forces(cue, doc)
    )


PUT_FORCES = frozenset(
    "aircraft jets fighters planes troops soldiers forces boots ships warships frigate frigates "
    "minehunters".split()
)
"""Forces that "put" places somewhere ("cannot put aircraft over Ukraine")."""

PUT_PLACES = frozenset("over in into on above".split())
"""Words right after the forces put that say where they go."""

PUT_REACH = 4
"""Tokens after "put" in which the forces it places come."""


def _putting_forces(cue: Cue, doc: Doc) -> bool:
    """ "we cannot put aircraft over Ukraine", "put a frigate in the Black
    Sea": forces "put" somewhere, right after their noun."""
    after = _complement(cue, doc, PUT_REACH + 1)
    at = next((i for i, w in enumerate(after[:PUT_REACH]) if w in PUT_FORCES), None)
    return at is not None and at + 1 < len(after) and after[at + 1] in PUT_PLACES


COMMAND_REACH = 8
"""Tokens from "put" to the "under" of a command ("put two minehunters under
our command")."""


def _put_under_command(cue: Cue, doc: Doc) -> bool:
    """ "have each put two minehunters under our command": forces handed to
    another's command."""
    after = _complement(cue, doc, COMMAND_REACH)
    return "under" in after and "command" in after[after.index("under") + 1 :][:3]


SHIP_TRADES = frozenset(
    "manager managers management owner owners operator operators registry broker brokers"
    " company firm insurer insurers".split()
)
"""Nouns a ship names the trade of ("a ship management firm"): a firm, no vessel."""


def _ship_trade(cue: Cue, doc: Doc) -> bool:
    """ "three trading companies and a ship management firm" (sanctioned): no
    ship offered."""
    if cue.kind != "category":
        return False
    low = lowers(doc)
    return low[cue.end - 1] == "ship" and bool(SHIP_TRADES.intersection(low[cue.end : cue.end + 1]))


BASING = frozenset(["base"])
"""The verb "base", a stance when it stations ("will base a patrol aircraft
in Romania") but not when it grounds ("will base its decision on")."""

BASED_REACH = 8
"""Tokens from "base" to the "on" of what a decision rests on."""


def _basing_on(cue: Cue, doc: Doc) -> bool:
    """Whether a "will base" cue grounds something on something ("will base
    its decision on the mandate"): no forces stationed."""
    if cue.kind != "status" or lowers(doc)[cue.end - 1] not in BASING:
        return False
    return bool({"on", "upon"}.intersection(_complement(cue, doc, BASED_REACH)))


FINISHING = ("complet", "conclud", "finish")
"""Stems of verbs that end a review: "the board completed its third review"
is a decision taken, not a question under consideration."""


CLOSED = frozenset("closed shut distance".split())
"""Complements of "keep" that withhold a passage or a part ("kept the straits
closed", "keep their distance from the force")."""

CLOSED_REACH = 6
"""Tokens from "kept" to its complement ("has kept the Black Sea straits closed")."""


def _kept_closed(cue: Cue, doc: Doc) -> bool:
    """Whether a "keep" stance keeps something closed or away ("Ankara has kept
    the Bosporus closed to most warships", "Beijing and New Delhi keep
    distance from the force"): a restriction, no pledge."""
    if cue.kind != "status" or not KEEPING.intersection(lowers(doc)[cue.start : cue.end]):
        return False  # "kept", "keep their"
    return bool(CLOSED.intersection(_complement(cue, doc, CLOSED_REACH)))


def _finished_review(cue: Cue, doc: Doc) -> bool:
    """Whether a "review" cue is one that has been completed."""
    low = lowers(doc)
    if cue.kind != "status" or low[cue.end - 1] not in ("review", "reviews"):
        return False
    after = low[cue.end : cue.end + 1]
    if after and (after[0] == "done" or after[0].startswith(FINISHING)):
        return True  # "IMF: review done"
    # not "voted against completing the review": the finishing is itself at stake
    before = low[max(0, cue.start - 4) : cue.start]
    return any(w.startswith(FINISHING) and not w.endswith("ing") for w in before)


def _purpose_of_use(cue: Cue, doc: Doc) -> bool:
    """A stance verb that says what something is used for ("will not allow its
    railways to be used to supply a foreign force"): the use, no pledge."""
    return cue.kind == "status" and cue.start >= 3 and _be_used_for(lowers(doc), cue.start - 3)


def _be_used_for(low: Sequence[str], i: int) -> bool:
    """Whether "be used to" or "be used for" ("been", "being") begins at token ``i``."""
    return low[i] in ("be", "been", "being") and low[i + 1 : i + 3] in (
        ["used", "to"],
        ["used", "for"],
    )


def _under_command(cue: Cue, doc: Doc) -> bool:
    """A bare "command" that forces stay or serve under ("would stay under
    Turkish command"): whose command they keep, no command offered."""
    low = lowers(doc)
    return (
        cue.kind == "category"
        and cue.text.lower() == "command"
        and "under" in low[max(0, cue.start - UNDER_REACH) : cue.start]
    )


UNDER_REACH = 3
"""Tokens from "under" to the command it places forces under ("under national command")."""


def _forming_part(cue: Cue, doc: Doc) -> bool:
    """ "will form" is training ("instructors will form Ukrainian pilots", a
    translation of "former"/"formare") but "will form part of" joins."""
    return (
        cue.kind == "category"
        and cue.text.lower().endswith("form")
        and cue.end < len(doc)
        and doc[cue.end].lower_ == "part"
    )


KEEPING = frozenset("keep keeps kept keeping".split())

TALKING = frozenset(
    "talking saying asking calling complaining wondering arguing speaking repeating".split()
)
"""Gerunds after "keep" that make it speech, not a stance kept: "The
Europeans keep talking about a backstop"."""


DEPENDENT_STANCES = ELLIPTIC_OBJECTS | frozenset(
    "whether it this that everything all any size scale number answer".split()
)
"""Words of a subject that make "depends on" a stance on it ("Germany's
contribution still depends on a vote", "Whether Romanian troops take part
depends on ..."); so do the words of REFERRED ("the deployment")."""


def _thing_depends(cue: Cue, doc: Doc) -> bool:
    """ "the timetable depends on production slots", "Every drone ... depends
    on communications": a thing depending on another, not a stance waiting
    on a condition; the subject, back to the last clause break, names none."""
    word = cue.text.lower()
    if cue.label != Status.CONDITIONAL.value or not word.startswith("depend"):
        return False
    low = lowers(doc)
    start = cue.start
    while start > 0 and low[start - 1] not in ",;:.!?" and low[start - 1] != "that":
        start -= 1  # back to the clause's start (quotation marks inside it are passed)
    subject = low[start : cue.start]
    return not (DEPENDENT_STANCES.intersection(subject) or any(w in REFERRED for w in subject))


DISCUSSED_WHAT = frozenset("whether how if it this that options possibility".split())
"""Words after "discussed" that make it a stance on what is discussed
("discussed whether", "We have discussed it"); before a noun it reports a
meeting ("discussed the package with Zelensky", "discussed a joint fund")."""


def _only_talked_about(cue: Cue, doc: Doc) -> bool:
    """ "discussed" not followed by an "-ing" form ("discussed sending
    troops") or by what DISCUSSED_WHAT lists: talk, not a stance."""
    if cue.text.lower() != "discussed":
        return False
    after = lowers(doc)[cue.end : cue.end + 2]
    if after[:1] == ["the"]:
        after = after[1:]  # "discussed the possibility of sending"
    word = after[0] if after else ""
    return not (word in DISCUSSED_WHAT or (word.endswith("ing") and len(word) > 4))


def _no_stance(cue: Cue, speech: set[int], doc: Doc) -> bool:
    """Whether a status cue states no stance where it stands: each test looks
    at the cue and the text around it only, so one pass makes them all."""
    return (
        _asked_who(cue, doc)
        or _noun_use(cue, doc)
        or _keeps_talking(cue, doc)
        or _details_unsaid(cue, doc)
        or _attributing(cue, speech, doc)
        or _only_talked_about(cue, doc)
        or _thing_depends(cue, doc)
        or _before_the_war(cue, doc)
        or _any_that(cue, doc)
        or _bought_for_itself(cue, doc)
        or _paid_through_a_scheme(cue, doc)
        or _former_stance(cue, doc)
        or _supposed_action(cue, doc)
        or _could_not(cue, doc)
    )


def _could_not(cue: Cue, doc: Doc) -> bool:
    """ "Bratislava could not endorse them", "did not, and could not, block
    the loan": a bare "could" denied weighs no offer (a refusal has a cue of
    its own: "could not send")."""
    if cue.text.lower() != "could" or cue.end >= len(doc):
        return False
    low = lowers(doc)
    after_and = low[cue.end] == "," and cue.start > 0 and low[cue.start - 1] == "and"
    return low[cue.end] in ("not", "n't") or after_and


SUPPOSED_ACTIONS = frozenset(
    "transfer transfers deployment deployments delivery deliveries supply supplies dispatch "
    "sending".split()
)
"""Nouns of giving that "any" makes a supposition ("any transfer of weapons
to Kyiv would wreck relations"), not a pledge."""


def _supposed_action(cue: Cue, doc: Doc) -> bool:
    """ "any transfer of weapons to Kyiv", "any such deployment": an action
    supposed, whose stance is whoever judges it."""
    if cue.text.lower().split()[0] not in SUPPOSED_ACTIONS:
        return False
    low = lowers(doc)
    i = cue.start - 1
    if i > 0 and low[i] in ANY_MODIFIERS:
        i -= 1
    opens = i == 0 or low[i - 1] in ("that", ",", "and", "but", "warned", "said")
    return i >= 0 and low[i] == "any" and opens  # not "has not announced any new transfer"


ANY_MODIFIERS = frozenset("such new future further additional more".split())
"""Words between "any" and the action it supposes ("any such deployment")."""


FORMERLY = frozenset(
    "january february march april may june july august september october november december "
    "earlier previously initially once formerly first before last long".split()
)
"""Words of an aside that put a stance in the past ("Greece and Malta,
reluctant in February, are now on board")."""

FORMER_REACH = 5
"""Tokens from an aside's stance to its closing comma."""


def _former_stance(cue: Cue, doc: Doc) -> bool:
    """ "Greece and Malta, reluctant in February, are now on board": a
    stance set off by commas with a past time is what the subject once
    held, not its stance now."""
    if cue.start == 0 or doc[cue.start - 1].text != ",":
        return False
    low = lowers(doc)
    if low[cue.start] in STANCE_MODALS:
        return False  # ", could be signed in June, an official said": the clause's own verb
    if low[cue.start] in FUNDED:
        return False  # "the guns, paid for in March, are on time": paid once and for all
    end = min(len(doc), cue.end + FORMER_REACH)
    close = next((j for j in range(cue.end, end) if low[j] == ","), None)
    return close is not None and bool(FORMERLY.intersection(low[cue.end : close]))


BUYING_STEMS = ("buy", "bought", "purchas", "procur")
"""Stems of buying, a pledge only when what is bought is for Ukraine."""

FOR_UKRAINE = frozenset("ukraine ukraine's ukrainian kyiv kyiv's kiev kiev's".split())
"""Words after "for" (and "the") that make a purchase one for Ukraine."""

PAYING_STEMS = ("pay", "paid", "fund", "financ")
"""Stems of paying, no one's pledge when they say what a scheme does."""


def _paid_through_a_scheme(cue: Cue, doc: Doc) -> bool:
    """ "PURL, under which European allies pay for US weapons": paying said
    of what a scheme does is no one's pledge."""
    return (
        cue.label == Status.COMMITTED.value
        and cue.text.lower().startswith(PAYING_STEMS)
        and _what_a_scheme_does(cue, lowers(doc), objects=False)
    )


RELATIVE_REACH = 12
"""Tokens before buying in which "through which" (or "under which"...) makes
it what a scheme does, not a pledge."""

SCHEME_PREPOSITIONS = frozenset("through under by with via in".split())

OBJECT_RELATIVE_REACH = 5
"""Tokens from "that" to the buying of a relative clause on what is bought."""

SCHEME_NOUNS = frozenset(
    "arrangement scheme mechanism initiative coalition programme program fund list facility "
    "platform".split()
)
"""Nouns of a scheme whose "that buys ..." says what it does."""


def _what_a_scheme_does(cue: Cue, low: Sequence[str], objects: bool = True) -> bool:
    """ "PURL, through which European allies buy US weapons for Kyiv", "the
    NATO arrangement that buys American weapons": buying said of what a
    scheme does is no one's pledge (what a buyer does is: "the agency,
    which is buying the systems for Ukraine"). With ``objects``, also in a
    relative clause on what is bought ("weapons that allies buy")."""
    start = max(0, cue.start - RELATIVE_REACH)
    for j in range(cue.start - 1, start, -1):
        if low[j] in CLAUSE_END and low[j] != ",":
            break  # not past the sentence or clause it stands in
        if low[j] in ("which", "whereby") and (
            low[j] == "whereby" or low[j - 1] in SCHEME_PREPOSITIONS
        ):
            return True
    if not objects:
        return False
    for j in range(cue.start - 1, max(0, cue.start - OBJECT_RELATIVE_REACH), -1):
        if low[j] in ("that", "which"):  # "weapons that European allies buy for Ukraine"
            if any(w not in AUXILIARIES and w != "," for w in low[j + 1 : cue.start]):
                return True
            break
    return low[cue.start - 1 : cue.start] == ["that"] and low[cue.start - 2] in SCHEME_NOUNS


BOUGHT_FOR_REACH = 12
"""Tokens after buying in which "for Ukraine" may follow ("is buying 400
more anti-tank weapons for Ukrainian infantry")."""


def _bought_for_itself(cue: Cue, doc: Doc) -> bool:
    """ "Poland is buying K2 tanks": a state buying is arming itself, unless
    what it buys is "for Ukraine" in the same clause ("Norway will buy
    drones for Ukraine")."""
    if cue.label != Status.COMMITTED.value or not cue.text.lower().startswith(BUYING_STEMS):
        return False
    low = lowers(doc)
    if _what_a_scheme_does(cue, low) or low[cue.start - 1 : cue.start] == ["to"]:
        return True  # "C$120 million to purchase vessels": the sum's purpose, read with it
    for j in range(cue.end, min(len(doc), cue.end + BOUGHT_FOR_REACH)):
        if low[j] in CLAUSE_END:
            return True
        if low[j] in ("for", "from"):  # "from Ukrainian makers": the Danish model
            after = low[j + 1 : j + 3]
            if after[:1] and (
                after[0] in FOR_UKRAINE
                or (after[0] == "the" and after[1:] and after[1] in FOR_UKRAINE)
            ):
                return False
    return True


ANY_REACH = 4
"""Tokens from "any" to the "that" of its relative clause, and from there to the stance."""


def _any_that(cue: Cue, doc: Doc) -> bool:
    """A stance in a relative clause with a subject of its own on "any"
    something ("any warships that NATO members send would be targets", "any
    troops which Europe deploys"): a supposition about what others might do,
    not a pledge ("supports any initiative that would lead to peace" is not
    one)."""
    low = lowers(doc)
    for j in range(cue.start - 1, max(-1, cue.start - 1 - ANY_REACH), -1):
        if low[j] in CLAUSE_END:
            return False
        if low[j] in ("that", "which"):
            own_subject = any(w not in NOT_PAST for w in low[j + 1 : cue.start])
            before = low[max(0, j - ANY_REACH) : j]
            return own_subject and "any" in before and not CLAUSE_END.intersection(before)
    return False


WAR_YEAR = 2014
"""The year Russia's war on Ukraine began: a deed dated before it ("provided
the refuelling over Libya in 2011") is history, not support for Ukraine."""

PAST_FORMS = frozenset("set sent gave put made lent paid sold built took led won ran".split())
"""Irregular past forms of stance verbs (regular ones end in "-ed")."""

YEAR = re.compile(r"(?:19|20)\d\d")


def _before_the_war(cue: Cue, doc: Doc) -> bool:
    """A stance in the past tense in a sentence dated "in" a year before the
    war ("After Iraq invaded Kuwait in 1990, the United Nations set up a
    commission"): history."""
    years = _years_before_the_war(doc)
    if not years:
        return False
    words = cue.text.lower().split()
    if words[0] in NOT_PAST or not (words[-1].endswith("ed") or words[-1] in PAST_FORMS):
        return False
    sent = doc[cue.start].sent
    return any(sent.start <= i < sent.end for i in years)


def _years_before_the_war(doc: Doc) -> list[int]:
    """Where "in" and a year before WAR_YEAR stand in a text (once per text)."""
    found = doc.user_data.get("years before the war")
    if found is None:
        low = lowers(doc)
        found = [
            i
            for i in range(len(low) - 1)
            if low[i] == "in" and YEAR.fullmatch(low[i + 1]) and int(low[i + 1]) < WAR_YEAR
        ]
        doc.user_data["years before the war"] = found
    return found


def _attributing(cue: Cue, speech: set[int], doc: Doc) -> bool:
    """'"Nobody will deploy our soldiers ...," assured the minister': a
    speech verb (its start in ``speech``) right after a quote's closing
    comma says who spoke; it is no stance of its own, whatever else the
    word can mean ("assured Ukraine of support")."""
    if cue.start < 2 or cue.start not in speech:
        return False
    before = {doc[cue.start - 1].text, doc[cue.start - 2].text}
    return "," in before and bool(QUOTES & before)


def _keeps_talking(cue: Cue, doc: Doc) -> bool:
    return (
        cue.text.lower().split()[-1] in KEEPING
        and cue.end < len(doc)
        and doc[cue.end].lower_ in TALKING
    )


def _details_unsaid(cue: Cue, doc: Doc) -> bool:
    """ "has not said where the training would take place": what is left
    unsaid is a detail of a stance taken, not whether it is taken."""
    return (
        cue.label == Status.CONSIDERING.value
        and cue.text.lower().endswith(UNSAID)
        and cue.end < len(doc)
        and doc[cue.end].lower_ in DETAILS
    )


UNSAID = ("said", "say", "specified", "spelled out", "disclosed")
DETAILS = frozenset("where when how which".split())


HOW_QUESTIONS = frozenset("far much many soon quickly long".split())
"""Words after "how" that make what follows a question about a stance."""


GAP_OPENERS = frozenset([",", "and", ";"])
"""What stands before the subject of a clause whose verb is left out:
"Germany pledged X, the Netherlands Y, and Sweden Z"."""


def _gapped(
    groups: Sequence[Group], s: Sentence, cats: Sequence[Cue], an: Analyzer, day: date | None
) -> dict[Group, tuple[Group, list[str], str]]:
    """Subjects after a stance that share its verb ("Germany pledged four
    IRIS-T systems, the Netherlands 300 million euros for drones, and Sweden
    a package"), each as a verb group of its own at its name, with the
    stance it shares, its actors and its text. A name counts when it follows
    a comma or "and", is no preposition's object, is followed by what it
    gives (a kind or a sum before the next name), and the stance before it
    named a kind too; or when only a bare count follows it ("Sweden gave 20
    vehicles, Norway 30", "put two minehunters at the disposal of the
    mission, and Bulgaria one") and its clause counted a kind. A possessive
    ("Prague's Gripens") is no subject. A name followed by a verb of its own
    ("Seoul holds its line on weapons") shares nothing, and the stance's
    scope ends there."""
    doc = s.span.doc
    found: dict[Group, tuple[Group, list[str], str]] = {}
    kinds = [c.start for c in cats]
    speech = {c.start for c in s.of("speech_verbs")}
    openers = _gap_subjects(s)  # names after a comma or "and", no preposition's object
    for index, group in enumerate(groups):
        if any(c.label != Status.COMMITTED.value for c in group.cues):
            continue
        stop = groups[index + 1].start if index + 1 < len(groups) else s.span.end
        names = [
            i
            for i, a in enumerate(s.actors)
            if group.end < a.start < stop
            and a.actor != BENEFICIARY
            and coordinated(s.actors, i, doc)[0] is a  # the first of a list: "in China and the UAE"
            and a.start in openers
            and not _town_and_country(doc, a.start, s.span.start)
            and not (a.end < len(doc) and doc[a.end].text == "-")  # "PURL, the NATO-run scheme"
            and not (a.end < len(doc) and doc[a.end].lower_ in SCHEME_NOUNS)  # "the NATO scheme"
            and not (a.end < len(doc) and doc[a.end].lower_ == "'s")  # "Prague's Gripens"
            and not (a.rule == "demonym" and doc[a.start].lower_ != "the")  # "Greek yards"
        ]
        starts = [s.actors[i].start for i in names]
        if not names:
            continue
        between = doc[group.start : starts[0]]  # "announced CAD 40 million": "CAD" in the cue
        named = any(group.end <= k < starts[0] for k in kinds) or MONEY.search(text_of(between))
        counted = any(t.like_num for t in doc[s.span.start : starts[0]]) and any(
            s.span.start <= k < starts[0] for k in kinds
        )  # "put two minehunters at the disposal of the mission, and Bulgaria one"
        if not (named or counted):
            continue
        for n, i in enumerate(names):
            chain = coordinated(s.actors, i, doc)
            end = starts[n + 1] if n + 1 < len(names) else stop
            rest = doc[chain[-1].end : end]
            gives = (
                named
                and (any(chain[-1].end <= k < end for k in kinds) or MONEY.search(text_of(rest)))
            ) or (counted and _bare_count(rest))
            if not gives:
                continue
            own_verb = chain[-1].end < len(doc) and (
                _own_verb(doc[chain[-1].end], kinds) or chain[-1].end in speech
            )  # "..., Pistorius told reporters at the ministry's headquarters": a speaker
            actors = [] if own_verb else resolve(chain, an, day)  # none: the scope ends there
            if actors or own_verb:
                verb = group.cues[-1]
                cue = Cue("status", verb.label, chain[0].start, chain[-1].end, verb.text)
                found[Group((cue,))] = (group, actors, _chain_text(doc, chain))
    return found


REMNANT_OPENERS = frozenset("one another further more".split())
"""Words that open a bare count left of a gapped clause: "and Bulgaria one",
"Norway another 30", "and Finland a further 12"."""

REMNANT_LENGTH = 4
"""Tokens at most in a bare count left of a gapped clause ("a further 12 each")."""


def _bare_count(rest: Span) -> bool:
    """What is left after a name up to a comma is a count with no kind
    ("Sweden gave 20 vehicles, Norway 30 and Finland 12", "two minehunters,
    and Bulgaria one, the navies said"): the kind of the stance before."""
    words: list[Token] = []
    for t in rest:
        if t.is_punct or t.lower_ == "and":
            break
        if t.lower_ != "a":
            words.append(t)
    return (
        0 < len(words) <= REMNANT_LENGTH
        and (words[0].like_num or words[0].lower_ in REMNANT_OPENERS)
        and all(t.like_num or t.lower_ in REMNANT_OPENERS or t.lower_ == "each" for t in words)
    )


def _town_and_country(doc: Doc, start: int, sent_start: int) -> bool:
    """ "in Wiesbaden, Germany": a country after a town and a comma is where
    the town is, not a subject."""
    i = start - 1
    if i - 2 < sent_start or doc[i].text != ",":
        return False
    town = doc[i - 1]
    return town.text[:1].isupper() and doc[i - 2].lower_ in PLACE_BEFORE_TOWN


PLACE_BEFORE_TOWN = frozenset("in at near from to outside".split())


VERB_NEXT = frozenset(
    "will would has have had is are was were said says could may might should must can also".split()
)
"""Words after a name that make it the subject of a verb of its own."""


def _own_verb(t: Token, kinds: Sequence[int]) -> bool:
    """The word after a name is a verb of its own: an auxiliary, or a
    lower-case word in "-s" or "-ed" that names no kind ("Seoul holds its
    line", "Canberra pledged"), not what a gapped verb gives ("Sweden 300
    drones", "Norway tanks")."""
    if t.lower_ in VERB_NEXT:
        return True
    word = t.text
    return (
        t.i not in kinds
        and word.isalpha()
        and word.islower()
        and (word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")))
    )


def _word_before_name(doc: Doc, start: int) -> int:
    i = start - 1
    while i > 0 and doc[i].lower_ in DETERMINERS:
        i -= 1
    return i


TOGETHER = ("together with", "jointly with", "along with")

GROUP_NOUNS = frozenset("allies countries members partners states nations governments".split())
"""Nouns after a name that make it a class of states ("other NATO allies"), not one partner."""


def _together_with(group: Group, s: Sentence, an: Analyzer, day: date | None) -> list[str]:
    """Partners in a stance: "We paid into PURL together with Latvia and
    Lithuania", "Together with Germany, we will finance ...", "Paris
    co-directs with London the headquarters"."""
    doc = s.span.doc
    opening = text_of(doc[s.span.start : group.start]).lower()
    opening = opening.lstrip(" \"“'‘-–—•")
    if opening.removeprefix("and ").removeprefix("but ").startswith(TOGETHER):
        return _partners(s.span.start_char, s, an, day)
    inserted = min((opening.find(", " + t) for t in TOGETHER if ", " + t in opening), default=-1)
    if inserted >= 0:  # "The UK, together with France, has signed ..."
        start = text_of(doc[s.span.start : group.start]).lower()
        return _partners(s.span.start_char + start.find(opening) + inserted + 2, s, an, day)
    end = _clause_break(doc, group.end + 1, s.span.end)  # not "the coalition, which we lead
    # together with Norway"; nor "would train crews and would lead demining, together with
    # Romania": the partners of the next stance
    end = min([end] + [c.start for c in s.of("status") if c.start >= group.end])
    text = text_of(doc[group.end : max(end, group.end)]).lower()
    if group.cues[-1].text.lower().startswith("co-") and text.lstrip().startswith("with "):
        named = [a for a in s.actors if a.start > group.end]  # "co-leads with London"
        after = lowers(doc)[named[0].end : named[0].end + 1] if named else []
        if named and not GROUP_NOUNS.intersection(after):  # not "with other NATO allies"
            return _partners(doc[group.end].idx + text.find("with"), s, an, day)
        return []
    at = min((text.find(t) for t in TOGETHER if t in text), default=-1)
    if at < 0:
        return []
    return _partners(doc[group.end].idx + at, s, an, day)


PARTNER = (
    "(partner named with 'together with', 'along with', 'jointly with' or a co- verb's 'with')"
)


def _partner_why(actor: str, partners: list[str], likewise: list[str], giver: str) -> str:
    if actor in partners:
        return PARTNER
    return LIKEWISE if actor in likewise else giver


LIKEWISE_AUXILIARIES = frozenset("has have had will would does do did is are was were can".split())
"""Auxiliaries after "as" that repeat the stance before for another actor."""

LIKEWISE = "(named after ', as has', ', as will' or ', nor will': the same stance)"


def _likewise(group: Group, s: Sentence, an: Analyzer, day: date | None) -> list[str]:
    """ "Montenegro has aligned itself with every package, as has Albania",
    "Italy will send troops, as will Spain", "Germany will not send troops,
    nor will Italy": the actors right after ", as" or ", nor" and an
    auxiliary, closing the sentence or clause, take the same stance."""
    doc = s.span.doc
    low = lowers(doc)
    like = _like_opener(group, s, an, day)
    if like:  # "Like France and Spain, Italy has said it will not pay into PURL"
        return like
    end = _clause_break(doc, group.end, s.span.end)
    for i in range(group.end, min(end + 1, s.span.end - 3)):  # room for "as", a verb, a name
        if (
            low[i] != ","
            or low[i + 1] not in ("as", "nor")
            or low[i + 2] not in LIKEWISE_AUXILIARIES
        ):
            continue
        at = i + 3 + (low[i + 3] == "the")
        head = next((k for k, a in enumerate(s.actors) if a.start == at), None)
        if head is None:
            return []
        chain = coordinated(s.actors, head, doc)
        last = max(a.end for a in chain)
        if last < s.span.end and not doc[last].is_punct:
            return []  # "as did Germany's call for ...": the actor opens a longer phrase
        return resolve(chain, an, day)
    return []


def _like_opener(group: Group, s: Sentence, an: Analyzer, day: date | None) -> list[str]:
    """ "Like France and Spain, Italy has said it will not pay into PURL": the
    states a sentence opens by likening its subject to take its stance."""
    doc = s.span.doc
    first = next((t.i for t in s.span if not t.is_space), s.span.start)
    if doc[first].lower_ != "like":
        return []
    head = next((k for k, a in enumerate(s.actors) if a.start in (first + 1, first + 2)), None)
    if head is None:
        return []
    chain = coordinated(s.actors, head, doc)
    last = max(a.end for a in chain)
    if last >= group.start or last >= len(doc) or doc[last].text != ",":
        return []
    return resolve(chain, an, day)


def _partners(start_char: int, s: Sentence, an: Analyzer, day: date | None) -> list[str]:
    """The actors listed right after "together with" at ``start_char``."""
    doc = s.span.doc
    for i, a in enumerate(s.actors):
        if doc[a.start].idx > start_char:
            if lowers(doc)[word_before(doc, a.start, s.span.start)] != "with":
                return []  # "together with the three Baltic states": right after "with"
            if a.rule == "demonym" and a.end < len(doc) and doc[a.end].is_title:
                return []  # "together with the Cambodian Mine Action Centre": a body, no state
            return resolve(coordinated(s.actors, i, doc), an, day)
    return []


REGARD_WORDS = frozenset("considered regarded viewed seen treated regard regards consider".split())


def _regarded_as(groups: list[Group], doc: Doc) -> list[Group]:
    """ "would be considered by the Russian side as participants in the
    conflict": the verb of regarding and what it regards as are one stance."""
    merged: list[Group] = []
    for group in groups:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.cues[-1].text.lower() in REGARD_WORDS
            and any(c.label == Status.OPPOSED.value for c in group.cues)
            and "as" in [t.lower_ for t in doc[last.end : group.start]]
            and not any(t.text in (".", ";") for t in doc[last.end : group.start])
        ):
            verb = last.cues[-1]  # the regarding verb keeps its place (its agent follows it)
            text = f"{verb.text} ... as {group.cues[0].text}"
            opposed = Cue("status", Status.OPPOSED.value, verb.start, verb.end, text)
            merged[-1] = Group((*last.cues[:-1], opposed))
        else:
            merged.append(group)
    return merged


PLEDGE_NOUNS = frozenset(
    "intent agreement deal contract memorandum letter accord arrangement declaration".split()
)
"""Nouns whose "to ..." says what was agreed: "a letter of intent to supply jets"."""


def _purpose(group: Group, groups: Sequence[Group], s: Sentence) -> bool:
    """ "is considering sending 50 instructors to train Ukrainian troops": an
    infinitive after another stance in its clause says what that one is
    for; it is no stance of its own."""
    doc = s.span.doc
    if group.start < 2 or doc[group.start - 1].lower_ != "to":
        return False
    nouns = SUPPORT_NOUNS | PLEDGE_NOUNS
    if any(t.lower_ in nouns for t in doc[max(0, group.start - 7) : group.start - 1]):
        return False  # "the decision of the EU to prolong sanctions": what was decided
    if any(c.label != Status.COMMITTED.value for c in group.cues):
        return False
    earlier = [g for g in groups if g.end < group.start]
    if not earlier:
        return False
    between = doc[earlier[-1].end : group.start]
    return not any(t.text in (",", ";", ":") or t.lower_ in ("and", "but") for t in between)


FORCE_NAMES = frozenset("forces army bundeswehr military".split())
"""Words of a state's name for its armed forces ("the Bundeswehr", "the Armed
Forces of Bosnia and Herzegovina")."""

SENDING = ("deploy", "send", "sent", "station", "dispatch")
"""Stems of the verbs that send forces."""


def _forces_sent(group: Group, s: Sentence, subject_end: int) -> bool:
    """ "The Bundeswehr will not be deployed in Ukraine": a state's armed forces,
    named as the subject of a verb that sends them, are the kind sent."""
    subject = next((a for a in s.actors if a.end == subject_end), None)
    if subject is None or not _stems(group, SENDING):
        return False
    doc = s.span.doc
    if subject.start >= 2 and doc[subject.start - 1].lower_ == "of":  # "the Armed Forces of BiH"
        return doc[subject.start - 2].lower_ in FORCE_NAMES
    return subject.rule == "metonym" and any(
        t.lower_ in FORCE_NAMES for t in doc[subject.start : subject.end]
    )


def _purpose_kinds(
    group: Group, groups: Sequence[Group], cats: Sequence[Cue], s: Sentence
) -> list[Cue]:
    """The kinds a purpose after a stance with none of its own names in its
    verb ("will deploy to Poland to train Ukrainian soldiers": training)."""
    later = [g for g in groups if g.start >= group.end]
    if not later or not _purpose(later[0], groups, s):
        return []
    return [c for c in cats if later[0].start <= c.start < later[0].end]


def _negative(group: Group, status_why: str) -> bool:
    """A refusal made by negating an offer ("would not send", "no Spanish
    soldier goes"), not a verb of refusing ("ruled out"): only such a refusal
    can take a "without" condition."""
    words = {w for c in group.cues for w in c.text.lower().split()}
    return "(negated)" in status_why or bool(words & NEGATORS) or words == {"no"}


def _without(group: Group, s: Sentence) -> bool:
    """A "without" condition after a stance, or opening its sentence before
    it: refusing X without Y is offering X only with Y ("Without a mandate
    from parliament, no German trainer will go")."""
    doc = s.span.doc
    return any(
        c.text.lower() == "without"
        and not _manner(c, doc)
        and not (c.start - 1 >= group.end and participle(doc[c.start - 1].lower_))  # "sanctions,
        # adopted without UN approval": how the object came about, no condition
        and (
            c.start >= group.end
            or (_fronted_opener(c.start, s) and clause_end(doc, c.end, s.span.end) < group.start)
        )
        for c in s.of("condition_openers")
    )


def _fronted_opener(i: int, s: Sentence) -> bool:
    """Whether token ``i`` begins its sentence, or a quote or clause after a
    colon ("he added: "Without a mandate ..."), opening quotes aside."""
    doc = s.span.doc
    i -= 1
    while i >= s.span.start and doc[i].lower_ in QUOTES:
        i -= 1
    return i < s.span.start or doc[i].text in (":", ";")


def _unless(group: Group, s: Sentence) -> bool:
    """An "unless" (or "if ... not") condition after a refusal, or opening its
    sentence: refusing X unless Y ("will not send troops unless the US
    provides a backstop", "will not pay if the others do not", "If the US is
    not there, our soldiers will not be sent") is offering X only if Y.
    Consent withheld from a joint measure unless Y stays a block (the caller
    keeps it)."""
    doc = s.span.doc
    for cue in s.of("condition_openers"):
        end = clause_end(doc, cue.end, s.span.end)
        fronted = cue.start == s.span.start and end < group.start  # "If the US is not
        if not fronted and (cue.start < group.end or cue.start - group.end > UNLESS_REACH):
            continue  # there, Belgian soldiers will not be sent"
        opener = cue.text.lower()
        clause = lowers(doc)[cue.end : end]
        if opener == "unless" or (opener == "if" and ("not" in clause or "n't" in clause)):
            return True
    return False


def _withheld_unless(group: Group, category: Category, actors: Sequence[str], s: Sentence) -> bool:
    """ "will not accept the loan unless the risks are shared": a share of a
    joint loan refused until a demand is met is offered on that condition. A
    sanctions package held up until a demand is met stays blocked ("will not
    approve the package unless ..."), as does a block itself ("will block"),
    and the invader's objection ("Moscow will not accept the loan unless ...")."""
    if category is not Category.FINANCING or AGGRESSORS.issuperset(actors):
        return False
    return not _stems(group, ("block", *BLOCKS)) and _unless(group, s)


APPROVAL_WORDS = frozenset(
    "approve approves approved approval adopted adopts mandate resolution authorised authorized "
    "authorises authorizes authorisation authorization consent consents vote voted votes "
    "ratification ratify ratifies ratified".split()
)
"""Words of a parliament's or government's approval."""

AGREEMENT_WORDS = APPROVAL_WORDS | frozenset(
    "agree agrees agreed decide decides decided confirm confirms confirmed settled clarified "
    "clarifies".split()
)
"""Words of an approval or of others settling something first."""

STATE_VERBS = frozenset("is are has have gets get takes take".split())
"""Verbs of a clause that a state of affairs must reach first ("until a
new cabinet is in office"); a bare time ("until next year") has none."""

AWAITED_ACTS = frozenset(
    "arrive arrives arrived delivered replaced spells spell gives give provides provide "
    "commits commit makes make".split()
)
"""Verbs of what another must do or what must come first: "until the
replacements it ordered arrive", "until Washington spells out what air cover
it will provide"."""


def _until_approved(group: Group, s: Sentence, an: Analyzer) -> bool:
    """ "no Danish aircraft will fly over Ukraine before the Folketing has
    adopted a resolution", "will not table a proposal until governments have
    agreed the budget", "could not commit ships until a new cabinet is in
    office": a refusal until an approval, an agreement or another state of
    affairs (not the end of the fighting, not a date) offers on that
    condition."""
    clause = next(_until_clauses(s, group.end, group.end + UNLESS_REACH), None)
    if clause is None:
        return False
    between = lowers(s.span.doc)[group.end : clause.start]
    if ";" in between or any(
        a == "," and b in ("and", "but", "while") for a, b in pairwise(between)
    ):
        return False  # "has excluded sending troops, and in Madrid the decision waits until"
    words = lowers(s.span.doc)[clause.start : clause.stop]
    if any(p in " ".join(words) for p in an.lexicon["premise"]):
        return False  # "until a ceasefire is agreed": the premise
    return any(w in AGREEMENT_WORDS or w in STATE_VERBS or w in AWAITED_ACTS for w in words)


def _refused_for_now(status: Status, why: str) -> bool:
    """A refusal, or a commitment negated into indecision ("will not commit
    Rafale jets ... until Washington spells out"), that an awaited act may
    turn into an offer on a condition."""
    return status is Status.DECLINED or (status is Status.CONSIDERING and "(negated)" in why)


def _until_clauses(s: Sentence, start: int, stop: int) -> Iterator[range]:
    """The clauses that "until" or "before" opens between tokens ``start``
    and ``stop`` of a sentence: from the word after it to the clause's end."""
    doc = s.span.doc
    low = lowers(doc)
    for i in range(start, min(stop, s.span.end)):
        if low[i] in ("until", "before"):
            yield range(i + 1, clause_end(doc, i + 1, s.span.end))


UNLESS_REACH = 12
"""Tokens from a refusal to its "unless": further on, the clause is another's."""


HEDGES = frozenset(["could", "might", "may"])
"""Bare modals: what one state says another could do is its guess."""

SPEAKER_REACH = 3
"""Tokens from a speaker's state to its speech verb: "a Chinese diplomat told"."""


def _speculation(
    group: Group, s: Sentence, actors: Sequence[str], an: Analyzer, day: date | None
) -> bool:
    """ "A Russian official told reporters that China or India could take
    part": a speaker's guess about other states is not their stance."""
    first = group.cues[0]
    if first.text.lower().split()[0] not in HEDGES or first.label != Status.CONSIDERING.value:
        return False
    low = lowers(s.span.doc)
    for verb in s.of("speech_verbs"):
        if verb.end > group.start:
            continue
        for a in s.actors:
            near = 0 <= verb.start - a.end <= SPEAKER_REACH or a.start == verb.end
            if near and not any(w in CLAUSE_END for w in low[a.end : verb.start]):
                said_by = resolve([a], an, day)
                return bool(said_by) and not set(said_by) & set(actors)
    return False


WARS = frozenset("war fighting conflict invasion hostilities aggression".split())


def _of_the_war(group: Group, doc: Doc) -> bool:
    """ "while the war continues", "as long as the fighting lasts": the war's
    course, not anyone's stance."""
    low = lowers(doc)
    i = group.start - 1
    while i >= 0 and low[i] in ("still", "is", "has"):
        i -= 1
    return i >= 0 and low[i] in WARS


DEGREES = frozenset("more less most least very rather quite somewhat too".split())
"""Adverbs of degree: after one, a participle is an adjective ("more reserved")."""

MOOD_VERBS = PASSIVE_AUXILIARIES | {"seemed", "appeared", "sounded", "remained"}
"""Verbs before a degree and a participle that describe a mood ("was more reserved")."""


LEADING = frozenset(
    "lead leads led co-lead co-leads co-led chair chairs chaired head heads".split()
)


def _leading(group: Group) -> bool:
    """A stance that only says who leads something ("which lead the
    coalition of the willing"), in present or past, with no modal."""
    words = [w for c in group.cues for w in c.text.lower().split()]
    return bool(words) and all(w in LEADING for w in words)


def _attitude(group: Group, doc: Doc) -> bool:
    """ "Finland was more reserved": a participle after "was" and an adverb of
    degree describes a mood, not a deed."""
    low = lowers(doc)
    at = group.start
    if at < 2 or low[at - 1] not in DEGREES:
        return False
    words = [w for c in group.cues for w in c.text.lower().split()]
    return len(words) == 1 and words[0].endswith("ed") and low[at - 2] in MOOD_VERBS


def _read_sentence(
    s: Sentence,
    context: Context,
    an: Analyzer,
    article: str,
    day: date | None,
    elsewhere: Sequence[OwnerReading],
) -> list[Commitment]:
    doc = s.span.doc
    cats = _named_kinds(s)
    blockers = list(s.actor_tokens())
    # a kind parts two stances, but not one begun inside a verb ("will not pay for or deliver")
    verbs = {i for c in s.of("status") for i in range(c.start, c.end)}
    blockers += [i for c in cats if c.start not in verbs for i in range(c.start, c.end)]
    blockers += [  # "will make its first payment once parliament approves": two groups
        i for c in s.of("condition_openers") for i in range(c.start, c.end)
    ]
    low = lowers(doc)
    blockers += [  # "offered to train Ukrainian forces and to contribute ships": two offers
        i for i in range(s.span.start, s.span.end - 1) if _and_to(low, i)
    ]
    groups = _groups(s.of("status"), blockers, doc)
    conditions, strong = _conditions(s.span, s.cues, an)
    evidence = _evidence(s.span, article, speaker(s))
    clauses = _condition_spans(s, groups)
    found: list[Commitment] = []
    undecided = _undecided_questions(groups, s)
    groups = [  # their kinds are the question's, unless the question is what is undecided
        g for g in groups if g not in undecided.values() and (g in undecided or not _asked(g, s))
    ]
    groups = [g for g in groups if not _rumoured(g, s) and not _judging(g, s, an)]
    groups = [g for g in groups if not _attitude(g, doc) and not _of_the_war(g, doc)]
    groups = [g for g in groups if not _purpose_modal(g, doc)]  # "so that systems could go"
    groups = _weighed_nouns(_subject_nouns(_regarded_as(groups, doc), doc), doc)
    gapped = _gapped(groups, s, cats, an, day)
    groups = sorted([*groups, *gapped], key=lambda g: g.start)
    for group in groups:
        if group in gapped:  # "Germany pledged X, the Netherlands Y": the verb left out
            verb, actors, actor_text = gapped[group]
            rule, subject_end = "gapped subject", group.end
            shared, status_why = _status(verb, s)
            if shared is None:
                continue
            status, status_why = shared, status_why + " (verb shared)"
        else:
            if _in_condition(group, clauses) or _reporting(group, s, an) or _demanded(group, s):
                continue
            if _relating_after_demand(group, groups, s) or _words_mentioned(group, s):
                continue
            if _open_question(group, s):
                continue
            if _trailing_report(group, groups, s) or _without_object(group, s):
                continue
            if _gerund(group, s) or _purpose(group, groups, s):
                continue
            if _contact_relative(group, groups, s, cats):
                continue
            relative = _reduced_relative(group, s, cats)
            if relative and not _distant_agent(group, s):
                continue
            if _set_aside(group, s):
                continue
            if _hosting_an_event(group, doc) or _in_the_making(group, doc):
                continue

            actors, rule, actor_text, subject_end = who(group, s, context, an, day)
            if not actors:
                actors, rule, actor_text, subject_end = _issued(group, s, context)
            if not actors:  # "No decision has been taken on Italian participation in ..."
                actors, rule, actor_text, subject_end = _undecided_part(group, s, an, day)
            if not actors and any(c.label == Status.OPPOSED.value for c in group.cues):
                actors, rule, actor_text, subject_end = _aggressor_of_warning(group, s, an, day)
            if not actors or _loose_headline(actors, s) or (relative and rule != "agent"):
                continue  # a participle describing a kind has only its agent for a subject
            if _speculation(group, s, actors, an, day):
                continue
            if rule == "relative clause" and _habitual(group, s):
                continue  # "Switzerland, which normally adopts EU measures, said it would decide"
            if rule == "relative clause" and _leading(group):
                continue  # "Britain and France, which lead the coalition, said": a description
            own, status_why = _status(group, s)
            if group in undecided:  # "No decision has been taken on whether Germany will send"
                own, status_why = _status(undecided[group], s)
                status_why += f" on '{group.cues[0].text}'"
            index = groups.index(group)
            opens = (
                not index or _clause_break(doc, groups[index - 1].end, group.start) < group.start
            )
            if opens and index + 1 < len(groups) and _action_noun(group, s):
                continue  # "the dispatch of troops is not under consideration": the next says
            if index + 1 < len(groups) and _stance_noun_subject(group, groups[index + 1], s):
                continue  # "Belgium's offer of a company remains not decided": the next says
            if index and _action_noun(group, s):  # "would not provide arms, citing rules on
                earlier = groups[index - 1]  # the transfer of equipment": the stance before's
                own, status_why = _status(earlier, s)
                status_why += f" (for '{group.cues[0].text}', named as a noun)"
            if own is None or (own is Status.OPPOSED and rule == "subject" and _target(group, doc)):
                continue
            status = own
            if status is Status.COMMITTED and _kept_at_home(group, s, an):
                status, status_why = Status.DECLINED, status_why + "; kept at home -> declined"
            if status is Status.COMMITTED and _only_un_measures(group, s):
                if rule == "agent":
                    continue  # "measures adopted by the United Nations": not the UN's stance
                status, status_why = Status.DECLINED, status_why + "; only UN measures -> declined"
            if status is Status.OPPOSED and _denied(group, s):
                continue  # "He denied that Belgium was blocking anything": no objection
            if status is not Status.OPPOSED and _denied(group, s):
                status, status_why = Status.DECLINED, status_why + "; denied that ... -> declined"
        if (
            (strong or _only_then(group, s, an))
            and status in (Status.COMMITTED, Status.CONSIDERING)
            and not _considered_if(group, status, conditions, doc, an)
            and not _procedure_noted(status, conditions)
            and not _condition_elsewhere(group, s)
        ):
            status, status_why = Status.CONDITIONAL, status_why + "; condition -> conditional"
        consenting = (  # "Slovakia will not block the package": consent, not a pledge of
            status is Status.COMMITTED and _not_blocking(group) and not _backing(group, an)
        )  # help, unless on a condition; sanctions let pass are the state's own measures
        if status is Status.DECLINED and _negative(group, status_why) and _without(group, s):
            status, status_why = Status.CONDITIONAL, status_why + "; without ... -> conditional"
        elif _refused_for_now(status, status_why) and _until_approved(group, s, an):
            status, status_why = Status.CONDITIONAL, status_why + "; until approved -> conditional"
        elif status is Status.DECLINED and not _consent(group, an, doc) and _unless(group, s):
            status, status_why = Status.CONDITIONAL, status_why + "; unless ... -> conditional"
        partners = [a for a in _together_with(group, s, an, day) if a not in actors]
        likewise = [a for a in _likewise(group, s, an, day) if a not in actors + partners]
        actors = actors + partners + likewise
        scope_items = _kinds(group, groups, cats, s, context, subject_end, clauses, an)
        if _does_so(group, doc):  # "gives 0.25 per cent of GDP ... and will keep doing so"
            done = [c.category for c in found]
            source = "the stance before"
            if not done and context.last[0] == s.number - 1:  # "... It will keep doing so."
                done = [c.category for c in context.last[1]]
            if not done:  # "Estonia, which has passed its intelligence to Kyiv, will keep doing so"
                done = [Category(c.label) for c in cats if subject_end <= c.start < group.start]
                source = "the clause on its subject"
            if done:
                scope_items = [
                    (category, f"'do so': the kinds of {source}", False, -1)
                    for category in dict.fromkeys(done)
                ]
        if consenting:  # its "not" is the cue's own: no kind is refused
            scope_items = [
                (category, cat_why, False, at)
                for category, cat_why, _, at in scope_items
                if category is Category.SANCTIONS
            ]
        confidence = CONFIDENCE.get(rule, 0.5)
        airlift = _airlift(group, doc)
        refused: set[Category] = set()
        # "refused to allow weapons for Ukraine to pass through its territory": the
        # passage is what is refused, not the weapons
        passage = _through_own_ground(group, s) and any(
            item[0] is Category.LOGISTICS for item in scope_items
        )
        for category, cat_why, negated, at in scope_items:
            if passage and category is not Category.LOGISTICS:
                continue
            if airlift:  # "will fly equipment and personnel for the force": transport
                category, cat_why = Category.LOGISTICS, cat_why + " carried by air"
            elif category is Category.WEAPONS_EQUIPMENT and (
                _flying(group) or _flown(doc, at) or _entering_airspace(group, doc, at)
            ):
                category, cat_why = Category.AIR_FORCES, cat_why + " flown"
            elif category is Category.WEAPONS_EQUIPMENT and _in_a_mission(
                group, s, cats, at, context
            ):
                category, cat_why = Category.AIR_FORCES, cat_why + " in a mission"
            if category is Category.SECURITY_GUARANTEE and _paid_support(group, s, at):
                category, cat_why = Category.FINANCING, cat_why + " paid for"
            if category in HANDED and _handed_over(group, doc, at):
                category, cat_why = Category.WEAPONS_EQUIPMENT, cat_why + " handed over"
            elif category is Category.NAVAL_FORCES and _interdicting(group, doc, at):
                category, cat_why = Category.SANCTIONS, cat_why + " stopped at sea"
            if category in refused and not negated:
                continue  # "will not commit ground troops to a post-war force": the first says
            if negated:
                refused.add(category)
            final = status
            why_status = status_why
            if negated and _stopping(group):
                negated = False  # "will not suspend military aid": the stop is what is refused
            if negated and status in (Status.COMMITTED, Status.CONSIDERING):
                final, why_status = Status.DECLINED, f"negated '{doc[at].text}' -> declined"
                if _without(group, s):  # "No Dutch soldier will go without parliament agreeing"
                    final, why_status = (
                        Status.CONDITIONAL,
                        why_status + "; without ... -> conditional",
                    )
                elif _until_approved(group, s, an):  # "could not commit ships until ..."
                    final, why_status = (
                        Status.CONDITIONAL,
                        why_status + "; until approved -> conditional",
                    )
            if (  # "would not join Western sanctions": declining to take part
                final is Status.DECLINED
                and category is not Category.SANCTIONS
                and _others(doc, at, s.span.start)
                and not _stems(group, PARTAKING)  # "will take no part in any NATO training"
            ):
                final, why_status = Status.OPPOSED, why_status + f"; others' '{doc[at].text}'"
            if final is Status.DECLINED and _refuses_to_let_others(group, s, actors):
                final, why_status = Status.OPPOSED, why_status + "; others not let -> opposed"
            if final is Status.DECLINED and category in JOINT and _consent(group, an, doc):
                final, why_status = Status.OPPOSED, why_status + "; consent withheld -> opposed"
            if (
                final is Status.OPPOSED
                and category is Category.LOGISTICS
                and _through_own_ground(group, s)
            ):
                final, why_status = (
                    Status.DECLINED,
                    why_status + "; across its own ground -> declined",
                )
            if final is Status.OPPOSED and _withheld_unless(group, category, actors, s):
                final, why_status = Status.CONDITIONAL, why_status + "; unless ... -> conditional"
            givers, giver_text = actors, actor_text
            if final is Status.OPPOSED and not AGGRESSORS.intersection(actors):
                warning = _aggressor_warning(group, s, an, day)  # "Russia's embassy warned that
                if warning is not None:  # Greece would become a legitimate target"
                    givers, giver_text = [warning], f"{actor_text} (warned of by the state at war)"
            near = doc[at].idx if at >= 0 else s.span.start_char
            giving = _giving(group) and not any(  # not "advised Serbia to supply no weapons"
                subject_end <= a.start and a.end <= group.start for a in s.actors
            )
            for actor in givers:
                stance, stance_why = _as_aggressor(actor, final, why_status, giving)
                if stance is None:
                    continue
                found.append(
                    Commitment(
                        article=article,
                        actor=actor,
                        category=category,
                        status=stance,
                        evidence=evidence,
                        magnitude=_magnitude(s.span, category, near),
                        conditions=tuple(conditions),
                        confidence=confidence - (0.2 if at < 0 else 0.0),
                        why=(
                            f"rule: {rule}",
                            f"actor: '{_partner_why(actor, partners, likewise, giver_text)}'"
                            f" -> {actor}",
                            f"status: {stance_why}",
                            f"category: {cat_why} -> {category.value}",
                        ),
                    )
                )
    stated = {(c.actor, c.category) for c in found}
    stated_before = bool(stated)
    for actors, cue, owner in _owned(s, an, day, elsewhere):
        of_share = _topic(context, s.number) if cue.text.lower() in SHARE_NOUNS else None
        whose = " of the topic of the context" if of_share else ""
        for actor in actors:
            category = of_share or Category(cue.label)  # "Sweden's share": of what was named
            if (actor, category) in stated or actor in AGGRESSORS:
                continue
            stated.add((actor, category))
            status, status_why = Status.COMMITTED, f"'{cue.text}' owned -> committed"
            if (  # "German instructors in Ukraine will be left to the Bundestag"; not
                strong  # "Belgium can back the EU's loan only if ...": Belgium's
                and not stated_before
                and not any(cue.start in clause for clause in clauses)  # "only if paid from
            ):  # the EU's loan": the owned thing is part of the condition
                status, status_why = Status.CONDITIONAL, status_why + "; condition -> conditional"
            found.append(
                Commitment(
                    article=article,
                    actor=actor,
                    category=category,
                    status=status,
                    evidence=evidence,
                    magnitude=_magnitude(s.span, category, doc[cue.start].idx),
                    conditions=tuple(conditions),
                    confidence=CONFIDENCE["owner"],
                    why=(
                        "rule: owner",
                        f"actor: {owner} -> {actor}",
                        f"status: {status_why}",
                        f"category: '{cue.text}'{whose} -> {category.value}",
                    ),
                )
            )
    return found


def _first_subject(s: Sentence, an: Analyzer, day: date | None) -> list[str]:
    """The actors of a sentence's first list of actors not after a preposition."""
    return resolve(_first_chain(s), an, day)


def _office_holder(s: Sentence) -> list[ActorSpan]:
    """ "The spokesman of the Ministry of Foreign Affairs of Iran, Esmaeil
    Baghaei, said": an office of a state opening the sentence stands for it."""
    doc = s.span.doc
    opening = opening_pronoun(s)
    if opening is None or opening.end >= s.span.end or doc[opening.end].lower_ != "of":
        return []
    low = lowers(doc)
    end = next((i for i in range(s.span.start, s.span.end) if low[i] in CLAUSE_END), s.span.end)
    return [a for a in s.actors if a.end <= end][:1]


def _ukraine_first(s: Sentence) -> list[str]:
    """[Ukraine] if Ukraine alone is a sentence's subject, so that an "it" after
    it is Ukraine's ("Ukraine does not need promises. It needs brigades"), not
    an earlier state's; else nothing."""
    chain = _first_chain(s)
    if not chain or chain[0].start > s.span.start + 1:  # the subject opens the sentence
        return []
    if all(a.actor == BENEFICIARY and a.kind == "state" and a.rule != "demonym" for a in chain):
        return [BENEFICIARY]
    return []


def _first_chain(s: Sentence) -> list[ActorSpan]:
    """A sentence's first list of actors not after a preposition."""
    doc = s.span.doc
    for index in range(len(s.actors)):
        chain = coordinated(s.actors, index, doc)
        if not preceded_by_preposition(doc, chain[0].start, s.span.start):
            return chain
    return []


def _remember(
    s: Sentence, context: Context, an: Analyzer, day: date | None, read: Sequence[Commitment]
) -> None:
    """Keep a sentence's subject and topic: the kinds of the commitments read
    in it, else every kind it names ("blocked reimbursements from the fund
    that pays for arms sent to Ukraine" is about the reimbursements)."""
    low = lowers(s.span.doc)
    for cue in s.of("category"):  # "the sanctions package" -> "the package" later
        head = cue.text.lower().split()[-1]
        if head in ELLIPTIC_OBJECTS:
            context.named[head] = Category(cue.label)
        if cue.start >= 2 and low[cue.start - 1] == "of" and low[cue.start - 2] in ELLIPTIC_OBJECTS:
            context.named[low[cue.start - 2]] = Category(cue.label)  # "the package of sanctions"
        if cue.label == Category.AIR_FORCES.value and _names_a_task(cue):
            context.air_mission = True
    actors = (  # "The minister also spoke about NATO jets": the minister is the subject
        carried_subject(s, context)
        or _first_subject(s, an, day)
        or resolve(_office_holder(s), an, day)
        or _ukraine_first(s)
    )
    if actors:
        context.subjects.append((s.number, actors))
    if len(s.actors) > 2:  # a list has three names, or two and a third (Ukraine) in the text
        context.lists.append(s)  # read for its lists only if a later sentence counts them
    if read:
        context.topics.append((s.number, tuple(dict.fromkeys(c.category for c in read))))
        for c in read:
            context.read[c.category] = context.read.get(c.category, 0) + 1
        return
    cats = [c for c in _named_kinds(s) if not _receiving(c, s.span.doc)]
    if cats:
        context.topics.append((s.number, tuple(dict.fromkeys(Category(c.label) for c in cats))))


def _loose_headline(actors: Sequence[str], s: Sentence) -> bool:
    """ "Allies pledge interceptors as Contact Group meets": a headline sums up
    with a loose word for the coalition; the article names who gave what."""
    if s.number > 0 or list(actors) != [COALITION]:
        return False
    if text_of(s.span).rstrip()[-1:] in '.!?"”':
        return False  # a sentence, not a headline
    return all(a.weak for a in s.actors if a.actor == COALITION)


AUXILIARIES = frozenset(
    "will would could can shall should may might is are was were do does did has have".split()
)
"""Words that open a yes-or-no question ("Will you send ...?")."""


def _put_to(s: Sentence, context: Context, an: Analyzer, day: date | None) -> tuple[Category, ...]:
    """The kinds a yes-or-no question asks the interviewee to give ("Would you
    give Ukraine your own NASAMS?", "Will Finnish soldiers serve in the
    force?"), or none: a question about someone else, or an open one."""
    low = lowers(s.span.doc)
    words = [i for i in range(s.span.start, s.span.end) if not s.span.doc[i].is_space]
    if len(words) > 2 and low[words[0]] == "q" and low[words[1]] == ":":
        words = words[2:]  # "Q: Will you ...?"
    if len(words) > 3 and low[words[0]] == "what" and low[words[1]] == "about":
        words = words[1:]  # "What about Swedish jets policing ...?": about the interviewee's
    if len(words) < 3 or low[words[0]] not in AUXILIARIES | {"about"}:
        return ()
    second = words[1]
    if low[second] not in ("you", "your"):
        named = [a for a in s.actors if a.start == second]
        if not named or not set(resolve(named, an, day)) & set(context.interviewee):
            return ()
    return _asked_kinds(_drop_generic_heads(s))


def _asked_kinds(cats: Sequence[Cue]) -> tuple[Category, ...]:
    """The kinds a question names, a vague guarantee only when nothing narrower is."""
    kinds = tuple(dict.fromkeys(Category(c.label) for c in cats))
    narrow = tuple(k for k in kinds if k is not Category.SECURITY_GUARANTEE)
    return narrow or kinds


def _refusal(s: Sentence, context: Context, an: Analyzer) -> bool:
    """A bare "No." (or "Not at this stage.") right after a yes-or-no question
    put to the interviewee."""
    question, kinds = context.put_to
    if not kinds or not 0 < s.number - question <= ANSWER_REACH:
        return False
    words = " ".join(w for w in lowers(s.span.doc)[s.span.start : s.span.end] if w.strip())
    words = words.removeprefix("a :").strip()  # "A: Not at this stage."
    return words.rstrip(" .!") in an.lexicon["negative_answers"]


def _answered_no(s: Sentence, context: Context, article: str) -> list[Commitment]:
    _question_number, kinds = context.put_to
    why = (
        "rule: answer to a yes-or-no question",
        "the interviewee",
        f"'{text_of(s.span).strip()}'",
    )
    return _declined(s, context.interviewee, kinds, article, why)


def _declined(
    s: Sentence,
    actors: Sequence[str],
    kinds: Sequence[Category],
    article: str,
    why: tuple[str, str, str],
    source: str = "named in the question",
) -> list[Commitment]:
    """Refusals, by a "No." answering a question, of the kinds it asked for
    (or of those ``source`` says)."""
    rule, who, answer = why
    evidence = _evidence(s.span, article, None)
    return [
        Commitment(
            article=article,
            actor=actor,
            category=kind,
            status=Status.DECLINED,
            evidence=evidence,
            magnitude=None,
            conditions=(),
            confidence=CONFIDENCE["speaker"],
            why=(
                rule,
                f"actor: {actor}, {who}",
                f"status: {answer} -> declined",
                f"category: {kind.value}, {source}",
            ),
        )
        for actor in actors
        for kind in kinds
    ]


NOT_REFUSALS = frozenset("yet only just least".split())
"""Words after an answer's "Not" that make it no refusal ("Not yet", "Not only ...")."""


def _refused_when_asked(
    s: Sentence, an: Analyzer, day: date | None, article: str
) -> list[Commitment]:
    """ "Asked whether London could release more interceptors, he answered:
    "Not from our own stocks, no."": a quoted answer that opens with a no
    declines, for the state the question named, the kinds it named."""
    low, span = lowers(s.span.doc), s.span
    at = next((i for i in range(span.start, span.end) if low[i] == "whether"), -1)
    if at < 0 or not any(w.startswith("ask") for w in low[max(span.start, at - ASK_REACH) : at]):
        return []
    comma = next((i for i in range(at, span.end) if low[i] == ","), -1)
    quote = next((i for i in range(max(comma, at), span.end) if low[i] in QUOTES), -1)
    if comma < 0 or quote < 0 or quote + 2 >= span.end:
        return []
    first, second = low[quote + 1], low[quote + 2]
    if not (first == "no" and not second.isalpha()) and not (
        first == "not" and second not in NOT_REFUSALS
    ):
        return []
    named = [a for a in s.actors if at < a.start < comma]
    actors = [a for a in resolve(named[:1], an, day) if a not in AGGRESSORS]
    cats = [c for c in _drop_generic_heads(s) if at < c.start < comma]
    narrow = _asked_kinds(cats)
    answer = f"'{text_of(s.span.doc[quote + 1 : span.end]).strip()}'"
    return _declined(
        s,
        actors,
        narrow,
        article,
        ("rule: answer to a reported question", "named in the question", answer),
    )


FINITE = frozenset("has have had is are was were will would could can should".split())
"""Auxiliaries that give the words after "said no" a verb of their own."""

NO_CLAUSE_REACH = 6


CONTINGENT_AFTER = frozenset(
    "is are was were be been being remain remains remained become becomes made make makes "
    "not".split()
)
"""Words after which "contingent on" is a condition ("is contingent on a vote");
after others, "contingent" is a body of troops ("any foreign contingent on the
territory of Ukraine")."""


def _contingent_noun(cue: Cue, doc: Doc) -> bool:
    """Whether a "contingent on" cue is the noun, a body of troops, followed
    by "on" (a place), rather than the adjective of a condition."""
    if not cue.text.lower().startswith("contingent") or cue.kind == "category" or cue.start == 0:
        return False
    before = doc[cue.start - 1]
    if not before.is_alpha or before.lower_.endswith("ly"):
        return False  # ", contingent on", "strictly contingent on"
    return before.lower_ not in CONTINGENT_AFTER


def _no_as_determiner(cue: Cue, doc: Doc) -> bool:
    """ "said no decision had been taken": "no" begins a clause's subject (a
    verb follows), unlike "says no troops on Ukrainian soil" or "said no to"."""
    if cue.kind != "status" or cue.text.lower().split()[-1] != "no":
        return False
    low = lowers(doc)
    for i in range(cue.end, min(len(low), cue.end + NO_CLAUSE_REACH)):
        if low[i] in CLAUSE_END or low[i] == "to" or "\n" in low[i]:
            return False  # "Prague says no" at the end of a line
        if low[i] in FINITE:
            return True
    return False


RELATING = frozenset(["tied to", "linked to"])
"""Condition cues that, before Ukraine, only say what something is about."""


MENTION_NOUNS = frozenset("words phrase sentence slogan headline caption".split())
"""Nouns before a quotation that only name its words ("under the headline
"Sweden commits troops"")."""


def _words_mentioned(group: Group, s: Sentence) -> bool:
    """'The words "Finnish troops will go" do not appear in the original':
    a quotation named as words, a headline or a caption states no stance."""
    text = orths(s.span.doc)
    marks = [i for i in range(s.span.start, group.start) if text[i] in QUOTES]
    if len(marks) % 2 == 0 or text[marks[-1]] in ("”", "»"):
        return False  # not inside a quotation
    return marks[-1] > s.span.start and text[marks[-1] - 1].lower() in MENTION_NOUNS


def _relating_after_demand(group: Group, groups: Sequence[Group], s: Sentence) -> bool:
    """ "Berlin should send Taurus, starting with a number tied to specific
    targets", "should reconsider Taurus, at least a number tied to": "tied
    to" after a demand belongs to what is demanded."""
    if not all(c.text.lower() in RELATING for c in group.cues):
        return False
    low = lowers(s.span.doc)
    openers = {c.start for c in s.of("condition_openers")}  # "Should the talks fail"
    return any(g.end <= group.start and _demanded(g, s) for g in groups) or any(
        low[i] in OBLIGATIONS and i not in openers for i in range(s.span.start, group.start)
    )


def _about_ukraine(cue: Cue, doc: Doc) -> bool:
    """ "training programmes tied to Ukraine": related to, not conditional on."""
    if cue.kind != "status" or cue.text.lower() not in RELATING or cue.end >= len(doc):
        return False
    return lowers(doc)[cue.end].startswith(("ukrain", "kyiv", "kiev"))


def _once_as_time(cue: Cue, doc: Doc) -> bool:
    """ "once again", "at once", "more than once": "once" that opens no condition."""
    if cue.kind != "condition_openers" or cue.text.lower() != "once":
        return False
    low = lowers(doc)
    after = low[cue.end] if cue.end < len(low) else "."
    before = low[cue.start - 1] if cue.start > 0 else ""
    return after in ONCE_NOT_OPENING or before in ("at", "all", "than", "for", "just")


UNCONDITIONAL_REACH = 3
"""Tokens from "without" to the condition it denies ("without making it
depend on")."""


CONDITION_PREDICATES = ("depend", "hinge", "conditional", "contingent", "subject")
"""Condition openers that are a predicate a negation can deny ("does not
depend on", "is not subject to"), unlike "if" or "once"."""

NEGATED_PREDICATE_REACH = 2
"""Tokens from a "not" to the condition predicate it denies ("is not
conditional on", "does not depend on")."""


def _denied_condition(cue: Cue, doc: Doc) -> bool:
    """ "will put troops into Ukraine without making it depend on
    Washington", "the offer does not depend on what Washington decides": a
    condition said not to be set is none."""
    low = lowers(doc)
    if "without" in low[max(0, cue.start - UNCONDITIONAL_REACH) : cue.start]:
        return True
    before = low[max(0, cue.start - NEGATED_PREDICATE_REACH) : cue.start]
    return cue.text.lower().startswith(CONDITION_PREDICATES) and bool(NEGATORS.intersection(before))


TIME_CLAUSE = "time_clause"
"""The kind of a "when" cue that opens a clause in the past: it ends the
scope of the stance before it, but sets no condition."""

PAST_MARKS = frozenset("was were did had".split())
"""Verbs that put a "when" clause in the past."""

NOT_PAST = frozenset("will would is are be been has have can could shall should may must".split())
"""Verbs that keep a "when" clause open: a condition ("when the mandate is agreed")."""

BACKSHIFT = frozenset("would could might should".split())
"""Modals before "when" that make a past clause a reported condition ("said it
would deploy when a ceasefire was signed")."""

WHEN_REACH = 12
"""Tokens after "when" read for its verbs."""


def _past_when(cue: Cue, doc: Doc) -> bool:
    """ "raised the stakes in October when it sanctioned two oil firms":
    "when" with a verb in the past tells a time, not a condition."""
    if cue.kind != "condition_openers" or cue.text.lower() != "when":
        return False
    low = lowers(doc)
    start = cue.start
    while start > 0 and low[start - 1] not in (".", "!", "?", "\n\n"):
        start -= 1
        if low[start] in BACKSHIFT:
            return False  # a condition told in reported speech
    end = clause_end(doc, cue.end, min(len(doc), cue.end + WHEN_REACH))
    words = low[cue.end + 1 : end]  # the word after "when" is its subject or "asked"
    if NOT_PAST.intersection(words):
        return False  # "when the systems ordered by industry will be delivered"
    orth = orths(doc)
    return any(  # a past verb, not a participle after "is" nor a name ("United")
        w in PAST_MARKS
        or (
            w.endswith("ed")
            and orth[cue.end + 1 + i].islower()
            and low[cue.end + i] not in PASSIVE_AUXILIARIES
        )
        for i, w in enumerate(words)
    )


ONCE_NOT_OPENING = frozenset(["again", "more", "upon", "and", "or", ",", ".", "before", "in"])
"""Words after "once" that make it a time adverb: "once again", "once in a while"."""


CLAIM_LINE = re.compile(
    r"\s*(?:(?:the\s+|false\s+|viral\s+)?claims?\s*\d*|fact[\s-]?check(?:ed)?)\s*:",
    re.IGNORECASE,
)
"""How a fact-check introduces what it examines and its verdict: "CLAIM 2:",
"Claim:", "FACT CHECK: No, ..."."""


LINK_LINE = re.compile(
    r"\s*(?:related(?:\s+(?:stories|articles|coverage))?|read\s+(?:more|also)|see\s+also"
    r"|also\s+read|more\s+on\s+this|further\s+reading)\s*:",
    re.IGNORECASE,
)
"""How a page introduces links to other stories ("Related: Estonia detains a
second tanker", "Read more: ..."): headlines of other articles, no stance
told in this one."""


TEASER_LINE = re.compile(
    r"\s*(?:(?:also\s+|inside\s+)?in\s+this\s+(?:issue|edition)|this\s+week|inside"
    r"|in\s+today'?s\s+(?:issue|edition|briefing))\s*:",
    re.IGNORECASE,
)
"""How a newsletter lists what its items will tell ("In this issue: Suva's
blue-helmet offer, Bangkok's neutrality, ..."): headlines of the items below,
each read where the item tells it, not run together on one line."""


def _line_opens(span: Span, pattern: re.Pattern[str]) -> bool:
    """Whether a sentence is on a line that opens with ``pattern``."""
    text = document_text(span.doc)
    start = span.start_char
    return bool(pattern.match(text, text.rfind("\n", 0, start) + 1))


def _question(span: Span) -> bool:
    """A question ("What have the Americans promised?") states no stance."""
    return text_of(span).rstrip().endswith("?")


SUPPOSING = frozenset("imagine suppose supposing".split())
"""Words that open a sentence on a case put for argument: "Suppose
Washington were to offer intelligence", "Imagine, for the sake of argument,
that Germany sent two brigades"."""


def _supposed(span: Span) -> bool:
    """A case put for argument states no stance."""
    low = lowers(span.doc)
    first = next((low[i] for i in range(span.start, span.end) if low[i][:1].isalpha()), "")
    return first in SUPPOSING


def _premise_only(cues: list[Cue], doc: Doc) -> list[Cue]:
    """Drop condition stances that only name the end of the fighting ("only
    after a ceasefire"): the premise is no condition (ANNOTATION.md)."""
    premises = [c.start for c in cues if c.kind == "premise"]
    openers = {c.start for c in cues if c.kind == "condition_openers"}
    kept = []
    for c in cues:
        if (
            c.kind == "status"
            and c.label == Status.CONDITIONAL.value
            and premises
            and (c.start in openers or not DECISION_PUT_OFF.intersection(c.text.lower().split()))
        ):
            end = clause_end(doc, c.end, len(doc))
            if any(c.end <= p < end for p in premises) and not _beyond_premise(doc, c.end, end):
                continue
        kept.append(c)
    return kept


def _premise_events(cues: list[Cue], doc: Doc) -> list[Cue]:
    """Drop stances that say what becomes of the end of the fighting ("before
    a ceasefire was signed", "once a peace deal is agreed"): the premise's
    own verb, no one's pledge."""
    ends = {c.end for c in cues if c.kind == "premise"}
    if not ends:
        return cues
    low = lowers(doc)

    def of_premise(c: Cue) -> bool:
        i = c.start
        while i > 0 and i not in ends and low[i - 1] in PREMISE_AUXILIARIES:
            i -= 1
        return i in ends and i < c.start  # an auxiliary between: "a truce is signed"

    return [c for c in cues if not (c.kind == "status" and of_premise(c))]


PREMISE_AUXILIARIES = frozenset(
    "is was are were be been being has have had will would finally formally".split()
)
"""Words between the end of the fighting and the verb that says it comes."""


BEYOND_PREMISE = (
    "mandate",
    "rules of engagement",
    "backstop",
    "both sides",
    "both parties",
    "request",
    "asked",
    *APPROVALS,
)
"""Words of a condition besides the end of the fighting: "once a ceasefire is
in place and the force's mandate has been agreed", "if the OSCE is asked by
both sides to verify a ceasefire" are conditions still."""


def _beyond_premise(doc: Doc, start: int, end: int) -> bool:
    """Whether a clause that names the end of the fighting names more."""
    text = doc[start:end].text.lower()
    return any(w in text for w in BEYOND_PREMISE)


DECISION_PUT_OFF = frozenset("decide decides decision".split())
"""Words of a conditional stance that put a decision off ("would decide on
troops only once the terms of a peace were known"): a premise later in the
clause does not make it the premise alone."""

INDIRECT_QUESTION = frozenset(
    "see ask asks asked asking know knows decide decides check wonder unclear sure".split()
)
"""Words after which "if" asks ("we will see if", "unclear if") rather than sets a condition."""


WHO_ASKING = INDIRECT_QUESTION | frozenset(
    "say says said tell told disclose disclosed reveal revealed specify specified confirm "
    "confirmed name named clear known".split()
)
"""Words after which "which countries" or "who" asks a question ("would not
say which governments would pay", "it is not known who will lead")."""


MAKING = frozenset("make makes made making".split())

AVAILABLE_REACH = 10
"""Tokens between "make" and "available": "will make commercial radar-satellite
data from Finnish providers available"."""


ADDING = frozenset("add adds added adding".split())

ADDED_REACH = 18
"""Tokens after "added 35" in which the list they join is named."""


def _split_stances(doc: Doc, cues: Sequence[Cue]) -> list[Cue]:
    """Pledges whose words stand apart or depend on what follows, which no
    lexicon phrase can match: "Canada added C$150 million to the scheme",
    "Helsinki will make its satellite data available to the mission",
    "Britain announced parallel measures", "Seoul put 12 firms on its
    sanctions list", "the four agreed in Canberra to align their bans"."""
    low = lowers(doc)
    taken = {i for c in cues if c.kind == "status" for i in range(c.start, c.end)}
    kinds = {c.start for c in cues if c.kind == "category"}
    return [
        Cue("status", Status.COMMITTED.value, i, i + 1, doc[i].text)
        for i, word in enumerate(low)
        if i not in taken
        and (
            (word in ADDING and _adds(doc, low, i))
            or (word in LISTING and _lists(doc, low, i))
            or (word in AGREEING and _agrees_to(low, i))
            or (word in MAKING and _available(low, i))
            or (word in ANNOUNCING and i + 1 in kinds)  # "announced parallel measures"
        )
    ]


NO_NATIONAL_REACH = 3
"""Tokens from a state's name after "no" to the kind it names ("no US
officers", "no American combat aircraft")."""


def _no_nationals(doc: Doc, cues: Sequence[Cue], actor_spans: Sequence[ActorSpan]) -> list[Cue]:
    """ "No American troops.", "no US officers will sit in the force's chain
    of command": "no" before a state's name and a kind, in a sentence with no
    stance after it, denies what that state gives (the actor is found as
    the nationality of the object)."""
    low = lowers(doc)
    states = {  # not "no new Russia designations": the invader is what is sanctioned
        a.start: a
        for a in actor_spans
        if a.kind == "state" and a.actor != BENEFICIARY and a.actor not in AGGRESSORS
    }
    kinds = sorted(c.start for c in cues if c.kind == "category")
    stances = sorted(c.start for c in cues if c.kind == "status")
    taken = {i for c in cues if c.kind == "status" for i in range(c.start, c.end)}
    found = []
    for c in cues:
        if c.kind != "negations" or c.text.lower() != "no" or c.start in taken:
            continue  # "there will be no" is a stance already
        at = c.end + (low[c.end : c.end + 1] == ["new"])
        state = states.get(at)
        if state is None:
            continue
        kind = next((k for k in kinds if state.end <= k <= state.end + NO_NATIONAL_REACH), None)
        end = doc[c.start].sent.end
        if kind is None or any(c.start < i < end for i in stances):
            continue
        found.append(Cue("status", Status.DECLINED.value, c.start, c.end, c.text))
    return found


ANNOUNCING = frozenset("announce announces announced".split())
"""Words that give what they announce when a kind follows right after them
(the lexicon lists "announced a", "announced new" ...)."""


def _adds(doc: Doc, low: Sequence[str], i: int) -> bool:
    """ "add" before a sum of money, or before a number of what joins a list
    named after it, gives it (elsewhere "added" reports speech, or counts
    trains: "added four freight trains a week")."""
    while i + 1 < len(low) and (  # "added another 150 million", "added this month 50"
        low[i + 1] in ADDED_MODIFIERS or low[i + 1] in ADDED_TIMES or low[i + 1] in TIME_WORDS
    ):
        i += 1
    if i + 2 >= len(low):
        return False
    unit = not low[i + 1].isalpha() or doc[i + 1].is_upper  # "C$", "€", "NOK"
    money = unit and doc[i + 2].like_num
    money = money or (doc[i + 1].like_num and low[i + 2] in SUM_WORDS)
    return money or _listed_number(doc, low, i)


def _listed_number(doc: Doc, low: Sequence[str], i: int) -> bool:
    """A number right after token ``i`` and a list named soon after it
    ("added 117 vessels to its blacklist")."""
    return doc[i + 1].like_num and any(w in LIST_WORDS for w in low[i + 2 : i + ADDED_REACH])


LIST_WORDS = frozenset("list lists blacklist blacklists".split())

LISTING = frozenset("put puts placed places".split())
"""Verbs that give when a number of entries is put on a list: "South Korea
put 12 companies and five individuals on its sanctions list"."""


def _lists(doc: Doc, low: Sequence[str], i: int) -> bool:
    """ "put 12 companies ... on its sanctions list"."""
    while i + 1 < len(low) and (low[i + 1] in ADDED_MODIFIERS or low[i + 1] in TIME_WORDS):
        i += 1
    return i + 2 < len(low) and _listed_number(doc, low, i)


AGREEING = frozenset("agree agrees agreed".split())

AGREED_GAP = frozenset(
    "in at on last this earlier during after with late early yesterday today".split()
)
"""Words that open a phrase of place, time or partner between "agreed" and
its "to": "agreed in Canberra to align", "agreed on Tuesday to send"."""

AGREED_REACH = 5
"""Tokens from "agreed" to its "to" across such a phrase."""


def _agrees_to(low: Sequence[str], i: int) -> bool:
    """ "agreed in Canberra to align their bans": "agree~ to" with a short
    phrase between its words (but "agreed that ...", "agreed not to block"
    are not this)."""
    if i + 2 >= len(low) or low[i + 1] not in AGREED_GAP:
        return False
    for j in range(i + 2, min(len(low), i + 2 + AGREED_REACH)):
        if low[j] in CLAUSE_END or low[j] in ("not", "never", "that"):
            return False
        if low[j] == "to":
            return True
    return False


ADDED_MODIFIERS = frozenset(
    "another a an further additional extra some about around nearly".split()
)
"""Words between "added" and its sum: "added another 150 million US dollars"."""

ADDED_TIMES = frozenset("this last on in".split())
"""Words of a time between "added" and its number, with TIME_WORDS: "added
this month 50 more entities", "added on Friday 30 tankers"."""


def _available_for(group: Group, limit: int, doc: Doc) -> int:
    """Where the users of what is made available begin ("will make its air
    base available for the mission's tankers": the tankers use the base),
    else ``limit``."""
    low = lowers(doc)
    if low[group.end - 1] not in MAKING:
        return limit
    at = next((j for j in range(group.end, limit) if low[j] == "available"), limit)
    if any(w in SUM_WORDS or w in MONEY_NOUNS for w in low[group.end : at]):
        return limit  # "makes 90 million euros available for radars": what the money buys
    if low[at + 1 : at + 2] != ["for"]:
        return limit
    used = low[at + 2 : at + 4]  # "available for the transit of weapons": a use, no user
    return limit if any(w in TRANSIT_USES for w in used) else at + 1


TRANSIT_USES = frozenset("transit transport passage transfer movement overflight".split())
"""Uses after "available for" that are a logistics service, not a user."""


def _available(low: Sequence[str], i: int) -> bool:
    """ "make" with "available" later in its clause: the thing made available
    stands between the two words of the stance, and so may a relative clause
    set off by commas ("make flying hours from the tanker fleet, which is
    based at Eindhoven, available")."""
    j, read = i + 2, 0
    while j < len(low) and read < AVAILABLE_REACH:
        if low[j] == "," and low[j + 1 : j + 2] in (["which"], ["who"]):
            close = next((k for k in range(j + 2, len(low)) if low[k] in CLAUSE_END), None)
            if close is None or low[close] != ",":
                return False
            j = close + 1  # past the relative clause, which counts for nothing
            continue
        if low[j] in CLAUSE_END:
            return False
        if low[j] == "available":
            return True
        j, read = j + 1, read + 1
    return False


def _asked_who(cue: Cue, doc: Doc) -> bool:
    """A stance whose subject is the question: "would not say which
    governments would fund the batch" pledges nothing for anyone."""
    low = lowers(doc)
    for size in (1, 2, 3):  # "who", "which governments", "which European states"
        at = cue.start - size
        if at < 1 or low[at] not in ("who", "which"):
            continue
        if size == 1 and low[at] == "which":
            continue  # "which would pay": a relative clause, or its subject is unknown
        return low[at - 1] in WHO_ASKING
    return False


ON_REQUEST = frozenset("asked requested invited needed necessary required".split())
"""After "if", words that make an offer one on request ("could provide observers
if asked"), not one that depends on something."""


SCHEME_HEADS = frozenset(
    "scheme schemes fund funds facility mechanism initiative initiatives".split()
)
"""Heads that make what they are named after a thing bought through them:
"the US arms scheme", "an ammunition fund" are schemes, financing."""


ARMS = frozenset([Category.WEAPONS_EQUIPMENT.value, Category.AIR_DEFENSE.value])


def _scheme_head(cue: Cue, doc: Doc) -> Cue:
    """ "stay out of the US arms scheme": a kind of weapon before a scheme's
    head names the scheme, which is financing (ANNOTATION.md)."""
    if cue.kind != "category" or cue.label not in ARMS or cue.end >= len(doc):
        return cue
    low = lowers(doc)
    if low[cue.end] not in SCHEME_HEADS or _scheme_acts(cue.end + 1, low):
        return cue
    return Cue(
        "category",
        Category.FINANCING.value,
        cue.start,
        cue.end + 1,
        f"{cue.text} {doc[cue.end].text}",
    )


def _scheme_acts(after: int, low: Sequence[str]) -> bool:
    """ "the ammunition initiative, which Prague coordinates, will deliver":
    a scheme that is the subject of a verb gives what it is named after."""
    relative = low[after : after + 2] in ([",", "which"], [",", "that"])
    return relative or (after < len(low) and low[after] in AUXILIARIES)


def _not_blocking(group: Group) -> bool:
    """ "would not block", "not to veto": a stance that says its own "not"
    (the lexicon's only such committed cues) lets a decision pass; it
    pledges something only on a condition ("provided the gas clause goes")."""
    return any(_own_not(c) for c in group.cues)  # "agreed on Friday not to block" too


def _backing(group: Group, an: Analyzer) -> bool:
    """Whether the group also backs what it will not block, in words of its
    own ("will back the package and will not block it"): a pledge of support."""
    words = an.lexicon["consent_words"]
    return any(
        not _own_not(c) and any(f" {w} " in f" {c.text.lower()} " for w in words)
        for c in group.cues
    )


def _own_not(cue: Cue) -> bool:
    """ "would not block", "will spare no effort": a committed cue that says
    its own "not" or "no", which negates no stance."""
    return cue.label == Status.COMMITTED.value and any(
        w in NEGATORS or w == "no" or w.endswith("n't") for w in cue.text.lower().split()
    )


def _provided_as_verb(cue: Cue, actor_spans: Sequence[ActorSpan], doc: Doc) -> bool:
    """ "Germany provided the Patriot systems", "London has provided the
    missiles": "provided the/it/they" after its subject or an auxiliary is
    the verb, not a condition ("would send troops provided the Bundestag
    agrees")."""
    if not cue.text.lower().startswith(("provided ", "providing ")) or cue.start == 0:
        return False
    before = doc[cue.start - 1].lower_
    return before in PROVIDER_WORDS or any(  # but not "a mission in Ukraine provided the"
        a.end == cue.start and not preceded_by_preposition(doc, a.start, doc[a.start].sent.start)
        for a in actor_spans
    )


PROVIDER_WORDS = AUXILIARIES | frozenset(
    "had be been also already jointly previously recently now it they we who which".split()
)
"""Words right before "provided" that make it a verb: an auxiliary, an
adverb of the verb, or a subject pronoun."""


def _provided_as_condition(cue: Cue, doc: Doc) -> Cue:
    """ "could be paid in April, provided Hungary lifts its block": after a
    comma, "provided" opens a condition unless it is a passive ("provided by")."""
    if cue.kind != "status" or cue.text.lower() != "provided" or cue.start == 0:
        return cue
    after = doc[cue.end].lower_ if cue.end < len(doc) else ""
    if doc[cue.start - 1].text not in (",", '"', "”") or after == "by":
        return cue  # also after a quote: 'its share "without hesitation" provided the money'
    return Cue("condition_openers", "condition_openers", cue.start, cue.end, cue.text)


BULLETS = frozenset("• · ▪ ◦ ‣ ● - – — *".split())
"""Marks that open a list item at the start of a line."""


NOT_GIVERS = AGGRESSORS | {BENEFICIARY}


Listing = tuple[list[str], Status, str]
"""Who gives the items of a list, with what status, and the why of both."""


def _main_clause(read: list[Commitment]) -> list[Commitment]:
    """ "Spain, which has so far stayed out of the scheme, is examining a
    first contribution": a refusal or objection that a relative clause
    gives its subject is background where the main clause gives the same
    actor a stance on the same kind, which is the news ("which has already
    paid into the fund, has ruled out paying more" keeps both)."""
    main = {(c.actor, c.category) for c in read if c.why[:1] != ("rule: relative clause",)}
    return [
        c
        for c in read
        if c.why[:1] != ("rule: relative clause",)
        or c.status not in (Status.DECLINED, Status.OPPOSED)
        or (c.actor, c.category) not in main
    ]


def _labelled_speaker(
    span: Span, labels: Mapping[int, ActorSpan], an: Analyzer, day: date | None
) -> list[str]:
    """ "PM LUXON: We'll keep our trainers in the UK": in a transcript, whom
    the paragraph's "we" speaks for is the speaker its label names (the
    label's first word, or its second after a title: "PM")."""
    label = labels.get(span.start) or labels.get(span.start + 1)
    return resolve([label], an, day) if label else []


def _bullet(span: Span) -> int:
    """The list mark opening a line at the start of ``span``, or -1."""
    doc = span.doc
    first = next((t.i for t in span if not t.is_space), -1)
    if first < 0 or doc[first].text not in BULLETS:
        return -1
    return first if _line_opens_at(doc, first) else -1


def _listing(
    s: Sentence, read: Sequence[Commitment], context: Context, an: Analyzer, day: date | None
) -> Listing | None:
    """Who gives what a list introduced by ``s`` ("The package contains:")
    names: the stance read in the introduction, else its subject, else the
    latest subject of the context that could give support."""
    if read:
        actors = list(dict.fromkeys(c.actor for c in read))
        return actors, read[0].status, f"list under a stance of {', '.join(actors)}"
    doc = s.span.doc
    status, why = Status.COMMITTED, "a list of what is given"
    groups = _groups(s.of("status"), [], doc)
    if groups:
        own, own_why = _status(groups[0], s)
        if own is None:
            return None
        status, why = own, own_why
    givers = [a for a in _first_subject(s, an, day) if a not in NOT_GIVERS]
    if givers:
        return givers, status, why
    offered = any(w in OFFER_NOUNS for w in lowers(doc)[s.span.start : s.span.end])
    reach = OFFER_LIST_REACH if offered else TOPIC_REACH + 1
    for number, actors in reversed(context.subjects):
        if s.number - number > reach:
            break
        givers = [a for a in actors if a not in NOT_GIVERS]
        if givers:
            return givers, status, why + " (subject of the context)"
    return None


OFFER_LIST_REACH = 6
"""Sentences back to the giver of a list its introduction calls an offer
("The 2027 package includes:", after a minister's quotes)."""


def _list_item(s: Sentence, mark: int, listing: Listing, article: str) -> list[Commitment]:
    """The kinds a list item names, given as its introduction said
    ("The package contains: • air-defence missiles ...")."""
    actors, status, why = listing
    doc = s.span.doc
    opening = Group((Cue("status", status.value, mark, mark + 1, doc[mark].text),))
    later = [g for g in _groups(s.of("status"), [], s.span.doc) if g.start > mark]
    cats = _drop_generic_heads(s)
    scope = _categories(opening, [opening, *later], cats, s, mark + 1, False)
    evidence = _evidence(s.span, article, None)
    found = []
    for cue, negated in scope:
        final = Status.DECLINED if negated else status
        for actor in actors:
            found.append(
                Commitment(
                    article=article,
                    actor=actor,
                    category=Category(cue.label),
                    status=final,
                    evidence=evidence,
                    magnitude=_magnitude(s.span, Category(cue.label), doc[cue.start].idx),
                    conditions=(),
                    confidence=CONFIDENCE["owner"],
                    why=(
                        "rule: list item",
                        f"actor: {why}",
                        f"status: {status.value} for the list",
                        f"category: '{cue.text}' -> {cue.label}",
                    ),
                )
            )
    return found


SAME_REACH = 2
"""Sentences back to the stance that "took a similar position" refers to."""


def _same_stance(
    s: Sentence, context: Context, an: Analyzer, day: date | None, article: str
) -> list[Commitment]:
    """ "Hungary has taken a similar position": the kinds and statuses of the
    commitments read just before, for the sentence's subject."""
    number, before = context.last
    if not before or s.number - number > SAME_REACH:
        return []
    chain = _first_chain(s)
    given = {c.actor for c in before}
    actors = [a for a in resolve(chain, an, day) if a not in given and a not in NOT_GIVERS]
    if not actors:
        return []
    cue = s.of("same_stance")[0]
    named = _chain_text(s.span.doc, chain)
    first = before[0].actor
    stances = dict.fromkeys((c.category, c.status) for c in before if c.actor == first)
    evidence = _evidence(s.span, article, None)
    return [
        Commitment(
            article=article,
            actor=actor,
            category=category,
            status=status,
            evidence=evidence,
            magnitude=None,
            conditions=(),
            confidence=CONFIDENCE["pronoun"],
            why=(
                "rule: same stance",
                f"actor: '{named}' -> {actor}",
                f"status: '{cue.text}' as {first} -> {status.value}",
                f"category: as {first} -> {category.value}",
            ),
        )
        for actor in actors
        for category, status in stances
    ]


FORCES_KINDS = frozenset(
    [
        Category.GROUND_FORCES,
        Category.AIR_FORCES,
        Category.NAVAL_FORCES,
        Category.COMMAND_CONTROL,
        Category.ISR,
        Category.LOGISTICS,
        Category.TRAINING,
    ]
)
"""Kinds of support that are sent somewhere: what "the deployment" can be."""

LATER_CONDITION_REACH = 2
"""Sentences back to the stance a later sentence puts a condition on."""

REFERRED = {
    "deployment": FORCES_KINDS,
    "deployments": FORCES_KINDS,
    "mission": FORCES_KINDS,
    "force": FORCES_KINDS,
    "guarantee": frozenset([Category.SECURITY_GUARANTEE]),
    "guarantees": frozenset([Category.SECURITY_GUARANTEE]),
    "contribution": frozenset(Category),
    "participation": frozenset(Category),
    "offer": frozenset(Category),
    "pledge": frozenset(Category),
    "increase": frozenset([Category.FINANCING]),
    "sum": frozenset([Category.FINANCING]),
    "share": frozenset([Category.FINANCING]),
    "payment": frozenset([Category.FINANCING]),
    "money": frozenset([Category.FINANCING]),
    "package": frozenset(Category),
    "agreement": frozenset([Category.SECURITY_GUARANTEE]),
    "treaty": frozenset([Category.SECURITY_GUARANTEE]),
    "pact": frozenset([Category.SECURITY_GUARANTEE]),
}
"""Nouns that, opening a sentence with "the", "any" or "such", refer to a
stance just read, and the kinds of it they can stand for."""

REFERRING = frozenset("the any such this that these those".split())
"""Determiners opening such a reference."""

OPENING_CONJUNCTIONS = frozenset("but however yet and".split())
"""Conjunctions that may open a sentence before such a reference ("But that frigate")."""

CONDITION_FRAGMENTS = [["only", w] for w in "if once when after with provided".split()]
"""Openings of a sentence that is nothing but a condition on the stance before."""

PRONOUN_SUBJECTS = frozenset(["they", "it", "this", "that"])

PREFACE_REACH = 7
"""Tokens at most of a preface before a colon that opens the sentence's point
("But let me be honest: this is only possible if")."""
"""Pronouns that, opening a sentence which names no kind, stand for the stance before."""


def _conditioned_later(
    s: Sentence,
    context: Context,
    an: Analyzer,
    results: list[Commitment],
    seen: set[tuple[str, Category, Status]],
) -> list[Commitment]:
    """ "The cabinet wants to send two mine hunters. The deployment happens only
    on condition that parliament approves": a sentence that names no actor,
    refers back to the stance with "the deployment", "any such mission" or
    "the guarantee" and sets a condition makes that stance conditional."""
    clauses = _condition_spans(s)  # "only if the Storting agrees": the approver is no subject
    deciding_at = _first_conditional(s)
    approver = _approving_body(s, an)  # "The Riigikogu has to approve it."
    condition_at = min(  # "requires a mandate from the Bundestag", "would need a vote in the Dáil"
        [c.start for c in s.of("condition_openers")]
        + [s.span.end if deciding_at is None else deciding_at],
    )
    if any(
        a.actor not in AGGRESSORS
        and a.actor != BENEFICIARY
        and not any(a.start in clause for clause in clauses)
        and a.start < condition_at
        and a is not approver
        for a in s.actors
    ):
        return results
    doc = s.span.doc
    colon = next(  # "But let me be honest: this is only possible if ...": after the aside
        (t.i + 1 for t in doc[s.span.start : s.span.start + PREFACE_REACH] if t.text == ":"),
        s.span.start,
    )
    tokens = [t for t in doc[colon : colon + 5] if not t.is_space]
    if tokens and tokens[0].lower_ in OPENING_CONJUNCTIONS:  # "But that frigate can only go if"
        tokens = tokens[1:]
    words = [t.lower_ for t in tokens[:4]]
    if not words:
        return results
    noun = next((w for w in words if w in REFERRED), None)
    named = [  # "that frigate", "the jets": the kind the stance before named
        c for c in s.of("category") if any(c.start == t.i for t in tokens[1:3])
    ]
    pronoun = (
        (  # "They will be deployed only if ...", not "It does not depend on ..."
            words[0] in PRONOUN_SUBJECTS
            and (words[0] in ("they", "it") or bool(VERB_NEXT.intersection(words[1:2])))
            and not any(  # "... only possible if there is an American backstop": its own
                not any(c.start in clause for clause in clauses) for c in s.of("category")
            )
            and not s.of("negations")
        )
        or words[:2] in CONDITION_FRAGMENTS
        or approver is not None
    )  # "But only if the mandate is clear."
    if not pronoun and ((noun is None and not named) or words[0] not in REFERRING):
        return results
    conditions, strong = _conditions(s.span, s.cues, an)
    if not strong and (deciding_at is None or (noun is None and not pronoun)):
        return results  # "Any such deployment would be considered by Cabinet"; "Such aircraft
        # would be considered participants": a kind named back needs a condition set
    kinds = (
        frozenset(Category)
        if pronoun
        else REFERRED[noun]
        if noun is not None
        else frozenset(Category(c.label) for c in named)
    )
    of_kinds = frozenset(Category(c.label) for c in s.of("category") if c.start < condition_at)
    if noun is not None and of_kinds and kinds == frozenset(Category):
        kinds = of_kinds  # "Any contribution of land forces would ... once": of those only
    earlier = {
        (c.actor, c.category, c.status): c
        for c in context.last[1]
        if (c.category in kinds or (noun in SUM_REFERENCES and _a_sum(c)))
        and c.status in (Status.COMMITTED, Status.CONSIDERING)
    }
    updated = []
    for c in results:
        key = (c.actor, c.category, c.status)
        if key not in earlier or (c.actor, c.category, Status.CONDITIONAL) in seen:
            updated.append(c)
            continue
        last = earlier[key]
        if last.evidence.start != c.evidence.start and _named_kind(last):
            updated.append(c)  # a pledge of its own before: "funded a package. A further
        else:  # NOK 5 billion ... That increase is subject to approval": both stand
            seen.discard(key)
            last = c
        seen.add((c.actor, c.category, Status.CONDITIONAL))
        why = (
            *last.why[:2],
            f"{last.why[2]}; condition in a later sentence -> conditional",
            *last.why[3:],
        )
        updated.append(
            replace(
                last,
                status=Status.CONDITIONAL,
                conditions=(*last.conditions, *conditions),
                why=why,
            )
        )
    return updated


def _first_conditional(s: Sentence) -> int | None:
    """Where the sentence's first conditional status cue starts, if any."""
    return min(
        (c.start for c in s.of("status") if c.label == Status.CONDITIONAL.value), default=None
    )


APPROVED_OBJECTS = frozenset(["it", "them", "this", "that", ".", ","])
"""What follows a parliament's "has to approve" when it approves what the
sentence before offered: a pronoun or nothing."""


def _approving_body(s: Sentence, an: Analyzer) -> ActorSpan | None:
    """ "The Riigikogu has to approve it": a body that acts for a state
    (its parliament), opening the sentence, right before a conditional
    verb whose object is a pronoun or nothing: the offer before waits for it."""
    deciding_at = _first_conditional(s)
    if deciding_at is None or not s.actors:
        return None
    body = s.actors[0]
    low = lowers(s.span.doc)
    first = next(i for i in range(s.span.start, s.span.end) if not s.span.doc[i].is_space)
    if body.start - first > 1 or body.kind != "organisation" or body.actor not in an.kb.acts_for:
        return None
    if deciding_at - body.end > 1:  # "Parliament still has to vote", not "Parliament, which"
        return None
    cue = next(c for c in s.of("status") if c.start == deciding_at)
    after = low[cue.end : cue.end + 1]
    return body if not after or after[0] in APPROVED_OBJECTS else None


SUM_REFERENCES = frozenset(["money", "sum"])
"""Nouns that refer back to any stance that gave a sum, whatever it buys
("€20 million into interceptor drones ... The money can only be released if")."""


def _a_sum(c: Commitment) -> bool:
    return c.magnitude is not None and any(unit == "money" for _, _, unit in _sizes(c.magnitude))


def _condition_only(c: Commitment) -> bool:
    """A conditional stance that names neither its kind nor its actor ("They
    will go only if ..."): a condition set on the stance before."""
    return c.status is Status.CONDITIONAL and not _named_kind(c) and c.why[0] == "rule: pronoun"


def _named_kind(c: Commitment) -> bool:
    """Whether a commitment's kind was named in its own sentence."""
    return not any("topic of the context" in w or "previous sentence" in w for w in c.why)


OFFER_NOUNS = frozenset(
    "contribution contributions offer pledge pledges share part package".split()
)
"""Nouns that, owned and before a colon, introduce what is offered:
"Sweden's contribution, as its minister set it out: Gripen fighters ..."."""

OFFER_REACH = 10
"""Tokens from the offer noun to the colon (an aside may stand between)."""


def _colon(s: Sentence) -> int:
    """The token of a sentence's first colon, or -1; -1 too where the
    sentence names nobody, whose colon can introduce no one's offer."""
    if not s.actors or ":" not in text_of(s.span):
        return -1
    low = lowers(s.span.doc)
    return next((i for i in range(s.span.start, s.span.end) if low[i] == ":"), -1)


def _colon_list(
    s: Sentence, an: Analyzer, day: date | None, article: str, read: Sequence[Commitment]
) -> list[Commitment]:
    """What follows "X's contribution:" in the same sentence is X's offer."""
    colon = _colon(s)
    if colon < 0:
        return []
    doc, low = s.span.doc, lowers(s.span.doc)
    for index, a in enumerate(s.actors):
        noun = a.end + 1
        if a.end >= colon or low[a.end] not in POSSESSIVES or low[noun] not in OFFER_NOUNS:
            continue
        groups = _groups(s.of("status"), [], doc)
        if colon - noun > OFFER_REACH or any(noun < g.start < colon for g in groups):
            return []
        stated = {c.actor for c in read}
        actors = [x for x in resolve(coordinated(s.actors, index, doc), an, day) if x not in stated]
        if not actors:
            return []
        owner = f"the list after '{_chain_text(doc, [a])}'s {doc[noun].text}'"
        return _list_item(s, colon, (actors, Status.COMMITTED, owner), article)
    return _labelled_line(s, colon, an, day, article, read)


def _labelled_line(
    s: Sentence,
    colon: int,
    an: Analyzer,
    day: date | None,
    article: str,
    read: Sequence[Commitment],
) -> list[Commitment]:
    """ "- Estonia, Latvia and Lithuania: 3,000 counter-drone guns.": a line
    of a digest that opens with states and a colon lists what they give. A
    heading ("Saudi Arabia: money, but not for arms") ends with no stop: it
    sums up a section rather than stating an offer."""
    actors, owner = _line_label(s, colon, an, day, read)
    if not actors:
        return []
    return _list_item(s, colon, (actors, Status.COMMITTED, owner), article)


LABEL_REQUEST_REACH = 4
"""Words after a line's label in which a verb of asking makes the line a
request put to the labelled states, not their offer."""


def _line_label(
    s: Sentence, colon: int, an: Analyzer, day: date | None, read: Sequence[Commitment]
) -> tuple[list[str], str]:
    """The states that label a digest's line ("- Estonia and Latvia: ..."),
    not yet read in it, and the words that say so; none for a heading."""
    doc, low = s.span.doc, lowers(s.span.doc)
    mark = _bullet(s.span)
    words = [t.i for t in s.span if not t.is_space and t.i != mark]
    first = words[0]
    if first < colon and low[first] == "the":
        first += 1
    if (mark < 0 and not _line_opens_at(doc, first)) or s.actors[0].start != first:
        return [], ""
    if low[words[-1]] not in LINE_STOPS:
        return [], ""
    chain = coordinated(s.actors, 0, doc)
    if chain[-1].end != colon or any(a.kind == "person" for a in chain):
        return [], ""
    if any(g.start < colon for g in _groups(s.of("status"), [], doc)):
        return [], ""
    if REQUEST_VERBS.intersection(low[colon + 1 : colon + 1 + LABEL_REQUEST_REACH]):
        return [], ""  # "Finland and Norway: Kyiv asked both for more air defence": a request
    stated = {c.actor for c in read}
    actors = [x for x in resolve(chain, an, day) if x not in stated and x != BENEFICIARY]
    return actors, f"the line labelled '{_chain_text(doc, chain)}:'"


def _labelled_no(
    s: Sentence, context: Context, an: Analyzer, day: date | None, article: str
) -> list[Commitment]:
    """ "Greece: still no.", "Austria: out, on grounds of neutrality.": a
    digest's line whose states answer no, to what the context is about."""
    colon = _colon(s)
    if colon < 0:
        return []
    low = lowers(s.span.doc)
    words = [w for w in low[colon + 1 : s.span.end] if w.strip()]
    while words and words[0] in ANSWER_ADVERBS:
        words = words[1:]
    cut = next((i for i, w in enumerate(words) if w in (",", ";") or w in LINE_STOPS), len(words))
    answer = " ".join(words[:cut])
    if answer not in an.lexicon["negative_answers"] and answer != "out":
        return []
    actors, owner = _line_label(s, colon, an, day, ())
    topic = _topic(context, s.number)
    if not actors or topic is None:
        return []
    why = ("rule: labelled line", owner, f"'{answer}'")
    return _declined(s, actors, [topic], article, why, "topic of the context")


ANSWER_ADVERBS = frozenset(["still", "again", "yes", ","])
"""Words before a line's answer that leave it an answer ("Greece: still no.")."""


LINE_STOPS = frozenset(".;")
"""Marks that end a digest's item, which a heading lacks."""


def _line_opens_at(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the first of its line (spaCy keeps line breaks
    as tokens of their own; a token's trailing whitespace is one space at most)."""
    return i == 0 or "\n" in doc[i - 1].text


PARTICIPATING = frozenset("part participate participates participated participating serve".split())
"""Words before "in" that join a force ("take part in", "serve in")."""


def _force_joined(cue: Cue, actor_spans: Sequence[ActorSpan], doc: Doc) -> bool:
    """ "will not take part in the multinational force", "to join the
    multinational force": the group that stands for the coalition elsewhere
    is here what a state joins, its troops."""
    span = next((a for a in actor_spans if a.start < cue.start < a.end), None)
    if span is None or span.actor != COALITION:
        return False
    if cue.end != span.end and not (  # "the Multinational Force Ukraine"
        cue.end + 1 == span.end and doc[cue.end].lower_ == "ukraine"
    ):
        return False
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    return bool(before) and (
        before[-1] in JOINING_VERBS or (before[-1] == "in" and before[0] in PARTICIPATING)
    )


def _kind_coalition(cue: Cue, actor_spans: Sequence[ActorSpan], doc: Doc) -> bool:
    """ "NZ$5 million into the drone coalition": a coalition named for one
    kind of support (the capability coalitions) names that kind as well as
    the coalition."""
    span = next((a for a in actor_spans if a.start <= cue.start < a.end), None)
    if span is None or span.actor == COALITION or not _coalition_for_ukraine(span, doc):
        return False
    at = span.start - 1 if span.start and doc[span.start - 1].lower_ == "the" else span.start
    return not (at and doc[at - 1].lower_ in ("through", "via"))  # "delivered through the
    # Maritime Capability Coalition": the channel, not the kind given


PROGRAMMES = frozenset([Category.TRAINING.value, Category.FINANCING.value])
"""Kinds of the named programmes that stand for the state running them
("Operation Interflex", "the Nansen programme"): the name is the state and
its kind."""

FORCE_MEMBERS = frozenset(
    "officers officer personnel staff planners liaison engineers medics instructors trainers "
    "pilots experts advisers advisors".split()
)
"""Words after a state's forces by name that say who of them is sent, and
so what kind: "two Self-Defense Forces officers" are staff, not a unit."""


WORDS_NOT_CUES = (
    _service_name,  # "from Swedish Air Force stocks"
    _compound_head,  # "extended-range", "air-launched"
    _forming_part,  # "will form part of the mission"
    _purpose_of_use,  # "to be used to supply"
    _finished_review,  # "completed the third review"
    _placing_elsewhere,  # "placed troops on alert"
    _putting_no_sum,  # "put it to a vote"
    _basing_on,  # "will base its decision on"
    _ship_trade,  # "a ship manager"
    _kept_closed,  # "kept the straits closed"
    _under_command,  # "stay under Turkish command"
    _support_as_verb,  # "generators to support Ukraine"
    _repayment_term,  # "has to be repaid only if Russia pays"
    _ended_stop,  # "resumed after a nine-day pause"
    _approval_of_others,  # "the United States, which must approve any transfer"
)
"""Tests that set a cue aside by its own words, each regardless of the other
cues: run in one pass over a sentence's cues."""

TESTED_KINDS = frozenset(["status", "category"])
"""The only kinds of cue that WORDS_NOT_CUES set aside."""


def read_commitments(
    doc: Doc, actor_spans: Sequence[ActorSpan], an: Analyzer, article: str, day: date | None
) -> list[Commitment]:
    """Every commitment in a parsed article, one per actor, category and status."""
    labels = {a.start: a for a in actor_spans if a.rule == "speaker label"}
    actor_spans = [a for a in actor_spans if a.rule != "speaker label"]  # no subjects
    inside_names = {i for a in actor_spans for i in range(a.start, a.end)}
    forces = {(a.start, a.end) for a in actor_spans}
    programmes: dict[int, set[int]] = {}  # "the Nansen programme": the kind may skip "the"
    for a in actor_spans:
        if a.rule == "metonym":
            for start in range(a.start, a.end):
                programmes.setdefault(start, set()).add(a.end)
    beneficiary = {a.start for a in actor_spans if a.actor == BENEFICIARY}
    aggressors = {a.start: a.end for a in actor_spans if a.actor in RUSSIA_AND_ALLY}
    cues = [  # "the coalition of the willing to ...": no cue begins inside a name, but a
        c  # state's forces named ("the Self-Defense Forces") are forces as well as the state,
        for c in collect_cues(doc, an)  # "Ukraine's security" is a kind, and so are
        if c.start not in inside_names
        or (c.kind == "category" and c.start in beneficiary)
        or (c.kind == "category" and c.end > aggressors.get(c.start, c.end))  # "Russian
        # reserves": Russia's property named with its kind
        or (
            c.kind == "category"
            and c.label in COMBAT_FORCES
            and (c.start, c.end) in forces
            and not (c.end < len(doc) and doc[c.end].lower_ in FORCE_MEMBERS)
        )
        or (c.kind == "category" and c.label in PROGRAMMES and c.end in programmes.get(c.start, ()))
        or (c.kind == "category" and _force_joined(c, actor_spans, doc))
        or (c.kind == "category" and _kind_coalition(c, actor_spans, doc))
    ]
    cues = [  # "see if we can": an indirect question; "if asked": an offer on request;
        c  # "even if": a concession, whatever follows it
        for c in cues
        if not (
            c.kind == "condition_openers"
            and c.text.lower() == "if"
            and (
                (c.start > 0 and doc[c.start - 1].lower_ in INDIRECT_QUESTION | {"even"})
                or (c.end < len(doc) and doc[c.end].lower_ in ON_REQUEST)
            )
        )
    ]
    cues = [
        c
        for c in cues
        if not (
            c.kind == "condition_openers"
            and (
                _once_as_time(c, doc)
                or _denied_condition(c, doc)
                or _provided_as_verb(c, actor_spans, doc)
            )
        )
        and not (c.kind == "status" and (_no_as_determiner(c, doc) or _about_ukraine(c, doc)))
        and not _contingent_noun(c, doc)
    ]
    cues = [_provided_as_condition(_scheme_head(c, doc), doc) for c in cues]  # still in order
    cues = [  # "in October, when it sanctioned two oil firms": a time, no condition
        Cue(TIME_CLAUSE, TIME_CLAUSE, c.start, c.end, c.text)
        if c.kind == "condition_openers" and _past_when(c, doc)
        else c
        for c in cues
    ]
    cues = [c for c in cues if not _idle_opener(c, doc)]  # "with or without a resolution"
    openers = {i for c in cues if c.kind == "condition_openers" for i in range(c.start, c.end)}
    cues = [  # "provided the force has ...": a condition, not the verb "provide"
        c
        for c in cues
        if c.kind != "status"
        or c.label != Status.COMMITTED.value
        or not openers.intersection(range(c.start, c.end))
    ]
    speech = {c.start for c in cues if c.kind == "speech_verbs"}
    cues = [c for c in cues if c.kind != "status" or not _no_stance(c, speech, doc)]
    cues = _drop_not_kinds(cues)  # "no range restrictions": no sanctions
    cues = [c for c in cues if not (c.kind == "category" and _in_a_name(c, doc))]
    cues = [
        c
        for c in cues
        if c.kind not in TESTED_KINDS or not any(test(c, doc) for test in WORDS_NOT_CUES)
    ]
    cues = [c for c in cues if not _place_of_a_kind(c, cues, doc)]  # "drones on Ukrainian soil"
    cues = [c for c in cues if not _delivering_for_buyers(c, doc)]  # "Patriots bought by allies"
    cues = [c for c in cues if not _service_as_modifier(c, doc)]  # "the Navy diving school"
    cues = [c for c in cues if not _recipient_forces(c, doc)]  # "for Ukrainian infantry"
    cues = [c for c in cues if not _own_crews(c, actor_spans)]  # "the Romanian pilots"
    cues = [c for c in cues if not _recipient_headquarters(c, cues, doc)]  # "imagery to the HQ"
    cues = [c for c in cues if not _meeting_observer(c, doc)]  # "attended as observers"
    cues = [c for c in cues if not _office_in_charge(c, doc)]  # "the minister in charge of Asia"
    cues = [c for c in cues if not _speaker_modifier(c, doc)]  # "a headquarters spokesman"
    cues = _drop_counted_kinds(cues)  # "both ships": no states
    cues = _in_company(cues, doc, an)  # "tankers" for an air mission are aircraft
    cues = [_railway(c, doc) for c in cues]  # "to let the trains through": no training
    cues = _drop_epithets_of_kinds(cues, doc)  # "its package of illegitimate sanctions"
    cues = sorted([*cues, *_epithets(doc, inside_names, cues)], key=lambda c: (c.start, c.end))
    heads = {c.end for c in cues if c.kind == "category" and c.end - c.start > 1}
    cues = [  # "the frozen reserves": a kind's last word is a noun, not the verb "reserve"
        c
        for c in cues
        if not (c.kind == "status" and c.end in heads and c.end - c.start == 1)
        or any(d.kind == "category" and d.start == c.start for d in cues)
    ]
    cues = sorted([*cues, *_split_stances(doc, cues)], key=lambda c: (c.start, c.end))
    cues = sorted([*cues, *_no_nationals(doc, cues, actor_spans)], key=lambda c: (c.start, c.end))
    cues = _premise_events(_premise_only(cues, doc), doc)
    context = Context(
        interviewee=interviewee(doc, actor_spans, an, day),
        home=home_state(actor_spans),
        issuer=issuer(doc, actor_spans, an),
        actors=tuple(actor_spans),
    )
    seen: set[tuple[str, Category, Status]] = set()
    results: list[Commitment] = []
    cue_starts = [c.start for c in cues]
    actor_starts = [a.start for a in actor_spans]
    number = -1
    lede_end = 0
    lede = _lede(doc)
    remote_lede = not _war_mentions(lede, an)
    listing: Listing | None = None
    paragraph: list[Category] = []
    for span in doc.sents:
        if all(t.is_space for t in span) and span.text.count("\n") < 2:
            continue  # a line break puts no sentence between a subject and "they"
        number += 1
        if number < LEDE_SENTENCES:
            lede_end = span.end
        c0, c1 = bisect_left(cue_starts, span.start), bisect_left(cue_starts, span.end)
        a0, a1 = bisect_left(actor_starts, span.start), bisect_left(actor_starts, span.end)
        s = Sentence(number, span, tuple(cues[c0:c1]), tuple(actor_spans[a0:a1]))
        read: list[Commitment] = []
        mark = _bullet(span)
        if mark < 0:
            listing = None  # a list ends at the first line that is no item
        elsewhere = _owners_elsewhere(s, an, day)
        owned = s.actors and (any(_may_be_owned(c) for c in s.of("category")) or bool(elsewhere))
        if _line_opens_at(doc, span.start) or span[0].is_space:
            paragraph = []  # a line break begins a new paragraph
            context.turn = _labelled_speaker(span, labels, an, day)
            context.interviewee = context.turn or context.interviewee
        paragraph += [Category(c.label) for c in s.of("category")]
        if any(_line_opens(span, line) for line in (CLAIM_LINE, LINK_LINE, TEASER_LINE)):
            pass  # a claim a fact-check examines, a link to another story, a teaser
        elif _supposed(span):
            pass  # "Suppose Washington were to offer intelligence and nothing more"
        elif _question(span):
            if context.interviewee:  # the answer after it is about what was asked
                context.asked = (number, tuple(paragraph))
                context.put_to = (number, _put_to(s, context, an, day))
        elif _refusal(s, context, an):
            read = _answered_no(s, context, article)
        elif (s.of("status") or owned) and len(span) <= MAX_SENTENCE_TOKENS:
            read = _main_clause(_read_sentence(s, context, an, article, day, elsewhere))
        read += _refused_when_asked(s, an, day, article)
        read += _colon_list(s, an, day, article, read)
        if not read:
            read = _labelled_no(s, context, an, day, article)
        if not read and s.of("same_stance"):
            read = _same_stance(s, context, an, day, article)
        later = bool(context.last[1]) and s.number - context.last[0] <= LATER_CONDITION_REACH
        if (
            read
            and later
            and (all(_condition_only(c) for c in read) or _approving_body(s, an) is not None)
        ):
            conditioned = _conditioned_later(s, context, an, results, seen)
            if conditioned != results:  # "They will go only if the Storting agrees": the
                results, read = conditioned, []  # stance before takes the condition
        if read:
            context.last = (s.number, tuple(read))
        elif later:
            results = _conditioned_later(s, context, an, results, seen)
        if not read and listing is not None and mark >= 0 and not _question(span):
            read = _list_item(s, mark, listing, article)
        if read and remote_lede and _another_theatre(s, an):  # "extra troops for KFOR"
            read = [c for c in read if c.category is Category.SANCTIONS]
        if read and _war_words(an.lexicon["not_about_ukraine"]).search(text_of(span)):
            read = []  # "Unrelated to Ukraine but worth noting: the State Department approved"
        if read and _alliance_deterrence(s, an):  # "NATO's forward presence in Romania"
            read = [
                c
                for c in read
                if c.category is Category.SANCTIONS or c.status in (Status.DECLINED, Status.OPPOSED)
            ]
        for c in read:
            if (c.actor, c.category, c.status) not in seen:
                seen.add((c.actor, c.category, c.status))
                results.append(c)
        if mark < 0 and text_of(span).rstrip().endswith(":"):
            listing = _listing(s, read, context, an, day)
        _remember(s, context, an, day, read)
    if number + 1 < ABOUT_SENTENCES:
        return results  # too short to tell what it is about
    if (
        remote_lede
        and _war_words(an.lexicon["other_regimes"]).search(lede)
        and not any(a.actor in RUSSIA_AND_ALLY and a.start < lede_end for a in actor_spans)
    ):
        results = [  # "sanctions on North Korean crypto launderers": pressure on another
            c  # regime the lede names is none on Russia, unless Russia is named beside it
            for c in results
            if c.category is not Category.SANCTIONS or _names_russia(c.evidence, actor_spans, doc)
        ]
    if not any(a.actor == BENEFICIARY for a in actor_spans):
        # Not about Ukraine at all (a frigate order, a cable-cutting trial):
        # only pressure on Russia can still be support for it.
        results = [c for c in results if c.category is Category.SANCTIONS]
    elif (
        number + 1 >= REMOTE_SENTENCES
        and (mentions := [a for a in actor_spans if a.actor == BENEFICIARY])
        and len(mentions) <= REMOTE_MENTIONS  # each is one
        and _war_mentions(document_text(doc), an) <= REMOTE_MENTIONS
        and (len(mentions) < REMOTE_MENTIONS or mentions[0].start >= lede_end)
    ) or (
        remote_lede
        and (
            _war_words(an.lexicon["other_theatres"]).search(lede)
            or (
                number + 1 >= REMOTE_SENTENCES
                and _war_mentions(document_text(doc), an) <= REMOTE_LEDE_MENTIONS
                and not any(a.actor in RUSSIA_AND_ALLY for a in actor_spans)
            )
        )
    ):
        results = [  # "Germany has sent the largest contingent" to a Baltic exercise
            c
            for c in results
            if c.category is Category.SANCTIONS
            or c.status in (Status.DECLINED, Status.OPPOSED)
            or _war_mentions(c.evidence.text, an)
        ]
    return results


def _names_russia(evidence: Evidence, actor_spans: Sequence[ActorSpan], doc: Doc) -> bool:
    """Whether the words behind a stance name Russia or its ally Belarus."""
    return any(
        a.actor in RUSSIA_AND_ALLY and evidence.start <= doc[a.start].idx < evidence.end
        for a in actor_spans
    )


REMOTE_MENTIONS = 2
"""Mentions of Ukraine or of the war's end (``war_context``) at most which an
article is about something else: its offers count only in sentences that
name one. At this many, only if neither is in the lede."""

REMOTE_LEDE_MENTIONS = 3
"""Mentions of Ukraine or of the war's end at most which an article whose
lede names neither is about something else."""

LEDE_SENTENCES = 2
"""Sentences at an article's start (headline and first sentence) that say
what it is about: a text that names Ukraine there is about Ukraine."""

REMOTE_SENTENCES = 8
"""Sentences an article needs for that count to tell: a short interview may
name Ukraine once and still be about it all through."""


def _war_mentions(text: str, an: Analyzer) -> int:
    return len(_war_words(an.lexicon["war_context"]).findall(text))


@lru_cache(maxsize=4)
def _war_words(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
