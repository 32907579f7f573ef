"""`photoseek search|similar`: queries, their filters and how results are printed."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from typing import Any

from photoseek.cli.common import EXIT_OK, CliError, open_library, say
from photoseek.fspath import display_path
from photoseek.library import Library
from photoseek.records import Filters, SearchResult


def add_commands(sub: Any, with_store: Any) -> dict[str, Any]:
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

    p = sub.add_parser("search", help="search by text, in any language")
    p.add_argument("text")
    with_query(p)
    p = sub.add_parser("similar", help="photos similar to a photo (or any image file)")
    p.add_argument("path")
    with_query(p)
    return {"search": cmd_search, "similar": cmd_similar}


def filters_from(args: argparse.Namespace) -> Filters:
    for d in (args.date_from, args.date_to):
        if d is not None and not _valid_date(d):
            raise CliError(f"{d!r} is not a date like 2024-05-31")
    return Filters(
        folders=tuple(_abspath(f) for f in args.folder),
        date_from=args.date_from,
        date_to=args.date_to,
        camera=args.camera,
        has_location=args.has_location,
    )


def _valid_date(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _abspath(p: str) -> str:
    return os.path.realpath(os.path.expanduser(p))


def print_results(results: list[SearchResult], as_json: bool) -> None:
    if as_json:
        print(json.dumps({"results": [result_json(r) for r in results]}, ensure_ascii=False))
        return
    if not results:
        say("No photos found.")
    for r in results:
        print(f"{r.score:.4f}  {display_path(r.path)}")


def result_json(r: SearchResult) -> dict[str, Any]:
    # Paths as people read them: a byte that is not UTF-8 shows as U+FFFD (see fspath).
    out: dict[str, Any] = {
        "path": display_path(r.path),
        "score": round(r.score, 6),
        "hash": r.content_hash,
    }
    out["paths"] = [display_path(p) for p in r.paths]
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
    filters = filters_from(args)
    lib = open_library(args)
    try:
        print_results(ask(lib, filters), args.json)
        return EXIT_OK
    finally:
        lib.close()
