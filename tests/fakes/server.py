"""A small threaded loopback HTTP server that the fakes build on.

It gives every fake the same plumbing: start/stop in a background thread, a request log
the tests can read, and fault injection (latency, queued status answers, dropped
connections, a gate that holds requests until the test releases it).
"""

from __future__ import annotations

import contextlib
import json
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    # Slow or cut answers: `stream(wfile)` writes the body itself after headers announcing
    # `length` bytes; raising OSError from it drops the connection there.
    stream: Callable[[Any], None] | None = None
    length: int | None = None

    @classmethod
    def json(cls, status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
        h = {"Content-Type": "application/json"}
        h.update(headers or {})
        return cls(status, json.dumps(payload).encode(), h)


@dataclass
class Fault:
    """One injected answer. `status=None` with `drop=True` closes the connection unanswered."""

    status: int | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False
    delay: float = 0.0


@dataclass
class LogEntry:
    request: Request
    status: int | None = None
    delivered: bool = False  # the whole answer was written to the socket
    response_body: bytes = b""
    started: float = 0.0
    finished: float = 0.0


class FakeServer:
    """Subclasses implement `handle(request) -> Response`."""

    def __init__(self) -> None:
        self.log: list[LogEntry] = []
        self.latency = 0.0
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._gate = threading.Event()
        self._gate.set()
        self.waiting = 0  # requests held at the gate right now
        self._held: list[LogEntry] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._scheme = "http"
        self._thread: threading.Thread | None = None
        self.fault_filter: Callable[[Request], bool] = lambda _r: True

    # -- lifecycle -------------------------------------------------------------------------
    def start(self, ssl_context: ssl.SSLContext | None = None) -> FakeServer:
        """Listen on a loopback port; with `ssl_context` (server side), speak HTTPS."""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes; with Nagle on, each answer would wait
            # ~40 ms for the client's delayed ACK.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def _serve(self) -> None:
                fake._dispatch(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._scheme = "http"
        if ssl_context is not None:
            # A failed handshake (the client distrusts the certificate) raises in accept(),
            # which socketserver treats as a dropped connection.
            self._httpd.socket = ssl_context.wrap_socket(self._httpd.socket, server_side=True)
            self._scheme = "https"
        # A short poll interval makes stop() quick (it waits for the next poll).
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._gate.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"{self._scheme}://127.0.0.1:{self.port}"

    # -- fault injection -------------------------------------------------------------------
    def inject(self, *faults: Fault) -> None:
        """Answer the next requests (that pass `fault_filter`) with these faults, in order."""
        with self._lock:
            self._faults.extend(faults)

    def clear_faults(self) -> None:
        """Forget the injected answers not used yet."""
        with self._lock:
            self._faults.clear()

    def hold(self) -> None:
        """Hold every new request at the gate until `release()`."""
        self._gate.clear()

    def release(self) -> None:
        self._gate.set()

    def held(self) -> list[LogEntry]:
        """Requests waiting at the gate right now."""
        with self._lock:
            return list(self._held)

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if predicate():
                return True
            time.sleep(0.01)
        return predicate()

    # -- plumbing --------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:  # pragma: no cover - abstract
        raise NotImplementedError

    def _dispatch(self, h: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        req = Request(
            method=h.command,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in h.headers.items()},
            body=body,
        )
        entry = LogEntry(req, started=time.monotonic())
        with self._lock:
            self.log.append(entry)
            self.waiting += 1
            self._held.append(entry)
        self._gate.wait()
        with self._lock:
            self.waiting -= 1
            self._held.remove(entry)
            fault = self._faults.pop(0) if self._faults and self.fault_filter(req) else None
        delay = self.latency + (fault.delay if fault else 0.0)
        if delay:
            time.sleep(delay)
        if fault is not None and fault.drop:
            h.close_connection = True
            with contextlib.suppress(OSError):
                h.connection.shutdown(2)
            entry.finished = time.monotonic()
            return
        if fault is not None and fault.status is not None:
            body_bytes = (
                fault.body
                if isinstance(fault.body, bytes)
                else json.dumps(fault.body if fault.body is not None else {}).encode()
            )
            headers = {"Content-Type": "application/json", **fault.headers}
            resp = self.decorate(req, Response(fault.status, body_bytes, headers))
        else:
            try:
                resp = self.handle(req)
            except Exception as exc:  # a bug in the fake must be visible, not a hang
                resp = Response.json(500, {"error": f"fake server bug: {exc!r}"})
        entry.status = resp.status
        entry.response_body = resp.body
        try:
            server = next((v for k, v in resp.headers.items() if k.lower() == "server"), None)
            # A gateway's page says "nginx", not BaseHTTP's banner (the handler outlives one
            # answer on a kept-alive connection: undo it for the next one).
            if server is not None:
                h.version_string = lambda: server  # type: ignore[method-assign]
            else:
                vars(h).pop("version_string", None)
            h.send_response(resp.status)
            for k, v in resp.headers.items():
                if k.lower() != "server":
                    h.send_header(k, v)
            length = len(resp.body) if resp.length is None else resp.length
            h.send_header("Content-Length", str(length))
            h.end_headers()
            if req.method != "HEAD":
                if resp.stream is not None:
                    resp.stream(h.wfile)
                else:
                    h.wfile.write(resp.body)
            h.wfile.flush()
            entry.delivered = True
        except OSError:
            entry.delivered = False
            h.close_connection = True  # the answer is incomplete: the connection cannot go on
            with contextlib.suppress(OSError):
                h.connection.shutdown(2)
        entry.finished = time.monotonic()

    def decorate(self, request: Request, response: Response) -> Response:
        """Hook for headers every answer carries (e.g. Elasticsearch's product header)."""
        return response
