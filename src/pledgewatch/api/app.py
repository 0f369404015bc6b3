"""The FastAPI app: JSON API, dashboard pages, static files, API docs.

:func:`create_app` opens the store and the knowledge base once; every
request reads through them. Each response carries a Content-Security-Policy
that allows scripts, styles and images from the app itself only, and every
request body is cut off at :data:`MAX_BODY_BYTES`.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import metadata, resources
from pathlib import Path

from fastapi import FastAPI, Request
from starlette.datastructures import MutableHeaders
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import HTMLResponse
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pledgewatch.api import errors, routes
from pledgewatch.api.ingest import MIN_TOKEN_CHARS, TOKEN_ENV
from pledgewatch.errors import UsageError
from pledgewatch.kb import KnowledgeBase, load_kb
from pledgewatch.store import Store
from pledgewatch.web import pages
from pledgewatch.web.render import render

MAX_BODY_BYTES = 8 * 1024 * 1024
"""8 MiB per request body. A batch of a hundred long articles (50 kB each) is
5 MB; a larger load belongs in files and ``pledgewatch ingest``. Reading
stops at this many bytes, whatever the Content-Length says."""

GZIP_MIN_BYTES = 2048
"""Responses from this size on are compressed: the dashboard with its map is
about 250 kB of text, a tracker page tens of kB; below 2 kB it is not worth it."""

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
"""Nothing inline, nothing from elsewhere: injected markup could not run."""

DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
"""The API docs page (Swagger UI) sets inline styles on its own elements."""

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"


class Guard:
    """ASGI middleware: security headers on every response, a body size limit."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = DOCS_CSP if scope["path"] == "/docs" else CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = policy
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
            await send(message)

        declared = MutableHeaders(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            too_large = errors.BodyTooLarge(self.max_body)
            response = errors.error_response(Request(scope), 413, str(too_large.detail))
            await response(scope, receive, send_with_headers)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise errors.BodyTooLarge(self.max_body)
            return message

        await self.app(scope, limited_receive, send_with_headers)


def _version() -> str:
    try:
        return metadata.version("pledgewatch")
    except metadata.PackageNotFoundError:
        return "0"


def _token(token: str | None) -> str | None:
    value = token if token is not None else os.environ.get(TOKEN_ENV)
    if value and len(value) < MIN_TOKEN_CHARS:
        raise UsageError(
            f"the ingest token is too short: use at least {MIN_TOKEN_CHARS} characters"
        )
    return value or None


def create_app(
    store: Store | str | None = None,
    *,
    token: str | None = None,
    kb: KnowledgeBase | None = None,
) -> FastAPI:
    """The app over ``store`` (a Store, a URL, or ``None`` for the default).

    ``token`` guards ``POST /api/ingest`` (default: ``$PLEDGEWATCH_TOKEN``;
    none: ingest over HTTP is off). Reading needs no token.
    """
    secret = _token(token)
    owned = not isinstance(store, Store)
    db = store if isinstance(store, Store) else Store(store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            db.close()

    app = FastAPI(
        title="pledgewatch",
        version=_version(),
        summary="Who commits what to Ukraine's security, with the evidence.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = db
    app.state.kb = kb if kb is not None else load_kb()
    app.state.token = secret
    errors.install(app)
    app.include_router(routes.router)
    app.include_router(pages.router)
    swagger = resources.files("fastapi_offline").joinpath("static")
    app.mount("/static/swagger", StaticFiles(directory=str(swagger)), name="swagger")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return render(request, "docs.html", {})

    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES)
    app.add_middleware(Guard, max_body=MAX_BODY_BYTES)
    return app
