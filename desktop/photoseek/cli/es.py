"""`photoseek es …`: Elasticsearch-specific commands (the generic ones live in main.py)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any


def add_es_commands(sub: Any) -> None:
    """Add the `es` verb to the `photoseek` parser and register its handler."""
    p = sub.add_parser("es", help="Elasticsearch: check the connection, privileges and endpoints")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="can Photoseek use the configured cluster? (version, sign-in, privileges, index)",
    )
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    check.add_argument(
        "--inference",
        metavar="ENDPOINT",
        help="also check this inference endpoint (default: the configured one when "
        "embedding.provider is elastic)",
    )
    endpoints = actions.add_parser(
        "endpoints", help="the cluster's inference endpoints that embed photos or text"
    )
    endpoints.add_argument("--json", action="store_true", help="print them as JSON")
    from photoseek.cli import main as cli_main

    cli_main.register("es", cmd_es)


def _configured_endpoint(settings: Any) -> str | None:
    """The endpoint the app embeds with, when the cluster is the embedder."""
    embedding = settings.embedding
    return str(embedding.elastic_endpoint) if embedding.provider == "elastic" else None


def cmd_es(args: argparse.Namespace) -> int:
    from photoseek.cli.main import EXIT_OK, EXIT_SERVICE, EXIT_USAGE
    from photoseek.library import Library
    from photoseek.stores import StoreError

    lib = Library(store_kind="elasticsearch")
    try:
        if args.action == "endpoints":
            return _endpoints(lib.settings.elasticsearch, args.json)
        from photoseek.stores.elastic_check import check_connection

        endpoint = args.inference or _configured_endpoint(lib.settings)
        report = check_connection(
            lib.settings.elasticsearch, lib.spec(), inference_endpoint=endpoint
        )
        if report.ok:
            # What the catalog believes the index holds against what it holds; what it lost
            # goes back to pending for the next `photoseek index`.
            try:
                report.lines.append(lib.reconcile().sentence)
            except StoreError as exc:
                report.lines.append(str(exc))
                report.problems.append(str(exc))
                report.ok = False
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
    if report.ok:
        return EXIT_OK
    return EXIT_USAGE if report.misconfigured else EXIT_SERVICE


def _endpoints(es: Any, as_json: bool) -> int:
    from photoseek.cli.main import EXIT_OK, EXIT_SERVICE
    from photoseek.embedding.base import EmbeddingError
    from photoseek.embedding.elastic_inference import list_endpoints

    try:
        found = list_endpoints(es)
    except EmbeddingError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_SERVICE
    if as_json:
        print(json.dumps({"endpoints": [asdict(e) for e in found]}, ensure_ascii=False))
        return EXIT_OK
    if not found:
        print("The cluster offers no dense embedding inference endpoints.")
    for e in found:
        what = "photos and text" if e.supports_images else "text only"
        print(f"{e.inference_id}  {e.model}  dims={e.dims}  {what}")
    return EXIT_OK
