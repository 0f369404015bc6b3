"""Reconciliation: tracker rows, contradictions and stories from hand-built records."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgewatch.reconcile import across_sources, build_tracker, group_stories, within_article
from pledgewatch.reconcile.contradictions import same_period
from pledgewatch.records import Category, Commitment, Evidence, Status, Story, TrackerRow

GROUND = Category.GROUND_FORCES
D1, D2, D3, D4 = date(2025, 9, 4), date(2025, 11, 20), date(2026, 1, 6), date(2026, 2, 20)


def pledge(
    article: str,
    status: str,
    actor: str = "FRA",
    category: Category = GROUND,
    magnitude: str | None = None,
) -> Commitment:
    sentence = f"{actor} {status} {category.value}."
    return Commitment(
        article=article,
        actor=actor,
        category=category,
        status=Status(status),
        evidence=Evidence(article, 0, len(sentence), sentence),
        magnitude=magnitude,
    )


def row_of(rows: list[TrackerRow], actor: str = "FRA", category: Category = GROUND) -> TrackerRow:
    (row,) = [r for r in rows if r.actor == actor and r.category is category]
    return row


# -- build_tracker ----------------------------------------------------------


def test_reconcile_tracker_one_row_per_actor_and_category() -> None:
    items = [
        pledge("a1", "committed"),
        pledge("a2", "committed"),
        pledge("a1", "considering", category=Category.NAVAL_FORCES),
        pledge("a3", "declined", actor="DEU"),
    ]
    rows = build_tracker(items, {"a1": D1, "a2": D2, "a3": D2})
    assert [(r.actor, r.category) for r in rows] == [
        ("DEU", GROUND),
        ("FRA", GROUND),
        ("FRA", Category.NAVAL_FORCES),
    ]
    assert row_of(rows).sources == ("a1", "a2")


@pytest.mark.parametrize(
    ("statuses", "current"),
    [
        (["committed", "declined"], Status.DECLINED),
        (["declined", "committed"], Status.COMMITTED),
        (["considering", "conditional", "committed"], Status.COMMITTED),
        (["committed", "committed", "considering"], Status.CONSIDERING),
    ],
)
def test_reconcile_tracker_takes_latest_dated_status(statuses: list[str], current: Status) -> None:
    days = [D1, D2, D3]
    items = [pledge(f"a{i}", s) for i, s in enumerate(statuses)]
    published = {f"a{i}": days[i] for i in range(len(statuses))}
    assert row_of(build_tracker(reversed(items), published)).status is current


def test_reconcile_tracker_undated_report_does_not_override_dated_one() -> None:
    items = [pledge("dated", "committed"), pledge("undated", "declined")]
    row = row_of(build_tracker(items, {"dated": D2, "undated": None}))
    assert row.status is Status.COMMITTED


@pytest.mark.parametrize(
    ("statuses", "since"),
    [
        (["committed"], D1),
        (["committed", "committed", "committed"], D1),
        (["considering", "committed", "committed"], D2),
        (["committed", "declined", "committed"], D3),
        (["committed", "considering", "considering", "considering"], D2),
    ],
)
def test_reconcile_tracker_since_is_start_of_current_run(statuses: list[str], since: date) -> None:
    days = [D1, D2, D3, D4]
    items = [pledge(f"a{i}", s) for i, s in enumerate(statuses)]
    published = {f"a{i}": days[i] for i in range(len(statuses))}
    assert row_of(build_tracker(items, published)).since == since


def test_reconcile_tracker_since_survives_same_day_other_status() -> None:
    """Regression: a same-day report of the losing status used to reset since to None."""
    items = [pledge("a1", "committed"), pledge("a1", "declined")]
    row = row_of(build_tracker(items, {"a1": D1}))
    assert row.status is Status.COMMITTED
    assert row.since == D1


def test_reconcile_tracker_history_sorted_by_date() -> None:
    items = [pledge("a3", "committed"), pledge("a1", "considering"), pledge("a2", "conditional")]
    row = row_of(build_tracker(items, {"a1": D1, "a2": D2, "a3": D3}))
    assert [(h.date, h.status, h.article) for h in row.history] == [
        (D1, Status.CONSIDERING, "a1"),
        (D2, Status.CONDITIONAL, "a2"),
        (D3, Status.COMMITTED, "a3"),
    ]


def test_reconcile_tracker_magnitude_from_current_status() -> None:
    items = [
        pledge("a1", "considering", magnitude="a brigade"),
        pledge("a2", "committed", magnitude="some thousand soldiers"),
    ]
    row = row_of(build_tracker(items, {"a1": D1, "a2": D2}))
    assert row.magnitude == "some thousand soldiers"


@pytest.mark.parametrize(
    ("stories", "independent"),
    [
        ((), 3),
        ((Story("story:a1", ("a1", "a2"), "identical text"),), 2),
        ((Story("story:a1", ("a1", "a2", "a3"), "identical text"),), 1),
        ((Story("story:a1", ("a1", "x9"), "identical text"),), 3),
    ],
    ids=["no-story", "two-copies", "all-copies", "story-with-other-article"],
)
def test_reconcile_tracker_counts_a_story_once(
    stories: tuple[Story, ...], independent: int
) -> None:
    items = [pledge(a, "committed") for a in ("a1", "a2", "a3")]
    row = row_of(build_tracker(items, {"a1": D1, "a2": D1, "a3": D2}, stories))
    assert row.sources == ("a1", "a2", "a3")
    assert row.independent_sources == independent


def test_reconcile_tracker_flags_within_article_conflict() -> None:
    items = [
        pledge("a1", "committed"),
        pledge("a1", "declined"),
        pledge("a1", "committed", actor="GBR"),
        pledge("a2", "committed", actor="GBR"),
    ]
    rows = build_tracker(items, {"a1": D1, "a2": D2})
    assert row_of(rows, "FRA").contradicted is True
    assert row_of(rows, "GBR").contradicted is False


def test_reconcile_tracker_change_of_mind_over_time_is_not_contradiction() -> None:
    """Regression: within_article() used to run on all articles at once in build_tracker."""
    items = [pledge("a1", "committed"), pledge("a2", "declined")]
    row = row_of(build_tracker(items, {"a1": D1, "a2": D3}))
    assert row.status is Status.DECLINED
    assert row.contradicted is False


# -- contradictions ---------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        ("committed", "declined", True),
        ("committed", "considering", True),
        ("committed", "conditional", False),  # a condition refines, not denies
        ("declined", "opposed", True),
        ("conditional", "considering", False),
        ("considering", "conditional", False),
        ("committed", "committed", False),
    ],
)
def test_reconcile_within_article_finds_different_stances(
    first: str, second: str, found: bool
) -> None:
    result = within_article([pledge("a1", first), pledge("a1", second)])
    assert bool(result) is found
    if found:
        (contradiction,) = result
        assert (contradiction.actor, contradiction.category) == ("FRA", GROUND)
        assert contradiction.scope == "article"
        assert {side.status for side in contradiction.sides} == {Status(first), Status(second)}
        assert all(side.evidence.article == "a1" for side in contradiction.sides)


def test_reconcile_within_article_keeps_actors_and_categories_apart() -> None:
    items = [
        pledge("a1", "committed"),
        pledge("a1", "declined", actor="DEU"),
        pledge("a1", "declined", category=Category.AIR_FORCES),
    ]
    assert within_article(items) == []


@pytest.mark.parametrize(
    ("published", "found"),
    [
        ({"a1": D2, "a2": D2}, True),
        ({"a1": D1, "a2": D2}, False),
        ({"a1": D2, "a2": None}, True),
    ],
    ids=["same-day", "different-days", "undated"],
)
def test_reconcile_across_sources_compares_same_day_reports(
    published: dict[str, date | None], found: bool
) -> None:
    items = [pledge("a1", "committed"), pledge("a2", "declined")]
    result = across_sources(items, published)
    assert bool(result) is found
    if found:
        (contradiction,) = result
        assert contradiction.scope == "sources"
        assert {side.article for side in contradiction.sides} == {"a1", "a2"}


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 9),
            st.sampled_from(list(Status)),
            st.one_of(st.none(), st.integers(0, 15)),
        ),
        max_size=40,
    )
)
def test_reconcile_across_sources_sides_are_those_of_the_pairwise_definition(
    drawn: list[tuple[int, Status, int | None]],
) -> None:
    """Each (article, status) a contradiction lists is exactly one that another
    article of the same period contradicts (the windowed counting equals the
    quadratic definition)."""
    published: dict[str, date | None] = {}
    for n, _status, day in drawn:
        published.setdefault(f"a{n}", None if day is None else D1 + timedelta(days=day))
    items = [pledge(f"a{n}", status.value) for n, status, _day in drawn]
    stances = {
        a: {c.status for c in items if c.article == a} - {Status.CONDITIONAL} for a in published
    }
    expected = {
        (a, s)
        for a in published
        for b in published
        if a != b and same_period(published[a], published[b])
        for s in stances[a]
        if stances[b] - {s}
    }
    found = across_sources(items, published)
    listed = {
        (a, side.status) for c in found for side in c.sides for a in (side.article, *side.others)
    }
    assert listed == expected


@pytest.mark.parametrize(
    ("statuses", "articles"),
    [
        (("committed", "committed"), ("a1", "a2")),
        (("conditional", "considering"), ("a1", "a2")),
        (("committed", "declined"), ("a1", "a1")),
    ],
    ids=["agreeing", "conditional-considering", "one-article"],
)
def test_reconcile_across_sources_ignores_agreement_and_single_article(
    statuses: tuple[str, str], articles: tuple[str, str]
) -> None:
    items = [pledge(a, s) for a, s in zip(articles, statuses, strict=True)]
    assert across_sources(items, {"a1": D2, "a2": D2}) == []


# -- stories ----------------------------------------------------------------

REPORT = """Coalition leaders agree on reassurance force for Ukraine
Leaders of the coalition of the willing met in Paris on Thursday to discuss how a future
ceasefire between Russia and Ukraine could be secured. The French president told reporters
after the meeting that twenty six countries had formally committed to deploy troops or to
contribute on land, at sea or in the air once the fighting stops. He said the force would not
be stationed along the front line but would act as a reassurance presence in the rear, helping
the Ukrainian army rebuild and train its units. The British prime minister said his government
was ready to lead planning for the headquarters and would send officers to a coordination cell
in Kyiv. Several smaller members offered air policing, mine clearing ships for the Black Sea
and instructors for training missions in western Ukraine. Germany said it would decide on its
own contribution only when the framework was clear, while Italy repeated that it would not send
soldiers but could help with monitoring from outside the country. Poland offered logistical
support through its territory but ruled out stationing its own troops in Ukraine, citing the
need to defend the eastern flank of the alliance. The American envoy attended part of the talks
by video link and promised that Washington would support the arrangement, although officials
declined to say whether this support would include intelligence sharing or air cover. Russian
officials rejected any foreign deployment as unacceptable and warned that troops sent to Ukraine
would be treated as legitimate targets. The Ukrainian president welcomed the pledges and called
them the first concrete step towards real security guarantees after more than three years of
war. Diplomats said the details of the plan, including the size of each national contingent,
would be finalised at a further meeting of defence ministers in Brussels next month, where the
chiefs of staff are expected to present options for rotation, command and the rules of
engagement that would govern the force on the ground."""

EDITED = REPORT.replace(
    "Coalition leaders agree on reassurance force for Ukraine",
    "Twenty six nations back postwar troop plan, Macron says",
).replace(
    "The British prime minister said his government\nwas ready to lead planning",
    "London, according to a spokesman for the prime minister,\nwants to lead planning",
)

OTHER = """Black Sea grain corridor reopens as insurers return
Shipping companies resumed regular sailings from Odesa this week after underwriters cut war risk
premiums for the first time in months, port authorities said. Traders expect wheat and maize
exports to climb towards prewar levels by the spring if the calmer conditions hold. A farmers'
association in the Mykolaiv region said warehouses were still full from last year's harvest and
that many growers had postponed buying fertiliser because of low prices. Economists at the
national bank noted that higher export earnings would ease pressure on the currency and help the
budget, which depends heavily on foreign loans. Freight rates for bulk carriers fell sharply as
more vessels entered the route, and a Turkish shipping group announced a new weekly service to
Constanta and Varna. Officials warned however that drifting sea mines remained a danger and that
crews should keep to the marked channels along the western coast."""


def test_reconcile_stories_texts_are_long_enough() -> None:
    assert len(REPORT.split()) >= 300
    assert not EDITED.startswith("Coalition leaders")
    assert "London, according to a spokesman" in EDITED


def test_reconcile_stories_groups_copies_and_leaves_other_text_out() -> None:
    stories = group_stories(
        [("original", REPORT), ("copy", REPORT), ("edited", EDITED), ("other", OTHER)]
    )
    (story,) = stories
    assert story.articles == ("copy", "edited", "original")
    assert "other" not in story.articles
    assert story.id == "story:copy"
    assert story.reason


@pytest.mark.parametrize(
    ("texts", "reason"),
    [
        ([("a", REPORT), ("b", REPORT)], "identical text"),
        ([("a", REPORT), ("b", EDITED)], "near-duplicate"),
    ],
)
def test_reconcile_stories_names_the_reason(texts: list[tuple[str, str]], reason: str) -> None:
    (story,) = group_stories(texts)
    assert story.reason.startswith(reason)
    assert story.articles == ("a", "b")


def test_reconcile_stories_single_or_unrelated_texts_make_no_story() -> None:
    assert group_stories([("a", REPORT)]) == []
    assert group_stories([("a", REPORT), ("b", OTHER)]) == []
    assert group_stories([]) == []


def test_reconcile_within_article_coalition_is_not_one_stance() -> None:
    """ "26 countries pledged" and "most members hesitate" are many stances."""
    evidence = Evidence("a", 0, 1, "x")
    items = [
        Commitment("a", "org:coalition-of-the-willing", Category.GROUND_FORCES, s, evidence)
        for s in (Status.COMMITTED, Status.CONSIDERING)
    ]
    assert within_article(items) == []
