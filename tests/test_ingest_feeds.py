"""RSS and Atom feeds: one article per entry, offline, entry by entry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import feedparser.http
import pytest

from pledgewatch.errors import EmptyInputError, MalformedInputError
from pledgewatch.ingest import iter_inputs, read_path
from pledgewatch.ingest.fragments import fragment_to_text
from pledgewatch.records import Article, Rejection

DATA = Path(__file__).parent / "data" / "ingest"

RSS_ITEM = """<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0"><channel><title>Zeitung für Österreich</title>
<item><title>Müller: keine Soldaten</title><guid>at-1</guid>
<description>Die Regierung schließt Bodentruppen für die Ukraine aus.</description></item>
</channel></rss>
"""


def test_ingest_feed_rss_entries() -> None:
    path = DATA / "feed.rss"
    items = list(iter_inputs([path]))
    first, second, third = items
    assert isinstance(first, Article)
    assert first.id == "defence-desk-101"
    assert first.title == "Poland offers logistics hub for allied support"
    assert first.text == (
        "Poland offers logistics hub for allied support\n"
        "Poland will host the logistics hub for allied support to Ukraine, the defence "
        "minister said.\n\nPolish troops will not deploy to Ukraine."
    )
    assert first.url == "https://defence.example.org/poland-hub"
    assert first.outlet == "Example Defence Desk"
    assert first.published == date(2025, 9, 4)
    assert first.language == "en"
    assert first.source == f"{path}#entry-1"
    assert isinstance(second, Article)
    assert second.id == "https://defence.example.org/estonia-aid"
    assert third == Rejection(f"{path}#entry-3", "feed entry has no text")
    assert read_path(path) == [first, second]


def test_ingest_feed_atom_entries() -> None:
    first, second = read_path(DATA / "feed.atom")
    assert first.id == "urn:example:monitor:1"
    assert first.text == (
        "Finland to train Ukrainian air-defence units\n"
        "Finland will train Ukrainian air-defence units in 2026, its defence ministry said."
    )
    assert first.published == date(2025, 9, 6)
    assert first.outlet == "Example Security Monitor"
    assert first.url == "https://monitor.example.org/finland-training"
    assert second.published == date(2025, 9, 5)
    assert second.title == "Lithuania considers sending instructors"


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "windows-1252", "utf-8"])
def test_ingest_feed_declared_encoding_respected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "at.xml"
    path.write_bytes(RSS_ITEM.format(encoding=encoding).encode(encoding))
    [article] = read_path(path)
    assert article.title == "Müller: keine Soldaten"
    assert article.outlet == "Zeitung für Österreich"
    assert "schließt" in article.text


def test_ingest_feed_entry_ids_fall_back_to_numbers(tmp_path: Path) -> None:
    path = tmp_path / "bare.rss"
    path.write_text(
        "<rss><channel><item><description>Norway will fund demining in Ukraine.</description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    [article] = read_path(path)
    assert article.id == "bare-1"
    assert article.title == "Norway will fund demining in Ukraine."


def test_ingest_feed_truncated_keeps_entries_read_so_far(tmp_path: Path) -> None:
    path = tmp_path / "cut.rss"
    path.write_text(
        "<rss><channel><item><title>Sweden sends radar aircraft to Ukraine</title>"
        "<description>Sweden will send two radar aircraft.</description></item><item><tit",
        encoding="utf-8",
    )
    items = list(iter_inputs([path]))
    assert isinstance(items[0], Article)
    assert items[0].title == "Sweden sends radar aircraft to Ukraine"


@pytest.mark.parametrize(
    ("content", "error", "reason"),
    [
        (
            "<rss><channel><title>x</title",
            MalformedInputError,
            "^.*: not a valid feed: unclosed token$",
        ),
        ("<rss>&bogus;<channel></rss>", MalformedInputError, "not a valid feed: undefined entity"),
        (
            "<rss version='2.0'><channel><title>x</title></channel></rss>",
            EmptyInputError,
            "feed has no entries",
        ),
    ],
)
def test_ingest_feed_unusable(
    tmp_path: Path, content: str, error: type[Exception], reason: str
) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=reason):
        read_path(path)


def test_ingest_feed_never_fetches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("feedparser tried to fetch a URL")

    monkeypatch.setattr(feedparser.http, "get", refuse)
    path = tmp_path / "url.rss"
    path.write_text("https://example.invalid/feed.xml", encoding="utf-8")
    with pytest.raises(MalformedInputError):
        read_path(path)


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        (
            "<p>One <b>two</b>\n three.</p><p>Four&nbsp;&amp; five.</p>",
            "One two three.\n\n\n\nFour & five.",
        ),
        ("a<br>b", "a\nb"),
        ("<script>var x;</script>kept", "kept"),
        ("no markup & plain", "no markup & plain"),
    ],
)
def test_ingest_feed_fragment_to_text(fragment: str, text: str) -> None:
    assert fragment_to_text(fragment).strip() == text
