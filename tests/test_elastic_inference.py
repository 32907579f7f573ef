"""The cluster's inference service as an embedder, through the real elasticsearch-py client
against the loopback fake (`tests/fakes/es_inference.py`)."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from photoseek.config.settings import ElasticsearchSettings
from photoseek.embedding.base import (
    AuthError,
    Cancelled,
    EmbeddingError,
    FatalEmbeddingError,
    Rejected,
    ServiceUnavailable,
)
from photoseek.embedding.elastic_inference import (
    DEFAULT_ENDPOINT,
    ElasticInferenceEmbedder,
    check_endpoint,
    list_endpoints,
)
from tests.fakes import semantic
from tests.fakes.elasticsearch import FakeElasticsearch
from tests.fakes.server import Fault


def jpeg(scene: str, seed: int = 0) -> bytes:
    out = io.BytesIO()
    semantic.make_scene(scene, seed=seed).save(out, "JPEG", quality=90)
    return out.getvalue()


def settings(fake: FakeElasticsearch, **kw: Any) -> ElasticsearchSettings:
    return ElasticsearchSettings(urls=[fake.url], **kw)


def embedder(fake: FakeElasticsearch, **kw: Any) -> ElasticInferenceEmbedder:
    kw.setdefault("backoff_base", 0.0)  # no sleeping in tests
    return ElasticInferenceEmbedder(settings(fake), **kw)


@pytest.fixture
def fake() -> Iterator[FakeElasticsearch]:
    with FakeElasticsearch("9.4.0") as server:
        yield server


@pytest.fixture
def clip(fake: FakeElasticsearch) -> Iterator[ElasticInferenceEmbedder]:
    e = embedder(fake)
    yield e
    e.close()


def posts(fake: FakeElasticsearch) -> list[Any]:
    return [r.json() for r in fake.requests("POST", "/_inference/")]


# -- what it embeds ------------------------------------------------------------------------------
def test_the_default_endpoint_is_jina_clip_v2(fake: FakeElasticsearch) -> None:
    e = embedder(fake)
    assert (e.endpoint, e.model, e.full_dims) == (DEFAULT_ENDPOINT, "jina-clip-v2", 1024)
    assert e.tokens_used == 0
    probe = fake.requests("GET", "/_inference/")[0]
    assert probe.path == "/_inference/embedding/.jina-clip-v2"
    # the client's own compatibility headers
    assert probe.headers["accept"] == "application/vnd.elasticsearch+json; compatible-with=8"
    e.close()


def test_images_and_queries_in_the_real_request_shape(
    fake: FakeElasticsearch, clip: ElasticInferenceEmbedder
) -> None:
    photo = jpeg("red_flowers")
    vectors = clip.embed_images([photo])
    clip.embed_texts(["flores rojas"])
    image_req, text_req = posts(fake)
    assert image_req == {
        "input": [
            {
                "content": {
                    "type": "image",
                    "format": "base64",
                    "value": "data:image/jpeg;base64,"
                    + __import__("base64").b64encode(photo).decode(),
                }
            }
        ],
        "input_type": "ingest",
    }
    assert text_req == {
        "input": [{"content": {"type": "text", "value": "flores rojas"}}],
        "input_type": "search",
    }
    v = vectors[0]
    assert isinstance(v, np.ndarray) and v.dtype == np.float32 and v.shape == (1024,)
    assert float(np.linalg.norm(v)) == pytest.approx(1.0, abs=1e-5)


def test_the_same_model_as_the_jina_api_gives_the_same_vectors(
    clip: ElasticInferenceEmbedder,
) -> None:
    from photoseek.embedding.jina import JinaEmbedder
    from tests.fakes.jina import DEFAULT_KEY, FakeJina

    photos = [jpeg("red_flowers"), jpeg("night")]
    with FakeJina() as jina_fake:
        jina = JinaEmbedder(DEFAULT_KEY, url=jina_fake.url + "/v1/embeddings", backoff_base=0)
        try:
            assert jina.model == clip.model
            api = jina.embed_images(photos)
            api_text = jina.embed_texts(["un chat qui dort"])
        finally:
            jina.close()
    eis = clip.embed_images(photos)
    for a, b in zip(api, eis, strict=True):
        assert np.allclose(a, b, atol=1e-5)  # type: ignore[arg-type]
    assert np.allclose(api_text, clip.embed_texts(["un chat qui dort"]), atol=1e-5)


def test_a_search_for_flores_rojas_finds_the_red_photos(clip: ElasticInferenceEmbedder) -> None:
    scenes = ["red_flowers", "sky_sea", "night", "snow", "red_flowers", "green_field"]
    images = np.stack(clip.embed_images([jpeg(s, seed=i) for i, s in enumerate(scenes)]))  # type: ignore[arg-type]
    for query, want in (("flores rojas", "red_flowers"), ("cielo azul y mar", "sky_sea")):
        q = clip.embed_texts([query])[0]
        best = np.argsort(-(images @ q))
        assert scenes[best[0]] == want, query


def test_other_endpoints_are_other_models(
    fake: FakeElasticsearch, clip: ElasticInferenceEmbedder
) -> None:
    small = embedder(fake, endpoint=".jina-embeddings-v5-omni-small")
    nano = embedder(fake, endpoint=".jina-embeddings-v5-omni-nano")
    try:
        assert (small.model, small.full_dims) == ("jina-embeddings-v5-omni-small", 1024)
        assert (nano.model, nano.full_dims) == ("jina-embeddings-v5-omni-nano", 768)
        photo = [jpeg("sky_sea")]
        a, b, c = (
            clip.embed_images(photo)[0],
            small.embed_images(photo)[0],
            nano.embed_images(photo)[0],
        )
        assert isinstance(b, np.ndarray) and isinstance(c, np.ndarray) and c.shape == (768,)
        assert abs(float(a @ b)) < 0.5  # another space, not the same vectors renamed
        # …and meaningful in their own space
        images = np.stack(nano.embed_images([jpeg("red_flowers"), jpeg("snow")]))  # type: ignore[arg-type]
        assert int(np.argmax(images @ nano.embed_texts(["red flowers"])[0])) == 0
    finally:
        small.close()
        nano.close()


def test_batches_of_at_most_16_in_input_order(
    fake: FakeElasticsearch, clip: ElasticInferenceEmbedder
) -> None:
    scenes = [semantic.SCENES[i % len(semantic.SCENES)] for i in range(40)]
    photos = [jpeg(s, seed=i) for i, s in enumerate(scenes)]
    together = clip.embed_images(photos)
    assert fake.inference.batches == [16, 16, 8]
    alone = [clip.embed_images([p])[0] for p in photos[:20:7]]
    for got, want in zip(together[:20:7], alone, strict=True):
        assert np.array_equal(got, want)  # type: ignore[arg-type]
    many = clip.embed_texts([f"query {i}" for i in range(17)])
    assert many.shape == (17, 1024) and fake.inference.batches[-2:] == [16, 1]


def test_an_image_the_service_refuses_is_rejected_and_the_rest_go_on(
    fake: FakeElasticsearch, clip: ElasticInferenceEmbedder
) -> None:
    photos = [jpeg("red_flowers"), jpeg("night"), b"not a jpeg at all", jpeg("snow"), jpeg("city")]
    out = clip.embed_images(photos)
    assert [type(v) for v in out] == [np.ndarray, np.ndarray, Rejected, np.ndarray, np.ndarray]
    reason = out[2].reason  # type: ignore[union-attr]
    assert reason.startswith("Input at index 0: the image could not be decoded")
    assert fake.inference.batches[0] == 5 and max(fake.inference.batches[1:]) < 5  # split


# -- retries and cancelling ------------------------------------------------------------------------
def test_transient_failures_are_retried(
    fake: FakeElasticsearch, clip: ElasticInferenceEmbedder
) -> None:
    fake.inference.fail(2, 429, retry_after="0")  # the service's rate limit
    fake.inference.fail(1, 503)  # answered as 400 "Received a server error status code"
    assert clip.embed_texts(["snow"]).shape == (1, 1024)
    assert fake.inference.requests == 4
    fake.reject(1, status=503)  # the cluster itself: no master
    fake.reject(1, status=429)  # the cluster itself: queue full
    fake.inject(Fault(drop=True))  # a dropped connection
    assert clip.embed_texts(["snow"]).shape == (1, 1024)


def test_a_timeout_is_retried(fake: FakeElasticsearch) -> None:
    e = embedder(fake, timeout=0.3)
    try:
        fake.inject(Fault(delay=1.0))
        assert e.embed_texts(["snow"]).shape == (1, 1024)
        assert len(fake.requests("POST", "/_inference/")) == 2
    finally:
        e.close()


def test_it_gives_up_with_one_sentence(fake: FakeElasticsearch) -> None:
    e = embedder(fake, max_retries=2)
    try:
        fake.inference.fail(3, 503)
        with pytest.raises(ServiceUnavailable) as caught:
            e.embed_texts(["snow"])
    finally:
        e.close()
    assert str(caught.value) == (
        f"The inference endpoint .jina-clip-v2 at {fake.url} did not succeed after 3 tries "
        "(HTTP 400: Received a server error status code for request from inference entity id "
        "[.jina-clip-v2] status [503]). Nothing is lost; try again later."
    )


def test_stop_ends_a_wait_at_once(fake: FakeElasticsearch) -> None:
    stop = threading.Event()
    e = embedder(fake, stop=stop, backoff_base=30.0)
    result: list[BaseException] = []

    def run() -> None:
        try:
            e.embed_images([jpeg("snow")])
        except BaseException as exc:  # handed to the test thread
            result.append(exc)

    fake.inference.fail(1, 429, retry_after="30")
    worker = threading.Thread(target=run)
    worker.start()
    assert fake.wait_for(lambda: fake.inference.requests >= 1)
    stop.set()
    worker.join(10)
    assert not worker.is_alive()
    assert [type(r) for r in result] == [Cancelled]
    assert fake.inference.requests == 1  # nothing sent after the stop
    with pytest.raises(Cancelled):
        e.embed_texts(["snow"])
    e.close()


# -- refusals: one sentence each -------------------------------------------------------------------
def test_no_such_endpoint(fake: FakeElasticsearch) -> None:
    with pytest.raises(FatalEmbeddingError) as caught:
        embedder(fake, endpoint=".jina-nope")
    assert str(caught.value) == (
        f"Elasticsearch at {fake.url} has no inference endpoint .jina-nope (Inference endpoint not "
        "found [.jina-nope]); choose another one (photoseek es endpoints lists them), or connect "
        "the cluster to the Elastic Inference Service."
    )


def test_a_cluster_not_connected_to_eis(fake: FakeElasticsearch) -> None:
    fake.inference.endpoints.clear()
    with pytest.raises(FatalEmbeddingError, match=r"has no inference endpoint \.jina-clip-v2"):
        embedder(fake)
    assert list_endpoints(settings(fake)) == []


@pytest.mark.parametrize("version", ["8.19.3", "9.3.0"])
def test_clusters_before_9_4_are_refused(version: str) -> None:
    with FakeElasticsearch(version) as old:
        url = old.url
        with pytest.raises(FatalEmbeddingError) as caught:
            embedder(old)
    assert str(caught.value) == (
        f"Elasticsearch {version} at {url} has no `embedding` inference task, which photos "
        "need: it arrived in 9.4 (Serverless has it); upgrade the cluster or set "
        "embedding.provider to jina (the cluster answered: Unknown task_type [embedding])."
    )


def test_a_text_only_endpoint_is_refused(fake: FakeElasticsearch) -> None:
    with pytest.raises(FatalEmbeddingError) as caught:
        embedder(fake, endpoint=".jina-embeddings-v5-text-small")
    assert str(caught.value) == (
        f"The inference endpoint .jina-embeddings-v5-text-small at {fake.url} embeds text only, "
        "not photos (Requested task type [embedding] does not match the inference endpoint's "
        "task type [text_embedding]); choose an `embedding` endpoint such as .jina-clip-v2."
    )


def test_an_expired_licence() -> None:
    with FakeElasticsearch("9.4.0", license_status="expired") as fake:
        url = fake.url
        e = embedder(fake)  # describing the endpoint needs no licence
        with pytest.raises(FatalEmbeddingError) as caught:
            e.embed_texts(["snow"])
        e.close()
    assert str(caught.value) == (
        f"Elasticsearch at {url} may not use the Elastic Inference Service with its licence "
        "(current license is non-compliant for [Elastic Inference Service]): renew or change the "
        "licence, or set embedding.provider to jina."
    )


def test_credentials_and_privileges(monkeypatch: pytest.MonkeyPatch) -> None:
    auth = {"users": {"elastic": "right", "reader": "pw"}}
    privileges = {"reader": {"cluster": [], "indices": [{"names": ["*"], "privileges": ["read"]}]}}
    with FakeElasticsearch("9.4.0", auth=auth, privileges=privileges) as fake:
        url = fake.url
        monkeypatch.setenv("PHOTOSEEK_ES_USER", "elastic")
        monkeypatch.setenv("PHOTOSEEK_ES_PASSWORD", "wrong")
        with pytest.raises(AuthError) as refused:
            embedder(fake, max_retries=0)
        assert "refused the user name or password (401)" in str(refused.value)
        monkeypatch.setenv("PHOTOSEEK_ES_USER", "reader")
        monkeypatch.setenv("PHOTOSEEK_ES_PASSWORD", "pw")
        with pytest.raises(FatalEmbeddingError) as denied:
            embedder(fake)
        monkeypatch.setenv("PHOTOSEEK_ES_USER", "elastic")
        monkeypatch.setenv("PHOTOSEEK_ES_PASSWORD", "right")
        assert embedder(fake).full_dims == 1024
    message = str(denied.value)
    assert message.startswith(f"Elasticsearch at {url} does not allow this user to embed")
    assert message.endswith("; the role needs the monitor_inference cluster privilege.")
    assert "pw" not in message.replace("privilege", "")


def test_nothing_listening() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    es = ElasticsearchSettings(urls=[f"http://127.0.0.1:{port}"])
    with pytest.raises(ServiceUnavailable) as caught:
        ElasticInferenceEmbedder(es, max_retries=1, backoff_base=0.0)
    assert "nothing answers there" in str(caught.value)


def test_no_cluster_configured() -> None:
    with pytest.raises(FatalEmbeddingError, match="No Elasticsearch URL or Cloud ID is set"):
        ElasticInferenceEmbedder(ElasticsearchSettings())


# -- answers that must not become vectors ----------------------------------------------------------
def answer(fake: FakeElasticsearch, *embeddings: list[float]) -> None:
    body = {"embeddings": [{"embedding": e} for e in embeddings]}
    fake.inject(Fault(status=200, body=body))


def test_wrong_length_zero_and_nan_vectors_are_errors(
    fake: FakeElasticsearch, clip: ElasticInferenceEmbedder
) -> None:
    good = [1.0] + [0.0] * 1023
    answer(fake, good, [0.5] * 768)
    with pytest.raises(FatalEmbeddingError, match="a vector of 768 dims where it promised 1024"):
        clip.embed_images([jpeg("snow"), jpeg("night")])
    answer(fake, good, [0.0] * 1024, [float("nan")] * 1024)
    out = clip.embed_images([jpeg("snow"), jpeg("night"), jpeg("city")])
    assert isinstance(out[0], np.ndarray)
    assert out[1] == Rejected("the inference service returned a zero vector for this photo")
    assert out[2] == Rejected(
        "the inference service returned a vector with NaN or infinite values for this photo"
    )
    answer(fake, [0.0] * 1024)
    with pytest.raises(EmbeddingError, match="returned a zero vector for a query"):
        clip.embed_texts(["snow"])
    answer(fake, good)
    with pytest.raises(FatalEmbeddingError, match="answered 1 vectors for 2 inputs"):
        clip.embed_texts(["snow", "night"])


# -- Serverless and listing ---------------------------------------------------------------------
def test_serverless() -> None:
    with FakeElasticsearch(serverless=True) as fake:
        e = embedder(fake)
        try:
            assert (e.model, e.full_dims) == ("jina-clip-v2", 1024)
            assert isinstance(e.embed_images([jpeg("snow")])[0], np.ndarray)
        finally:
            e.close()


def test_list_endpoints(fake: FakeElasticsearch) -> None:
    found = list_endpoints(settings(fake))
    ids = [e.inference_id for e in found]
    assert ids == [
        ".jina-clip-v2",
        ".jina-embeddings-v5-omni-nano",
        ".jina-embeddings-v5-omni-small",
        ".jina-embeddings-v3",
        ".jina-embeddings-v5-text-nano",
        ".jina-embeddings-v5-text-small",
    ]  # photos first; sparse and rerank endpoints left out
    first = found[0]
    assert (first.task_type, first.model, first.dims, first.supports_images, first.max_inputs) == (
        "embedding",
        "jina-clip-v2",
        1024,
        True,
        16,
    )
    assert not found[-1].supports_images and found[-1].dims == 1024


def test_list_endpoints_on_an_older_cluster() -> None:
    with FakeElasticsearch("9.3.0") as fake:
        assert {e.supports_images for e in list_endpoints(settings(fake))} == {False}


def test_check_endpoint(fake: FakeElasticsearch) -> None:
    assert check_endpoint(settings(fake), ".jina-embeddings-v5-omni-nano") == (
        "The inference endpoint .jina-embeddings-v5-omni-nano answers: "
        "jina-embeddings-v5-omni-nano, 768 dims, photos and text."
    )
