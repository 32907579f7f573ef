"""LocalEmbedder on the tiny jina-clip-v2 stand-in (tests/tiny_model.py): real onnxruntime,
real tokenizers, real pre-processing; only the weights are small."""

from __future__ import annotations

import io
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from photoseek.embedding.base import Cancelled, FatalEmbeddingError, Rejected
from photoseek.embedding.local_model import (
    IMAGE_OUTPUT,
    TEXT_OUTPUT,
    LocalEmbedder,
    ModelOutputError,
    default_threads,
    open_local_embedder,
)
from photoseek.embedding.local_preprocess import pixel_values, read_preprocessor_config
from photoseek.embedding.model_files import (
    ModelCorrupt,
    ModelNotInstalled,
    choose_providers,
    recommended_variant,
)
from tests.synthetic import SCENES
from tests.tiny_model import PAD_ID, QUERY_INSTRUCTION, build_tiny_model

ROOT = Path(__file__).resolve().parent.parent


def jpeg(img: Image.Image, quality: int = 90) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def payload(scene: str, seed: int = 3) -> bytes:
    """What the app sends for a photo: EXIF-free JPEG, longest side 512."""
    img = SCENES[scene](seed)
    img.thumbnail((512, 512))
    return jpeg(img)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny"))


@pytest.fixture(scope="module")
def scene_payloads() -> dict[str, bytes]:
    return {name: payload(name) for name in SCENES}


@pytest.fixture
def embedder(tiny: Path) -> Any:
    e = LocalEmbedder(tiny, threads=1)
    yield e
    e.close()


class RecordingSession:
    """Wraps the real onnxruntime session and keeps a copy of every feed (the run log)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.calls: list[tuple[list[str], dict[str, np.ndarray]]] = []
        self.after_run: Any = None

    def run(self, outputs: list[str], feeds: dict[str, np.ndarray]) -> Any:
        self.calls.append((list(outputs), {k: np.array(v, copy=True) for k, v in feeds.items()}))
        result = self.inner.run(outputs, feeds)
        if self.after_run is not None:
            self.after_run()
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def record(e: LocalEmbedder) -> RecordingSession:
    e.load()
    spy = RecordingSession(e._session)
    e._session = spy
    return spy


# -- vectors -----------------------------------------------------------------------------------
def test_image_vectors_are_unit_1024_float32_in_order(
    embedder: LocalEmbedder, scene_payloads: dict[str, bytes]
) -> None:
    vectors = embedder.embed_images(list(scene_payloads.values()))
    assert len(vectors) == len(scene_payloads)
    for v in vectors:
        assert isinstance(v, np.ndarray) and v.shape == (1024,) and v.dtype == np.float32
        assert np.linalg.norm(v) == pytest.approx(1.0, abs=1e-5)
    singles = [embedder.embed_images([p])[0] for p in scene_payloads.values()]
    for batch_v, single_v in zip(vectors, singles, strict=True):
        np.testing.assert_allclose(batch_v, single_v, atol=1e-6)
    assert embedder.model == "jina-clip-v2" and embedder.full_dims == 1024
    assert embedder.tokens_used == 0


def test_text_vectors_shape_and_unit(embedder: LocalEmbedder) -> None:
    out = embedder.embed_texts(["red flowers", "un gato durmiendo", "海"])
    assert out.shape == (3, 1024) and out.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)
    assert embedder.embed_texts([]).shape == (0, 1024)


@pytest.mark.parametrize(
    ("query", "scene"),
    [
        ("red flowers", "red"),
        ("flores rojas", "red"),
        ("fleurs rouges", "red"),
        ("rote Blumen", "red"),
        ("красные цветы", "red"),
        ("赤い花", "red"),
        ("blue sea", "blue"),
        ("mar azul", "blue"),
        ("green grass", "green"),
        ("girasoles amarillos", "yellow"),
        ("night city", "night"),
        ("snow", "snow"),
    ],
)
def test_text_finds_the_matching_scene_in_many_languages(
    embedder: LocalEmbedder, scene_payloads: dict[str, bytes], query: str, scene: str
) -> None:
    images = np.stack(embedder.embed_images(list(scene_payloads.values())))  # type: ignore[arg-type]
    scores = images @ embedder.embed_texts([query])[0]
    ranked = [list(scene_payloads)[i] for i in np.argsort(-scores)]
    assert ranked[0] == scene, (query, ranked, np.sort(scores)[::-1])


# -- what goes into the graph ------------------------------------------------------------------
def test_image_calls_send_a_ones_dummy_for_input_ids(
    embedder: LocalEmbedder, scene_payloads: dict[str, bytes]
) -> None:
    spy = record(embedder)
    embedder.embed_images([scene_payloads["red"], scene_payloads["blue"], scene_payloads["snow"]])
    assert len(spy.calls) == 1
    outputs, feeds = spy.calls[0]
    assert outputs == [IMAGE_OUTPUT]
    assert set(feeds) == {"input_ids", "pixel_values"}
    assert feeds["input_ids"].dtype == np.int64
    np.testing.assert_array_equal(feeds["input_ids"], np.ones((3, 1), np.int64))
    assert feeds["pixel_values"].dtype == np.float32
    assert feeds["pixel_values"].shape == (3, 3, 512, 512)


def test_text_calls_send_a_zero_size_pixel_dummy(embedder: LocalEmbedder) -> None:
    spy = record(embedder)
    embedder.embed_texts(["red flowers"])
    outputs, feeds = spy.calls[0]
    assert outputs == [TEXT_OUTPUT]
    assert feeds["pixel_values"].shape == (0, 3, 512, 512)
    assert feeds["pixel_values"].dtype == np.float32
    assert feeds["input_ids"].dtype == np.int64 and feeds["input_ids"].ndim == 2


def test_queries_get_the_instruction_from_config_json(embedder: LocalEmbedder, tiny: Path) -> None:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(tiny / "tokenizer.json"))
    spy = record(embedder)
    with_prefix = embedder.embed_texts(["red flowers"])[0]
    sent = spy.calls[0][1]["input_ids"][0].tolist()
    assert sent == tok.encode(QUERY_INSTRUCTION + "red flowers").ids
    assert tok.decode(sent).startswith("represent the query for retrieving evidence documents")
    # Without the instruction the graph gives another vector: the prefix really matters.
    bare = np.array([tok.encode("red flowers").ids], np.int64)
    raw = embedder._session.inner.run(
        [TEXT_OUTPUT], {"input_ids": bare, "pixel_values": np.zeros((0, 3, 512, 512), np.float32)}
    )[0][0]
    assert float(raw @ with_prefix) < 0.999


def test_texts_of_different_lengths_are_never_padded(tmp_path: Path) -> None:
    # A graph that averages over every position, pads included (what a mask-less export may
    # do): padding changes its vectors, so only an embedder that never pads gets them right.
    maskless = build_tiny_model(tmp_path / "maskless", pad_aware=False)
    e = LocalEmbedder(maskless, threads=1, batch_size=8)
    texts = ["red", "red flowers at night in the city", "flores rojas", "blue", "海"]
    spy = record(e)
    batch = e.embed_texts(texts)
    singles = np.vstack([e.embed_texts([t]) for t in texts])
    np.testing.assert_allclose(batch, singles, atol=1e-6)
    for _, feeds in spy.calls:
        ids = feeds["input_ids"]
        assert PAD_ID not in ids  # nothing was padded
    # The runs of the batch call grouped the texts by token length.
    batch_runs = spy.calls[: len(spy.calls) - len(texts)]
    assert sum(f["input_ids"].shape[0] for _, f in batch_runs) == len(texts)
    assert len(batch_runs) < len(texts)  # equal lengths shared a run
    # Proof that the check can fail: padding by hand does change this graph's answer.
    ids = [spy.calls[-1][1]["input_ids"][0].tolist()]  # "海", the shortest
    long_len = max(f["input_ids"].shape[1] for _, f in spy.calls)
    padded = np.array([ids[0] + [PAD_ID] * (long_len - len(ids[0]))], np.int64)
    empty = np.zeros((0, 3, 512, 512), np.float32)
    v_padded = e._session.inner.run([TEXT_OUTPUT], {"input_ids": padded, "pixel_values": empty})
    assert not np.allclose(v_padded[0][0], singles[-1], atol=1e-3)
    e.close()


def test_padded_batches_equal_single_texts_on_the_mask_aware_graph(
    embedder: LocalEmbedder,
) -> None:
    texts = ["yellow", "green grass in the field", "night", "rote Blumen auf der Wiese"]
    np.testing.assert_allclose(
        embedder.embed_texts(texts),
        np.vstack([embedder.embed_texts([t]) for t in texts]),
        atol=1e-6,
    )


def test_long_text_is_truncated_to_the_model_length(embedder: LocalEmbedder) -> None:
    spy = record(embedder)
    v = embedder.embed_texts(["red " * 3000])
    assert spy.calls[0][1]["input_ids"].shape[1] == 512
    assert np.isfinite(v).all()


def test_batches_are_split_and_keep_order(tiny: Path, scene_payloads: dict[str, bytes]) -> None:
    e = LocalEmbedder(tiny, threads=1, batch_size=2)
    spy = record(e)
    payloads = list(scene_payloads.values())[:5]
    vectors = e.embed_images(payloads)
    assert [f["pixel_values"].shape[0] for _, f in spy.calls] == [2, 2, 1]
    for p, v in zip(payloads, vectors, strict=True):
        np.testing.assert_allclose(v, e.embed_images([p])[0], atol=1e-6)  # type: ignore[arg-type]
    e.close()


def test_an_undecodable_payload_is_rejected_alone(
    embedder: LocalEmbedder, scene_payloads: dict[str, bytes]
) -> None:
    good = scene_payloads["red"]
    out = embedder.embed_images([good, b"not a jpeg at all", good[: len(good) // 3], good])
    assert isinstance(out[1], Rejected) and "could not be decoded" in out[1].reason
    assert "not an image" in out[1].reason and "0x" not in out[1].reason
    assert isinstance(out[2], Rejected)  # a truncated JPEG
    np.testing.assert_allclose(out[0], out[3], atol=1e-6)  # type: ignore[arg-type]
    assert isinstance(embedder.embed_images([b""])[0], Rejected)


def test_concurrent_callers_get_the_same_vectors(
    embedder: LocalEmbedder, scene_payloads: dict[str, bytes]
) -> None:
    payloads = list(scene_payloads.values())
    expected = embedder.embed_images(payloads)
    results: list[Any] = [None] * 4
    threads = [
        threading.Thread(target=lambda i=i: results.__setitem__(i, embedder.embed_images(payloads)))
        for i in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for r in results:
        for a, b in zip(r, expected, strict=True):
            np.testing.assert_allclose(a, b, atol=1e-6)


# -- pre-processing ----------------------------------------------------------------------------
def test_hf_key_names_for_mean_and_std_give_the_same_vectors(
    tmp_path: Path, embedder: LocalEmbedder, scene_payloads: dict[str, bytes]
) -> None:
    other = LocalEmbedder(build_tiny_model(tmp_path / "hf", hf_keys=True), threads=1)
    a = embedder.embed_images([scene_payloads["green"]])[0]
    b = other.embed_images([scene_payloads["green"]])[0]
    np.testing.assert_allclose(a, b, atol=1e-6)  # type: ignore[arg-type]
    other.close()


def test_pixels_are_rescaled_and_normalised_with_the_files_values(tiny: Path) -> None:
    cfg = read_preprocessor_config(tiny / "preprocessor_config.json")
    px = pixel_values(Image.new("RGB", (640, 480), (200, 100, 50)), cfg)
    assert px.shape == (3, 512, 512) and px.dtype == np.float32
    for c, value in enumerate((200, 100, 50)):
        expected = (value / 255 - cfg.mean[c]) / cfg.std[c]
        np.testing.assert_allclose(px[c], expected, atol=1e-5)


def test_the_shortest_side_is_resized_and_the_centre_kept(tiny: Path) -> None:
    cfg = read_preprocessor_config(tiny / "preprocessor_config.json")
    img = Image.new("RGB", (300, 900), (255, 0, 0))  # portrait: red top, green middle, blue
    img.paste((0, 255, 0), (0, 300, 300, 600))
    img.paste((0, 0, 255), (0, 600, 300, 900))
    px = pixel_values(img, cfg)
    green = (1.0 - cfg.mean[1]) / cfg.std[1]
    # 300×900 → 512×1536, centre crop 512×512 = exactly the green band.
    np.testing.assert_allclose(px[1, 10:-10, :], green, atol=0.05)
    assert px[0, 10:-10, :].max() < 0  # no red left
    small = pixel_values(Image.new("RGB", (512, 384), (10, 20, 30)), cfg)  # a 512 px payload
    assert small.shape == (3, 512, 512)


# -- errors ------------------------------------------------------------------------------------
@pytest.mark.parametrize("fault", ["nan", "zero", "dims"])
def test_bad_model_output_is_an_error_never_a_vector(
    tmp_path: Path, fault: str, scene_payloads: dict[str, bytes]
) -> None:
    e = LocalEmbedder(build_tiny_model(tmp_path / fault, fault=fault), threads=1)
    with pytest.raises(ModelOutputError) as info:
        e.embed_images([scene_payloads["red"]])
    assert isinstance(info.value, FatalEmbeddingError)
    words = {"nan": "NaN", "zero": "zero vector", "dims": "shape"}[fault]
    assert words in str(info.value)
    with pytest.raises(ModelOutputError):
        e.embed_texts(["red"])
    e.close()


def test_a_set_stop_cancels_before_any_run(tiny: Path, scene_payloads: dict[str, bytes]) -> None:
    stop = threading.Event()
    e = LocalEmbedder(tiny, threads=1, stop=stop)
    spy = record(e)
    stop.set()
    with pytest.raises(Cancelled):
        e.embed_images([scene_payloads["red"]])
    with pytest.raises(Cancelled):
        e.embed_texts(["red"])
    assert spy.calls == []


def test_cancel_takes_effect_between_batches(tiny: Path, scene_payloads: dict[str, bytes]) -> None:
    stop = threading.Event()
    e = LocalEmbedder(tiny, threads=1, batch_size=1, stop=stop)
    spy = record(e)
    spy.after_run = stop.set  # the user presses Cancel while the first batch runs
    with pytest.raises(Cancelled):
        e.embed_images(list(scene_payloads.values()))
    assert len(spy.calls) == 1


def test_a_missing_model_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(ModelNotInstalled) as info:
        LocalEmbedder(tmp_path / "nothing")
    assert "photoseek model download" in str(info.value)
    assert isinstance(info.value, FatalEmbeddingError)


def test_a_missing_tokenizer_is_reported(tmp_path: Path) -> None:
    d = build_tiny_model(tmp_path / "m", graphs=("onnx/model_int8.onnx",))
    (d / "tokenizer.json").unlink()
    with pytest.raises(ModelNotInstalled, match=r"tokenizer\.json is missing"):
        LocalEmbedder(d)


def test_a_damaged_graph_fails_on_first_use_with_a_sentence(
    tmp_path: Path, scene_payloads: dict[str, bytes]
) -> None:
    d = build_tiny_model(tmp_path / "m", graphs=("onnx/model_int8.onnx",))
    graph = d / "onnx" / "model_int8.onnx"
    graph.write_bytes(graph.read_bytes()[:1000])
    e = LocalEmbedder(d)  # cheap: nothing is loaded yet
    with pytest.raises(ModelCorrupt) as info:
        e.embed_images([scene_payloads["red"]])
    assert "photoseek model download" in str(info.value)
    assert "\n" not in str(info.value)


def test_loading_is_lazy_and_import_pulls_in_no_onnxruntime(tiny: Path) -> None:
    e = LocalEmbedder(tiny)
    assert e._session is None
    assert e.providers == ["CPUExecutionProvider"]
    e.load()
    assert e.providers == ["CPUExecutionProvider"] and e.device == "CPU"
    code = (
        "import sys, photoseek.embedding.local_model, photoseek.embedding.model_files, "
        "photoseek.embedding.model_download, photoseek.cli.model; "
        "print('onnxruntime' in sys.modules, 'tokenizers' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "desktop"), "PATH": ""},
    )
    assert out.stdout.split() == ["False", "False"]


def test_threads_and_providers() -> None:
    assert default_threads() >= 1
    assert default_threads(leave_cores=1000) == 1
    cuda = ["CUDAExecutionProvider", "CPUExecutionProvider"]
    coreml = ["CoreMLExecutionProvider", "CPUExecutionProvider"]
    dml = ["DmlExecutionProvider", "CPUExecutionProvider"]
    assert choose_providers("int8", cuda) == ["CPUExecutionProvider"]
    assert choose_providers("int8", coreml) == ["CPUExecutionProvider"]  # NaN on Core ML
    assert choose_providers("fp16", cuda) == cuda
    assert choose_providers("fp16", coreml) == coreml
    assert choose_providers("fp32", dml) == dml
    assert choose_providers("fp16", ["CPUExecutionProvider"]) == ["CPUExecutionProvider"]
    assert recommended_variant(cuda) == "fp16"
    assert recommended_variant(["CPUExecutionProvider"]) == "int8"


def test_thread_count_reaches_the_session(tiny: Path) -> None:
    e = LocalEmbedder(tiny, threads=2)
    e.load()
    assert e.threads == 2
    e.close()
    with pytest.raises(FatalEmbeddingError):
        e.embed_texts(["red"])  # closed


def test_open_local_embedder_finds_the_model_under_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scene_payloads: dict[str, bytes]
) -> None:
    data = tmp_path / "data"
    build_tiny_model(data / "models" / "jina-clip-v2", graphs=("onnx/model_fp16.onnx",))
    e = open_local_embedder(data, threads=1)
    assert e.variant == "fp16" and isinstance(
        e.embed_images([scene_payloads["red"]])[0], np.ndarray
    )
    monkeypatch.setenv("PHOTOSEEK_MODEL_DIR", str(tmp_path / "elsewhere"))
    with pytest.raises(ModelNotInstalled):
        open_local_embedder(data)


def test_asking_for_another_variant_than_the_installed_one(tmp_path: Path) -> None:
    from photoseek.embedding.model_files import import_model

    usb = build_tiny_model(tmp_path / "usb", graphs=("onnx/model_int8.onnx",))
    import_model(usb, dest=tmp_path / "model")
    assert LocalEmbedder(tmp_path / "model", variant="int8").variant == "int8"
    with pytest.raises(ModelNotInstalled, match="--variant fp16"):
        LocalEmbedder(tmp_path / "model", variant="fp16")
