"""photoseek.imaging: decoding every hostile file safely, orientation, EXIF, draft mode, cache."""

from __future__ import annotations

import base64
import errno
import hashlib
import io
import os
import struct
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import ExifTags, Image, ImageFile, JpegImagePlugin, TiffImagePlugin, features

from photoseek import imaging
from photoseek.imaging import decode as decode_mod
from photoseek.imaging import errors, exif
from photoseek.imaging import thumbnails as thumbs_mod
from tests.conftest import corpus_dir

TIME_BUDGET_S = 10.0  # per file; the slowest corpus file (a 16 MP HEIF) takes about 1 s

# Hostile files that must be skipped, and the start of the reason they must give.
# Everything else in the hostile corpus must be prepared.
EXPECTED_SKIPS = {
    "decompression_bomb.gif": "too many pixels",
    "truncated_jpeg.jpg": "file is truncated",
    "truncated_image.png": "file is truncated",
    "ultrahdr.jpg": "file is truncated",  # the test copy ends inside the first scan
    "broken.png": "not an image or unsupported format",
    "broken_data_stream.png": "corrupt image data",
    "hopper.ico": "not an image or unsupported format",  # icons are not photos
}


# -- helpers ---------------------------------------------------------------------------------
def corpus_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != "NOTICE.md")


def snapshot(root: Path) -> dict[str, tuple[str, int]]:
    """Every file under root → (sha256, mtime_ns): detects writes, touches and new files."""
    return {
        str(p.relative_to(root)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def payload_image(prepared: imaging.PreparedImage) -> Image.Image:
    img = Image.open(io.BytesIO(prepared.payload))
    assert img.format == "JPEG"
    img.load()
    return img


def small_array(img: Image.Image, size: tuple[int, int] = (32, 24)) -> np.ndarray:
    """A tiny copy, standardised: the corpus variants differ in exposure and carry a digit."""
    a = np.asarray(img.convert("RGB").resize(size, Image.Resampling.BOX), dtype=np.float32)
    return (a - a.mean()) / (a.std() or 1.0)


def save(img: Image.Image, path: Path, fmt: str, **kw: Any) -> Path:
    img.save(path, fmt, **kw)
    return path


def fake_png(width: int, height: int) -> bytes:
    """A PNG whose header claims width × height, with almost no pixel data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def load_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Records the size of every image whose pixels Pillow starts decoding."""
    calls: list[tuple[int, int]] = []
    original = ImageFile.ImageFile.load

    def spy(self: ImageFile.ImageFile) -> Any:
        calls.append(self.size)
        return original(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", spy)
    return calls


# -- the hostile corpus ----------------------------------------------------------------------
def test_every_hostile_file_prepares_or_is_skipped_with_a_reason() -> None:
    root = corpus_dir("hostile")
    before = snapshot(root)
    outcomes: dict[str, str] = {}
    for path in corpus_files(root):
        start = time.perf_counter()
        try:
            prepared = imaging.prepare_for_model(path)
        except imaging.ImageSkipped as exc:
            assert exc.reason and "\n" not in exc.reason, path
            assert str(exc) == exc.reason
            outcomes[path.name] = exc.reason
        else:
            img = payload_image(prepared)
            assert img.mode in ("RGB", "L"), path  # grayscale JPEG payloads come back as L
            assert max(img.size) <= 512, path
            w, h = prepared.meta.width, prepared.meta.height
            assert w and h, path
            # the payload keeps the aspect ratio of the oriented photo
            assert (img.width >= img.height) == (w >= h) or abs(w - h) <= 1, path
            outcomes[path.name] = "ok"
        elapsed = time.perf_counter() - start
        assert elapsed < TIME_BUDGET_S, f"{path.name} took {elapsed:.1f}s"

    skipped = {name: r for name, r in outcomes.items() if r != "ok"}
    assert set(skipped) == set(EXPECTED_SKIPS), skipped
    for name, prefix in EXPECTED_SKIPS.items():
        assert skipped[name].startswith(prefix), (name, skipped[name])
    assert snapshot(root) == before  # byte-identical, untouched, nothing added


def test_decompression_bomb_is_skipped_before_any_pixel_is_decoded(
    load_calls: list[tuple[int, int]],
) -> None:
    bomb = corpus_dir("hostile") / "decompression_bomb.gif"
    with pytest.raises(imaging.ImageSkipped, match=r"^too many pixels") as info:
        imaging.prepare_for_model(bomb)
    assert "decompression bomb" in info.value.reason
    with pytest.raises(imaging.ImageSkipped, match=r"^too many pixels"):
        imaging.make_thumbnail(bomb, 256)
    assert load_calls == []


def test_our_pixel_limit_is_checked_on_the_header(load_calls: list[tuple[int, int]]) -> None:
    with pytest.raises(imaging.ImageSkipped) as info:
        imaging.prepare_bytes_for_model(fake_png(4000, 3000), max_pixels=1_000_000)
    assert info.value.reason == (
        "too many pixels (4000×3000), skipped as a possible decompression bomb"
    )
    assert load_calls == []
    # far beyond Pillow's own hard limit too
    with pytest.raises(imaging.ImageSkipped, match=r"^too many pixels"):
        imaging.prepare_bytes_for_model(fake_png(30000, 30000))
    assert load_calls == []


def test_images_under_our_limit_never_trigger_pillows_bomb_warning() -> None:
    # 90 MP is above Pillow's default warning threshold (89.5 MP) but under MAX_PIXELS. With
    # filterwarnings=error a DecompressionBombWarning would surface as "too many pixels"; the
    # file is only a header, so the honest answer is that it is truncated.
    assert imaging.MAX_PIXELS > 10000 * 9000
    with pytest.raises(imaging.ImageSkipped, match=r"^file is truncated$"):
        imaging.prepare_bytes_for_model(fake_png(10000, 9000))
    imaging.register_plugins()
    assert Image.MAX_IMAGE_PIXELS is not None and Image.MAX_IMAGE_PIXELS >= imaging.MAX_PIXELS


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "BMP", "TIFF", "HEIF", "AVIF", "WEBP"])
def test_truncated_files_are_skipped(fmt: str) -> None:
    if fmt == "AVIF" and not features.check("avif"):
        pytest.skip("Pillow built without AVIF")
    imaging.register_plugins()  # HEIF saving comes with pillow-heif
    rng = np.random.default_rng(1)
    img = Image.fromarray(rng.integers(0, 255, (300, 400, 3), dtype=np.uint8))
    buf = io.BytesIO()
    img.save(buf, fmt)
    data = buf.getvalue()
    for cut in (len(data) // 2, len(data) * 9 // 10):
        with pytest.raises(imaging.ImageSkipped) as info:
            imaging.prepare_bytes_for_model(data[:cut])
        if fmt == "WEBP":  # libwebp only says it cannot decode
            assert info.value.reason == "corrupt image data"
        else:
            assert info.value.reason == "file is truncated", cut


def test_truncated_heic_grid_is_not_decoded_as_green_tiles() -> None:
    # libheif paints missing grid tiles green and reports no error: the container check must.
    heic = corpus_dir("photos") / "exif-samples" / "heic" / "IMG_5195.HEIC"
    data = heic.read_bytes()
    for cut in (len(data) // 2, len(data) - 1, 2000, 40):
        start = time.perf_counter()
        with pytest.raises(imaging.ImageSkipped, match=r"^file is truncated$"):
            imaging.prepare_bytes_for_model(data[:cut])
        assert time.perf_counter() - start < TIME_BUDGET_S
    # trailing bytes after the last box are not truncation
    assert imaging.prepare_bytes_for_model(data + b"\0\0\0").meta.width == 2566


def test_garbage_and_empty_input_are_not_images() -> None:
    for data in (b"", b"hello world", os.urandom(4096), b"\xff\xd8\xff" + b"\x00" * 100):
        with pytest.raises(imaging.ImageSkipped):
            imaging.prepare_bytes_for_model(data)


# -- read errors are transient, not skips ----------------------------------------------------
def test_missing_file_is_a_read_error_not_a_skip(tmp_path: Path) -> None:
    with pytest.raises(imaging.ImageReadError, match=r"file not found"):
        imaging.prepare_for_model(tmp_path / "gone.jpg")
    with pytest.raises(imaging.ImageReadError):
        imaging.read_metadata(tmp_path / "gone.jpg")
    with pytest.raises(imaging.ImageReadError):
        imaging.make_thumbnail(tmp_path / "gone.jpg", 128)


def test_os_errors_map_to_read_errors() -> None:
    denied = errors.classify(PermissionError(errno.EACCES, "Permission denied"))
    assert isinstance(denied, imaging.ImageReadError)
    assert denied.reason == "permission denied"
    eio = errors.classify(OSError(errno.EIO, "Input/output error"))
    assert isinstance(eio, imaging.ImageReadError)
    assert "Input/output error" in eio.reason
    assert isinstance(errors.classify(MemoryError()), imaging.ImageReadError)
    # decoder errors are OSErrors without errno: permanent
    assert isinstance(errors.classify(OSError("broken data stream")), imaging.ImageSkipped)
    assert errors.classify(AssertionError("a bug of ours")) is None


def test_directory_is_skipped(tmp_path: Path) -> None:
    with pytest.raises((imaging.ImageSkipped, imaging.ImageReadError)):
        imaging.prepare_for_model(tmp_path)


# -- orientation -----------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["landscape", "portrait"])
def test_all_eight_orientations_come_out_the_same(kind: str) -> None:
    folder = corpus_dir("photos") / "exif-samples" / "jpg" / "orientation"
    before = snapshot(folder)
    ref = payload_image(imaging.prepare_for_model(folder / f"{kind}_1.jpg"))
    assert (ref.width > ref.height) == (kind == "landscape")
    ref_arr = small_array(ref)
    # The check must be able to fail: a mirrored or flipped picture is far from the reference.
    for wrong in (Image.Transpose.FLIP_LEFT_RIGHT, Image.Transpose.FLIP_TOP_BOTTOM):
        assert np.abs(small_array(ref.transpose(wrong)) - ref_arr).mean() > 0.4
    for n in range(2, 9):
        prepared = imaging.prepare_for_model(folder / f"{kind}_{n}.jpg")
        img = payload_image(prepared)
        assert img.size == ref.size, n
        assert (prepared.meta.width, prepared.meta.height) == (
            (600, 450) if kind == "landscape" else (450, 600)
        )
        diff = np.abs(small_array(img) - ref_arr).mean()
        assert diff < 0.2, (n, diff)  # measured: about 0.08 right, over 0.5 wrong
    assert snapshot(folder) == before


def test_hostile_orientation_files_match_the_upright_one() -> None:
    root = corpus_dir("hostile")
    ref = small_array(payload_image(imaging.prepare_for_model(root / "hopper.webp")))
    for name in (
        "hopper_orientation_2.jpg",
        "hopper_orientation_3.jpg",
        "hopper_orientation_5.jpg",
        "hopper_orientation_6.jpg",
        "hopper_orientation_6.webp",
        "hopper_orientation_8.jpg",
    ):
        arr = small_array(payload_image(imaging.prepare_for_model(root / name)))
        assert np.abs(arr - ref).mean() < 0.2, name


def test_avif_orientation_comes_from_irot_imir() -> None:
    if not features.check("avif"):
        pytest.skip("Pillow built without AVIF")
    path = corpus_dir("hostile") / "avif" / "rot1mir0.avif"
    prepared = imaging.prepare_for_model(path)
    assert (prepared.meta.width, prepared.meta.height) == (640, 427)  # stored as 427×640
    assert payload_image(prepared).size == (512, 342)


def test_generic_mif1_brand_reaches_the_right_decoder() -> None:
    # Both the AVIF and the HEIF plugin accept "mif1"; each file must still decode.
    hostile = corpus_dir("hostile") / "avif"
    names = ["hopper.heif"] + (["hopper.avif"] if features.check("avif") else [])
    for name in names:
        data = bytearray((hostile / name).read_bytes())
        assert data[4:8] == b"ftyp"
        data[8:12] = b"mif1"
        decoded = imaging.decode_stream(io.BytesIO(bytes(data)), 512)
        assert decoded.image.size == (128, 128), name
        assert decoded.format == name.rsplit(".", 1)[1].upper(), name


# -- EXIF ------------------------------------------------------------------------------------
def test_gps_positions_from_corpus_photos() -> None:
    jpg = corpus_dir("photos") / "exif-samples" / "jpg"
    expected = {
        "gps/DSCN0010.jpg": (43.467448, 11.885127),  # Arezzo, Italy
        "gps/DSCN0042.jpg": (43.464455, 11.881478),
        "hdr/iphone_hdr_YES.jpg": (40.446972, -3.724753),  # W → negative longitude
        "Kodak_CX7530.jpg": (-0.371300, 36.056417),  # S, and minutes with decimals
        "mobile/HMD_Nokia_8.3_5G.jpg": (60.146706, 24.906772),
    }
    for name, (lat, lon) in expected.items():
        meta = imaging.read_metadata(jpg / name)
        assert meta.has_location, name
        assert meta.lat == pytest.approx(lat, abs=1e-5), name
        assert meta.lon == pytest.approx(lon, abs=1e-5), name
    # GPS IFD with only a version tag: no position
    assert not imaging.read_metadata(jpg / "Canon_40D.jpg").has_location


def test_camera_and_capture_time_from_corpus_photos() -> None:
    jpg = corpus_dir("photos") / "exif-samples" / "jpg"
    expected = {
        "Canon_40D.jpg": ("Canon EOS 40D", "2008-05-30T15:56:01"),
        "Nikon_D70.jpg": ("NIKON D70", "2008-03-15T09:52:01"),  # NIKON CORPORATION + NIKON D70
        "Kodak_CX7530.jpg": ("KODAK CX7530 ZOOM DIGITAL CAMERA", "2005-08-13T09:47:23"),
        "Pentax_K10D.jpg": ("PENTAX K10D", "2008-05-04T16:47:24"),  # trailing blanks
        "Panasonic_DMC-FZ30.jpg": ("Panasonic DMC-FZ30", "2008-07-16T11:33:20"),
        "WWL_(Polaroid)_ION230.jpg": ("WWL ION230", "2026-11-24T14:41:16"),  # NUL inside model
        "exif-org/sony-d700.jpg": ("SONY DSC-D700", "1998-12-01T14:22:36"),  # NUL-terminated
        "exif-org/kodak-dc210.jpg": ("Eastman Kodak Company DC210 Zoom (V05.00)", None),
        # DateTimeOriginal missing: DateTimeDigitized, then DateTime
        "mobile/HMD_Nokia_8.3_5G.jpg": ("HMD Global Nokia 8.3 5G", "2022-08-14T14:12:31"),
        "long_description.jpg": (None, "2008-07-31T10:50:00"),
    }
    for name, (camera, taken_at) in expected.items():
        meta = imaging.read_metadata(jpg / name)
        assert meta.camera == camera, name
        if taken_at is not None:
            assert meta.taken_at == taken_at, name
    dc210 = imaging.read_metadata(jpg / "exif-org/kodak-dc210.jpg")
    assert dc210.taken_at == "2000-10-26T16:46:51"  # only DateTimeOriginal present


def test_size_is_reported_after_orientation() -> None:
    jpg = corpus_dir("photos") / "exif-samples" / "jpg"
    meta = imaging.read_metadata(jpg / "hdr" / "canon_hdr_NO.jpg")  # stored 2048×1536, tag 6
    assert (meta.width, meta.height) == (1536, 2048)


def test_heic_photos_decode_with_exif() -> None:
    heic = corpus_dir("photos") / "exif-samples" / "heic"
    before = snapshot(heic)
    for path in corpus_files(heic):
        prepared = imaging.prepare_for_model(path)
        img = payload_image(prepared)
        assert max(img.size) == 512, path
        assert prepared.meta == imaging.read_metadata(path), path
    meta = imaging.read_metadata(heic / "IMG_5195.HEIC")
    assert meta.camera == "Apple iPhone 11 Pro Max"
    assert meta.taken_at == "2021-04-11T15:47:53"
    assert meta.lat == pytest.approx(39.051344, abs=1e-5)
    assert meta.lon == pytest.approx(-94.288772, abs=1e-5)
    iphone = imaging.prepare_for_model(heic / "mobile" / "iphone_13_pro_max.HEIC")
    assert (iphone.meta.width, iphone.meta.height) == (3024, 4032)
    assert payload_image(iphone).size == (384, 512)
    assert snapshot(heic) == before


def test_read_metadata_agrees_with_prepare_on_every_photo(
    load_calls: list[tuple[int, int]],
) -> None:
    root = corpus_dir("photos")
    before = snapshot(root)
    files = corpus_files(root)
    metas = {p: imaging.read_metadata(p) for p in files}
    assert load_calls == []  # headers only, no pixel decode
    for path in files:
        assert imaging.prepare_for_model(path).meta == metas[path], path
    assert snapshot(root) == before


def test_broken_exif_never_raises() -> None:
    root = corpus_dir("hostile")
    for name in ("hopper_bad_exif.jpg", "invalid-exif.jpg"):
        meta = imaging.read_metadata(root / name)
        assert meta.width and meta.height
    invalid = corpus_dir("photos") / "exif-samples" / "jpg" / "invalid"
    for path in corpus_files(invalid):
        assert imaging.prepare_for_model(path).meta.width


def _jpeg_with_exif(exif_data: Image.Exif | bytes, size: tuple[int, int] = (64, 48)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buf, "JPEG", exif=exif_data)
    return buf.getvalue()


def test_generated_exif_fields() -> None:
    ex = Image.Exif()
    ex[ExifTags.Base.Make] = "Canon"
    ex[ExifTags.Base.Model] = "Canon EOS 40D\x00\x00"
    ex[ExifTags.Base.Orientation] = 6
    ex[ExifTags.Base.DateTime] = "2020:01:02 03:04:05"
    ex.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = "0000:00:00 00:00:00"
    gps = ex.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    r = TiffImagePlugin.IFDRational
    gps[ExifTags.GPS.GPSLatitude] = (r(33, 1), r(51, 1), r(3063, 100))
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (r(151, 1), r(12, 1), r(0, 1))
    data = _jpeg_with_exif(ex)
    meta = imaging.read_metadata_bytes(data)
    assert (meta.width, meta.height) == (48, 64)
    assert meta.camera == "Canon EOS 40D"
    assert meta.taken_at == "2020-01-02T03:04:05"  # garbage DateTimeOriginal → DateTime
    assert meta.lat == pytest.approx(-33.858508, abs=1e-6)
    assert meta.lon == pytest.approx(151.2)
    assert payload_image(imaging.prepare_bytes_for_model(data)).size == (48, 64)


def test_invalid_gps_is_none() -> None:
    r = TiffImagePlugin.IFDRational
    cases: list[dict[int, Any]] = [
        {1: "N", 2: (r(0, 0), r(0, 0), r(0, 0)), 3: "E", 4: (r(1, 1), r(0, 1), r(0, 1))},
        {1: "N", 2: (r(95, 1), r(0, 1), r(0, 1)), 3: "E", 4: (r(1, 1), r(0, 1), r(0, 1))},
        {1: "N", 2: (r(0, 1), r(0, 1), r(0, 1)), 3: "E", 4: (r(0, 1), r(0, 1), r(0, 1))},
        {1: "N", 2: (r(10, 1), r(0, 1), r(0, 1))},  # no longitude
        {1: "N", 2: (r(10, 1), r(75, 1), r(0, 1)), 3: "E", 4: (r(180, 1), r(1, 1), r(0, 1))},
    ]
    for tags in cases:
        ex = Image.Exif()
        gps = ex.get_ifd(ExifTags.IFD.GPSInfo)
        gps.update(tags)
        meta = imaging.read_metadata_bytes(_jpeg_with_exif(ex))
        assert meta.lat is None and meta.lon is None, tags


_JUNK_EXIF = b"Exif\x00\x00" + b"MM\x00\x2a\x00\x00\x00\x08" + b"\xff" * 64


# Pillow *warns* "Corrupt EXIF data" while opening such a JPEG; in the app that is just a warning.
@pytest.mark.filterwarnings("ignore:Corrupt EXIF data:UserWarning")
def test_garbage_exif_block_is_ignored() -> None:
    data = _jpeg_with_exif(_JUNK_EXIF)
    meta = imaging.read_metadata_bytes(data)
    assert (meta.width, meta.height) == (64, 48)
    assert meta.camera is None and meta.taken_at is None
    assert payload_image(imaging.prepare_bytes_for_model(data)).size == (64, 48)


def test_garbage_exif_with_warnings_as_errors_is_still_a_clean_skip() -> None:
    # This project runs tests with filterwarnings=error: Pillow's warning then aborts the open,
    # and that must still come out as a skip with a reason, not as a stray exception.
    with pytest.raises(imaging.ImageSkipped, match=r"^corrupt image data$"):
        imaging.prepare_bytes_for_model(_jpeg_with_exif(_JUNK_EXIF))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2008:05:30 15:56:01", "2008-05-30T15:56:01"),
        ("2008:05:30 15:56:01\x00", "2008-05-30T15:56:01"),
        ("2008-05-30T15:56:01+02:00", "2008-05-30T15:56:01"),
        ("2008:05:30 15:56", "2008-05-30T15:56:00"),
        (b"2008:05:30 15:56:01", "2008-05-30T15:56:01"),
        ("0000:00:00 00:00:00", None),
        ("    :  :     :  :  ", None),
        ("2008:13:01 10:00:00", None),
        ("2008:02:30 10:00:00", None),
        ("2008:05:30 25:00:00", None),
        ("", None),
        (None, None),
        (12345, None),
    ],
)
def test_parse_datetime(raw: object, expected: str | None) -> None:
    assert exif.parse_datetime(raw) == expected


# -- modes -----------------------------------------------------------------------------------
def _mode_samples(tmp_path: Path) -> Iterator[tuple[str, Path, tuple[int, int, int] | None]]:
    """(label, file, expected colour at the centre or None)."""
    rgba = Image.new("RGBA", (40, 30), (255, 0, 0, 0))  # fully transparent red
    yield "RGBA transparent", save(rgba, tmp_path / "rgba.png", "PNG"), (255, 255, 255)
    la = Image.new("LA", (40, 30), (0, 0))
    yield "LA transparent", save(la, tmp_path / "la.png", "PNG"), (255, 255, 255)
    p = Image.new("P", (40, 30), 1)
    p.putpalette([0, 0, 0, 0, 0, 255] + [0] * 762)
    yield "P with transparency", save(p, tmp_path / "p.png", "PNG", transparency=1), (255,) * 3
    yield "P opaque", save(p, tmp_path / "p_opaque.gif", "GIF"), (0, 0, 255)
    cmyk = Image.new("CMYK", (40, 30), (0, 255, 255, 0))  # red in CMYK
    yield "CMYK", save(cmyk, tmp_path / "cmyk.jpg", "JPEG", quality=95), (255, 0, 0)
    i16 = Image.fromarray(np.full((30, 40), 30000, dtype=np.uint16))
    yield "I;16", save(i16, tmp_path / "i16.png", "PNG"), (117, 117, 117)
    i32 = Image.fromarray(np.full((30, 40), 128, dtype=np.int32))
    yield "I", save(i32, tmp_path / "i.tif", "TIFF"), (128, 128, 128)
    f32 = Image.fromarray(np.full((30, 40), 0.5, dtype=np.float32))
    yield "F", save(f32, tmp_path / "f.tif", "TIFF"), (128, 128, 128)
    yield "1", save(Image.new("1", (40, 30), 1), tmp_path / "one.bmp", "BMP"), (255, 255, 255)
    yield "L", save(Image.new("L", (40, 30), 90), tmp_path / "l.webp", "WEBP"), None


def test_every_mode_becomes_rgb(tmp_path: Path) -> None:
    for label, path, colour in _mode_samples(tmp_path):
        prepared = imaging.prepare_for_model(path)
        img = payload_image(prepared).convert("RGB")
        assert img.size == (40, 30), label
        if colour is not None:
            centre = np.asarray(img, dtype=np.int16)[15, 20]
            assert np.abs(centre - np.array(colour)).max() <= 8, (label, centre)


def test_16bit_gradient_keeps_its_tones(tmp_path: Path) -> None:
    ramp = np.tile(np.linspace(0, 65535, 256, dtype=np.uint16), (16, 1))
    path = save(Image.fromarray(ramp), tmp_path / "ramp16.png", "PNG")
    arr = np.asarray(payload_image(imaging.prepare_for_model(path)).convert("L"), dtype=int)
    assert arr[8, 2] < 20 and arr[8, -3] > 235 and 100 < arr[8, 128] < 155


def test_animated_files_give_their_first_frame(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (60, 40), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    for fmt, name in (("GIF", "anim.gif"), ("WEBP", "anim.webp"), ("PNG", "anim.png")):
        path = tmp_path / name
        frames[0].save(path, fmt, save_all=True, append_images=frames[1:], duration=100, loop=0)
        centre = np.asarray(payload_image(imaging.prepare_for_model(path)).convert("RGB"))[20, 30]
        assert centre[0] > 200 and centre[1] < 60 and centre[2] < 60, (fmt, centre)


# -- draft mode, sizes, bytes ----------------------------------------------------------------
def _big_jpeg(path: Path, size: tuple[int, int]) -> Path:
    w, h = size
    x = np.linspace(0, 255, w, dtype=np.float32)
    y = np.linspace(0, 255, h, dtype=np.float32)[:, None]
    arr = np.stack([np.broadcast_to(x, (h, w)), np.broadcast_to(y, (h, w)), (x + y) / 2], -1)
    return save(Image.fromarray(arr.astype(np.uint8)), path, "JPEG", quality=85)


def test_large_jpeg_is_decoded_at_reduced_scale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts: list[Any] = []
    original = JpegImagePlugin.JpegImageFile.draft

    def spy(self: JpegImagePlugin.JpegImageFile, mode: Any, size: Any) -> Any:
        result = original(self, mode, size)
        drafts.append((size, result))
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    path = _big_jpeg(tmp_path / "big.jpg", (4000, 3000))
    decoded = imaging.decode_path(path, 512)  # what prepare_for_model uses
    assert decoded.decoded_size == (1000, 750)  # libjpeg scaled by 1/4, not 4000×3000
    assert decoded.image.size == (512, 384)
    assert decoded.meta.width == 4000 and decoded.meta.height == 3000
    assert drafts and drafts[0][0] == (512, 384) and drafts[0][1] is not None
    # 24 MP: the 1/8 scale still covers the 512 px target
    path = _big_jpeg(tmp_path / "24mp.jpg", (6000, 4000))
    assert imaging.decode_path(path, 512).decoded_size == (750, 500)
    assert payload_image(imaging.prepare_for_model(path)).size == (512, 341)


def test_small_images_are_never_upscaled(tmp_path: Path) -> None:
    path = save(Image.new("RGB", (300, 200), (1, 2, 3)), tmp_path / "small.png", "PNG")
    assert payload_image(imaging.prepare_for_model(path)).size == (300, 200)
    assert payload_image(imaging.prepare_for_model(path, max_side=100)).size == (100, 67)


def test_bytes_and_path_give_the_same_payload() -> None:
    path = corpus_dir("photos") / "exif-samples" / "jpg" / "gps" / "DSCN0010.jpg"
    by_path = imaging.prepare_for_model(path)
    by_bytes = imaging.prepare_bytes_for_model(path.read_bytes())
    assert by_path == by_bytes
    # the payload leaves the machine: no EXIF (GPS!) in it
    assert "exif" not in payload_image(by_bytes).info


def test_to_data_url() -> None:
    url = imaging.to_data_url(b"\xff\xd8\xff\xe0abc")
    assert url.startswith("data:image/jpeg;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == b"\xff\xd8\xff\xe0abc"


def test_supported_extensions_and_plugins() -> None:
    exts = imaging.SUPPORTED_EXTENSIONS
    assert {".jpg", ".jpeg", ".png", ".heic", ".heif", ".avif", ".tif", ".webp"} <= exts
    assert all(e.startswith(".") and e == e.lower() for e in exts)
    imaging.register_plugins()
    imaging.register_plugins()  # idempotent
    assert "HEIF" in Image.OPEN
    if features.check("avif"):
        assert imaging.avif_source() == "pillow"


# -- thumbnails ------------------------------------------------------------------------------
def test_make_thumbnail_is_oriented_and_sized() -> None:
    folder = corpus_dir("photos") / "exif-samples" / "jpg" / "orientation"
    ref = small_array(imaging.make_thumbnail(folder / "portrait_1.jpg", 128), (12, 16))
    thumb = imaging.make_thumbnail(folder / "portrait_6.jpg", 128)
    assert thumb.size == (96, 128)
    assert np.abs(small_array(thumb, (12, 16)) - ref).mean() < 0.2


def test_thumbnail_cache_writes_only_under_cache_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    source = _big_jpeg(photos / "p.jpg", (1200, 900))
    cache_dir = tmp_path / "cache" / "thumbnails"
    before = snapshot(photos)
    decodes: list[int] = []
    real_decode = thumbs_mod.decode_path

    def counting_decode(path: Any, max_side: int, max_pixels: int) -> imaging.Decoded:
        decodes.append(max_side)
        return real_decode(path, max_side, max_pixels)

    monkeypatch.setattr(thumbs_mod, "decode_path", counting_decode)
    cache = imaging.ThumbnailCache(cache_dir, sizes=(256, 128))
    h = hashlib.blake2b(source.read_bytes(), digest_size=16).hexdigest()

    first = cache.get_or_create(source, h, 256)
    assert first == cache.path_for(h, 256)
    assert first.is_relative_to(cache_dir)
    assert decodes == [256]  # one decode made both sizes
    assert cache.path_for(h, 128).is_file()
    with Image.open(first) as img:
        assert img.format == "JPEG" and img.size == (256, 192)
    with Image.open(cache.path_for(h, 128)) as img:
        assert img.size == (128, 96)
    mtime = first.stat().st_mtime_ns

    again = cache.get_or_create(source, h, 256)
    assert again == first and again.stat().st_mtime_ns == mtime
    assert decodes == [256]  # reused, not decoded again
    cache.get_or_create(source, h, 128)
    assert decodes == [256]

    # a size outside `sizes` still works
    with Image.open(cache.get_or_create(source, h, 64)) as img:
        assert img.size == (64, 48)
    assert snapshot(photos) == before  # nothing written next to the photo
    leftovers = [p for p in cache_dir.rglob("*") if p.is_file() and p.name.startswith(".tmp")]
    assert leftovers == []


def test_thumbnail_cache_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = save(Image.new("RGB", (300, 200), (9, 9, 9)), tmp_path / "s.png", "PNG")
    cache = imaging.ThumbnailCache(tmp_path / "cache")

    def failing_save(self: Image.Image, fp: Any, *args: Any, **kw: Any) -> None:
        fp.write(b"\xff\xd8 half a jpeg")
        raise OSError("disk full")

    monkeypatch.setattr(Image.Image, "save", failing_save)
    with pytest.raises(OSError, match="disk full"):
        cache.get_or_create(source, "ab" * 16, 256)
    assert not cache.path_for("ab" * 16, 256).exists()
    assert [p for p in (tmp_path / "cache").rglob("*") if p.is_file()] == []


def test_thumbnail_cache_rejects_path_like_hashes(tmp_path: Path) -> None:
    cache = imaging.ThumbnailCache(tmp_path)
    for bad in ("../../etc", "a/b", "", "x.jpg"):
        with pytest.raises(ValueError):
            cache.path_for(bad, 256)


def test_thumbnail_of_an_unreadable_file_raises_and_caches_nothing(tmp_path: Path) -> None:
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"not a picture")
    cache = imaging.ThumbnailCache(tmp_path / "cache")
    with pytest.raises(imaging.ImageSkipped):
        cache.get_or_create(junk, "cd" * 16, 256)
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").rglob("*.jpg"))


def test_decode_module_fit() -> None:
    assert decode_mod.fit(4000, 3000, 512) == (512, 384)
    assert decode_mod.fit(3000, 4000, 512) == (384, 512)
    assert decode_mod.fit(100, 50, 512) == (100, 50)
    assert decode_mod.fit(10000, 1, 512) == (512, 1)
