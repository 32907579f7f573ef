"""The rules for library folders, shared by the catalog, the CLI and the folder editors.

A folder is known by its resolved path (symbolic links followed), so `~/Pictures` and a link
to it are one folder. A folder inside a library folder is refused (its photos are already
there); a parent of library folders absorbs them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from photoseek.fspath import display_path


class FolderError(Exception):
    """A folder cannot be added; the message says why."""


def resolve_folder(path: str | os.PathLike[str]) -> str:
    """The folder's canonical path; FolderError when it is missing or not a folder."""
    p = Path(path).expanduser()
    if not p.exists():
        raise FolderError(f"{display_path(p)} does not exist")
    if not p.is_dir():
        raise FolderError(f"{display_path(p)} is not a folder")
    return str(p.resolve())


def is_under(path: str, folder: str) -> bool:
    return path.startswith(folder.rstrip(os.sep) + os.sep)


@dataclass(frozen=True)
class Placement:
    """Where a resolved folder would go among the existing ones."""

    path: str
    duplicate: bool = False  # it is already a library folder
    inside: str | None = None  # the library folder that already holds it
    absorbs: tuple[str, ...] = field(default_factory=tuple)  # library folders inside it

    def refusal(self) -> str | None:
        """The sentence that refuses it, or None when it can be added."""
        if self.inside is not None:
            return (
                f"{display_path(self.path)} is already in the library (inside "
                f"{display_path(self.inside)}): its photos are "
                "searched already"
            )
        return None

    def note(self) -> str | None:
        """What adding it changes beyond itself."""
        if self.absorbs:
            children = ", ".join(display_path(f) for f in self.absorbs)
            return f"{display_path(self.path)} includes {children}, which become part of it"
        return None


def place(resolved: str, existing: Iterable[str]) -> Placement:
    existing = list(existing)
    if resolved in existing:
        return Placement(resolved, duplicate=True)
    for f in existing:
        if is_under(resolved, f):
            return Placement(resolved, inside=f)
    return Placement(resolved, absorbs=tuple(f for f in existing if is_under(f, resolved)))
