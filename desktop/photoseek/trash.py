"""The one place Photoseek ever removes a photo: the system trash, for a list the user confirmed.

Nothing else in the app writes to, moves or deletes anything in the photo folders.
"""

from __future__ import annotations

from collections.abc import Sequence


def move_to_trash(paths: Sequence[str]) -> list[str]:
    """Send each file to the system trash (recoverable); a sentence for each that failed."""
    from send2trash import send2trash

    failed = []
    for path in paths:
        try:
            send2trash(path)
        except OSError as exc:  # send2trash's TrashPermissionError is an OSError too
            failed.append(f"{path} could not be moved to the trash: {exc.strerror or exc}")
    return failed
