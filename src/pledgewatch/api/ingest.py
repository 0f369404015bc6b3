"""``POST /api/ingest``: the request body and the token that guards it.

The body is one article record, a JSON array of records, or an object
``{"articles": [...]}``: the record format of JSON files (``text``
required; ``id``, ``title``, ``url``, ``outlet``, ``published``,
``language`` optional). The token comes from ``create_app(token=...)`` or
the ``PLEDGEWATCH_TOKEN`` environment variable and is sent as
``Authorization: Bearer <token>``. Without a configured token, ingest over
HTTP is off.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import Body, Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from pledgewatch.ingest.limits import MAX_TEXT_CHARS

TOKEN_ENV = "PLEDGEWATCH_TOKEN"

MIN_TOKEN_CHARS = 16
"""Shortest token accepted in configuration: 16 random characters are beyond
guessing over HTTP; a short word is not."""

MAX_BATCH = 1000
"""Records per request at most; a larger load belongs in files and
``pledgewatch ingest``, which shows progress and can be resumed."""

MAX_FIELD_CHARS = 2000
"""Longest title, url, outlet, date or language string: far past real metadata."""


class ArticleIn(BaseModel):
    """One article, as in a JSON file of records."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    id: str | int | None = Field(default=None, description="Stable id; default: from the text")
    title: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    url: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    outlet: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    published: str | None = Field(
        default=None,
        max_length=MAX_FIELD_CHARS,
        description="A date (2025-09-04, 4 September 2025); one we cannot read counts as missing",
    )
    language: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)


Records = Annotated[list[ArticleIn], Field(min_length=1, max_length=MAX_BATCH)]


class Batch(BaseModel):
    articles: Records


def _shape(value: Any) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, Batch) or (
        isinstance(value, dict) and "articles" in value and "text" not in value
    ):
        return "batch"
    return "article"


Submission = Annotated[
    Annotated[ArticleIn, Tag("article")]
    | Annotated[Records, Tag("list")]
    | Annotated[Batch, Tag("batch")],
    Discriminator(_shape),
    Body(),
]


def records(body: ArticleIn | Batch | list[ArticleIn]) -> list[dict[str, object]]:
    """The submitted records as plain data, without the fields not given."""
    if isinstance(body, ArticleIn):
        items = [body]
    elif isinstance(body, Batch):
        items = body.articles
    else:
        items = body
    return [item.model_dump(exclude_none=True) for item in items]


bearer = HTTPBearer(auto_error=False, description=f"The token set in {TOKEN_ENV}")


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """401 without a bearer token, 403 with a wrong one or none configured."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(403, f"ingest over HTTP is off: start the server with {TOKEN_ENV} set")
    if credentials is None:
        raise HTTPException(
            401,
            "a token is required: send 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise HTTPException(403, "the token is not valid")
