"""A tiny stand-in for jina-clip-v2 with the real file layout, names and habits (not a test).

`build_tiny_model(dir)` writes what the Hugging Face repository holds, at a few hundred kB:

* `onnx/model_int8.onnx`, `onnx/model_fp16.onnx`, `onnx/model.onnx` + `onnx/model.onnx_data`
  (the fp32 layout, initializers in the external data file): one combined graph each, inputs
  `input_ids` [text_batch, sequence] int64 and `pixel_values` [image_batch, 3, 512, 512]
  float32, the four real outputs ([batch, 1024]). All three are float32 inside; only the
  names and the layout match the real variants.
* `tokenizer.json` (the `tokenizers` package: NFKC + lowercase, CJK characters split one by
  one, whitespace words, a word-level vocabulary, `<s> … </s>` around every text, XLM-R's
  special ids: <s>=0, <pad>=1, </s>=2, <unk>=3, and `"padding": null`),
  `preprocessor_config.json` and `config.json` with the real keys.

What it computes, so that tests can check ranking honestly:

* image: un-normalise the pixels, then per pixel "redness" (r - max(g, b)), greenness,
  blueness, yellowness (min(r, g) - b), brightness and darkness, averaged over the picture;
  plus a constant image axis. A fixed orthonormal projection maps the 7 axes into 1024 dims.
* text: the mean, over non-pad tokens (the graph finds pads by their id, as the real one must:
  it has no attention-mask input), of word vectors on the same axes: colour words of several
  languages (red / rojo / rouge / rot / красный / 赤 …) point along the matching colour, scene
  words (flowers, sea, sky, grass, snow, night …) along what the synthetic scenes show, and
  everything else (the query instruction, unknown words, special tokens) along a text axis.

`pad_aware=False` builds a graph that averages over every position, pads included: what a
mask-less export could do, to prove that the embedder never lets padding reach the model.
`fault="nan" | "zero" | "dims"` builds graphs whose outputs are NaN, zero or 512 dims long.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

DIMS = 1024
SIDE = 512
PAD_ID = 1
MEAN = (0.48145466, 0.4578275, 0.40821073)
STD = (0.26862954, 0.26130258, 0.27577711)
QUERY_INSTRUCTION = "Represent the query for retrieving evidence documents: "
GRAPHS = ("onnx/model_int8.onnx", "onnx/model_fp16.onnx", "onnx/model.onnx")

# Axes of the meaning space, before the projection to 1024 dims.
AXES = ("red", "green", "blue", "yellow", "bright", "dark", "image", "text")
A = {name: i for i, name in enumerate(AXES)}

_COLOUR_WORDS = {
    "red": "red reds rojo roja rojos rojas rouge rouges rot rote roten roter rosso rossa rossi "
    "vermelho vermelha красный красная красное красные 红 紅 赤",
    "green": "green verde verdes vert verte verts grün grüne grünen зелёный зеленый зеленые 绿 緑",
    "blue": "blue azul azules bleu bleue bleus blau blaue blauen синий синее синие голубой 蓝 青",
    "yellow": "yellow amarillo amarilla amarillos jaune jaunes gelb gelbe gelben жёлтый желтый "
    "желтые 黄",
}
_SCENE_WORDS: dict[str, tuple[dict[str, float], str]] = {
    "flowers": (
        {"red": 0.6, "green": 0.4, "yellow": 0.3},
        "flower flowers flor flores fleur fleurs blume blumen цветок цветы 花",
    ),
    "sunflowers": (
        {"yellow": 1.0, "green": 0.2},
        "sunflower sunflowers girasol girasoles tournesol tournesols sonnenblumen подсолнухи",
    ),
    "sea": ({"blue": 1.0}, "sea ocean mar mer meer море 海"),
    "sky": ({"blue": 0.8, "bright": 0.3}, "sky cielo ciel himmel небо 空"),
    "grass": ({"green": 1.0}, "grass field meadow hierba campo champ herbe wiese gras поле 草"),
    "snow": ({"bright": 1.0}, "snow nieve neige schnee снег 雪"),
    "night": ({"dark": 1.0, "yellow": 0.2}, "night city noche nuit nacht ночь город 夜"),
}
# The query instruction and a few everyday words: they only carry the text axis.
_PLAIN_WORDS = (
    "represent the query for retrieving evidence documents : a an of in on at with and photo "
    "picture image de la el los las une des der die das и в"
)
SPECIALS = ("<s>", "<pad>", "</s>", "<unk>")
_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


def vocabulary() -> dict[str, np.ndarray]:
    """Every token and its vector on AXES (special tokens first, with XLM-R's ids)."""
    vecs: dict[str, np.ndarray] = {}

    def put(word: str, weights: dict[str, float]) -> None:
        v = np.zeros(len(AXES), np.float32)
        for axis, w in weights.items():
            v[A[axis]] = w
        vecs.setdefault(word, v)

    for s in SPECIALS:
        put(s, {"text": 0.3} if s != "<pad>" else {"text": 0.3, "dark": 2.0})
    for colour, words in _COLOUR_WORDS.items():
        for w in words.split():
            put(w, {colour: 1.0, "text": 0.1})
    for weights, words in _SCENE_WORDS.values():
        for w in words.split():
            put(w, {**weights, "text": 0.1})
    for w in _PLAIN_WORDS.split():
        put(w, {"text": 0.5})
    return vecs


def projection() -> np.ndarray:
    """A fixed orthonormal map from AXES into 1024 dims (rows are unit and orthogonal)."""
    rng = np.random.default_rng(20241122)
    q, _ = np.linalg.qr(rng.standard_normal((DIMS, len(AXES))))
    return q.T.astype(np.float32)  # [axes, 1024]


# -- tokenizer -------------------------------------------------------------------------------
def write_tokenizer(path: Path) -> None:
    from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers, processors

    vocab = {word: i for i, word in enumerate(vocabulary())}
    assert vocab["<pad>"] == PAD_ID
    tok = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.Split(Regex(_CJK), "isolated"), pre_tokenizers.Whitespace()]
    )
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", 0), ("</s>", 2)],
    )
    tok.add_special_tokens(list(SPECIALS))
    tok.save(str(path))


# -- graph -----------------------------------------------------------------------------------
def _const(name: str, value: np.ndarray) -> TensorProto:
    return numpy_helper.from_array(value, name)


def build_graph(*, pad_aware: bool = True, fault: str | None = None) -> onnx.ModelProto:
    vocab = vocabulary()
    table = np.stack(list(vocab.values()))  # [V, axes]
    proj = projection()
    out_dims = 512 if fault == "dims" else DIMS
    proj = proj[:, :out_dims]
    n = helper.make_node
    mean = np.array(MEAN, np.float32).reshape(1, 3, 1, 1)
    std = np.array(STD, np.float32).reshape(1, 3, 1, 1)
    # image features -> axes: red, green, blue, yellow, bright, dark in order; image axis bias.
    img_map = np.zeros((6, len(AXES)), np.float32)
    for i, axis in enumerate(("red", "green", "blue", "yellow", "bright", "dark")):
        img_map[i, A[axis]] = 1.0
    img_bias = np.zeros(len(AXES), np.float32)
    img_bias[A["image"]] = 0.15
    inits = [
        _const("mean", mean),
        _const("std", std),
        _const("img_w", img_map @ proj),
        _const("img_b", img_bias @ proj),
        _const("token_table", table),
        _const("proj", proj),
        _const("pad_id", np.array(PAD_ID, np.int64)),
        _const("axis1", np.array([1], np.int64)),
        _const("axis2", np.array([2], np.int64)),
        _const("axes23", np.array([2, 3], np.int64)),
        _const("one", np.array(1.0, np.float32)),
        _const("bright_at", np.array(0.7, np.float32)),
        _const("dark_at", np.array(0.3, np.float32)),
        _const("three", np.array(3.0, np.float32)),
        _const("gain", np.array(3.0, np.float32)),
    ]
    nodes = [
        # image tower
        n("Mul", ["pixel_values", "std"], ["px_scaled"]),
        n("Add", ["px_scaled", "mean"], ["rgb"]),
        n("Split", ["rgb"], ["r", "g", "b"], axis=1, num_outputs=3),
        n("Max", ["g", "b"], ["max_gb"]),
        n("Max", ["r", "b"], ["max_rb"]),
        n("Max", ["r", "g"], ["max_rg"]),
        n("Min", ["r", "g"], ["min_rg"]),
        n("Sub", ["r", "max_gb"], ["red_raw"]),
        n("Sub", ["g", "max_rb"], ["green_raw"]),
        n("Sub", ["b", "max_rg"], ["blue_raw"]),
        n("Sub", ["min_rg", "b"], ["yellow_raw"]),
        n("Sum", ["r", "g", "b"], ["rgb_sum"]),
        n("Div", ["rgb_sum", "three"], ["lum"]),
        n("Sub", ["lum", "bright_at"], ["bright_d"]),
        n("Sub", ["dark_at", "lum"], ["dark_d"]),
        n("Mul", ["bright_d", "gain"], ["bright_raw"]),
        n("Mul", ["dark_d", "gain"], ["dark_raw"]),
        n(
            "Concat",
            ["red_raw", "green_raw", "blue_raw", "yellow_raw", "bright_raw", "dark_raw"],
            ["feat_raw"],
            axis=1,
        ),
        n("Relu", ["feat_raw"], ["feat_px"]),
        n("ReduceMean", ["feat_px", "axes23"], ["feat"], keepdims=0),
        n("MatMul", ["feat", "img_w"], ["img_proj"]),
        n("Add", ["img_proj", "img_b"], ["image_embeddings"]),
        # text tower: mean of token vectors over non-pad positions
        n("Gather", ["token_table", "input_ids"], ["tok"], axis=0),
    ]
    if pad_aware:
        nodes += [
            n("Equal", ["input_ids", "pad_id"], ["is_pad"]),
            n("Not", ["is_pad"], ["keep"]),
            n("Cast", ["keep"], ["mask"], to=TensorProto.FLOAT),
        ]
    else:
        nodes += [
            n("Cast", ["input_ids"], ["ids_f"], to=TensorProto.FLOAT),
            n("Mul", ["ids_f", "zero_f"], ["zeros"]),
            n("Add", ["zeros", "one"], ["mask"]),
        ]
        inits.append(_const("zero_f", np.array(0.0, np.float32)))
    nodes += [
        n("Unsqueeze", ["mask", "axis2"], ["mask3"]),
        n("Mul", ["tok", "mask3"], ["tok_kept"]),
        n("ReduceSum", ["tok_kept", "axis1"], ["tok_sum"], keepdims=0),
        n("ReduceSum", ["mask", "axis1"], ["count"], keepdims=1),
        n("Max", ["count", "one"], ["count1"]),
        n("Div", ["tok_sum", "count1"], ["text_axes"]),
        n("MatMul", ["text_axes", "proj"], ["text_embeddings"]),
    ]
    for kind in ("text", "image"):
        src = f"{kind}_embeddings"
        norm_in = src
        if fault == "nan":
            inits.append(_const(f"{kind}_nan", np.array(np.nan, np.float32)))
            nodes.append(n("Mul", [src, f"{kind}_nan"], [f"{kind}_bad"]))
            norm_in = f"{kind}_bad"
        elif fault == "zero":
            inits.append(_const(f"{kind}_zero", np.array(0.0, np.float32)))
            nodes.append(n("Mul", [src, f"{kind}_zero"], [f"{kind}_bad"]))
            nodes.append(n("Identity", [f"{kind}_bad"], [f"l2norm_{kind}_embeddings"]))
            continue
        nodes += [
            n("ReduceL2", [norm_in, "axis1"], [f"{kind}_norm"], keepdims=1),
            n("Div", [norm_in, f"{kind}_norm"], [f"l2norm_{kind}_embeddings"]),
        ]
    f32, i64 = TensorProto.FLOAT, TensorProto.INT64
    graph = helper.make_graph(
        nodes,
        "tiny-jina-clip-v2",
        inputs=[
            helper.make_tensor_value_info("input_ids", i64, ["text_batch", "sequence"]),
            helper.make_tensor_value_info("pixel_values", f32, ["image_batch", 3, SIDE, SIDE]),
        ],
        outputs=[
            helper.make_tensor_value_info("text_embeddings", f32, ["text_batch", out_dims]),
            helper.make_tensor_value_info("image_embeddings", f32, ["image_batch", out_dims]),
            helper.make_tensor_value_info("l2norm_text_embeddings", f32, ["text_batch", out_dims]),
            helper.make_tensor_value_info(
                "l2norm_image_embeddings", f32, ["image_batch", out_dims]
            ),
        ],
        initializer=inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 9  # what onnxruntime 1.17+ reads
    onnx.checker.check_model(model)
    return model


def build_custom_graph(
    inputs: list[tuple[str, int, list[str | int]]], outputs: list[tuple[str, list[str | int]]]
) -> onnx.ModelProto:
    """A graph with other input/output names or shapes (import must refuse it)."""
    nodes = []
    inits = []
    for i, (name, _shape) in enumerate(outputs):
        inits.append(_const(f"c{i}", np.zeros((1, DIMS), np.float32)))
        nodes.append(helper.make_node("Identity", [f"c{i}"], [name]))
    graph = helper.make_graph(
        nodes,
        "wrong",
        inputs=[helper.make_tensor_value_info(n, t, s) for n, t, s in inputs],
        outputs=[helper.make_tensor_value_info(n, TensorProto.FLOAT, s) for n, s in outputs],
        initializer=inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 9
    return model


# -- json files ------------------------------------------------------------------------------
def preprocessor_config(*, hf_keys: bool = False) -> dict[str, object]:
    """The keys of the repository's file; `hf_keys` uses `image_mean`/`image_std` instead."""
    names = ("image_mean", "image_std") if hf_keys else ("mean", "std")
    return {
        "auto_map": {
            "AutoImageProcessor": "jinaai/jina-clip-implementation--processing_clip."
            "JinaCLIPImageProcessor",
            "AutoProcessor": "jinaai/jina-clip-implementation--processing_clip.JinaCLIPProcessor",
        },
        "fill_color": 0,
        "image_processor_type": "JinaCLIPImageProcessor",
        "interpolation": "bicubic",
        names[0]: list(MEAN),
        "processor_class": "JinaCLIPProcessor",
        "resize_mode": "shortest",
        "size": SIDE,
        names[1]: list(STD),
    }


def model_config() -> dict[str, object]:
    return {
        "_name_or_path": "jinaai/jina-clip-v2",
        "architectures": ["JinaCLIPModel"],
        "model_type": "jina_clip",
        "projection_dim": DIMS,
        "matryoshka_dimensions": [32, 64, 128, 256, 512, 768, 1024],
        "truncate_dim": None,
        "task_instructions": {"retrieval.query": QUERY_INSTRUCTION},
        "text_config": {"hf_model_name_or_path": "jinaai/jina-embeddings-v3", "embed_dim": DIMS},
        "vision_config": {"image_size": SIDE, "embed_dim": DIMS, "patch_size": 14},
    }


def build_tiny_model(
    folder: Path,
    *,
    graphs: tuple[str, ...] = GRAPHS,
    pad_aware: bool = True,
    fault: str | None = None,
    hf_keys: bool = False,
) -> Path:
    """Write the tiny model into `folder`, laid out like the repository; returns `folder`."""
    (folder / "onnx").mkdir(parents=True, exist_ok=True)
    model = build_graph(pad_aware=pad_aware, fault=fault)
    for rel in graphs:
        target = folder / rel
        model.doc_string = f"tiny jina-clip-v2 stand-in: {rel}"  # distinct bytes per variant
        if rel == "onnx/model.onnx":
            onnx.save_model(
                model,
                str(target),
                save_as_external_data=True,
                all_tensors_to_one_file=True,
                location="model.onnx_data",
                size_threshold=1024,
            )
        else:
            onnx.save_model(model, str(target))
    write_tokenizer(folder / "tokenizer.json")
    (folder / "preprocessor_config.json").write_text(
        json.dumps(preprocessor_config(hf_keys=hf_keys), indent=2)
    )
    (folder / "config.json").write_text(json.dumps(model_config(), indent=2))
    return folder


def tiny_files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` by its repository path (what a fake hub serves)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tiny_variants(folder: Path) -> dict[str, object]:
    """The app's variant table with the pins (size, sha256) of the tiny files in `folder`."""
    from dataclasses import replace

    from photoseek.embedding.model_files import VARIANTS, Pin

    out: dict[str, object] = {}
    for name, v in VARIANTS.items():
        pins = {rel: Pin(len(b := (folder / rel).read_bytes()), sha256_of(b)) for rel in v.pins}
        size = sum((folder / rel).stat().st_size for rel in v.files)
        out[name] = replace(v, pins=pins, approx_bytes=size)
    return out
