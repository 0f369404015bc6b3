"""The HTTP API and dashboard: ``create_app`` builds the FastAPI app over a
store; ``serve`` runs it (``pledgewatch serve``).

Modules: ``app`` (the app, middleware), ``routes`` (JSON under ``/api``),
``ingest`` (the ingest body and its token), ``shapes`` (JSON shapes beyond
:mod:`pledgewatch.serialize`), ``errors`` (every error response),
``deps`` (store and knowledge base per request), ``server`` (uvicorn).
The pages live in :mod:`pledgewatch.web`.
"""

from pledgewatch.api.app import MAX_BODY_BYTES, create_app
from pledgewatch.api.server import serve

__all__ = ["MAX_BODY_BYTES", "create_app", "serve"]
