"""HTTP clients whose requests another thread can end at once (quitting while a service hangs).

Closing an httpx client does not wake a thread blocked reading from a socket; shutting the
socket down does. An `Abortable` hands httpcore a network backend that remembers the sockets
it opens, so `abort()` can shut them down: the blocked request fails at once with a transport
error, which the caller already handles as "the service did not answer".
"""

from __future__ import annotations

import contextlib
import socket
import threading
import weakref
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx


class _Aborted(httpcore.ConnectError):
    pass


class _TrackingBackend(httpcore.SyncBackend):
    def __init__(self, owner: Abortable) -> None:
        self._owner = owner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        if self._owner.aborted:
            raise _Aborted("the request was cut off because Photoseek is closing")
        stream = super().connect_tcp(host, port, timeout, local_address, socket_options)
        sock = stream.get_extra_info("socket")
        if isinstance(sock, socket.socket):
            self._owner._track(sock)
        return stream


class Abortable:
    """The sockets of one HTTP client; `abort()` ends every request on them, now and later."""

    def __init__(self) -> None:
        self._sockets: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self._lock = threading.Lock()
        self.aborted = False

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)
        if self.aborted:
            self._shut(sock)

    def abort(self) -> None:
        self.aborted = True
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    def transport(self, **kwargs: Any) -> httpx.HTTPTransport:
        """An httpx transport (same options as `httpx.HTTPTransport`) on tracked sockets."""
        transport = httpx.HTTPTransport(**kwargs)
        # httpx has no public option for httpcore's network backend; the pool takes one.
        pool = transport._pool
        if hasattr(pool, "_network_backend"):
            pool._network_backend = _TrackingBackend(self)
        return transport
