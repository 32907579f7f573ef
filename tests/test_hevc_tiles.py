"""HEIF tiles decoded by libde265 directly (`hevc_tiles`, reached through `heif_fast`): the
very pixels libheif gives with the loop filters, nearly them without, and libheif's decode
whenever the route declines."""

from __future__ import annotations

import io
import random
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw

from photoseek import imaging
from photoseek.imaging import bundled_libs, heif_fast, hevc_tiles
from tests.conftest import corpus_dir

pytestmark = pytest.mark.skipif(
    not (heif_fast.available() and hevc_tiles.available()), reason="no libheif/libde265"
)


def heif(size: tuple[int, int] = (640, 480)) -> bytes:
    imaging.register_plugins()
    img = Image.new("RGB", size, (30, 60, 90))
    d = ImageDraw.Draw(img)
    for i in range(0, size[0], 40):  # edges and gradients: what the loop filters touch
        d.rectangle((i, i // 2, i + 25, i // 2 + 90), fill=(250 - i % 250, i % 250, 120))
    buf = io.BytesIO()
    img.save(buf, "HEIF", quality=60)
    return buf.getvalue()


def psnr(a: Image.Image, b: Image.Image) -> float:
    x, y = np.asarray(a, np.float64), np.asarray(b, np.float64)
    assert x.shape == y.shape
    mse = float(np.mean((x - y) ** 2))
    return float("inf") if mse == 0 else 10 * np.log10(255**2 / mse)


class Spy:
    """Records how the route was asked to decode (and lets it decode)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[dict[str, Any]] = []
        original = hevc_tiles.decode_tiles

        def spy(*args: Any, **kw: Any) -> hevc_tiles.Planes | None:
            result = original(*args, **kw)
            self.calls.append({"tiles": len(args[2]), "result": result, **kw})
            return result

        monkeypatch.setattr(hevc_tiles, "decode_tiles", spy)


def through_libheif(data: bytes, side: int, monkeypatch: pytest.MonkeyPatch) -> Image.Image:
    with monkeypatch.context() as m:
        m.setattr(heif_fast, "_from_tiles", lambda *a: None)
        out = heif_fast.decode_reduced(data, side)
    assert out is not None
    return out[0]


def test_with_the_loop_filters_the_pixels_are_libheifs(monkeypatch: pytest.MonkeyPatch) -> None:
    data = heif()
    spy = Spy(monkeypatch)
    out = heif_fast.decode_reduced(data, 320)  # shrunk 2×: the loop filters run
    assert out is not None and out[1] == (640, 480)
    assert spy.calls and spy.calls[0]["loop_filters"] is True and spy.calls[0]["result"]
    np.testing.assert_array_equal(
        np.asarray(out[0]), np.asarray(through_libheif(data, 320, monkeypatch))
    )


def test_shrunk_4x_or_more_the_loop_filters_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    data = heif()
    spy = Spy(monkeypatch)
    out = heif_fast.decode_reduced(data, 128)  # 5×
    assert out is not None and spy.calls[0]["loop_filters"] is False
    assert psnr(out[0], through_libheif(data, 128, monkeypatch)) > 40


def test_phone_grids_are_decoded_tile_by_tile(monkeypatch: pytest.MonkeyPatch) -> None:
    photos = sorted(
        p for p in corpus_dir("photos").rglob("*") if p.suffix.lower() in (".heic", ".heif")
    )
    grids = 0
    for p in photos:
        data = p.read_bytes()
        spy = Spy(monkeypatch)
        fast = heif_fast.decode_reduced(data, 512)
        assert fast is not None and spy.calls and spy.calls[-1]["result"] is not None, p
        grids += spy.calls[-1]["tiles"] > 1
        slow = through_libheif(data, 512, monkeypatch)
        assert psnr(fast[0], slow) > 45, p  # the loop filters' share, shrunk 5–9×
        with monkeypatch.context() as m:
            m.setattr(hevc_tiles, "LOOP_FILTER_REDUCTION", 10**6)
            for threads in (1, 3):  # one decoder, or the tiles shared out
                heif_fast.set_thread_decoding_threads(threads)
                try:
                    same = heif_fast.decode_reduced(data, 512)
                finally:
                    heif_fast.set_thread_decoding_threads(None)
                assert same is not None and same[1] == fast[1], p
                np.testing.assert_array_equal(np.asarray(same[0]), np.asarray(slow), err_msg=str(p))
    assert grids >= 2


def test_tiles_that_do_not_decode_leave_it_to_libheif(monkeypatch: pytest.MonkeyPatch) -> None:
    junk = [b"\x00\x00\x00\x05" + bytes(range(5)), b"\x00\x00\x00\x05\x26\x01\xaf\x00\x00"]
    assert (
        hevc_tiles.decode_tiles(
            [b"\x40\x01\x0c"], 4, junk, 2, (64, 32), threads=2, loop_filters=True
        )
        is None
    )
    bad_lengths = [b"\x00\x00\x10\x00abc"]
    assert (
        hevc_tiles.decode_tiles(
            [b"\x40\x01"], 4, bad_lengths, 1, (8, 8), threads=1, loop_filters=True
        )
        is None
    )
    # And when the route declines, libheif decodes the file as before.
    data = heif()
    monkeypatch.setattr(hevc_tiles, "decode_tiles", lambda *a, **k: None)
    out = heif_fast.decode_reduced(data, 320)
    assert out is not None and out[1] == (640, 480)


def test_without_libde265_libheif_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hevc_tiles, "_LIBDE265", bundled_libs.Bundled("de265", lambda _l: None))
    hevc_tiles._LIBDE265.absent()
    assert not hevc_tiles.available()
    out = heif_fast.decode_reduced(heif(), 320)
    assert out is not None and out[0].size == (320, 240)


@pytest.mark.parametrize(
    "raw", [b"", b"\x00", b"\x01\x00\x00\x00\x00\x10\x00\x10", b"\x00\x01\x01\x01\x00\x00"]
)
def test_malformed_grids_are_refused(raw: bytes) -> None:
    assert heif_fast._grid(raw) is None


def test_grid_descriptors_are_read() -> None:
    assert heif_fast._grid(b"\x00\x00\x05\x07\x0f\xc0\x0b\xd0") == (6, 8, (4032, 3024))
    wide = b"\x00\x01\x00\x00" + (70000).to_bytes(4, "big") + (5).to_bytes(4, "big")
    assert heif_fast._grid(wide) == (1, 1, (70000, 5))


def test_malformed_property_tables_are_refused() -> None:
    assert heif_fast._associations(b"\x00\x00\x00\x00\x00\x00\x00\x09\x00") == {}
    entry = b"\x00\x00\x00\x00" + b"\x00\x00\x00\x01" + b"\x00\x07\x02\x81\x03"
    assert heif_fast._associations(entry) == {7: [1, 3]}  # the high bit: essential
    assert heif_fast._parse_hvcc(b"too short") is None
    ten_bit = bytearray(23)
    ten_bit[16], ten_bit[17], ten_bit[18] = 0xFD, 0xFA, 0xFA
    assert heif_fast._parse_hvcc(bytes(ten_bit)) is None
    assert heif_fast._boxes(b"\x00\x00\x00\x20ftyp", 0, 8) == []  # a box past the end


def test_hostile_and_damaged_heif_files_decode_or_fail_cleanly() -> None:
    files = [p.read_bytes() for p in corpus_dir("hostile").rglob("*") if p.is_file()]
    phone = corpus_dir("photos") / "exif-samples" / "heic" / "IMG_5195.HEIC"
    if phone.exists():  # its tiles' bytes damaged here and there, the boxes intact
        damaged = bytearray(phone.read_bytes())
        rng = random.Random(7)
        for _ in range(500):
            damaged[rng.randrange(len(damaged) // 3, len(damaged))] = rng.randrange(256)
        files.append(bytes(damaged))
    for data in files:
        if data[4:8] == b"ftyp":
            out = heif_fast.decode_reduced(data, 512)  # neither raises nor crashes
            assert out is None or out[0].mode == "RGB"
