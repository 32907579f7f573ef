"""The Jina fake, exercised through a real httpx client over loopback.

The fake is only worth having if it is faithful (wire format, validation, errors, faults) and
its vectors are semantic enough that retrieval tests mean something; both are checked here.
"""

from __future__ import annotations

import base64
import io
import json
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from hashlib import sha256
from typing import Any

import httpx
import numpy as np
import pytest
from PIL import Image, ImageOps

from tests.conftest import corpus_dir
from tests.fakes import semantic
from tests.fakes.jina import (
    DEFAULT_KEY,
    PATH,
    QUERY_PREFIX_TOKENS,
    FakeJina,
    count_text_tokens,
)
from tests.fakes.server import Fault

AUTH = {"Authorization": f"Bearer {DEFAULT_KEY}"}


# -- helpers -------------------------------------------------------------------------------------
def jpeg_bytes(img: Image.Image, quality: int = 90) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def data_url(img_or_bytes: Image.Image | bytes) -> str:
    raw = img_or_bytes if isinstance(img_or_bytes, bytes) else jpeg_bytes(img_or_bytes)
    return "data:image/jpeg;base64," + base64.b64encode(raw).decode()


def body(inputs: Any, **params: Any) -> dict[str, Any]:
    return {"model": "jina-clip-v2", "input": inputs, **params}


def post(
    client: httpx.Client, payload: Any, headers: dict[str, str] | None = None
) -> httpx.Response:
    return client.post(PATH, json=payload, headers=AUTH if headers is None else headers)


def vectors(response: httpx.Response) -> list[np.ndarray]:
    """Float embeddings in input order, matched by `index` (never by position)."""
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    out: dict[int, np.ndarray] = {
        d["index"]: np.asarray(d["embedding"], dtype=np.float32) for d in data
    }
    assert sorted(out) == list(range(len(data)))
    return [out[i] for i in range(len(data))]


def unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(unit(a) @ unit(b))


def near_copy(img: Image.Image) -> Image.Image:
    """What a photo goes through on its way to a second folder: resized, recompressed,
    rotated by a viewer and rotated back, recompressed again."""
    small = img.resize((img.width * 3 // 5, img.height * 3 // 5), Image.Resampling.LANCZOS)
    once = Image.open(io.BytesIO(jpeg_bytes(small, quality=60)))
    turned = once.transpose(Image.Transpose.ROTATE_90).transpose(Image.Transpose.ROTATE_270)
    return Image.open(io.BytesIO(jpeg_bytes(turned, quality=75)))


# -- fixtures ------------------------------------------------------------------------------------
@pytest.fixture
def fake() -> Iterator[FakeJina]:
    with FakeJina() as f:
        yield f


@pytest.fixture
def client(fake: FakeJina) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake.url, timeout=10.0) as c:
        yield c


@pytest.fixture(scope="module")
def shared() -> Iterator[httpx.Client]:
    """A client of one fake for the whole module, for tests that change nothing on the fake
    (each server stop costs the base class's 0.5 s poll interval)."""
    with FakeJina() as f, httpx.Client(base_url=f.url, timeout=30.0) as c:
        yield c


@pytest.fixture(scope="module")
def scene_vectors(shared: httpx.Client) -> dict[str, np.ndarray]:
    """Every synthetic scene embedded once over HTTP (full 1024 dims, raw)."""
    names = list(semantic.SCENES)
    inputs = [{"image": data_url(semantic.make_scene(n))} for n in names]
    return dict(zip(names, vectors(post(shared, body(inputs))), strict=True))


def rank(
    client: httpx.Client, query: str, images: dict[str, np.ndarray], dims: int
) -> list[tuple[str, float]]:
    """Images by cosine to the query, both truncated to `dims` and re-normalised."""
    r = post(client, body([{"text": query}], task="retrieval.query", dimensions=dims))
    q = unit(vectors(r)[0])
    assert q.shape == (dims,)
    scores = {n: float(unit(v[:dims]) @ q) for n, v in images.items()}
    return sorted(scores.items(), key=lambda kv: -kv[1])


# -- routing and auth ----------------------------------------------------------------------------
def test_serves_only_the_embeddings_path(fake: FakeJina, client: httpx.Client) -> None:
    assert fake.endpoint == fake.url + "/v1/embeddings"
    r = client.post("/v1/embedding", json=body(["x"]), headers=AUTH)
    assert (r.status_code, r.json()) == (404, {"detail": "Not Found"})
    r = client.get(PATH, headers=AUTH)
    assert (r.status_code, r.json()) == (405, {"detail": "Method Not Allowed"})
    assert post(client, body(["x"])).status_code == 200


@pytest.mark.parametrize("style", ["detail", "error"])
@pytest.mark.parametrize(
    ("authorization", "code", "words"),
    [
        (None, "AUTH_MISSING_API_KEY", "Authentication required"),
        ("Bearer jina_wrong", "AUTH_INVALID_API_KEY", "Invalid API key"),
        ("Basic amluYTp4", "AUTH_INVALID_FORMAT", "Invalid authorization format"),
        (DEFAULT_KEY, "AUTH_INVALID_FORMAT", "Invalid authorization format"),
        ("Bearer", "AUTH_INVALID_FORMAT", "Invalid authorization format"),
    ],
)
def test_auth_errors(
    fake: FakeJina,
    client: httpx.Client,
    style: str,
    authorization: str | None,
    code: str,
    words: str,
) -> None:
    fake.error_style = style
    headers = {} if authorization is None else {"Authorization": authorization}
    r = post(client, body(["red flowers"]), headers=headers)
    assert r.status_code == 401
    if style == "detail":
        assert words in r.json()["detail"]
    else:
        err = r.json()["error"]
        assert (err["code"], err["status"]) == (code, 401)
        assert words in err["message"]


def test_several_keys_and_key_changes(fake: FakeJina, client: httpx.Client) -> None:
    fake.api_keys.add("jina_second")
    assert post(client, body(["a"]), {"Authorization": "Bearer jina_second"}).status_code == 200
    fake.api_keys.discard(DEFAULT_KEY)  # a key revoked while the app runs
    assert post(client, body(["a"])).status_code == 401


# -- request validation --------------------------------------------------------------------------
@pytest.mark.parametrize("style", ["detail", "error"])
def test_unknown_model_is_400(fake: FakeJina, client: httpx.Client, style: str) -> None:
    fake.error_style = style
    r = post(client, {**body(["x"]), "model": "jina-clip-v1"})
    assert r.status_code == 400
    if style == "detail":
        assert r.json() == {"detail": "Model 'jina-clip-v1' not found"}
    else:
        assert r.json()["error"]["code"] == "INPUT_MODEL_NOT_FOUND"
        assert "jina-clip-v1" in r.json()["error"]["message"]


@pytest.mark.parametrize("dims", [63, 1025, 0, "512", 512.0, True])
def test_dimensions_out_of_range_or_wrong_type_is_422(shared: httpx.Client, dims: Any) -> None:
    r = post(shared, body(["x"], dimensions=dims))
    assert r.status_code == 422
    (err,) = r.json()["detail"]  # FastAPI's list form
    assert err["loc"] == ["body", "dimensions"]
    assert err["msg"]


@pytest.mark.parametrize("dims", [64, 256, 1024])
def test_dimensions_in_range(shared: httpx.Client, dims: int) -> None:
    (v,) = vectors(post(shared, body(["x"], dimensions=dims)))
    assert v.shape == (dims,)


def test_task_validation(shared: httpx.Client) -> None:
    r = post(shared, body(["x"], task="retrieval"))
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body", "task"]
    for task in ("retrieval.query", "retrieval.passage", "text-matching", "code.query"):
        assert post(shared, body(["x"], task=task)).status_code == 200


@pytest.mark.parametrize(
    ("payload", "loc"),
    [
        ({"model": "jina-clip-v2"}, ["body", "input"]),
        (body([]), ["body", "input"]),
        (body("red flowers"), ["body", "input"]),
        (body(["ok", {}]), ["body", "input", 1]),
        (body([{"text": 3}]), ["body", "input", 0]),
        (body(["ok", "ok", {"text": "a", "image": "b"}]), ["body", "input", 2]),
        (body(["x"], normalized="yes"), ["body", "normalized"]),
        (body(["x"], embedding_type="int8"), ["body", "embedding_type"]),
    ],
)
def test_body_validation_is_422(shared: httpx.Client, payload: Any, loc: list[Any]) -> None:
    r = post(shared, payload)
    assert r.status_code == 422
    assert loc in [e["loc"] for e in r.json()["detail"]]


def test_invalid_json_is_422(shared: httpx.Client) -> None:
    r = shared.post(
        PATH, content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert r.status_code == 422
    assert r.json()["detail"][0]["type"] == "json_invalid"


def test_validation_errors_in_error_style(fake: FakeJina, client: httpx.Client) -> None:
    fake.error_style = "error"
    r = post(client, body(["x"], dimensions=2048))
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "INPUT_VALIDATION_ERROR"
    assert "dimensions" in err["message"] and "1024" in err["message"]


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ("data:image/jpeg;base64," + base64.b64encode(b"not a jpeg at all").decode(), "decoded"),
        (base64.b64encode(b"\x89PNG\r\n\x1a\n truncated").decode(), "decoded"),
        ("data:image/png;base64,@@@@", "base64"),
        ("https://example.com/cat.jpg", "URL"),
    ],
)
def test_bad_image_is_422_naming_the_index(shared: httpx.Client, bad: str, words: str) -> None:
    good = data_url(semantic.make_scene("snow"))
    r = post(shared, body([{"text": "snow"}, {"image": good}, {"image": bad}]))
    assert r.status_code == 422
    message = r.json()["detail"]
    assert isinstance(message, str)
    assert "index 2" in message and words in message


def test_too_many_inputs(client: httpx.Client, fake: FakeJina) -> None:
    fake.max_batch = 4
    assert post(client, body(["a"] * 4)).status_code == 200
    r = post(client, body(["a"] * 5))
    assert r.status_code == 413
    assert "5" in r.json()["detail"] and "4" in r.json()["detail"]
    fake.too_many_status = 400
    assert post(client, body(["a"] * 5)).status_code == 400


def test_long_text_needs_truncate(shared: httpx.Client) -> None:
    long = "word " * 7000  # ~9100 tokens
    assert post(shared, body([long])).status_code == 422
    r = post(shared, body([long], truncate=True))
    assert r.json()["usage"]["total_tokens"] == 8192


# -- the response --------------------------------------------------------------------------------
def test_response_shape_and_mixed_inputs(shared: httpx.Client) -> None:
    img = semantic.make_scene("sky_sea", size=(512, 384))
    r = post(shared, body([{"text": "un chat qui dort"}, {"image": data_url(img)}, "plain"]))
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    doc = r.json()
    assert set(doc) == {"model", "object", "usage", "data"}
    assert (doc["model"], doc["object"]) == ("jina-clip-v2", "list")
    expected = count_text_tokens("un chat qui dort") + 4000 + count_text_tokens("plain")
    assert doc["usage"] == {"total_tokens": expected, "prompt_tokens": expected}
    assert [d["index"] for d in doc["data"]] == [0, 1, 2]
    for d in doc["data"]:
        assert set(d) == {"object", "index", "embedding"}
        assert d["object"] == "embedding"
        assert len(d["embedding"]) == 1024
    # A plain string is a text: same vector as {"text": ...}.
    (v,) = vectors(post(shared, body([{"text": "plain"}])))
    np.testing.assert_array_equal(v, vectors(r)[2])


def test_token_usage(client: httpx.Client, fake: FakeJina) -> None:
    def usage(payload: dict[str, Any]) -> int:
        return int(post(client, payload).json()["usage"]["total_tokens"])

    assert usage(body(["red flowers"])) == count_text_tokens("red flowers") == 3
    assert usage(body(["赤い花"])) == 3  # one token per CJK character
    assert usage(body(["red flowers"], task="retrieval.query")) == 3 + QUERY_PREFIX_TOKENS
    small = data_url(semantic.make_scene("snow", size=(512, 384)))
    big = data_url(semantic.make_scene("snow", size=(1024, 768)))
    assert usage(body([{"image": small}])) == 4000  # one 512x512 tile
    assert usage(body([{"image": big}])) == 4 * 4000  # 2 x 2 tiles
    assert fake.tokens_used == 3 + 3 + 3 + QUERY_PREFIX_TOKENS + 4000 + 16000


def test_shuffled_data_is_matched_by_index(client: httpx.Client, fake: FakeJina) -> None:
    texts = [f"{w} photo" for w in ("red", "blue", "snow", "night", "forest", "sea")]
    expected = vectors(post(client, body(texts)))
    fake.shuffle_data = True
    r = post(client, body(texts))
    order = [d["index"] for d in r.json()["data"]]
    assert order != sorted(order)
    assert sorted(order) == list(range(len(texts)))
    for want, got in zip(expected, vectors(r), strict=True):
        np.testing.assert_array_equal(want, got)


def test_base64_decodes_to_the_same_floats(shared: httpx.Client) -> None:
    inputs = [{"text": "sunset"}, {"image": data_url(semantic.make_scene("sunset"))}]
    floats = vectors(post(shared, body(inputs, dimensions=256)))
    r = post(shared, body(inputs, dimensions=256, embedding_type="base64"))
    for d in r.json()["data"]:
        decoded = np.frombuffer(base64.b64decode(d["embedding"]), dtype="<f4")
        np.testing.assert_array_equal(decoded, floats[d["index"]])


@pytest.mark.parametrize(("etype", "dtype"), [("binary", np.int8), ("ubinary", np.uint8)])
def test_binary_embeddings_pack_the_signs(shared: httpx.Client, etype: str, dtype: Any) -> None:
    (floats,) = vectors(post(shared, body(["forest"], dimensions=128)))
    r = post(shared, body(["forest"], dimensions=128, embedding_type=etype))
    packed = np.asarray(r.json()["data"][0]["embedding"], dtype=dtype)
    assert packed.shape == (16,)
    np.testing.assert_array_equal(np.unpackbits(packed.view(np.uint8)), floats > 0)


def test_normalized_flag(shared: httpx.Client) -> None:
    inputs = [{"text": "red flowers"}, {"image": data_url(semantic.make_scene("red_flowers"))}]
    for dims in (1024, 256, 64):
        for v in vectors(post(shared, body(inputs, dimensions=dims, normalized=True))):
            assert abs(float(np.linalg.norm(v)) - 1.0) < 1e-5
        for v in vectors(post(shared, body(inputs, dimensions=dims))):  # default: false
            assert abs(float(np.linalg.norm(v)) - 1.0) > 0.5
    # Truncation keeps the leading values of the raw vector.
    full = vectors(post(shared, body(inputs)))
    short = vectors(post(shared, body(inputs, dimensions=64)))
    for f, s in zip(full, short, strict=True):
        np.testing.assert_array_equal(f[:64], s)


def test_same_input_same_vector_and_query_differs_from_passage(shared: httpx.Client) -> None:
    (a,) = vectors(post(shared, body(["flores rojas"], task="retrieval.query")))
    (b,) = vectors(post(shared, body(["flores rojas"], task="retrieval.query")))
    (p,) = vectors(post(shared, body(["flores rojas"], task="retrieval.passage")))
    np.testing.assert_array_equal(a, b)
    assert 0.85 < cos(a, p) < 0.999
    np.testing.assert_array_equal(a, semantic.embed_text("flores rojas", query=True))


def test_unknown_words_still_get_a_vector(shared: httpx.Client) -> None:
    vs = vectors(post(shared, body(["xyzzy plugh", "", "!!!", "qwerty"])))
    for v in vs:
        assert np.all(np.isfinite(v)) and float(np.linalg.norm(v)) > 0
    assert cos(vs[0], vs[3]) < 0.99


def test_any_image_mode_is_accepted(shared: httpx.Client) -> None:
    base = semantic.make_scene("beach", size=(320, 240))
    images = []
    for mode in ("L", "RGBA", "P", "CMYK", "I;16", "1", "LA"):
        buf = io.BytesIO()
        converted = base.convert(mode) if mode != "I;16" else base.convert("L").convert("I;16")
        converted.save(buf, "TIFF" if mode in ("CMYK", "I;16") else "PNG")
        images.append({"image": base64.b64encode(buf.getvalue()).decode()})  # bare base64
    for v in vectors(post(shared, body(images))):
        assert v.shape == (1024,) and np.all(np.isfinite(v))


# -- retrieval honesty ---------------------------------------------------------------------------
RED_FLOWERS = [
    "red flowers",
    "flores rojas",
    "fleurs rouges",
    "flores vermelhas",
    "rote Blumen",
    "красные цветы",
    "红色的花",
    "赤い花",
]
BLUE_SKY = ["blue sky", "cielo azul", "ciel bleu", "céu azul", "blauer Himmel", "голубое небо"]
BLUE_SKY += ["蓝色的天空", "青空"]
SKY_SCENES = {"sky_sea", "sky_field", "beach"}


@pytest.mark.parametrize("dims", [1024, 64])
@pytest.mark.parametrize("query", RED_FLOWERS)
def test_red_flowers_rank_first_in_every_language(
    shared: httpx.Client, scene_vectors: dict[str, np.ndarray], query: str, dims: int
) -> None:
    ranked = rank(shared, query, scene_vectors, dims)
    assert ranked[0][0] == "red_flowers", ranked
    # and clearly: the runner-up (a sunset, yellow flowers, a red car) is behind
    assert ranked[0][1] - ranked[1][1] > 0.03, ranked


@pytest.mark.parametrize("dims", [1024, 64])
@pytest.mark.parametrize("query", BLUE_SKY)
def test_blue_sky_queries_find_the_sky_pictures(
    shared: httpx.Client, scene_vectors: dict[str, np.ndarray], query: str, dims: int
) -> None:
    ranked = rank(shared, query, scene_vectors, dims)
    assert {name for name, _ in ranked[:3]} == SKY_SCENES, ranked
    assert ranked[0][0] == "sky_sea", ranked  # only blue from top to bottom


@pytest.mark.parametrize(
    ("query", "scene"),
    [
        ("night", "night"),
        ("la nuit", "night"),
        ("ночь", "night"),
        ("夜景", "night"),
        ("snow", "snow"),
        ("neige", "snow"),
        ("Schnee", "snow"),
        ("雪", "snow"),
        ("sunset", "sunset"),
        ("atardecer", "sunset"),
        ("закат", "sunset"),
        ("夕焼け", "sunset"),
        ("forest", "forest"),
        ("Wald", "forest"),
        ("森林", "forest"),
        ("yellow flowers", "yellow_flowers"),
        ("gelbe Blumen", "yellow_flowers"),
        ("a red car", "red_car"),
        ("the sea", "sky_sea"),
        ("beach", "beach"),
        ("praia", "beach"),
        ("city street", "city"),
    ],
)
def test_scene_queries(
    shared: httpx.Client, scene_vectors: dict[str, np.ndarray], query: str, scene: str
) -> None:
    for dims in (1024, 64):
        ranked = rank(shared, query, scene_vectors, dims)
        assert ranked[0][0] == scene, (dims, ranked)


def test_multimodal_gap(shared: httpx.Client, scene_vectors: dict[str, np.ndarray]) -> None:
    ranked = rank(shared, "red flowers", scene_vectors, 1024)
    best = ranked[0][1]
    assert 0.2 < best < 0.55  # a matching text-image pair scores low, as with jina-clip-v2
    assert ranked[-1][1] < best - 0.15
    img = semantic.make_scene("red_flowers")
    a, b = vectors(
        post(shared, body([{"image": data_url(img)}, {"image": data_url(near_copy(img))}]))
    )
    assert cos(a, b) > 0.95 > best + 0.3


# -- near-copies ---------------------------------------------------------------------------------
def test_near_copies_are_near_and_other_photos_are_not(shared: httpx.Client) -> None:
    names = ["red_flowers", "city", "sky_sea", "night"]
    originals = [semantic.make_scene(n) for n in names]
    copies = [near_copy(img) for img in originals]
    # Same subject, another shot (the seed moves the flowers and buildings around).
    retakes = [semantic.make_scene(n, seed=1) for n in names[:2]]
    inputs = [{"image": data_url(i)} for i in originals + copies + retakes]
    vs = vectors(post(shared, body(inputs)))
    n = len(names)
    for i in range(n):
        assert cos(vs[i], vs[n + i]) > 0.95, names[i]
        others = [cos(vs[i], vs[j]) for j in range(n) if j != i]
        assert max(others) < 0.8, (names[i], others)
    for i in range(len(retakes)):  # related, but below a copy
        assert 0.5 < cos(vs[i], vs[2 * n + i]) < cos(vs[i], vs[n + i]) - 0.03, names[i]


def test_real_photos_exif_rotation_and_copies(shared: httpx.Client) -> None:
    folder = corpus_dir("photos") / "exif-samples" / "jpg" / "orientation"
    photos = {}
    for name in ("landscape_1", "landscape_6", "portrait_1"):
        path = folder / f"{name}.jpg"
        if not path.is_file():
            pytest.skip(f"{path} not in the corpus")
        with Image.open(path) as img:
            photos[name] = ImageOps.exif_transpose(img).convert("RGB")
    photos["copy"] = near_copy(photos["landscape_1"])
    names = list(photos)
    vs = dict(
        zip(
            names,
            vectors(post(shared, body([{"image": data_url(photos[n])} for n in names]))),
            strict=True,
        )
    )
    # landscape_6 stores the same picture rotated, with an EXIF tag saying how to turn it back
    assert cos(vs["landscape_1"], vs["landscape_6"]) > 0.95
    assert cos(vs["landscape_1"], vs["copy"]) > 0.95
    # another waterfall photo: related, clearly lower
    assert cos(vs["landscape_1"], vs["portrait_1"]) < 0.85
    # without the EXIF rotation the model would see a different picture
    with Image.open(folder / "landscape_6.jpg") as raw:
        (sideways,) = vectors(post(shared, body([{"image": data_url(raw.convert("RGB"))}])))
    assert cos(vs["landscape_1"], sideways) < 0.95


# -- faults --------------------------------------------------------------------------------------
def test_rate_limit_answers_look_real(fake: FakeJina, client: httpx.Client) -> None:
    fake.rate_limit(2, retry_after="3")
    for _ in range(2):
        r = post(client, body(["x"]))
        assert r.status_code == 429
        assert r.headers["Retry-After"] == "3"
        assert r.json()["detail"].startswith("Rate limit exceeded")
    assert post(client, body(["x"])).status_code == 200
    fake.error_style = "error"
    fake.rate_limit(1, retry_after=None)
    r = post(client, body(["x"]))
    assert r.status_code == 429 and "Retry-After" not in r.headers
    assert r.json()["error"]["code"] == "RATE_LIMIT_EXCEEDED"


def test_server_errors_and_quota(fake: FakeJina, client: httpx.Client) -> None:
    fake.inject(
        Fault(503, {"detail": "Service Unavailable"}),
        Fault(403, fake.error_body(403, "AUTHZ_RESOURCE_LIMIT_EXCEEDED")),
    )
    assert post(client, body(["x"])).status_code == 503
    r = post(client, body(["x"]))
    assert (r.status_code, r.json()) == (403, {"detail": "Resource limit exceeded for your plan"})
    assert post(client, body(["x"])).status_code == 200


def test_balance_runs_out() -> None:
    img = data_url(semantic.make_scene("snow", size=(512, 384)))  # 4000 tokens
    fake = FakeJina(balance_tokens=10_000, error_style="error")
    with fake, httpx.Client(base_url=fake.url) as c:
        assert post(c, body([{"image": img}, {"image": img}])).status_code == 200
        r = post(c, body([{"image": img}]))
        assert r.status_code == 403
        assert r.json()["error"]["code"] == "AUTHZ_INSUFFICIENT_BALANCE"
        assert fake.tokens_used == 8000  # refused requests are not charged
        assert post(c, body(["a few words"])).status_code == 200  # 4 tokens still fit


def test_dropped_connection(fake: FakeJina, client: httpx.Client) -> None:
    fake.inject(Fault(drop=True))
    img = data_url(semantic.make_scene("night"))
    with pytest.raises(httpx.TransportError):
        post(client, body([{"image": img}]))
    assert post(client, body([{"image": img}])).status_code == 200
    assert fake.wait_for(lambda: len(fake.images_embedded()) == 1)
    assert [e.status for e in fake.image_requests()] == [None, 200]


def test_slow_answer_times_out(fake: FakeJina) -> None:
    fake.inject(Fault(delay=0.5))
    with httpx.Client(base_url=fake.url, timeout=0.1) as c, pytest.raises(httpx.ReadTimeout):
        post(c, body(["x"]))
    assert fake.wait_for(lambda: fake.log[0].finished > 0)


def test_hold_and_release(fake: FakeJina, client: httpx.Client) -> None:
    fake.hold()
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(post, client, body(["held"]))
        assert fake.wait_for(lambda: fake.waiting == 1)
        assert not future.done()
        fake.release()
        assert future.result(timeout=10).status_code == 200


def test_request_log_helpers(fake: FakeJina, client: httpx.Client) -> None:
    imgs = [jpeg_bytes(semantic.make_scene(n)) for n in ("snow", "city", "beach")]
    a, b, c = (data_url(x) for x in imgs)
    assert post(client, body([{"image": a}, {"image": b}, {"text": "t"}])).status_code == 200
    assert post(client, body([{"image": a}])).status_code == 200
    fake.rate_limit(1)
    assert post(client, body([{"image": c}])).status_code == 429
    bad = "data:image/jpeg;base64," + base64.b64encode(b"junk").decode()
    assert post(client, body([{"image": c}, {"image": bad}])).status_code == 422
    assert post(client, body(["only text"])).status_code == 200

    assert len(fake.image_requests()) == 4
    assert len(fake.text_requests()) == 2
    digests = [sha256(x).hexdigest() for x in imgs]
    assert fake.wait_for(lambda: len(fake.images_embedded()) == 3)
    embedded = Counter(fake.images_embedded())
    assert embedded == Counter({digests[0]: 2, digests[1]: 1})  # the duplicate shows
    assert digests[2] not in embedded  # refused (429, 422) requests embed nothing


def test_log_keeps_the_request_body(fake: FakeJina, client: httpx.Client) -> None:
    post(client, body(["x"], task="retrieval.query", dimensions=1024, normalized=True))
    (entry,) = fake.log
    sent = json.loads(entry.request.body)
    assert sent["task"] == "retrieval.query" and sent["normalized"] is True
    assert entry.request.headers["authorization"] == f"Bearer {DEFAULT_KEY}"


# -- faults added for the client's fault suite ----------------------------------------------------
@pytest.mark.parametrize("status", [408, 502, 503, 504, 520, 521, 522, 523, 524, 529])
def test_gateway_errors_look_like_the_gateways(
    fake: FakeJina, client: httpx.Client, status: int
) -> None:
    fake.gateway_error(status)
    r = post(client, body(["x"]))
    assert r.status_code == status
    ctype = r.headers["content-type"]
    if status in (520, 521, 522, 523, 524):
        assert r.headers["server"] == "cloudflare" and "cf-ray" in r.headers
        assert f"<title>api.jina.ai | {status}: " in r.text and ctype.startswith("text/html")
    elif status == 529:
        assert ctype.startswith("text/plain") and r.text == "Site is overloaded"
    else:
        assert r.headers["server"] == "nginx" and f"<h1>{status} " in r.text
    assert post(client, body(["x"])).status_code == 200


@pytest.mark.parametrize("kind", ["nan", "inf", "zero", "short", "fewer", "duplicate_index"])
def test_corrupted_answers(fake: FakeJina, client: httpx.Client, kind: str) -> None:
    fake.corrupt(kind)
    r = post(client, body(["a", "b"]))
    assert r.status_code == 200
    data = json.loads(r.text)["data"]  # Python's json reads the bare NaN / Infinity tokens
    first = np.asarray(data[0]["embedding"], dtype=np.float64)
    if kind == "nan":
        assert b"NaN" in r.content and np.isnan(first).any()
    elif kind == "inf":
        assert b"Infinity" in r.content and np.isinf(first).any()
    elif kind == "zero":
        assert not first.any()
    elif kind == "short":
        assert first.shape == (512,)
    elif kind == "fewer":
        assert len(data) == 1
    else:
        assert [d["index"] for d in data] == [0, 0]
    assert fake.wait_for(lambda: fake.log[-1].delivered)
    assert fake.images_embedded() == []  # no usable vector was received
    assert len(vectors(post(client, body(["a", "b"])))) == 2  # only the next answer


def test_corrupted_json_and_shapes(fake: FakeJina, client: httpx.Client) -> None:
    fake.corrupt("truncated")
    fake.corrupt("html")
    fake.corrupt("wrong_shape")
    fake.corrupt("index_out_of_range")
    r = post(client, body(["a"]))
    with pytest.raises(ValueError):
        r.json()
    r = post(client, body(["a"]))
    assert r.headers["content-type"] == "text/html" and "<html>" in r.text
    assert isinstance(post(client, body(["a"])).json()["data"], dict)
    assert post(client, body(["a"])).json()["data"][0]["index"] == 1
    with pytest.raises(ValueError, match="unknown corruption"):
        fake.corrupt("flaky")


def test_refuse_all_and_revoke_after(fake: FakeJina, client: httpx.Client) -> None:
    fake.refuse_all()
    for payload in (body(["a"]), body([{"image": data_url(semantic.make_scene("snow"))}])):
        r = post(client, payload)
        assert r.status_code == 400
        assert r.json() == {"detail": "Model 'jina-clip-v2' is not available for this API key"}
    fake.refusal = None
    fake.revoke_after(2)
    assert [post(client, body(["a"])).status_code for _ in range(3)] == [200, 200, 401]
    assert post(client, body(["a"])).json() == {"detail": "Invalid API key"}


def test_rate_limit_headers_and_window(fake: FakeJina, client: httpx.Client) -> None:
    fake.requests_per_window, fake.tokens_per_window = 2, 1000
    fake.rate_window, fake.reset_headers = 30.0, True
    r = post(client, body(["one two three"]))  # 4 tokens
    assert r.headers["X-RateLimit-Remaining-Requests"] == "1"
    assert r.headers["X-RateLimit-Remaining-Tokens"] == "996"
    assert r.headers["X-RateLimit-Limit-Requests"] == "2"
    assert r.headers["X-RateLimit-Reset-Requests"].endswith("s")
    assert post(client, body(["x"])).headers["X-RateLimit-Remaining-Requests"] == "0"
    r = post(client, body(["x"]))
    assert r.status_code == 429 and r.json()["detail"].startswith("Rate limit exceeded")
    assert 1 <= int(r.headers["Retry-After"]) <= 30
    assert r.headers["X-RateLimit-Remaining-Requests"] == "0"
    fake.reset_headers = False
    fake.rate_window = 0.0  # the next request opens a new window
    r = post(client, body(["x"]))
    assert r.status_code == 200 and "X-RateLimit-Reset-Requests" not in r.headers


def test_redirect_loop(fake: FakeJina, client: httpx.Client) -> None:
    fake.redirect_loop = True
    r = post(client, body(["x"]))
    assert r.status_code == 307 and r.headers["Location"] == PATH
