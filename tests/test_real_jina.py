"""Against the real Jina API, when PHOTOSEEK_TEST_JINA_KEY is set (skipped otherwise)."""

from __future__ import annotations

import io
import os

import numpy as np
import pytest
from PIL import Image

from photoseek.embedding.base import AuthError
from photoseek.embedding.jina import DEFAULT_URL, JinaEmbedder
from tests.synthetic import blue_sky_sea, red_flowers

KEY = os.environ.get("PHOTOSEEK_TEST_JINA_KEY")
pytestmark = pytest.mark.skipif(not KEY, reason="set PHOTOSEEK_TEST_JINA_KEY to use the real API")


def jpeg(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def test_real_api_shapes_and_meaning() -> None:
    emb = JinaEmbedder(KEY, url=os.environ.get("PHOTOSEEK_TEST_JINA_URL", DEFAULT_URL))
    try:
        red, blue = emb.embed_images([jpeg(red_flowers(1)), jpeg(blue_sky_sea(1))])
        (query,) = emb.embed_texts(["flores rojas"])
    finally:
        emb.close()
    for v in (red, blue, query):
        assert isinstance(v, np.ndarray) and v.shape == (1024,)
        assert np.linalg.norm(v) == pytest.approx(1.0, abs=1e-4)
    assert float(query @ red) > float(query @ blue)  # type: ignore[operator]
    assert emb.tokens_used > 0


def test_real_api_refuses_a_wrong_key() -> None:
    emb = JinaEmbedder(
        "jina_not_a_real_key", url=os.environ.get("PHOTOSEEK_TEST_JINA_URL", DEFAULT_URL)
    )
    try:
        with pytest.raises(AuthError):
            emb.embed_texts(["test"])
    finally:
        emb.close()


def test_real_api_base64_vectors_decode_as_documented() -> None:
    """jina.md: base64 is little-endian float32 — verified here, where the service is real:
    the client kept asking for base64 (it turns to JSON numbers when they do not decode)."""
    emb = JinaEmbedder(KEY, url=os.environ.get("PHOTOSEEK_TEST_JINA_URL", DEFAULT_URL))
    try:
        (v,) = emb.embed_texts(["un gato durmiendo"])
        assert emb._wire == "base64"
        emb._wire = "float"
        (w,) = emb.embed_texts(["un gato durmiendo"])
    finally:
        emb.close()
    np.testing.assert_allclose(v, w, atol=1e-5)
