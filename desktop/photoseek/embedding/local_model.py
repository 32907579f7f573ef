"""jina-clip-v2 on this computer with ONNX Runtime: the third `Embedder`.

One combined graph takes `input_ids` (int64 [B, seq]) and `pixel_values` (float [B, 3, 512,
512]) on every call; the unused one gets the dummy transformers.js feeds (`ones([B, 1])` for
image calls, a zero-size [0, 3, 512, 512] for text calls). Vectors come from the graph's
`l2norm_*` outputs and are checked (finite, non-zero, 1024 long) before anyone sees them.

The graph has no attention-mask input, so padding could change a text's vector: texts are
run in groups of equal token length and are never padded. Inference runs one call at a time
(a lock): several callers (the indexing pipeline's embed threads) overlap their JPEG decoding
and pre-processing with the model instead of fighting over the cores.

Loading the session (0.9-3.5 GB) happens on first use or on `load()`, never on import.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from photoseek.embedding.base import Cancelled, Embedder, FatalEmbeddingError, Rejected
from photoseek.embedding.local_preprocess import (
    ImageConfig,
    decode,
    pixel_values,
    read_model_config,
    read_preprocessor_config,
)
from photoseek.embedding.model_files import (
    FULL_DIMS,
    HOW_TO_INSTALL,
    MODEL,
    InstalledModel,
    ModelCorrupt,
    choose_providers,
    device_name,
    find_installed,
    model_dir,
)

log = logging.getLogger(__name__)

MAX_TOKENS = 512  # the effective cross-modal text length (training length); longer is cut
IMAGE_OUTPUT = "l2norm_image_embeddings"
TEXT_OUTPUT = "l2norm_text_embeddings"


class ModelOutputError(FatalEmbeddingError):
    """The model answered with NaN/inf, a zero vector or the wrong shape. Never a vector."""


class ModelRunError(FatalEmbeddingError):
    """onnxruntime failed while running the graph."""


def cpu_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def default_threads(leave_cores: int = 0) -> int:
    """Threads for one inference: every core this process may use, less `leave_cores`."""
    return max(1, cpu_cores() - max(0, leave_cores))


class LocalEmbedder:
    """Embeds with the model installed in `directory` (see `model_files`).

    `providers` overrides the execution providers (default: `choose_providers` for the
    installed variant: CPU for int8; CUDA, Core ML or DirectML first for fp16/fp32 when
    onnxruntime offers them). `threads` sets intra-op threads (default: all cores less
    `leave_cores`, so a caller can keep cores for its decode pool). `batch_size` is the
    most images or texts per graph run; `stop` cancels between runs (raises Cancelled).
    Raises ModelNotInstalled / ModelCorrupt (FatalEmbeddingError) when the files are not
    there; a graph that onnxruntime cannot load raises ModelCorrupt on first use.
    """

    def __init__(
        self,
        directory: Path | str,
        *,
        variant: str | None = None,
        providers: Sequence[str] | None = None,
        threads: int | None = None,
        leave_cores: int = 0,
        batch_size: int = 4,
        max_tokens: int = MAX_TOKENS,
        stop: threading.Event | None = None,
        load_now: bool = False,
    ) -> None:
        self.model = MODEL
        self.full_dims = FULL_DIMS
        self.installed: InstalledModel = find_installed(Path(directory), variant)
        self.stop = stop or threading.Event()
        self.batch_size = max(1, batch_size)
        self.max_tokens = max_tokens
        self.threads = threads if threads is not None else default_threads(leave_cores)
        self._wanted_providers = (
            list(providers) if providers is not None else choose_providers(self.installed.variant)
        )
        self._load_lock = threading.Lock()
        self._run_lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None
        self._image_cfg: ImageConfig | None = None
        self._query_prefix = ""
        self._pixel_dtype: type[np.floating[Any]] = np.float32
        self._closed = False

    # -- Embedder --------------------------------------------------------------------------
    @property
    def tokens_used(self) -> int:
        return 0  # nothing is billed locally; the app shows tokens as API cost

    @property
    def variant(self) -> str:
        return self.installed.variant

    @property
    def providers(self) -> list[str]:
        """The providers the session really uses (once loaded), else the ones it will ask."""
        if self._session is not None:
            return list(self._session.get_providers())
        return list(self._wanted_providers)

    @property
    def device(self) -> str:
        return device_name(self.providers)

    def embed_images(self, jpegs: Sequence[bytes]) -> list[np.ndarray | Rejected]:
        self._check_stop()
        self.load()
        cfg = self._image_cfg
        assert cfg is not None
        results: list[np.ndarray | Rejected | None] = [None] * len(jpegs)
        order = list(range(len(jpegs)))
        for start in range(0, len(order), self.batch_size):
            self._check_stop()
            chunk: list[int] = []
            pixels: list[np.ndarray] = []
            for i in order[start : start + self.batch_size]:
                try:
                    pixels.append(pixel_values(decode(jpegs[i]), cfg))
                except ValueError as exc:
                    results[i] = Rejected(str(exc))
                    continue
                chunk.append(i)
            if not chunk:
                continue
            pv = np.stack(pixels).astype(self._pixel_dtype, copy=False)
            ids = np.ones((len(chunk), 1), np.int64)  # dummy text: the graph needs both inputs
            vectors = self._run(ids, pv, IMAGE_OUTPUT, len(chunk))
            for i, v in zip(chunk, vectors, strict=True):
                results[i] = v
        return [r for r in results if r is not None]

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.full_dims), np.float32)
        self._check_stop()
        self.load()
        # One by one: encode_batch would start tokenizers' own thread pool for a few queries.
        encodings = [self._tokenizer.encode(self._query_prefix + t) for t in texts]
        by_length: dict[int, list[int]] = {}
        for i, enc in enumerate(encodings):
            by_length.setdefault(len(enc.ids), []).append(i)
        out = np.zeros((len(texts), self.full_dims), np.float32)
        side = self._image_side()
        for idxs in by_length.values():
            for start in range(0, len(idxs), self.batch_size):
                self._check_stop()
                chunk = idxs[start : start + self.batch_size]
                ids = np.array([encodings[i].ids for i in chunk], np.int64)  # equal lengths
                pv = np.zeros((0, 3, side, side), self._pixel_dtype)  # zero-size dummy image
                out[chunk] = self._run(ids, pv, TEXT_OUTPUT, len(chunk))
        return out

    def abort(self) -> None:
        """Quitting: refuse further work at once (Cancelled before the next graph run). A run
        under way finishes (onnxruntime cannot be interrupted); nothing waits on the lock."""
        self.stop.set()

    def close(self) -> None:
        """Free the session; the embedder cannot be used afterwards."""
        with self._load_lock, self._run_lock:
            self._closed = True
            self._session = None

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        """Open the tokenizer, the configs and the onnxruntime session (once; thread-safe)."""
        if self._session is not None:
            return
        with self._load_lock:
            if self._closed:
                raise ModelRunError("The local model was closed.")
            if self._session is not None:
                return
            directory = self.installed.directory
            self._image_cfg = read_preprocessor_config(directory / "preprocessor_config.json")
            self._query_prefix = read_model_config(directory / "config.json").query_instruction
            self._tokenizer = self._open_tokenizer(directory / "tokenizer.json")
            self._session = self._open_session(self.installed.graph)

    def _open_tokenizer(self, path: Path) -> Any:
        from tokenizers import Tokenizer

        try:
            tok = Tokenizer.from_file(str(path))
        except Exception as exc:  # tokenizers raises plain Exception subclasses
            raise ModelCorrupt(
                f"The local model's tokenizer.json cannot be read ({exc}); {HOW_TO_INSTALL} again."
            ) from None
        tok.no_padding()  # texts are grouped by length instead: no mask input, no padding
        tok.enable_truncation(max_length=self.max_tokens)
        return tok

    def _open_session(self, graph: Path) -> Any:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.intra_op_num_threads = self.threads
        opts.inter_op_num_threads = 1
        # Idle worker threads would otherwise spin between runs and take CPU from decoding.
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.log_severity_level = 3
        try:
            session = ort.InferenceSession(str(graph), opts, providers=self._wanted_providers)
        except Exception as exc:  # onnxruntime's own exception types
            hint = (
                " The fp16 variant needs a GPU; download the int8 variant for this computer."
                if self.variant == "fp16" and self._wanted_providers == ["CPUExecutionProvider"]
                else f" {HOW_TO_INSTALL[0].upper()}{HOW_TO_INSTALL[1:]} again."
            )
            raise ModelCorrupt(
                f"onnxruntime cannot load the local model {graph.name} ({_one_line(exc)}).{hint}"
            ) from None
        names = {i.name: i for i in session.get_inputs()}
        outputs = {o.name for o in session.get_outputs()}
        if {"input_ids", "pixel_values"} - set(names) or {IMAGE_OUTPUT, TEXT_OUTPUT} - outputs:
            raise ModelCorrupt(
                f"{graph.name} is not jina-clip-v2's graph (inputs {sorted(names)}, outputs "
                f"{sorted(outputs)}); {HOW_TO_INSTALL} again."
            )
        if names["pixel_values"].type == "tensor(float16)":
            self._pixel_dtype = np.float16
        log.info(
            "local model %s (%s) on %s, %d threads",
            graph.name,
            self.variant,
            ", ".join(session.get_providers()),
            self.threads,
        )
        return session

    def _image_side(self) -> int:
        return self._image_cfg.size if self._image_cfg else 512

    # -- running ---------------------------------------------------------------------------
    def _check_stop(self) -> None:
        if self.stop.is_set():
            raise Cancelled("cancelled")

    def _run(self, ids: np.ndarray, pv: np.ndarray, output: str, n: int) -> np.ndarray:
        with self._run_lock:
            session = self._session
            if session is None:
                raise ModelRunError("The local model was closed.")
            try:
                raw = session.run([output], {"input_ids": ids, "pixel_values": pv})[0]
            except Exception as exc:  # onnxruntime's own exception types
                raise ModelRunError(f"The local model failed ({_one_line(exc)}).") from None
        return self._checked(np.asarray(raw), n)

    def _checked(self, raw: np.ndarray, n: int) -> np.ndarray:
        where = f"{self.variant} on {self.device}"
        if raw.shape != (n, self.full_dims):
            raise ModelOutputError(
                f"The local model ({where}) answered with shape {raw.shape}, expected "
                f"({n}, {self.full_dims}); the model files are not jina-clip-v2's."
            )
        vectors = raw.astype(np.float32)
        if not np.isfinite(vectors).all():
            raise ModelOutputError(
                f"The local model ({where}) returned NaN or infinite values. "
                + (
                    "Try the int8 variant on the CPU."
                    if self.device != "CPU"
                    else "Check it with `photoseek model status --verify`."
                )
            )
        norms = np.linalg.norm(vectors, axis=1)
        if (norms < 1e-6).any():
            raise ModelOutputError(f"The local model ({where}) returned a zero vector.")
        return vectors / norms[:, None]


if TYPE_CHECKING:  # mypy checks that LocalEmbedder implements the Embedder protocol

    def _is_an_embedder(e: LocalEmbedder) -> Embedder:
        return e


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


def open_local_embedder(
    data_dir: Path | str, stop: threading.Event | None = None, **options: Any
) -> LocalEmbedder:
    """The embedder for the installed model (<data_dir>/models/jina-clip-v2 or
    $PHOTOSEEK_MODEL_DIR); `options` go to LocalEmbedder. Cheap: the session loads on use."""
    return LocalEmbedder(model_dir(data_dir), stop=stop, **options)
