"""Which files are photos, which decoders may touch them, and the pixel limit.

MAX_PIXELS is Pillow's hard limit (2 × its default warning threshold, ~179 MP). It admits every
current camera (a 150 MP medium-format frame is 14204×10652) and most stitched panoramas,
while refusing files whose header promises gigapixels. JPEGs, the bulk of a library, decode at
1/8 scale thanks to draft mode, so the full-size cost (about 540 MB for RGB) is only paid by
large PNG/TIFF/WebP/HEIF files.
"""

from __future__ import annotations

import threading

from PIL import Image, features

SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(
    {
        ".jpg",
        ".jpeg",
        ".jpe",
        ".png",
        ".webp",
        ".heic",
        ".heif",
        ".avif",
        ".tif",
        ".tiff",
        ".bmp",
        ".gif",
        ".mpo",  # multi-picture JPEG (3D and some phone cameras): the first frame is the photo
        ".jfif",
        ".jif",
    }
)

# Image files no decoder here reads: the scan lists each one with this reason instead of
# ignoring it, so a photo that is not searchable is never a mystery.
_RAW = "camera raw files are not supported (the JPEG saved beside it is indexed, if any)"
_RAW_EXTENSIONS = (
    ".3fr .arw .cr2 .cr3 .crw .dcr .dng .erf .iiq .kdc .mef .mos .mrw .nef .nrw .orf .pef .raf "
    ".raw .rw2 .rwl .sr2 .srf .srw .x3f"
)
_OTHER_EXTENSIONS = (
    ".jxl .jp2 .j2k .jpf .jpx .jxr .wdp .hdp .exr .hdr .tga .pcx .ppm .pgm .pbm .pnm .dds .qoi"
)
UNSUPPORTED_IMAGE_EXTENSIONS: dict[str, str] = {
    **dict.fromkeys(_RAW_EXTENSIONS.split(), _RAW),
    **dict.fromkeys([".ico", ".cur", ".icns"], "icons are not indexed"),
    **dict.fromkeys([".psd", ".psb", ".xcf", ".kra"], "editor documents are not supported"),
    **dict.fromkeys([".svg", ".svgz", ".eps", ".wmf", ".emf"], "vector drawings are not supported"),
    **dict.fromkeys(_OTHER_EXTENSIONS.split(), "this image format is not supported"),
}

# Files that are certainly not images (videos, sidecars, documents): the scan does not even
# look at their first bytes. Any other file with an unknown extension, or none, is checked
# for an image signature (see photoseek.scanner.sniff).
_NOT_IMAGES = (
    ".txt .md .log .csv .json .xml .xmp .html .htm .pdf .doc .docx .odt .xls .xlsx .ppt .pptx "
    ".rtf .ini .cfg .mov .mp4 .m4v .avi .mkv .mts .m2ts .3gp .wmv .mpg .mpeg .webm .flv .lrv "
    ".insv .mp3 .m4a .aac .wav .flac .ogg .opus .aae .thm .pp3 .dop .xcp .lrcat .db .sqlite "
    ".zip .rar .7z .gz .bz2 .xz .tar .iso .dmg .exe .dll .so .py .js .css .lnk .url .nomedia "
    ".part .crdownload .bak .tmp .swp .torrent .srt .vtt .kml .gpx"
)
NOT_IMAGE_EXTENSIONS: frozenset[str] = frozenset(_NOT_IMAGES.split())

MAX_PIXELS: int = 178_956_970
PIXEL_BLOCK_BYTES = 64 << 20

# Decoders are chosen by content, never by extension, and only from this list: Pillow has
# dozens of plugins (EPS even shells out to Ghostscript) and a photo library needs none of them.
# "JPEG" also opens MPO, which many phones and 3D cameras write into ".jpg" files (first frame =
# the photo). AVIF goes before HEIF: both plugins accept the generic "mif1" brand, and while
# libavif rejects a HEVC-coded file while opening (so Pillow moves on to HEIF), libheif without
# an AV1 decoder accepts an AV1-coded one and only fails when decoding.
_BASE_FORMATS: tuple[str, ...] = ("JPEG", "PNG", "HEIF", "WEBP", "TIFF", "GIF", "BMP")


_lock = threading.Lock()
_registered = False
_formats: tuple[str, ...] = _BASE_FORMATS
_avif_source: str | None = None


def register_plugins() -> None:
    """Register HEIF/HEIC (pillow-heif) and AVIF decoders and align Pillow's pixel limit.

    Idempotent and thread-safe; every decode entry point calls it.
    """
    global _registered, _formats, _avif_source
    if _registered:
        return
    with _lock:
        if _registered:
            return
        import pillow_heif

        # pillow-heif applies the HEIF irot/imir transforms while decoding and resets the EXIF
        # orientation to 1, so the orientation step later never rotates a HEIC twice.
        pillow_heif.register_heif_opener()
        avif: str | None = None
        if features.check("avif"):  # Pillow ≥ 11.2 built with libavif
            avif = "pillow"
        elif hasattr(pillow_heif, "register_avif_opener"):  # pillow-heif < 1.0 shipped one
            pillow_heif.register_avif_opener()
            avif = "pillow-heif"
        _avif_source = avif
        Image.init()  # load Pillow's plugins so the list below only names registered ones
        wanted = _BASE_FORMATS
        if avif:
            heif_at = wanted.index("HEIF")
            wanted = (*wanted[:heif_at], "AVIF", *wanted[heif_at:])
        _formats = tuple(f for f in wanted if f in Image.OPEN)
        raise_pillow_limit(MAX_PIXELS)
        # Pillow allocates pixels in blocks (16 MB by default). glibc serves allocations below
        # its dynamic mmap threshold (up to 32 MB) from per-thread heaps that keep the memory
        # once it is freed, so with several decode threads every thread would hold on to a
        # big image's worth. Blocks above it are mmapped and go back to the system on close.
        Image.core.set_block_size(PIXEL_BLOCK_BYTES)
        _registered = True


def raise_pillow_limit(max_pixels: int) -> None:
    """Make Pillow's DecompressionBombWarning threshold at least `max_pixels`.

    Pillow warns above Image.MAX_IMAGE_PIXELS (89 MP by default) and raises above twice that,
    while opening, before we can look at the size. Our own limit is checked on the header size
    right after opening, so Pillow's threshold is lifted to ours: an image we accept never makes
    Pillow warn, and Pillow's own check stays in place as a backstop (2 × our limit) for the
    sizes that only appear during decoding (GIF frames, TIFF tiles). The setting is process-wide
    and only ever raised, so concurrent callers cannot undo each other.
    """
    current = Image.MAX_IMAGE_PIXELS
    if current is not None and current < max_pixels:
        Image.MAX_IMAGE_PIXELS = max_pixels


def pil_formats() -> tuple[str, ...]:
    """The Pillow format names Image.open may try, in order."""
    register_plugins()
    return _formats


def avif_source() -> str | None:
    """Which library decodes AVIF here: "pillow", "pillow-heif", or None (unsupported)."""
    register_plugins()
    return _avif_source
