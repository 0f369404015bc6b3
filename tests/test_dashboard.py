"""The dashboard in a real browser: Debian's chromium, headless, driven by
Playwright, against the app served by uvicorn on loopback.

An analyst's path: open the tracker, filter it, click a state on the map
or a cell of the matrix, reach the evidence, open the article and see the
sentence highlighted. Also: keyboard use, a phone-width screen, escaping
in the browser, and the README's screenshot (``docs/dashboard.png``),
written by :func:`test_dashboard_screenshot_for_the_readme`.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Dialog, Page, ViewportSize, expect, sync_playwright

from pledgewatch import pipeline
from pledgewatch.api import create_app
from tests.conftest import ROOT, free_port, require

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "docs" / "dashboard.png"
TOKEN = "browser-test-token-0123456789"
LAPTOP: ViewportSize = {"width": 1366, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}
START_SECONDS = 30
"""How long the test server may take to accept connections."""


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, sample_corpus: Path) -> Iterator[str]:
    """The app on the sample corpus plus one hostile record, on loopback."""
    url = f"sqlite:///{tmp_path_factory.mktemp('dashboard') / 'dash.db'}"
    assert not pipeline.ingest([sample_corpus / "docs"], url).rejected
    hostile = {
        "id": "hostile",
        "title": "<script>alert(1)</script>",
        "url": "javascript:alert(1)",
        "text": "Norway pledged two minesweepers to Ukraine on Monday.",
    }
    assert pipeline.ingest_records([hostile], url).added == ("hostile",)
    port = free_port()
    config = uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_SECONDS
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "test server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=START_SECONDS)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    require(CHROMIUM.exists(), f"{CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page; any browser console error (a CSP refusal, a bad path) fails the test."""
    context = browser.new_context(viewport=LAPTOP)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: problems.append(str(e)))

    def on_dialog(dialog: Dialog) -> None:
        problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    yield tab
    context.close()
    assert problems == []


def test_dashboard_filter_map_evidence_article(page: Page, base_url: str) -> None:
    """Tracker -> filter -> a state on the map -> its evidence -> the article, highlighted."""
    p = page
    p.goto(base_url + "/")
    expect(p.get_by_role("heading", name="Tracker", exact=True)).to_be_visible()
    p.get_by_label("Category").select_option("ground_forces")
    p.get_by_role("button", name="Apply").click()
    expect(p).to_have_url(re.compile(r"category=ground_forces"))
    headers = p.locator("table.matrix thead th")
    expect(headers).to_have_count(2)
    expect(headers.nth(1)).to_have_text("Ground forces")
    p.locator('svg.map a[data-state="DEU"]').click()
    expect(p).to_have_url(re.compile(r"/actors/DEU#cat-ground_forces$"))
    expect(p.get_by_role("heading", name="Germany", level=1)).to_be_visible()
    section = p.locator("#cat-ground_forces")
    quote = section.locator("blockquote").first
    expect(quote).to_be_visible()
    evidence = quote.inner_text()
    section.locator("figcaption a").first.click()
    expect(p).to_have_url(re.compile(r"/articles/[^#]+#ev-\d+-\d+$"))
    marks = p.locator("article.text mark.ev")
    expect(marks.first).to_be_visible()
    highlighted = "".join(marks.all_text_contents())  # the marks of one quote are adjacent
    assert "".join(evidence.split()) in "".join(highlighted.split())
    target = p.evaluate("location.hash.slice(1)")
    expect(p.locator(f"[id='{target}'] + mark.ev")).to_be_visible()


def test_dashboard_matrix_cell_by_keyboard(page: Page, base_url: str) -> None:
    p = page
    p.goto(base_url + "/?sort=committed")
    p.keyboard.press("Tab")
    expect(p.get_by_role("link", name="Skip to content")).to_be_focused()
    cell = p.locator("table.matrix td.cell a").first
    label = cell.get_attribute("aria-label")
    assert label and re.search(
        r": (committed|conditional|considering|declined|opposed), \d+ ", label
    )
    cell.focus()
    p.keyboard.press("Enter")
    expect(p).to_have_url(re.compile(r"/actors/[^#]+#cat-[a-z_]+$"))
    expect(p.locator("section.category:target blockquote").first).to_be_visible()


def test_dashboard_sort_by_a_column(page: Page, base_url: str) -> None:
    p = page
    p.goto(base_url + "/")
    p.locator("table.matrix thead").get_by_role("link", name="Ground forces").click()
    column = p.locator("table.matrix tbody tr > :nth-child(2)").all_inner_texts()
    ranks = ["committed", "conditional", "considering", "declined", "opposed"]
    seen = [next((i for i, s in enumerate(ranks) if s in text), len(ranks)) for text in column]
    assert seen[0] == 0 and seen == sorted(seen)


def test_dashboard_hostile_title_is_text(page: Page, base_url: str) -> None:
    p = page
    p.goto(base_url + "/articles/hostile")
    heading = p.get_by_role("heading", level=1)
    assert heading.inner_text() == "<script>alert(1)</script>"
    assert p.locator("a[href^='javascript']").count() == 0
    assert "javascript:alert(1)" in p.locator(".lede").inner_text()


def test_dashboard_phone_width_does_not_scroll_sideways(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    try:
        for path in ["/", "/actors/USA", "/articles/s14_patriots_purl_money", "/contradictions"]:
            tab.goto(base_url + path)
            width = tab.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE["width"], path
    finally:
        context.close()


def test_dashboard_screenshot_for_the_readme(page: Page, base_url: str, tmp_path: Path) -> None:
    """The screenshot renders; it replaces the README's only when asked
    (PLEDGEWATCH_UPDATE_SCREENSHOT=1), so a test run leaves the checkout clean."""
    p = page
    p.goto(base_url + "/?sort=committed")
    update = os.environ.get("PLEDGEWATCH_UPDATE_SCREENSHOT") == "1"
    target = SCREENSHOT if update else tmp_path / "dashboard.png"
    target.parent.mkdir(exist_ok=True)
    p.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_dashboard_api_docs_work_offline(page: Page, base_url: str) -> None:
    """Swagger UI from the app's own files, under the CSP, with no console error."""
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(base_url + "/docs")
    expect(page.get_by_text("/api/tracker", exact=True)).to_be_visible()
    assert requested and all(
        url.startswith(base_url) or url.startswith("data:") for url in requested
    )


def test_dashboard_what_changed_leads_to_the_evidence(page: Page, base_url: str) -> None:
    """The menu's "What changed" -> the newest change -> its sentence, highlighted."""
    p = page
    p.goto(base_url + "/")
    p.get_by_role("link", name="What changed").click()
    expect(p.get_by_role("heading", name="What changed", level=1)).to_be_visible()
    change = p.locator("li.change-new").first
    evidence = change.locator(".change-evidence q").inner_text()
    change.locator(".change-evidence a").click()
    expect(p).to_have_url(re.compile(r"/articles/[^#]+#ev-\d+-\d+$"))
    marks = p.locator("article.text mark.ev")
    expect(marks.first).to_be_visible()
    highlighted = "".join(marks.all_text_contents())
    assert "".join(evidence.split()) in "".join(highlighted.split())
