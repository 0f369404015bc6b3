"""The JSON API under ``/api``: each route parses its input and calls one
function of :mod:`pledgewatch.pipeline`; the shapes are DESIGN.md's, from
:mod:`pledgewatch.serialize` (extended in :mod:`pledgewatch.api.shapes`).

Lists come back as JSON arrays, as from the CLI; a paged list tells its
total in ``X-Total-Count`` and the next page in a ``Link`` header.
"""

from __future__ import annotations

import io
import json
import threading
from dataclasses import replace
from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BeforeValidator
from starlette.responses import JSONResponse, Response

from pledgewatch import monitor, pipeline, serialize
from pledgewatch.api import shapes
from pledgewatch.api.deps import KbDep, StoreDep
from pledgewatch.api.ingest import Submission, records, require_token
from pledgewatch.exports import write_csv
from pledgewatch.queries import Filters
from pledgewatch.records import Category, Status, TrackerRow
from pledgewatch.store import Store

router = APIRouter(prefix="/api", tags=["tracker"])

DEFAULT_PAGE = 100
"""Items per page when none is asked for: a screenful of commitments."""

MAX_PAGE = 1000
"""The most items one page may hold; larger exports go through
``pledgewatch export`` or ``/api/tracker?format=csv``."""

MAX_SEARCH_RESULTS = 100
"""Search hits returned at most, per kind (articles, evidence)."""

MAX_QUERY_CHARS = 200
"""Longest search query accepted: a sentence, well past any real search."""

MAX_ID_CHARS = 512
"""Longest actor or article id (the store's id column)."""

FULL_HELP = (
    "Every source and report of each row, not only the latest "
    "(at 100,000 articles, tens of megabytes)"
)


def _blank_is_none(value: object) -> object:
    """An empty form field (``?category=&from=``) means no filter."""
    return None if value == "" else value


Blank = BeforeValidator(_blank_is_none)


def filters(
    actor: Annotated[str | None, Query(max_length=MAX_ID_CHARS, description="Actor id")] = None,
    category: Annotated[Category | None, Blank] = None,
    status: Annotated[Status | None, Blank] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    start: Annotated[
        date | None, Blank, Query(alias="from", description="Published on or after (YYYY-MM-DD)")
    ] = None,
    end: Annotated[
        date | None, Blank, Query(alias="to", description="Published on or before (YYYY-MM-DD)")
    ] = None,
) -> Filters:
    if start and end and start > end:
        problem = {"type": "value_error", "loc": ("query", "to"), "input": str(end)}
        raise RequestValidationError([{**problem, "msg": f"is before from ({start})"}])
    return Filters(actor or None, category, status, outlet or None, start, end)


FiltersDep = Annotated[Filters, Depends(filters)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Id = Annotated[str, Path(max_length=MAX_ID_CHARS)]


def _paged(request: Request, items: list[Any], total: int, offset: int, limit: int) -> Response:
    headers = {"X-Total-Count": str(total)}
    if offset + limit < total:
        following = request.url.include_query_params(offset=offset + limit, limit=limit)
        headers["Link"] = f'<{following}>; rel="next"'
    return JSONResponse(items, headers=headers)


JSON = "application/json"

TRACKER_BODIES = 16
"""Digest tracker responses kept per process, by store and filters: the last
body of each (about 450 kB at 432 rows; complete rows are never kept)."""

_bodies: dict[tuple[int, Filters], tuple[tuple[TrackerRow, ...], bytes]] = {}
_bodies_lock = threading.Lock()


def _tracker_json(store: Store, query: Filters, rows: tuple[TrackerRow, ...]) -> bytes:
    """``rows`` as JSON, as JSONResponse writes it; made again only when the
    rows differ from those this store and these filters last gave."""
    slot = (id(store), query)
    memo = _bodies.get(slot)
    if memo is not None and memo[0] == rows:
        return memo[1]
    items = [serialize.tracker_row(r) for r in rows]
    body = json.dumps(items, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()
    with _bodies_lock:
        if slot not in _bodies and len(_bodies) >= TRACKER_BODIES:
            del _bodies[next(iter(_bodies))]
        _bodies[slot] = (rows, body)
    return body


@router.get("/tracker", summary="Tracker rows, built from the reports that pass the filters")
def tracker(
    store: StoreDep,
    kb: KbDep,
    query: FiltersDep,
    format: Literal["json", "csv"] = "json",
    full: Annotated[bool, Query(description=FULL_HELP)] = False,
) -> Response:
    """Each row with its latest sources and reports and the ``totals`` of
    each list (``complete`` when nothing was left out); ``full=true`` and
    the CSV export give every source and report."""
    view = pipeline.tracker_view(store, replace(query, complete=full or format == "csv"), kb)
    if format == "json" and not full:
        return Response(_tracker_json(store, view.filters, view.rows), media_type=JSON)
    rows = [serialize.tracker_row(r) for r in view.rows]
    if format == "json":
        return JSONResponse(rows)
    buffer = io.StringIO()
    write_csv(buffer, rows)
    disposition = 'attachment; filename="pledgewatch-tracker.csv"'
    return Response(
        buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": disposition},
    )


@router.get("/commitments", summary="Commitments with their evidence, paged")
def commitments(
    request: Request,
    store: StoreDep,
    kb: KbDep,
    query: FiltersDep,
    offset: Offset = 0,
    limit: Limit = DEFAULT_PAGE,
) -> Response:
    page = pipeline.commitment_listing(store, query, offset, limit, kb)
    items = [serialize.commitment(c) for c in page.items]
    return _paged(request, items, page.total, offset, limit)


@router.get(
    "/contradictions", summary="Conflicting statuses with the evidence for each side, paged"
)
def contradictions(
    request: Request,
    store: StoreDep,
    kb: KbDep,
    query: FiltersDep,
    offset: Offset = 0,
    limit: Limit = DEFAULT_PAGE,
) -> Response:
    page = pipeline.contradiction_listing(store, query, kb).window(offset, limit)
    items = [serialize.contradiction(c) for c in page.items]
    return _paged(request, items, page.total, offset, limit)


@router.get("/stories", summary="Groups of articles that carry the same story, paged")
def stories(
    request: Request, store: StoreDep, kb: KbDep, offset: Offset = 0, limit: Limit = DEFAULT_PAGE
) -> Response:
    page = pipeline.story_listing(store, kb).window(offset, limit)
    items = [serialize.story(s) for s in page.items]
    return _paged(request, items, page.total, offset, limit)


Since = Annotated[
    datetime | None,
    Blank,
    Query(description="Recorded on or after (YYYY-MM-DD or an ISO 8601 time; UTC)"),
]


@router.get("/changes", summary="Changes to the tracker, newest first, paged")
def changes(
    request: Request,
    store: StoreDep,
    kb: KbDep,
    since: Since = None,
    offset: Offset = 0,
    limit: Limit = DEFAULT_PAGE,
) -> Response:
    """New actor × category rows, status changes (old and new status, with
    the evidence) and new contradictions, as ``pledgewatch changes`` lists them."""
    page = monitor.change_listing(store, since=since, offset=offset, limit=limit, kb=kb)
    items = [serialize.change(c) for c in page.items]
    return _paged(request, items, page.total, offset, limit)


@router.get("/actors", summary="Actors mentioned or committing, with counts")
def actors(store: StoreDep, kb: KbDep) -> list[dict[str, Any]]:
    return [shapes.actor_summary(s) for s in pipeline.actor_listing(store, kb).items]


@router.get("/actors/{actor_id:path}", summary="One actor: tracker rows, commitments")
def actor(actor_id: Id, store: StoreDep, kb: KbDep) -> dict[str, Any]:
    return shapes.actor_profile(pipeline.actor_profile(actor_id, store, kb))


@router.get("/articles", summary="Stored articles with the actors each mentions, paged")
def articles(
    request: Request,
    store: StoreDep,
    kb: KbDep,
    query: FiltersDep,
    offset: Offset = 0,
    limit: Limit = DEFAULT_PAGE,
) -> Response:
    page = pipeline.article_listing(store, query, offset, limit, kb)
    items = [serialize.article(s) for s in page.items]
    return _paged(request, items, page.total, offset, limit)


@router.get(
    "/articles/{article_id:path}",
    summary="One article: text, actor mentions, commitments and their spans",
)
def article(article_id: Id, store: StoreDep, kb: KbDep) -> dict[str, Any]:
    return shapes.article_view(pipeline.article_view(article_id, store, kb))


@router.get("/search", summary="Articles and evidence holding every word of q")
def search(
    store: StoreDep,
    kb: KbDep,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS)],
    limit: Annotated[int, Query(ge=1, le=MAX_SEARCH_RESULTS)] = 20,
) -> dict[str, Any]:
    return shapes.search_result(pipeline.search(q, store, limit, kb))


@router.post(
    "/ingest",
    summary="Ingest one article or a batch (needs the token)",
    dependencies=[Depends(require_token)],
    tags=["ingest"],
)
def ingest(body: Submission, store: StoreDep) -> dict[str, Any]:
    report = pipeline.ingest_records(records(body), store)
    return shapes.ingest_report(report)
