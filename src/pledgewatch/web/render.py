"""Rendering the dashboard's pages: one Jinja2 environment, escaping on.

Autoescaping is on for every template, so article text, titles and outlets
always reach the page as text. A link is only drawn for an ``http`` or
``https`` address (:func:`safe_url`); anything else (``javascript:``,
``data:``) is shown as text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse

from pledgewatch.records import Category, HistoryEntry, Status, TrackerRow

STATUS_MARK = {
    Status.COMMITTED: "✓",
    Status.CONDITIONAL: "◐",
    Status.CONSIDERING: "?",
    Status.DECLINED: "✗",
    Status.OPPOSED: "⊘",
}
"""A symbol per status, so that no cell depends on colour alone."""

CATEGORY_LABEL = {
    Category.GROUND_FORCES: "Ground forces",
    Category.AIR_FORCES: "Air forces",
    Category.NAVAL_FORCES: "Naval forces",
    Category.TRAINING: "Training",
    Category.LOGISTICS: "Logistics",
    Category.ISR: "ISR",
    Category.COMMAND_CONTROL: "Command",
    Category.AIR_DEFENSE: "Air defence",
    Category.WEAPONS_EQUIPMENT: "Weapons",
    Category.FINANCING: "Financing",
    Category.SANCTIONS: "Sanctions",
    Category.SECURITY_GUARANTEE: "Guarantee",
}

SAFE_SCHEMES = ("http", "https")


def safe_url(value: str | None) -> str | None:
    """``value`` if it is an http(s) address, else ``None`` (never a link)."""
    if not value:
        return None
    parts = urlsplit(value.strip())
    if parts.scheme.lower() in SAFE_SCHEMES and parts.netloc:
        return value.strip()
    return None


def actor_url(actor_id: str) -> str:
    return "/actors/" + quote(actor_id, safe=":")


def article_url(article_id: str, evidence: tuple[int, int] | None = None) -> str:
    url = "/articles/" + quote(article_id, safe=":")
    return url + (f"#ev-{evidence[0]}-{evidence[1]}" if evidence else "")


def query_url(path: str, params: Mapping[str, Any]) -> str:
    """``path`` with the non-empty ``params`` as its query string."""
    kept = {k: str(v) for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


def day(value: date | None) -> str:
    return value.isoformat() if value else "undated"


def category_label(value: Category | str) -> str:
    return CATEGORY_LABEL.get(Category(value), str(value))


def status_mark(value: Status | str) -> str:
    return STATUS_MARK.get(Status(value), "")


def timeline(rows: Iterable[TrackerRow]) -> list[tuple[HistoryEntry, Category]]:
    """Every report of every row, oldest first; undated reports last."""
    entries = [(entry, row.category) for row in rows for entry in row.history]
    return sorted(
        entries,
        key=lambda e: (e[0].date is None, e[0].date or date.min, e[1].value, e[0].article),
    )


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pledgewatch.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        safe_url=safe_url,
        actor_url=actor_url,
        article_url=article_url,
        day=day,
        category_label=category_label,
        status_mark=status_mark,
        timeline=timeline,
    )
    env.globals.update(
        statuses=list(Status),
        categories=list(Category),
        query_url=query_url,
    )
    return env


def render(
    request: Request,
    template: str,
    context: Mapping[str, Any],
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> HTMLResponse:
    page = environment().get_template(template)
    html = page.render(request_path=request.url.path, **context)
    return HTMLResponse(html, status_code=status, headers=dict(headers or {}))


def render_error(
    request: Request,
    status: int,
    title: str,
    message: str,
    fields: Sequence[Mapping[str, str]] = (),
    headers: Mapping[str, str] | None = None,
) -> HTMLResponse:
    context = {"status": status, "title": title, "message": message, "fields": fields}
    return render(request, "error.html", context, status, headers)
