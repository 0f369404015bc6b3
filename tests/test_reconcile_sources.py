"""Reconciliation across sources: shared quotes, independence, ingest order,
periods, data-quality flags, and the state the store keeps per saved article."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Row, select

from pledgewatch import pipeline
from pledgewatch.kb import load_kb
from pledgewatch.reconcile import across_sources, build_tracker, group_stories, within_article
from pledgewatch.reconcile.contradictions import SAME_PERIOD_DAYS
from pledgewatch.reconcile.quality import article_flags, attach
from pledgewatch.reconcile.quotes import find_quotes
from pledgewatch.records import (
    Article,
    Category,
    Commitment,
    Contradiction,
    Evidence,
    Extraction,
    Mention,
    Status,
    Story,
    StoryLink,
    TrackerRow,
)
from pledgewatch.store import Store, reconciled
from pledgewatch.store.schema import tracker_rows

ROOT = Path(__file__).resolve().parents[1]
GROUND = Category.GROUND_FORCES
D1 = date(2025, 3, 10)


def pledge(article: str, status: str, actor: str = "NOR") -> Commitment:
    sentence = f"{actor} {status}."
    evidence = Evidence(article, 0, len(sentence), sentence)
    return Commitment(article, actor, GROUND, Status(status), evidence)


def row_of(rows: list[TrackerRow], actor: str = "NOR") -> TrackerRow:
    (row,) = [r for r in rows if r.actor == actor and r.category is GROUND]
    return row


# -- quotes and stories ------------------------------------------------------

INTERVIEW_A = """Harbour talks end with promises for Odesa

The Norwegian defence minister told a newspaper in Bergen that his navy was ready. “Our
minesweepers can be in the Black Sea within forty days of a truce, and the crews in Haakonsvern
are already training for it,” he said.

Asked about costs, he answered: "Norway has set aside money for two years of patrols, and the
Storting will be asked to approve it before Christmas." Other ministers were more careful."""

INTERVIEW_B = """Norway offers mine clearance after a ceasefire

Speaking to a Bergen daily, the minister said that ‘the ships are ready’.

OUR MINESWEEPERS could be in the Black Sea within 40 days of a truce; the crews at
Haakonsvern already train for it.” He also said: «Norway has put aside money for two years of
patrols and the Storting will be asked to approve it before Christmas». Critics disagreed."""

STOCK_A = """Leaders meet in Vilnius
The prime minister repeated that “we will stand with Ukraine for as long as it takes” before
flying home. Talks on air defence continued in the afternoon with officials from the region."""

STOCK_B = """Budget row in Rome
Opening the debate, the minister said “we will stand with Ukraine for as long as it takes”,
then turned to pensions, which took up most of the session and ended without a vote."""


def test_reconcile_quotes_found_with_any_marks_and_a_missing_opening_one() -> None:
    text = 'He said "one two three four five six seven".\n\nfirst second third fourth fifth sixth,”'
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == [
        "one two three four five six seven",
        "first second third fourth fifth sixth,",
    ]
    assert all(text[q.start : q.end].strip() == q.text for q in quotes)


def test_reconcile_quotes_short_spans_are_not_quotes() -> None:
    assert find_quotes("She called the plans ‘very precise’ and “not an option”.") == []


def test_reconcile_stories_group_one_interview_carried_by_two_outlets() -> None:
    (story,) = group_stories([("a", INTERVIEW_A), ("b", INTERVIEW_B)])
    assert story.articles == ("a", "b")
    assert story.reason.startswith("shared quote: '")
    assert story.links and story.links[0].reason == story.reason


def test_reconcile_stories_a_stock_phrase_is_not_one_story() -> None:
    assert group_stories([("a", STOCK_A), ("b", STOCK_B)]) == []


def test_reconcile_stories_one_shared_quote_is_not_enough() -> None:
    """Two outlets quoting one line of a press conference are still two reports."""
    first_quote_only = INTERVIEW_B.split("He also said")[0] + "The rest is not quoted."
    assert group_stories([("a", INTERVIEW_A), ("b", first_quote_only)]) == []


def test_reconcile_stories_different_numbers_are_different_statements() -> None:
    changed = INTERVIEW_B.replace("40 days", "90 days").replace("two years", "five years")
    changed = changed.replace("Haakonsvern", "Ramsund").replace("Christmas", "Easter")
    assert group_stories([("a", INTERVIEW_A), ("b", changed)]) == []


# -- tracker rows --------------------------------------------------------------


def test_reconcile_tracker_copies_count_once_and_decide_no_tie() -> None:
    """Two copies of one story say committed, two independent reports say declined."""
    items = [pledge("c1", "committed"), pledge("c2", "committed")]
    items += [pledge("i1", "declined"), pledge("i2", "declined")]
    published = dict.fromkeys(("c1", "c2", "i1", "i2"), D1)
    story = group_stories([("c1", INTERVIEW_A), ("c2", INTERVIEW_B)])
    row = row_of(build_tracker(items, published, story))
    assert row.status is Status.DECLINED
    assert (len(row.sources), row.independent_sources) == (4, 3)


def test_reconcile_tracker_undated_reports_follow_ingest_order() -> None:
    items = [pledge("x", "committed"), pledge("y", "declined")]
    published: dict[str, date | None] = {"x": None, "y": None}
    first = row_of(build_tracker(items, published, order={"x": 2, "y": 1}))
    second = row_of(build_tracker(items, published, order={"x": 1, "y": 2}))
    assert (first.status, second.status) == (Status.COMMITTED, Status.DECLINED)
    assert (first.dated, first.order) == (False, "ingest")
    assert first.undated == ("x", "y")


def test_reconcile_tracker_dated_row_says_so() -> None:
    row = row_of(build_tracker([pledge("x", "committed")], {"x": D1}))
    assert (row.dated, row.order, row.undated) == (True, "published", ())


def test_reconcile_tracker_changes_list_each_change_of_status() -> None:
    items = [pledge("a", "considering"), pledge("b", "considering"), pledge("c", "committed")]
    items.append(pledge("d", "declined"))
    days = {"a": date(2025, 1, 5), "b": date(2025, 2, 1), "c": date(2025, 4, 1)}
    days["d"] = date(2025, 6, 1)
    row = row_of(build_tracker(items, days))
    assert [(c.status, c.since, c.articles) for c in row.changes] == [
        (Status.CONSIDERING, date(2025, 1, 5), ("a", "b")),
        (Status.COMMITTED, date(2025, 4, 1), ("c",)),
        (Status.DECLINED, date(2025, 6, 1), ("d",)),
    ]


# -- contradictions across sources --------------------------------------------


@pytest.mark.parametrize(
    ("days_apart", "found"),
    [(0, True), (SAME_PERIOD_DAYS, True), (SAME_PERIOD_DAYS + 1, False), (60, False)],
)
def test_reconcile_across_sources_same_period_only(days_apart: int, found: bool) -> None:
    later = date.fromordinal(D1.toordinal() + days_apart)
    items = [pledge("a", "committed"), pledge("b", "declined")]
    result = across_sources(items, {"a": D1, "b": later})
    assert bool(result) is found
    row = row_of(build_tracker(items, {"a": D1, "b": later}))
    assert row.contradicted is found
    assert row.status is (Status.DECLINED if days_apart else Status.COMMITTED)


def test_reconcile_across_sources_sides_carry_evidence_and_period() -> None:
    items = [pledge("a", "committed"), pledge("b", "declined"), pledge("c", "declined")]
    published = {"a": D1, "b": D1, "c": date(2025, 3, 12)}
    (found,) = across_sources(items, published)
    assert [(s.status, s.article, s.others) for s in found.sides] == [
        (Status.COMMITTED, "a", ()),
        (Status.DECLINED, "b", ("c",)),
    ]
    assert all(s.evidence.article == s.article for s in found.sides)
    assert found.period == (D1, date(2025, 3, 12))


def test_reconcile_across_sources_one_article_alone_is_not_across_sources() -> None:
    items = [pledge("a", "committed"), pledge("a", "declined"), pledge("b", "committed")]
    (found,) = across_sources(items, {"a": D1, "b": D1})
    assert {(s.status, s.article) for s in found.sides} == {
        (Status.DECLINED, "a"),
        (Status.COMMITTED, "b"),
    }
    assert across_sources(items[:2], {"a": D1}) == []


# -- data-quality flags ------------------------------------------------------

FLAGGED = (
    "Talks in Paris\n"
    "British Prime Minister Keir Karrmer met Russian Foreign Minister Maria Zakharova. "
    "Keir Starmer said Britain will send troops."
)


def _mention(text: str, actor: str, rule: str = "name") -> Mention:
    start = FLAGGED.index(text)
    return Mention(actor, "f1", start, start + len(text), text, rule)


def test_reconcile_flags_fuzzy_name_and_office_not_held() -> None:
    article = Article("f1", FLAGGED, published=date(2025, 9, 4))
    mentions = (
        _mention("Keir Karrmer", "person:keir-starmer", "fuzzy"),
        _mention("Maria Zakharova", "person:maria-zakharova"),
        _mention("Keir Starmer", "person:keir-starmer"),
    )
    flags = article_flags(article, Extraction("f1", mentions), load_kb())
    assert {(f.kind, f.actor) for f in flags} == {
        ("fuzzy_name", "person:keir-starmer"),
        ("office_not_held", "person:maria-zakharova"),
    }
    office = next(f for f in flags if f.kind == "office_not_held")
    assert office.text == FLAGGED[office.start : office.end] == "Foreign Minister Maria Zakharova"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("former Foreign Minister Maria Zakharova", False),
        ("spokeswoman Maria Zakharova", False),
        ("Prime Minister Maria Zakharova", True),
    ],
)
def test_reconcile_flags_office_titles(text: str, flagged: bool) -> None:
    article = Article("f2", text, published=date(2025, 9, 4))
    start = text.index("Maria")
    mention = Mention("person:maria-zakharova", "f2", start, len(text), text[start:])
    flags = article_flags(article, Extraction("f2", (mention,)), load_kb())
    assert any(f.kind == "office_not_held" for f in flags) is flagged


def test_reconcile_flags_self_contradiction_attached_to_its_row() -> None:
    items = (pledge("s1", "committed"), pledge("s1", "declined"), pledge("s2", "committed", "DNK"))
    extraction = Extraction("s1", (), items, tuple(within_article(items)))
    flags = article_flags(Article("s1", "x"), extraction, load_kb())
    rows = attach(build_tracker(items, {"s1": D1, "s2": D1}), flags, load_kb())
    assert [f.kind for f in row_of(rows).flags] == ["self_contradiction"]
    assert row_of(rows, "DNK").flags == ()


# -- the state kept by the store -------------------------------------------------


def _save(db: Store, article_id: str, text: str, items: list[Commitment], day: date | None) -> None:
    article = Article(article_id, text, published=day)
    db.save(article, Extraction(article_id, (), tuple(items)), "test")


def _fresh(db: Store) -> list[TrackerRow]:
    """The tracker resolved from scratch, to compare with what the store kept."""
    published = {s.article.id: s.article.published for s in db.articles()}
    stories = group_stories(db.iter_texts())
    return build_tracker(db.commitments(), published, stories, order=db.ingest_order())


def test_reconcile_state_matches_a_fresh_resolution_after_each_save(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 's.db'}") as db:
        _save(db, "a", INTERVIEW_A, [pledge("a", "committed")], D1)
        _save(db, "o", STOCK_A, [pledge("o", "declined", "DNK")], None)
        assert db.tracker_rows() == _fresh(db)
        assert row_of(db.tracker_rows()).independent_sources == 1
        _save(db, "b", INTERVIEW_B, [pledge("b", "committed")], D1)
        assert db.tracker_rows() == _fresh(db)
        assert row_of(db.tracker_rows()).sources == ("a", "b")
        assert row_of(db.tracker_rows()).independent_sources == 1
        _save(db, "b", STOCK_B, [pledge("b", "declined")], date(2025, 3, 11))  # replaced
        assert db.tracker_rows() == _fresh(db)
        assert row_of(db.tracker_rows()).independent_sources == 2
        assert [c.actor for c in db.source_contradictions()] == ["NOR"]
        db.delete(["b"])
        assert db.tracker_rows() == _fresh(db)
        assert db.source_contradictions() == []


def test_reconcile_state_save_rewrites_only_touched_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refreshed: list[set[tuple[str, str]]] = []
    original = reconciled.refresh_rows

    def spy(conn: Connection, keys: Iterable[tuple[str, str]]) -> None:
        refreshed.append(set(keys))
        original(conn, keys)

    monkeypatch.setattr(reconciled, "refresh_rows", spy)
    with Store(f"sqlite:///{tmp_path / 's.db'}") as db:
        _save(db, "a", STOCK_A, [pledge("a", "committed"), pledge("a", "declined", "DNK")], D1)
        _save(db, "b", STOCK_B, [pledge("b", "considering")], date(2025, 5, 1))
        _save(db, "c", INTERVIEW_A, [pledge("c", "committed", "SWE")], D1)
        _save(db, "bz", INTERVIEW_B, [], D1)  # joins c's story, renamed story:bz
        _save(db, "e", INTERVIEW_B + " A copy.", [], D1)  # joins it too; nothing to refresh
        assert refreshed == [
            {("NOR", "ground_forces"), ("DNK", "ground_forces")},
            {("NOR", "ground_forces")},
            {("SWE", "ground_forces")},
            {("SWE", "ground_forces")},
            set(),
        ]
        assert {s.articles for s in pipeline.stories(db)} == {("bz", "c", "e")}
        assert row_of(db.tracker_rows()).status is Status.CONSIDERING


def test_reconcile_state_rebuilt_when_missing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    with Store(url) as db:
        _save(db, "a", INTERVIEW_A, [pledge("a", "committed")], D1)
        _save(db, "b", INTERVIEW_B, [pledge("b", "declined")], D1)
        kept = db.tracker_rows()
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM reconcile_meta")
            conn.exec_driver_sql("DELETE FROM tracker_rows")
    with Store(url) as db:
        assert db.tracker_rows() == kept
        assert len(pipeline.stories(db)) == 1


STATUSES = ("committed", "considering", "declined", "conditional", "committed", "opposed")


def _busy_article(n: int) -> tuple[Article, Extraction]:
    """Article ``n`` of a store where each row has many reports: three actors
    on two categories, statuses changing over days, disagreements within a
    period, undated reports, sizes and conditions, and copies of texts that
    make stories, some of them reporting nothing."""
    article_id = f"r{n:02d}"
    text = (INTERVIEW_A, INTERVIEW_B, STOCK_A, STOCK_B)[n % 4] if n % 3 == 0 else f"Report {n}."
    day = None if n % 5 == 4 else date(2025, 3, 1) + timedelta(days=2 * (n % 7))
    actors = ("NOR", "DNK", "SWE")[: (n // 2) % 3 + 1]
    if n % 8 == 7:  # a copy that reports nothing: only its story's rows change
        text, actors = INTERVIEW_B, ()
    items = []
    for k, actor in enumerate(actors):
        for m, category in enumerate((GROUND, Category.AIR_FORCES)):
            status = Status(STATUSES[(n + 2 * k + m) % len(STATUSES)])
            sentence = f"{actor} {status} {n}."
            evidence = Evidence(article_id, 10 * k + m, 10 * k + m + len(sentence), sentence)
            magnitude = f"{n} ships" if (n + k) % 4 == 1 else None
            conditions = ("once a ceasefire holds",) if (n + m) % 3 == 1 else ()
            items.append(
                Commitment(article_id, actor, category, status, evidence, magnitude, conditions)
            )
        if n % 4 == 2:  # the article contradicts itself
            evidence = Evidence(article_id, 90, 99, f"{actor} no.")
            items.append(Commitment(article_id, actor, GROUND, Status.OPPOSED, evidence))
    article = Article(article_id, text, published=day)
    return article, Extraction(article_id, (), tuple(items))


StoredState = tuple[list[Row[Any]], list[Contradiction], list[StoryLink], list[Story]]


def _stored_state(db: Store) -> StoredState:
    """Everything reconciled, as stored: rows with their digests and contradictions."""
    query = select(tracker_rows).order_by(tracker_rows.c.actor, tracker_rows.c.category)
    with db.engine.connect() as conn:
        rows = list(conn.execute(query).all())
    return rows, db.source_contradictions(), db.story_links(), pipeline.stories(db)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_reconcile_state_incremental_saves_equal_a_rebuild_with_many_reports_per_row(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    if backend == "postgresql":
        url = request.getfixturevalue("pg_url")
    with Store(url) as db:
        for n in range(24):
            db.save(*_busy_article(n), "test")
            if n % 6 == 5:
                kept = _stored_state(db)
                db.reconcile()
                assert _stored_state(db) == kept
        replaced, extraction = _busy_article(30)  # r03 says what r30 would have said
        moved = [
            replace(c, article="r03", evidence=replace(c.evidence, article="r03"))
            for c in extraction.commitments
        ]
        db.save(replace(replaced, id="r03"), Extraction("r03", (), tuple(moved)), "test")
        db.delete(["r06", "r07"])
        db.save_batch([_busy_article(n) for n in range(24, 30)], "test")
        kept = _stored_state(db)
        rows, _contradictions, links, _stories = kept
        assert len(rows) == 6
        assert max(len(r.row["history"]) for r in rows) >= 15
        assert any(r.contradiction for r in rows) and links
        db.reconcile()
        assert _stored_state(db) == kept


def test_reconcile_rows_are_refreshed_holding_a_bounded_number_of_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reconciled, "REPORTS_HELD", 8)
    chunks: list[list[int]] = []
    write_rows = reconciled._write_rows

    def spy(conn: Connection, reports: Any, keys: Any, evidence: Any) -> Any:
        chunks.append([len(reports.groups.get(key, ())) for key in keys])
        return write_rows(conn, reports, keys, evidence)

    monkeypatch.setattr(reconciled, "_write_rows", spy)
    with Store(f"sqlite:///{tmp_path / 's.db'}") as db:
        for n in range(24):
            db.save(*_busy_article(n), "test")
        chunks.clear()
        db.save_batch([_busy_article(n) for n in range(24, 30)], "test")
        assert len(chunks) > 1 and sum(map(len, chunks)) == 6  # six rows, not all at once
        assert all(sum(held[:-1]) < 8 for held in chunks)  # the last row may pass the bound
        kept = _stored_state(db)
        db.reconcile()
        assert _stored_state(db) == kept


BRIDGES = """Finnish engineers to rebuild rail bridges
The Finnish transport minister said in Oulu that “our engineers will rebuild three rail bridges
near Kharkiv before the first frosts, with steel from Raahe” and that Sweden would share the cost.
Asked about the timetable, she added: "Freight trains should cross the repaired spans by March,
carrying grain westwards and generators eastwards to the substations," she said."""


def test_reconcile_an_article_that_joins_two_stories_merges_them_as_a_rebuild_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    walked: list[set[str]] = []
    restory = reconciled._restory

    def spy(conn: Connection, seeds: set[str]) -> set[str]:
        walked.append(seeds)
        return restory(conn, seeds)

    monkeypatch.setattr(reconciled, "_restory", spy)

    def same_as_a_rebuild() -> None:
        kept = _stored_state(db)
        db.reconcile()
        assert _stored_state(db) == kept

    with Store(f"sqlite:///{tmp_path / 's.db'}") as db:
        _save(db, "p", INTERVIEW_A, [pledge("p", "committed")], D1)
        _save(db, "q", INTERVIEW_A, [pledge("q", "declined", "DNK")], D1)
        _save(db, "r", BRIDGES, [pledge("r", "considering", "SWE")], D1)
        _save(db, "s", BRIDGES, [pledge("s", "committed", "SWE")], date(2025, 3, 12))
        assert {s.articles for s in pipeline.stories(db)} == {("p", "q"), ("r", "s")}
        _save(db, "z", INTERVIEW_A + "\n\n" + BRIDGES, [], D1)  # quotes of both
        assert {s.articles for s in pipeline.stories(db)} == {("p", "q", "r", "s", "z")}
        same_as_a_rebuild()
        _save(db, "a", BRIDGES, [pledge("a", "declined", "SWE")], D1)  # renames the story
        assert [s.id for s in pipeline.stories(db)] == ["story:a"]
        same_as_a_rebuild()
        assert walked == []  # articles only added: stories joined, no story walked
        _save(db, "z", "Weather in Oulu: frost expected.", [], D1)  # the bridge is gone
        assert walked
        assert {s.articles for s in pipeline.stories(db)} == {("p", "q"), ("a", "r", "s")}
        same_as_a_rebuild()


# -- command line and bench ------------------------------------------------------


def test_reconcile_cli_flags_json(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "m1.txt").write_text(FLAGGED + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'c.db'}"
    cli = [str(Path(sys.executable).parent / "pledgewatch")]
    subprocess.run([*cli, "ingest", str(docs), "--db", db], check=True, capture_output=True)
    done = subprocess.run(
        [*cli, "flags", "--db", db, "--format", "json"], check=True, capture_output=True
    )
    kinds = {f["kind"] for f in json.loads(done.stdout)}
    assert "office_not_held" in kinds


def test_reconcile_bench_incremental_runs_on_a_small_store(tmp_path: Path) -> None:
    script = ROOT / "bench" / "incremental.py"
    args = ["--n", "60", "--new", "2", "--db", str(tmp_path / "b.db"), "--json"]
    done = subprocess.run(
        [sys.executable, str(script), *args], check=True, capture_output=True, text=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["articles"] >= 60
    assert 0 < result["rows_rewritten_max"] < result["rows"]
    assert result["median_s"] > 0
