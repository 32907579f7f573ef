"""The three providers through the library: the Jina API, the cluster's inference service and
the local model; vectors kept per model; switching model in the background; switching back free.

The Elasticsearch fake's `.jina-clip-v2` is the same model (and the same vectors) as the Jina
API fake; its v5-omni endpoints are other models in other spaces. The tiny ONNX model is a
third, separate stand-in: tests never compare its vectors with the fakes'.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from photoseek.cli.main import main
from photoseek.config import InvalidSettings
from photoseek.config.rules import ELASTIC_PROVIDER_NEEDS_CLUSTER
from photoseek.embedding.base import ServiceUnavailable
from photoseek.followups import Followups
from photoseek.indexing import Progress
from photoseek.library import Library
from photoseek.records import Phase
from tests.fakes.elasticsearch import FakeElasticsearch
from tests.tiny_model import build_tiny_model

V5 = ".jina-embeddings-v5-omni-small"
V5_INDEX = "photoseek-jina-embeddings-v5-omni-small-512"
CLIP_INDEX = "photoseek-jina-clip-v2-512"
# Several languages; each query's best three photos must all show the scene.
QUERIES = {
    "flores rojas": "red",
    "red flowers": "red",
    "fleurs rouges": "red",
    "cielo azul y mar": "blue",
    "green field": "green",
    "yellow flowers": "yellow",
    "город ночью": "night",
    "snow": "snow",
}


def scenes(results: list[Any]) -> list[str]:
    return [Path(r.path).parent.name for r in results]


@pytest.fixture(params=["9.4.0", "serverless"])
def eis(request: pytest.FixtureRequest) -> Iterator[FakeElasticsearch]:
    """A cluster with the Elastic Inference Service: stack 9.4, or a Serverless project."""
    serverless = request.param == "serverless"
    with FakeElasticsearch(None if serverless else request.param, serverless=serverless) as fake:
        yield fake


@pytest.fixture
def cluster() -> Iterator[FakeElasticsearch]:
    with FakeElasticsearch("9.4.0") as fake:
        yield fake


def elastic(url: str, endpoint: str = ".jina-clip-v2", **more: Any) -> dict[str, Any]:
    return {
        "elasticsearch.urls": url,
        "embedding.provider": "elastic",
        "embedding.elastic_endpoint": endpoint,
        **more,
    }


# -- settings, rules, follow-ups --------------------------------------------------------------
def test_provider_settings_have_bounds(plain_settings_library: Library) -> None:
    lib = plain_settings_library
    for bad in (
        {"embedding.provider": "openai"},
        {"embedding.local_variant": "q4"},
        {"embedding.local_device": "tpu"},
        {"embedding.local_threads": -1},
        {"embedding.local_threads": 100_000},
        {"embedding.elastic_endpoint": "Has Spaces"},
        {"embedding.elastic_endpoint": ""},
        {"embedding.model": "a model"},
    ):
        with pytest.raises(InvalidSettings):
            lib.plan(bad)
    s = lib.config.validate({"embedding.local_threads": "6", "embedding.local_variant": "fp16"})
    assert (s.embedding.local_threads, s.embedding.local_variant) == (6, "fp16")
    assert lib.settings.embedding.elastic_endpoint == ".jina-clip-v2"


def test_the_cluster_provider_needs_an_address_in_one_sentence(
    plain_settings_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(InvalidSettings) as caught:
        plain_settings_library.plan({"embedding.provider": "elastic"})
    assert caught.value.errors == {"embedding.provider": ELASTIC_PROVIDER_NEEDS_CLUSTER}
    plain_settings_library.close()
    assert main(["config", "set", "embedding.provider", "elastic"]) == 2
    assert ELASTIC_PROVIDER_NEEDS_CLUSTER in capsys.readouterr().err


@pytest.fixture
def plain_settings_library() -> Iterator[Library]:
    lib = Library()
    yield lib
    lib.close()


def test_the_model_not_the_key_decides_re_embedding(plain_settings_library: Library) -> None:
    lib = plain_settings_library
    url = "https://cluster.example:9200"
    same = lib.plan(elastic(url))  # jina-clip-v2 via the API → the cluster's jina-clip-v2
    assert same.followups == Followups(reconnect=True, rebuild=True)  # the URL: rebuild only
    assert (same.model_before, same.model_after) == ("jina-clip-v2", "jina-clip-v2")
    assert lib.plan({"embedding.provider": "local"}).followups == Followups(reconnect=True)
    other = lib.plan(elastic(url, V5))
    assert other.followups.reembed and other.model_after == "jina-embeddings-v5-omni-small"
    nano = lib.plan(elastic(url, ".jina-embeddings-v5-omni-nano", **{"embedding.dims": 1024}))
    assert lib.spec(nano.settings).name == "photoseek-jina-embeddings-v5-omni-nano-768"
    lib.apply(elastic(url))
    # The Jina model does not matter while the cluster embeds.
    assert not lib.plan({"embedding.model": "jina-clip-v1"}).followups.reembed
    assert lib.status().provider == "elastic" and not lib.status().needs_key


# -- the cluster embeds ---------------------------------------------------------------------------
@pytest.mark.parametrize("store", ["embedded", "elasticsearch"])
def test_the_cluster_embeds_photos_and_queries_with_no_jina_request(
    eis: FakeElasticsearch, store: str, fake_jina: Any, photo_dir: Path
) -> None:
    lib = Library()
    try:
        lib.apply(elastic(eis.url, **{"store.kind": store, "embedding.batch_size": 8}))
        lib.add_folder(photo_dir)
        report = lib.index()
        assert report.error is None and report.sync_error is None, report
        assert report.activated == CLIP_INDEX and report.progress.embedded == 18
        for query, scene in QUERIES.items():
            assert scenes(lib.search.text(query, k=3)) == [scene] * 3, query
        red = sorted((photo_dir / "red").iterdir())[0]
        assert scenes(lib.search.similar(red, k=2)) == ["red", "red"]
        assert fake_jina.log == []  # zero requests to the Jina API
        assert eis.inference.batches and max(eis.inference.batches) <= 16
        assert eis.inference.input_types.count("search") == len(QUERIES)
        st = lib.status()
        assert (st.provider, st.model, st.endpoint, st.needs_key) == (
            "elastic",
            "jina-clip-v2",
            ".jina-clip-v2",
            False,
        )
        assert lib.catalog.vector_sources("jina-clip-v2") == {"elastic:.jina-clip-v2": 18}
    finally:
        lib.close()


def test_from_the_api_to_the_cluster_of_the_same_model_costs_no_model_call(
    indexed_library: Library, fake_jina: Any, cluster: FakeElasticsearch
) -> None:
    lib = indexed_library
    images = len(fake_jina.image_requests())
    plan = lib.plan(elastic(cluster.url))
    assert not plan.followups.reembed and plan.photos_to_embed == 0
    report = lib.follow_up(lib.apply(elastic(cluster.url)))
    assert report is not None and report.progress.embedded == 0
    assert len(fake_jina.image_requests()) == images and cluster.inference.requests == 0
    texts = len(fake_jina.text_requests())
    assert scenes(lib.search.text("flores rojas", k=3)) == ["red"] * 3  # the same space
    assert cluster.inference.requests == 1 and len(fake_jina.text_requests()) == texts
    assert lib.catalog.vector_sources("jina-clip-v2") == {"jina-api": 18}


# -- another model: a second index, built in the background -------------------------------------
def failing_after(lib: Library, batches: int) -> Callable[[], None]:
    """The model answers `batches` image batches, then keeps failing (a service outage) until
    the function returned is called."""
    real = lib.make_embedder

    def make(*args: Any, **kwargs: Any) -> Any:
        embedder = real(*args, **kwargs)
        answered = [0]
        embed_images = embedder.embed_images

        def flaky(jpegs: Any) -> Any:
            answered[0] += 1
            if answered[0] > batches:
                raise ServiceUnavailable("The inference endpoint is overloaded; try later.")
            return embed_images(jpegs)

        embedder.embed_images = flaky  # type: ignore[method-assign]
        return embedder

    lib.make_embedder = make  # type: ignore[method-assign]
    return lambda: delattr(lib, "make_embedder")


@pytest.mark.allow_log(r"embedding stopped: The inference endpoint is overloaded")
def test_switching_model_builds_a_second_index_and_moves_the_alias_only_when_complete(
    indexed_library: Library,
    fake_jina: Any,
    cluster: FakeElasticsearch,
) -> None:
    lib = indexed_library
    switch = elastic(cluster.url, V5, **{"embedding.concurrency": 1})
    plan = lib.plan(switch)
    assert plan.followups.reembed and plan.photos_to_embed == 18
    assert plan.model_after == "jina-embeddings-v5-omni-small"
    assert plan.cost is not None and "18 photos" in plan.cost.sentence()
    followups = lib.apply(switch)
    assert followups.reembed and not followups.scan

    # Searches during the run use the current index, and the old model embeds their queries.
    seen: list[list[str]] = []

    def search_meanwhile(p: Progress) -> None:
        # (emits are throttled; the one at the start of syncing always comes)
        if p.phase in (Phase.EMBEDDING, Phase.SYNCING) and p.embedded and not seen:
            seen.append(scenes(lib.search.text("flores rojas", k=3)))

    texts = len(fake_jina.text_requests())
    service_back = failing_after(lib, batches=1)
    report = lib.follow_up(followups, on_progress=search_meanwhile)
    assert report is not None and report.error and "overloaded" in report.error
    assert report.activated is None and report.progress.embedded == 8
    assert seen == [["red"] * 3] and len(fake_jina.text_requests()) == texts + 1
    assert cluster.inference.input_types.count("search") == 0
    st = lib.status()
    assert st.index == V5_INDEX and st.active_index == CLIP_INDEX  # partial: not moved
    assert st.active_model == "jina-clip-v2" and st.sync == {"synced": 8}
    assert {i.name for i in lib.indices()} == {CLIP_INDEX, V5_INDEX}
    assert scenes(lib.search.text("red flowers", k=3)) == ["red"] * 3

    service_back()  # the service is back: the rest, and only the rest, is embedded
    posts = cluster.inference.requests
    report = lib.index(scan=False)
    assert report.error is None and report.activated == V5_INDEX
    assert report.progress.embedded == 10 and sum(cluster.inference.batches[posts:]) == 10
    texts = len(fake_jina.text_requests())
    assert scenes(lib.search.text("cielo azul y mar", k=3)) == ["blue"] * 3
    assert len(fake_jina.text_requests()) == texts  # the new index: the cluster embeds queries
    assert cluster.inference.input_types[-1] == "search"
    assert lib.status().active_model == "jina-embeddings-v5-omni-small"

    # Switching back is free: the jina-clip-v2 vectors are still kept.
    images, posts = len(fake_jina.image_requests()), cluster.inference.requests
    back = {"embedding.provider": "jina"}
    plan = lib.plan(back)
    assert plan.followups.reembed and plan.photos_to_embed == 0 and plan.cost is not None
    assert "no model call" in plan.cost.sentence()
    report = lib.follow_up(lib.apply(back))
    assert report is not None and report.activated == CLIP_INDEX
    assert report.progress.embedded == 0
    assert len(fake_jina.image_requests()) == images and cluster.inference.requests == posts
    assert scenes(lib.search.text("flores amarillas", k=3)) == ["yellow"] * 3


def test_the_active_index_of_another_model_gets_that_models_embedder(
    indexed_library: Library, fake_jina: Any, cluster: FakeElasticsearch, photo_dir: Path
) -> None:
    """Switched, not yet re-indexed: the query is embedded by jina-clip-v2 (the Jina API),
    never by the endpoint that is now configured."""
    lib = indexed_library
    lib.apply(elastic(cluster.url, V5))
    texts = len(fake_jina.text_requests())
    assert scenes(lib.search.text("green field", k=3)) == ["green"] * 3
    assert len(fake_jina.text_requests()) == texts + 1 and cluster.inference.requests == 0
    photo = sorted((photo_dir / "red").iterdir())[0]  # its vector: under the index's model
    assert scenes(lib.search.similar(photo, k=2)) == ["red", "red"]
    assert cluster.inference.requests == 0


# -- the local model ---------------------------------------------------------------------------
@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing to reach: no key, and a Jina URL where nothing listens."""
    monkeypatch.setenv("PHOTOSEEK_JINA_URL", "http://127.0.0.1:9/v1/embeddings")


def run(capsys: pytest.CaptureFixture[str], *args: str, code: int = 0) -> tuple[str, str]:
    capsys.readouterr()
    got = main(list(args))
    out = capsys.readouterr()
    assert got == code, (args, out.out, out.err)
    return out.out, out.err


def test_the_local_model_indexes_and_searches_offline(
    offline: None, photo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = build_tiny_model(tmp_path / "tiny")
    _, err = run(capsys, "config", "set", "embedding.provider", "local")
    assert "The local model is not installed" in err
    run(capsys, "model", "import", str(src))
    run(capsys, "config", "set", "batch_size", "8")
    _, err = run(capsys, "index", str(photo_dir))
    assert "embedded 18" in err and f"Searches now use {CLIP_INDEX}." in err
    for query, scene in {"red flowers": "red", "flores rojas": "red", "mer bleue": "blue",
                         "grüne Wiese": "green", "снег": "snow"}.items():  # fmt: skip
        out, _ = run(capsys, "search", query, "-k", "3", "--json")
        found = [Path(r["path"]).parent.name for r in json.loads(out)["results"]]
        assert found == [scene] * 3, query
    out, _ = run(capsys, "status", "--json")
    st = json.loads(out)
    assert (st["provider"], st["model"], st["needs_key"], st["local_installed"]) == (
        "local",
        "jina-clip-v2",
        False,
        True,
    )
    out, _ = run(capsys, "status")
    assert "Model:    jina-clip-v2 through the local model" in out
    assert "Local:    Installed (int8, runs on the CPU)" in out
    assert "API key" not in out  # the local model needs none
    lib = Library()
    try:
        assert lib.catalog.vector_sources("jina-clip-v2") == {"local:auto": 18}
        cost = lib.embed_cost(100)
        assert cost.measured and cost.seconds is not None and "measured here" in cost.sentence()
    finally:
        lib.close()


def test_switching_to_the_local_model_of_the_same_model_reuses_every_vector(
    indexed_library: Library, fake_jina: Any, tmp_path: Path
) -> None:
    lib = indexed_library
    lib.import_local_model(build_tiny_model(tmp_path / "tiny"))
    assert lib.apply({"embedding.provider": "local"}) == Followups(reconnect=True)
    report = lib.index(scan=False)
    assert report.error is None and report.progress.embedded == 0
    st = lib.status()
    assert (st.index, st.active_index, st.vectors, st.local_installed) == (
        CLIP_INDEX,
        CLIP_INDEX,
        18,
        True,
    )


def test_a_local_provider_without_the_model_is_a_state_not_a_crash(
    plain_settings_library: Library, offline: None, photo_dir: Path
) -> None:
    lib = plain_settings_library
    lib.apply({"embedding.provider": "local"})
    st = lib.status()
    assert st.local_installed is False and "photoseek model download" in (st.local_model or "")
    lib.add_folder(photo_dir)
    report = lib.index()
    assert report.error is not None and "not installed" in report.error
    assert lib.status().waiting == 18  # every photo still waits; nothing is lost


def test_a_gpu_device_without_a_gpu_says_so(
    plain_settings_library: Library, tmp_path: Path
) -> None:
    lib = plain_settings_library
    lib.import_local_model(build_tiny_model(tmp_path / "tiny"))
    lib.apply({"embedding.provider": "local", "embedding.local_device": "gpu"})
    with pytest.raises(Exception, match="no GPU"):
        lib.make_embedder()


def test_threads_leave_cores_for_decoding(
    plain_settings_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photoseek.embedding import local_model

    lib = plain_settings_library
    lib.import_local_model(build_tiny_model(tmp_path / "tiny"))
    lib.apply({"embedding.provider": "local"})
    monkeypatch.setattr(local_model, "cpu_cores", lambda: 8)
    assert lib.make_embedder(indexing=True).threads == 6  # type: ignore[attr-defined]
    assert lib.make_embedder().threads == 8  # type: ignore[attr-defined]
    lib.apply({"embedding.local_threads": 3})
    assert lib.make_embedder(indexing=True).threads == 3  # type: ignore[attr-defined]


def test_abort_stops_the_local_model_without_waiting(
    plain_settings_library: Library, tmp_path: Path
) -> None:
    from photoseek.embedding.base import Cancelled

    lib = plain_settings_library
    lib.import_local_model(build_tiny_model(tmp_path / "tiny"))
    lib.apply({"embedding.provider": "local"})
    embedder = lib.make_embedder()
    lib.abort()
    with pytest.raises(Cancelled):
        embedder.embed_texts(["red"])


# -- the CLI --------------------------------------------------------------------------------------
def test_config_set_asks_before_another_model_and_names_the_cost(
    indexed_library: Library,
    cluster: FakeElasticsearch,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    indexed_library.close()
    run(capsys, "config", "set", "elasticsearch.urls", cluster.url, "--later")
    run(capsys, "config", "set", "embedding.elastic_endpoint", V5, "--later")
    _, err = run(capsys, "config", "set", "embedding.provider", "elastic", code=2)
    assert "from jina-clip-v2 to jina-embeddings-v5-omni-small" in err
    assert "18 photos to embed with jina-embeddings-v5-omni-small by your Elasticsearch" in err
    assert "--yes" in err
    _, err = run(capsys, "config", "set", "embedding.provider", "elastic", "--yes")
    assert f"Searches now use {V5_INDEX}." in err
    out, _ = run(capsys, "status")
    assert "Model:    jina-embeddings-v5-omni-small through the cluster's inference" in out
    assert "API key" not in out


def test_es_check_checks_the_configured_endpoint(
    cluster: FakeElasticsearch, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "config", "set", "elasticsearch.urls", cluster.url)
    out, _ = run(capsys, "es", "check")
    assert "inference endpoint" not in out  # the Jina API embeds: nothing to check
    run(capsys, "config", "set", "embedding.provider", "elastic")
    out, _ = run(capsys, "es", "check")
    assert "The inference endpoint .jina-clip-v2 answers: jina-clip-v2, 1024 dims" in out


def test_followups_from_the_models_before_and_after() -> None:
    same = Followups.for_change({"embedding.provider"}, "jina-clip-v2", "jina-clip-v2")
    assert same == Followups(reconnect=True)
    other = Followups.for_change({"embedding.elastic_endpoint"}, "jina-clip-v2", "v5")
    assert other.reembed and other.costs_model_calls and other.embed and not other.scan
    unknown = Followups.for_change({"embedding.provider"}, "jina-clip-v2", None)
    assert unknown.reembed  # an endpoint not asked yet: run, and cached vectors cost nothing
    assert not Followups.for_change({"embedding.local_threads"}, "a", "a").reembed
