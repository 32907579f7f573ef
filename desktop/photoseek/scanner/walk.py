"""Walk library folders: photos only, hidden and excluded entries skipped, symlink loops safe.

One `os.scandir` pass; a file costs one `stat` when its name says it is a photo and nothing
when its name says it is not (a video, a sidecar). What looks like a photo but cannot be one
— a FIFO or a device with a photo's name, a dangling link, a format no decoder here reads, a
folder that cannot be listed — is collected in `WalkProblems.found` with a reason, so the
library lists it instead of silently ignoring it.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import re
import stat
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from photoseek.catalog import ScanProblem
from photoseek.imaging.formats import NOT_IMAGE_EXTENSIONS, UNSUPPORTED_IMAGE_EXTENSIONS
from photoseek.imaging.source import kind_of
from photoseek.scanner.sniff import sniff


@dataclass(frozen=True)
class FoundFile:
    path: str
    size: int
    mtime_ns: int


@dataclass
class WalkProblems:
    """What a walk could not use. Unreadable directories' known files must not be treated as
    deleted; `found` lists what looks like a photo but is not usable, with the reason."""

    unreadable: list[str] = field(default_factory=list)
    found: list[ScanProblem] = field(default_factory=list)


class Excluder:
    """Hidden entries and the user's globs (matched against the name and the path relative to
    the library folder), compiled once into one regular expression."""

    def __init__(self, globs: Sequence[str], include_hidden: bool, skip_dirs: Sequence[str] = ()):
        self.globs = [g.strip() for g in globs if g.strip()]
        self.include_hidden = include_hidden
        self.skip_dirs = {os.path.normcase(os.path.abspath(d)) for d in skip_dirs}
        # Every glob is tried on the name. Only some can match the relative path where they do
        # not match the name ("raw/*", "x*y"); "@eaDir" or "*.tmp" match a path only where they
        # match its last part, so the path is not even looked at for them.
        self.name_match = _compile(self.globs)
        self.path_match = _compile([g for g in self.globs if not _name_glob(g)])

    def excluded(self, name: str, rel: str) -> bool:
        if not self.include_hidden and name.startswith("."):
            return True
        if self.name_match is not None and self.name_match(os.path.normcase(name)):
            return True
        rel = rel.replace(os.sep, "/")
        return self.path_match is not None and bool(self.path_match(os.path.normcase(rel)))

    def skip_dir(self, path: str) -> bool:
        return os.path.normcase(path) in self.skip_dirs


def _compile(globs: Sequence[str]) -> Callable[[str], object] | None:
    """One matcher for all the globs: exact names by a set, "*.ext" by endswith, the rest by
    one regular expression (a name is tried against each entry of a folder, so it is hot)."""
    literals = {os.path.normcase(g) for g in globs if not any(c in g for c in "*?[")}
    suffixes = tuple(
        os.path.normcase(g[1:])
        for g in globs
        if g.startswith("*") and not any(c in g[1:] for c in "*?[")
    )
    others = [
        g
        for g in globs
        if os.path.normcase(g) not in literals
        and not (g.startswith("*") and not any(c in g[1:] for c in "*?["))
    ]
    pattern = "|".join(f"(?:{fnmatch.translate(os.path.normcase(g))})" for g in others)
    regex = re.compile(pattern).match if pattern else None
    if not (literals or suffixes or regex):
        return None

    def match(name: str) -> bool:
        return (
            name in literals
            or (bool(suffixes) and name.endswith(suffixes))
            or (regex is not None and regex(name) is not None)
        )

    return match


def _name_glob(glob: str) -> bool:
    """True if the glob matches a relative path exactly when it matches its last part."""
    rest = glob[1:] if glob.startswith("*") else glob
    return not any(c in rest for c in "/*?[")


def _link_problem(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop"
    if isinstance(exc, FileNotFoundError):
        return "a symbolic link to something that does not exist"
    if isinstance(exc, PermissionError):
        return "cannot read it: permission denied"
    return f"cannot read it: {exc.strerror or exc}"


def walk(
    root: str,
    extensions: frozenset[str],
    excluder: Excluder,
    follow_symlinks: bool,
    problems: WalkProblems,
    cancelled: Callable[[], bool] = lambda: False,
    known: Container[str] = (),
) -> Iterator[tuple[str, int, int]]:
    """Yield (path, size, mtime_ns) of photo files under `root`, depth first, sorted by name.

    A file whose extension is neither a photo's nor a known non-image's is checked for an image
    signature, unless it is in `known` (the catalog already took it for a photo).
    """
    seen_dirs: set[tuple[int, int]] = set()
    try:
        st = os.stat(root)
        seen_dirs.add((st.st_dev, st.st_ino))
    except OSError:
        problems.unreadable.append(root)
        return
    root = root.rstrip(os.sep) or os.sep
    prefix = len(root) + (0 if root.endswith(os.sep) else 1)
    hidden_ok = excluder.include_hidden
    name_match, path_match = excluder.name_match, excluder.path_match
    posix = os.name == "posix"  # no case folding, "/" separators: skip the conversions
    found = problems.found
    stack = [root]
    while stack:
        if cancelled():
            return
        directory = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.unreadable.append(directory)
            if directory != root:
                reason = "permission denied" if isinstance(exc, PermissionError) else exc.strerror
                found.append(
                    ScanProblem(
                        directory, f"cannot list this folder: {reason} (its photos are kept)"
                    )
                )
            continue
        subdirs: list[str] = []
        for entry in entries:
            name = entry.name
            if name[0] == "." and not hidden_ok:
                continue
            if name_match is not None and name_match(name if posix else os.path.normcase(name)):
                continue
            if path_match is not None:
                rel = entry.path[prefix:]
                if path_match(rel if posix else os.path.normcase(rel).replace(os.sep, "/")):
                    continue
            dot = name.rfind(".")
            ext = name[dot:].lower() if dot > 0 else ""
            try:
                if ext in extensions and entry.is_file(follow_symlinks=False):
                    st = entry.stat(follow_symlinks=False)  # the common case: one stat, no more
                    yield entry.path, st.st_size, st.st_mtime_ns
                    continue
            except OSError:
                continue  # vanished mid-walk
            found_file = _other_entry(
                entry, ext, extensions, follow_symlinks, excluder, seen_dirs, subdirs, found, known
            )
            if found_file is not None:
                yield found_file
        stack.extend(reversed(subdirs))


def _other_entry(
    entry: os.DirEntry[str],
    ext: str,
    extensions: frozenset[str],
    follow_symlinks: bool,
    excluder: Excluder,
    seen_dirs: set[tuple[int, int]],
    subdirs: list[str],
    found: list[ScanProblem],
    known: Container[str],
    unsupported: Mapping[str, str] = UNSUPPORTED_IMAGE_EXTENSIONS,
) -> tuple[str, int, int] | None:
    """Everything but a plain photo file: folders, links, special files, other names."""
    photo_like = ext in extensions or ext in unsupported
    try:
        if entry.is_symlink():
            if not follow_symlinks:
                return None
            try:
                st = entry.stat()
            except OSError as exc:
                if photo_like:
                    found.append(ScanProblem(entry.path, _link_problem(exc)))
                return None
        else:
            st = entry.stat(follow_symlinks=False)
        mode = st.st_mode
        if stat.S_ISDIR(mode):
            key = (st.st_dev, st.st_ino)
            if key not in seen_dirs and not excluder.skip_dir(entry.path):
                seen_dirs.add(key)  # else: a symlink loop, or a folder seen through a link
                subdirs.append(entry.path)
            return None
        if not stat.S_ISREG(mode):
            if photo_like:
                found.append(ScanProblem(entry.path, f"not a photo file: it is {kind_of(mode)}"))
            return None
        if ext not in extensions:
            if ext in unsupported:
                found.append(ScanProblem(entry.path, unsupported[ext]))
                return None
            if ext in NOT_IMAGE_EXTENSIONS:
                return None
            if entry.path not in known and sniff(entry.path) is None:
                return None  # not an image (the catalog already knows the ones that are)
    except OSError:
        return None  # vanished mid-walk
    return entry.path, st.st_size, st.st_mtime_ns


def walk_photos(
    root: str,
    extensions: frozenset[str],
    excluder: Excluder,
    follow_symlinks: bool,
    problems: WalkProblems,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[FoundFile]:
    """Yield photo files under `root` (depth first, sorted for stable order)."""
    for path, size, mtime_ns in walk(
        root, extensions, excluder, follow_symlinks, problems, cancelled
    ):
        yield FoundFile(path, size, mtime_ns)
