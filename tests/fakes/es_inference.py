"""The inference API of the Elasticsearch fake, with the Elastic Inference Service's
preconfigured Jina endpoints.

Shapes and errors copied from the Elasticsearch source (x-pack/plugin/inference):

* `GET _inference[/_all]`, `GET _inference/<id>`, `GET _inference/<task>/<id|_all>` answer
  `{"endpoints": [{"inference_id", "task_type", "service", "service_settings": {"model_id",
  "similarity", "dimensions"}, "chunking_settings", "metadata"}]}` (as a Serverless project
  answers for `.jina-embeddings-v5-text-small`).
* `POST _inference/embedding/<id>` takes `input` (strings or `{"content": {...}}` objects) and
  `input_type`, and answers `{"embeddings": [{"embedding": [...]}, ...]}` in input order
  (GenericDenseEmbeddingFloatResults); `POST _inference/text_embedding/<id>` answers
  `{"text_embedding": [...]}` (DenseEmbeddingFloatResults).
* An unknown task type is 400 `status_exception` "Unknown task_type [embedding]" (TaskType:
  every 8.x and 9.0-9.3 stateful cluster, which lack the `embedding` task); a missing endpoint
  404 `resource_not_found_exception` "Inference endpoint not found [<id>]"; a task that does
  not fit the endpoint 400 "Incompatible task_type, ..."; an inactive licence 403
  `security_exception` "current license is non-compliant for [Elastic Inference Service]".
* Errors of the service behind the endpoint come back wrapped as Elasticsearch wraps them
  (BaseResponseHandler): 400 "Received a bad request status code for request from inference
  entity id [<id>] status [400]. Error message: [...]", 429 "Received a rate limit status
  code ...", and a 5xx as **400** "Received a server error status code ..." (toRestStatus maps
  every 5xx to 400). The inner messages of EIS itself (an undecodable image, too many inputs)
  are not published; the ones here are stand-ins.

Vectors are deterministic and meaningful: `.jina-clip-v2` is the same model as the Jina API
fake (`tests.fakes.semantic`), so both give the same vectors for the same photo; the v5
endpoints live in another space (a fixed permutation and sign flip of those features, cut to
their size), shared by the omni and text models of one size as the real v5 family is.
"""

from __future__ import annotations

import base64
import binascii
import functools
import io
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image

from tests.fakes import semantic
from tests.fakes.es_errors import EsError, status_error
from tests.fakes.server import Request, Response

if TYPE_CHECKING:
    from tests.fakes.elasticsearch import FakeElasticsearch

MAX_INPUTS = 16  # the v5-omni documentation's limit per request
EIS = "Elastic Inference Service"
# task type -> the first stateful version that parses it (Serverless has them all)
TASK_TYPES = {
    "text_embedding": (8, 11),
    "sparse_embedding": (8, 11),
    "completion": (8, 12),
    "rerank": (8, 14),
    "chat_completion": (8, 18),
    "embedding": (9, 4),
}


@dataclass(frozen=True)
class Endpoint:
    inference_id: str
    task_type: str
    model_id: str
    dims: int | None
    name: str  # metadata.display.name
    space: str = ""  # which vector space ("" = not an embedding model here)

    def body(self) -> dict[str, Any]:
        settings: dict[str, Any] = {"model_id": self.model_id}
        if self.dims is not None:
            settings |= {"similarity": "cosine", "dimensions": self.dims}
        out: dict[str, Any] = {
            "inference_id": self.inference_id,
            "task_type": self.task_type,
            "service": "elastic",
            "service_settings": settings,
        }
        if self.task_type in ("embedding", "text_embedding", "sparse_embedding"):
            out["chunking_settings"] = {
                "strategy": "sentence",
                "max_chunk_size": 250,
                "sentence_overlap": 1,
            }
        properties = ["multilingual"] + (["multimodal"] if self.task_type == "embedding" else [])
        out["metadata"] = {
            "heuristics": {"properties": properties, "status": "ga"},
            "display": {
                "name": self.name,
                "model_creator": "Jina" if "jina" in self.model_id else "Elastic",
            },
        }
        return out


PRECONFIGURED = (
    Endpoint(".elser-2-elastic", "sparse_embedding", "elser_model_2", None, "Elastic ELSER v2"),
    Endpoint(".jina-clip-v2", "embedding", "jina-clip-v2", 1024, "Jina CLIP v2", "clip"),
    Endpoint(".jina-embeddings-v3", "text_embedding", "jina-embeddings-v3", 1024, "Jina v3", "v3"),
    Endpoint(
        ".jina-embeddings-v5-omni-nano",
        "embedding",
        "jina-embeddings-v5-omni-nano",
        768,
        "Jina Embeddings v5 Omni Nano",
        "v5-nano",
    ),
    Endpoint(
        ".jina-embeddings-v5-omni-small",
        "embedding",
        "jina-embeddings-v5-omni-small",
        1024,
        "Jina Embeddings v5 Omni Small",
        "v5-small",
    ),
    Endpoint(
        ".jina-embeddings-v5-text-nano",
        "text_embedding",
        "jina-embeddings-v5-text-nano",
        768,
        "Jina Embeddings v5 Text Nano",
        "v5-nano",
    ),
    Endpoint(
        ".jina-embeddings-v5-text-small",
        "text_embedding",
        "jina-embeddings-v5-text-small",
        1024,
        "Jina Embeddings v5 Text Small",
        "v5-small",
    ),
    Endpoint(".jina-reranker-v3", "rerank", "jina-reranker-v3", None, "Jina Reranker v3"),
)


@functools.cache
def _space(name: str) -> tuple[np.ndarray, np.ndarray]:
    """A fixed permutation and sign flip of the semantic features: another model's space."""
    rng = np.random.default_rng(sum(map(ord, name)))
    return rng.permutation(semantic.DIMS), rng.choice(
        np.array([-1.0, 1.0], np.float32), semantic.DIMS
    )


def _in_space(vec: np.ndarray, endpoint: Endpoint) -> np.ndarray:
    v = np.asarray(vec, np.float32)
    if endpoint.space != "clip":
        order, signs = _space(endpoint.space)
        v = (v[order] * signs)[: endpoint.dims]
    n = float(np.linalg.norm(v))
    return v / np.float32(n) if n > 0 else v


class _Refused(Exception):
    """An input the service behind the endpoint refuses (a 400 from EIS)."""


class FakeInference:
    """The `_inference` routes of one FakeElasticsearch.

    Tests read `requests` (POSTs answered), `batches` (inputs per POST) and `input_types`, and
    change `endpoints` (drop them all for a cluster not connected to EIS), `max_inputs`, or
    queue failures of the service behind the endpoints with `fail()`.
    """

    def __init__(self, es: FakeElasticsearch) -> None:
        self.es = es
        available = es.serverless or es.v >= (9, 0)
        self.endpoints: dict[str, Endpoint] = {
            e.inference_id: e for e in PRECONFIGURED if available and self.knows(e.task_type)
        }
        self.max_inputs = MAX_INPUTS
        self.requests = 0
        self.batches: list[int] = []
        self.input_types: list[str | None] = []
        self._failures: list[tuple[int, str | None]] = []
        self._lock = threading.Lock()

    def knows(self, task: str) -> bool:
        since = TASK_TYPES.get(task)
        return since is not None and (self.es.serverless or self.es.v >= since)

    def fail(self, n: int = 1, status: int = 429, retry_after: str | None = None) -> None:
        """The service behind the endpoint answers the next `n` inference POSTs with `status`."""
        with self._lock:
            self._failures += [(status, retry_after)] * n

    # -- routes --------------------------------------------------------------------------------
    def _task(self, name: str) -> str:
        if not self.knows(name):
            raise status_error(400, f"Unknown task_type [{name}]")
        return name

    def _lookup(self, inference_id: str, task: str | None) -> Endpoint:
        endpoint = self.endpoints.get(inference_id)
        if endpoint is None:
            reason = f"Inference endpoint not found [{inference_id}]"
            raise EsError(404, {"type": "resource_not_found_exception", "reason": reason})
        return endpoint

    def get(self, req: Request, p: dict[str, str], who: Any) -> Response:
        self.es.security.authorize_cluster(
            who, "cluster:monitor/xpack/inference/get", _MONITOR_INFERENCE
        )
        a, b = p.get("a"), p.get("b")
        task: str | None = None
        if b is not None:
            task, wanted = self._task(a or ""), b
        else:
            wanted = a or "_all"
        if wanted in ("_all", "*"):
            found = [e for e in self.endpoints.values() if task is None or e.task_type == task]
        else:
            endpoint = self._lookup(wanted, task)
            if task is not None and task != endpoint.task_type:
                raise status_error(
                    400,
                    f"Requested task type [{task}] does not match the inference endpoint's task "
                    f"type [{endpoint.task_type}]",
                )
            found = [endpoint]
        ordered = sorted(found, key=lambda e: e.inference_id)
        return self.es._json(200, {"endpoints": [e.body() for e in ordered]})

    def post(self, req: Request, p: dict[str, str], who: Any) -> Response:
        a, b = p.get("a"), p.get("b")
        task = self._task(a or "") if b is not None else None
        inference_id = b if b is not None else a or ""
        self.es.security.authorize_cluster(
            who, "cluster:monitor/xpack/inference/post", _MONITOR_INFERENCE
        )
        endpoint = self._lookup(inference_id, task)
        if task is not None and task != endpoint.task_type:
            raise status_error(
                400,
                f"Incompatible task_type, the requested type [{task}] does not match the model "
                f"type [{endpoint.task_type}]",
            )
        if self.es.license_status != "active":
            reason = f"current license is non-compliant for [{EIS}]"
            raise EsError(
                403,
                {"type": "security_exception", "reason": reason, "license.expired.feature": EIS},
            )
        body = self.es.body_of(req) or {}
        inputs = body.get("input")
        if inputs is None:
            raise EsError(
                400,
                {
                    "type": "action_request_validation_exception",
                    "reason": "Validation Failed: 1: Field [input] cannot be empty;",
                },
            )
        items = inputs if isinstance(inputs, list) else [inputs]
        with self._lock:
            self.requests += 1
            self.batches.append(len(items))
            self.input_types.append(body.get("input_type"))
            failure = self._failures.pop(0) if self._failures else None
        if failure is not None:
            raise self._service_error(endpoint, *failure)
        if len(items) > self.max_inputs:
            raise self._service_error(
                endpoint,
                400,
                None,
                f"Too many inputs: {len(items)} were sent and the model accepts at most "
                f"{self.max_inputs} per request",
            )
        query = str(body.get("input_type") or "").lower() == "search"
        vectors = []
        for index, item in enumerate(items):
            try:
                vectors.append(self._embed(endpoint, item, query))
            except _Refused as exc:
                raise self._service_error(
                    endpoint, 400, None, f"Input at index {index}: {exc}"
                ) from None
        key = "embeddings" if endpoint.task_type == "embedding" else endpoint.task_type
        payload = {key: [{"embedding": [float(x) for x in v]} for v in vectors]}
        return self.es._json(200, payload)

    # -- the models ----------------------------------------------------------------------------
    def _embed(self, endpoint: Endpoint, item: Any, query: bool) -> np.ndarray:
        if not endpoint.space:
            raise NotImplementedError(f"fake Elasticsearch: inference with {endpoint.inference_id}")
        if isinstance(item, str):
            return _in_space(semantic.embed_text(item, query=query), endpoint)
        content = item.get("content") if isinstance(item, dict) else None
        if not isinstance(content, dict) or endpoint.task_type != "embedding":
            raise _Refused("expected a string or a content object")
        if content.get("type") == "text":
            return _in_space(semantic.embed_text(str(content.get("value")), query=query), endpoint)
        if content.get("type") != "image" or content.get("format", "base64") != "base64":
            raise _Refused(f"unsupported content type [{content.get('type')}]")
        value = str(content.get("value") or "")
        head, sep, data = value.partition(",")
        if not (head.startswith("data:image/") and head.endswith(";base64") and sep):
            raise _Refused("an image must be a data URI (data:image/<type>;base64,<data>)")
        try:
            raw = base64.b64decode(data, validate=True)
            with Image.open(io.BytesIO(raw)) as img:
                img.draft("RGB", (512, 512))  # as the Jina fake decodes: the same vectors
                img.load()
                vec = semantic.embed_image(img)
        except (binascii.Error, ValueError, OSError, Image.DecompressionBombError) as exc:
            raise _Refused(f"the image could not be decoded ({type(exc).__name__})") from None
        return _in_space(vec, endpoint)

    def _service_error(
        self, endpoint: Endpoint, status: int, retry_after: str | None, message: str | None = None
    ) -> Exception:
        kind = {
            400: "Received a bad request status code",
            413: "Received a content too large status code",
            429: "Received a rate limit status code",
        }.get(
            status,
            "Received a server error status code"
            if status >= 500
            else "Received an unsuccessful status code",
        )
        entity = endpoint.inference_id
        reason = f"{kind} for request from inference entity id [{entity}] status [{status}]"
        if message:
            reason += f". Error message: [{message}]"
        headers = {"Retry-After": retry_after} if retry_after else {}
        return EsError(
            status if status < 500 else 400,
            {"type": "status_exception", "reason": reason},
            headers=headers,
        )


_MONITOR_INFERENCE = ("monitor_inference", "manage_inference", "monitor", "manage", "all")
