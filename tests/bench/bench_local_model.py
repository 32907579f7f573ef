"""The local backend's own overhead, measured on the tiny stand-in model (`make bench`).

What is meaningful without the real weights: decoding a 512 px payload and turning it into
the graph's [3, 512, 512] float input (the same work whatever the model), and the cost of
feeding and checking a batch. The tiny graph's own compute says nothing about jina-clip-v2's.
"""

from __future__ import annotations

import io
import time
from pathlib import Path

import numpy as np

from photoseek.embedding.local_model import LocalEmbedder
from photoseek.embedding.local_preprocess import decode, pixel_values, read_preprocessor_config
from tests.synthetic import SCENES
from tests.tiny_model import build_tiny_model


def _payloads(n: int) -> list[bytes]:
    out = []
    scenes = list(SCENES.values())
    for i in range(n):
        img = scenes[i % len(scenes)](i)
        img.thumbnail((512, 512))  # what the app sends: longest side 512 (here 512x384)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=90)
        out.append(buf.getvalue())
    return out


def test_preprocessing_and_feeding_overhead(tmp_path: Path) -> None:
    model = build_tiny_model(tmp_path / "tiny", graphs=("onnx/model_int8.onnx",))
    cfg = read_preprocessor_config(model / "preprocessor_config.json")
    payloads = _payloads(48)
    for p in payloads[:4]:
        pixel_values(decode(p), cfg)  # warm up
    t0 = time.perf_counter()
    for p in payloads:
        img = decode(p)
    t1 = time.perf_counter()
    for p in payloads:
        pixel_values(decode(p), cfg)
    t2 = time.perf_counter()
    embedder = LocalEmbedder(model, batch_size=8)
    embedder.embed_images(payloads[:8])  # load + warm up
    t3 = time.perf_counter()
    vectors = embedder.embed_images(payloads)
    t4 = time.perf_counter()
    texts = [f"red flowers number {i}" for i in range(48)]
    embedder.embed_texts(texts[:4])
    t5 = time.perf_counter()
    embedder.embed_texts(texts)
    t6 = time.perf_counter()
    n = len(payloads)
    assert len(vectors) == n and img.size == (512, 384)
    print(
        f"\nper image: decode {1000 * (t1 - t0) / n:.1f} ms, decode + resize/crop/normalise "
        f"{1000 * (t2 - t1) / n:.1f} ms; embed_images on the TINY graph "
        f"{1000 * (t4 - t3) / n:.1f} ms (pre-processing + feeding + checks; not the real "
        f"model's compute); embed_texts on the tiny graph {1000 * (t6 - t5) / len(texts):.2f} "
        "ms per text"
    )
    assert np.isfinite(np.stack(vectors)).all()  # type: ignore[arg-type]
