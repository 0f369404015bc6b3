"""A local web site for the fetch and watch tests, on 127.0.0.1 only.

Routes are set per test (and changed between rounds): a body with its
headers, an ETag or Last-Modified answered with 304, a delay before the
answer, a body sent in slow pieces, a redirect. Every request is logged
(method, path, headers), and POSTed bodies are kept (the webhook).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering."""
    trickle: float = 0.0
    """Seconds between pieces of the body (sent without a Content-Length)."""
    length: bool = True
    """Send Content-Length (else the body is chunked)."""


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Site:
    """Routes by path, the request log, and the server's base URL."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[Request] = []
        self.lock = threading.Lock()
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path

    def set(self, path: str, body: str | bytes = b"", **options: object) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **options)  # type: ignore[arg-type]

    def requests(self, path: str | None = None, method: str | None = None) -> list[Request]:
        with self.lock:
            return [
                r
                for r in self.log
                if (path is None or r.path == path) and (method is None or r.method == method)
            ]

    def posted(self, path: str) -> list[bytes]:
        return [r.body for r in self.requests(path, "POST")]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go in two writes: no 40 ms stall

        def log_message(self, format: str, *args: object) -> None:  # quiet
            return

        def _record(self, body: bytes = b"") -> None:
            with site.lock:
                site.log.append(Request(self.command, self.path, dict(self.headers), body))

        def do_POST(self) -> None:
            size = int(self.headers.get("content-length") or 0)
            self._record(self.rfile.read(size))
            route = site.routes.get(self.path, Route(b"ok", content_type="text/plain"))
            self._send(route)

        def do_GET(self) -> None:
            self._record()
            route = site.routes.get(self.path)
            if route is None:
                self._send(Route(b"not found", status=404, content_type="text/plain"))
                return
            if route.delay:
                time.sleep(route.delay)
            if route.status == 200 and (
                (route.etag and self.headers.get("if-none-match") == route.etag)
                or (
                    route.last_modified
                    and self.headers.get("if-modified-since") == route.last_modified
                )
            ):
                self._send(Route(status=304, etag=route.etag, last_modified=route.last_modified))
                return
            self._send(route)

        def _send(self, route: Route) -> None:
            self.send_response(route.status)
            if route.status != 304:
                self.send_header("Content-Type", route.content_type)
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.status == 304:
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if route.length and not route.trickle:
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
                return
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            step = max(1, len(route.body) // 20) if route.trickle else 64 * 1024
            try:
                for start in range(0, len(route.body), step):
                    piece = route.body[start : start + step]
                    self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                    self.wfile.flush()
                    if route.trickle:
                        time.sleep(route.trickle)
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (the size limit, the deadline)

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        return  # a client that hangs up early (the size limit, a timeout) is expected


@contextmanager
def serving() -> Iterator[Site]:
    """A Site served on 127.0.0.1 (a free port) for the duration of the block."""
    site = Site()
    server = _Server(("127.0.0.1", 0), _handler(site))
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
