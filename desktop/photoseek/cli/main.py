"""The `photoseek` command. No arguments opens the desktop app."""

from __future__ import annotations

import argparse
import getpass
import json
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any

from photoseek import __version__
from photoseek.catalog import FolderError
from photoseek.cli.progress import TerminalProgress
from photoseek.config import AppPaths, SettingsError
from photoseek.config import secrets as secret_store
from photoseek.config.secrets import Secret, SecretStoreError
from photoseek.config.settings import keys as setting_keys
from photoseek.embedding.base import EmbeddingError
from photoseek.indexing.lock import AlreadyIndexing
from photoseek.library import Library
from photoseek.logs import setup_logging
from photoseek.records import Filters, SearchResult
from photoseek.search import SearchError
from photoseek.stores import STORE_KINDS, StoreError

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_SERVICE = 0, 1, 2, 3

SECRET_NAMES = {
    "jina": Secret.JINA_API_KEY,
    "es-api-key": Secret.ES_API_KEY,
    "es-password": Secret.ES_PASSWORD,
    "es-bearer": Secret.ES_BEARER,
}


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="photoseek",
        description="Search your own photo folders by meaning, in any language. "
        "Run without arguments to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"photoseek {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def with_store(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--store", choices=STORE_KINDS, help="override the store in settings")
        return p

    def with_query(p: argparse.ArgumentParser) -> None:
        p.add_argument("-k", type=int, default=20, help="how many results (default 20)")
        p.add_argument("--offset", type=int, default=0, help="skip this many (paging)")
        p.add_argument("--json", action="store_true", help='print {"results": [...]}')
        p.add_argument("--folder", action="append", default=[], help="only under this folder")
        p.add_argument("--from", dest="date_from", help="taken on or after (YYYY-MM-DD)")
        p.add_argument("--to", dest="date_to", help="taken on or before (YYYY-MM-DD)")
        p.add_argument("--camera", help="only photos from this camera")
        p.add_argument("--with-location", dest="has_location", action="store_const", const=True)
        with_store(p)

    sub.add_parser("gui", help="open the desktop app")
    p = with_store(sub.add_parser("index", help="add folders (optional) and index the library"))
    p.add_argument("folders", nargs="*", help="folders to add to the library first")
    p.add_argument(
        "--no-scan", action="store_true", help="do not look for new files, only sync the store"
    )
    p.add_argument(
        "--retry-failed", action="store_true", help="try files that failed before once more"
    )
    p = sub.add_parser("reindex", help="build the index for the current size from the cache")
    with_store(p)
    p = sub.add_parser("search", help="search by text, in any language")
    p.add_argument("text")
    with_query(p)
    p = sub.add_parser("similar", help="photos similar to a photo (or any image file)")
    p.add_argument("path")
    with_query(p)
    p = with_store(sub.add_parser("status", help="library, store and index state"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--problems", action="store_true", help="list skipped and failed files")

    p = sub.add_parser("folders", help="list, add or remove library folders")
    fs = p.add_subparsers(dest="action", metavar="ACTION")
    fs.add_parser("list")
    fs.add_parser("add").add_argument("path")
    fs.add_parser("remove").add_argument("path")

    p = sub.add_parser("config", help="read or change settings")
    cs = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    cs.add_parser("list")
    cs.add_parser("get").add_argument("key")
    s = cs.add_parser("set")
    s.add_argument("key")
    s.add_argument("value")

    p = sub.add_parser("secret", help="keep an API key or password in the system keyring")
    ss = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name in ("set", "delete", "status"):
        sp = ss.add_parser(name)
        sp.add_argument("name", choices=sorted(SECRET_NAMES))
    p = with_store(sub.add_parser("indices", help="list the store's indices, or remove one"))
    ix = p.add_subparsers(dest="action", metavar="ACTION")
    ix.add_parser("list")
    r = ix.add_parser("remove", help="delete an index (asks for confirmation)")
    r.add_argument("name")
    r.add_argument("--yes", action="store_true", help="do not ask")
    try:
        from photoseek.cli.es import add_es_commands
    except ImportError:
        pass
    else:
        add_es_commands(sub)
    try:
        from photoseek.cli.model import add_model_commands
    except ImportError:
        pass
    else:
        add_model_commands(sub)
    return parser


def entry() -> int:
    """The console script: like `main`, plus logging to the rotating file and stderr."""
    return main(setup_logs=True)


def main(argv: Sequence[str] | None = None, *, setup_logs: bool = False) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if setup_logs:
        setup_logging(AppPaths.default(), args.verbose)
    if args.command in (None, "gui"):
        return _gui(parser)
    try:
        return int(COMMANDS[args.command](args))
    except CliError as exc:
        print(f"photoseek: {exc}", file=sys.stderr)
        return exc.code
    except (SettingsError, FolderError, SecretStoreError) as exc:
        print(f"photoseek: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (StoreError, EmbeddingError, SearchError) as exc:
        print(f"photoseek: {exc}", file=sys.stderr)
        return EXIT_SERVICE
    except AlreadyIndexing as exc:
        print(f"photoseek: {exc}", file=sys.stderr)
        return EXIT_SERVICE
    except KeyboardInterrupt:
        print("photoseek: interrupted", file=sys.stderr)
        return 130


def _gui(parser: argparse.ArgumentParser) -> int:
    try:
        from photoseek.gui.app import run_app
    except ImportError as exc:
        print(f"photoseek: the desktop app is not available ({exc})", file=sys.stderr)
        parser.print_help()
        return EXIT_USAGE
    return run_app(sys.argv[:1])


def _library(args: argparse.Namespace) -> Library:
    return Library(store_kind=getattr(args, "store", None))


# -- verbs -------------------------------------------------------------------------------------
def cmd_index(args: argparse.Namespace) -> int:
    lib = _library(args)
    try:
        for folder in getattr(args, "folders", []):
            added = lib.add_folder(folder)
            print(f"Library folder: {added.path}", file=sys.stderr)
        if not lib.folders():
            raise CliError("No library folders yet: run `photoseek index FOLDER`.")
        if getattr(args, "retry_failed", False):
            lib.catalog.retry_failed()
        stop = threading.Event()
        previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
        bar = TerminalProgress()
        try:
            report = lib.index(bar, stop, scan=not getattr(args, "no_scan", False))
        finally:
            signal.signal(signal.SIGINT, previous)
            bar.finish()
        p = report.progress
        print(
            f"Indexed {p.indexed} (reused {p.reused}, embedded {p.embedded}), "
            f"skipped {p.skipped}, failed {p.failed}; store {lib.store.kind}, "
            f"index {lib.spec().name}: {p.sync_done} written"
            + (f"; {p.tokens} API tokens" if p.tokens else ""),
            file=sys.stderr,
        )
        if p.message and not report.error and not report.sync_error:
            print(p.message, file=sys.stderr)
        if report.activated:
            print(f"Searches now use {report.activated}.", file=sys.stderr)
        if report.cancelled:
            print("Stopped; run again to continue where it left off.", file=sys.stderr)
            return EXIT_PARTIAL
        if report.error or report.sync_error:
            raise CliError(str(report.error or report.sync_error), EXIT_SERVICE)
        if p.skipped or p.failed:
            print("See `photoseek status --problems` for the reasons.", file=sys.stderr)
        return EXIT_OK
    finally:
        lib.close()


def cmd_reindex(args: argparse.Namespace) -> int:
    args.no_scan = True
    args.folders = []
    return cmd_index(args)


def _filters(args: argparse.Namespace) -> Filters:
    for d in (args.date_from, args.date_to):
        if d is not None and not _valid_date(d):
            raise CliError(f"{d!r} is not a date like 2024-05-31")
    return Filters(
        folders=tuple(str(_abspath(f)) for f in args.folder),
        date_from=args.date_from,
        date_to=args.date_to,
        camera=args.camera,
        has_location=args.has_location,
    )


def _valid_date(text: str) -> bool:
    from datetime import datetime

    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _abspath(p: str) -> str:
    import os

    return os.path.realpath(os.path.expanduser(p))


def _print_results(results: list[SearchResult], as_json: bool) -> None:
    if as_json:
        print(json.dumps({"results": [result_json(r) for r in results]}, ensure_ascii=False))
        return
    if not results:
        print("No photos found.", file=sys.stderr)
    for r in results:
        print(f"{r.score:.4f}  {r.path}")


def result_json(r: SearchResult) -> dict[str, Any]:
    out: dict[str, Any] = {"path": r.path, "score": round(r.score, 6), "hash": r.content_hash}
    out["paths"] = list(r.paths)
    out.update({k: v for k, v in asdict(r.meta).items() if v is not None})
    if r.size is not None:
        out["size"] = r.size
    return out


def _check_k(args: argparse.Namespace) -> None:
    if not 1 <= args.k <= 10000:
        raise CliError("-k must be between 1 and 10000")
    if args.offset < 0:
        raise CliError("--offset must not be negative")


def cmd_search(args: argparse.Namespace) -> int:
    return _query(args, lambda lib, f: lib.search.text(args.text, args.k, f, args.offset))


def cmd_similar(args: argparse.Namespace) -> int:
    return _query(args, lambda lib, f: lib.search.similar(args.path, args.k, f, args.offset))


def _query(args: argparse.Namespace, ask: Callable[[Library, Filters], list[SearchResult]]) -> int:
    _check_k(args)
    filters = _filters(args)
    lib = _library(args)
    try:
        _print_results(ask(lib, filters), args.json)
        return EXIT_OK
    finally:
        lib.close()


def cmd_status(args: argparse.Namespace) -> int:
    lib = _library(args)
    try:
        st = lib.status()
        if args.json:
            data = asdict(st)
            if args.problems:
                data["problems"] = [asdict(p) for p in lib.catalog.problems()]
            print(json.dumps(data, ensure_ascii=False))
            return EXIT_OK
        print(f"Folders:  {', '.join(st.folders) or '(none: run photoseek index FOLDER)'}")
        files = ", ".join(f"{n} {state}" for state, n in sorted(st.files.items())) or "none"
        print(f"Files:    {files}")
        print(f"Vectors:  {st.vectors} cached (full size)")
        print(f"Store:    {st.store}; size {st.dims} → index {st.index}")
        active = f"{st.active_index} ({st.active_dims} dims)" if st.active_index else "none yet"
        print(f"Searches: {active}")
        if st.sync:
            print("Sync:     " + ", ".join(f"{n} {s}" for s, n in sorted(st.sync.items())))
        print(f"API key:  {st.api_key or 'not set (photoseek secret set jina)'}")
        if st.store_error:
            print(f"Store:    not reachable: {st.store_error}")
        if args.problems:
            for p in lib.catalog.problems():
                print(f"{p.state}: {p.path}: {p.reason}")
        return EXIT_OK
    finally:
        lib.close()


def cmd_folders(args: argparse.Namespace) -> int:
    lib = _library(args)
    try:
        if args.action == "add":
            print(lib.add_folder(args.path).path)
        elif args.action == "remove":
            lib.remove_folder(args.path)
            print("Removed; run `photoseek index` to update the store.", file=sys.stderr)
        else:
            for f in lib.folders():
                print(f.path)
        return EXIT_OK
    finally:
        lib.close()


def cmd_config(args: argparse.Namespace) -> int:
    lib = _library(args)
    try:
        if args.action == "list":
            for key in setting_keys():
                print(f"{key} = {json.dumps(lib.settings.get(key), ensure_ascii=False)}")
        elif args.action == "get":
            print(json.dumps(lib.settings.get(args.key), ensure_ascii=False))
        else:
            if "key" in args.key.lower() and "api" in args.key.lower():
                raise CliError("API keys are kept in the keyring: use `photoseek secret set jina`")
            value = lib.settings.set(args.key, args.value)
            lib.save_settings()
            print(json.dumps(value, ensure_ascii=False))
        return EXIT_OK
    finally:
        lib.close()


def cmd_secret(args: argparse.Namespace) -> int:
    secret = SECRET_NAMES[args.name]
    if args.action == "set":
        value = (
            getpass.getpass(f"{args.name}: ") if sys.stdin.isatty() else sys.stdin.readline()
        ).strip()
        if not value:
            raise CliError("nothing entered; the secret is unchanged")
        secret_store.put(secret, value)
        print("Saved in the system keyring.", file=sys.stderr)
    elif args.action == "delete":
        secret_store.delete(secret)
    else:
        print(secret_store.source(secret) or "not set")
    return EXIT_OK


def cmd_indices(args: argparse.Namespace) -> int:
    lib = _library(args)
    try:
        store = lib.store
        if args.action == "remove":
            names = {i.name for i in store.list_indices()}
            if args.name not in names:
                raise CliError(f"no index named {args.name}")
            if not args.yes:
                if not sys.stdin.isatty():
                    raise CliError("removing an index needs --yes when not on a terminal")
                typed = input(f"Delete index {args.name} and its documents? Type its name: ")
                if typed.strip() != args.name:
                    raise CliError("not confirmed; nothing deleted", EXIT_PARTIAL)
            store.delete_index(args.name)
            lib.catalog.forget_index(store.key, args.name)
            print(f"Deleted {args.name}.", file=sys.stderr)
            return EXIT_OK
        for info in store.list_indices():
            mark = "*" if info.active else " "
            print(f"{mark} {info.name}  dims={info.dims}  docs={info.count}")
        return EXIT_OK
    finally:
        lib.close()


COMMANDS = {
    "index": cmd_index,
    "reindex": cmd_reindex,
    "search": cmd_search,
    "similar": cmd_similar,
    "status": cmd_status,
    "folders": cmd_folders,
    "config": cmd_config,
    "secret": cmd_secret,
    "indices": cmd_indices,
}


def register(name: str, fn: Any) -> None:
    """Let optional command groups (e.g. `es`) plug in."""
    COMMANDS[name] = fn
