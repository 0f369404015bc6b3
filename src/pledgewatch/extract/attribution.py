"""Attribution: who takes the stance a verb group expresses.

In order: the subject (the nearest actor before the group that is not the
object of a preposition, with every actor coordinated with it); inside a
quotation, the subject in the quotation or, for "we" and "I", the speaker;
in a relative clause, its antecedent; a pronoun's antecedent in a recent
sentence; the agent after the group ("a promise from X"); the speaker of the
sentence. A person gives the stance of the state or body they speak for.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Span

from pledgewatch.extract.actors import COALITION, LOOSE, SEAT_NOUNS, ActorSpan, speaks_for
from pledgewatch.extract.nlp import OPENING_QUOTES, Analyzer, document_text, lowers, orths
from pledgewatch.extract.reading import (
    CLAUSE_END,
    QUOTES,
    Context,
    Cue,
    Group,
    Sentence,
    text_of,
)
from pledgewatch.records import Category, Status

BENEFICIARY = "UKR"
"""Ukraine receives the support; it is never the actor of a commitment."""


SUBJECT_REACH = 2
"""A pronoun refers to a subject at most this many sentences back."""


FORCE_HOLDERS = frozenset(
    "units unit troops soldiers servicemen personnel contingents contingent elements forces "
    "ships vessels warships frigates minehunters crews divers "
    "battalions battalion companies brigades brigade detachments detachment".split()
)
"""Nouns of forces whose "of X" names the state they belong to ("units of the
Slovenian Army", "two minehunters of the Royal Netherlands Navy")."""

SUPPORT_NOUNS = frozenset(
    "support backing contribution participation role involvement presence engagement decision "
    "possibility prospect "
    "determination readiness willingness offer promise pledge commitment confirmation refusal "
    "intention plans plan threats threat".split()
)
"""Nouns whose "of X" or "by X" names who takes the stance: "the support of the
USA", "the decision of the European Union to prolong sanctions"."""


SPEAKING_NOUNS = frozenset(
    "government administration cabinet leadership authorities ministry embassy delegation "
    "leaders leader heads "
    "officials spokesperson spokesman spokeswoman envoy ambassador president chancellor "
    "premier minister ministers governments delegations presidents envoys ambassadors "
    "representative representatives affairs".split()
)
"""Nouns whose "of X" speaks for X: "the Government of Japan", "the
ambassador of Italy", "the Ministry of Foreign Affairs of Belarus"."""


INDUSTRY_NOUNS = frozenset(
    "companies company firms firm makers maker manufacturers manufacturer producers producer "
    "industry industries contractors businesses banks exporters traders shipyards suppliers "
    "operators operator commercial private brokers shipowners investors lenders lender bank "
    "insurers insurer refiners refinery refineries airlines airline carriers carrier "
    "arms defence defense".split()
)
"""Nouns after a state's adjective that make the subject a business, not the
state: "Slovak arms makers remain free to sell", "Czech companies would keep
selling". ("arms", "defence" lead to the noun: "Czech defence firms".)"""


FIRST_PERSON = frozenset(["we", "i", "our", "us", "we're", "i'm", "we've", "we'll"])


APPOSITION_TITLE_WORDS = 4
"""Capitalised words between two actors that still make one noun phrase:
"the British Prime Minister Keir Starmer", "NATO Secretary General Mark Rutte"."""


AGENT = frozenset(["from", "by"])
"""Prepositions introducing who gives: "a promise from X", "provided by X"."""


REFERENCE_SIZES = {
    **dict.fromkeys(
        "the two countries|both countries|the two governments|both governments|the two nations|"
        "the two capitals|both capitals|the two allies|both allies|our two countries|"
        "both our countries|our two governments|both".split("|"),
        2,
    ),
    **dict.fromkeys(
        "the three countries|the three governments|the three states|the three nations|"
        "the three capitals|the three navies|all three countries|our three countries|"
        "our three governments|all three|all three of them".split("|"),
        3,
    ),
    **dict.fromkeys(
        "all four|all four of them|all four countries|the four countries|the four governments|"
        "the four states".split("|"),
        4,
    ),
    **dict.fromkeys("all five|all five countries|the five countries".split("|"), 5),
}
"""References that count the states they stand for: "the two capitals" is a
pair named before, "the three navies" a list of three."""


PLURAL_REFERENCES = frozenset(
    [
        "they",
        "the countries",
        "these countries",
        "those countries",
        *REFERENCE_SIZES,
    ]
)


SKIP_PREPOSITIONS = frozenset(
    "of to for with against on in from by at about including between among into towards "
    "toward over under than like after before during through without within upon "
    "alongside beside besides across near beyond outside inside around off past behind via".split()
)


DETERMINERS = frozenset("the a an its his her their our this that these those".split())


NAME_ADJECTIVES = frozenset(
    "neighbouring neighboring other several allied fellow partner member key smaller larger "
    "some many all both frozen immobilised immobilized seized new latest recent "
    "two three four five six seven eight nine ten".split()
)
"""Words between a preposition and a name that keep it the preposition's
object: "stationed in neighbouring NATO countries", "to other EU states",
"with the three Baltic states"."""


SNEERS = frozenset("so-called self-styled self-proclaimed so called self styled proclaimed".split())
"""Words (and the tokens of them) that state media put before a name ("the
self-styled coalition"): they do not change what the name is the object of."""


COORDINATION = frozenset([",", "and", "or", "nor", "as", "well", "&", "plus"])


CONJUNCTIONS = frozenset(["and", "or", "nor", "&", "plus", "well"])


OBJECT_QUANTIFIERS = frozenset(["any", "all", "every", "other"])
"""Before an actor they make it what is objected to: "any NATO warships",
"an attempt by Poland or other NATO states"."""


RELATIVE_PRONOUNS = frozenset(["which", "who", "whose", "that"])
CLAUSE_PRONOUNS = RELATIVE_PRONOUNS - {"whose"}
"""Relative pronouns that open a clause with a verb of its own ("which pays")."""


AUXILIARIES = frozenset(
    "will would has have had is are was were also still now already then could may might "
    "did does do".split()
)

NEGATORS = frozenset(["not", "n't", "never"])
"""Negations between a relative pronoun and its verb: "which have not supplied"."""


def word_before(doc: Doc, start: int, sent_start: int) -> int:
    """The index of the word before a name, past determiners and sneers."""
    low = lowers(doc)
    i = start - 1
    while i >= sent_start and (
        low[i] in DETERMINERS
        or low[i] in SNEERS
        or low[i] in NAME_ADJECTIVES
        or low[i].isspace()
        or low[i] in OPENING_QUOTES  # 'within the "drone coalition"'
        or (low[i] == "-" and i > sent_start and low[i - 1] in SNEERS)
    ):
        i -= 1
    return i


REQUEST_VERBS = frozenset(
    "asked asks ask urged urges urge pressed presses press invited invites invite encouraged "
    "encourages encourage begged implored pushed pushes advise advises advised".split()
)
"""Verbs whose object is asked to do what the "to" after it says ("urged
Germany to send"): a request, not the object's stance."""


def asked_of(chain: Sequence[ActorSpan], group: Group, doc: Doc, sent_start: int) -> bool:
    """Whether a chain is the object of a request ("urged Germany to send",
    "called on Japan to join"): it does not take the stance asked of it."""
    low = lowers(doc)
    after = chain[-1].end
    if after > group.start or low[after] != "to" or group.start - after > 2:
        return False  # the stance may begin with the "to" ("urged Spain to hand over")
    i = word_before(doc, chain[0].start, sent_start)
    if i > sent_start and low[i] in ("on", "upon"):
        return low[i - 1] in ("called", "calls", "call")  # "called on Japan to"
    return i >= sent_start and low[i] in REQUEST_VERBS


LEAVING = frozenset(["leaving", "leaves"])
"""Verbs whose object a following state is ("leaving Canadian planners uncertain")."""

LEAVING_REACH = 4
"""Words (no punctuation) between "leaving" and the state it leaves."""


def _left_by(doc: Doc, start: int, sent_start: int) -> bool:
    """Whether "leaving" stands a few words (no punctuation) before a name."""
    for i in range(start - 1, max(sent_start, start - LEAVING_REACH) - 1, -1):
        if doc[i].lower_ in LEAVING:
            return True
        if not doc[i].is_alpha:
            return False
    return False


def preceded_by_preposition(doc: Doc, start: int, sent_start: int) -> bool:
    """Whether an actor is the object of a preposition ("to Ukraine"), unless
    it names who holds a stance ("the decision of the EU", "support by X")."""
    if _left_by(doc, start, sent_start):
        return True  # "..., leaving European and Canadian planners uncertain": an object
    i = word_before(doc, start, sent_start)
    if i >= sent_start and doc[i].text == "(":
        return True  # "within the EU mission (EUMAM Ukraine)": a name in brackets, no subject
    if i - 2 >= sent_start and doc[i].text == "," and _town_before(doc, i - 1):
        end = next((j for j in range(start, len(doc)) if not doc[j].is_title), len(doc))
        if end < len(doc) and doc[end].text == ",":  # "in Torrejon, Spain, supplies": the
            return True  # country of a place, set off by commas (not "in Brussels, Malta is")
    if i < sent_start or doc[i].lower_ not in SKIP_PREPOSITIONS:
        return False
    if i - 1 < sent_start:
        return True
    before, word = doc[i - 1].lower_, doc[i].lower_
    if word == "including" and before == ",":  # "Several states, including Brazil, refused"
        return not GIVERS.intersection(lowers(doc)[max(sent_start, i - GIVERS_REACH) : i - 1])
    if word == "from":  # "ministers from Norway and Finland said": they speak for them;
        if before in PERSONNEL and not doc[i + 1].like_num:  # "instructors from Denmark
            return False  # teach" (but "instructors from eleven nations" are nobody's)
        return before not in SPEAKING_NOUNS
    if word == "of" and before in SENDING_NOUNS:
        return False  # "the sending of Finnish soldiers is still excluded": theirs
    if word == "in" and before in SEAT_NOUNS:
        return False  # "the government in Oslo said": the government seated there
    if word == "by" and before in OWNING:
        return False  # "the NASAMS ordered by Belgium will not be transferred": its owner
    return not (word in ("of", "by") and before in SUPPORT_NOUNS | SPEAKING_NOUNS)


OWNING = frozenset("owned ordered operated held bought purchased acquired".split())
"""Participles whose "by X" names the owner of what they qualify, who gives it or not."""

TOWN_PREPOSITIONS = frozenset("in at near outside from".split())
"""Prepositions before a town that a country after a comma locates ("in
Torrejon, Spain")."""


def _town_before(doc: Doc, at: int) -> bool:
    """Whether token ``at`` ends a capitalised name right after a preposition
    of place ("in Torrejon", "near Rzeszow")."""
    i = at
    while i > 0 and doc[i].is_title and doc[i].is_alpha:
        i -= 1
    return i < at and doc[i].lower_ in TOWN_PREPOSITIONS


GIVERS = frozenset(
    "countries states nations governments members allies partners capitals others".split()
)
"""Plural nouns of states whose ", including X and Y," names some of them."""

GIVERS_REACH = 6
"""Tokens before ", including" in which the plural noun may stand ("many
countries of the Global South, including")."""

PERSONNEL = frozenset(
    "instructors trainers troops soldiers engineers officers personnel pilots medics sailors "
    "divers deminers sappers crews specialists advisers advisors planners".split()
)
"""Nouns of people sent whose "from X" names the state that sends them."""

SENDING_NOUNS = frozenset("sending dispatch despatch deployment deploying stationing".split())
"""Nouns whose "of X troops" names the state whose forces are sent."""


def _state_forces(chain: Sequence[ActorSpan], doc: Doc, sent_start: int) -> bool:
    """ "Units of the Slovenian Army will not be deployed": states after a
    noun of forces and "of" own those forces and are the subject (not an
    alliance: "contingents of NATO countries")."""
    i = word_before(doc, chain[0].start, sent_start)
    return (
        i - 1 >= sent_start
        and doc[i].lower_ == "of"
        and doc[i - 1].lower_ in FORCE_HOLDERS
        and all(a.kind == "state" for a in chain)
    )


def _joined(a: ActorSpan, b: ActorSpan, doc: Doc) -> str | None:
    """How two neighbouring actors are joined by the words between them:
    ``title`` (one noun phrase), ``and``/``list`` (coordination), or not."""
    words, title, coordinated, conjunction, comma = 0, True, True, False, False
    low, orth = lowers(doc), orths(doc)
    previous = ""
    for i in range(a.end, b.start):
        lower = low[i]
        if lower.isspace():
            continue
        if lower == "that" and previous in CONJUNCTIONS:
            return None  # "the security of Ukraine and that the United States would": a clause
        previous = lower
        words += 1
        comma = comma or lower == ","
        title = title and (orth[i].istitle() or lower == "'s")
        coordinated = coordinated and (  # "by France and by the United Kingdom"
            lower in COORDINATION or lower in DETERMINERS or lower in AGENT
        )
        conjunction = conjunction or lower in CONJUNCTIONS
        if not coordinated and not (title and words <= APPOSITION_TITLE_WORDS):
            return None  # neither can hold any more: stop reading
    if 0 < words <= APPOSITION_TITLE_WORDS and title:
        return "title"  # "US President Donald Trump", "Russia's President Vladimir Putin"
    if not words or not coordinated:
        return None
    if conjunction and comma and "well" not in low[a.end : b.start]:
        return "comma and"  # "Greece, Slovakia, and Hungary", or two clauses: "X, and Y"
    return "and" if conjunction else "list"


def _joins(actors: Sequence[ActorSpan], doc: Doc) -> tuple[list[str | None], list[bool]]:
    """How each actor is joined to the next, and whether each actor is, or
    titles, a person ("EU Commission" in "EU Commission President Ursula von
    der Leyen"). Kept on the doc for the last list of actors asked about:
    ``coordinated`` is asked about every actor of a sentence, often twice."""
    key = tuple(actors)
    cached = doc.user_data.get("joins")
    if cached is not None and cached[0] == key:
        return cached[1], cached[2]
    joins = [_joined(actors[i], actors[i + 1], doc) for i in range(len(actors) - 1)]
    personal = [a.kind == "person" for a in actors]
    for i, join in enumerate(joins):
        if join == "title":
            personal[i] = personal[i] or personal[i + 1]
            personal[i + 1] = personal[i + 1] or personal[i]
    doc.user_data["joins"] = (key, joins, personal)
    return joins, personal


def coordinated(actors: Sequence[ActorSpan], head: int, doc: Doc) -> list[ActorSpan]:
    """The head actor and those joined to it by titles or in a list.

    Commas alone do not make a list ("According to X, Y agreed"): a list has a
    conjunction ("Greece, Slovakia and Hungary"); and people are not listed
    with states ("... in Ukraine, and Trump has ruled out": two clauses).
    """
    joins, personal = _joins(actors, doc)
    chain = [actors[head]]
    links: list[str] = []
    for step in (-1, 1):
        i = head
        while 0 <= i + step < len(actors):
            left, right = sorted((i, i + step))
            link = joins[left]
            if link is None or (link != "title" and personal[left] != personal[right]):
                break
            if link == "list" and _closed(joins, left):
                break  # "Together with Denmark and Sweden, Finland will": the list had ended
            if link == "list" and step < 0 and _introduced(actors[left], doc):
                break  # "In Europe, Britain and France signed": a phrase before the subject
            links.append(link)
            i += step
            chain.append(actors[i])
    if "list" in links and "and" not in links and "comma and" not in links:
        chain = [actors[head]]
    if "comma and" in links and "list" not in links:
        chain = [actors[head]]  # "will sue Euroclear, and the Kremlin calls": two clauses
    return sorted(chain, key=lambda a: a.start)


INTRODUCING = frozenset("in across throughout outside within beyond from".split())
"""Prepositions that open a phrase before the subject ("In Europe, ...")."""


def _introduced(actor: ActorSpan, doc: Doc) -> bool:
    """Whether an actor opens its sentence after a preposition: "In Europe,
    Britain and France signed" lists no Europe."""
    before = actor.start - 1
    if before < 0 or doc[before].lower_ not in INTRODUCING:
        return False
    return before == 0 or bool(doc[before].is_sent_start) or doc[before - 1].text in ("\n", '"')


def _closed(joins: Sequence[str | None], comma: int) -> bool:
    """Whether a list ended before the comma at ``joins[comma]``: an English
    list has its conjunction before its last member only, so a comma after
    "A and B" begins something else, unless another "and" follows ("A and
    B, C and D")."""
    before, after = comma - 1, comma + 1
    while before >= 0 and joins[before] == "title":
        before -= 1
    while after < len(joins) and joins[after] == "title":
        after += 1
    return before >= 0 and joins[before] == "and" and (after >= len(joins) or joins[after] != "and")


def _opposed_object(chain: Sequence[ActorSpan], doc: Doc, kinds: frozenset[int]) -> bool:
    """What an objection is about rather than who objects: "any NATO
    warships", "the plans of the coalition", "Australian surveillance flights"
    and a NATO "maritime mission"."""
    first, last = chain[0], chain[-1]
    before = word_before(doc, first.start, 0)
    if before >= 1 and doc[before].lower_ == "of" and doc[before - 1].lower_ in SPEAKING_NOUNS:
        return False  # "the Ministry of Foreign Affairs of Belarus condemned": who objects
    if first.start > 0 and doc[first.start - 1].lower_ in OBJECT_QUANTIFIERS | AGENT | {"of"}:
        return True
    if before >= 0 and doc[before].lower_ == "of":  # "the plans of the self-styled coalition"
        return True
    verb = first.start - 1  # not _word_before: it skips "called" as in "so-called"
    while verb > 0 and doc[verb].lower_ in DETERMINERS:
        verb -= 1
    if verb >= 0 and doc[verb].lower_ in NAMING_VERBS:  # "called the Swedish deal a
        return True  # provocation": what is named, not who names it
    end = last.end
    while end < len(doc) and doc[end].text in QUOTES:  # a NATO "maritime mission"
        end += 1
    return end in kinds  # "Australian surveillance flights", "NATO warships"


NAMING_VERBS = frozenset(
    "called calls call described describes branded brands termed terms labelled labeled "
    "dubbed denounced denounces condemned condemns".split()
)
"""Verbs whose object an objection names: "called the Estonian boardings piracy"."""

FROM_REACH = 2
"""Tokens between a stance and "from X" for X to be who gives ("an offer from
X", "a pledge of jets from X"); further on, "from" names a place ("flown
from Polish bases")."""


SOURCE_ENDINGS = ("come from", "comes from", "came from")
"""Stance endings whose givers follow them: "instructors would come from
Lithuania and Estonia", "the money comes from Iceland"."""


def _names_a_thing(actor: ActorSpan, doc: Doc) -> bool:
    """ "US production", "Polish stocks": a name used as an adjective of the
    thing after it, not a giver."""
    return (
        actor.end < len(doc)
        and doc[actor.end].is_lower
        and doc[actor.end].is_alpha
        and doc[actor.end].lower_ not in ("and", "or")
    )


def _agent(group: Group, actor: ActorSpan, doc: Doc) -> bool:
    """ "provided by X", "a promise from X": the actor after a stance gives it,
    but not the X of a condition ("would need a mandate from X"): X approves."""
    if actor.start == 0:
        return False
    word = doc[actor.start - 1].lower_
    if word == "from" and all(c.label == Status.CONDITIONAL.value for c in group.cues):
        return False
    return word in AGENT and actor.start - 1 - group.end <= FROM_REACH


PASSIVE_REACH = 2
"""Tokens between a passive stance and its "by X" ("paid for by X"): then X
gives, whatever subject stands before ("The sale, to be paid for by X")."""


OBLIGING = frozenset(
    "commit commits committed committing oblige obliges obliged obliging obligate obligates "
    "obligated bind binds".split()
)
"""Verbs whose object is bound to what the "to" after it says: "the treaty
would commit Washington to respond"."""


def _obliged(group: Group, chain: Sequence[ActorSpan], doc: Doc) -> bool:
    """ "The agreement would commit Washington to consult and respond": the
    state right after a verb of binding, with "to" after it, is who is bound
    (the text that binds it is no actor)."""
    low = lowers(doc)
    at = group.end + (group.end < len(doc) and low[group.end] == "the")
    end = chain[-1].end
    return (
        low[group.end - 1] in OBLIGING
        and chain[0].start == at
        and chain[0].kind == "state"
        and end < len(doc)
        and low[end] == "to"
    )


def _passive_agent(group: Group, actor: ActorSpan, doc: Doc) -> bool:
    """ "to be paid for by European allies", "will be led by Turkey"; "are to
    be rotated through the hubs in western Ukraine by Belgium": a passive
    right after the stance whose "by" closes its own phrase."""
    by = actor.start - 1
    while by > group.end and doc[by].lower_ in DETERMINERS:
        by -= 1
    if doc[by].lower_ != "by":
        return False
    if by - group.end <= PASSIVE_REACH:
        return True
    between = lowers(doc)[group.end : by]
    if all(_adverb(w) or w in REPEATS for w in between):
        return True  # "has been ruled out again and again by the government"
    return (
        by - group.end <= PASSIVE_PHRASE_REACH
        and between[0] == "be"
        and participle(between[1])
        and not any(not w.isalpha() or participle(w) or w in CLAUSE_WORDS for w in between[2:])
    )


PARTICIPLES = frozenset("sent paid sold given brought made kept built put lent spent".split())
"""Irregular past participles among the stance verbs."""


def participle(word: str) -> bool:
    """A past participle among the stance verbs: regular, or one of PARTICIPLES."""
    return word.endswith("ed") or word in PARTICIPLES


CLAUSE_WORDS = RELATIVE_PRONOUNS | {"where", "when", "while"}
"""Words that open another clause inside a phrase."""


REPEATS = frozenset("again and time over so far".split())
"""Words of "again and again", "time and again", "over and over", "so far"
between a passive stance and its "by"."""

PASSIVE_PHRASE_REACH = 14
"""Tokens from "be" to "by" of a passive after a stance ("are to be rotated
through the training hubs in western Ukraine by X")."""


POSSESSIVES = frozenset(["'s", "'"])
"""Possessive endings as lower-case forms read them (a curly apostrophe as a
straight one: nlp._lower)."""


def _possessor(actor: ActorSpan, group: Group, doc: Doc) -> bool:
    """ "Moscow's threats to strike", "the United States' threat to impose":
    the owner of a stance noun takes the stance, wherever the phrase stands."""
    if actor.end >= len(doc) or doc[actor.end].lower_ not in POSSESSIVES:
        return False
    between = lowers(doc)[actor.end + 1 : group.start]
    if len(between) == 2 and between[0] in INTENT_NOUNS and between[1] == "to":
        return True  # "the Netherlands' decision to allocate 100 million euros"
    return group.start - (actor.end + 1) <= 1


INTENT_NOUNS = frozenset(
    "decision pledge promise offer commitment intention readiness willingness move bid".split()
)
"""Nouns whose owner does what their "to" infinitive says ("Norway's pledge to send")."""


def asides(group: Group, sent: Span, doc: Doc) -> set[int]:
    """Tokens of relative clauses closed before a stance ("Finland, which
    borders Russia, has said no"): their actors are not its subject."""
    inside: set[int] = set()
    low = lowers(doc)
    for i in range(sent.start + 1, group.start):
        if low[i - 1] == "," and (
            low[i] in ASIDE_PRONOUNS
            or _as_aside(low, i)
            or (doc[i - 2].is_title and _participle_aside(low, i))  # after a name
        ):
            close = next((j for j in range(i + 1, group.start) if low[j] == ","), None)
            if close is not None:
                inside.update(range(i, close))
    return inside


def _as_aside(low: Sequence[str], i: int) -> bool:
    """ "Latvia, as co-leader of the Drone Coalition, will": a role set off
    by commas (not "Britain, as well as France, will")."""
    return low[i] == "as" and low[i + 1 : i + 2] != ["well"]


ASIDE_ADVERBS = frozenset("currently now already still recently".split())
"""Adverbs that may open a participle aside ("currently deployed with")."""


def _participle_aside(low: Sequence[str], i: int) -> bool:
    """ "HMCS Ville de Québec, currently deployed with Standing NATO Maritime
    Group 1, will help": a participle set off by commas describes the subject
    (but in "Pistorius, asked whether German instructors could go, answered",
    the question is what the answer is about)."""
    word = low[i + 1] if low[i] in ASIDE_ADVERBS and i + 1 < len(low) else low[i]
    return word.isalpha() and word.endswith(("ed", "based")) and word not in ASKED


ASKED = frozenset("asked pressed questioned quizzed".split())
"""Participles of a question put to a speaker, whose kinds are what the answer is about."""


ASIDE_PRONOUNS = (RELATIVE_PRONOUNS - {"that"}) | {"where", "whom", "when"}
"""After a comma they open an aside: "Belgium, where most of the assets are
held at Euroclear, has refused"."""


GENERIC_SUBJECTS = frozenset(
    "participants donors members allies countries partners states nations governments "
    "contributors others delegations".split()
)
"""Plural nouns that, as the subject of what a speaker reports, name unnamed
others ("participants had pledged"), not the speaker."""


GENERIC_OF_REACH = 4
"""Words at most of such a subject with what it belongs to ("members of the group")."""


def _reported_generic_subject(
    chain: Sequence[ActorSpan], group: Group, doc: Doc, speech: Sequence[int]
) -> bool:
    """ "Britain said participants had pledged a combined 6.2 billion dollars":
    what a speaker reports has a subject of its own, unnamed others, right
    before the stance; it is none of the speaker's."""
    for at in speech:
        if not chain[-1].end <= at < group.start:
            continue
        words = [t.lower_ for t in doc[at + 1 : group.start]]
        if words[:1] == ["that"]:
            words = words[1:]
        if words[:1] in (["the"], ["other"], ["all"]):
            words = words[1:]
        verb = next((k for k, w in enumerate(words) if w in AUXILIARIES), len(words))
        nouns = words[:verb]  # "members of the group had so far committed": up to "had"
        if (
            nouns[:1]
            and nouns[0] in GENERIC_SUBJECTS
            and (len(nouns) == 1 or (nouns[1] == "of" and len(nouns) <= GENERIC_OF_REACH))
        ):  # "participants had pledged", "members of the group had so far committed"
            return True
    return False


def _other_speaker(
    chain: Sequence[ActorSpan],
    group: Group,
    actors: Sequence[ActorSpan],
    doc: Doc,
    speech: Sequence[int],
) -> bool:
    """Whether a speech verb between an actor and a stance has a speaker of its
    own that is no actor, set off from it by a comma ("In a statement read by
    X and Y, the group said its members had earmarked ..."): the actor stands
    outside the reported clause. Within one phrase ("Russia's foreign
    ministry said") the actor is the speaker."""
    names = {i for a in actors for i in range(a.start, a.end)}
    for at in speech:
        if not chain[-1].end < at < group.start:
            continue
        if doc[at + 1].text == ",":
            continue  # a parenthesis: "Finland's share, an official said, hinges on ..."
        i = at - 1  # the speaker's last word, before "has", "also", "repeatedly"
        while i > chain[-1].end and (
            doc[i].lower_ in AUXILIARIES | SENTENCE_ADVERBS or _adverb(doc[i].text)
        ):
            i -= 1
        word = doc[i]
        if i in names or not word.is_alpha or word.is_stop:
            continue  # an actor, a pronoun or a conjunction ("and has said"): no other speaker
        between = doc[chain[-1].end : i + 1]
        if not any(t.text == "," for t in between):
            continue  # the actor is in the speaker's phrase: "Russia's foreign ministry said"
        return True
    return False


SENTENCE_ADVERBS = frozenset("meanwhile again since previously already once".split())


def _subject(
    group: Group,
    sent: Span,
    actors: Sequence[ActorSpan],
    doc: Doc,
    kinds: frozenset[int],
    speech: Sequence[int] = (),
    verbs: Sequence[int] = (),
) -> tuple[list[ActorSpan], str]:
    """The actors before a verb group that are its subject, or after it its agent.

    A coordinated list whose first member follows a preposition is an
    object ("under the chair of X and Y"), not a subject; so is, for an
    objection, the actor of what is objected to. ``kinds`` holds the first
    tokens of the sentence's category cues.
    """
    after = [  # "handed to Ukraine by Denmark": Ukraine receives, Denmark gives
        i for i, a in enumerate(actors) if a.start >= group.end and a.actor != BENEFICIARY
    ]
    if group.cues[-1].text.lower().endswith(SOURCE_ENDINGS):  # "would come from X and Y"
        source = actors[after[0]] if after else None
        if source is None or source.start != group.end or _names_a_thing(source, doc):
            return [], "source"  # "would come from the air", "will come from US production"
        return coordinated(actors, after[0], doc), "agent"
    if after and _passive_agent(group, actors[after[0]], doc):
        return coordinated(actors, after[0], doc), "agent"
    bound = coordinated(actors, after[0], doc) if after else []
    if bound and _obliged(group, bound, doc):
        return bound, "obliged"
    if _first_person_clause(sent, group, doc):
        return [], ""  # "..., and we will put in another C$200 million": the speaker's
    opposed = any(c.label == Status.OPPOSED.value for c in group.cues)
    aside = asides(group, sent, doc)
    floor = max(_named_clause(sent, group, doc), _fronted_condition(sent, group, doc))
    before = [
        i
        for i, a in enumerate(actors)
        if floor < a.start and a.end <= group.start and a.start not in aside
    ]
    requested = False
    for index in reversed(before):
        chain = coordinated(actors, index, doc)
        last = chain[-1]
        if last.weak and last.end < len(doc) and doc[last.end].lower_ == "'s":
            continue  # "Poland, Europe's largest army, has ...": a modifier, not a subject
        if chain[0].rule == "demonym" and _polled(chain[0].start, doc, sent.start):
            return [], "poll"  # "58 per cent of Germans would support it": the public's view
        if _relation(last, doc) or _appositive(last, actors, group, doc):
            continue  # "Italy, France's partner in the programme, has sent": Italy
        if (
            chain[0].start > sent.start
            and lowers(doc)[chain[0].start - 1] in ANY_WORDS
            and last.rule != "demonym"  # but "any Canadian contingent" is Canada's own
            and _names_a_thing(last, doc)
        ):
            continue  # "would study any UN request but had not decided": what is studied
        if len(chain) == 1 and last.actor in RUSSIA_AND_ALLY and last.start in kinds:
            continue  # "Europe's plan to seize Russian reserves is piracy": a thing, Russia's
        if _attributive(chain, doc, sent.start):
            continue  # "Ireland, not a NATO member, will not join": what Ireland is not
        if last.kind != "state" and lowers(doc)[last.end : last.end + 1] == ["partners"]:
            continue  # "Demining Coalition partners pledge": its partners, not the body
        if _told(chain[0].start, speech, doc) and _that_follows(doc, last.end):
            continue  # "Spain informed Allies that it will ...": the addressee
        if _addressee_of_participle(chain, doc, sent.start):
            continue  # "sent a letter to Antonio Costa saying they will": the senders say
        if _subject_of_its_own(doc, last.end, group.start):
            return [], "reason"  # "..., a Japanese official said, because the money would pay"
        if opposed and _opposed_object(chain, doc, kinds):
            continue
        if _business(last, group, doc) and not preceded_by_preposition(
            doc, chain[0].start, sent.start
        ):  # but "joint ventures with Ukrainian companies and send them": an object
            return [], "business"
        if asked_of(chain, group, doc, sent.start):
            requested = True  # the stance is the requester's, if an actor asks
            continue
        if _other_speaker(chain, group, actors, doc, speech):
            break
        if _reported_generic_subject(chain, group, doc, speech):
            return [], "others"  # "Britain said participants had pledged $6.2 billion"
        if chain[0].start > sent.start and lowers(doc)[chain[0].start - 1] in DOUBLE_OBJECT_VERBS:
            continue  # "would send Poland a Patriot unit": whom it goes to, no subject
        if _object_of_verb_before(chain, group, doc, verbs):
            continue  # "Washington supported a Turkish-led mission and would share data"
        following = lowers(doc)[last.end : last.end + 2]
        if len(following) == 2 and following[0] == "-" and following[1] in LOCATED:
            continue  # "the Budapest-based carrier could restart flights": where it is
        if all(a.actor == BENEFICIARY for a in chain):
            if _acting_subject(chain, group, doc, sent.start) or _own_subject(
                chain, group, doc, sent.start
            ):
                return [], "beneficiary"  # "that Ukraine could win back its territory"
            continue  # Ukraine receives; "the Multinational Force Ukraine will be hosted by X"
        if (
            _possessor(last, group, doc)
            or not preceded_by_preposition(doc, chain[0].start, sent.start)
            or _clause_after_conjunction(chain, group, doc)
            or _with_gerund(chain, group, doc)
            or _state_forces(chain, doc, sent.start)
        ):
            return [a for a in chain if a.end <= group.start], "subject"
    if requested:
        return [], "request"
    after = [i for i, a in enumerate(actors) if a.start >= group.end]
    if after and _agent(group, actors[after[0]], doc):
        return coordinated(actors, after[0], doc), "agent"
    return [], ""


def _attributive(chain: Sequence[ActorSpan], doc: Doc, sent_start: int) -> bool:
    """ "a NATO member", "an EU state": a body's name after "a" describes a
    noun and is no subject (but "a US general will be attached" is the
    state's, and "an EU diplomat confirmed" the body's voice)."""
    start, end = chain[0].start, chain[-1].end
    return (
        start > sent_start
        and doc[start - 1].lower_ in ("a", "an")
        and all(a.kind != "state" for a in chain)
        and not (end < len(doc) and doc[end].lower_ in SPEAKING_NOUNS | SERVANT_WORDS)
    )


TIME_CONJUNCTIONS = frozenset("after before until since".split())
"""Words that are prepositions before a name ("after Belgium") or open a
clause whose subject the name is ("after Belgium blocked it")."""


def _clause_after_conjunction(chain: Sequence[ActorSpan], group: Group, doc: Doc) -> bool:
    """ "was shelved after Belgium blocked it": a name after "after",
    "before", "until" or "since" with the stance right behind it (past
    auxiliaries and adverbs) is that clause's subject."""
    start = chain[0].start
    if start == 0 or doc[start - 1].lower_ not in TIME_CONJUNCTIONS:
        return False
    between = lowers(doc)[chain[-1].end : group.start]
    if all(w in AUXILIARIES or _adverb(w) for w in between):
        return True
    return (  # "after Hungary dropped a five-week veto": the verb's object is the stance
        len(between) >= 2
        and between[1] in NOUN_OPENERS
        and all(w.isalnum() or w == "-" for w in between)
    )


NOUN_OPENERS = frozenset("a an the its their his her".split())
"""Words that open the noun phrase a verb takes as its object."""


ANY_WORDS = frozenset("any every each".split())
"""Determiners before a name used as an adjective ("any UN request"): an
object, never the subject."""


ANSWERS = frozenset(["yes", "no"])


def _first_person_clause(sent: Span, group: Group, doc: Doc) -> bool:
    """ "We pay into PURL, which buys American weapons, and we will put in
    more": a clause whose own subject, right before the stance, is a first
    person ("we", "I") is the speaker's; a name before it in the sentence is
    not the subject."""
    at = group.start - 1
    if at < sent.start or doc[at].lower_ not in FIRST_PERSON:
        return False
    return at == sent.start or doc[at - 1].lower_ in CLAUSE_STARTS


IMPERSONAL = (("it", "is"), ("it", "'s"), ("it", "was"), ("it", "would"), ("it", "will"))
"""How a sentence opens when its "it" stands for no one ("It is too early")."""


def _impersonal(s: Sentence) -> bool:
    """A sentence opening with an "it" that stands for no one: in a speaker's
    turn, the stance is the speaker's."""
    low = lowers(s.span.doc)
    words = [w for w in low[s.span.start : s.span.start + IMPERSONAL_REACH] if not w.isspace()]
    if ":" in words:  # after a speaker's label: "Minister Koizumi: It is too early"
        words = words[words.index(":") + 1 :]
    return tuple(words[:2]) in IMPERSONAL


IMPERSONAL_REACH = 8
"""Tokens read at a sentence's start for its "it", past a speaker's label."""


def _answer(s: Sentence) -> bool:
    """An interview answer opening with "Yes" or "No" ("Yes, and that
    continues"): the interviewee speaks, whoever the sentence names."""
    low = lowers(s.span.doc)
    words = [w for w in low[s.span.start : s.span.start + 2] if not w.isspace()]
    return bool(words) and words[0] in ANSWERS


RELATIONS = frozenset(
    "partner partners ally allies neighbour neighbours neighbor neighbors rival rivals".split()
)
"""Nouns after a possessive name that make the phrase another state ("France's partner")."""


DOUBLE_OBJECT_VERBS = frozenset(
    "send sends sent give gives gave sell sells sold offer offers offered lend lends lent "
    "promise promises promised hand hands handed".split()
)
"""Verbs whose first object, a name right after them, is who receives."""

LOCATED = (
    "based",
    "headquartered",
    "registered",
    "backed",
    "brokered",
    "owned",
    "flagged",
    "sponsored",
)
"""Words after a name and a hyphen that only say where something is, or
whose it is ("UN-backed monitoring", "Turkish-brokered deal"), not who
acts (but "the Czech-led initiative" acts for the Czechs)."""

STANCE_MODALS = frozenset("will would could can may might shall should must".split())


def _acting_subject(chain: Sequence[ActorSpan], group: Group, doc: Doc, sent_start: int) -> bool:
    """Whether names stand right before a stance that opens with a modal, as
    its subject ("Ukraine could win back ...", not "soldiers in Ukraine will
    be targets" nor "aid to Ukraine will continue"): they act."""
    words = " ".join(c.text.lower() for c in group.cues).split()
    words += lowers(doc)[group.end : group.end + 1]  # "could" and its verb: "could buy"
    return (
        chain[-1].end == group.start
        and words[0] in STANCE_MODALS
        and not any(w.startswith(GETTING) for w in words)  # "Kyiv could buy Gripens": Sweden sells
        and not preceded_by_preposition(doc, chain[0].start, sent_start)
        and not (  # "satellites supporting Ukraine could become targets": an object
            chain[0].start > sent_start and doc[chain[0].start - 1].lower_.endswith("ing")
        )
        and not _relative_object(chain[0].start, doc, sent_start)
    )


OWN_DETERMINERS = frozenset(["its", "their"])
"""Determiners of what belongs to the name before them."""

OBJECT_OPENERS = frozenset(["a", "an", "the", *OWN_DETERMINERS])
"""Words that open the object of a verb: "supported a Turkish-led mission"."""


def _object_of_verb_before(
    chain: Sequence[ActorSpan], group: Group, doc: Doc, verbs: Sequence[int]
) -> bool:
    """ "Washington supported a Turkish-led maritime mission and would share
    data with it, but would not send warships": names in the object of a
    stance before, when the stance after is joined to it by "and" or "but",
    are not the subject of the stance after (the subject of both comes
    before the first; so in "has never joined the coalition and has said it
    does not intend to pay")."""
    low = lowers(doc)
    if not {"and", "but"}.intersection(low[chain[-1].end : group.start]):
        return False
    if {"which", "who"}.intersection(low[chain[-1].end : chain[-1].end + 2]):
        return False  # "join France and Britain, which will command the force": its subject
    start = chain[0].start
    return any(
        end <= start and start - end <= 2 and all(w in OBJECT_OPENERS for w in low[end:start])
        for end in verbs
    )


def _relative_object(start: int, doc: Doc, sent_start: int) -> bool:
    """Names right after the verb of a relative clause ("satellites that help
    Ukraine could become targets"): its object, not the stance's subject."""
    low = lowers(doc)
    return (
        start - 2 >= sent_start
        and low[start - 2] in CLAUSE_PRONOUNS
        and low[start - 1].isalpha()
        and low[start - 1] not in DETERMINERS
    )


CLAUSE_STARTS = frozenset(
    ", ; : and but while whereas as when before after since until because that".split()
)
"""Words after which a clause, and its subject, may begin."""

OWN_SUBJECT_REACH = 4
"""Most words of the noun a possessive beneficiary owns before the stance."""


def _own_subject(chain: Sequence[ActorSpan], group: Group, doc: Doc, sent_start: int) -> bool:
    """ "Ukraine's own shipping corridor restored the volumes": a subject that
    is the beneficiary's own (not its partners or allies) acts for it; the
    stance is no one else's, whoever was named before."""
    low = lowers(doc)
    end = chain[-1].end
    if low[end : end + 1] != ["'s"] or preceded_by_preposition(doc, chain[0].start, sent_start):
        return False
    if chain[0].start > sent_start and low[chain[0].start - 1] not in CLAUSE_STARTS:
        return False  # "satellites helping Ukraine's military could be ...": an object
    words = low[end + 1 : group.start]
    return (
        0 < len(words) <= OWN_SUBJECT_REACH
        and all(w.isalpha() or "-" in w for w in words)
        and not RELATIONS.intersection(words)
    )


GETTING = ("buy", "bought", "purchas", "acquir", "receiv", "get", "obtain")
"""Stems of verbs whose subject gets what another gives."""


FRONTED_CONDITIONS = frozenset("if unless once provided".split())
"""Openers of a condition that may open a sentence before its subject."""


def _fronted_condition(sent: Span, group: Group, doc: Doc) -> int:
    """The comma that closes a condition opening the sentence ("If the
    Council mandated a mission and Moscow accepted it, we would look at
    sending observers"): names inside it are not the stance's subject. -1 if
    none."""
    low = lowers(doc)
    first = next((i for i in range(sent.start, group.start) if not low[i].isspace()), None)
    if first is None or low[first] not in FRONTED_CONDITIONS:
        return -1
    return next((i for i in range(first, group.start) if low[i] == ","), -1)


def _named_clause(sent: Span, group: Group, doc: Doc) -> int:
    """The last semicolon before a stance that opens a clause with a subject
    of its own, "the" and a name ("Deputies back sending Slovenian officers;
    the Left votes against"): names before it are not the stance's subject.
    -1 if none."""
    low = lowers(doc)
    for i in range(group.start - 3, sent.start - 1, -1):
        if low[i] == ";":
            return i if low[i + 1] == "the" and doc[i + 2].text[:1].isupper() else -1
    return -1


def _relation(actor: ActorSpan, doc: Doc) -> bool:
    """ "France's partner", "Russia's neighbour": the name only qualifies another."""
    after = lowers(doc)[actor.end : actor.end + 2]
    return len(after) == 2 and after[0] == "'s" and after[1] in RELATIONS


def _appositive(actor: ActorSpan, actors: Sequence[ActorSpan], group: Group, doc: Doc) -> bool:
    """ "China, Russia's biggest oil customer, said it opposes": a possessive
    name in a phrase set off by commas right after another name describes that
    name, which is the subject."""
    low = lowers(doc)
    return (
        actor.start > 0
        and low[actor.start - 1] == ","
        and low[actor.end : actor.end + 1] == ["'s"]
        and any(a.end == actor.start - 1 for a in actors)
        and "," in low[actor.end : group.start]
    )


REASON_OPENERS = frozenset("because although though whereas while".split())
"""Words that open a clause of its own; a determiner after them opens its subject."""


def _subject_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """ "because the money would pay for weapons": between a name and a verb,
    a reason clause whose subject is a noun, not the name (but "though its own
    jets will stay" are the name's own)."""
    low = lowers(doc)
    return any(
        low[i] in REASON_OPENERS
        and low[i + 1] in DETERMINERS
        and not (low[i] in CONCESSIVE and low[i + 1] in OWN_DETERMINERS)
        for i in range(start, end - 1)
    )


CONCESSIVE = frozenset(["though", "although"])
"""Openers of a concession, whose "its" subject is the name's own ("will host
the mission, though its own jets will stay home"); after "because" it is
a reason of its own ("because its rules bar exports")."""


OBJECTION_NOUNS = frozenset("opposition objections objection resistance criticism".split())
"""Nouns of an objection whose holder "from" names."""


def _objection_from(group: Group, s: Sentence) -> list[ActorSpan]:
    """ "has met firm opposition from Beijing", "faces objections from
    Hungary and Slovakia", "unacceptable to Russia": the actors after "from"
    (or "to") object; the subject is what they object to."""
    low = lowers(s.span.doc)
    after = low[group.end : group.end + 1]
    if not (low[group.end - 1] in OBJECTION_NOUNS and after == ["from"]) and not (
        low[group.end - 1] == "unacceptable" and after in (["to"], ["for"])
    ):
        return []  # "troops from NATO countries would be unacceptable to Russia": Russia objects
    for index, actor in enumerate(s.actors):
        if actor.start == group.end + 1 or (
            actor.start == group.end + 2 and low[group.end + 1] in DETERMINERS
        ):
            return coordinated(s.actors, index, s.span.doc)
    return []


def _with_gerund(chain: Sequence[ActorSpan], group: Group, doc: Doc) -> bool:
    """ "..., with Italy contributing minehunters": after "with", an actor
    right before an "-ing" stance is that stance's subject."""
    first = chain[0]
    return (
        first.start > 0
        and doc[first.start - 1].lower_ == "with"
        and chain[-1].end == group.start
        and group.cues[0].text.lower().split()[0].endswith("ing")
    )


def _business(actor: ActorSpan, group: Group, doc: Doc) -> bool:
    """Whether an actor only qualifies a business that is the subject
    ("Finnish firms", "the Norwegian-Finnish ammunition maker")."""
    i = actor.end
    while i < group.start and doc[i].lower_ in INDUSTRY_NOUNS:
        i += 1
    if i > actor.end and doc[i - 1].lower_ not in ("arms", "defence", "defense"):
        return True
    if actor.start == 0 or doc[actor.start - 1].lower_ not in ("the", "a", "-"):
        return False
    for k in range(actor.end, min(group.start, actor.end + BUSINESS_REACH)):
        if not (doc[k].is_alpha and doc[k].is_lower) and doc[k].text != "-":
            return False
        if doc[k].lower_ in MAKERS:
            return True  # "the Finnish ammunition maker": what it makes, then the maker
    return False


BUSINESS_REACH = 6
"""Tokens from an adjective to the maker it qualifies ("ammunition and
rocket-motor maker")."""

MAKERS = frozenset("maker makers manufacturer manufacturers producer producers firm".split())


def _adjacent_to_speech(
    actors: Sequence[ActorSpan], speech: Sequence[Cue], doc: Doc
) -> ActorSpan | None:
    """The actor right before or after a speech verb ("said Macron", "X said");
    not a source of figures ("according to IMF projections") nor the one
    addressed ("warned Baku that")."""
    for cue in speech:
        for a in actors:
            if a.start == cue.end and (_data_source(a, doc) or _addressed(a, doc)):
                continue
            if a.start == cue.end or a.end == cue.start or a.end + 1 == cue.start:
                return a
    return None


DATA_NOUNS = frozenset(
    "projections projection estimates estimate figures data forecasts forecast calculations "
    "statistics numbers".split()
)
"""Nouns after an actor that make it the source of figures, not a speaker."""


def _data_source(actor: ActorSpan, doc: Doc) -> bool:
    return actor.end < len(doc) and doc[actor.end].lower_ in DATA_NOUNS


THAT_REACH = 4
"""Words of an adverbial between an addressee and "that" ("warned Seoul more
than once that")."""


REPORTED_CLAUSES = frozenset("that what how whether".split())
"""Words that open what a speech verb reports, after whom it is told to."""


SUBJECT_PRONOUNS = frozenset("it they we he she".split())
"""Pronouns that open a clause of their own as its subject: after a clause
opener ("as it buys"), or right after whom a speech verb addresses, where
they open what is told without a "that" ("told Kyiv it would send")."""


def _that_follows(doc: Doc, end: int) -> bool:
    """Whether "that" (or a question word: "told allies in writing what it
    would contribute") follows token ``end``, past a short adverbial or the
    comma closing an apposition ("told his counterpart, Andrii Sybiha, that")."""
    if end < len(doc) and doc[end].lower_ in SUBJECT_PRONOUNS:
        return True  # "told the coalition they will not deploy troops": "that" left out
    for t in doc[end : min(len(doc), end + THAT_REACH + 1)]:
        if t.lower_ in REPORTED_CLAUSES:
            return True
        if t.i == end and t.text == ",":
            continue
        if not (t.is_alpha and t.is_lower) or t.lower_ in ("and", "or", "but"):
            return False
    return False


def _told(start: int, speech: Sequence[int], doc: Doc) -> bool:
    """Whether the actor at ``start`` follows a speech verb, right after it or
    in an apposition to whom it is told ("told his Ukrainian counterpart,
    Andrii Sybiha, that")."""
    if start - 1 in speech:
        return True
    if start < 2 or doc[start - 1].text != ",":
        return False
    for j in range(start - 2, max(0, start - 2 - ADDRESSEE_REACH), -1):
        if j in speech:
            return True
        if not doc[j].is_alpha:
            return False
    return False


SHARE_WORDS = frozenset("cent percent % majority most half third quarter".split())
"""Words before "of" that make the people after it a share of a public
polled ("58 per cent of Germans", "a majority of Poles")."""


def _polled(start: int, doc: Doc, sent_start: int) -> bool:
    """ "58 per cent of Germans would support it": a share of a nation's
    public is what a poll found, no stance of its state."""
    return (
        start - 2 >= sent_start
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].lower_ in SHARE_WORDS
    )


REPORTING_PARTICIPLES = frozenset(
    "saying stating promising pledging announcing confirming insisting assuring".split()
)
"""Participles after a preposition's object that report what the clause's
subject says ("a letter to Costa saying they will guarantee")."""


def _addressee_of_participle(chain: Sequence[ActorSpan], doc: Doc, sent_start: int) -> bool:
    """ "have sent a joint letter to Council President Antonio Costa saying
    they will guarantee their share": whom a message goes to, followed by a
    participle that reports the senders' words, is no subject."""
    end = chain[-1].end
    if end >= len(doc) or doc[end].lower_ not in REPORTING_PARTICIPLES:
        return False
    at = chain[0].start - 1  # past a title: "to Council President Antonio Costa"
    while at > sent_start and chain[0].start - at <= TITLE_WORDS and doc[at].is_title:
        at -= 1
    return at >= sent_start and doc[at].lower_ in ADDRESSEE_PREPOSITIONS


TITLE_WORDS = 3
"""Capitalised words of a title at most before a name ("Council President")."""

ADDRESSEE_PREPOSITIONS = frozenset("to with for".split())
"""Prepositions before whom a message is sent ("a letter to", "talks with")."""


ADDRESSEE_REACH = 5
"""Words from a speech verb to the comma before an addressee's name in apposition."""


def _addressed(actor: ActorSpan, doc: Doc) -> bool:
    """ "warned Baku that ...", "told Washington that ...": the actor after
    the speech verb is its object when a "that" clause follows ("warned
    Seoul more than once that")."""
    return _that_follows(doc, actor.end)


APPOSITION_HEADS = frozenset(
    "head chief director spokesman spokeswoman spokesperson minister ambassador envoy adviser "
    "advisor official deputy secretary chairman chair commander".split()
)
"""Nouns opening an apposition that says whom a speaker works for: "Dmitry
Bakanov, head of the Russian space agency, said ..."."""


def _apposed(actors: Sequence[ActorSpan], speech: Sequence[Cue], doc: Doc) -> ActorSpan | None:
    """The actor in an apposition right before a speech verb: ", head of the
    Russian space agency, said"."""
    for cue in speech:
        comma = cue.start - 1
        if comma < 1 or doc[comma].text != ",":
            continue
        start = comma - 1
        while start > 0 and doc[start].text not in (",", ".", ";") and "\n" not in doc[start].text:
            start -= 1
        if doc[start].text != ",":
            continue
        head = next((t for t in doc[start + 1 : comma] if t.lower_ not in DETERMINERS), None)
        if head is None or head.lower_ not in APPOSITION_HEADS:
            continue
        inside = [a for a in actors if start < a.start and a.end <= comma]
        if inside:
            return inside[0]
    return None


SUBSET_REACH = 4
"""Tokens before a group searched for a quantifier ("most members of the")."""


def _quantified(
    doc: Doc, start: int, sent_start: int, reach: int, an: Analyzer, *, of_time: bool = True
) -> bool:
    """A quantifier ("most", "many") within ``reach`` tokens before ``start``;
    with ``of_time=False`` not one of a span of time ("a few hours later")."""
    words, low = an.lexicon["subset_words"], lowers(doc)
    return any(
        low[i] in words and (of_time or not (i + 1 < start and low[i + 1] in TIME_UNITS))
        for i in range(max(sent_start, start - reach), start)
    )


TIME_UNITS = frozenset("minutes hours days weeks months years".split())


def subset(doc: Doc, chain: Sequence[ActorSpan], sent_start: int, an: Analyzer) -> bool:
    """A group introduced by a quantifier: "most members of the coalition";
    not a span of time before the names ("said a few hours later that Italy").
    (A pronoun's subset, :func:`_subset_pronoun`, still counts one: "In the
    next few days we will ..." is no stance of "we".) The states a group is
    said to include are named: "Several states, including Brazil, refused"."""
    if chain[0].start > sent_start and doc[chain[0].start - 1].lower_ == "including":
        return False
    return _quantified(doc, chain[0].start, sent_start, SUBSET_REACH, an, of_time=False)


def resolve(chain: Sequence[ActorSpan], an: Analyzer, day: date | None) -> list[str]:
    resolved = []
    for a in chain:
        actor = speaks_for(a.actor, an, day)
        for one in an.kb.members.get(a.actor, (actor,)):  # a group of states: each member
            if one and one not in (BENEFICIARY, LOOSE) and one not in resolved:
                resolved.append(one)
    return resolved


def opening_pronoun(s: Sentence) -> Cue | None:
    """The pronoun or office ("He", "The minister", "The spokesman") a
    sentence opens with, if any."""
    return next((c for c in s.of("pronouns") if c.start == s.span.start), None)


def carried_subject(s: Sentence, context: Context) -> list[str]:
    """ "The minister also commented on the plans": a sentence opened by a
    person's pronoun or office carries the earlier subject on, so that a
    "he" in the sentence after still finds it."""
    opening = opening_pronoun(s)
    if opening is None:
        return []
    if not _personal(opening.text, OFFICE_WORDS):
        return []
    return _recent(context, s.number, plural=False, person=True)


def _personal(reference: str, offices: frozenset[str]) -> bool:
    """ "he", "she", or "the" and an office of ``offices`` standing for its
    holder ("the diplomat", "the minister"): one person."""
    words = reference.lower().split()
    return words[0] in PERSONAL or (words[0] == "the" and words[-1] in offices)


def _within_reach(context: Context, number: int) -> list[list[str]]:
    """The subjects of the SUBJECT_REACH sentences up to ``number``, latest first."""
    return [a for n, a in reversed(context.subjects) if number - n <= SUBJECT_REACH]


def _recent(
    context: Context, number: int, plural: bool, person: bool = False, states: bool = False
) -> list[str]:
    """The latest subject within reach; for "they" or "the countries", a
    group; for "he" or "she", never a list ("London and Paris"); for "the
    government", states only (no alliance has one)."""
    recent = _within_reach(context, number)
    if person:  # "Ukraine asked for more. He said ...": not Ukraine's own pronoun
        recent = [a for a in recent if a != [BENEFICIARY]]
    if states:
        recent = [a for a in recent if all(len(x) == 3 for x in a)]
    if plural:
        groups = [a for a in recent if len(a) > 1 or a[0] == COALITION]
        recent = groups or recent
    elif person:  # nor a coalition ("the European allies")
        recent = [a for a in recent if len(a) == 1 and a[0] != COALITION]
    if recent and recent[0] == [BENEFICIARY]:
        return []  # "Ukraine does not need promises. It needs brigades": Ukraine's "it"
    return recent[0] if recent else []


def _of_form(form: str, context: Context, number: int, an: Analyzer) -> list[str]:
    """The latest single subject within reach, or else the article's state,
    whose official name holds ``form`` ("Kingdom", "Grand Duchy")."""

    def of_form(actors: list[str]) -> bool:
        found = an.kb.get(actors[0]) if len(actors) == 1 else None
        return found is not None and any(form in n for n in (found.name, *found.aliases))

    return next(
        (a for a in [*_within_reach(context, number), context.home] if a and of_form(a)), []
    )


COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
"""Number words that count the states a subject stands for."""

COUNTED = frozenset("countries states governments members nations capitals allies".split())
"""Nouns that, counted ("three countries"), stand for states named elsewhere."""


def _counted_after_colon(group: Group, s: Sentence, an: Analyzer, day: date | None) -> list[str]:
    """ "Three countries opted out of guaranteeing it: Hungary, Slovakia and
    the Czech Republic.": a counted subject whose states the colon lists."""
    low = lowers(s.span.doc)
    size = next(
        (
            COUNTS[low[i]]
            for i in range(s.span.start, group.start - 1)
            if low[i] in COUNTS and low[i + 1] in COUNTED
        ),
        0,
    )
    colon = next((i for i in range(group.end, s.span.end) if low[i] == ":"), -1)
    after = [i for i, a in enumerate(s.actors) if a.start > colon]
    if not size or colon < 0 or not after:
        return []
    actors = resolve(coordinated(s.actors, after[0], s.span.doc), an, day)
    return actors if len(actors) == size else []


def _listed(context: Context, number: int, size: int, an: Analyzer, day: date | None) -> list[str]:
    """The latest list of ``size`` states named within reach, in any role."""
    for sentence in reversed(context.lists):
        if number - sentence.number > SUBJECT_REACH:
            break
        found, index = [], 0
        while index < len(sentence.actors):
            chain = coordinated(sentence.actors, index, sentence.span.doc)
            index = max(sentence.actors.index(a) for a in chain) + 1
            found.append(resolve(chain, an, day))
        for actors in reversed(found):  # the list named last
            if len(actors) == size:
                return actors
    return []


PERSONAL = frozenset(["he", "she"])
"""Pronouns that stand for one person, so for one state or body."""


def _closing_pronoun_speech(group: Group, s: Sentence) -> bool:
    """A stance followed, at the end of its sentence, by "he added" or "she
    said": the person last named says it (the caller takes it only for a
    judgement of a thing named before: '... would be "legitimate targets"').
    """
    low = lowers(s.span.doc)
    for verb in s.of("speech_verbs"):
        if verb.start > group.end and low[verb.start - 1] in PERSONAL:
            rest = s.rest(verb.end)
            return len(rest) <= 2 and all(w in CLAUSE_END for w in rest)
    return False


SERVANT_WORDS = frozenset(
    "spokesperson spokesman spokeswoman official officials ministry diplomat".split()
)
"""Last words of someone who speaks for a state without naming it: "a
foreign ministry spokesperson", "a senior official"."""


def _servant_after(group: Group, s: Sentence) -> bool:
    """A stance in a sentence that names no one but Ukraine, followed by
    "a foreign ministry spokesperson said": said for the state last named."""
    if any(a.actor != BENEFICIARY for a in s.actors):
        return False
    low = lowers(s.span.doc)
    return any(
        verb.start > group.end
        and SERVANT_WORDS.intersection(low[max(0, verb.start - 2) : verb.start])
        for verb in s.of("speech_verbs")
    )


def _beneficiary_speaks(group: Group, s: Sentence) -> bool:
    """ "Ukraine's defence ministry said it regretted the decision and would
    keep looking for artillery": after Ukraine and a speech verb, the pronoun
    is Ukraine's, and Ukraine gives nothing."""
    pronouns = [c.start for c in s.of("pronouns") if c.start < group.start]
    if not pronouns:
        return False
    speech = [c.start for c in s.of("speech_verbs") if c.start < pronouns[-1]]
    if not speech:
        return False
    before = [a for a in s.actors if a.start < pronouns[-1]]
    return all(a.actor == BENEFICIARY for a in before) and any(  # Ukraine as the speaker:
        0 <= speech[-1] - a.end <= SPEAKER_REACH
        for a in before  # "Ukraine's defence
    )  # ministry said"


SPEAKER_REACH = 4
"""Tokens from a name to the speech verb it is the subject of ("Ukraine's
defence ministry said")."""


PARTIES = frozenset("party parties faction factions opposition".split())
"""Words of a subject that is a party, whose "it" or "they" is no state."""


def _unknown_speaker(group: Group, s: Sentence) -> bool:
    """ "Nammo said it could not ...": "it" right after a speech verb whose
    speaker is a name that is no actor (a company) stands for that name (a
    person's "his country" is still read from the context)."""
    doc = s.span.doc
    names = s.actor_tokens()
    for c in s.of("pronouns"):
        if c.start >= group.start:
            break
        verb, name = c.start - 1, c.start - 2
        if (
            c.text.lower() == "it"
            and name >= s.span.start
            and any(v.start == verb for v in s.of("speech_verbs"))
            and doc[name].is_title
            and name not in names
            and _lone_name(doc, name, s.span.start)
        ):
            return True
    return False


NAME_OPENERS = frozenset([",", "though", "although", "but", "and", "while", '"', "“"])
"""Words before a lone name that speaks: "..., though Nammo said it"."""


def _lone_name(doc: Doc, i: int, sent_start: int) -> bool:
    """Whether token ``i`` is a name of one word standing alone at a
    clause's start ("Nammo", "Rheinmetall"): not the end of a longer name
    ("the Department of National Defence") nor a place ("in Beijing")."""
    return i == sent_start or doc[i - 1].lower_ in NAME_OPENERS


def _party_subject(group: Group, s: Sentence) -> bool:
    """A sentence opening with a party ("The opposition party ... announced
    that it will vote against"): its pronoun stands for the party."""
    low = lowers(s.span.doc)
    return bool(PARTIES.intersection(low[s.span.start : min(group.start, s.span.start + 4)]))


def _pair_before(
    group: Group, s: Sentence, an: Analyzer, day: date | None, size: int = 2
) -> list[str]:
    """The last list of ``size`` actors named before a plural reference."""
    doc = s.span.doc
    refs = [c.start for c in s.of("pronouns") if c.start < group.start]
    before = [i for i, a in enumerate(s.actors) if refs and a.end <= refs[-1]]
    if not before:
        return []
    chain = coordinated(s.actors, before[-1], doc)
    actors = resolve(chain, an, day)
    return actors if len(actors) == size else []


BREAKS = frozenset([",", ";", "—", "–", "(", "-"])


def _subset_between(start: int, end: int, doc: Doc, an: Analyzer) -> bool:
    """ "26 countries have committed — some others have not yet taken a
    position": after a break, a subset of the actor is the stance's subject."""
    words = lowers(doc)[start:end]
    cut = max((i for i, w in enumerate(words) if w in BREAKS), default=-1)
    if cut < 0:
        return False
    subsets = an.lexicon["subset_words"]
    return any(w in subsets or w == "others" for w in words[cut + 1 :])


TIME_ADVERBS = frozenset("so far still already also long yet thus until now again never".split())
"""Words of time between a relative pronoun and its verb ("which has so far
refrained", "which until now has stayed out")."""


def _adverb(word: str) -> bool:
    return word.islower() and (word.endswith("ly") or word in TIME_ADVERBS)


BODY_WORDS = frozenset(
    "ministry government cabinet parliament president minister army navy treasury defence "
    "defense foreign finance prime chancellor premier".split()
)
"""Words of a state's body after "whose" ("whose defence ministry confirmed")."""


OBJECT_RELATIVE_PRONOUNS = frozenset(["they"])
"""Subjects of a relative clause on a thing ("for what they sent", "the
weapons they delivered"): others than the sentence's subject."""


def _object_relative(group: Group, s: Sentence) -> bool:
    """Whether the group is the verb of a relative clause on a thing whose
    own subject is a pronoun right before it: "reimburse other members for
    what they sent", "pays for the weapons they sent". Its giver is not the
    sentence's subject."""
    low = lowers(s.span.doc)
    i = group.start - 1
    while i > s.span.start and low[i] in AUXILIARIES:
        i -= 1
    if i - 1 < s.span.start or low[i] not in OBJECT_RELATIVE_PRONOUNS:
        return False
    before = s.span.doc[i - 1]
    return before.lower_ == "what" or (  # a plural noun, not "told us they", "as they"
        before.is_alpha
        and before.text.islower()
        and before.lower_.endswith("s")
        and not before.is_stop
        and before.lower_ not in AUXILIARIES
    )


WHOSE_REACH = 4
"""Tokens from "whose" to the verb of its clause ("whose F-16s have been")."""


SPEECH_OBJECT_REACH = 3
"""Tokens between a speech verb and "that" for whom it was said to ("told
reporters that", "told the BBC that", "has said more than once that")."""


def said_that(s: Sentence, that: int) -> bool:
    """Whether the "that" at token ``that`` opens what a speech verb right
    before it said ("says that", "told reporters that"), not a relative
    clause; not across "whether" or "if" ("unable to say whether that
    commitment ...")."""
    low = lowers(s.span.doc)
    return any(
        v.end <= that <= v.end + SPEECH_OBJECT_REACH
        and not CLAUSE_END.intersection(low[v.end : that])
        and not {"whether", "if"}.intersection(low[v.end : that])
        for v in s.of("speech_verbs")
    )


def _relative_clause(group: Group, s: Sentence) -> tuple[bool, list[ActorSpan]]:
    """Whether the group opens a relative clause ("..., which pays"), and the
    actor it refers back to, if the antecedent is one."""
    doc = s.span.doc
    low, orth = lowers(doc), orths(doc)
    i = group.start - 1
    while i > s.span.start and (low[i] in AUXILIARIES or low[i] in NEGATORS or _adverb(orth[i])):
        i -= 1  # "which will", "who normally", "which have not"
    if i - 2 >= s.span.start and low[i] == "them" and low[i - 1] in ("between", "among"):
        i -= 2  # "which between them are adding $400 million"
    if (
        i - 2 >= s.span.start
        and low[i - 1] == "in"
        and low[i - 2] in CLAUSE_PRONOUNS
        and orth[i][:1].isupper()
    ):
        i -= 2  # "who in Europe is prepared to pay": where, inside the clause
    j = i - 1 if orth[i] in QUOTES else i
    speech = {c.start for c in s.of("speech_verbs")}
    if j - 3 >= s.span.start and low[j] == "," and low[j - 3] == "," and j - 1 in speech:
        i = j - 4  # 'which, she said, "has refused"': the speaker's aside
    elif low[j] == ",":  # "which, in his words, does not allow": an aside after the pronoun
        opening = next(
            (k for k in range(j - 2, max(s.span.start, j - ASIDE_REACH - 2), -1) if low[k] == ","),
            None,
        )
        if opening is not None and opening > s.span.start and low[opening - 1] in CLAUSE_PRONOUNS:
            i = opening - 1
    k = i
    while k > s.span.start and low[k] in BODY_WORDS:
        k -= 1  # "the Netherlands, whose defence ministry confirmed": the state's body
    if k == i:  # "Belgium, whose F-16s have been offered": what the state owns is the subject
        k = next(
            (
                m
                for m in range(i, max(s.span.start, i - WHOSE_REACH) - 1, -1)
                if low[m] == "whose" or low[m] in CLAUSE_END
            ),
            i,
        )
    if k < i and low[k] == "whose":
        j = k - 1 if k - 1 >= s.span.start and low[k - 1] == "," else k
        return True, [a for a in s.actors if a.end == j]
    if i < s.span.start or low[i] not in CLAUSE_PRONOUNS:
        return False, []
    if low[i] == "that" and i > s.span.start and low[i - 1] in (",", "and", "but", "so"):
        return False, []  # "For the coalition, that offer is", "and that continues": no relative
    j = i - 1
    while j >= s.span.start and (doc[j].is_punct or doc[j].is_space):
        j -= 1
    if low[i] == "that" and said_that(s, j + 1):
        return False, []  # "officials said that had not been ruled out": no relative clause
    if low[i] == "that" and low[j] in CERTAIN:
        return False, []  # "the official was clear that there will be no": what was said
    last = [k for k, a in enumerate(s.actors) if a.end == j + 1]
    if last:  # "Germany and the Netherlands, which pledged $500 million and $250 million"
        listed = coordinated(s.actors, last[0], doc)
        return True, [] if _things_located(listed[0].start, s) else listed
    return True, _member_of(j, s)


LOCATING = frozenset(["in"])
"""Words between things and the states they are in ("companies in China and
Turkey that supply"); "came from Germany, which pledged" names the giver."""


def _things_located(start: int, s: Sentence) -> bool:
    """ "firms in China and Turkey that supply engines": the relative clause
    describes the firms the states locate, not the states."""
    low = lowers(s.span.doc)
    at = start - 1
    if at > s.span.start and low[at] == "the":
        at -= 1
    return (
        at > s.span.start
        and low[at] in LOCATING
        and s.span.doc[at - 1].is_alpha
        and not any(a.end == at for a in s.actors)
    )


ASIDE_REACH = 5
"""Words of an aside set off by commas right after a relative pronoun
("which, in his words, does not allow")."""

CERTAIN = frozenset("clear certain sure adamant confident convinced insistent emphatic".split())
"""Adjectives whose "that" opens what someone holds, not a relative clause."""

STATE_CLASSES = frozenset("countries states nations governments members allies those".split())
"""Plural words for a class of states a relative clause may describe."""

MEMBERSHIP = {"among": "", "of": "one"}
"""Words before a class that make the subject one of it ("among the
countries", "one of the countries"), with the word needed before them."""

COPULAS = frozenset("is are was were remains remain be been".split())
MEMBERSHIP_ADVERBS = frozenset("also still now already again".split())
MODALS = frozenset("will would could may might has have had".split())


def _skipped(low: Sequence[str], at: int, start: int, words: frozenset[str]) -> int:
    """``at`` moved left past the ``words`` right before it."""
    while at - 1 > start and low[at - 1] in words:
        at -= 1
    return at


CLASS_REACH = 4
"""Words between "among"/"one of" and the class ("the first 18 European")."""


def _member_of(noun: int, s: Sentence) -> list[ActorSpan]:
    """ "Germany and Canada are among the countries that have paid": the
    subject of the clause that names the class the relative clause describes."""
    doc = s.span.doc
    low = lowers(doc)
    if low[noun] not in STATE_CLASSES:
        return []
    for at in range(noun - 1, max(s.span.start, noun - CLASS_REACH - 2), -1):
        before = MEMBERSHIP.get(low[at])
        if before is None:
            continue
        if before:
            at -= 1
            if at < s.span.start or low[at] != before:
                return []
        at = _skipped(low, at, s.span.start, MEMBERSHIP_ADVERBS)  # "is also one of"
        if at - 1 < s.span.start or low[at - 1] not in COPULAS:
            return []
        at = _skipped(low, at - 1, s.span.start, MODALS | MEMBERSHIP_ADVERBS)  # "has also been"
        index = next((n for n, a in enumerate(s.actors) if a.end == at), None)
        return [] if index is None else coordinated(s.actors, index, doc)
    return []


def _subset_pronoun(group: Group, s: Sentence, an: Analyzer) -> bool:
    """ "many of these countries were ready": a subset without names."""
    return any(
        _quantified(s.span.doc, cue.start, s.span.start, SUBSET_REACH - 1, an)
        for cue in s.of("pronouns")
        if cue.start < group.start
    )


def _quote_around(group: Group, s: Sentence) -> range | None:
    """The token range of the quotation a verb group stands in, if any."""
    doc = s.span.doc
    if not QUOTES.intersection(text_of(s.span)):
        return None
    marks = [t.i for t in s.span if t.text in QUOTES]
    opening: int | None = None
    for i in marks:
        if opening is None and doc[i].text != "”":
            opening = i
        elif opening is not None:
            if opening < group.start < i:
                return range(opening + 1, i)
            opening = None
    if opening is not None and opening < group.start:
        return range(opening + 1, s.span.end)
    return None


def _embedded(quote: range, s: Sentence) -> bool:
    """A quoted fragment inside the reporter's own clause ("said it 'firmly
    rejects' ..."): its subject stands outside, in the clause."""
    doc = s.span.doc
    before = quote.start - 2  # the token before the opening quotation mark
    if before >= s.span.start and doc[before].is_alpha:
        return True
    # 'Turkey, he says, "is ready to lead" ...': a quote that opens with a verb
    # goes on with a subject named before it
    return (
        before >= s.span.start
        and doc[before].text == ","
        and quote.start < quote.stop
        and doc[quote.start].lower_ in FINITE_OPENERS
    )


FINITE_OPENERS = frozenset("is are was were will would has have had can could should must".split())
"""Words that, opening a quotation, make it the rest of a clause begun outside it."""


def _quoted_who(
    group: Group,
    s: Sentence,
    quote: range,
    kinds: frozenset[int],
    an: Analyzer,
    day: date | None,
    context: Context,
) -> tuple[list[str], str, str, int]:
    """In a quotation the subject is inside it; "we" and "I" are the speaker."""
    doc = s.span.doc
    inside = [a for a in s.actors if a.start in quote]
    chain, rule = _subject(group, doc[quote.start : quote.stop], inside, doc, kinds)
    if rule == "subject":
        text = doc[chain[0].start : chain[-1].end].text
        return resolve(chain, an, day), "subject in quote", text, chain[-1].end
    first_person = any(  # "we will send", "is unacceptable to us"
        t.lower_ in FIRST_PERSON for t in doc[quote.start : quote.stop]
    )
    outside = [a for a in s.actors if a.start not in quote]
    speaker = _adjacent_to_speech(outside, s.of("speech_verbs"), doc)
    if speaker is None:
        before = [a for a in outside if a.end <= quote.start]
        candidates = [a for a in before if not preceded_by_preposition(doc, a.start, s.span.start)]
        speaker = candidates[-1] if candidates else None
    if first_person and speaker is not None:
        text = doc[speaker.start : speaker.end].text
        return resolve([speaker], an, day), "quoted speaker", text, quote.start
    if speaker is not None and inside:  # Koizumi: "The dispatch of the Self-Defense
        own = resolve([speaker], an, day)  # Forces is not assumed": his state's forces
        if own and set(own) <= {x for a in inside for x in resolve([a], an, day)}:
            text = doc[speaker.start : speaker.end].text
            return own, "quoted speaker, own state named", text, quote.start
    form = _state_form(group, s, quote)  # '"The Kingdom does not supply weapons," he said'
    if form is not None:
        actors = _of_form(form, context, s.number, an)
        if actors:
            return actors, "pronoun", "(state of that form)", quote.start
    if (first_person or judging(group, an)) and _anaphoric_speaker(
        s, quote
    ):  # "...," the minister said
        actors = _recent(context, s.number, plural=False, person=True)
        if actors:
            return actors, "quoted speaker, earlier subject", "(earlier subject)", quote.start
    if first_person or judging(group, an):
        actors, text = _speaker_after_quote(s, quote, an, day, context)
        if actors:
            return actors, "quoted speaker, after the quotation", text, quote.start
    return [], "", "", 0


QUOTE_RUN = 80
"""Most tokens a quotation runs on past the sentence it opens in before the
mark that closes it."""

TAIL_WORDS = 4
"""Most tokens after a quotation's closing mark before the speech verb."""


def _speaker_after_quote(
    s: Sentence, quote: range, an: Analyzer, day: date | None, context: Context
) -> tuple[list[str], str]:
    """Who speaks a quotation that runs on past its sentence and closes in a
    later one of the paragraph: a name, or "he" for the person last named,
    beside a speech verb after the closing mark ('"... are unacceptable to
    us. We have warned about this," he said.'), with the words naming them."""
    doc = s.span.doc
    if quote.stop != s.span.end:
        return [], ""
    low = lowers(doc)
    ahead = range(s.span.end, min(len(doc), s.span.end + QUOTE_RUN))
    close = next((i for i in ahead if low[i] in QUOTES or "\n" in low[i]), None)
    if close is None or "\n" in low[close]:
        return [], ""  # still open, or the paragraph ends first
    speech = an.lexicon["speech_verbs"]
    tail = range(close + 1, min(len(doc), close + 1 + TAIL_WORDS))
    verb = next((i for i in tail if low[i] in speech), None)
    if verb is None:
        return [], ""
    named = [a for a in context.actors if a.end == verb or a.start == verb + 1]
    if named:
        return resolve(named[:1], an, day), doc[named[0].start : named[0].end].text
    words = [w for w in low[close + 1 : verb] if w != ","]
    after = low[verb + 1 : verb + 4]
    pronouns = an.lexicon["pronouns"]
    if " ".join(words) in pronouns or any(
        " ".join(after[:n]) in pronouns for n in range(1, len(after) + 1)
    ):
        return _recent(context, s.number, plural=False, person=True), "(earlier subject)"
    return [], ""


def judging(group: Group, an: Analyzer) -> bool:
    """Whether a stance only judges what it is about ("would be unacceptable",
    "legitimate targets"): every cue of it is a predicate of the lexicon."""
    return all(c.text.lower() in an.lexicon["predicates"] for c in group.cues)


def _anaphoric_speaker(s: Sentence, quote: range) -> bool:
    """A speech verb outside the quote next to "he", "she" or "the minister"."""
    anaphors = [c for c in s.of("pronouns") if c.start not in quote]
    return any(
        a.start == v.end or a.end == v.start
        for v in s.of("speech_verbs")
        if v.start not in quote
        for a in anaphors
    )


NO_GIVER_RULES = frozenset(
    ["request", "business", "reason", "beneficiary", "source", "poll", "others"]
)
"""Outcomes of the subject search that leave a stance with no giver at all:
asked of others ("his minister urged allies to commit"), a company's ("Czech
firms will keep selling shells"), a reason's own subject, Ukraine's own
("that Ukraine could win back its territory"), a source that is no actor
("would come from the air"), a polled public ("58 per cent of Germans"), or
unnamed others a speaker reports on ("Britain said participants had pledged")."""


def who(
    group: Group, s: Sentence, context: Context, an: Analyzer, day: date | None
) -> tuple[list[str], str, str, int]:
    """Who takes a stance (subject, earlier subject, agent, speaker), and where
    the subject ends (categories before the stance must come after it)."""
    doc = s.span.doc
    kinds = frozenset(c.start for c in s.of("category"))
    if [c.text.lower() for c in group.cues] == ["no"]:  # "No American troops.": whoever speaks
        national = _by_nationality(group, s, kinds, an, day)
        if national is not None:
            return national
    if _receiving_verb(group, s):
        given = _giver(group, s, an, day)
        if given is not None:
            return given
    holder = _objection_from(group, s)
    if holder:  # "the plan has met firm opposition from Beijing": Beijing objects
        text = doc[holder[0].start : holder[-1].end].text
        judged = lowers(doc)[group.end - 1] == "unacceptable"  # what is judged comes before
        return resolve(holder, an, day), "objection from", text, 0 if judged else group.end
    quote = _quote_around(group, s)
    if quote is not None and not _embedded(quote, s):
        return _quoted_who(group, s, quote, kinds, an, day, context)
    if _object_relative(group, s):
        return [], "", "", 0  # "to reimburse members for what they sent": the members'
    relative, antecedent = _relative_clause(group, s)
    if relative:
        if not antecedent:
            return [], "", "", 0
        text = doc[antecedent[0].start : antecedent[-1].end].text
        return resolve(antecedent, an, day), "relative clause", text, antecedent[-1].end
    speech = [c.start for c in s.of("speech_verbs")]
    verbs = [c.end for c in s.of("status") if c.end <= group.start]
    chain, rule = _subject(group, s.span, s.actors, doc, kinds, speech, verbs)
    if rule in NO_GIVER_RULES:
        return [], "", "", 0
    if not chain:
        listed = _counted_after_colon(group, s, an, day)
        if listed:  # "Three countries opted out: Hungary, Slovakia and the Czech Republic."
            return listed, "list after a colon", "(list after the colon)", s.span.start
    pronoun = any(  # a bare "our" is the interviewee's or the speaker's, no earlier subject
        c.start < group.start and (c.text.lower() != "our" or context.interviewee)
        for c in s.of("pronouns")
    )
    if chain and subset(doc, chain, s.span.start, an):
        return [], "", "", 0
    by_agent = (
        rule == "agent" and doc[word_before(doc, chain[0].start, s.span.start)].lower_ == "by"
    )
    if rule == "subject":
        if _subset_between(chain[-1].end, group.start, doc, an):
            return [], "", "", 0
        text = doc[chain[0].start : chain[-1].end].text
        return resolve(chain, an, day), rule, text, chain[-1].end
    if by_agent:  # "would be considered by the Russian side as ...": not the pronoun before
        return resolve(chain, an, day), rule, doc[chain[0].start : chain[-1].end].text, 0
    if pronoun and _subset_pronoun(group, s, an):
        return [], "", "", 0
    if pronoun and not chain and _beneficiary_speaks(group, s):
        return [], "", "", 0  # "Ukraine's defence ministry said it would keep looking for"
    if pronoun and not chain and _party_subject(group, s):
        return [], "", "", 0  # 'The opposition party "Latvia First" said it will vote against
    if pronoun and not chain and _unknown_speaker(group, s):
        return [], "", "", 0  # "though Nammo said it could not break down its order book"
    first = [
        c
        for c in s.of("pronouns")
        if c.start < group.start and c.text.lower().split()[0] in FIRST_PERSON
    ]
    if first and lowers(doc)[first[-1].end : first[-1].end + 1] == ["group"]:
        return [], "", "", 0  # "Our group will not support ...": a party in a parliament
    if first and context.interviewee:  # an answer in an interview: "We will not send ..."
        size = REFERENCE_SIZES.get(first[-1].text.lower(), len(context.interviewee))
        if size == len(context.interviewee):  # "our three countries" are three
            return context.interviewee, "interviewee", first[0].text, s.span.start
    if context.interviewee and not chain and not pronoun and _answer(s):
        return context.interviewee, "interviewee", "(answer)", s.span.start  # "Yes, and that
    if context.turn and not chain and _impersonal(s):  # "Minister X: It is too early to say."
        return context.turn, "interviewee", "(it, in the speaker's turn)", s.span.start
    if pronoun:
        governments = [
            c.start
            for c in s.of("pronouns")
            if c.start < group.start and c.text.lower() in GOVERNMENT_REFERENCES
        ]
        placed = _placed_government(s, governments[-1], an) if governments else []
        placed = placed or _placed_speaker(group, s, an)
        if placed:  # "In Berlin, the government said", "In France, where the government has"
            return placed, "pronoun", "(the government of the place before it)", s.span.start
        plural = any(
            c.text.lower() in PLURAL_REFERENCES for c in s.of("pronouns") if c.start < group.start
        )
        sizes = [
            REFERENCE_SIZES[c.text.lower()]
            for c in s.of("pronouns")
            if c.start < group.start and c.text.lower() in REFERENCE_SIZES
        ]
        size = sizes[-1] if sizes else 0
        pair = _pair_before(group, s, an, day, size or 2) if plural else []
        if pair:  # "the leaders of Britain and France signed a document under which the
            return pair, "pronoun", "(pair named before)", s.span.start  # two countries"
        person = any(
            _personal(c.text, PERSONAL_OFFICES) for c in s.of("pronouns") if c.start < group.start
        )
        if any(c.text.lower() == ADMINISTRATION for c in s.of("pronouns") if c.start < group.start):
            if any(a.actor == AMERICA for a in context.actors):  # "The administration has
                return [AMERICA], "pronoun", "(the US administration)", s.span.start  # ruled out"
            return [], "", "", 0
        form = _state_form(group, s)
        if form is not None:  # "the principality adopted the package": a state of that form only
            actors = _of_form(form, context, s.number, an)
            if not actors:
                return [], "", "", 0
            return actors, "pronoun", "(state of that form)", s.span.start
        governing = any(
            c.text.lower() in GOVERNMENT_REFERENCES
            for c in s.of("pronouns")
            if c.start < group.start
        )
        actors = _recent(context, s.number, plural, person, states=governing)
        if governing and not plural and not size and len(actors) > 1:
            if context.turn:  # "Minister X: ... What the government will not do is": his
                return context.turn, "pronoun", "(the government of the speaker)", s.span.start
            actors = []  # "the government" is one state's, not a list's named before
        if size and len(actors) != size:
            actors = _listed(context, s.number, size, an, day)  # "by A, B and C. The three"
            if not actors:
                return [], "", "", 0  # "the two countries" are no coalition of two dozen
            return actors, "pronoun", "(list named before)", s.span.start
        if actors:
            return actors, "pronoun", "(earlier subject)", s.span.start
        if governing and context.home:  # "the government will provide": the article's state
            return context.home, "pronoun", "(the article's state)", s.span.start
    if chain:
        return resolve(chain, an, day), rule, doc[chain[0].start : chain[-1].end].text, 0
    placed = _placed_speaker(group, s, an)
    if placed:  # "In Beijing, a foreign ministry spokesperson said any deployment ..."
        return placed, "speaker", "(an office of the place before it)", s.span.start
    speech_verbs = s.of("speech_verbs")
    speaker = _adjacent_to_speech(s.actors, speech_verbs, doc) or _apposed(
        s.actors, speech_verbs, doc
    )
    if speaker is not None:
        text = doc[speaker.start : speaker.end].text
        return resolve([speaker], an, day), "speaker", text, s.span.start
    if _servant_after(group, s):  # "Arms remain off the table, a ministry spokesperson said"
        actors = _recent(context, s.number, plural=False)
        if actors:
            return actors, "pronoun", "(spokesperson of the earlier subject)", s.span.start
    # 'Any JEF soldiers would be "legitimate targets", he added.': the last speaker's
    if judging(group, an) and _closing_pronoun_speech(group, s):
        actors = _recent(context, s.number, False, person=True)
        if actors:
            return actors, "pronoun", "(earlier speaker)", s.span.start
    national = _by_nationality(group, s, kinds, an, day)
    if national is not None:  # "No decision on sending Canadian troops has been taken"
        return national
    host = _training_host(group, s)
    if host is not None:  # "Training of Ukrainian crews in Spain will go on"
        text = doc[host.start : host.end].text
        return resolve([host], an, day), "host of the training", text, s.span.start
    if _agentless_decision(group, s):  # "No decision has been taken on a contribution"
        recent = _recent(context, s.number, plural=False)
        if recent:
            return recent, "undecided", "(earlier subject)", s.span.start
    return [], "", "", 0


def _agentless_decision(group: Group, s: Sentence) -> bool:
    """ "No decision has been taken on a contribution of ground troops": a
    decision said not to be taken, with no one named in the sentence, is
    the latest subject's (a ministry's release, an interview)."""
    text = " ".join(c.text.lower() for c in group.cues)
    after = lowers(s.span.doc)[group.end : group.end + 2]
    expected = "expected" in after  # "No decision is expected before the budget": a forecast
    return (
        not s.actors
        and "decision" in text
        and group.cues[0].label != Status.COMMITTED.value
        and not expected
    )


DEPENDING = frozenset(
    "depend on|depends on|hinge on|hinges on|subject to|conditional on|contingent on|tied to"
    "|linked to".split("|")
)
"""Stances whose subject is what is offered and whose object is the
condition: "the deployment depends on a vote"."""

PASSIVE_APPROVALS = ("be approved", "be ratified", "be endorsed")
"""Words of a stance whose subject waits for approval: "Lisbon's share still
had to be approved by parliament", "would have to be approved by the Senate"."""

NATIONAL_REACH = 4
"""Tokens from a decision to the nationality of what it is about."""


def _receiving_verb(group: Group, s: Sentence) -> bool:
    """A stance whose verb is one of receiving: its last cue ("could
    receive"), or its first when the group runs on without a comma ("has
    not received a request to contribute"; not "the evidence we received,
    committed")."""
    first, last = group.cues[0], group.cues[-1]
    joined = "," not in orths(s.span.doc)[group.start : group.end]
    return any(
        (c.start < last.end and c.end > last.start)
        or (joined and c.start < first.end and c.end > first.start)
        for c in s.of("receiving_verbs")
    )


GIVER_REACH = 12
"""Tokens from a verb of receiving to the "from" that names the giver."""


def _giver(
    group: Group, s: Sentence, an: Analyzer, day: date | None
) -> tuple[list[str], str, str, int] | None:
    """ "Ukraine will receive 12 jets from Norway", "Kyiv will get access to
    imagery from Norwegian satellites": what Ukraine receives is the giver's
    stance. Received by any other subject it is no support for Ukraine,
    unless what is received is Ukrainian ("ready to receive Ukrainian
    officers for training"): then None, the subject's own stance."""
    doc = s.span.doc
    aside = asides(group, s.span, doc)
    before = [a for a in s.actors if a.end <= group.start and a.start not in aside]
    end = min(s.span.end, group.end + GIVER_REACH)
    if not before or before[-1].actor != BENEFICIARY:
        hosted = any(  # "Ukrainian officers", not "a request ... for Ukraine"
            a.actor == BENEFICIARY and a.rule == "demonym" and group.end <= a.start < end
            for a in s.actors
        )
        return None if hosted else ([], "", "", 0)
    low = lowers(doc)
    for index, actor in enumerate(s.actors):
        if not group.end <= actor.start < end or actor.actor in (BENEFICIARY, *AGGRESSORS):
            continue
        words = [w for w in low[max(group.end, actor.start - 2) : actor.start] if w != "the"]
        if words and words[-1] == "from":
            chain = coordinated(s.actors, index, doc)
            text = doc[chain[0].start : chain[-1].end].text
            return resolve(chain, an, day), "giver", text, s.span.start
    return [], "", "", 0


def _by_nationality(
    group: Group, s: Sentence, kinds: frozenset[int], an: Analyzer, day: date | None
) -> tuple[list[str], str, str, int] | None:
    """:func:`who`'s answer when the nationality of the object takes the stance."""
    national = _national_object(group, s, kinds)
    if national is None:
        return None
    text = s.span.doc[national.start : national.end].text
    return resolve([national], an, day), "nationality of the object", text, s.span.start


def _national_object(group: Group, s: Sentence, kinds: frozenset[int]) -> ActorSpan | None:
    """A decision without a subject about a kind a nationality qualifies: "no
    decision on sending Canadian ground troops" is Canada's to take; so is
    "there will be no American troops on the ground" America's refusal."""
    low = lowers(s.span.doc)
    if any(
        any(p in c.text.lower() for p in ("be decided", *PASSIVE_APPROVALS))
        or c.text.lower() in DEPENDING
        for c in group.cues
    ):
        return _national_subject(group, s, kinds, low)  # "X troops would be subject to a vote"
    if not any(
        "decision" in c.text.lower() or c.text.lower().startswith("there") or c.text.lower() == "no"
        for c in group.cues
    ):
        return None  # "no decision on ...", "there will be no American troops", "No US troops."
    for a in s.actors:
        if (
            a.rule in ("demonym", "name")
            and group.end <= a.start <= group.end + NATIONAL_REACH
            and (a.end in kinds or low[a.end : a.end + 1] == ["forces"])  # "no US forces"
            and not any(w in CLAUSE_END for w in low[group.end : a.start])
        ):
            return a
    return None


HOSTING_PREPOSITIONS = frozenset({"in", "at", "on"})
"""Before the place where training is given: "in Spain", "at Spanish bases",
"on Danish soil"."""


def _training_host(group: Group, s: Sentence) -> ActorSpan | None:
    """A subject that is training given somewhere, with no one named to give
    it: the state where it is given gives it ("The training of Ukrainian
    pilots in Denmark will go on", "Training at Polish ranges continues")."""
    low = lowers(s.span.doc)
    trainings = [c.start for c in s.of("category") if c.label == Category.TRAINING.value]
    if not trainings or trainings[0] > group.start:
        return None
    first = trainings[0]
    hosts = [
        a
        for a in s.actors
        if a.kind == "state"
        and a.actor != BENEFICIARY
        and (first < a.start < group.start or group.end <= a.start <= group.end + 1)
        and (
            low[a.start - 1] in HOSTING_PREPOSITIONS
            or (a.rule == "demonym" and low[a.start - 2] in HOSTING_PREPOSITIONS)
        )
    ]
    return hosts[0] if len({a.actor for a in hosts}) == 1 else None


def _national_subject(
    group: Group, s: Sentence, kinds: frozenset[int], low: Sequence[str]
) -> ActorSpan | None:
    """ "A contribution of a unit of the Bulgarian Army will be decided after
    ...": a passive decision whose subject names a kind and a nationality is
    that state's to take."""
    start = s.span.start
    for i in range(group.start - 1, s.span.start - 1, -1):
        if low[i] in CLAUSE_END:
            start = i + 1
            break
    if not any(start <= k < group.start for k in kinds):
        return None
    demonyms = [
        a
        for a in s.actors
        if start <= a.start < group.start
        and a.kind == "state"
        and a.actor != BENEFICIARY
        and (a.rule == "demonym" or low[a.start - 1] == "of")  # "members of the Army of X"
    ]
    if demonyms:
        return demonyms[0] if len({a.actor for a in demonyms}) == 1 else None
    if not any(  # "and that any sending of troops abroad would have to be approved"
        start <= c.start < group.start
        and low[c.start - 1] in ACTION_DETERMINERS
        and low[c.end : c.end + 1] == ["of"]
        for c in s.of("status")
    ):
        return None
    return next(  # "Mexico only takes part in UN missions, and that any sending ...": Mexico's
        (
            a
            for a in s.actors
            if a.start < start
            and a.kind == "state"
            and a.actor != BENEFICIARY
            and a.actor not in AGGRESSORS
        ),
        None,
    )


ACTION_DETERMINERS = frozenset("any the a an".split())
"""Words before an action named as a noun ("any sending of troops"): with no
nationality, the action is that of the state the sentence is about."""


QUESTIONS = 2
"""Lines ending in a question mark that make a text an interview or a briefing."""

SPEECH_LINES = 4
"""Opening lines where a transcript says it is one ("Speech by ...", "Check against delivery")."""


def _record(text: str, an: Analyzer) -> bool:
    """A parliament's record (questions and answers, a debate): its first lines say so."""
    return _opening_says(text, an.lexicon["record_markers"])


def _speech(text: str, an: Analyzer) -> bool:
    """A speech's transcript: its first lines say so."""
    return _opening_says(text, an.lexicon["speech_markers"])


def _opening_says(text: str, markers: Sequence[str]) -> bool:
    """Whether the first lines of a text hold one of ``markers``."""
    opening = " ".join(text.lstrip().splitlines()[:SPEECH_LINES]).lower()
    return any(marker in opening for marker in markers)


AGGRESSORS = frozenset(["RUS", "BLR", "PRK"])
"""States waging the war on Ukraine or arming its invader: they contribute
nothing to Ukraine's security, so their stances on it are objections ("will
not agree to monitors" is opposed) and what they send or offer is no pledge."""

RUSSIA_AND_ALLY = frozenset(["RUS", "BLR"])
"""The aggressor and the ally whose territory it attacked from: pressure
on them supports Ukraine wherever an article names them."""

SERVICES = frozenset(["the navy", "the army", "the defence forces", "the defense forces"])
"""A state's services that, standing alone, refer to the state ("The Navy
will send a team of divers")."""

GOVERNMENT_REFERENCES = SERVICES | frozenset(
    [
        *["the government", "the federal government", "the cabinet", "its government"],
        *["the council of ministers", "the federal council"],
        *["the defence ministry", "the defense ministry", "the foreign ministry"],
        *["the finance ministry", "the ministry of"],
    ]
)
"""References to a government (or one of its services) that, with no state
named before them, stand for the state the article is about."""

ADMINISTRATION = "the administration"
"""The executive of the United States, as news and its own releases name it
("The administration has ruled out stationing troops"): the US wherever the
article names it, whatever state was named last."""

AMERICA = "USA"

STATE_FORMS = {
    "the kingdom": "Kingdom",
    "the grand duchy": "Grand Duchy",
    "the principality": "Principality",
    "the sultanate": "Sultanate",
    "the confederation": "Confederation",
}
"""References by a state's form of government ("the Kingdom will study the
request", "the Grand Duchy will also provide"): they stand for the latest
subject, or else the article's state, whose official name has that form."""


def _state_form(group: Group, s: Sentence, within: range | None = None) -> str | None:
    """The form of government of the last reference by form ("the Kingdom")
    before the stance, inside ``within`` (a quote) when given."""
    forms = [
        STATE_FORMS[c.text.lower()]
        for c in s.of("pronouns")
        if c.start < group.start
        and c.text.lower() in STATE_FORMS
        and (within is None or c.start in within)
    ]
    return forms[-1] if forms else None


PLACE_WORDS = 4
"""Words a place may take between "In" and its comma ("In the Czech Republic,")."""


def _placed_government(s: Sentence, at: int, an: Analyzer) -> list[str]:
    """ "In Berlin, the government said ...", "In France, where the
    government has promised troops": a reference to a government right
    after "In <place>," (or "In <place>, where") is the government of the
    state that the place is, or whose capital it is."""
    doc = s.span.doc
    low = lowers(doc)
    comma = at - 1 - (at - 1 >= s.span.start and low[at - 1] == "where")
    if comma <= s.span.start or low[comma] != ",":
        return []
    opening = next(
        (
            i
            for i in range(comma - 1, max(s.span.start, comma - PLACE_WORDS) - 1, -1)
            if low[i] == "in"
        ),
        -1,
    )
    if opening < 0:
        return []
    return _state_of_place(s, opening, comma, an)


def _state_of_place(s: Sentence, opening: int, comma: int, an: Analyzer) -> list[str]:
    """The one state that the place between "In" (at ``opening``) and its
    comma is, or whose capital it is."""
    doc = s.span.doc
    low = lowers(doc)
    strings = an.nlp.vocab.strings
    found = [
        an.kb.surfaces[int(strings[m])]
        for m, start, end in an.actors(doc[opening + 1 : comma])
        if start == opening + 1 or low[start - 1] == "the"
    ]
    states = {f.actor for f in found if f.rule in ("name", "capital") and len(f.actor) == 3}
    return sorted(states) if len(states) == 1 else []


SPEAKING_OFFICES = APPOSITION_HEADS | frozenset(
    "ministry government office department cabinet presidency spokeswoman spokesperson".split()
)
"""Words that make the unnamed speaker after "In <place>," an office of a
state: "a foreign ministry spokesperson", "the presidential office"."""


def _placed_speaker(group: Group, s: Sentence, an: Analyzer) -> list[str]:
    """ "In Seoul, a defence ministry spokesperson said it would not ...": an
    office that speaks right after an opening "In <place>," and names no
    actor speaks for the state that the place is, or whose capital it is."""
    doc = s.span.doc
    low = lowers(doc)
    start = s.span.start
    if low[start] != "in":
        return []
    comma = next(
        (i for i in range(start + 2, min(start + 2 + PLACE_WORDS, group.start)) if low[i] == ","),
        -1,
    )
    verb = next((c for c in s.of("speech_verbs") if comma < c.start < group.start), None)
    if comma < 0 or verb is None or any(comma < a.start < verb.start for a in s.actors):
        return []
    if not SPEAKING_OFFICES.intersection(low[comma + 1 : verb.start]):
        return []
    return _state_of_place(s, start, comma, an)


HOME_MENTIONS = 2
"""Mentions a state needs, and more than any other, to be what an article is about."""


def home_state(actors: Sequence[ActorSpan]) -> list[str]:
    """The state named most often, and at least twice, that is neither the
    beneficiary nor an aggressor; nobody on a tie."""
    counts = Counter(
        a.actor
        for a in actors
        if a.kind == "state" and a.actor != BENEFICIARY and a.actor not in AGGRESSORS
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < HOME_MENTIONS:
        return []
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return []
    return [ranked[0][0]]


RELEASE_HEAD = 300
"""Characters from the start of a text in which a release says what it is."""


def issuer(doc: Doc, actors: Sequence[ActorSpan], an: Analyzer) -> list[str]:
    """In a government's release ("PRESS RELEASE - Ministry of Defence"),
    the state it is about: what the release announces with no one named
    ("A budget of EUR 1 billion is reserved for ...") is that state's. No
    one in other texts. The lexicon's ``release_markers`` say what a
    release calls itself."""
    head = document_text(doc)[:RELEASE_HEAD].lower()
    if not any(marker in head for marker in an.lexicon["release_markers"]):
        return []
    return home_state(actors)


SIGNATORIES_WITHIN = 150
"""Tokens from the start of a text in which a joint statement says who "we" are."""


def signatories(doc: Doc, actors: Sequence[ActorSpan], an: Analyzer, day: date | None) -> list[str]:
    """ "We, the Ministers of Defence of France, Germany and Poland, met
    today": who "we" are in a joint statement, named after "We," in the
    same sentence near its start."""
    words = orths(doc)
    for i in range(min(len(words), SIGNATORIES_WITHIN) - 1):
        if words[i] != "We" or words[i + 1] != ",":
            continue
        stop = next(
            (k for k in range(i + 2, len(words)) if words[k] in (".", ";") or "\n" in words[k]),
            len(words),
        )
        return resolve([a for a in actors if i < a.start < stop], an, day)
    return []


def interviewee(doc: Doc, actors: Sequence[ActorSpan], an: Analyzer, day: date | None) -> list[str]:
    """Whom the answers of a question-and-answer text, or a speech, speak
    for: the first person named who speaks for a state or body (the
    interviewee or speaker is named in the introduction); in a joint
    statement, its signatories; nobody in a text that is none of these."""
    text = document_text(doc)
    if _record(text, an):  # a parliament's record: "we" is the state it is about
        return home_state(actors)
    questions = sum(1 for line in text.splitlines() if line.rstrip().endswith("?"))
    if questions < QUESTIONS and not _speech(text, an):
        return signatories(doc, actors, an, day)
    low = lowers(doc)
    asked = next((t.i for t in doc[:INTRODUCTION] if t.text == "?"), INTRODUCTION)
    introduced = [a for a in actors if a.actor.startswith("person:") and a.start < asked]
    met = [  # "We spoke to Foreign Minister Elina Valtonen" before the first question: she
        a  # answers, whoever the headline names first
        for a in introduced
        if MEETING_WORDS.intersection(low[a.start - MEETING_REACH : a.start])
    ]
    for a in met + introduced:
        resolved = resolve([a], an, day)
        if resolved:
            return resolved
    for a in actors:  # "an interview with Lithuania's defence minister": a person not known
        after = low[a.end : a.end + OFFICE_REACH]
        if after[:1] and after[0] in POSSESSIVES and OFFICE_WORDS.intersection(after):
            return resolve([a], an, day)
    for a in actors:  # "a senior Emirati diplomat", "an official at the Emirati foreign ministry"
        if a.rule == "demonym" and SERVANTS.intersection(low[a.end : a.end + OFFICE_REACH]):
            return resolve([a], an, day)
    return []


MEETING_WORDS = frozenset("interview interviewed spoke talked sat met asked".split())
"""Words shortly before the person an interview is with ("we spoke to ...")."""

MEETING_REACH = 5
"""Tokens from a meeting word to the person's name ("spoke to Foreign Minister ...")."""

INTRODUCTION = 100
"""Tokens at most of an interview's introduction, where the interviewee is named."""

OFFICE_REACH = 4
"""Tokens after a state's name to the office it owns ("Lithuania's defence minister")."""

PERSONAL_OFFICES = frozenset(
    "minister president chancellor premier spokesman spokeswoman spokesperson diplomat".split()
)
"""Last words of the offices that stand for the person last named ("the diplomat said")."""

OFFICE_WORDS = frozenset(
    "minister president chancellor premier ambassador envoy spokesman spokeswoman "
    "spokesperson king queen secretary".split()
)
"""Offices whose holder an interview or speech may be with ("Kenya's Prime
Cabinet Secretary")."""

SERVANTS = OFFICE_WORDS | frozenset("diplomat official ministry chief".split())
"""What a state's adjective may stand before in an interview's introduction,
when the interviewee is left unnamed ("the Philippine defence chief")."""


def speaker(s: Sentence) -> str | None:
    a = _adjacent_to_speech(s.actors, s.of("speech_verbs"), s.span.doc)
    return s.span.doc[a.start : a.end].text if a else None
