"""Against the real jina-clip-v2 files, when PHOTOSEEK_TEST_MODEL_DIR is set (skipped otherwise).

PHOTOSEEK_TEST_MODEL_DIR is a folder laid out like the repository (`onnx/model_int8.onnx` or
another variant, `tokenizer.json`, `preprocessor_config.json`, `config.json`), e.g. an
installed model (`photoseek model status` shows where) or a `git clone` of
jinaai/jina-clip-v2 at the pinned revision. PHOTOSEEK_TEST_MODEL_VARIANT picks a variant when
the folder holds several (default: the first of int8, fp16, fp32).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photoseek.embedding.local_model import TEXT_OUTPUT, LocalEmbedder
from photoseek.embedding.model_files import check_graph, check_support_files
from tests.synthetic import blue_sky_sea, red_flowers

DIR = os.environ.get("PHOTOSEEK_TEST_MODEL_DIR")
pytestmark = [
    pytest.mark.real_model,
    pytest.mark.skipif(not DIR, reason="set PHOTOSEEK_TEST_MODEL_DIR to use the real model"),
]


def jpeg(img: Image.Image) -> bytes:
    img = img.copy()
    img.thumbnail((512, 512))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    return buf.getvalue()


@pytest.fixture(scope="module")
def embedder() -> Iterator[LocalEmbedder]:
    assert DIR is not None
    e = LocalEmbedder(Path(DIR), variant=os.environ.get("PHOTOSEEK_TEST_MODEL_VARIANT"))
    yield e
    e.close()


def test_the_real_files_pass_the_import_checks(embedder: LocalEmbedder) -> None:
    check_graph(embedder.installed.graph)
    check_support_files(embedder.installed.directory)


def test_red_flowers_rank_above_the_sea_in_two_languages(embedder: LocalEmbedder) -> None:
    red, blue = embedder.embed_images([jpeg(red_flowers(1)), jpeg(blue_sky_sea(1))])
    assert isinstance(red, np.ndarray) and isinstance(blue, np.ndarray)
    queries = embedder.embed_texts(["red flowers", "flores rojas"])
    for v in (red, blue, *queries):
        assert v.shape == (1024,) and np.linalg.norm(v) == pytest.approx(1.0, abs=1e-4)
    for q in queries:
        assert float(q @ red) > float(q @ blue)


def test_a_mixed_length_batch_equals_single_texts(embedder: LocalEmbedder) -> None:
    texts = [
        "red flowers",
        "a cat asleep on a red sofa in the afternoon sun, seen from above",
        "海",
        "flores rojas",
    ]
    batch = embedder.embed_texts(texts)
    singles = np.vstack([embedder.embed_texts([t]) for t in texts])
    np.testing.assert_allclose(batch, singles, atol=1e-4)


def test_the_real_graph_ignores_pad_tokens(embedder: LocalEmbedder) -> None:
    """Unverified without the real model: does the graph (no mask input) ignore pads?

    Photoseek never pads (texts run in groups of equal length), so a failure here breaks
    nothing; it says that padded batching must never be introduced.
    """
    embedder.load()
    tok = embedder._tokenizer
    pad = tok.token_to_id("<pad>")
    short = tok.encode(embedder._query_prefix + "red flowers").ids
    long = tok.encode(embedder._query_prefix + "a cat asleep on a red sofa in the sun").ids
    padded = np.array([short + [pad] * (len(long) - len(short)), long], np.int64)
    empty = np.zeros((0, 3, 512, 512), embedder._pixel_dtype)
    raw = embedder._session.run([TEXT_OUTPUT], {"input_ids": padded, "pixel_values": empty})[0]
    alone = embedder.embed_texts(["red flowers"])[0]
    cos = float(raw[0] @ alone / np.linalg.norm(raw[0]))
    assert cos > 0.999, f"padding changes the real model's vector (cosine {cos:.4f})"
