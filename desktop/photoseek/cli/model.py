"""`photoseek model …`: get the local jina-clip-v2 model onto this computer, check it, remove it.

    photoseek model download [--variant int8|fp16|fp32] [--yes]
    photoseek model import DIR [--variant …]
    photoseek model status [--json] [--verify]
    photoseek model remove [--yes]

Exit codes as for every verb: 0 ok, 1 stopped or partial (resume by running it again; also a
full disk), 2 bad input or configuration, 3 the hub could not be reached or sent bad data.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any, TextIO

from photoseek.embedding.model_files import (
    DEFAULT_VARIANT,
    LICENCE_NAME,
    LICENCE_TEXT,
    LICENCE_URL,
    MANIFEST,
    MODEL,
    VARIANTS,
    CopyProgress,
    ModelImportError,
    ModelStatus,
    get_variant,
    hub_base,
    import_model,
    model_dir,
    model_status,
    remove_model,
)


def add_model_commands(sub: Any) -> None:
    """Add the `model` verb to the `photoseek` parser and register its handler."""
    p = sub.add_parser("model", help="the local model (jina-clip-v2): download, import, status")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    d = actions.add_parser("download", help="download the model from its repository")
    d.add_argument(
        "--variant",
        choices=list(VARIANTS),
        default=DEFAULT_VARIANT,
        help="int8 for the CPU (default, 0.9 GB), fp16 for a GPU (1.7 GB), fp32 (3.5 GB)",
    )
    d.add_argument("--yes", action="store_true", help="accept the licence; do not ask")
    i = actions.add_parser("import", help="install from a folder laid out like the repository")
    i.add_argument("dir")
    i.add_argument("--variant", choices=list(VARIANTS), help="which graph to take from DIR")
    s = actions.add_parser("status", help="is the model installed, where, what it runs on")
    s.add_argument("--json", action="store_true", help="print the status as JSON")
    s.add_argument("--verify", action="store_true", help="re-check every file's sha256 (slow)")
    r = actions.add_parser("remove", help="delete the installed model (asks first)")
    r.add_argument("--yes", action="store_true", help="do not ask")
    from photoseek.cli import main as cli_main

    cli_main.register("model", cmd_model)


def cmd_model(args: argparse.Namespace) -> int:
    from photoseek.config import AppPaths

    directory = model_dir(AppPaths.default().data_dir)
    handlers = {
        "download": _download,
        "import": _import,
        "status": _status,
        "remove": _remove,
    }
    return handlers[args.action](args, directory)


# -- download ----------------------------------------------------------------------------------
def _download(args: argparse.Namespace, directory: Path) -> int:
    from photoseek.cli.main import EXIT_OK, EXIT_PARTIAL, EXIT_SERVICE, EXIT_USAGE, CliError
    from photoseek.embedding.model_download import (
        ChecksumError,
        DiskFullError,
        DownloadCancelled,
        DownloadError,
        HubError,
        download_model,
    )

    variant = get_variant(args.variant)
    current = model_status(directory=directory)
    if current.installed and current.variant == variant.name:
        print(
            f"jina-clip-v2 ({variant.name}) is already installed in {directory}.", file=sys.stderr
        )
        return EXIT_OK
    base = hub_base()
    err = sys.stderr
    print(
        f"Photoseek will download {MODEL} ({variant.name}: {variant.use}), about "
        f"{human_bytes(variant.approx_bytes)}, from {base} into {directory}.",
        file=err,
    )
    if current.partial_bytes:
        print(f"{human_bytes(current.partial_bytes)} from an earlier try will be reused.", file=err)
    print(file=err)
    print(textwrap.fill(LICENCE_TEXT, width=78), file=err)
    print(f"Licence: {LICENCE_NAME}, {LICENCE_URL}", file=err)
    print(file=err)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(
                "downloading the model needs --yes when not on a terminal (it accepts the "
                "licence above)"
            )
        answer = input("Accept the licence and download? [y/N] ").strip().lower()
        if answer not in ("y", "yes"):
            raise CliError("not confirmed; nothing downloaded", EXIT_PARTIAL)
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    bar = DownloadBar()
    try:
        status = download_model(directory, variant, progress=bar, stop=stop, base=base)
    except DownloadCancelled:
        bar.finish()
        kept = model_status(directory=directory).partial_bytes
        print(
            f"Stopped; {human_bytes(kept)} kept in {directory}. Run `photoseek model "
            f"download{_variant_flag(variant.name)}` again to resume.",
            file=err,
        )
        return EXIT_PARTIAL
    except DiskFullError as exc:
        bar.finish()
        raise CliError(str(exc), EXIT_PARTIAL) from None
    except (HubError, ChecksumError) as exc:
        bar.finish()
        raise CliError(str(exc), EXIT_SERVICE) from None
    except DownloadError as exc:
        bar.finish()
        raise CliError(str(exc), EXIT_USAGE) from None
    finally:
        signal.signal(signal.SIGINT, previous)
    bar.finish()
    print(
        f"Installed {MODEL} ({status.variant}) in {directory}; it runs on {status.device}.",
        file=err,
    )
    return EXIT_OK


def _variant_flag(name: str) -> str:
    return "" if name == DEFAULT_VARIANT else f" --variant {name}"


class DownloadBar:
    """One line on a terminal: [#####.....] 312 MB of 874 MB  12.3 MB/s  0:45 left  file."""

    def __init__(self, stream: TextIO | None = None, width: int = 24) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.enabled = self.stream.isatty()
        self._last = ""

    def __call__(self, p: Any) -> None:  # a DownloadProgress (kept loose: runs on any thread)
        if not self.enabled or p.phase in ("listing", "done"):
            return
        from photoseek.cli.progress import format_eta

        filled = int(self.width * min(1.0, p.fraction))
        bar = "#" * filled + "." * (self.width - filled)
        what = "checking" if p.phase == "checking" else p.file
        rate = f"  {human_bytes(p.rate)}/s  {format_eta(p.eta)} left" if p.rate else ""
        line = (
            f"\r[{bar}] {human_bytes(p.done_bytes)} of {human_bytes(p.total_bytes)}{rate}  {what}"
        )
        if line != self._last:
            pad = max(0, len(self._last) - len(line))
            self.stream.write(line + " " * pad)
            self.stream.flush()
            self._last = line

    def finish(self) -> None:
        if self.enabled and self._last:
            self.stream.write("\n")
            self.stream.flush()
            self._last = ""


# -- import ------------------------------------------------------------------------------------
def _import(args: argparse.Namespace, directory: Path) -> int:
    from photoseek.cli.main import EXIT_OK, CliError

    bar = _CopyBar()
    try:
        status = import_model(Path(args.dir), dest=directory, variant=args.variant, progress=bar)
    except ModelImportError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot copy the model into {directory} ({exc.strerror or exc})") from None
    finally:
        bar.finish()
    print(
        f"Installed {MODEL} ({status.variant}) from {args.dir} into {directory} (imported: "
        f"checksums not verified); it runs on {status.device}. The weights' licence is "
        f"{LICENCE_NAME} (non-commercial).",
        file=sys.stderr,
    )
    return EXIT_OK


class _CopyBar:
    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self._shown = False

    def __call__(self, p: CopyProgress) -> None:
        if self.enabled:
            pct = 100 * p.done_bytes // max(1, p.total_bytes)
            sys.stderr.write(f"\rCopying {pct:3d}%  {p.file}          ")
            sys.stderr.flush()
            self._shown = True

    def finish(self) -> None:
        if self._shown:
            sys.stderr.write("\n")


# -- status and remove -------------------------------------------------------------------------
def _status(args: argparse.Namespace, directory: Path) -> int:
    from photoseek.cli.main import EXIT_OK, EXIT_PARTIAL

    st = model_status(directory=directory, verify=args.verify)
    if args.json:
        print(json.dumps(st.to_json(), ensure_ascii=False))
    else:
        for line in status_lines(st):
            print(line)
    return EXIT_OK if st.installed else EXIT_PARTIAL


def status_lines(st: ModelStatus) -> list[str]:
    state = "installed" if st.installed else "not installed"
    lines = [
        f"Model:     {st.model}" + (f" ({st.variant}), {state}" if st.variant else f", {state}")
    ]
    lines.append(f"Folder:    {st.directory}")
    if st.variant:
        origin = (
            f"revision {st.revision[:12]} from {st.source}, sha256 verified"
            if st.verified == "sha256" and st.revision
            else f"imported from {st.source.removeprefix('import:') if st.source else '?'}, "
            "checksums not verified"
        )
        lines.append(f"Source:    {origin}")
        files = ", ".join(
            f"{f.path} {human_bytes(f.size) if f.size is not None else 'MISSING'}" for f in st.files
        )
        lines.append(f"Files:     {files} ({human_bytes(st.total_bytes)})")
    lines.append(f"Runs on:   {st.device} ({', '.join(st.providers)})")
    if not st.installed and st.recommended_variant != DEFAULT_VARIANT:
        lines.append(f"Suggested: --variant {st.recommended_variant} for this computer")
    if st.partial_bytes:
        lines.append(f"Partial:   {human_bytes(st.partial_bytes)} downloaded, waiting to resume")
    lines.append(f"Licence:   {st.licence} (non-commercial use only)")
    if st.problem:
        lines.append(f"Problem:   {st.problem}")
    return lines


def _remove(args: argparse.Namespace, directory: Path) -> int:
    from photoseek.cli.main import EXIT_OK, EXIT_PARTIAL, CliError

    st = model_status(directory=directory)
    loose = any((directory / v.graph).exists() for v in VARIANTS.values())
    if not (st.variant or st.partial_bytes or loose or (directory / MANIFEST).exists()):
        print(f"No local model in {directory}.", file=sys.stderr)
        return EXIT_OK
    what = f"{st.variant}, {human_bytes(st.total_bytes)}" if st.variant else "partial files"
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("removing the model needs --yes when not on a terminal")
        answer = input(f"Remove the local model ({what}) from {directory}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            raise CliError("not confirmed; nothing removed", EXIT_PARTIAL)
    freed = remove_model(directory)
    print(
        f"Removed the local model from {directory} ({human_bytes(freed)} freed).", file=sys.stderr
    )
    return EXIT_OK


def human_bytes(n: float | None) -> str:
    """Decimal units as file managers show them: 874 MB, 1.7 GB."""
    value = max(0.0, float(n or 0))
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            if unit == "B":
                return f"{int(value)} B"
            return f"{value:.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")  # pragma: no cover
