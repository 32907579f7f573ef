"""The HEVC tiles of a HEIF image decoded by libde265 directly, into one set of YCbCr planes.

libheif (through which `heif_fast` reads the file) decodes a grid image — every phone photo is
one, 512 px tiles — with a fresh decoder per tile and its own threads, and always runs HEVC's
loop filters. Measured on the corpus's phone photos (2 cores, best of 7): 150/264/365 ms per
photo there, 103/195/262 ms here, where each thread feeds one decoder its share of the tiles,
the tiles land in the planes with no copy in between, and the loop filters (deblocking, SAO)
are left out when the picture is shrunk at least 4× on each side: their few grey levels at
block edges do not survive that (50–60 dB PSNR against the filtered decode at 512 px).

libde265 is the copy pillow-heif bundles (libheif's own decoder), called through ctypes, which
releases the interpreter lock for each call. Anything unexpected (a tile that does not decode,
another chroma format or bit depth, tiles of different sizes) returns None, and libheif
decodes the file as before.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from ctypes import POINTER, byref, c_char_p, c_int, c_int64, c_uint8, c_void_p
from dataclasses import dataclass

import numpy as np

from photoseek.imaging import bundled_libs

log = logging.getLogger(__name__)

# enum de265_param (libde265's de265.h)
_SUPPRESS_FAULTY_PICTURES, _DISABLE_DEBLOCKING, _DISABLE_SAO = 6, 7, 8
_WAITING_FOR_INPUT = 13  # DE265_ERROR_WAITING_FOR_INPUT_DATA; codes ≥ 1000 are warnings
_CHROMA_420 = 1
_MAX_DECODE_CALLS = 100_000  # a decoder that neither finishes nor fails is given up on
LOOP_FILTER_REDUCTION = 4  # shrunk this much or more on each side: no loop filters


@dataclass
class Planes:
    y: np.ndarray  # uint8, height × width
    cb: np.ndarray  # uint8, 4:2:0: (height+1)//2 × (width+1)//2
    cr: np.ndarray
    matrix: int  # the stream's matrix_coefficients (ITU-T H.273); 2 = unspecified
    full_range: bool


def _declare(lib: ctypes.CDLL) -> None:
    lib.de265_new_decoder.restype = c_void_p
    lib.de265_new_decoder.argtypes = ()
    lib.de265_free_decoder.argtypes = (c_void_p,)
    lib.de265_free_decoder.restype = c_int
    lib.de265_set_parameter_bool.argtypes = (c_void_p, c_int, c_int)
    lib.de265_set_parameter_bool.restype = None
    lib.de265_push_NAL.argtypes = (c_void_p, c_void_p, c_int, c_int64, c_void_p)
    lib.de265_push_NAL.restype = c_int
    lib.de265_push_end_of_frame.argtypes = (c_void_p,)
    lib.de265_push_end_of_frame.restype = None
    lib.de265_flush_data.argtypes = (c_void_p,)
    lib.de265_flush_data.restype = c_int
    lib.de265_decode.argtypes = (c_void_p, POINTER(c_int))
    lib.de265_decode.restype = c_int
    lib.de265_get_next_picture.argtypes = (c_void_p,)
    lib.de265_get_next_picture.restype = c_void_p
    lib.de265_release_next_picture.argtypes = (c_void_p,)
    lib.de265_release_next_picture.restype = None
    lib.de265_get_image_plane.argtypes = (c_void_p, c_int, POINTER(c_int))
    lib.de265_get_image_plane.restype = c_void_p
    for name in ("de265_get_image_width", "de265_get_image_height", "de265_get_bits_per_pixel"):
        getattr(lib, name).argtypes = (c_void_p, c_int)
        getattr(lib, name).restype = c_int
    for name in (
        "de265_get_chroma_format",
        "de265_get_image_full_range_flag",
        "de265_get_image_matrix_coefficients",
    ):
        getattr(lib, name).argtypes = (c_void_p,)
        getattr(lib, name).restype = c_int
    lib.de265_get_image_PTS.argtypes = (c_void_p,)
    lib.de265_get_image_PTS.restype = c_int64


_LIBDE265 = bundled_libs.Bundled("de265", _declare)


def _library() -> ctypes.CDLL | None:
    return _LIBDE265.get()


def available() -> bool:
    return _library() is not None


class _Failed(Exception):
    """This route cannot decode the image; libheif will."""


class _Canvas:
    """The image's planes; tile i (row-major) lands at its place, clipped to the output."""

    def __init__(self, width: int, height: int, cols: int, count: int) -> None:
        self.cols, self.count = cols, count
        self.y = np.zeros((height, width), np.uint8)
        self.cb = np.zeros(((height + 1) // 2, (width + 1) // 2), np.uint8)
        self.cr = np.zeros_like(self.cb)
        self.tile: tuple[int, int] | None = None  # every tile's size, from the first
        self.colour: tuple[int, bool] | None = None
        self.placed: set[int] = set()
        self._lock = threading.Lock()

    def put(self, lib: ctypes.CDLL, pic: int) -> None:
        index = lib.de265_get_image_PTS(pic)
        size = (lib.de265_get_image_width(pic, 0), lib.de265_get_image_height(pic, 0))
        if (
            not 0 <= index < self.count
            or lib.de265_get_chroma_format(pic) != _CHROMA_420
            or any(lib.de265_get_bits_per_pixel(pic, c) != 8 for c in range(3))
            or size[0] % 2
            or size[1] % 2
        ):
            raise _Failed
        with self._lock:
            if self.tile is None:
                self.tile = size
                self.colour = (
                    lib.de265_get_image_matrix_coefficients(pic),
                    bool(lib.de265_get_image_full_range_flag(pic)),
                )
            if size != self.tile or index in self.placed:
                raise _Failed
            self.placed.add(index)
        row, col = divmod(index, self.cols)
        for channel, plane, div in ((0, self.y, 1), (1, self.cb, 2), (2, self.cr, 2)):
            w = lib.de265_get_image_width(pic, channel)
            h = lib.de265_get_image_height(pic, channel)
            stride = c_int()
            ptr = lib.de265_get_image_plane(pic, channel, byref(stride))
            if not ptr or w != size[0] // div or h != size[1] // div or stride.value < w:
                raise _Failed
            x0, y0 = col * size[0] // div, row * size[1] // div
            cw, ch = min(w, plane.shape[1] - x0), min(h, plane.shape[0] - y0)
            if cw <= 0 or ch <= 0:
                continue  # a tile wholly outside the output (the grid is cropped)
            src = np.ctypeslib.as_array((c_uint8 * (stride.value * h)).from_address(ptr))
            plane[y0 : y0 + ch, x0 : x0 + cw] = src.reshape(h, stride.value)[:ch, :cw]


def _nals(sample: bytes, length_size: int) -> list[tuple[int, int]]:
    """(offset, length) of each NAL unit of a length-prefixed hvc1 sample."""
    out, pos = [], 0
    while pos + length_size <= len(sample):
        n = int.from_bytes(sample[pos : pos + length_size], "big")
        pos += length_size
        if n == 0 or pos + n > len(sample):
            raise _Failed
        out.append((pos, n))
        pos += n
    if pos != len(sample) or not out:
        raise _Failed
    return out


def _decode_share(
    lib: ctypes.CDLL,
    param_sets: list[bytes],
    length_size: int,
    tiles: list[tuple[int, bytes]],
    canvas: _Canvas,
    loop_filters: bool,
) -> None:
    """One decoder for these (index, sample) tiles, in order; each picture into the canvas."""
    ctx = lib.de265_new_decoder()
    if not ctx:
        raise _Failed
    more = c_int()
    calls = 0

    def drain() -> None:
        while pic := lib.de265_get_next_picture(ctx):
            try:
                canvas.put(lib, pic)
            finally:
                lib.de265_release_next_picture(ctx)

    def run() -> None:
        nonlocal calls
        more.value = 1
        while more.value:
            err = lib.de265_decode(ctx, byref(more))
            drain()
            calls += 1
            if err == _WAITING_FOR_INPUT:
                return
            if (err and err < 1000) or calls > _MAX_DECODE_CALLS:
                raise _Failed

    try:
        lib.de265_set_parameter_bool(ctx, _SUPPRESS_FAULTY_PICTURES, 1)  # missing: libheif
        if not loop_filters:
            lib.de265_set_parameter_bool(ctx, _DISABLE_DEBLOCKING, 1)
            lib.de265_set_parameter_bool(ctx, _DISABLE_SAO, 1)
        for nal in param_sets:
            if lib.de265_push_NAL(ctx, c_char_p(nal), len(nal), 0, None):
                raise _Failed
        for index, sample in tiles:
            for offset, n in _nals(sample, length_size):
                chunk = sample[offset : offset + n]
                if lib.de265_push_NAL(ctx, c_char_p(chunk), n, index, None):
                    raise _Failed
            lib.de265_push_end_of_frame(ctx)
            run()
        lib.de265_flush_data(ctx)
        run()
    finally:
        lib.de265_free_decoder(ctx)


def decode_tiles(
    param_sets: list[bytes],
    length_size: int,
    tiles: list[bytes],
    cols: int,
    size: tuple[int, int],
    *,
    threads: int,
    loop_filters: bool,
) -> Planes | None:
    """The image whose tiles (row-major, `cols` a row, the grid cropped to `size`) are these
    hvc1 samples, all decoded with the same parameter sets (VPS, SPS, PPS from hvcC); or None.
    The tiles are shared out over `threads` decoders, each on a thread of its own."""
    lib = _library()
    width, height = size
    if lib is None or not tiles or cols < 1 or width < 1 or height < 1:
        return None
    canvas = _Canvas(width, height, cols, len(tiles))
    numbered = list(enumerate(tiles))
    shares = [numbered[k :: max(1, threads)] for k in range(max(1, threads))]
    shares = [s for s in shares if s]
    failed: list[BaseException] = []

    def work(share: list[tuple[int, bytes]]) -> None:
        try:
            _decode_share(lib, param_sets, length_size, share, canvas, loop_filters)
        except BaseException as exc:  # reported below, on the calling thread
            failed.append(exc)

    helpers = [threading.Thread(target=work, args=(s,), name="ps-hevc") for s in shares[1:]]
    for t in helpers:
        t.start()
    work(shares[0])
    for t in helpers:
        t.join()
    if failed:
        if not all(isinstance(e, _Failed) for e in failed):
            log.info(
                "libde265 route failed: %r", next(e for e in failed if not isinstance(e, _Failed))
            )
        return None
    if len(canvas.placed) != len(tiles) or canvas.tile is None or canvas.colour is None:
        return None  # a tile did not decode: libheif says what is wrong
    tw, th = canvas.tile
    if cols * tw < width or -(-len(tiles) // cols) * th < height:
        return None  # the tiles do not cover the image
    return Planes(canvas.y, canvas.cb, canvas.cr, *canvas.colour)
