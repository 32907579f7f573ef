"""Benchmark data generated once and cached between runs (`$PHOTOSEEK_BENCH_CACHE`, else
`~/.cache/photoseek-bench`), so `make bench` spends its time measuring, not preparing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.bench.store_data import cache_root


def cached_dir(name: str, make: Callable[[Path], None]) -> Path:
    """`<cache>/<name>`, made by `make(folder)` the first time (a marker says it is complete)."""
    folder = cache_root() / name
    done = folder.parent / f".{name}.done"
    if not done.exists():
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        make(folder)
        done.write_text("ok\n")
    return folder


def make_variants(folder: Path, n: int, per_dir: int = 500) -> None:
    """`n` distinct small JPEGs quickly: the synthetic scenes, each copy marked with its own
    pattern of coloured squares (distinct bytes and a distinct picture)."""

    from tests.synthetic import SCENES

    bases = [draw(7 * i).resize((320, 240)) for i, draw in enumerate(list(SCENES.values()) * 5)]
    for i in range(n):
        img = bases[i % len(bases)].copy()
        code = i
        for k in range(8):  # 8 squares, 4 colours each: 65536 patterns
            shade = (code & 3) * 80
            img.paste((shade, 255 - shade, (k * 31) % 256), (k * 40, 0, k * 40 + 16, 16))
            code >>= 2
        d = folder / f"{i // per_dir:03d}"
        d.mkdir(exist_ok=True)
        img.save(d / f"v{i:06d}.jpg", quality=82)
