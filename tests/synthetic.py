"""Synthetic photos with known content, for retrieval tests that can fail honestly.

Each scene is drawn from shapes and colours (no file name or metadata hints), with a seed
so variants of one scene differ in layout. Names say what a person would see.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import ExifTags, Image, ImageDraw, ImageFilter

SIZE = (640, 480)


def _noise(img: Image.Image, rng: random.Random, amount: int = 12) -> Image.Image:
    px = img.load()
    assert px is not None
    w, h = img.size
    for _ in range(w * h // 40):
        x, y = rng.randrange(w), rng.randrange(h)
        r, g, b = px[x, y]  # type: ignore[misc]
        d = rng.randint(-amount, amount)
        px[x, y] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    return img


def red_flowers(seed: int) -> Image.Image:
    rng = random.Random(seed)
    img = Image.new("RGB", SIZE, (40, 110 + rng.randint(-15, 15), 40))
    d = ImageDraw.Draw(img)
    for _ in range(30 + rng.randint(0, 10)):
        x, y, r = rng.randrange(SIZE[0]), rng.randrange(SIZE[1]), rng.randint(25, 60)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(200 + rng.randint(0, 55), 20, 30))
        d.ellipse((x - 6, y - 6, x + 6, y + 6), fill=(240, 210, 40))
    return _noise(img.filter(ImageFilter.GaussianBlur(1)), rng)


def blue_sky_sea(seed: int) -> Image.Image:
    rng = random.Random(seed)
    img = Image.new("RGB", SIZE)
    d = ImageDraw.Draw(img)
    horizon = SIZE[1] // 2 + rng.randint(-40, 40)
    for y in range(SIZE[1]):
        if y < horizon:
            t = y / horizon
            d.line((0, y, SIZE[0], y), fill=(int(90 + 80 * t), int(150 + 60 * t), 235))
        else:
            d.line((0, y, SIZE[0], y), fill=(20, 70 + rng.randint(0, 20), 140))
    for _ in range(4):
        x, y = rng.randrange(SIZE[0]), rng.randrange(max(1, horizon - 60))
        d.ellipse((x, y, x + 120, y + 40), fill=(245, 245, 250))
    return _noise(img, rng)


def green_field(seed: int) -> Image.Image:
    rng = random.Random(seed)
    img = Image.new("RGB", SIZE, (60, 150 + rng.randint(-20, 20), 50))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, SIZE[0], SIZE[1] // 4), fill=(150, 190, 230))
    for _ in range(200):
        x, y = rng.randrange(SIZE[0]), rng.randrange(SIZE[1] // 4, SIZE[1])
        d.line((x, y, x + rng.randint(-3, 3), y - 12), fill=(30, 120, 30), width=2)
    return _noise(img, rng)


def yellow_sunflowers(seed: int) -> Image.Image:
    rng = random.Random(seed)
    img = Image.new("RGB", SIZE, (240, 200, 30))
    d = ImageDraw.Draw(img)
    for _ in range(12):
        x, y, r = rng.randrange(SIZE[0]), rng.randrange(SIZE[1]), rng.randint(20, 40)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(110, 60, 20))
    return _noise(img, rng)


def night_city(seed: int) -> Image.Image:
    rng = random.Random(seed)
    img = Image.new("RGB", SIZE, (8, 8, 20))
    d = ImageDraw.Draw(img)
    for _ in range(60):
        x, y = rng.randrange(SIZE[0]), rng.randrange(SIZE[1] // 2, SIZE[1])
        d.rectangle((x, y, x + 4, y + 6), fill=(250, 220, 120))
    return _noise(img, rng, 4)


def snow(seed: int) -> Image.Image:
    rng = random.Random(seed)
    img = Image.new("RGB", SIZE, (235, 238, 245))
    d = ImageDraw.Draw(img)
    d.polygon(
        [(0, 300), (200, 120), (420, 320), (640, 200), (640, 480), (0, 480)], fill=(250, 250, 252)
    )
    return _noise(img, rng, 6)


SCENES = {
    "red": red_flowers,
    "blue": blue_sky_sea,
    "green": green_field,
    "yellow": yellow_sunflowers,
    "night": night_city,
    "snow": snow,
}


# When `dated`, the month each scene was "taken" in (variants a few days apart), so a
# timeline has groups and a sort by date has a known answer.
SCENE_MONTHS = {
    "red": "2023-05",
    "blue": "2023-07",
    "green": "2022-12",
    "yellow": "2024-01",
    "night": "2023-05",
    "snow": "2021-02",
}


def exif_bytes(taken_at: str, camera: tuple[str, str] = ("Canon", "Canon EOS 40D")) -> bytes:
    """An EXIF block with DateTimeOriginal ("YYYY-MM-DDTHH:MM:SS") and the camera."""
    ex = Image.Exif()
    ex[ExifTags.Base.Make], ex[ExifTags.Base.Model] = camera
    ex.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken_at.replace(
        "-", ":"
    ).replace("T", " ")
    return ex.tobytes()


def taken_at(scene: str, i: int) -> str:
    return f"{SCENE_MONTHS[scene]}-{3 + 7 * i:02d}T1{i}:30:00"


def make_photos(
    folder: Path,
    per_scene: int = 3,
    dated: bool = False,
    scenes: tuple[str, ...] | None = None,
) -> dict[str, list[Path]]:
    """Write `per_scene` JPEGs of each scene (or of `scenes`) under `folder`; returns paths by
    scene. `dated` writes EXIF capture dates (taken_at(scene, i)) and a camera into each."""
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, list[Path]] = {}
    for scene, draw in SCENES.items():
        if scenes is not None and scene not in scenes:
            continue
        for i in range(per_scene):
            p = folder / scene / f"img_{scene}_{i}.jpg"
            p.parent.mkdir(exist_ok=True)
            extra = {"exif": exif_bytes(taken_at(scene, i))} if dated else {}
            draw(i * 7 + len(scene)).save(p, quality=88, **extra)
            out.setdefault(scene, []).append(p)
    return out


def make_many(folder: Path, n: int, size: tuple[int, int] = (320, 240)) -> list[Path]:
    """`n` distinct small photos (for progress, paging and speed tests)."""
    folder.mkdir(parents=True, exist_ok=True)
    scenes = list(SCENES.values())
    paths = []
    for i in range(n):
        img = scenes[i % len(scenes)](1000 + i).resize(size)
        p = folder / f"{i // 100:03d}" / f"p{i:05d}.jpg"
        p.parent.mkdir(exist_ok=True)
        img.save(p, quality=80)
        paths.append(p)
    return paths
