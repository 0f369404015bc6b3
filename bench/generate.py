"""Generate news-style articles about commitments to Ukraine's security, for benchmarks.

Each article is a headline and five to nine paragraphs: one to four
commitment sentences (an actor, a stance, a kind of support, sometimes a
size and a condition), a quote from a leader, and background sentences
about meetings, the front, money and diplomacy. Phrasing varies: every
sentence is assembled from pools of subjects (a state's name, "the Danish
government", "Prime Minister Mette Frederiksen"), stance verbs per status,
objects per category, conditions, places, days and numbers, so no two
articles read alike. Actors and their office holders come from the
knowledge base (``kb/data``).

Like real news, some articles are not independent:

- ``COPY_SHARE`` are syndicated copies of a recent article (new headline,
  one paragraph rewritten): one story by near-duplicate text;
- ``REWRITE_SHARE`` are rewrites of a recent article by another outlet:
  different sentences around the same quotes (lightly reworded): one story
  by shared quotes;
- ``UNDATED_SHARE`` carry no publication date.

With every article comes its :class:`Extraction` (mentions and commitments
with exact evidence offsets), written as the extractor would write it, so a
benchmark can load 100,000 articles through ``Store.save_bulk`` without
running extraction on each (about 25 minutes for 100k on two cores); the
texts can also be written to files (``--out``) for a throughput benchmark
that does run extraction.

    python bench/generate.py --n 1000 --out /tmp/articles      # .txt files
    python bench/generate.py --n 100000 --db /tmp/big.db       # straight into a store
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from pledgewatch.kb import KnowledgeBase, load_kb
from pledgewatch.records import (
    Article,
    Category,
    Commitment,
    Evidence,
    Extraction,
    Mention,
    Status,
)

COPY_SHARE = 0.04
"""Syndicated copies among the articles (wire copy is common, but most
outlets write their own)."""

REWRITE_SHARE = 0.03
"""Rewrites of another outlet's interview or statement (same quotes)."""

UNDATED_SHARE = 0.05
"""Articles without a publication date (pages whose date was not found)."""

RECENT = 400
"""Copies and rewrites pick their source among this many latest articles."""

FIRST_DAY = date(2024, 1, 1)
DAYS = 730
"""Publication dates are spread over two years from FIRST_DAY."""

STATES = (
    "FRA GBR DEU ITA ESP POL NLD BEL DNK SWE NOR FIN EST LVA LTU CZE SVK HUN ROU BGR "
    "GRC PRT AUT IRL HRV SVN LUX CAN USA AUS JPN TUR ISL NZL"
).split()
ORGANISATIONS = ("org:nato", "org:eu")
LEADER_OFFICES = (("president", "President"), ("prime_minister", "Prime Minister"),
                  ("chancellor", "Chancellor"), ("defence_minister", "Defence Minister"),
                  ("foreign_minister", "Foreign Minister"))  # fmt: skip

OBJECTS: dict[Category, tuple[str, ...]] = {
    Category.GROUND_FORCES: ("troops", "a battalion of soldiers", "peacekeepers",
                             "soldiers to a reassurance force", "an infantry company"),
    Category.AIR_FORCES: ("fighter jets for air policing", "aircraft to patrol Ukrainian airspace",
                          "air support"),
    Category.NAVAL_FORCES: ("minesweepers for the Black Sea", "a frigate", "naval patrols"),
    Category.TRAINING: ("instructors to train Ukrainian brigades", "a training mission",
                        "training for Ukrainian pilots"),
    Category.LOGISTICS: ("logistical support", "transport aircraft and fuel depots"),
    Category.ISR: ("intelligence sharing", "surveillance drones to monitor a ceasefire",
                   "reconnaissance flights"),
    Category.COMMAND_CONTROL: ("officers for a coordination headquarters",
                               "staff for the command cell in Kyiv"),
    Category.AIR_DEFENSE: ("air-defence systems", "Patriot batteries", "interceptor missiles"),
    Category.WEAPONS_EQUIPMENT: ("armoured vehicles", "artillery shells", "howitzers",
                                 "long-range drones"),
    Category.FINANCING: ("money for the Ukrainian army", "a loan to Kyiv",
                         "a contribution to the arms fund"),
    Category.SANCTIONS: ("new sanctions on Russian oil", "tighter sanctions on Moscow"),
    Category.SECURITY_GUARANTEE: ("security guarantees", "a contribution to the backstop"),
}  # fmt: skip

SIZES = ("{n} soldiers", "{n} million euros", "{n} vehicles", "{n} aircraft", "{n} instructors")
VERBS: dict[Status, tuple[str, ...]] = {
    Status.COMMITTED: ("pledged", "agreed to provide", "will send", "promised",
                       "is ready to contribute", "formally committed"),
    Status.CONSIDERING: ("could send", "is considering", "has not ruled out sending",
                         "may contribute", "is weighing"),
    Status.CONDITIONAL: ("would send, only with a US backstop,", "will decide later on",
                         "would provide, if parliament approves,"),
    Status.DECLINED: ("ruled out sending", "will not provide", "refused to send"),
    Status.OPPOSED: ("rejected any deployment of", "objected to"),
}  # fmt: skip
STATUS_WEIGHTS = (55, 25, 8, 10, 2)
CONDITIONS = ("", "", "", " once a ceasefire holds", " after a peace deal is signed",
              " when the fighting stops", " for the post-war period")  # fmt: skip
PLACES = ("Paris", "London", "Brussels", "Berlin", "Warsaw", "Rome", "Kyiv", "Vilnius", "Oslo")
OUTLETS = ("Wire", "Daily Courier", "Evening Post", "Morning Herald", "News Desk", "Observer")
BACKGROUND = (
    "Leaders met in {place} on {weekday} to discuss how a ceasefire could be {secured}.",
    "The talks in {place} lasted {n} hours and ended without a joint statement on {topic}.",
    "Officials said details on {topic} would be settled at a meeting in {place} next month.",
    "Russian forces shelled {target} in {n} regions overnight, officials in Kyiv said.",
    "Diplomats in {place} described the mood on {topic} as {mood}.",
    "The plan foresees a force stationed {distance} from the front line.",
    "Analysts at a {place} think tank said the size of each contribution remained unclear.",
    "Kyiv has asked its partners for {n} more {thing} before {season}.",
    "The meeting in {place} was the {nth} of its kind since {season}.",
    "Markets in {place} barely reacted to the announcements on {weekday}.",
    "A spokesperson said the coalition would publish its plans on {topic} after the summit.",
    "Negotiators were due to meet again in {place} on {weekday} to discuss {topic}.",
    "Parliament in {place} is expected to vote on {topic} within {n} days.",
    "Ukrainian officials welcomed the talks but warned that {thing} were needed {urgency}.",
    "The Kremlin dismissed the {place} meeting as {mood2}.",
    "{n} ministers attended in person and others joined by video from {place}.",
    "Polls in {place} show {n} percent support for more aid to Ukraine.",
    "The European Commission said it would present proposals on {topic} by {season}.",
    "Drone attacks hit {target} near {city} on {weekday}, the regional governor said.",
    "Military planners have drawn up {n} options for {topic}, people familiar with them said.",
)
FILLS = {
    "secured": ("secured", "monitored", "enforced", "made to last"),
    "topic": ("air policing", "the backstop", "troop rotations", "rules of engagement",
              "funding", "the headquarters", "mine clearance", "border monitoring",
              "training missions", "arms production", "frozen Russian assets"),
    "target": ("power stations", "rail hubs", "gas facilities", "grain terminals",
               "apartment blocks", "substations"),
    "mood": ("cautious but constructive", "tense", "businesslike", "upbeat", "frustrated"),
    "mood2": ("irrelevant", "a provocation", "theatre", "a step towards escalation"),
    "distance": ("far", "well away", "hundreds of kilometres", "at a safe distance"),
    "thing": ("air-defence systems", "artillery rounds", "generators", "armoured vehicles",
              "interceptor drones", "radar stations"),
    "season": ("winter", "the spring", "the summer", "the end of the year"),
    "urgency": ("urgently", "within weeks", "before the next offensive", "now"),
    "city": ("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Sumy", "Mykolaiv"),
}  # fmt: skip
STATEMENTS = (
    "{Who} will decide on {topic} only after talks with {place}",
    "Our {thing} could reach {city} within {n} days if the {noun} holds",
    "Nobody in {place} believes the Kremlin wants a {adj} {noun}",
    "I told my counterpart in {place} that {topic} is not negotiable",
    "The {n} countries around this table agree that {topic} comes first",
    "Without {thing} for {city}, every promise about {topic} is empty",
    "We discussed {topic} in {place} for {n} hours and I am {feeling}",
    "My government has set aside {n} million for {thing} and for {topic}",
    "{Who} must be ready to act before {season}, and {topic} in {city} is the test",
    "Let me be clear: a {adj} {noun} needs {n} thousand soldiers, not statements",
    "The people of {city} deserve {adj} {noun}, and we will work for it",
    "Our parliament in {place} will vote on {topic} by {season}",
    "There is no {noun} without {thing}, I said this in {place} already",
    "When the guns fall silent, {topic} will need {n} thousand people",
    "I spoke with the mayor of {city} about {thing} and about {topic}",
)
QUOTE_FILLS = {
    "Who": ("Europe", "The coalition", "Every ally", "This alliance", "Our government",
            "The Union", "Each capital"),
    "adj": ("lasting", "credible", "robust", "fair", "durable", "real", "solid", "binding"),
    "noun": ("peace", "ceasefire", "settlement", "truce", "agreement", "deterrent"),
    "feeling": ("optimistic", "not satisfied", "cautiously hopeful", "worried", "encouraged"),
}  # fmt: skip
SYNONYMS = {"lasting": "enduring", "robust": "strong", "discussed": "talked about",
            "believes": "thinks", "must": "has to", "ready": "prepared", "deserve": "merit",
            "money": "funds", "agree": "concur", "spoke": "talked", "clear": "plain"}  # fmt: skip
HEADLINES = (
    "{name} {verb} {object} for Ukraine", "Allies weigh {object} after talks in {place}",
    "{place} talks: who offers what to Kyiv", "Coalition plans take shape in {place}",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
NTH = ("second", "third", "fourth", "fifth")


@dataclass
class Part:
    """A sentence to render, and the records it carries (offsets relative to it)."""

    text: str
    mentions: list[tuple[str, int, int]] = field(default_factory=list)
    commitment: tuple[str, Category, Status, str | None, tuple[str, ...]] | None = None


@dataclass
class Spec:
    """An article before rendering: paragraphs of parts, headline, metadata."""

    id: str
    title: str
    paragraphs: list[list[Part]]
    published: date | None
    outlet: str


class Writer:
    """Draws articles from the knowledge base and the phrase pools above."""

    def __init__(self, kb: KnowledgeBase, seed: int, commitments: int | None = None) -> None:
        self.kb = kb
        self.rng = random.Random(seed)
        self.commitments = commitments
        """Commitment sentences per article (``None``: one to four, drawn)."""
        self.actors = [a for a in (*STATES, *ORGANISATIONS) if a in kb]
        self.demonym = {}
        for surface in kb.surfaces:
            if surface.rule == "demonym" and surface.text[:1].isupper():
                self.demonym.setdefault(surface.actor, surface.text)

    def _fill(self, template: str) -> str:
        r = self.rng
        fills = {key: r.choice(values) for key, values in FILLS.items()}
        return template.format(
            place=r.choice(PLACES), weekday=r.choice(WEEKDAYS), n=r.randint(2, 90),
            nth=r.choice(NTH), **fills,
        )  # fmt: skip

    def _statement(self) -> str:
        """One sentence of a leader's statement: a frame with its slots filled."""
        r = self.rng
        frame = r.choice(STATEMENTS)
        for key, values in QUOTE_FILLS.items():
            frame = frame.replace("{" + key + "}", r.choice(values))
        return self._fill(frame) + "."

    def _subject(self, actor: str, day: date | None) -> tuple[str, str, int, int]:
        """(subject text, mentioned actor, start, end of the mention in it)."""
        name = self.kb.actors[actor].name
        choice = self.rng.random()
        if choice < 0.3 and actor in self.demonym:
            text = f"The {self.demonym[actor]} government"
            return text, actor, 4, 4 + len(self.demonym[actor])
        if choice < 0.6 and day is not None:
            office, title = self.rng.choice(LEADER_OFFICES)
            person = self.kb.holder(office, actor, day)
            if person is not None:
                pname = self.kb.actors[person].name
                return f"{title} {pname}", person, len(title) + 1, len(title) + 1 + len(pname)
        return name, actor, 0, len(name)

    def commitment(self, day: date | None) -> Part:
        r = self.rng
        actor = r.choice(self.actors)
        category = r.choice(list(OBJECTS))
        status = r.choices(list(VERBS), weights=STATUS_WEIGHTS)[0]
        subject, mentioned, s, e = self._subject(actor, day)
        size = r.choice(SIZES).format(n=r.randint(2, 60) * 10) if r.random() < 0.3 else None
        obj = r.choice(OBJECTS[category])
        condition = r.choice(CONDITIONS)
        said = r.choice(("", "", f", officials in {r.choice(PLACES)} said", ", according to aides"))
        thing = f"{size} and {obj}" if size else obj
        text = f"{subject} {r.choice(VERBS[status])} {thing}{condition}{said}."
        conditions = (condition.strip(),) if condition else ()
        return Part(text, [(mentioned, s, e)], (actor, category, status, size, conditions))

    def quote(self, day: date | None) -> Part:
        r = self.rng
        actor = r.choice(self.actors)
        subject, mentioned, s, e = self._subject(actor, day)
        words = " ".join(self._statement() for _ in range(r.randint(1, 2)))
        verb = r.choice(("said", "told reporters", "said in an interview", "wrote"))
        return Part(f"“{words}”, {subject} {verb}.", [(mentioned, s + len(words) + 4,
                                                        e + len(words) + 4)])  # fmt: skip

    def article(self, i: int) -> Spec:
        r = self.rng
        day = None if r.random() < UNDATED_SHARE else FIRST_DAY + timedelta(r.randrange(DAYS))
        paragraphs: list[list[Part]] = []
        count = self.commitments if self.commitments is not None else r.randint(1, 4)
        for _ in range(count):
            paragraphs.append([self.commitment(day), Part(self._fill(r.choice(BACKGROUND)))])
        paragraphs += [[self.quote(day)] for _ in range(r.randint(1, 3))]
        for _ in range(r.randint(2, 4)):
            paragraphs.append([Part(self._fill(r.choice(BACKGROUND))) for _ in range(2)])
        r.shuffle(paragraphs)
        first = next(p.commitment for para in paragraphs for p in para if p.commitment)
        title = r.choice(HEADLINES).replace("{name}", self.kb.actors[first[0]].name)
        title = title.replace("{verb}", r.choice(VERBS[first[2]]).split(",")[0])
        title = self._fill(title.replace("{object}", r.choice(OBJECTS[first[1]])))
        return Spec(f"gen-{i:07d}", title, paragraphs, day, r.choice(OUTLETS))

    def copy(self, i: int, source: Spec) -> Spec:
        """A syndicated copy: new headline, one paragraph rewritten."""
        paragraphs = [list(p) for p in source.paragraphs]
        k = self.rng.randrange(len(paragraphs))
        if not any(p.commitment for p in paragraphs[k]):
            paragraphs[k] = [Part(self._fill(self.rng.choice(BACKGROUND)))]
        title = f"{self.rng.choice(('UPDATE', 'Wire', 'Report'))}: {source.title}"
        return replace(source, id=f"gen-{i:07d}", title=title, paragraphs=paragraphs,
                       outlet=self.rng.choice(OUTLETS))  # fmt: skip

    def rewrite(self, i: int, source: Spec) -> Spec:
        """Another outlet's article around the same quotes, lightly reworded."""
        fresh = self.article(i)
        quotes = [p for para in source.paragraphs for p in para if p.text.startswith("“")]
        for quote in quotes:
            words, rest = quote.text.split("”", 1)
            for word, other in SYNONYMS.items():
                words = words.replace(word, other) if self.rng.random() < 0.5 else words
            shift = len(words) + 1 + len(rest) - len(quote.text)
            moved = [(a, s + shift, e + shift) for a, s, e in quote.mentions]
            reworded = Part(f"{words}”{rest}", moved)
            fresh.paragraphs.insert(self.rng.randrange(len(fresh.paragraphs) + 1), [reworded])
        return replace(fresh, published=source.published)


def render(spec: Spec) -> tuple[Article, Extraction]:
    """The article's text and its extraction, offsets exact."""
    chunks = [spec.title, ""]
    offset = len(spec.title) + 2
    mentions, commitments = [], []
    for paragraph in spec.paragraphs:
        for part in paragraph:
            for actor, s, e in part.mentions:
                text = part.text[s:e]
                mentions.append(Mention(actor, spec.id, offset + s, offset + e, text, "name"))
            if part.commitment:
                actor, category, status, size, conditions = part.commitment
                evidence = Evidence(spec.id, offset, offset + len(part.text), part.text)
                commitments.append(Commitment(spec.id, actor, category, status, evidence,
                                              size, conditions, confidence=0.7,
                                              why=("generated",)))  # fmt: skip
            chunks.append(part.text + " ")
            offset += len(part.text) + 1
        chunks.append("\n\n")
        offset += 2
    text = spec.title + "\n\n" + "".join(chunks[2:]).rstrip()
    article = Article(spec.id, text, spec.title, outlet=spec.outlet, published=spec.published)
    return article, Extraction(spec.id, tuple(mentions), tuple(commitments))


def generate(
    n: int, seed: int = 7, start: int = 0, commitments: int | None = None
) -> Iterator[tuple[Article, Extraction]]:
    """``n`` articles with their extractions, ids ``gen-<start>`` on; reproducible by seed.

    ``commitments``: commitment sentences in every article (copies keep their
    source's, so ``n`` articles carry ``n * commitments``); by default one to
    four, drawn per article.
    """
    writer = Writer(load_kb(), seed, commitments)
    recent: list[Spec] = []
    for i in range(start, start + n):
        roll = writer.rng.random()
        if recent and roll < COPY_SHARE:
            spec = writer.copy(i, writer.rng.choice(recent))
        elif recent and roll < COPY_SHARE + REWRITE_SHARE:
            spec = writer.rewrite(i, writer.rng.choice(recent))
        else:
            spec = writer.article(i)
        recent = [*recent[-RECENT + 1 :], spec]
        yield render(spec)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="write one .txt file per article here")
    parser.add_argument("--db", help="or store them (with extractions) in this database")
    args = parser.parse_args(argv)
    if (args.out is None) == (args.db is None):
        parser.error("give exactly one of --out and --db")
    began = time.perf_counter()
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        for article, _x in generate(args.n, args.seed):
            (args.out / f"{article.id}.txt").write_text(article.text + "\n", encoding="utf-8")
    else:
        from pledgewatch.extract import EXTRACTOR_VERSION
        from pledgewatch.store import Store

        with Store(args.db) as db:
            db.save_bulk(generate(args.n, args.seed), EXTRACTOR_VERSION)
    print(f"{args.n} articles in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
