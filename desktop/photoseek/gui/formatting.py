"""Human formatting shared by the GUI: sizes, durations, rates and counts.

Plain functions over plain numbers. The only Qt they touch is QtCore's translation and
locale support, so every string can be translated and numbers follow the user's locale.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale

# `translate("context", "text")` with literals, so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate


def format_count(n: int) -> str:
    """1234567 → "1,234,567" (with the locale's group separator)."""
    return QLocale().toString(int(n))


def format_decimal(x: float, digits: int = 1) -> str:
    return QLocale().toString(float(x), "f", digits)


def format_bytes(n: float) -> str:
    """Decimal units, as desktop file managers show them: 512 B, 4.1 kB, 2.5 MB, 1.2 GB."""
    n = max(0.0, float(n))
    if n < 1000:
        return translate("formatting", "{n} B").format(n=format_count(round(n)))
    units = (
        translate("formatting", "{n} kB"),
        translate("formatting", "{n} MB"),
        translate("formatting", "{n} GB"),
        translate("formatting", "{n} TB"),
    )
    value = n
    for unit in units:
        value /= 1000
        if value < 1000 or unit is units[-1]:
            digits = 0 if value >= 100 else 1
            return unit.format(n=format_decimal(value, digits))
    raise AssertionError("unreachable")  # pragma: no cover


def format_duration(seconds: float | None) -> str:
    """An ETA or elapsed time: "45 s", "2 min 10 s", "1 h 5 min"; "" when unknown."""
    if seconds is None or not math.isfinite(seconds) or seconds < 0:
        return ""
    s = round(seconds)
    if s < 1:
        return translate("formatting", "less than a second")
    if s < 60:
        return translate("formatting", "{s} s").format(s=s)
    if s < 3600:
        m, s = divmod(s, 60)
        if s:
            return translate("formatting", "{m} min {s} s").format(m=m, s=s)
        return translate("formatting", "{m} min").format(m=m)
    if s < 86400:
        h, rem = divmod(s, 3600)
        m = rem // 60
        if m:
            return translate("formatting", "{h} h {m} min").format(h=h, m=m)
        return translate("formatting", "{h} h").format(h=h)
    d, rem = divmod(s, 86400)
    h = rem // 3600
    if h:
        return translate("formatting", "{d} d {h} h").format(d=d, h=h)
    return translate("formatting", "{d} d").format(d=d)


def format_rate(per_second: float) -> str:
    """Indexing speed: "12.3 photos/s"; slower than one a second reads as photos a minute."""
    if per_second <= 0 or not math.isfinite(per_second):
        return ""
    if per_second < 1:
        return translate("formatting", "{n} photos/min").format(n=format_decimal(per_second * 60))
    return translate("formatting", "{n} photos/s").format(n=format_decimal(per_second))


def format_photos(n: int) -> str:
    """ "1 photo", "1,234 photos"."""
    if n == 1:
        return translate("formatting", "1 photo")
    return translate("formatting", "{n} photos").format(n=format_count(n))
