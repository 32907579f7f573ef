"""A loopback fake of the Hugging Face hub: just what the model download manager relies on.

Shapes copied from the real hub (as huggingface_hub reads them: `hf_api.py` RepoFile,
`file_download.py` http_get / get_hf_file_metadata, `utils/_http.py` hf_raise_for_status):

* `GET /api/models/{repo}/tree/{revision}[/{folder}]` → a JSON list of entries
  `{"type": "file", "oid": <git blob sha1>, "size": N, "path": "onnx/model.onnx"}`, LFS files
  with `"lfs": {"oid": <sha256>, "size": N, "pointerSize": <bytes of the pointer file>}` (and
  then `oid` is the pointer's blob id), folders as `{"type": "directory", ...}`. Long listings
  are paged with `Link: <…?cursor=…>; rel="next"`.
* `GET|HEAD /{repo}/resolve/{revision}/{path}`: LFS files answer 302 to a CDN URL (here
  `/cdn/<sha256>` on the same server) with `X-Repo-Commit`, `X-Linked-Etag`, `X-Linked-Size`;
  other files are answered directly (200) with `ETag` = the blob id.
* Both honour `Range: bytes=N-` with 206 + `Content-Range: bytes N-M/SIZE` (416 with
  `Content-Range: bytes */SIZE` past the end); `ignore_range = True` answers 200 instead, as
  some CDNs do.
* Errors: an unknown revision → 404 with `X-Error-Code: RevisionNotFound`, an unknown file →
  404 `EntryNotFound`, an unknown repository → 401 `RepoNotFound` (the hub's answer without a
  token); bodies `{"error": "<message>"}`, the message also in `X-Error-Message`.

Faults for the tests: `cut_after[path] = n` drops the connection after n body bytes (once);
`stall_after[path] = n` sends n bytes then holds the rest until `unstall()` (once);
`corrupt.add(path)` flips a byte; `serve_size[path] = n` serves only the first n bytes as if
that were the whole file; `chunk_delay` slows every body down.
"""

from __future__ import annotations

import hashlib
import threading
import time
from typing import Any
from urllib.parse import quote, unquote

from photoseek.embedding.model_files import REPO_ID, REVISION
from tests.fakes.server import FakeServer, Request, Response

LFS_SUFFIXES = (".onnx", ".onnx_data")


def git_blob_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def lfs_pointer(data: bytes) -> bytes:
    digest = hashlib.sha256(data).hexdigest()
    spec = "version https://git-lfs.github.com/spec/v1"
    return f"{spec}\noid sha256:{digest}\nsize {len(data)}\n".encode()


class FakeHub(FakeServer):
    def __init__(
        self,
        files: dict[str, bytes],
        *,
        repo: str = REPO_ID,
        revision: str = REVISION,
        lfs_suffixes: tuple[str, ...] = LFS_SUFFIXES,
        page_size: int = 1000,
        chunk_size: int = 16 * 1024,
    ) -> None:
        super().__init__()
        self.files = dict(files)
        self.repo = repo
        self.revision = revision
        self.lfs_suffixes = lfs_suffixes
        self.page_size = page_size
        self.chunk_size = chunk_size
        self.ignore_range = False
        self.corrupt: set[str] = set()
        self.serve_size: dict[str, int] = {}
        self.cut_after: dict[str, int] = {}
        self.stall_after: dict[str, int] = {}
        self.chunk_delay = 0.0
        self.stalled = threading.Event()  # set while a body is held by `stall_after`
        self._unstall = threading.Event()

    def start(self, ssl_context: Any = None) -> FakeHub:
        super().start(ssl_context)
        return self

    def __enter__(self) -> FakeHub:
        return self.start()

    def stop(self) -> None:
        self._unstall.set()
        super().stop()

    def unstall(self) -> None:
        self._unstall.set()

    # -- what tests read -------------------------------------------------------------------
    def is_lfs(self, path: str) -> bool:
        return path.endswith(self.lfs_suffixes)

    def body_requests(self, path: str) -> list[Request]:
        """GETs that reached the file's content (resolve for regular files, CDN for LFS)."""
        data = self.files[path]
        target = (
            f"/cdn/{hashlib.sha256(data).hexdigest()}"
            if self.is_lfs(path)
            else f"/{self.repo}/resolve/{self.revision}/{path}"
        )
        return [e.request for e in self.log if e.request.path == target]

    # -- routing ---------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        path = unquote(request.path)
        if request.method not in ("GET", "HEAD"):
            return Response.json(405, {"error": "Method not allowed"})
        tree_prefix = "/api/models/"
        if path.startswith(tree_prefix) and "/tree/" in path:
            repo, _, rest = path[len(tree_prefix) :].partition("/tree/")
            revision, _, folder = rest.partition("/")
            return self._tree(request, repo, revision, folder.strip("/"))
        if path.startswith("/cdn/"):
            digest = path[len("/cdn/") :]
            for name, data in self.files.items():
                if self.is_lfs(name) and hashlib.sha256(data).hexdigest() == digest:
                    return self._content(request, name, {})
            return _error(404, "EntryNotFound", "Entry not found")
        if "/resolve/" in path:
            repo, _, rest = path.lstrip("/").partition("/resolve/")
            revision, _, name = rest.partition("/")
            return self._resolve(request, repo, revision, name)
        return _error(404, "", "Sorry, we can't find the page you are looking for.")

    def _check_repo(self, repo: str, revision: str) -> Response | None:
        if repo != self.repo:
            return _error(401, "RepoNotFound", "Repository not found")
        if revision != self.revision:
            return _error(404, "RevisionNotFound", f"Invalid rev id: {revision}")
        return None

    def _tree(self, request: Request, repo: str, revision: str, folder: str) -> Response:
        refused = self._check_repo(repo, revision)
        if refused is not None:
            return refused
        entries: list[dict[str, Any]] = []
        folders: set[str] = set()
        for name in sorted(self.files):
            parent, _, _ = name.rpartition("/")
            if parent == folder:
                entries.append(self._entry(name))
            elif (folder == "" and "/" in name) or name.startswith(folder + "/"):
                below = name[len(folder) + 1 :] if folder else name
                folders.add((f"{folder}/" if folder else "") + below.split("/")[0])
        if folder and not entries and not folders:
            return _error(404, "EntryNotFound", f"{folder} does not exist on {revision}")
        entries = [
            {"type": "directory", "oid": hashlib.sha1(d.encode()).hexdigest(), "size": 0, "path": d}
            for d in sorted(folders)
        ] + entries
        start = int((request.query.get("cursor") or ["0"])[0])
        page = entries[start : start + self.page_size]
        headers = {}
        if start + self.page_size < len(entries):
            tail = f"/{quote(folder)}" if folder else ""
            nxt = (
                f"{self.url}/api/models/{self.repo}/tree/{revision}{tail}"
                f"?cursor={start + self.page_size}"
            )
            headers["Link"] = f'<{nxt}>; rel="next"'
        return Response.json(200, page, headers)

    def _entry(self, name: str) -> dict[str, Any]:
        data = self.files[name]
        if self.is_lfs(name):
            pointer = lfs_pointer(data)
            return {
                "type": "file",
                "oid": git_blob_sha1(pointer),
                "size": len(data),
                "path": name,
                "lfs": {
                    "oid": hashlib.sha256(data).hexdigest(),
                    "size": len(data),
                    "pointerSize": len(pointer),
                },
            }
        return {"type": "file", "oid": git_blob_sha1(data), "size": len(data), "path": name}

    def _resolve(self, request: Request, repo: str, revision: str, name: str) -> Response:
        refused = self._check_repo(repo, revision)
        if refused is not None:
            return refused
        if name not in self.files:
            return _error(404, "EntryNotFound", "Entry not found")
        data = self.files[name]
        headers = {"X-Repo-Commit": self.revision}
        if self.is_lfs(name):
            digest = hashlib.sha256(data).hexdigest()
            headers.update(
                {
                    "Location": f"{self.url}/cdn/{digest}?X-Amz-Expires=3600",
                    "X-Linked-Etag": f'"{digest}"',
                    "X-Linked-Size": str(len(data)),
                    "ETag": f'"{git_blob_sha1(lfs_pointer(data))}"',
                }
            )
            return Response(302, b"", headers)
        headers["ETag"] = f'"{git_blob_sha1(data)}"'
        return self._content(request, name, headers)

    def _content(self, request: Request, name: str, headers: dict[str, str]) -> Response:
        data = self.files[name]
        if name in self.serve_size:
            data = data[: self.serve_size[name]]
        if name in self.corrupt and data:
            mid = len(data) // 2
            data = data[:mid] + bytes([data[mid] ^ 0xFF]) + data[mid + 1 :]
        size = len(data)
        h = {**headers, "Accept-Ranges": "bytes", "Content-Type": "application/octet-stream"}
        status, start, end = 200, 0, size
        wanted = request.headers.get("range")
        if wanted and not self.ignore_range:
            first, _, last = wanted.removeprefix("bytes=").partition("-")
            start = int(first)
            end = min(size, int(last) + 1) if last else size
            if start >= size:
                return Response(416, b"", {**h, "Content-Range": f"bytes */{size}"})
            status = 206
            h["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
        body = data[start:end]
        cut = self.cut_after.pop(name, None)
        stall = self.stall_after.pop(name, None)
        if stall is not None:
            self._unstall.clear()
        if cut is None and stall is None and not self.chunk_delay:
            return Response(status, body, h)
        return Response(status, b"", h, stream=self._writer(body, cut, stall), length=len(body))

    def _writer(self, body: bytes, cut: int | None, stall: int | None) -> Any:
        def write(wfile: Any) -> None:
            sent = 0
            held = stall
            while sent < len(body):
                if cut is not None and sent >= cut:
                    raise ConnectionAbortedError("fake hub: connection cut mid-body")
                if held is not None and sent >= held:
                    held = None
                    self.stalled.set()
                    self._unstall.wait()
                    self.stalled.clear()
                limit = len(body)
                for mark in (cut, held):
                    if mark is not None and sent < mark:
                        limit = min(limit, mark)
                chunk = body[sent : min(limit, sent + self.chunk_size)]
                wfile.write(chunk)
                wfile.flush()
                sent += len(chunk)
                if self.chunk_delay:
                    time.sleep(self.chunk_delay)

        return write


def _error(status: int, code: str, message: str) -> Response:
    headers = {"X-Error-Message": message}
    if code:
        headers["X-Error-Code"] = code
    return Response.json(status, {"error": message}, headers)
