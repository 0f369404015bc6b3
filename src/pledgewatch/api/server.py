"""``pledgewatch serve``: the app on uvicorn, on loopback unless told otherwise."""

from __future__ import annotations

import gc
import socket
import sys

import uvicorn

from pledgewatch.api.app import create_app
from pledgewatch.errors import UsageError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _check_free(host: str, port: int) -> None:
    """Fail in one line, before anything loads, when the address cannot be bound."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise UsageError(f"cannot listen on {host}:{port}: {error.strerror}") from None
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            raise UsageError(f"cannot listen on {host}:{port}: {error.strerror}") from None


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API and the dashboard until interrupted."""
    _check_free(host, port)
    app = create_app(db)
    # The app, the knowledge base and the libraries live as long as the server:
    # kept out of every garbage collection, a full collection no longer walks
    # them (it paused requests for 100-200 ms, about once in fifty tracker reads).
    gc.freeze()
    if host not in LOOPBACK:
        print(
            f"warning: listening on {host}: anyone who can reach it can read the tracker",
            file=sys.stderr,
        )
    uvicorn.run(app, host=host, port=port, log_level="info")
