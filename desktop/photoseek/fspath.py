"""File names that are not valid UTF-8: kept losslessly, shown readably, opened by their bytes.

On POSIX a file name is bytes. Python decodes it with `surrogateescape`: every byte that is not
part of valid UTF-8 becomes a lone surrogate (U+DC80–U+DCFF), and `open()` / `os.stat()` turn
it back into the same byte, so inside the app a path is always a `str` that opens the right
file. Such a str cannot leave the process as UTF-8 text, though, so every boundary has its
own form:

- the catalog (SQLite): text when the name is valid UTF-8, else the raw bytes as a BLOB
  (`to_db` / `from_db`) — lossless, and a UTF-8 name is stored exactly as before;
- JSON documents (the Elasticsearch `paths` field): valid UTF-8 unchanged; otherwise each
  undecodable byte is written as NUL followed by two hex digits, e.g. `bad_\\u0000ff.jpg`
  (`to_wire` / `from_wire`). A real path never contains NUL, so this is reversible, and it
  keeps prefixes (folder filters are prefixes of paths);
- people (CLI lines and JSON, the GUI, logs): `display_path`, U+FFFD for each bad byte.
"""

from __future__ import annotations

import os
import re

_REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
_WIRE_ESCAPE = re.compile("\x00(u[0-9a-f]{4}|[0-9a-f]{2})")


def is_clean(text: str) -> bool:
    """True if `text` encodes as UTF-8 (no lone surrogates): the overwhelmingly common case."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def clean_text(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (safe for UTF-8, JSON, Qt)."""
    return text if is_clean(text) else _SURROGATE.sub(_REPLACEMENT, text)


def display_path(path: str | bytes | os.PathLike[str]) -> str:
    """A path as a person sees it: undecodable bytes shown as U+FFFD. Never for opening."""
    return clean_text(os.fsdecode(path))


def to_db(path: str) -> str | bytes:
    """The catalog's form of a path: text, or the raw bytes when the name is not UTF-8."""
    return path if is_clean(path) else os.fsencode(path)


def from_db(value: str | bytes) -> str:
    """A path read from the catalog back into the str that opens the file."""
    return os.fsdecode(value) if isinstance(value, bytes) else value


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the byte code - 0xDC00
        return f"\x00{code - 0xDC00:02x}"
    return f"\x00u{code:04x}"  # any other lone surrogate (a Windows name)


def _unescape(match: re.Match[str]) -> str:
    token = match.group(1)
    if token[0] == "u":
        return chr(int(token[1:], 16))
    return chr(0xDC00 + int(token, 16))


def to_wire(path: str) -> str:
    """A path as valid UTF-8 for a JSON document, reversible with `from_wire`."""
    return path if is_clean(path) else _SURROGATE.sub(_escape, path)


def from_wire(text: str) -> str:
    """The path a `to_wire` string stands for (unchanged when it has no escapes)."""
    return _WIRE_ESCAPE.sub(_unescape, text) if "\x00" in text else text
