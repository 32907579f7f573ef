"""Keep messages short and free of secrets: user input is clipped, URL credentials removed."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

MAX_ECHO = 80  # characters of user input a message repeats


def clip(text: str, limit: int = MAX_ECHO) -> str:
    """At most `limit` characters of `text`, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def redact_url(url: str) -> str:
    """The URL without its user name and password (`https://***@host/…`)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return _USERINFO.sub(r"\1***@", url)
    if not (parts.username or parts.password):
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"***@{host}", parts.path, parts.query, parts.fragment))


_USERINFO = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\s]+@")


def redact_text(text: str) -> str:
    """Every `scheme://user:pass@` in free text (an exception message, a log line) masked."""
    return _USERINFO.sub(r"\1***@", text)
