"""Disks that refuse writes, for the local fault tests.

A full disk is a real, small tmpfs mounted over the folder when this process may mount (root
with CAP_SYS_ADMIN, as in the project's containers); elsewhere the test says so and skips, and
the same code paths are covered by simulations in the unit tests (ENOSPC from `os.write`, SQLite
limited with `PRAGMA max_page_count`). A read-only folder is a read-only bind mount as root
(root ignores permission bits) and `chmod` otherwise; an immutable file is `chattr +i` as root
and `chmod 444` otherwise.
"""

from __future__ import annotations

import contextlib
import functools
import os
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _run(*cmd: str) -> bool:
    try:
        return subprocess.run(cmd, capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@functools.cache
def can_mount() -> bool:
    if not ROOT:
        return False
    with tempfile.TemporaryDirectory() as d:
        if not _run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", d):
            return False
        _run("umount", d)
    return True


@contextlib.contextmanager
def small_disk(path: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` (e.g. "160k") mounted on `path` (emptied first: it starts blank)."""
    if not can_mount():
        pytest.skip("needs a tmpfs (root with mount rights); simulated in the unit tests")
    path.mkdir(parents=True, exist_ok=True)
    assert _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(path))
    try:
        yield path
    finally:
        if not _run("umount", str(path)):
            _run("umount", "-l", str(path))


def grow(path: Path, size: str) -> None:
    """Give the tmpfs on `path` more room (the user freed some space)."""
    assert _run("mount", "-o", f"remount,size={size}", str(path))


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """`path` (a folder) refuses every write while inside the block."""
    if ROOT:
        if not can_mount():
            pytest.skip("root ignores permission bits and this process may not mount")
        assert _run("mount", "--bind", str(path), str(path))
        try:
            assert _run("mount", "-o", "remount,bind,ro", str(path))
            yield path
        finally:
            if not _run("umount", str(path)):
                _run("umount", "-l", str(path))
        return
    mode = path.stat().st_mode
    path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield path
    finally:
        path.chmod(mode)


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[Path]:
    """The file cannot be changed (chattr +i as root, read-only permissions otherwise)."""
    if ROOT:
        if not _run("chattr", "+i", str(path)):
            pytest.skip("chattr +i is not supported here")
        try:
            yield path
        finally:
            _run("chattr", "-i", str(path))
        return
    mode = path.stat().st_mode
    path.chmod(stat.S_IRUSR)
    try:
        yield path
    finally:
        path.chmod(mode)
