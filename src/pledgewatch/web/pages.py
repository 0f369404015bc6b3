"""The dashboard's pages, server-rendered from the same API functions as
the JSON routes: each page parses its query and calls one function of
:mod:`pledgewatch.pipeline`, then renders a template.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse

from pledgewatch import monitor, pipeline
from pledgewatch.api.deps import KbDep, StoreDep
from pledgewatch.api.routes import (
    DEFAULT_PAGE,
    MAX_QUERY_CHARS,
    FiltersDep,
    Id,
    Limit,
    Offset,
    Since,
)
from pledgewatch.queries import Filters
from pledgewatch.records import Category
from pledgewatch.web import dashboard
from pledgewatch.web.render import render
from pledgewatch.web.worldmap import world_map

router = APIRouter(include_in_schema=False)

SEARCH_PAGE_RESULTS = 50
"""Hits per kind shown on the search page."""

SortKey = Annotated[str, Query(pattern="^(" + "|".join([*dashboard.SORTS, *Category]) + ")$")]


def _params(query: Filters) -> dict[str, object]:
    """The filters as query parameters, for links that keep them."""
    return {
        "category": query.category,
        "status": query.status,
        "outlet": query.outlet,
        "from": query.start,
        "to": query.end,
        "actor": query.actor,
    }


@router.get("/", response_class=HTMLResponse)
def tracker_page(
    request: Request,
    store: StoreDep,
    kb: KbDep,
    query: FiltersDep,
    sort: SortKey = "name",
    map: Category | None = None,
    region: Literal["europe", "world"] = "europe",
) -> HTMLResponse:
    view = pipeline.tracker_view(store, query, kb)
    world = world_map()
    shown = dashboard.map_category(view, map)
    params = _params(query)
    context = {
        "view": view,
        "matrix": dashboard.matrix(view, sort),
        "sort": sort,
        "params": params,
        "map_category": shown,
        "region": region,
        "view_box": world.view_box(region),
        "areas": dashboard.map_areas(view, world, shown),
        "sorts": dashboard.SORTS,
    }
    return render(request, "tracker.html", context)


@router.get("/actors/{actor_id:path}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: Id, store: StoreDep, kb: KbDep) -> HTMLResponse:
    profile = pipeline.actor_profile(actor_id, store, kb)
    return render(request, "actor.html", {"profile": profile})


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request,
    store: StoreDep,
    kb: KbDep,
    query: FiltersDep,
    offset: Offset = 0,
    limit: Limit = DEFAULT_PAGE,
) -> HTMLResponse:
    listing = pipeline.article_listing(store, query, offset, limit, kb)
    return render(request, "articles.html", {"listing": listing})


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: Id, store: StoreDep, kb: KbDep) -> HTMLResponse:
    view = pipeline.article_view(article_id, store, kb)
    anchors: dict[int, list[tuple[int, int]]] = {}
    for c in view.commitments:
        span = (c.evidence.start, c.evidence.end)
        if span not in anchors.setdefault(c.evidence.start, []):
            anchors[c.evidence.start].append(span)
    return render(request, "article.html", {"view": view, "anchors": anchors})


@router.get("/contradictions", response_class=HTMLResponse)
def contradictions_page(
    request: Request,
    store: StoreDep,
    kb: KbDep,
    query: FiltersDep,
    offset: Offset = 0,
    limit: Limit = DEFAULT_PAGE,
) -> HTMLResponse:
    listing = pipeline.contradiction_listing(store, query, kb).window(offset, limit)
    return render(request, "contradictions.html", {"listing": listing, "params": _params(query)})


@router.get("/changes", response_class=HTMLResponse)
def changes_page(
    request: Request,
    store: StoreDep,
    kb: KbDep,
    since: Since = None,
    offset: Offset = 0,
    limit: Limit = DEFAULT_PAGE,
) -> HTMLResponse:
    listing = monitor.change_listing(store, since=since, offset=offset, limit=limit, kb=kb)
    params = {"since": since.isoformat() if since else None}
    return render(request, "changes.html", {"listing": listing, "params": params})


@router.get("/stories", response_class=HTMLResponse)
def stories_page(
    request: Request, store: StoreDep, kb: KbDep, offset: Offset = 0, limit: Limit = DEFAULT_PAGE
) -> HTMLResponse:
    listing = pipeline.story_listing(store, kb).window(offset, limit)
    return render(request, "stories.html", {"listing": listing, "params": {}})


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    store: StoreDep,
    kb: KbDep,
    q: Annotated[str, Query(max_length=MAX_QUERY_CHARS)] = "",
) -> HTMLResponse:
    result = pipeline.search(q, store, SEARCH_PAGE_RESULTS, kb) if q.strip() else None
    return render(request, "search.html", {"q": q, "result": result})
