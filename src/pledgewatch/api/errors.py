"""Every error the server answers, rendered in one place.

An error is a status and a one-line message, plus the fields at fault for
a request that does not validate. Under ``/api/`` (and for clients that
ask for JSON) the body is::

    {"error": {"status": 422, "title": "Unprocessable Content",
               "message": "invalid request: query.limit: ...",
               "fields": [{"field": "query.limit", "message": "..."}]}}

Dashboard pages get the same message as an HTML page. No traceback is ever
sent: an unexpected failure is logged and answered with a plain 500.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response

from pledgewatch.errors import NotFoundError, PledgewatchError, StoreError, UsageError
from pledgewatch.web.render import render_error

log = logging.getLogger("pledgewatch.api")


class BodyTooLarge(HTTPException):
    """A request body past :data:`pledgewatch.api.app.MAX_BODY_BYTES`.

    An HTTPException, so that FastAPI's body parsing lets it through as is.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than the limit of {limit} bytes")


def wants_json(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_response(
    request: Request,
    status: int,
    message: str,
    fields: Sequence[dict[str, str]] = (),
    headers: Mapping[str, str] | None = None,
) -> Response:
    """The one place an error becomes a response, JSON or HTML."""
    title = HTTPStatus(status).phrase
    if wants_json(request):
        body = {"status": status, "title": title, "message": message, "fields": list(fields)}
        return JSONResponse({"error": body}, status_code=status, headers=dict(headers or {}))
    return render_error(request, status, title, message, fields, headers)


def _field(location: Sequence[Any]) -> str:
    return ".".join(str(part) for part in location)


def _on_validation(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    fields = [{"field": _field(e["loc"]), "message": e["msg"]} for e in error.errors()]
    first = fields[0] if fields else {"field": "request", "message": "invalid"}
    more = f" (and {len(fields) - 1} more)" if len(fields) > 1 else ""
    message = f"invalid request: {first['field']}: {first['message']}{more}"
    return error_response(request, 422, message, fields)


def _on_http(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    message = (
        error.detail if isinstance(error.detail, str) else HTTPStatus(error.status_code).phrase
    )
    if error.status_code == 404 and error.detail == "Not Found":
        message = f"no such page: {request.url.path}"
    return error_response(request, error.status_code, message, headers=error.headers)


def _status_of(error: PledgewatchError) -> int:
    if isinstance(error, NotFoundError):
        return 404
    if isinstance(error, StoreError):
        return 503
    if isinstance(error, UsageError):
        return 400
    return 422


def _on_pledgewatch(request: Request, error: Exception) -> Response:
    assert isinstance(error, PledgewatchError)
    return error_response(request, _status_of(error), str(error))


def _on_unexpected(request: Request, error: Exception) -> Response:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=error)
    return error_response(request, 500, "internal error; the server log has the details")


def install(app: FastAPI) -> None:
    """Route every kind of failure to :func:`error_response`."""
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(HTTPException, _on_http)
    app.add_exception_handler(PledgewatchError, _on_pledgewatch)
    app.add_exception_handler(Exception, _on_unexpected)
