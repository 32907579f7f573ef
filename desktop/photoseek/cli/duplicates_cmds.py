"""`photoseek duplicates`: exact copies, near-duplicates and bursts, and (after a confirmation
that lists every file) moving the others of each group to the system trash."""

from __future__ import annotations

import argparse
import json
from typing import Any

from photoseek.cli.common import EXIT_OK, EXIT_PARTIAL, CliError, confirm, open_library, say
from photoseek.search.duplicates import MAX_DISTANCE, MIN_DISTANCE, DupGroup, group_json

KINDS = ("exact", "near", "burst")


def add_commands(sub: Any, with_store: Any) -> dict[str, Any]:
    p = sub.add_parser("duplicates", help="exact copies, near-duplicates and bursts")
    p.add_argument("--json", action="store_true", help='print {"groups": [...]}')
    p.add_argument(
        "--max-distance",
        type=float,
        metavar="D",
        help=f"near-duplicates: cosine distance at most D ({MIN_DISTANCE}–{MAX_DISTANCE}; "
        "default per model, 0.02 for jina-clip-v2)",
    )
    p.add_argument("--kind", choices=KINDS, action="append", help="only these kinds of group")
    p.add_argument(
        "--trash-others",
        action="store_true",
        help="move every photo but the keeper of each group to the system trash (asks first)",
    )
    p.add_argument("--yes", action="store_true", help="do not ask (scripts)")
    with_store(p)
    return {"duplicates": cmd_duplicates}


def cmd_duplicates(args: argparse.Namespace) -> int:
    d = args.max_distance
    if d is not None and not MIN_DISTANCE <= d <= MAX_DISTANCE:
        raise CliError(f"--max-distance must be between {MIN_DISTANCE} and {MAX_DISTANCE}")
    lib = open_library(args)
    try:
        groups = [g for g in lib.duplicates(d) if not args.kind or g.kind in args.kind]
        if args.json:
            print(json.dumps({"groups": [group_json(g) for g in groups]}, ensure_ascii=False))
        else:
            _print(groups)
        if not args.trash_others:
            return EXIT_OK
        others = list(dict.fromkeys(p for g in groups for p in g.others))
        if not others:
            say("Nothing to move to the trash.")
            return EXIT_OK
        say(f"These {len(others)} files would go to the system trash:")
        for p in others:
            say(f"  {p}")
        if not confirm(f"Move these {len(others)} files to the trash?", args.yes):
            say("Nothing was moved.")
            return EXIT_OK
        failed = lib.trash(others)
        for line in failed:
            say(line)
        say(f"Moved {len(others) - len(failed)} files to the trash; run `photoseek index` to "
            "update the library.")  # fmt: skip
        return EXIT_PARTIAL if failed else EXIT_OK
    finally:
        lib.close()


def _print(groups: list[DupGroup]) -> None:
    if not groups:
        say("No duplicates found.")
        return
    titles = {"exact": "Exact copies", "near": "Near-duplicates", "burst": "Burst"}
    for g in groups:
        print(f"{titles[g.kind]} ({len(g.photos)} files):")
        for p in g.photos:
            mark = "keep" if p.path == g.keep else "    "
            score = "     " if p.score is None else f"{p.score:.3f}"
            print(f"  {mark} {score}  {p.path}")
    counts = {k: sum(1 for g in groups if g.kind == k) for k in KINDS}
    say(", ".join(f"{n} {k}" for k, n in counts.items() if n) + " groups")
