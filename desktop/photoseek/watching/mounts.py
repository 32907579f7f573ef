"""Is a folder on a network share? Change notifications there only report this computer's own
changes (inotify on NFS/SMB, a Windows network drive, a VM's shared folder), so such folders
are rescanned now and then instead of watched."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Linux filesystem types whose files other machines change without telling the kernel here.
NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "9p",  # WSL's Windows drives, QEMU shares
        "drvfs",
        "virtiofs",
        "vboxsf",
        "vmhgfs",
        "davfs",
    }
)
NETWORK_FUSE = ("sshfs", "davfs2", "rclone", "s3fs", "gcsfuse", "glusterfs", "cifs", "smbnetfs")
MOUNTINFO = Path("/proc/self/mountinfo")


def is_network_fs(fstype: str) -> bool:
    fstype = fstype.lower()
    if fstype in NETWORK_FS:
        return True
    return fstype.startswith("fuse.") and fstype[5:] in NETWORK_FUSE


def _unescape(field: str) -> str:
    # mountinfo escapes space, tab, newline and backslash as octal (\040 …).
    out, i = [], 0
    while i < len(field):
        code = field[i + 1 : i + 4]
        if field[i] == "\\" and len(code) == 3 and code.isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[tuple[str, str]]:
    """(mount point, filesystem type) for each line of /proc/self/mountinfo."""
    mounts = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        parts, rest = left.split(), right.split()
        if sep and len(parts) >= 5 and rest:
            mounts.append((_unescape(parts[4]), rest[0]))
    return mounts


def fs_type(path: str, mountinfo: str | None = None) -> str | None:
    """The filesystem type of the mount holding `path` (Linux), or None when unknown."""
    if mountinfo is None:
        try:
            mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    real = os.path.realpath(path)
    best, kind = "", None
    for point, fstype in parse_mountinfo(mountinfo):
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fstype
    return kind


def on_network_share(path: str) -> bool:
    """True where change notifications cannot be trusted for `path`."""
    if sys.platform == "win32":
        return _windows_remote(path)
    kind = fs_type(path)
    return kind is not None and is_network_fs(kind)


def _windows_remote(path: str) -> bool:  # pragma: no cover - Windows only
    if path.startswith(("\\\\", "//")):
        return True
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(path))[0] + "\\"
    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(drive) == drive_remote)
