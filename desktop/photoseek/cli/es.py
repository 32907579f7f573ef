"""`photoseek es …`: Elasticsearch-specific commands (the generic ones live in main.py)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def add_es_commands(sub: Any) -> None:
    """Add the `es` verb to the `photoseek` parser and register its handler."""
    p = sub.add_parser("es", help="Elasticsearch: check the connection and privileges")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="can Photoseek use the configured cluster? (version, sign-in, privileges, index)",
    )
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    from photoseek.cli import main as cli_main

    cli_main.register("es", cmd_es)


def cmd_es(args: argparse.Namespace) -> int:
    from photoseek.cli.main import EXIT_OK, EXIT_SERVICE
    from photoseek.library import Library
    from photoseek.stores.elastic_check import check_connection

    lib = Library(store_kind="elasticsearch")
    try:
        report = check_connection(lib.settings.elasticsearch, lib.spec())
    finally:
        lib.close()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        for line in report.lines:
            print(("X " if line in report.problems else "  ") + line)
        if report.ok:
            print("Photoseek can use this cluster.")
        else:
            print("Photoseek cannot use this cluster yet; see above.", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_SERVICE
