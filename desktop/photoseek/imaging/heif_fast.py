"""HEIF/HEIC decoded straight to a small RGB image: libheif's planes, scaled, then converted.

Profiling pillow-heif on phone photos (12–16 MP) shows the HEVC decoding itself is only a
fifth of the time: libheif then converts every full-size pixel from YCbCr to planar RGB, from
planar to interleaved RGB, and Pillow copies it once more — all to be thrown away by the
resize to 512 px. Here libheif hands over its native YCbCr planes (8 bit, with irot/imir/clap
applied), each plane is scaled to the target size, and the colour conversion runs on the small
image only (with the matrix and range the file's nclx profile names): about 3–4× faster, and
the memory is 1.5 bytes a pixel instead of 7.

libheif is the copy that pillow-heif bundles and has already loaded, called through ctypes.
Anything unusual (alpha, more than 8 bits, an unknown matrix, no libheif found) returns None
and the caller decodes through pillow-heif as before.

An 8-bit 4:2:0 HEVC image (a grid of tiles, as phones write, or a single picture) whose only
transformations are rotations and mirrors goes one step further: libheif reads the file (the
items, their data, the grid, the colour profile) and `hevc_tiles` decodes the tiles with
libde265 directly (see there why); when that route declines, libheif decodes as above.
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading
from collections.abc import Callable
from ctypes import (
    POINTER,
    Structure,
    byref,
    c_char_p,
    c_int,
    c_size_t,
    c_uint8,
    c_uint32,
    c_void_p,
)

import numpy as np
from PIL import Image

from photoseek.imaging import bundled_libs, hevc_tiles

log = logging.getLogger(__name__)

_YCBCR, _MONOCHROME = 0, 2  # enum heif_colorspace
_UNDEFINED = 99  # heif_colorspace_undefined / heif_chroma_undefined: "as coded"
_CHROMA_MONO, _CHROMA_420, _CHROMA_422, _CHROMA_444 = 0, 1, 2, 3
_Y, _CB, _CR = 0, 1, 2  # enum heif_channel
# matrix_coefficients (ITU-T H.273) → (Kr, Kb)
_MATRICES = {1: (0.2126, 0.0722), 5: (0.299, 0.114), 6: (0.299, 0.114), 9: (0.2627, 0.0593)}
_DEFAULT_MATRIX = 6  # what libheif assumes without an nclx profile (BT.601, full range)


def _fourcc(code: str) -> int:
    return int.from_bytes(code.encode("ascii"), "big")


_IROT, _IMIR = _fourcc("irot"), _fourcc("imir")
_GRID, _HVC1, _DIMG = _fourcc("grid"), _fourcc("hvc1"), _fourcc("dimg")
# irot is counter-clockwise, like Pillow's ROTATE_*; imir 0 flips top-bottom, 1 left-right.
_ROTATIONS = {
    90: Image.Transpose.ROTATE_90,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_270,
}
_MIRRORS = {0: Image.Transpose.FLIP_TOP_BOTTOM, 1: Image.Transpose.FLIP_LEFT_RIGHT}


class _Error(Structure):
    _fields_ = (("code", c_int), ("subcode", c_int), ("message", c_char_p))


class _Nclx(Structure):
    _fields_ = (
        ("version", c_uint8),
        ("color_primaries", c_int),
        ("transfer_characteristics", c_int),
        ("matrix_coefficients", c_int),
        ("full_range_flag", c_uint8),
    )


class _ConversionOptions(Structure):
    _fields_ = (
        ("version", c_uint8),
        ("preferred_chroma_downsampling_algorithm", c_int),
        ("preferred_chroma_upsampling_algorithm", c_int),
        ("only_use_preferred_chroma_algorithm", c_uint8),
    )


class _DecodingOptions(Structure):
    """struct heif_decoding_options up to version 10 (libheif ≥ 1.21 appends, never moves)."""

    _fields_ = (
        ("version", c_uint8),
        ("ignore_transformations", c_uint8),
        ("start_progress", c_void_p),
        ("on_progress", c_void_p),
        ("end_progress", c_void_p),
        ("progress_user_data", c_void_p),
        ("convert_hdr_to_8bit", c_uint8),
        ("strict_decoding", c_uint8),
        ("decoder_id", c_void_p),
        ("color_conversion_options", _ConversionOptions),
        ("cancel_decoding", c_void_p),
        ("color_conversion_options_ext", c_void_p),
        ("ignore_sequence_editlist", c_int),
        ("output_image_nclx_profile", c_void_p),
        ("num_library_threads", c_int),
        ("num_codec_threads", c_int),
        ("autocorrect_broken_input", c_uint8),
        ("output_image_nclx_profile_passthrough", c_uint8),
    )


_local = threading.local()


def set_thread_decoding_threads(n: int | None) -> None:
    """libheif's decoding threads for HEIF decodes on the calling thread (None: the cores).
    A decode pool with a worker per core gives each one thread, so they do not oversubscribe."""
    _local.threads = n


def _threads() -> int:
    n = getattr(_local, "threads", None)
    return max(1, n if n is not None else (os.cpu_count() or 2))


def _declare(lib: ctypes.CDLL) -> None:
    lib.heif_context_alloc.restype = c_void_p
    lib.heif_context_alloc.argtypes = ()
    lib.heif_context_free.argtypes = (c_void_p,)
    lib.heif_context_free.restype = None
    lib.heif_context_read_from_memory_without_copy.restype = _Error
    lib.heif_context_read_from_memory_without_copy.argtypes = (
        c_void_p,
        c_char_p,
        c_size_t,
        c_void_p,
    )
    lib.heif_context_set_max_decoding_threads.argtypes = (c_void_p, c_int)
    lib.heif_context_set_max_decoding_threads.restype = None
    lib.heif_context_get_primary_image_handle.restype = _Error
    lib.heif_context_get_primary_image_handle.argtypes = (c_void_p, POINTER(c_void_p))
    lib.heif_image_handle_release.argtypes = (c_void_p,)
    lib.heif_image_handle_release.restype = None
    lib.heif_image_handle_has_alpha_channel.argtypes = (c_void_p,)
    lib.heif_image_handle_has_alpha_channel.restype = c_int
    lib.heif_image_handle_get_luma_bits_per_pixel.argtypes = (c_void_p,)
    lib.heif_image_handle_get_luma_bits_per_pixel.restype = c_int
    lib.heif_image_handle_get_chroma_bits_per_pixel.argtypes = (c_void_p,)
    lib.heif_image_handle_get_chroma_bits_per_pixel.restype = c_int
    lib.heif_decode_image.restype = _Error
    lib.heif_decode_image.argtypes = (c_void_p, POINTER(c_void_p), c_int, c_int, c_void_p)
    lib.heif_image_release.argtypes = (c_void_p,)
    lib.heif_image_release.restype = None
    lib.heif_image_get_colorspace.argtypes = (c_void_p,)
    lib.heif_image_get_colorspace.restype = c_int
    lib.heif_image_get_chroma_format.argtypes = (c_void_p,)
    lib.heif_image_get_chroma_format.restype = c_int
    lib.heif_image_get_width.argtypes = (c_void_p, c_int)
    lib.heif_image_get_width.restype = c_int
    lib.heif_image_get_height.argtypes = (c_void_p, c_int)
    lib.heif_image_get_height.restype = c_int
    lib.heif_image_get_bits_per_pixel_range.argtypes = (c_void_p, c_int)
    lib.heif_image_get_bits_per_pixel_range.restype = c_int
    lib.heif_image_get_plane_readonly.argtypes = (c_void_p, c_int, POINTER(c_int))
    lib.heif_image_get_plane_readonly.restype = c_void_p
    lib.heif_image_get_nclx_color_profile.restype = _Error
    lib.heif_image_get_nclx_color_profile.argtypes = (c_void_p, POINTER(POINTER(_Nclx)))
    lib.heif_nclx_color_profile_free.argtypes = (POINTER(_Nclx),)
    lib.heif_nclx_color_profile_free.restype = None
    lib.heif_decoding_options_alloc.argtypes = ()
    lib.heif_decoding_options_alloc.restype = POINTER(_DecodingOptions)
    lib.heif_decoding_options_free.argtypes = (POINTER(_DecodingOptions),)
    lib.heif_decoding_options_free.restype = None
    lib.heif_image_handle_get_item_id.argtypes = (c_void_p,)
    lib.heif_image_handle_get_item_id.restype = c_uint32
    lib.heif_item_get_transformation_properties.argtypes = (
        c_void_p,
        c_uint32,
        POINTER(c_uint32),
        c_int,
    )
    lib.heif_item_get_transformation_properties.restype = c_int
    lib.heif_item_get_property_type.argtypes = (c_void_p, c_uint32, c_uint32)
    lib.heif_item_get_property_type.restype = c_uint32
    lib.heif_item_get_property_transform_rotation_ccw.argtypes = (c_void_p, c_uint32, c_uint32)
    lib.heif_item_get_property_transform_rotation_ccw.restype = c_int
    lib.heif_item_get_property_transform_mirror.argtypes = (c_void_p, c_uint32, c_uint32)
    lib.heif_item_get_property_transform_mirror.restype = c_int
    lib.heif_item_get_item_type.argtypes = (c_void_p, c_uint32)
    lib.heif_item_get_item_type.restype = c_uint32
    lib.heif_item_get_item_data.argtypes = (
        c_void_p,
        c_uint32,
        POINTER(c_int),
        POINTER(POINTER(c_uint8)),
        POINTER(c_size_t),
    )
    lib.heif_item_get_item_data.restype = _Error
    lib.heif_release_item_data.argtypes = (c_void_p, POINTER(POINTER(c_uint8)))
    lib.heif_release_item_data.restype = None
    lib.heif_context_get_item_references.argtypes = (
        c_void_p,
        c_uint32,
        c_int,
        POINTER(c_uint32),
        POINTER(POINTER(c_uint32)),
    )
    lib.heif_context_get_item_references.restype = c_size_t
    lib.heif_release_item_references.argtypes = (c_void_p, POINTER(POINTER(c_uint32)))
    lib.heif_release_item_references.restype = None
    for name in ("heif_image_handle_get_ispe_width", "heif_image_handle_get_ispe_height"):
        getattr(lib, name).argtypes = (c_void_p,)
        getattr(lib, name).restype = c_int
    lib.heif_image_handle_get_nclx_color_profile.restype = _Error
    lib.heif_image_handle_get_nclx_color_profile.argtypes = (c_void_p, POINTER(POINTER(_Nclx)))


_LIBHEIF = bundled_libs.Bundled("heif", _declare)


def _library() -> ctypes.CDLL | None:
    return _LIBHEIF.get()


def _transforms(lib: ctypes.CDLL, ctx: int, handle: c_void_p) -> list[Image.Transpose] | None:
    """The primary image's irot/imir as Pillow transposes, in order; None when there is
    anything else (a clap crop): then libheif applies them itself, at full size."""
    item = lib.heif_image_handle_get_item_id(handle)
    n = lib.heif_item_get_transformation_properties(ctx, item, None, 0)
    if n <= 0:
        return [] if n == 0 else None
    ids = (c_uint32 * n)()
    lib.heif_item_get_transformation_properties(ctx, item, ids, n)
    out = []
    for pid in ids:
        kind = lib.heif_item_get_property_type(ctx, item, pid)
        if kind == _IROT:
            angle = lib.heif_item_get_property_transform_rotation_ccw(ctx, item, pid)
            if angle == 0:
                continue
            if angle not in _ROTATIONS:
                return None
            out.append(_ROTATIONS[angle])
        elif kind == _IMIR:
            axis = lib.heif_item_get_property_transform_mirror(ctx, item, pid)
            if axis not in _MIRRORS:
                return None
            out.append(_MIRRORS[axis])
        else:
            return None
    return out


def _options(lib: ctypes.CDLL, threads: int) -> ctypes._Pointer[_DecodingOptions] | None:
    """Decoding options that keep the planes as coded: without them libheif converts YCbCr to
    RGB and back whenever the file's colour profile is not sRGB's (most phone photos), at full
    size. Only set when the struct libheif allocates is the layout we know."""
    opts = lib.heif_decoding_options_alloc()
    if not opts:
        return None
    o = opts.contents
    known = (
        o.version >= 10
        and o.ignore_transformations == 0
        and o.decoder_id is None
        and o.output_image_nclx_profile is None
        and o.output_image_nclx_profile_passthrough == 0
        and o.num_codec_threads == 0
    )
    if not known:
        lib.heif_decoding_options_free(opts)
        return None
    o.output_image_nclx_profile_passthrough = 1  # keep the file's YCbCr: we convert it
    o.num_codec_threads = threads
    return opts


def available() -> bool:
    return _library() is not None


def fit(width: int, height: int, max_side: int) -> tuple[int, int]:
    longest = max(width, height)
    if longest <= max_side:
        return width, height
    scale = max_side / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def decode_reduced(data: bytes, max_side: int) -> tuple[Image.Image, tuple[int, int]] | None:
    """The primary image of HEIF `data`, oriented, as RGB with longest side ≤ max_side, and
    its full size; or None when this path does not apply (then decode with pillow-heif).
    `data` must stay alive during the call (libheif reads it without copying)."""
    lib = _library()
    if lib is None:
        return None
    ctx = lib.heif_context_alloc()
    if not ctx:
        return None
    handle = c_void_p()
    img = c_void_p()
    opts = None
    threads = _threads()
    try:
        if lib.heif_context_read_from_memory_without_copy(ctx, data, len(data), None).code:
            return None
        lib.heif_context_set_max_decoding_threads(ctx, threads)
        if lib.heif_context_get_primary_image_handle(ctx, byref(handle)).code:
            return None
        if (
            lib.heif_image_handle_has_alpha_channel(handle)
            or lib.heif_image_handle_get_luma_bits_per_pixel(handle) != 8
            or lib.heif_image_handle_get_chroma_bits_per_pixel(handle) not in (8, -1)
        ):
            return None
        opts = _options(lib, threads)
        if opts is None:
            return None  # libheif would convert every pixel twice: pillow-heif is as fast
        transforms = _transforms(lib, ctx, handle)
        result = None
        if transforms is not None:  # rotate and mirror the small image, not the planes
            opts.contents.ignore_transformations = 1
            result = _from_tiles(lib, ctx, handle, data, max_side, threads)
        if result is None:
            err = lib.heif_decode_image(handle, byref(img), _UNDEFINED, _UNDEFINED, opts)
            if err.code:
                return None
            result = _to_rgb(lib, img, max_side)
        if result is None or not transforms:
            return result
        small, (w, h) = result
        for t in transforms:
            small = small.transpose(t)
            if t in (Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270):
                w, h = h, w
        return small, (w, h)
    finally:
        if opts is not None:
            lib.heif_decoding_options_free(opts)
        if img:
            lib.heif_image_release(img)
        if handle:
            lib.heif_image_handle_release(handle)
        lib.heif_context_free(ctx)


def _plane(lib: ctypes.CDLL, img: c_void_p, channel: int) -> Image.Image | None:
    """One 8-bit plane as a Pillow "L" image over libheif's memory (valid while img lives)."""
    if lib.heif_image_get_bits_per_pixel_range(img, channel) != 8:
        return None
    w = lib.heif_image_get_width(img, channel)
    h = lib.heif_image_get_height(img, channel)
    stride = c_int()
    ptr = lib.heif_image_get_plane_readonly(img, channel, byref(stride))
    if not ptr or w < 1 or h < 1 or stride.value < w:
        return None
    raw = (ctypes.c_uint8 * (stride.value * h)).from_address(ptr)
    return Image.frombuffer("L", (w, h), raw, "raw", "L", stride.value, 1)


def _scaled(plane: Image.Image, target: tuple[int, int]) -> np.ndarray:
    if plane.size != target:
        # Box-reduce by the whole factor first (like JPEG DCT scaling), then BICUBIC the rest.
        plane = plane.resize(target, Image.Resampling.BICUBIC, reducing_gap=1.0)
    else:
        plane = plane.copy()  # out of libheif's memory before it is released
    return np.asarray(plane, dtype=np.float32)


def _to_rgb(
    lib: ctypes.CDLL, img: c_void_p, max_side: int
) -> tuple[Image.Image, tuple[int, int]] | None:
    colorspace = lib.heif_image_get_colorspace(img)
    chroma = lib.heif_image_get_chroma_format(img)
    y_plane = _plane(lib, img, _Y)
    if y_plane is None:
        return None
    size = y_plane.size
    target = fit(*size, max_side)
    if colorspace == _MONOCHROME or chroma == _CHROMA_MONO:
        gray = Image.fromarray(np.clip(_scaled(y_plane, target) + 0.5, 0, 255).astype(np.uint8))
        return gray.convert("RGB"), size
    if colorspace != _YCBCR or chroma not in (_CHROMA_420, _CHROMA_422, _CHROMA_444):
        return None
    cb_plane, cr_plane = _plane(lib, img, _CB), _plane(lib, img, _CR)
    if cb_plane is None or cr_plane is None:
        return None
    colour = _read_nclx(lib, lib.heif_image_get_nclx_color_profile, img) or (_DEFAULT_MATRIX, True)
    rgb = _converted((y_plane, cb_plane, cr_plane), *colour, target)
    return None if rgb is None else (rgb, size)


def _converted(
    planes: tuple[Image.Image, Image.Image, Image.Image],
    matrix: int,
    full_range: bool,
    target: tuple[int, int],
) -> Image.Image | None:
    """YCbCr planes (chroma at any subsampling) scaled to `target`, then converted to RGB."""
    if matrix not in _MATRICES:
        return None
    kr, kb = _MATRICES[matrix]
    y, cb, cr = (_scaled(p, target) for p in planes)
    if full_range:
        cb -= 128.0
        cr -= 128.0
    else:  # "video" range: Y in 16–235, chroma in 16–240
        y = (y - 16.0) * (255.0 / 219.0)
        cb = (cb - 128.0) * (255.0 / 224.0)
        cr = (cr - 128.0) * (255.0 / 224.0)
    kg = 1.0 - kr - kb
    r = y + (2.0 - 2.0 * kr) * cr
    b = y + (2.0 - 2.0 * kb) * cb
    g = (y - kr * r - kb * b) / kg
    rgb = np.stack((r, g, b), axis=-1)
    return Image.fromarray(np.clip(rgb + 0.5, 0, 255).astype(np.uint8), "RGB")


def _from_tiles(
    lib: ctypes.CDLL, ctx: int, handle: c_void_p, data: bytes, max_side: int, threads: int
) -> tuple[Image.Image, tuple[int, int]] | None:
    """The primary image (not yet rotated or mirrored) through `hevc_tiles`, or None."""
    if not hevc_tiles.available():
        return None
    item = lib.heif_image_handle_get_item_id(handle)
    kind = lib.heif_item_get_item_type(ctx, item)
    if kind == _GRID:
        grid = _grid(_item_data(lib, ctx, item))
        tile_ids = _references(lib, ctx, item, _DIMG)
        if grid is None or tile_ids is None or len(tile_ids) != grid[0] * grid[1]:
            return None
        _, cols, size = grid
    elif kind == _HVC1:  # its ispe: the coded size, before any rotation
        ispe = (
            lib.heif_image_handle_get_ispe_width(handle),
            lib.heif_image_handle_get_ispe_height(handle),
        )
        tile_ids, cols, size = [item], 1, ispe
    else:
        return None
    config = _hvcc(tile_ids, data)
    samples = [_item_data(lib, ctx, t) for t in tile_ids]
    if config is None or any(not s for s in samples) or min(size) < 1:
        return None
    param_sets, length_size = config
    target = fit(*size, max_side)
    filters = min(size[0] / target[0], size[1] / target[1]) < hevc_tiles.LOOP_FILTER_REDUCTION
    planes = hevc_tiles.decode_tiles(
        param_sets, length_size, samples, cols, size, threads=threads, loop_filters=filters
    )
    if planes is None:
        return None
    # The file's own nclx box, else the stream's colour description.
    colour = _read_nclx(lib, lib.heif_image_handle_get_nclx_color_profile, handle) or (
        _known_matrix(planes.matrix),
        planes.full_range,
    )
    as_images = (Image.fromarray(planes.y), Image.fromarray(planes.cb), Image.fromarray(planes.cr))
    rgb = _converted(as_images, *colour, target)
    return None if rgb is None else (rgb, size)


def _item_data(lib: ctypes.CDLL, ctx: int, item: int) -> bytes:
    """An item's bytes as stored (for hvc1: length-prefixed NAL units); b"" when unreadable."""
    compression = c_int()
    ptr = POINTER(c_uint8)()
    size = c_size_t()
    if lib.heif_item_get_item_data(ctx, item, byref(compression), byref(ptr), byref(size)).code:
        return b""
    try:
        return ctypes.string_at(ptr, size.value) if ptr and size.value else b""
    finally:
        lib.heif_release_item_data(ctx, byref(ptr))


def _references(lib: ctypes.CDLL, ctx: int, item: int, kind: int) -> list[int] | None:
    """The items `item` refers to with references of type `kind`, in order (tiles: row-major)."""
    for index in range(16):
        found = c_uint32()
        refs = POINTER(c_uint32)()
        n = lib.heif_context_get_item_references(ctx, item, index, byref(found), byref(refs))
        if not refs:
            return None
        try:
            if found.value == kind:
                return [refs[i] for i in range(n)]
        finally:
            lib.heif_release_item_references(ctx, byref(refs))
    return None


def _grid(raw: bytes) -> tuple[int, int, tuple[int, int]] | None:
    """An ImageGrid's rows, columns and output size (ISO/IEC 23008-12, 6.6.2.3)."""
    if len(raw) < 8 or raw[0] != 0:
        return None
    rows, cols = raw[2] + 1, raw[3] + 1
    if raw[1] & 1:
        if len(raw) < 12:
            return None
        width, height = int.from_bytes(raw[4:8], "big"), int.from_bytes(raw[8:12], "big")
    else:
        width, height = int.from_bytes(raw[4:6], "big"), int.from_bytes(raw[6:8], "big")
    return (rows, cols, (width, height)) if width and height else None


def _hvcc(tiles: list[int], data: bytes) -> tuple[list[bytes], int] | None:
    """The parameter sets (VPS, SPS, PPS) and NAL length size every tile is coded with; None
    unless all tiles share one 8-bit 4:2:0 hvcC. libheif parses hvcC but does not hand it
    out, so it is read from the file: the ipco box the tiles' ipma entries point to."""
    meta = _child(data, 0, len(data), b"meta")
    iprp = None if meta is None else _child(data, meta[0] + 4, meta[1], b"iprp")  # full box
    ipco = None if iprp is None else _child(data, iprp[0], iprp[1], b"ipco")
    ipma = None if iprp is None else _child(data, iprp[0], iprp[1], b"ipma")
    if ipco is None or ipma is None:
        return None
    boxes = _boxes(data, *ipco)
    associations = _associations(data[ipma[0] : ipma[1]])
    chosen: set[int] = set()
    for t in tiles:
        found = [
            i for i in associations.get(t, []) if 0 < i <= len(boxes) and boxes[i - 1][0] == b"hvcC"
        ]
        if len(found) != 1:
            return None
        chosen.add(found[0])
    if len(chosen) != 1:
        return None
    _, start, end = boxes[chosen.pop() - 1]
    return _parse_hvcc(data[start:end])


def _associations(ipma: bytes) -> dict[int, list[int]]:
    """ItemPropertyAssociation (ISO/IEC 23008-12, 9.3): item id → its property indices into
    ipco (1-based); {} when malformed."""
    if len(ipma) < 8:
        return {}
    version, flags = ipma[0], int.from_bytes(ipma[1:4], "big")
    id_size, size = (2 if version < 1 else 4), (2 if flags & 1 else 1)
    mask = 0x7FFF if size == 2 else 0x7F  # the high bit says "essential"
    count, pos = int.from_bytes(ipma[4:8], "big"), 8
    out: dict[int, list[int]] = {}
    for _ in range(count):
        if pos + id_size + 1 > len(ipma):
            return {}
        item = int.from_bytes(ipma[pos : pos + id_size], "big")
        n, pos = ipma[pos + id_size], pos + id_size + 1
        if pos + n * size > len(ipma):
            return {}
        out[item] = [
            int.from_bytes(ipma[pos + k * size : pos + (k + 1) * size], "big") & mask
            for k in range(n)
        ]
        pos += n * size
    return out


def _child(data: bytes, start: int, end: int, kind: bytes) -> tuple[int, int] | None:
    for k, s, e in _boxes(data, start, end):
        if k == kind:
            return s, e
    return None


def _boxes(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """(type, payload start, end) of the ISOBMFF boxes in data[start:end]; stops at a bad one."""
    out, pos = [], start
    while pos + 8 <= end:
        size, kind, header = int.from_bytes(data[pos : pos + 4], "big"), data[pos + 4 : pos + 8], 8
        if size == 1 and pos + 16 <= end:
            size, header = int.from_bytes(data[pos + 8 : pos + 16], "big"), 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            break
        out.append((kind, pos + header, pos + size))
        pos += size
    return out


def _parse_hvcc(box: bytes) -> tuple[list[bytes], int] | None:
    """HEVCDecoderConfigurationRecord (ISO/IEC 14496-15, 8.3.3.1): 8-bit 4:2:0 only."""
    if len(box) < 23:
        return None
    chroma, luma_bits, chroma_bits = box[16] & 3, (box[17] & 7) + 8, (box[18] & 7) + 8
    if chroma != 1 or luma_bits != 8 or chroma_bits != 8:
        return None
    length_size = (box[21] & 3) + 1
    nals: list[bytes] = []
    pos = 23
    try:
        for _ in range(box[22]):
            count = int.from_bytes(box[pos + 1 : pos + 3], "big")
            pos += 3
            for _ in range(count):
                n = int.from_bytes(box[pos : pos + 2], "big")
                if n == 0 or pos + 2 + n > len(box):
                    return None
                nals.append(box[pos + 2 : pos + 2 + n])
                pos += 2 + n
    except IndexError:
        return None
    if length_size == 3 or not nals:
        return None
    return nals, length_size


def _read_nclx(
    lib: ctypes.CDLL, get: Callable[..., _Error], of: c_void_p
) -> tuple[int, bool] | None:
    """(matrix, full range) of an nclx profile that `get` (libheif's getter for an image or
    a handle) finds on `of`, "unspecified" read as libheif's default; None without one."""
    profile = POINTER(_Nclx)()
    if get(of, byref(profile)).code or not profile:
        return None
    try:
        p = profile.contents
        return _known_matrix(p.matrix_coefficients), bool(p.full_range_flag)
    finally:
        lib.heif_nclx_color_profile_free(profile)


def _known_matrix(matrix: int) -> int:
    return _DEFAULT_MATRIX if matrix == 2 else matrix  # 2: "unspecified"
