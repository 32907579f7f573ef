"""`photoseek search|similar`: queries, their filters and how results are printed.

Only the relevant photos by default (the rule in search/relevance.py); `--min-score S` sets
the cutoff yourself and `--all` ranks every photo. Results go to stdout, the count and the
"no photo looks like that" line to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from photoseek.cli.common import EXIT_OK, CliError, open_library, say
from photoseek.fspath import display_path
from photoseek.library import Library
from photoseek.records import Filters, SearchResult
from photoseek.search.engine import Picture, SearchPage, SearchRequest, Sort
from photoseek.search.query_parse import QueryError, period
from photoseek.search.relevance import DEFAULT_STRICTNESS


def add_commands(sub: Any, with_store: Any) -> dict[str, Any]:
    def with_query(p: argparse.ArgumentParser) -> None:
        p.add_argument("-k", type=int, default=20, help="how many results (default 20)")
        p.add_argument("--offset", type=int, default=0, help="skip this many (paging)")
        p.add_argument("--json", action="store_true", help='print {"results": [...], ...}')
        p.add_argument("--folder", action="append", default=[], help="only under this folder")
        p.add_argument("--from", dest="date_from", help="taken on or after (2023, 2023-05, …)")
        p.add_argument("--to", dest="date_to", help="taken on or before (2024-05-31, …)")
        p.add_argument("--camera", help="only photos from this camera")
        p.add_argument("--with-location", dest="has_location", action="store_const", const=True)
        p.add_argument(
            "--sort",
            choices=[s.value for s in Sort],
            default=Sort.RELEVANCE.value,
            help="relevance (default), date (newest first) or date-asc",
        )
        p.add_argument(
            "--min-score",
            type=float,
            metavar="S",
            help="show photos scoring at least S (the store's score) instead of the rule",
        )
        p.add_argument("--all", dest="everything", action="store_true", help="every photo, ranked")
        p.add_argument(
            "--strictness",
            type=float,
            default=DEFAULT_STRICTNESS,
            metavar="T",
            help="0 (loose) … 1 (strict) for the relevance rule (default %(default)s)",
        )
        p.add_argument(
            "--like", nargs="+", default=[], metavar="PATH", help="more like these photos"
        )
        p.add_argument(
            "--unlike", nargs="+", default=[], metavar="PATH", help="less like these photos"
        )
        with_store(p)

    p = sub.add_parser("search", help="search by text, in any language")
    p.add_argument(
        "text",
        help='words, typed filters (folder:NAME after:2023-05 before:2024 camera:"…" '
        "has:location) and -exclusions",
    )
    p.add_argument(
        "--without", action="append", default=[], metavar="WORDS", help="leave out photos like it"
    )
    with_query(p)
    p = sub.add_parser("similar", help="photos similar to photos (or any image files)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    with_query(p)
    return {"search": cmd_search, "similar": cmd_similar}


def filters_from(args: argparse.Namespace) -> Filters:
    """The filter flags as `Filters` (the filter bar builds the same record)."""
    lo = hi = None
    try:
        if args.date_from is not None:
            lo = period(args.date_from)[0]
        if args.date_to is not None:
            hi = period(args.date_to)[1]
    except QueryError as exc:
        raise CliError(str(exc)) from None
    if lo is not None and hi is not None and lo > hi:
        raise CliError(f"--from {args.date_from} is later than --to {args.date_to}.")
    return Filters(
        folders=tuple(_abspath(f) for f in args.folder),
        date_from=lo.isoformat() if lo else None,
        date_to=hi.isoformat() if hi else None,
        camera=args.camera,
        has_location=args.has_location,
    )


def _abspath(p: str) -> str:
    return os.path.realpath(os.path.expanduser(p))


def print_page(page: SearchPage, as_json: bool, hint: bool = True) -> None:
    if as_json:
        out: dict[str, Any] = {"results": [result_json(r, page) for r in page.results]}
        out["total"] = page.total
        out["cutoff"] = None if page.cutoff is None else round(page.cutoff, 6)
        if page.message:
            out["message"] = page.message
        print(json.dumps(out, ensure_ascii=False))
        return
    if page.message:
        extra = " Add --all to see every photo ranked." if hint and page.kind != "browse" else ""
        say(page.message + extra)
        return
    if page.kind == "browse":
        for r in page.results:
            print(f"{r.meta.taken_at or '-':19}  {display_path(r.path)}")
    else:
        for r in page.results:
            print(f"{r.score:.4f}  {display_path(r.path)}")
    say(_count_line(page))


def _count_line(page: SearchPage) -> str:
    n = page.total
    noun = "matching photo" if n == 1 else "matching photos"
    if page.kind == "browse":
        noun = "photo" if n == 1 else "photos"
    shown = ""
    if page.results and (page.offset or page.more):
        shown = f" (showing {page.offset + 1}–{page.offset + len(page.results)})"
    return f"{n} {noun}{shown}"


def result_json(r: SearchResult, page: SearchPage | None = None) -> dict[str, Any]:
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
    if page is not None and r.content_hash in page.by_name:
        out["by_name"] = True
    return out


def _check(args: argparse.Namespace) -> None:
    if not 1 <= args.k <= 10000:
        raise CliError("-k must be between 1 and 10000")
    if args.offset < 0:
        raise CliError("--offset must not be negative")
    if not 0.0 <= args.strictness <= 1.0:
        raise CliError("--strictness must be between 0 and 1")
    if args.min_score is not None and args.everything:
        raise CliError("--min-score and --all do not go together: choose one")


def _request(args: argparse.Namespace, filters: Filters, **fields: Any) -> SearchRequest:
    return SearchRequest(
        like=tuple(_abspath(p) for p in args.like),
        unlike=tuple(_abspath(p) for p in args.unlike),
        filters=filters,
        strictness=args.strictness,
        min_score=args.min_score,
        everything=args.everything,
        sort=Sort(args.sort),
        **fields,
    )


def cmd_search(args: argparse.Namespace) -> int:
    browsing = args.sort != "relevance" or bool(
        args.folder or args.date_from or args.date_to or args.camera or args.has_location
    )
    if not args.text.strip() and not (args.like or args.unlike or browsing):
        # An empty search lists the library only when asked how (a filter or a date sort),
        # as the window's timeline does; alone it is a mistake worth saying.
        raise CliError("Type something to search for, or list photos with a filter or --sort date.")

    def ask(lib: Library, f: Filters) -> SearchPage:
        request = _request(args, f, text=args.text, without=tuple(args.without))
        return lib.finder.find(request, args.k, args.offset)

    return _query(args, ask)


def cmd_similar(args: argparse.Namespace) -> int:
    def ask(lib: Library, f: Filters) -> SearchPage:
        pictures = tuple(Picture(path=p, in_library=True) for p in args.paths)
        return lib.finder.find(_request(args, f, pictures=pictures), args.k, args.offset)

    return _query(args, ask)


def _query(args: argparse.Namespace, ask: Callable[[Library, Filters], SearchPage]) -> int:
    _check(args)
    filters = filters_from(args)
    lib = open_library(args)
    try:
        print_page(ask(lib, filters), args.json)
        return EXIT_OK
    finally:
        lib.close()
