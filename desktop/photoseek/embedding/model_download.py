"""Download jina-clip-v2 from the Hugging Face hub (or a mirror) at the pinned revision.

* What to fetch: the variant's files, with their size and checksum from the hub's tree API
  at the pinned revision (`GET {base}/api/models/{repo}/tree/{revision}[/onnx]`, following
  `Link: rel="next"` pages). LFS entries carry `lfs.oid` = sha256 of the content; other files
  are checked by their git blob id (`oid` = sha1(b"blob <size>\\0" + content)). Where the docs
  pin a file (the int8 and fp16 graphs), the listing must agree with the pin.
* How: `GET {base}/{repo}/resolve/{revision}/{path}`, redirects followed (the hub sends LFS
  files to a CDN). Each file goes to `<path>.part`; a `.part` resumes with `Range: bytes=N-`
  only when the final answer is 206 with a matching `Content-Range`; a 200 starts again from
  zero. A complete `.part` is checked (size, checksum) and renamed; a mismatch deletes it.
* Stopping: `stop` (a threading.Event) ends the download within about a second, also while
  the server is silent (the socket is shut down under the blocked read), and keeps the
  `.part` for the next run. A full disk keeps the valid part and says so in one sentence.
* The manifest is written last (model_files.write_manifest): until then nothing is installed.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import random
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import httpx

from photoseek import __version__
from photoseek.embedding.model_files import (
    PART_SUFFIX,
    REVISION,
    Manifest,
    ModelFilesError,
    ModelStatus,
    Variant,
    file_url,
    free_space,
    get_variant,
    hub_base,
    model_status,
    read_manifest,
    remove_other_variants,
    tree_url,
    write_manifest,
)

log = logging.getLogger(__name__)

CHUNK = 1 << 20
RETRY_STATUSES = {408, 429, 500, 502, 503, 504}
PROGRESS_EVERY = 0.1  # seconds between progress callbacks while bytes flow
SPACE_MARGIN = 64 << 20  # keep this much free beyond the download
_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")


# -- errors ------------------------------------------------------------------------------------
class DownloadError(Exception):
    """`str(exc)` is one sentence fit to show a user."""


class HubError(DownloadError):
    """The hub (or mirror) could not be reached, refused, or lacks a file."""


class ChecksumError(DownloadError):
    """A file arrived with the wrong size or checksum; its partial download was deleted."""


class DiskFullError(DownloadError):
    """No space left; what was downloaded and valid is kept for the next run."""


class DownloadCancelled(DownloadError):
    """The user stopped the download; partial files are kept for the next run."""


# -- data --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RemoteFile:
    path: str
    size: int
    sha256: str | None  # LFS files: the content's sha256
    git_sha1: str | None  # regular files: git's blob id

    @property
    def check(self) -> str:
        return "sha256" if self.sha256 else "git blob sha1"


@dataclass(frozen=True)
class DownloadProgress:
    phase: str  # "listing", "checking" (hashing files already here), "downloading", "done"
    done_bytes: int  # over all files of the variant, including what earlier runs fetched
    total_bytes: int
    file: str  # repository path of the current file
    file_done: int
    file_total: int
    rate: float  # bytes per second over the last few seconds (0 while unknown)
    eta: float | None  # seconds left at that rate

    @property
    def fraction(self) -> float:
        return self.done_bytes / self.total_bytes if self.total_bytes else 0.0


ProgressFn = Callable[[DownloadProgress], None]


# -- the downloader ----------------------------------------------------------------------------
class ModelDownloader:
    """Downloads one variant into `dest` (see the module docstring).

    `base` defaults to $PHOTOSEEK_MODEL_MIRROR or https://huggingface.co. `variants` lets a
    caller (tests) replace the table of known variants and their pins.
    """

    def __init__(
        self,
        dest: Path,
        variant: str | Variant = "int8",
        *,
        base: str | None = None,
        revision: str = REVISION,
        progress: ProgressFn | None = None,
        stop: threading.Event | None = None,
        timeout: float = 30.0,
        max_retries: int = 5,
        backoff: float = 1.0,
        variants: Mapping[str, Variant] | None = None,
    ) -> None:
        self.dest = Path(dest)
        self.variant = variant if isinstance(variant, Variant) else get_variant(variant, variants)
        self.base = (base or hub_base()).rstrip("/")
        self.revision = revision
        self.progress = progress
        self.stop = stop or threading.Event()
        self.max_retries = max_retries
        self.backoff = backoff
        self._client = httpx.Client(
            follow_redirects=True,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 15.0)),
            headers={"User-Agent": f"photoseek/{__version__}"},
        )
        self._total = 0
        self._done = 0
        self._samples: deque[tuple[float, int]] = deque()
        self._last_emit = 0.0
        self._active: httpx.Response | None = None
        self._active_lock = threading.Lock()
        self._watching = False

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ModelDownloader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public ----------------------------------------------------------------------------
    def list_files(self) -> list[RemoteFile]:
        """The variant's files as the hub lists them at the pinned revision."""
        self._emit("listing", "", 0, 0)
        listing: dict[str, RemoteFile] = {}
        for folder in sorted({os.path.dirname(p) for p in self.variant.files}):
            for entry in self._tree(folder):
                rf = _remote_file(entry)
                if rf is not None:
                    listing[rf.path] = rf
        files = []
        for rel in self.variant.files:
            rf = listing.get(rel)
            if rf is None:
                raise HubError(
                    f"The model repository at {self.base} has no {rel} at revision "
                    f"{self.revision[:12]}."
                )
            pin = self.variant.pins.get(rel)
            if pin is not None and (rf.size != pin.size or rf.sha256 != pin.sha256):
                raise HubError(
                    f"{self.base} lists {rel} with a different size or sha256 than the one "
                    f"Photoseek pins for revision {self.revision[:12]}; nothing was downloaded."
                )
            files.append(rf)
        return files

    def run(self) -> ModelStatus:
        """Download what is missing, verify, install; returns the new status."""
        watcher = threading.Thread(target=self._watch_stop, name="ps-model-stop", daemon=True)
        self._watching = True
        watcher.start()
        try:
            return self._run()
        except DownloadError:
            raise
        except OSError as exc:  # the disk, not the network
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFullError(
                    f"The disk holding {self.dest} is full; free some space and run the "
                    "download again."
                ) from None
            raise DownloadError(
                f"Cannot write the model into {self.dest} ({exc.strerror or exc})."
            ) from None
        finally:
            self._watching = False
            watcher.join()

    # -- steps -----------------------------------------------------------------------------
    def _run(self) -> ModelStatus:
        self._check_stop()
        files = self.list_files()
        self.dest.mkdir(parents=True, exist_ok=True)
        try:
            manifest = read_manifest(self.dest)
        except ModelFilesError:
            manifest = None  # a damaged manifest is replaced at the end
        self._total = sum(f.size for f in files)
        present = {f.path: self._already_here(f, manifest) for f in files}
        self._done = sum(f.size if present[f.path] else _size(self._part(f)) for f in files)
        need = self._total - self._done
        free = free_space(self.dest)
        if free is not None and need > 0 and free < need + SPACE_MARGIN:
            raise DiskFullError(
                f"Not enough disk space in {self.dest}: the model needs {_mb(need)} more and "
                f"{_mb(free)} is free."
            )
        digests: dict[str, str] = {}
        for f in files:
            if present[f.path]:
                digests[f.path] = present[f.path] or ""
                continue
            digests[f.path] = self._fetch(f)
        write_manifest(
            self.dest,
            Manifest(
                variant=self.variant.name,
                revision=self.revision,
                source=self.base,
                verified="sha256",
                files={f.path: {"size": f.size, "sha256": digests[f.path]} for f in files},
            ),
        )
        remove_other_variants(self.dest, self.variant)
        self._emit("done", "", 0, 0)
        return model_status(directory=self.dest)

    def _already_here(self, f: RemoteFile, manifest: Manifest | None) -> str | None:
        """The sha256 of a finished copy of `f` already in place (None when there is none)."""
        path = self.dest / f.path
        if _size(path) != f.size:
            return None
        recorded = manifest.files.get(f.path, {}) if manifest else {}
        if (
            manifest is not None
            and manifest.verified == "sha256"
            and recorded.get("size") == f.size
            and recorded.get("sha256")
            and (f.sha256 is None or recorded["sha256"] == f.sha256)
        ):
            return str(recorded["sha256"])  # checked when it was installed
        self._emit("checking", f.path, 0, f.size)
        sha256, git_sha1 = _hash_file(path, f, self.stop)
        self._check_stop()
        if (f.sha256 and sha256 == f.sha256) or (f.git_sha1 and git_sha1 == f.git_sha1):
            return sha256
        return None

    def _fetch(self, f: RemoteFile) -> str:
        """Download one file through its `.part`; returns its sha256."""
        part = self._part(f)
        part.parent.mkdir(parents=True, exist_ok=True)
        offset = _size(part)
        if offset > f.size:
            part.unlink()
            self._done -= offset
            offset = 0
        hashers = _Hashers(f)
        if offset:
            self._emit("checking", f.path, offset, f.size)
            if not _hash_prefix(part, offset, hashers, self.stop):
                self._check_stop()
        url = file_url(self.base, f.path, self.revision)
        failures = 0
        while offset < f.size:
            self._check_stop()
            headers = {"Accept-Encoding": "identity"}
            if offset:
                headers["Range"] = f"bytes={offset}-"
            before = offset
            try:
                offset = self._stream(url, f, part, offset, hashers, headers)
            except (httpx.TransportError, _Retry) as exc:
                self._check_stop()  # a shut-down socket under a cancelled read lands here
                failures = 0 if _size(part) > before else failures + 1
                offset = _size(part)
                if failures > self.max_retries:
                    raise HubError(
                        f"Downloading {f.path} from {_host(url)} kept failing ({_why(exc)}); "
                        "run the download again to resume."
                    ) from None
                log.info("download of %s interrupted (%s); retrying", f.path, _why(exc))
                self._sleep(failures)
        if offset != f.size:  # pragma: no cover - _stream never goes past the size
            raise ChecksumError(f"{f.path}: received {offset:,} bytes, expected {f.size:,}.")
        got_sha256, got_check = hashers.digests()
        want = f.sha256 or f.git_sha1
        if got_check != want:
            part.unlink(missing_ok=True)
            self._done -= f.size
            raise ChecksumError(
                f"{f.path} arrived damaged (its {f.check} differs from the repository's); the "
                "partial file was deleted. Run the download again."
            )
        os.replace(part, self.dest / f.path)
        return got_sha256

    def _stream(
        self,
        url: str,
        f: RemoteFile,
        part: Path,
        offset: int,
        hashers: _Hashers,
        headers: dict[str, str],
    ) -> int:
        """One request: append what arrives to `part`; returns the new offset."""
        with self._client.stream("GET", url, headers=headers) as resp:
            status = resp.status_code
            if status in RETRY_STATUSES:
                raise _Retry(f"HTTP {status}")
            if status == 416 and offset:
                # The part is not a prefix the server recognises: start again.
                self._restart(part, offset, hashers)
                raise _Retry("HTTP 416 for the partial file; starting again")
            if status not in (200, 206):
                raise _hub_error(resp, f.path, self.base)
            if status == 206:
                start, total = _content_range(resp.headers.get("Content-Range", ""))
                if start != offset or total not in (f.size, None):
                    self._restart(part, offset, hashers)
                    raise _Retry("the server resumed at the wrong place; starting again")
            else:
                length = resp.headers.get("Content-Length")
                if length is not None and length.isdigit() and int(length) != f.size:
                    self._discard(part, offset)
                    raise ChecksumError(
                        f"{f.path}: the server offers {int(length):,} bytes but the repository "
                        f"lists {f.size:,}; nothing was kept. Is the mirror up to date?"
                    )
                if offset:
                    log.info("%s: the server ignored the Range request; starting again", f.path)
                    self._restart(part, offset, hashers)
                    offset = 0
            with self._active_lock:
                self._active = resp
            try:
                with open(part, "ab", buffering=0) as out:
                    for chunk in resp.iter_raw():  # each read as it comes: no buffered bytes lost
                        if offset + len(chunk) > f.size:
                            self._discard(part, offset)
                            raise ChecksumError(
                                f"{f.path}: the server sent more than the {f.size:,} bytes the "
                                "repository lists; the partial file was deleted."
                            )
                        try:
                            _write_all(out, chunk)
                        except _NoSpace as full:
                            # What was written is a valid prefix: keep exactly that.
                            hashers.update(chunk[: full.written])
                            offset += full.written
                            self._done += full.written
                            raise self._disk_full(part, out, offset) from None
                        hashers.update(chunk)
                        offset += len(chunk)
                        self._done += len(chunk)
                        self._emit("downloading", f.path, offset, f.size)
                        self._check_stop()
                    os.fsync(out.fileno())
            finally:
                with self._active_lock:
                    self._active = None
            if offset < f.size:
                # The answer ended cleanly but short: the server holds another file.
                self._discard(part, offset)
                raise ChecksumError(
                    f"{f.path}: the server sent {offset:,} bytes, the repository lists "
                    f"{f.size:,}; the partial file was deleted."
                )
            return offset

    # -- helpers ---------------------------------------------------------------------------
    def _tree(self, folder: str) -> list[dict[str, Any]]:
        url: str | None = tree_url(self.base, folder, self.revision)
        entries: list[dict[str, Any]] = []
        failures = 0
        while url is not None:
            self._check_stop()
            try:
                resp = self._client.get(url, headers={"Accept": "application/json"})
            except httpx.TransportError as exc:
                failures += 1
                if failures > self.max_retries:
                    raise HubError(
                        f"Could not reach {_host(url)} to list the model's files ({_why(exc)})."
                    ) from None
                self._sleep(failures)
                continue
            if resp.status_code in RETRY_STATUSES and failures < self.max_retries:
                failures += 1
                self._sleep(failures)
                continue
            if resp.status_code != 200:
                raise _hub_error(resp, folder or "the file list", self.base)
            try:
                page = resp.json()
            except ValueError:
                page = None
            if not isinstance(page, list):
                raise HubError(f"{_host(url)} answered the file list with something else.")
            entries += [e for e in page if isinstance(e, dict)]
            url = resp.links.get("next", {}).get("url")
        return entries

    def _part(self, f: RemoteFile) -> Path:
        return self.dest / (f.path + PART_SUFFIX)

    def _restart(self, part: Path, offset: int, hashers: _Hashers) -> None:
        self._discard(part, offset)
        hashers.reset()

    def _discard(self, part: Path, offset: int) -> None:
        part.unlink(missing_ok=True)
        self._done -= offset

    def _disk_full(self, part: Path, out: BinaryIO, kept: int) -> DiskFullError:
        """Cut the part back to the bytes known good (or drop it) and say what happened."""
        try:
            out.truncate(kept)
        except OSError:
            out.close()
            part.unlink(missing_ok=True)
        free = free_space(self.dest)
        left = self._total - self._done
        kept_text = (
            f"the {_mb(kept)} already downloaded of {part.name.removesuffix(PART_SUFFIX)} are kept"
            if part.exists() and kept
            else "nothing of this file could be kept"
        )
        return DiskFullError(
            f"The disk holding {self.dest} is full ({_mb(free or 0)} free, about {_mb(left)} "
            f"still to download); free some space and run the download again ({kept_text})."
        )

    def _check_stop(self) -> None:
        if self.stop.is_set():
            raise DownloadCancelled(
                "The download was stopped; what was downloaded is kept, and running it again "
                "resumes from there."
            )

    def _sleep(self, failures: int) -> None:
        delay = min(30.0, self.backoff * 2 ** (failures - 1)) * random.uniform(0.5, 1.0)
        if self.stop.wait(delay):
            self._check_stop()

    def _watch_stop(self) -> None:
        """Once `stop` is set, shut the socket under any read still blocked on a silent
        server (a stream that starts after the stop is caught by the next check too)."""
        while self._watching:
            if not self.stop.wait(0.1):
                continue
            with self._active_lock:
                resp = self._active
            if resp is not None:
                stream = resp.extensions.get("network_stream")
                sock = stream.get_extra_info("socket") if stream is not None else None
                if isinstance(sock, socket.socket):
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)
            time.sleep(0.05)

    def _emit(self, phase: str, path: str, file_done: int, file_total: int) -> None:
        if self.progress is None:
            return
        now = time.monotonic()
        if phase == "downloading":
            self._samples.append((now, self._done))
            while len(self._samples) > 2 and now - self._samples[0][0] > 5.0:
                self._samples.popleft()
            if now - self._last_emit < PROGRESS_EVERY and file_done < file_total:
                return
            self._last_emit = now  # other phases are rare: they never hold back bytes
        rate = 0.0
        if len(self._samples) >= 2:
            (t0, b0), (t1, b1) = self._samples[0], self._samples[-1]
            if t1 > t0:
                rate = max(0.0, (b1 - b0) / (t1 - t0))
        left = max(0, self._total - self._done)
        eta = left / rate if rate > 0 else None
        self.progress(
            DownloadProgress(phase, self._done, self._total, path, file_done, file_total, rate, eta)
        )


def download_model(
    dest: Path,
    variant: str | Variant = "int8",
    *,
    progress: ProgressFn | None = None,
    stop: threading.Event | None = None,
    **options: Any,
) -> ModelStatus:
    """Download and install `variant` into `dest` (model_files.model_dir(data_dir)).

    Raises DownloadCancelled, DiskFullError, ChecksumError or HubError (all DownloadError).
    """
    with ModelDownloader(dest, variant, progress=progress, stop=stop, **options) as d:
        return d.run()


def planned_bytes(variant: str | Variant) -> int:
    """The download size to show before the hub has been asked."""
    v = variant if isinstance(variant, Variant) else get_variant(variant)
    return v.approx_bytes


# -- small pieces ------------------------------------------------------------------------------
class _Retry(Exception):
    """A transient answer: try the request again (after a pause)."""


class _Hashers:
    """sha256 always (the manifest records it); git's blob sha1 too for non-LFS files."""

    def __init__(self, f: RemoteFile) -> None:
        self.f = f
        self.reset()

    def reset(self) -> None:
        self.sha256 = hashlib.sha256()
        self.sha1 = hashlib.sha1(b"blob %d\0" % self.f.size) if self.f.git_sha1 else None

    def update(self, data: bytes) -> None:
        self.sha256.update(data)
        if self.sha1 is not None:
            self.sha1.update(data)

    def digests(self) -> tuple[str, str]:
        """(sha256, the digest to compare with the listing)."""
        sha256 = self.sha256.hexdigest()
        return sha256, (self.sha1.hexdigest() if self.sha1 is not None else sha256)


def _hash_prefix(path: Path, length: int, hashers: _Hashers, stop: threading.Event) -> bool:
    with path.open("rb") as f:
        left = length
        while left > 0:
            if stop.is_set():
                return False
            block = f.read(min(CHUNK * 4, left))
            if not block:
                break
            hashers.update(block)
            left -= len(block)
    return True


def _hash_file(path: Path, f: RemoteFile, stop: threading.Event) -> tuple[str | None, str | None]:
    hashers = _Hashers(f)
    if not _hash_prefix(path, f.size, hashers, stop):
        return None, None
    sha256, check = hashers.digests()
    return sha256, (check if f.git_sha1 else None)


def _write_all(out: BinaryIO, data: bytes) -> None:
    """Write every byte (a raw file may take fewer than asked). A full disk raises _NoSpace
    with the count that did get written."""
    view = memoryview(data)
    written = 0
    try:
        while written < len(view):
            written += out.write(view[written:]) or 0
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        raise _NoSpace(written) from None


class _NoSpace(Exception):
    def __init__(self, written: int) -> None:
        super().__init__("no space left")
        self.written = written


def _remote_file(entry: dict[str, Any]) -> RemoteFile | None:
    if entry.get("type") != "file" or not isinstance(entry.get("path"), str):
        return None
    lfs = entry.get("lfs")
    try:
        if isinstance(lfs, dict) and lfs.get("oid"):
            return RemoteFile(entry["path"], int(lfs.get("size", entry["size"])), lfs["oid"], None)
        return RemoteFile(entry["path"], int(entry["size"]), None, str(entry["oid"]))
    except (KeyError, TypeError, ValueError):
        return None


def _content_range(value: str) -> tuple[int | None, int | None]:
    m = _CONTENT_RANGE.match(value.strip())
    if not m:
        return None, None
    total = None if m.group(3) == "*" else int(m.group(3))
    return int(m.group(1)), total


def _hub_error(resp: httpx.Response, what: str, base: str) -> HubError:
    code = resp.headers.get("X-Error-Code", "")
    message = resp.headers.get("X-Error-Message", "")
    if not message:
        with contextlib.suppress(ValueError, httpx.HTTPError):
            resp.read()  # a streamed answer: error bodies are small
            body = resp.json()
            if isinstance(body, dict) and isinstance(body.get("error"), str):
                message = body["error"]
    host = _host(str(resp.request.url))
    detail = f" ({message})" if message else ""
    if code == "RevisionNotFound":
        return HubError(f"{host} does not have the pinned revision of the model{detail}.")
    if resp.status_code == 404:
        return HubError(f"{host} does not have {what} (HTTP 404){detail}. Is the mirror complete?")
    if resp.status_code in (401, 403):
        return HubError(f"{host} refused the download (HTTP {resp.status_code}){detail}.")
    return HubError(f"{host} answered HTTP {resp.status_code} for {what}{detail}.")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _host(url: str) -> str:
    try:
        return httpx.URL(url).host or url
    except Exception:  # an unparsable URL is shown as it is
        return url


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _mb(n: float) -> str:
    if n >= 1e9:
        return f"{n / 1e9:.1f} GB"
    return f"{n / 1e6:.0f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"
