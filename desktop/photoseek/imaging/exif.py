"""What a photo's EXIF says: orientation, capture time, camera, GPS position.

Everything here reads untrusted bytes, so each field is parsed on its own and any failure
leaves just that field unknown: broken EXIF never costs the photo, nor the other fields.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PIL import ExifTags, Image

from photoseek.records import PhotoMeta

_T = ExifTags.Base
_GPS = ExifTags.GPS

# Orientations 5-8 store the picture rotated by 90°: width and height swap on display.
_SWAPS_SIDES = frozenset({5, 6, 7, 8})

# Same table as ImageOps.exif_transpose; applied to the small image after resizing.
TRANSPOSE: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

_DATETIME = re.compile(
    r"^\s*(\d{4})[:\-/.](\d{1,2})[:\-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?"
)
_OLDEST_YEAR = 1826  # the first photograph; anything earlier is a reset or garbage clock


@dataclass(frozen=True)
class ExifInfo:
    orientation: int = 1
    taken_at: str | None = None
    camera: str | None = None
    lat: float | None = None
    lon: float | None = None

    def meta(self, width: int, height: int) -> PhotoMeta:
        """PhotoMeta for an image whose stored (unrotated) size is width × height."""
        if self.orientation in _SWAPS_SIDES:
            width, height = height, width
        return PhotoMeta(width, height, self.taken_at, self.camera, self.lat, self.lon)


def read_exif(img: Image.Image) -> ExifInfo:
    """Parse the EXIF of an opened image without decoding its pixels. Never raises."""
    try:
        # The base-class method: PngImageFile.getexif() would decode the whole image to look
        # for an eXIf chunk after the pixel data.
        exif = Image.Image.getexif(img)
    except Exception:  # broken EXIF; under `-W error` Pillow's "Corrupt EXIF" warnings too
        return ExifInfo()
    ifd0 = _safe_dict(exif)
    sub = _safe_ifd(exif, ExifTags.IFD.Exif)
    gps = _safe_ifd(exif, ExifTags.IFD.GPSInfo)
    lat_lon = _guard(_gps_position, gps)
    return ExifInfo(
        orientation=_guard(_orientation, ifd0.get(_T.Orientation)) or 1,
        taken_at=_guard(
            _first_datetime,
            sub.get(_T.DateTimeOriginal),
            sub.get(_T.DateTimeDigitized),
            ifd0.get(_T.DateTime),
        ),
        camera=_guard(_camera, ifd0.get(_T.Make), ifd0.get(_T.Model)),
        lat=lat_lon[0] if lat_lon else None,
        lon=lat_lon[1] if lat_lon else None,
    )


def _guard(fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except Exception:
        return None


def _safe_dict(exif: Image.Exif) -> dict[int, Any]:
    try:
        return dict(exif)
    except Exception:
        return {}


def _safe_ifd(exif: Image.Exif, tag: int) -> dict[int, Any]:
    try:
        return dict(exif.get_ifd(tag))
    except Exception:
        return {}


def _orientation(value: Any) -> int:
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def text(value: Any) -> str | None:
    """An EXIF ASCII field as clean text: up to the first NUL, whitespace collapsed."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = " ".join(value.split("\x00", 1)[0].split())
    return value or None


def _camera(make_raw: Any, model_raw: Any) -> str | None:
    make, model = text(make_raw), text(model_raw)
    if not make or not model:
        return model or make
    # "Canon" + "Canon EOS 40D", "NIKON CORPORATION" + "NIKON D70": the model already names
    # the brand, so repeating the make only makes camera filters noisier.
    make_words = {w.casefold() for w in make.split()}
    if model.split()[0].casefold() in make_words or model.casefold().startswith(make.casefold()):
        return model
    return f"{make} {model}"


def parse_datetime(value: Any) -> str | None:
    """EXIF "YYYY:MM:DD HH:MM:SS" (and common variants) → ISO 8601; garbage → None."""
    s = text(value)
    if not s:
        return None
    m = _DATETIME.match(s)
    if not m:
        return None
    y, mo, d, hh, mm, ss = (int(g) if g else 0 for g in m.groups())
    if y < _OLDEST_YEAR:
        return None
    try:
        return datetime(y, mo, d, hh, mm, ss).isoformat()
    except ValueError:  # month 0, hour 25, Feb 30…
        return None


def _first_datetime(*values: Any) -> str | None:
    for v in values:
        parsed = _guard(parse_datetime, v)
        if parsed:
            return str(parsed)
    return None


def _number(value: Any) -> float:
    # IFDRational (a zero denominator gives nan), int, float, or a (num, den) pair.
    if isinstance(value, tuple) and len(value) == 2:
        value = value[0] / value[1]
    f = float(value)
    if not math.isfinite(f) or f < 0:
        raise ValueError("bad GPS component")
    return f


def _coordinate(value: Any, ref: Any, negative: str, limit: float) -> float | None:
    if value is None:
        return None
    parts = [_number(v) for v in value] if isinstance(value, list | tuple) else [_number(value)]
    if not 1 <= len(parts) <= 3:
        return None
    degrees = sum(p / 60**i for i, p in enumerate(parts))
    if degrees > limit:
        return None
    r = text(ref)
    if r and r[0].upper() == negative:
        degrees = -degrees
    return degrees


def _gps_position(gps: dict[int, Any]) -> tuple[float, float] | None:
    lat = _coordinate(gps.get(_GPS.GPSLatitude), gps.get(_GPS.GPSLatitudeRef), "S", 90.0)
    lon = _coordinate(gps.get(_GPS.GPSLongitude), gps.get(_GPS.GPSLongitudeRef), "W", 180.0)
    if lat is None or lon is None:
        return None
    if lat == 0.0 and lon == 0.0:  # what receivers without a fix write, not a real place
        return None
    return lat, lon
