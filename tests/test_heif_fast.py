"""HEIF decoded from its YCbCr planes straight to the target size: the same picture as
pillow-heif's full decode (orientation, colours), or a clean fallback to it."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from photoseek import imaging
from photoseek.imaging import heif_fast
from tests.conftest import corpus_dir

pytestmark = pytest.mark.skipif(not heif_fast.available(), reason="no libheif to call directly")


def reference(data: bytes, side: int) -> Image.Image:
    """What pillow-heif's own full decode gives, resized the same way."""
    with Image.open(io.BytesIO(data)) as im:
        rgb = im.convert("RGB")
    w, h = heif_fast.fit(*rgb.size, side)
    return rgb.resize((w, h), Image.Resampling.BICUBIC, reducing_gap=2.0)


def mean_diff(a: Image.Image, b: Image.Image) -> float:
    assert a.size == b.size
    return float(np.abs(np.asarray(a, np.float32) - np.asarray(b, np.float32)).mean())


def heif(img: Image.Image, **kw: object) -> bytes:
    imaging.register_plugins()
    buf = io.BytesIO()
    img.save(buf, "HEIF", quality=95, **kw)
    return buf.getvalue()


def marked(size: tuple[int, int] = (320, 200)) -> Image.Image:
    img = Image.new("RGB", size, (20, 20, 20))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 60, 40), fill=(250, 0, 0))
    d.rectangle((size[0] - 60, 0, size[0] - 1, 40), fill=(0, 250, 0))
    d.rectangle((0, size[1] - 40, 60, size[1] - 1), fill=(0, 0, 250))
    return img


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_orientation_matches_libheifs_own_transforms(orientation: int) -> None:
    exif = Image.Exif()
    exif[0x0112] = orientation  # pillow-heif writes it as irot/imir boxes
    data = heif(marked(), exif=exif.tobytes())
    out = heif_fast.decode_reduced(data, 160)
    assert out is not None
    small, size = out
    ref = reference(data, 160)
    assert size == (200, 320) if orientation >= 5 else (320, 200)
    assert small.size == ref.size and mean_diff(small, ref) < 1.5


def test_grayscale_and_small_images() -> None:
    gray = heif(Image.new("L", (64, 48), 128))
    small, size = heif_fast.decode_reduced(gray, 512) or (None, None)
    assert small is not None and small.mode == "RGB" and size == (64, 48)
    assert abs(float(np.asarray(small).mean()) - 128) < 3


def test_what_it_does_not_handle_falls_back() -> None:
    rgba = Image.new("RGBA", (64, 48), (200, 10, 10, 100))
    assert heif_fast.decode_reduced(heif(rgba), 32) is None  # alpha: pillow-heif's job
    assert heif_fast.decode_reduced(b"not a heif at all", 32) is None
    decoded = imaging.decode_stream(io.BytesIO(heif(rgba)), 32)  # and the caller copes
    assert decoded.image.size == (32, 24)


def test_phone_photos_match_pillow_heif(tmp_path: Path) -> None:
    photos = sorted(corpus_dir("photos").rglob("*.HEIC")) + sorted(
        corpus_dir("photos").rglob("*.heif")
    )
    assert photos
    for p in photos:
        data = p.read_bytes()
        out = heif_fast.decode_reduced(data, 512)
        assert out is not None, p
        small, size = out
        ref = reference(data, 512)
        with Image.open(p) as im:
            assert size == im.size
        # Box-then-bicubic vs bicubic from full size: a few levels apart on fine detail; a
        # wrong colour matrix or range is 10+ levels off, a wrong orientation 50+.
        assert mean_diff(small, ref) < 3.0, p
        d = imaging.decode_path(p, 512)  # the decode path takes the planes route
        assert d.decoded_size == size and d.image.size == small.size


def test_decoding_threads_are_per_thread() -> None:
    heif_fast.set_thread_decoding_threads(1)
    try:
        assert heif_fast._threads() == 1
    finally:
        heif_fast.set_thread_decoding_threads(None)
    assert heif_fast._threads() >= 1
