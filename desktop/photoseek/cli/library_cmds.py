"""`photoseek index|reindex|status|folders|indices`: the library through its façade."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from photoseek.cli.common import (
    EXIT_OK,
    EXIT_PARTIAL,
    CliError,
    open_library,
    report_run,
    run_with_progress,
    say,
)
from photoseek.embedding.providers import provider_name
from photoseek.fspath import display_path
from photoseek.indexing import IndexReport
from photoseek.library import Library
from photoseek.sizing import quality


def add_commands(sub: Any, with_store: Any) -> dict[str, Any]:
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
    p = with_store(sub.add_parser("status", help="library, store and index state"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--problems", action="store_true", help="list skipped and failed files")

    p = sub.add_parser("folders", help="list, add or remove library folders")
    fs = p.add_subparsers(dest="action", metavar="ACTION")
    fs.add_parser("list")
    fs.add_parser("add").add_argument("path")
    fs.add_parser("remove").add_argument("path")

    p = with_store(sub.add_parser("indices", help="list the store's indices, or remove one"))
    ix = p.add_subparsers(dest="action", metavar="ACTION")
    ix.add_parser("list")
    r = ix.add_parser("remove", help="delete an index (asks for confirmation)")
    r.add_argument("name")
    r.add_argument("--yes", action="store_true", help="do not ask")
    return {
        "index": cmd_index,
        "reindex": cmd_reindex,
        "status": cmd_status,
        "folders": cmd_folders,
        "indices": cmd_indices,
    }


def cmd_index(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        recovered = lib.recover()  # a rebuilt catalog: its folders come back from the store
        if recovered is not None:
            say(recovered.sentence)
        for folder in getattr(args, "folders", []):
            added = lib.add_folder(folder)
            say(f"Library folder: {display_path(added.path)}")
            warn_if_everything(added.path)
        if not lib.folders():
            raise CliError("No library folders yet: run `photoseek index FOLDER`.")
        if getattr(args, "retry_failed", False):
            lib.retry_failed()
        scan = not getattr(args, "no_scan", False)
        report = run_with_progress(lambda bar, stop: lib.index(bar, stop, scan=scan))
        if report.cancelled and report.progress.indexed:
            sync_what_is_cached(lib, report)
        return report_run(lib, report)
    finally:
        lib.close()


def sync_what_is_cached(lib: Library, report: IndexReport) -> None:
    """Ctrl+C stopped the run: the vectors it got are kept, and a short sync-only pass (no
    scan, no model calls) makes them searchable before the command ends."""
    say(
        "Stopping: writing the photos embedded so far to the index "
        "(Ctrl+C again to leave that for the next run)…"
    )
    synced = run_with_progress(lambda bar, stop: lib.index(bar, stop, scan=False, embed=False))
    p, q = report.progress, synced.progress
    p.sync_written += q.sync_written
    p.sync_removed += q.sync_removed
    p.sync_failed += q.sync_failed
    p.sync_done += q.sync_done
    p.resent += q.resent
    report.activated = report.activated or synced.activated
    report.sync_error = report.sync_error or synced.sync_error


def warn_if_everything(path: str) -> None:
    """A whole disk as a library folder: allowed, but rarely meant."""
    p = Path(path)
    if p.parent == p:
        say(
            f"Warning: {path} is the whole disk: every image on it becomes part of the library "
            "(icons, caches and other programs' pictures too) and the first run takes long. "
            "Usually you want the folders that hold your photos, e.g. ~/Pictures "
            f"(photoseek folders remove {path} undoes this)."
        )


def cmd_reindex(args: argparse.Namespace) -> int:
    args.no_scan = True
    args.folders = []
    return cmd_index(args)


def cmd_status(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        st = lib.status()
        estimate = lib.storage_estimate()
        q = quality(st.dims)
        if args.json:
            data = asdict(st)
            data["folders"] = [display_path(f) for f in st.folders]
            data["storage"] = {
                "per_photo_bytes": round(estimate.per_photo),
                "index_bytes": round(estimate.index_total),
                "cache_bytes": round(estimate.cache_total),
            }
            data["quality"] = {"level": q.level.value, "note": q.sentence()}
            if args.problems:
                data["problems"] = [
                    {**asdict(p), "path": display_path(p.path)} for p in lib.problems()
                ]
                data["sync_problems"] = [
                    {**asdict(p), "paths": [display_path(x) for x in p.paths]}
                    for p in lib.sync_problems()
                ]
            print(json.dumps(data, ensure_ascii=False))
            return EXIT_OK
        folders = ", ".join(display_path(f) for f in st.folders)
        print(f"Folders:  {folders or '(none: run photoseek index FOLDER)'}")
        files = ", ".join(f"{n} {state}" for state, n in sorted(st.files.items())) or "none"
        print(f"Files:    {files}")
        print(f"Model:    {st.model} through {provider_name(st.provider, st.endpoint or '')}")
        if st.provider == "local":
            print(f"Local:    {st.local_model}")
        print(f"Vectors:  {st.vectors} cached (full size, {st.model})")
        print(f"Store:    {st.store}; size {st.dims} → index {st.index}")
        if st.active_index:
            active = f"{st.active_index} ({st.active_dims} dims, {st.searchable} photos searchable)"
        else:
            active = "none yet"
        if st.active_index and st.active_index != st.index:
            active += f"; {st.index} is not complete yet"
        print(f"Searches: {active}")
        if st.sync:
            print("Sync:     " + ", ".join(f"{n} {s}" for s, n in sorted(st.sync.items())))
        if st.missing and not st.store_error:
            holds = "does not exist" if st.held is None else f"holds {st.held} photos"
            print(
                f"Index:    {st.index} {holds}, but the catalog sent it "
                f"{st.sync.get('synced', 0)}: run `photoseek index` to send the "
                f"{st.missing} missing ones again from the local vector cache."
            )
        if st.needs_key:
            print(f"API key:  {st.api_key or 'not set (photoseek secret set jina)'}")
        for line in estimate.lines():
            print(f"Space:    {line}")
        print(f"Quality:  {q.sentence()}")
        if st.store_error:
            print(f"Store:    not reachable: {st.store_error}")
        if args.problems:
            for p in lib.problems():
                print(f"{p.state}: {display_path(p.path)}: {p.reason}")
            for sp in lib.sync_problems():
                where = ", ".join(display_path(x) for x in sp.paths) or sp.content_hash
                print(f"not in the index: {where}: {sp.reason}")
        return EXIT_OK
    finally:
        lib.close()


def cmd_folders(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        if args.action == "add":
            added = lib.add_folder(args.path).path
            print(display_path(added))
            warn_if_everything(added)
        elif args.action == "remove":
            lib.remove_folder(args.path)
            say("Removed; run `photoseek index` to update the store.")
        else:
            for f in lib.folders():
                print(display_path(f.path))
        return EXIT_OK
    finally:
        lib.close()


def cmd_indices(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        if args.action == "remove":
            if args.name not in {i.name for i in lib.indices()}:
                raise CliError(f"no index named {args.name}")
            if not args.yes:
                if not sys.stdin.isatty():
                    raise CliError("removing an index needs --yes when not on a terminal")
                typed = input(f"Delete index {args.name} and its documents? Type its name: ")
                if typed.strip() != args.name:
                    raise CliError("not confirmed; nothing deleted", EXIT_PARTIAL)
            lib.remove_index(args.name)
            say(f"Deleted {args.name}.")
            return EXIT_OK
        for info in lib.indices():
            mark = "*" if info.active else " "
            print(f"{mark} {info.name}  dims={info.dims}  docs={info.count}")
        return EXIT_OK
    finally:
        lib.close()
