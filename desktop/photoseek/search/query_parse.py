"""Typed filters and exclusions in the search text, for the keyboard user.

    red flowers folder:Holidays after:2023-05 before:2024 camera:"Canon EOS 40D" -people

* `folder:NAME` — photos under a folder of that name (any depth; or a full path).
* `after:DATE` — taken on or after the start of DATE; `before:DATE` — taken before the start
  of DATE; `date:DATE` — taken within DATE. DATE is `2023`, `2023-05` or `2023-05-31`
  (`/` and `.` work as separators too). So `after:2023-05` includes May 2023 and
  `before:2024` ends on 31 December 2023.
* `camera:NAME` — photos from that camera (quote a name with spaces).
* `has:location` (or `has:gps`) — photos with a GPS position; `-has:location` — without one.
* `-word` or `-"two words"` — leave out photos that look like it.

Everything else is the text the model reads. Parsing is pure (no catalog); the search engine
resolves folder and camera names against the library.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

FILTER_KEYS = ("folder", "after", "before", "date", "camera", "has")
LOCATION_WORDS = ("location", "gps", "place")

_DATE = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")

# Words that say nothing about a file's name (left out of the keyword ranking only; the model
# still reads them).
_STOPWORDS_TEXT = """
    a an the of in on at to with and or for by from my our photo photos picture
    pictures image images pic pics de del la las el los le les des du un une et en y
    con una unos und der die das mit im am von ein eine di il lo gli e da do dos das
    no na em um
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


class QueryError(ValueError):
    """A typed filter that cannot be understood; the message is one sentence."""


@dataclass(frozen=True)
class Chip:
    """A typed filter as the search bar shows it: what it is and the value as typed."""

    key: str  # folder | after | before | date | camera | has | exclude
    value: str
    negated: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # what the model reads
    exclude: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()  # names or paths, as typed
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive
    camera: str | None = None
    has_location: bool | None = None
    chips: tuple[Chip, ...] = field(default_factory=tuple)

    @property
    def has_filters(self) -> bool:
        return bool(
            self.folders
            or self.date_from
            or self.date_to
            or self.camera
            or self.has_location is not None
        )


def _tokens(text: str) -> list[tuple[bool, str | None, str, bool]]:
    """(negated, key, value, quoted) for each token; a quote may follow `key:` or `-`."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated = text[i] == "-" and i + 1 < n and not text[i + 1].isspace()
        if negated:
            i += 1
        key = None
        m = re.match(r"([A-Za-z]+):(?=\S)", text[i:])
        if m and m.group(1).lower() in FILTER_KEYS:
            key = m.group(1).lower()
            i += m.end()
        if i < n and text[i] == '"':
            end = text.find('"', i + 1)
            end = n if end < 0 else end
            out.append((negated, key, text[i + 1 : end], True))
            i = end + 1
        else:
            end = i
            while end < n and not text[end].isspace():
                end += 1
            out.append((negated, key, text[i:end], False))
            i = end
    return out


def period(text: str) -> tuple[date, date]:
    """The first and last day of `2023`, `2023-05` or `2023-05-31`."""
    m = _DATE.match(text.strip())
    if not m:
        raise QueryError(f"{text!r} is not a date like 2023, 2023-05 or 2023-05-31.")
    year = int(m.group(1))
    try:
        if m.group(3):
            d = date(year, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            month = int(m.group(2))
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise QueryError(f"{text!r} is not a date like 2023, 2023-05 or 2023-05-31.") from None


def parse_query(text: str) -> ParsedQuery:
    """Split the search text into the words for the model, exclusions and typed filters."""
    words: list[str] = []
    exclude: list[str] = []
    folders: list[str] = []
    chips: list[Chip] = []
    lo: date | None = None
    hi: date | None = None
    camera: str | None = None
    has_location: bool | None = None
    for negated, key, value, quoted in _tokens(text):
        value = value.strip()
        if not value:
            continue
        if key is None:
            if negated:
                exclude.append(value)
                chips.append(Chip("exclude", value, True))
            else:
                words.append(f'"{value}"' if quoted and " " in value else value)
            continue
        if key == "folder":
            folders.append(value)
        elif key in ("after", "before", "date"):
            first, last = period(value)
            if key == "after":
                lo = first if lo is None else max(lo, first)
            elif key == "before":
                end = first - timedelta(days=1)
                hi = end if hi is None else min(hi, end)
            else:
                lo = first if lo is None else max(lo, first)
                hi = last if hi is None else min(hi, last)
        elif key == "camera":
            camera = value
        elif key == "has":
            if value.lower() not in LOCATION_WORDS:
                raise QueryError(f"has:{value} is not known; has:location is.")
            has_location = not negated
        chips.append(Chip(key, value, negated and key == "has"))
    if lo is not None and hi is not None and lo > hi:
        raise QueryError(
            f"The dates leave nothing: from {lo.isoformat()} to {hi.isoformat()} is empty."
        )
    return ParsedQuery(
        text=" ".join(words),
        exclude=tuple(exclude),
        folders=tuple(folders),
        date_from=lo.isoformat() if lo else None,
        date_to=hi.isoformat() if hi else None,
        camera=camera,
        has_location=has_location,
        chips=tuple(chips),
    )


def fold(text: str) -> str:
    """Lower case without accents, for comparing names ("París" = "paris")."""
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in nfkd if not unicodedata.combining(ch)).casefold()


def keyword_tokens(text: str) -> list[str]:
    """The words of a query that can match file, folder and camera names."""
    out = []
    for token in re.findall(r"[^\W_]+", fold(text)):
        if token in STOPWORDS or (len(token) < 2 and not token.isdigit()):
            continue
        if token not in out:
            out.append(token)
    return out
