"""HTML pages through trafilatura, on small pages of ours and on real ones."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
import trafilatura

from pledgewatch.errors import EmptyInputError, InputError, MalformedInputError
from pledgewatch.ingest import read_path

DATA = Path(__file__).parent / "data" / "ingest"

PARAGRAPHS = (
    "<p>Österreich wird keine Soldaten in die Ukraine schicken, sagte die Ministerin. "
    "Die Regierung prüft aber, ob das Bundesheer bei der Minenräumung helfen kann.</p>"
    "<p>Eine Entscheidung über die Beteiligung an der Ausbildung fällt im Frühjahr, "
    "hieß es aus dem Ministerium in Wien.</p>"
)

MIN_REALWORLD_ARTICLES = 110
"""Of the 122 real pages, one is empty and a handful are shop or index pages;
110 is the floor the brief set, below the 121 measured."""

MAX_REALWORLD_SECONDS = 60.0
"""Measured: about 4 s for all 122 pages on 2 cores; the bound only catches a
pathological slowdown (a regex gone quadratic), not jitter."""


def page(title: str, body: str, charset: str = "utf-8") -> str:
    return (
        f'<html lang="de-AT"><head><meta charset="{charset}"><title>{title}</title></head>'
        f"<body><nav><a href='/'>Start</a></nav><article>{body}</article></body></html>"
    )


def test_ingest_html_happy_path() -> None:
    [article] = read_path(DATA / "page.html")
    assert article.id == "page"
    assert article.title == "Belgium pledges minehunters for the Black Sea"
    assert article.text.startswith(article.title + "\nBelgium will send two minehunters")
    assert article.text.count(article.title) == 1
    assert article.url == "https://news.example.org/2025/10/belgium-minehunters"
    assert article.outlet == "Example News"
    assert article.published == date(2025, 10, 21)
    assert article.language == "en"
    assert "Privacy policy" not in article.text
    assert "Home" not in article.text


def test_ingest_html_title_line_put_in_front_of_body(tmp_path: Path) -> None:
    path = tmp_path / "wien.html"
    path.write_text(page("Österreich schickt keine Soldaten", PARAGRAPHS), encoding="utf-8")
    [article] = read_path(path)
    assert article.title == "Österreich schickt keine Soldaten"
    assert article.text.startswith("Österreich schickt keine Soldaten\nÖsterreich wird keine")
    assert article.language == "de"


@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1252"])
def test_ingest_html_declared_legacy_charset(tmp_path: Path, charset: str) -> None:
    path = tmp_path / "legacy.htm"
    path.write_bytes(
        page("Minenräumung „ja“, Ausbildung später", PARAGRAPHS, charset).encode("cp1252")
    )
    [article] = read_path(path)
    assert article.title == "Minenräumung „ja“, Ausbildung später"
    assert "hieß es aus dem Ministerium" in article.text
    assert "Ã" not in article.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><script>var pledges = [];</script></body></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
    ],
)
def test_ingest_html_without_text(tmp_path: Path, html: str) -> None:
    path = tmp_path / "blank.html"
    path.write_text(html, encoding="utf-8")
    with pytest.raises(EmptyInputError, match="no article text found in the page"):
        read_path(path)


def test_ingest_html_trafilatura_failure_becomes_malformed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise AssertionError("lxml hiccup")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    path = tmp_path / "x.html"
    path.write_text(page("Title", PARAGRAPHS), encoding="utf-8")
    with pytest.raises(MalformedInputError, match=r"HTML could not be read \(AssertionError\)"):
        read_path(path)


def test_ingest_html_realworld_pages(realworld_html: Path) -> None:
    pages = sorted(path for path in realworld_html.iterdir() if path.is_file())
    assert len(pages) == 122
    read = 0
    failures: dict[str, InputError] = {}
    started = time.perf_counter()
    for path in pages:
        try:
            articles = read_path(path)
        except InputError as error:
            failures[path.name] = error
            continue
        read += 1
        for article in articles:
            assert article.text.strip(), path.name
            assert article.title.strip(), path.name
            assert article.text == article.text.strip()
    elapsed = time.perf_counter() - started
    assert read >= MIN_REALWORLD_ARTICLES, failures
    assert elapsed < MAX_REALWORLD_SECONDS
    empty = [path for path in pages if path.stat().st_size == 0]
    assert empty, "the real-world set has one empty page"
    for path in empty:
        assert isinstance(failures[path.name], EmptyInputError)
        assert failures[path.name].reason == "empty file"


def test_realworld_pages_about_other_things_give_no_commitments(realworld_html: Path) -> None:
    """Off-topic text stays quiet: none of the real pages (none is about
    Ukraine's security) gives a commitment, though their actors are read."""
    from pledgewatch.extract import extract

    found, mentions = [], 0
    for path in sorted(p for p in realworld_html.iterdir() if p.is_file()):
        try:
            articles = read_path(path)
        except InputError:
            continue
        for article in articles:
            result = extract(article)
            mentions += len(result.mentions)
            found += [(path.name, c.actor, c.category.value) for c in result.commitments]
    assert found == []
    assert mentions > 0


@pytest.mark.parametrize(
    "name", ["cdu-fraktion-erfurt.de.waldorfschule.html", "landwirt.com.sensortechnik.html"]
)
def test_ingest_html_realworld_latin1_pages_without_mojibake(
    realworld_html: Path, name: str
) -> None:
    [article] = read_path(realworld_html / name)
    assert not any(mark in article.text for mark in ("Ã¤", "Ã¶", "Ã¼", "ÃŸ", "\ufffd"))
    assert any(letter in article.text for letter in "äöüß")
