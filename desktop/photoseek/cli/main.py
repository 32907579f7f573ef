"""The `photoseek` command. No arguments opens the desktop app.

Each group of verbs lives in its own module and registers its handlers here; every error
reaches the user as one line, with an exit code: 0 ok, 1 stopped or partial, 2 bad input or
configuration, 3 service or connection error.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from photoseek import __version__
from photoseek.catalog import FolderError
from photoseek.catalog.health import CatalogError, CatalogNewer, explain
from photoseek.cli import duplicates_cmds, library_cmds, query_cmds, settings_cmds, watch_cmds
from photoseek.cli.common import EXIT_OK, EXIT_PARTIAL, EXIT_SERVICE, EXIT_USAGE, CliError
from photoseek.config import AppPaths, SettingsError
from photoseek.config.secrets import SecretStoreError
from photoseek.embedding.base import EmbeddingError, Misconfigured, MissingCredentials
from photoseek.indexing.lock import AlreadyIndexing
from photoseek.logs import setup_logging
from photoseek.redact import redact_text
from photoseek.search import NotConfigured, NothingIndexed, QueryError, SearchError
from photoseek.stores import STORE_KINDS, StoreError, StoreMisconfigured

# Verb modules take these from here or from cli.common.
__all__ = ["EXIT_OK", "EXIT_PARTIAL", "EXIT_SERVICE", "EXIT_USAGE", "CliError", "main", "register"]

Handler = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {}


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

    sub.add_parser("gui", help="open the desktop app")
    COMMANDS.update(library_cmds.add_commands(sub, with_store))
    COMMANDS.update(query_cmds.add_commands(sub, with_store))
    COMMANDS.update(duplicates_cmds.add_commands(sub, with_store))
    COMMANDS.update(settings_cmds.add_commands(sub))
    COMMANDS.update(watch_cmds.add_commands(sub, with_store))
    from photoseek.cli.es import add_es_commands
    from photoseek.cli.model import add_model_commands

    add_es_commands(sub)
    add_model_commands(sub)
    return parser


def register(name: str, fn: Any) -> None:
    """Let command groups in their own modules (e.g. `es`) plug in."""
    COMMANDS[name] = fn


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
        return _fail(exc, exc.code)
    except USAGE as exc:
        return _fail(exc, EXIT_USAGE)
    except AlreadyIndexing as exc:  # stopped before it began: run it again later
        return _fail(exc, EXIT_PARTIAL)
    except (StoreError, EmbeddingError, SearchError, CatalogError) as exc:
        return _fail(exc, EXIT_SERVICE)
    except sqlite3.Error as exc:  # the catalog failed while in use (full disk, damaged file)
        return _fail(explain(exc, AppPaths.default().catalog_file), EXIT_SERVICE)
    except OSError as exc:  # a read-only or full config/data/cache dir
        return _fail(os_error_sentence(exc), EXIT_SERVICE)
    except KeyboardInterrupt:
        print("photoseek: interrupted", file=sys.stderr)
        return 130


# Bad input or configuration (exit 2): fixed by the user, not by waiting.
USAGE: tuple[type[BaseException], ...] = (
    SettingsError,
    FolderError,
    SecretStoreError,
    QueryError,
    NothingIndexed,
    NotConfigured,
    MissingCredentials,
    Misconfigured,
    StoreMisconfigured,
    CatalogNewer,
)


def os_error_sentence(exc: OSError) -> str:
    """`[Errno 28] No space left on device: '/x'` as a sentence that names the file."""
    what = exc.strerror or str(exc)
    if exc.filename:
        name = Path(str(exc.filename))
        if name.name.startswith(".") and name.suffix == ".tmp":  # an atomic write's temp file
            return f"Cannot write in {name.parent}: {what}."
        return f"Cannot write {name}: {what}."
    return f"{what}."


def _fail(exc: BaseException | str, code: int) -> int:
    text = " ".join(redact_text(str(exc)).split())  # one line, never a password
    print(f"photoseek: {text}", file=sys.stderr)
    return code


def display_problem(env: Mapping[str, str] | None = None, platform: str | None = None) -> str:
    """Why no window can open here ("" when it can): on Linux, Qt without a display aborts
    with a misleading text about the "xcb" plugin, so say it first, and how to fix it."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""  # another platform, or a Qt platform chosen on purpose (offscreen, vnc…)
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set): start Photoseek from your desktop session (over SSH: ssh -X), or use the "
        "command line (photoseek --help)."
    )


def _gui(parser: argparse.ArgumentParser) -> int:
    problem = display_problem()
    if problem:
        return _fail(problem, EXIT_USAGE)
    try:
        from photoseek.gui.app import run_app
    except ImportError as exc:
        print(f"photoseek: the desktop app is not available ({exc})", file=sys.stderr)
        parser.print_help()
        return EXIT_USAGE
    return run_app(sys.argv[:1])
