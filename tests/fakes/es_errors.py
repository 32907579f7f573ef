"""Error answers as Elasticsearch renders them, shared by the fake's modules."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from tests.fakes.server import Request


def err(type_: str, reason: str, **extra: Any) -> dict[str, Any]:
    return {"type": type_, "reason": reason, **extra}


def strip_cause(error: Mapping[str, Any]) -> dict[str, Any]:
    """The error as it appears in `root_cause`: without its `caused_by` chain."""
    return {k: v for k, v in error.items() if k != "caused_by"}


class EsError(Exception):
    """An error answer: HTTP status plus the `error` object (or a bare string, as a few APIs
    answer), with the `root_cause` list the server derives from it."""

    def __init__(
        self,
        status: int,
        error: dict[str, Any] | str,
        root_causes: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        with_status: bool = True,
    ) -> None:
        super().__init__(error if isinstance(error, str) else error.get("reason"))
        self.status = status
        self.error = error
        self.root_causes = root_causes
        self.headers = headers or {}
        self.with_status = with_status

    def body(self) -> dict[str, Any]:
        if isinstance(self.error, str):
            if not self.with_status:
                return {"error": self.error}
            return {"error": self.error, "status": self.status}
        roots = self.root_causes or [strip_cause(self.error)]
        return {"error": {"root_cause": roots, **self.error}, "status": self.status}


def bad(reason: str, type_: str = "illegal_argument_exception", **extra: Any) -> EsError:
    return EsError(400, err(type_, reason, **extra))


def status_error(status: int, reason: str) -> EsError:
    """An ElasticsearchStatusException as the REST layer renders it (`status_exception`)."""
    return EsError(status, err("status_exception", reason))


def as_list(v: Any) -> list[Any]:
    if v is None:
        return []
    return list(v) if isinstance(v, list) else [v]


def request_uri(req: Request) -> str:
    """The request URI as the server quotes it in messages: path plus query string."""
    return req.path + (f"?{urlencode(req.query, doseq=True)}" if req.query else "")
