"""Writing the files the coach asks for (exports, reports, logs): whole or not at all, with
one clear message for each way it can fail."""

from __future__ import annotations

from pathlib import Path

from coachdesk.errors import CoachDeskError
from coachdesk.security.keyfile import atomic_write_bytes


def write_output(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` atomically; a folder, a missing folder or a refused write
    is said plainly and leaves nothing behind."""
    if out.is_dir():
        raise CoachDeskError("the output path is a folder; give a file name")
    try:
        atomic_write_bytes(out, data)
    except FileNotFoundError:
        raise CoachDeskError("the output folder does not exist") from None
    except PermissionError:
        raise CoachDeskError("cannot write there (permission denied)") from None
