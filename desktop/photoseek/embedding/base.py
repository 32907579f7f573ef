"""The interface every embedding backend implements, and the errors it raises."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np


class EmbeddingError(Exception):
    """Base class. `str(exc)` is a sentence fit to show a user."""


class FatalEmbeddingError(EmbeddingError):
    """Stop the whole run (keep all progress): rejected key, empty balance, unknown model."""


class AuthError(FatalEmbeddingError):
    pass


class Misconfigured(FatalEmbeddingError):
    """The embedder's own settings cannot work (a malformed service URL): fixed in Settings
    or the environment, so a configuration problem (exit 2)."""


class MissingCredentials(AuthError):
    """No API key (or token) is set at all: a configuration problem, fixed in Settings or the
    environment, not a refusal by the service."""


class QuotaError(FatalEmbeddingError):
    pass


class ServiceRefused(FatalEmbeddingError):
    """The service refuses every request alike (e.g. a model or feature this key may not use,
    an account problem), so no photo is to blame: stop the run, leave the photos pending.

    `message` is the service's own words, shared by every refused request.
    """

    def __init__(self, sentence: str, message: str) -> None:
        super().__init__(sentence)
        self.message = message


class Cancelled(EmbeddingError):
    """The user stopped the run while a request waited to be retried."""


class ServiceUnavailable(EmbeddingError):
    """The service could not be reached or kept failing after every retry. Try again later."""


@dataclass(frozen=True)
class Rejected:
    """One input the service refused (e.g. an image it cannot decode).

    `reason` is shown to the user; `message` is the service's own words for the refusal (the
    same as `reason` unless a backend says otherwise), so a caller can tell a run of refusals
    that all say the same thing — the service refusing everything — from bad photos.
    """

    reason: str
    message: str = ""

    def __post_init__(self) -> None:
        if not self.message:
            object.__setattr__(self, "message", self.reason)


class Embedder(Protocol):
    model: str
    full_dims: int  # what we ask for and keep in the vector cache

    def embed_images(self, jpegs: Sequence[bytes]) -> list[np.ndarray | Rejected]:
        """Full-size unit vectors (float32), one per input, in input order."""
        ...

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Query vectors for search text, shape (len(texts), full_dims), unit length."""
        ...

    @property
    def tokens_used(self) -> int: ...

    def close(self) -> None: ...
