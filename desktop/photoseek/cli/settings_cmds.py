"""`photoseek config …` and `photoseek secret …`: the same rules and follow-ups as the window."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from photoseek.cli.common import (
    EXIT_OK,
    CliError,
    confirm,
    open_library,
    report_run,
    run_with_progress,
    say,
)
from photoseek.config.secrets import Secret
from photoseek.config.settings import keys as setting_keys
from photoseek.followups import Followups
from photoseek.library import Library

SECRET_NAMES = {
    "jina": Secret.JINA_API_KEY,
    "es-api-key": Secret.ES_API_KEY,
    "es-password": Secret.ES_PASSWORD,
    "es-bearer": Secret.ES_BEARER,
}

CONFIG_HELP = """actions:
  list               every setting and its value
  get KEY            one value (JSON)
  set KEY VALUE      change it; what the change needs happens at once, as in the window:
                     a new size or store rebuilds the index from the vectors kept on this
                     computer (no model calls); new folders or exclusions rescan; a change
                     that costs model calls asks first (--yes for scripts)
short keys: dims, store, model, provider, concurrency, batch_size, es_urls, exclude"""


def add_commands(sub: Any) -> dict[str, Any]:
    p = sub.add_parser(
        "config",
        help="read or change settings",
        epilog=CONFIG_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cs = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    cs.add_parser("list", help="every setting and its value")
    cs.add_parser("get", help="one value").add_argument("key")
    s = cs.add_parser("set", help="change a setting and do what the change needs")
    s.add_argument("key")
    s.add_argument("value")
    s.add_argument("--yes", action="store_true", help="do not ask before costly follow-ups")
    s.add_argument(
        "--later", action="store_true", help="only save; the next `photoseek index` applies it"
    )

    p = sub.add_parser("secret", help="keep an API key or password in the system keyring")
    ss = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name in ("set", "delete", "status"):
        sp = ss.add_parser(name)
        sp.add_argument("name", choices=sorted(SECRET_NAMES))
    return {"config": cmd_config, "secret": cmd_secret}


def cmd_config(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        if args.action == "list":
            for key in setting_keys():
                print(f"{key} = {json.dumps(_plain(lib.settings.get(key)), ensure_ascii=False)}")
            return EXIT_OK
        if args.action == "get":
            print(json.dumps(_plain(lib.settings.get(args.key)), ensure_ascii=False))
            return EXIT_OK
        if "key" in args.key.lower() and "api" in args.key.lower():
            raise CliError("API keys are kept in the keyring: use `photoseek secret set jina`")
        return _set(lib, args)
    finally:
        lib.close()


def _set(lib: Library, args: argparse.Namespace) -> int:
    plan = lib.plan({args.key: args.value})
    f = plan.followups
    if f.costs_model_calls and not args.later and plan.photos_to_embed:
        cost = plan.cost.sentence() if plan.cost else f"{plan.photos_to_embed} photos to embed."
        question = (
            f"This change switches the vectors from {plan.model_before or 'the current model'} "
            f"to {plan.model_after}. {cost} Searches keep using the current index until the "
            "new one is complete. Go ahead?"
        )
        if not confirm(question, args.yes):
            raise CliError("not changed", 1)
    followups = lib.apply({args.key: args.value})
    print(json.dumps(_plain(lib.settings.get(args.key)), ensure_ascii=False))
    _say_what_the_provider_needs(lib)
    if args.later or not followups.needs_run:
        return EXIT_OK
    if not lib.folders():
        say("Saved; add a folder with `photoseek index FOLDER` to build the index.")
        return EXIT_OK
    say(describe(lib, followups))
    report = run_with_progress(lambda bar, stop: lib.index(
        bar, stop, scan=followups.scan, embed=followups.embed))  # fmt: skip
    return report_run(lib, report)


def _say_what_the_provider_needs(lib: Library) -> None:
    """After a provider change: what is missing before it can embed (never an error here)."""
    e = lib.settings.embedding
    if e.provider == "local":
        st = lib.local_model_status()
        if not st.installed:
            say(f"{st.problem} (`photoseek model download`, or `photoseek model import DIR`)")
    elif e.provider == "jina" and not lib.secret_source(Secret.JINA_API_KEY):
        say("The Jina API needs a key: `photoseek secret set jina` (or set JINA_API_KEY).")


def describe(lib: Library, f: Followups) -> str:
    """What is about to happen after a change, in one line."""
    name = lib.spec().name
    if f.rescan:
        return "Looking for photos with the new library settings…"
    if f.reembed:
        return (
            f"Embedding the photos with {lib.effective_model()} for {name} (photos whose vectors "
            "are kept on this computer cost nothing)…"
        )
    return f"Building {name} from the vectors kept on this computer (no model calls)…"


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def cmd_secret(args: argparse.Namespace) -> int:
    secret = SECRET_NAMES[args.name]
    lib = open_library(args)
    try:
        if args.action == "set":
            value = (
                getpass.getpass(f"{args.name}: ") if sys.stdin.isatty() else sys.stdin.readline()
            ).strip()
            if not value:
                raise CliError("nothing entered; the secret is unchanged")
            lib.set_secret(secret, value)
            say("Saved in the system keyring.")
        elif args.action == "delete":
            lib.set_secret(secret, "")
        else:
            print(lib.secret_source(secret) or "not set")
        return EXIT_OK
    finally:
        lib.close()
