"""The local jina-clip-v2 model on disk: variants, where it lives, its manifest, status, import.

The install directory is laid out like the Hugging Face repository (`onnx/<graph>` and the
json files at the top) with `photoseek-model.json`, the manifest, written last and atomically:
a directory without a readable manifest is not an installed model. One variant is installed
at a time; downloading another replaces it once the new one is complete.

Facts (file names, sizes, sha256 of the two big graphs, the pinned revision, the licence) are
from /work/shared/docs/jina.md, "Local inference". The rest (the fp32 files, the json files)
is read from the hub's tree API at the pinned revision when downloading (model_download.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from photoseek.embedding.base import FatalEmbeddingError

MODEL = "jina-clip-v2"
REPO_ID = "jinaai/jina-clip-v2"
REVISION = "e10d47f5691d0454a0fb5d13f46f2199b74cb436"
DEFAULT_HUB = "https://huggingface.co"
MIRROR_ENV = "PHOTOSEEK_MODEL_MIRROR"
MODEL_DIR_ENV = "PHOTOSEEK_MODEL_DIR"
MANIFEST = "photoseek-model.json"
MANIFEST_FORMAT = 1
PART_SUFFIX = ".part"
SUPPORT_FILES = ("tokenizer.json", "preprocessor_config.json", "config.json")
INPUTS = ("input_ids", "pixel_values")
OUTPUTS = (
    "text_embeddings",
    "image_embeddings",
    "l2norm_text_embeddings",
    "l2norm_image_embeddings",
)
FULL_DIMS = 1024
IMAGE_SIDE = 512

LICENCE_NAME = "CC BY-NC 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by-nc/4.0/"
MODEL_URL = "https://huggingface.co/jinaai/jina-clip-v2"
LICENCE_TEXT = (
    "The jina-clip-v2 weights are published by Jina AI under the Creative Commons "
    "Attribution-NonCommercial 4.0 licence (CC BY-NC 4.0): you may use them for "
    "non-commercial purposes only. For commercial use, embed your photos through the Jina "
    "API or Elastic's inference service instead. Photoseek downloads the weights from the "
    "model's repository at your request; they are not part of Photoseek."
)
HOW_TO_INSTALL = "run `photoseek model download` (or use Settings › Local model)"


# -- errors ------------------------------------------------------------------------------------
class ModelFilesError(FatalEmbeddingError):
    """The model on disk cannot be used. `str(exc)` says what to do."""


class ModelNotInstalled(ModelFilesError):
    pass


class ModelCorrupt(ModelFilesError):
    pass


class ModelImportError(Exception):
    """The directory given to `import_model` is not a usable jina-clip-v2 layout."""


# -- variants ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Pin:
    """What the pinned revision is known to hold (from the docs), checked against the hub."""

    size: int
    sha256: str


@dataclass(frozen=True)
class Variant:
    name: str
    graph: str  # repository path of the ONNX graph
    extra: tuple[str, ...]  # more repository files the graph needs (external data)
    approx_bytes: int  # shown before the hub has been asked
    use: str  # for people: where it fits
    pins: Mapping[str, Pin] = field(default_factory=dict)

    @property
    def files(self) -> tuple[str, ...]:
        return (self.graph, *self.extra, *SUPPORT_FILES)

    @property
    def graph_files(self) -> tuple[str, ...]:
        return (self.graph, *self.extra)


_JSON_BYTES = 17_500_000  # tokenizer.json (XLM-RoBERTa, ~17 MB) and two small json files
VARIANTS: dict[str, Variant] = {
    "int8": Variant(
        "int8",
        "onnx/model_int8.onnx",
        (),
        874_350_932 + _JSON_BYTES,
        "CPU (the default)",
        {
            "onnx/model_int8.onnx": Pin(
                874_350_932, "21b8b77a009865faecaa29f076ee55d6334ea42699a9efa14d542ce8d3938a3f"
            )
        },
    ),
    "fp16": Variant(
        "fp16",
        "onnx/model_fp16.onnx",
        (),
        1_728_814_880 + _JSON_BYTES,
        "GPU: CUDA, Core ML (Apple), DirectML",
        {
            "onnx/model_fp16.onnx": Pin(
                1_728_814_880, "746a78209096d1cd52891b70d752903b8bf86088ba847bd0c56c03fb29256801"
            )
        },
    ),
    "fp32": Variant(
        "fp32",
        "onnx/model.onnx",
        ("onnx/model.onnx_data",),
        2_091_967 + 3_453_551_284 + _JSON_BYTES,
        "reference (full precision, largest)",
    ),
}
DEFAULT_VARIANT = "int8"
ALL_GRAPH_FILES = tuple(sorted({p for v in VARIANTS.values() for p in v.graph_files}))


def get_variant(name: str, variants: Mapping[str, Variant] | None = None) -> Variant:
    table = VARIANTS if variants is None else variants
    try:
        return table[name]
    except KeyError:
        raise ValueError(
            f"unknown model variant {name!r}; choose one of {', '.join(table)}"
        ) from None


# -- places ------------------------------------------------------------------------------------
def model_dir(data_dir: Path | str) -> Path:
    """Where the model is installed: $PHOTOSEEK_MODEL_DIR, else <data_dir>/models/jina-clip-v2."""
    env = os.environ.get(MODEL_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(data_dir) / "models" / MODEL


def hub_base() -> str:
    """The hub to download from: $PHOTOSEEK_MODEL_MIRROR (no trailing slash), else the hub."""
    return (os.environ.get(MIRROR_ENV) or DEFAULT_HUB).rstrip("/")


def file_url(base: str, path: str, revision: str = REVISION) -> str:
    return f"{base.rstrip('/')}/{REPO_ID}/resolve/{revision}/{path}"


def tree_url(base: str, folder: str = "", revision: str = REVISION) -> str:
    tail = f"/{folder}" if folder else ""
    return f"{base.rstrip('/')}/api/models/{REPO_ID}/tree/{revision}{tail}"


# -- execution providers -----------------------------------------------------------------------
GPU_PROVIDERS = ("CUDAExecutionProvider", "CoreMLExecutionProvider", "DmlExecutionProvider")
DEVICE_NAMES = {
    "CUDAExecutionProvider": "NVIDIA GPU (CUDA)",
    "CoreMLExecutionProvider": "Apple Core ML",
    "DmlExecutionProvider": "GPU (DirectML)",
    "CPUExecutionProvider": "CPU",
}


def available_providers() -> list[str]:
    import onnxruntime as ort

    return list(ort.get_available_providers())


def choose_providers(variant: str, available: Iterable[str] | None = None) -> list[str]:
    """The execution providers for a variant, best first, always ending with the CPU.

    int8 runs on the CPU only (it is reported to give NaN on Core ML, and its quantised
    operators are CPU kernels); fp16 and fp32 use the first GPU provider offered.
    """
    offered = list(available_providers() if available is None else available)
    if variant != "int8":
        for name in GPU_PROVIDERS:
            if name in offered:
                return [name, "CPUExecutionProvider"]
    return ["CPUExecutionProvider"]


def recommended_variant(available: Iterable[str] | None = None) -> str:
    offered = list(available_providers() if available is None else available)
    return "fp16" if any(p in offered for p in GPU_PROVIDERS) else DEFAULT_VARIANT


def device_name(providers: Iterable[str]) -> str:
    first = next(iter(providers), "CPUExecutionProvider")
    return DEVICE_NAMES.get(first, first)


# -- hashing -----------------------------------------------------------------------------------
def git_blob_sha1(data: bytes) -> str:
    """Git's object id of a regular (non-LFS) file: sha1(b"blob <size>\\0" + content)."""
    h = hashlib.sha1(b"blob %d\0" % len(data))
    h.update(data)
    return h.hexdigest()


def sha256_file(
    path: Path, stop: Callable[[], bool] | None = None, chunk: int = 4 << 20
) -> str | None:
    """sha256 of a file; None when `stop()` turned true while reading."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            if stop is not None and stop():
                return None
            h.update(block)
    return h.hexdigest()


# -- manifest ----------------------------------------------------------------------------------
@dataclass
class Manifest:
    variant: str
    revision: str | None  # None when imported from a directory
    source: str  # the hub base URL, or "import:<dir>"
    verified: str  # "sha256" (checked against the hub's listing) or "imported"
    files: dict[str, dict[str, Any]]  # path -> {"size": int, "sha256": str | None}
    installed_at: str = ""
    model: str = MODEL
    repo: str = REPO_ID
    format: int = MANIFEST_FORMAT

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> Manifest:
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            raise ValueError("not a Photoseek model manifest of a known format")
        files = data.get("files")
        if not isinstance(files, dict) or not all(
            isinstance(v, dict) and isinstance(v.get("size"), int) for v in files.values()
        ):
            raise ValueError("the manifest's file list is malformed")
        variant = data.get("variant")
        if variant not in VARIANTS:
            raise ValueError(f"the manifest names an unknown variant {variant!r}")
        return cls(
            variant=variant,
            revision=data.get("revision"),
            source=str(data.get("source", "")),
            verified=str(data.get("verified", "")),
            files={str(k): dict(v) for k, v in files.items()},
            installed_at=str(data.get("installed_at", "")),
            model=str(data.get("model", MODEL)),
            repo=str(data.get("repo", REPO_ID)),
        )


def write_manifest(directory: Path, manifest: Manifest) -> None:
    """Write the manifest atomically (temp file, fsync, rename): it marks the install done."""
    if not manifest.installed_at:
        manifest.installed_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    target = directory / MANIFEST
    tmp = directory / (MANIFEST + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        json.dump(manifest.to_json(), f, indent=2, ensure_ascii=False)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)


def read_manifest(directory: Path) -> Manifest | None:
    """The manifest, or None when there is none. Raises ModelCorrupt when it is unreadable."""
    path = directory / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ModelCorrupt(f"The local model's manifest {path} cannot be read ({exc}).") from None
    try:
        return Manifest.from_json(json.loads(text))
    except ValueError as exc:
        raise ModelCorrupt(
            f"The local model's manifest {path} is damaged ({exc}); {HOW_TO_INSTALL} again."
        ) from None


# -- what is installed -------------------------------------------------------------------------
@dataclass(frozen=True)
class InstalledModel:
    directory: Path
    variant: str
    graph: Path
    manifest: Manifest | None


def find_installed(directory: Path, variant: str | None = None) -> InstalledModel:
    """The model in `directory`: the manifest's variant, else `variant`, else the first graph
    found (int8, fp16, fp32). Checks that every file is there (and its size, with a manifest).

    Raises ModelNotInstalled / ModelCorrupt with a sentence that says what to run.
    """
    manifest = read_manifest(directory)
    if manifest is not None:
        if variant is not None and variant != manifest.variant:
            raise ModelNotInstalled(
                f"The installed local model is the {manifest.variant} variant, not {variant}: "
                f"run `photoseek model download --variant {variant}`."
            )
        chosen = get_variant(manifest.variant)
    elif variant is not None:
        chosen = get_variant(variant)
    else:
        found = [v for v in VARIANTS.values() if (directory / v.graph).is_file()]
        if not found:
            raise ModelNotInstalled(
                f"The local model is not installed (nothing in {directory}): {HOW_TO_INSTALL}."
            )
        chosen = found[0]
    problem = _files_problem(directory, chosen, manifest)
    if problem:
        raise (ModelNotInstalled if "missing" in problem else ModelCorrupt)(problem)
    return InstalledModel(directory, chosen.name, directory / chosen.graph, manifest)


def _files_problem(directory: Path, variant: Variant, manifest: Manifest | None) -> str | None:
    for rel in variant.files:
        path = directory / rel
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return (
                f"The local model ({variant.name}) in {directory} is incomplete: {rel} is "
                f"missing; {HOW_TO_INSTALL}."
            )
        except OSError as exc:
            return f"The local model file {path} cannot be read ({exc})."
        expected = manifest.files.get(rel, {}).get("size") if manifest else None
        if expected is not None and size != expected:
            return (
                f"The local model file {rel} has {size:,} bytes instead of {expected:,}: it "
                f"is damaged; {HOW_TO_INSTALL} again."
            )
    return None


# -- status ------------------------------------------------------------------------------------
@dataclass
class FileStatus:
    path: str
    size: int | None  # on disk; None when missing
    expected: int | None  # from the manifest


@dataclass
class ModelStatus:
    installed: bool
    directory: str
    variant: str | None
    revision: str | None
    source: str | None
    verified: str | None  # "sha256", "imported", or None
    files: list[FileStatus]
    total_bytes: int
    providers: list[str]  # what the embedder would ask onnxruntime for, best first
    device: str
    recommended_variant: str
    partial_bytes: int  # bytes of interrupted downloads waiting to be resumed
    problem: str | None
    model: str = MODEL
    licence: str = LICENCE_NAME

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def model_status(
    data_dir: Path | str | None = None,
    *,
    directory: Path | None = None,
    verify: bool = False,
    available: Iterable[str] | None = None,
) -> ModelStatus:
    """Where the model is and whether it can be used. `verify` re-hashes every file (slow:
    seconds per GB) and compares with the sha256 the manifest recorded."""
    if directory is None:
        if data_dir is None:
            from photoseek.config.paths import AppPaths

            data_dir = AppPaths.default().data_dir
        directory = model_dir(data_dir)
    offered = list(available_providers() if available is None else available)
    partial = partial_bytes(directory)
    problem: str | None = None
    manifest: Manifest | None = None
    try:
        manifest = read_manifest(directory)
    except ModelCorrupt as exc:
        problem = str(exc)
    variant_name = manifest.variant if manifest else None
    files: list[FileStatus] = []
    if manifest is not None:
        variant = get_variant(manifest.variant)
        for rel in variant.files:
            expected = manifest.files.get(rel, {}).get("size")
            files.append(FileStatus(rel, _size(directory / rel), expected))
        problem = _files_problem(directory, variant, manifest)
        if problem is None and verify:
            problem = _hash_problem(directory, manifest)
    elif problem is None:
        loose = [v.name for v in VARIANTS.values() if (directory / v.graph).is_file()]
        if loose:
            problem = (
                f"{directory} holds model files but no manifest (an interrupted install?): "
                f"{HOW_TO_INSTALL}, or `photoseek model import {directory}`."
            )
        else:
            problem = f"The local model is not installed: {HOW_TO_INSTALL}."
        if partial:
            problem += f" A download was interrupted ({partial:,} bytes kept to resume)."
    providers = choose_providers(variant_name or recommended_variant(offered), offered)
    return ModelStatus(
        installed=manifest is not None and problem is None,
        directory=str(directory),
        variant=variant_name,
        revision=manifest.revision if manifest else None,
        source=manifest.source if manifest else None,
        verified=manifest.verified if manifest else None,
        files=files,
        total_bytes=sum(f.size or 0 for f in files),
        providers=providers,
        device=device_name(providers),
        recommended_variant=recommended_variant(offered),
        partial_bytes=partial,
        problem=problem,
    )


def partial_bytes(directory: Path) -> int:
    """Bytes of interrupted downloads in `directory` (cheap: a few stat calls)."""
    return sum(_size(p) or 0 for p in _part_files(directory))


def _hash_problem(directory: Path, manifest: Manifest) -> str | None:
    for rel, info in manifest.files.items():
        expected = info.get("sha256")
        if expected and sha256_file(directory / rel) != expected:
            return (
                f"The local model file {rel} is damaged (its sha256 differs from the one "
                f"recorded at install); {HOW_TO_INSTALL} again."
            )
    return None


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _part_files(directory: Path) -> list[Path]:
    return [directory / (rel + PART_SUFFIX) for rel in (*ALL_GRAPH_FILES, *SUPPORT_FILES)]


# -- import ------------------------------------------------------------------------------------
def check_graph(path: Path) -> None:
    """Load a graph with onnxruntime (no optimisation) and check its inputs and outputs.

    Raises ModelImportError with a sentence naming what differs.
    """
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    opts.log_severity_level = 3
    try:
        session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own exception types
        raise ModelImportError(f"{path} is not a graph onnxruntime can load ({exc}).") from None
    inputs = {i.name: i for i in session.get_inputs()}
    outputs = {o.name: o for o in session.get_outputs()}
    if set(inputs) != set(INPUTS):
        raise ModelImportError(
            f"{path.name} has inputs {sorted(inputs)}, not jina-clip-v2's {list(INPUTS)}."
        )
    missing = [name for name in OUTPUTS if name not in outputs]
    if missing:
        raise ModelImportError(f"{path.name} lacks the outputs {missing} of jina-clip-v2.")
    ids, px = inputs["input_ids"], inputs["pixel_values"]
    if ids.type != "tensor(int64)" or len(ids.shape) != 2:
        raise ModelImportError(
            f"{path.name}: input_ids is {ids.type} {ids.shape}, expected int64 [batch, sequence]."
        )
    if px.type not in ("tensor(float)", "tensor(float16)") or not _dims_fit(
        px.shape, (None, 3, IMAGE_SIDE, IMAGE_SIDE)
    ):
        raise ModelImportError(
            f"{path.name}: pixel_values is {px.type} {px.shape}, expected float "
            f"[batch, 3, {IMAGE_SIDE}, {IMAGE_SIDE}]."
        )
    for name in OUTPUTS:
        if not _dims_fit(outputs[name].shape, (None, FULL_DIMS)):
            raise ModelImportError(
                f"{path.name}: {name} has shape {outputs[name].shape}, expected "
                f"[batch, {FULL_DIMS}]."
            )


def _dims_fit(shape: list[Any], expected: tuple[int | None, ...]) -> bool:
    """Symbolic or unknown dims fit anything; fixed ones must match."""
    if len(shape) != len(expected):
        return False
    return all(
        e is None or not isinstance(d, int) or d == e for d, e in zip(shape, expected, strict=True)
    )


def check_support_files(directory: Path) -> None:
    """The tokenizer loads; the json files parse and carry what the embedder reads."""
    from photoseek.embedding.local_preprocess import read_model_config, read_preprocessor_config

    path = directory / "tokenizer.json"
    if not path.is_file():
        raise ModelImportError(f"{directory} has no tokenizer.json.")
    try:
        from tokenizers import Tokenizer

        Tokenizer.from_file(str(path))
    except Exception as exc:  # tokenizers raises plain Exception subclasses
        raise ModelImportError(
            f"{path} is not a tokenizer the tokenizers package reads ({exc})."
        ) from None
    for name, reader in (
        ("preprocessor_config.json", read_preprocessor_config),
        ("config.json", read_model_config),
    ):
        if not (directory / name).is_file():
            raise ModelImportError(f"{directory} has no {name}.")
        try:
            reader(directory / name)
        except ModelFilesError as exc:
            raise ModelImportError(str(exc)) from None


@dataclass
class CopyProgress:
    done_bytes: int
    total_bytes: int
    file: str


def import_model(
    src: Path | str,
    data_dir: Path | str | None = None,
    *,
    dest: Path | None = None,
    variant: str | None = None,
    progress: Callable[[CopyProgress], None] | None = None,
) -> ModelStatus:
    """Install the model from a directory laid out like the repository (machines without
    internet). Checks the graph's interface, the tokenizer and the json files (not checksums),
    then copies — never moves, never writes into `src` — and writes the manifest last.
    """
    src = Path(src).expanduser()
    if dest is None:
        if data_dir is None:
            from photoseek.config.paths import AppPaths

            data_dir = AppPaths.default().data_dir
        dest = model_dir(data_dir)
    if not src.is_dir():
        raise ModelImportError(f"{src} is not a directory.")
    with contextlib.suppress(OSError):
        if src.resolve() == dest.resolve():
            raise ModelImportError(f"{src} is the install directory itself; nothing to import.")
    if variant is not None:
        chosen = get_variant(variant)
    else:
        found = [v for v in VARIANTS.values() if (src / v.graph).is_file()]
        if not found:
            names = ", ".join(v.graph for v in VARIANTS.values())
            raise ModelImportError(f"{src} holds none of the model's graphs ({names}).")
        chosen = found[0]
    for rel in chosen.files:
        if not (src / rel).is_file():
            raise ModelImportError(f"{src} has no {rel} (needed by the {chosen.name} variant).")
    check_graph(src / chosen.graph)
    check_support_files(src)

    dest.mkdir(parents=True, exist_ok=True)
    total = sum((src / rel).stat().st_size for rel in chosen.files)
    done = 0
    files: dict[str, dict[str, Any]] = {}
    for rel in chosen.files:
        size, digest = _copy_file(src / rel, dest / rel, done, total, progress)
        files[rel] = {"size": size, "sha256": digest}
        done += size
    write_manifest(
        dest,
        Manifest(
            variant=chosen.name,
            revision=None,
            source=f"import:{src.resolve()}",
            verified="imported",
            files=files,
        ),
    )
    remove_other_variants(dest, chosen)
    return model_status(directory=dest)


def _copy_file(
    src: Path,
    dst: Path,
    done: int,
    total: int,
    progress: Callable[[CopyProgress], None] | None,
) -> tuple[int, str]:
    """Copy through a temp name, hashing on the way (the manifest records the sha256)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(dst.name + ".import")
    h = hashlib.sha256()
    size = 0
    try:
        with src.open("rb") as fin, tmp.open("wb") as fout:
            while block := fin.read(4 << 20):
                fout.write(block)
                h.update(block)
                size += len(block)
                if progress is not None:
                    progress(CopyProgress(done + size, total, src.name))
            fout.flush()
            os.fsync(fout.fileno())
        os.replace(tmp, dst)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return size, h.hexdigest()


# -- removal -----------------------------------------------------------------------------------
def remove_other_variants(directory: Path, keep: Variant) -> None:
    """Delete the graph files (and their partial downloads) of every other variant."""
    for rel in ALL_GRAPH_FILES:
        if rel in keep.graph_files:
            continue
        (directory / rel).unlink(missing_ok=True)
        (directory / (rel + PART_SUFFIX)).unlink(missing_ok=True)


def remove_model(directory: Path) -> int:
    """Delete the installed model and any partial download; returns the bytes freed.

    Only the files Photoseek puts there are deleted (the directory may be one a person chose
    with PHOTOSEEK_MODEL_DIR); the folders go only when they are left empty.
    """
    freed = 0
    names = [*ALL_GRAPH_FILES, *SUPPORT_FILES]
    paths = [directory / MANIFEST]  # first: a half-removed model must not look installed
    paths += [directory / rel for rel in names]
    paths += [directory / (rel + suffix) for rel in names for suffix in (PART_SUFFIX, ".import")]
    paths.append(directory / (MANIFEST + ".tmp"))
    for path in paths:
        size = _size(path)
        if size is not None:
            path.unlink(missing_ok=True)
            freed += size
    for folder in (directory / "onnx", directory):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty
    return freed


def free_space(directory: Path) -> int | None:
    """Free bytes on the disk that holds `directory` (or its nearest existing parent)."""
    probe = directory
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None
