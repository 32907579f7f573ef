"""What embedding a number of photos will cost, before it starts: API tokens or local time.

Figures measured on this library's earlier runs win (kept in the catalog's meta table); before
any run the API's cost per photo is unknown (jina-clip-v2's image rule is not published, only
that the constant 512 px copy keeps it the same for every photo) and local time is a rough
prior for the device, said as such.
"""

from __future__ import annotations

from dataclasses import dataclass

from photoseek.embedding.providers import ELASTIC, LOCAL

# Rough seconds per photo for jina-clip-v2 locally until a run has measured this computer:
# an EVA02-L vision tower at 512 px is a few hundred GFLOPs a photo.
LOCAL_PRIOR_SECONDS = {"cpu": 2.0, "gpu": 0.2}
MIN_MEASURED = 8  # photos a run must embed before its figures replace the prior


def tokens_key(model: str) -> str:
    return f"cost.tokens_per_photo:{model}"


def seconds_key(device: str) -> str:
    return f"cost.local_seconds_per_photo:{device}"


@dataclass(frozen=True)
class EmbedCost:
    photos: int  # photo contents that need a vector of the new model
    provider: str
    model: str
    tokens: int | None = None  # API tokens, when a figure per photo is known
    seconds: float | None = None  # local time, estimated
    measured: bool = False  # the figure comes from this library's earlier runs
    device: str = ""  # local: "cpu" or "gpu"

    @property
    def free(self) -> bool:
        return self.photos == 0

    def sentence(self) -> str:
        """One sentence for a confirmation (the CLI prompt and the settings dialog)."""
        n = f"{self.photos:,} photo" + ("" if self.photos == 1 else "s")
        if self.free:
            return (
                f"Every photo already has a {self.model} vector on this computer: no model "
                "call is needed."
            )
        if self.provider == LOCAL:
            how = "measured here" if self.measured else f"a rough guess for a {self.device.upper()}"
            when = (
                f"about {_duration(self.seconds)} ({how})"
                if self.seconds is not None
                else "a while"
            )
            return (
                f"{n} to embed with {self.model} on this computer: {when}; nothing leaves "
                "the computer."
            )
        if self.provider == ELASTIC:
            return (
                f"{n} to embed with {self.model} by your Elasticsearch cluster (inference is "
                "billed through your Elastic subscription)."
            )
        if self.tokens is not None:
            return (
                f"{n} to send to the Jina API for {self.model}: about {self.tokens:,} tokens "
                "(measured on your earlier photos)."
            )
        return (
            f"{n} to send to the Jina API for {self.model}, billed per token (each photo costs "
            "about the same: only a 512-pixel copy is sent)."
        )


def _duration(seconds: float | None) -> str:
    s = max(0.0, seconds or 0.0)
    if s < 90:
        return f"{max(1, round(s))} s"
    if s < 90 * 60:
        return f"{round(s / 60)} min"
    hours = s / 3600
    return f"{hours:.1f} h" if hours < 10 else f"{round(hours)} h"
