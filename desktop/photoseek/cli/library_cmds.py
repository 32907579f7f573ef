"""`photoseek index|reindex|status|folders|indices`: the library through its façade."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
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
from photoseek.fspath import display_path
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
        for folder in getattr(args, "folders", []):
            added = lib.add_folder(folder)
            say(f"Library folder: {display_path(added.path)}")
        if not lib.folders():
            raise CliError("No library folders yet: run `photoseek index FOLDER`.")
        if getattr(args, "retry_failed", False):
            lib.retry_failed()
        scan = not getattr(args, "no_scan", False)
        report = run_with_progress(lambda bar, stop: lib.index(bar, stop, scan=scan))
        return report_run(lib, report)
    finally:
        lib.close()


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
        print(f"Vectors:  {st.vectors} cached (full size, {st.model} via {st.provider})")
        print(f"Store:    {st.store}; size {st.dims} → index {st.index}")
        active = f"{st.active_index} ({st.active_dims} dims)" if st.active_index else "none yet"
        print(f"Searches: {active}")
        if st.sync:
            print("Sync:     " + ", ".join(f"{n} {s}" for s, n in sorted(st.sync.items())))
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
            print(display_path(lib.add_folder(args.path).path))
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
