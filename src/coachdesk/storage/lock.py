"""One process per vault, through an OS file lock on ``vault.lock``.

The operating system releases the lock when the holder dies, so a lock left by a crashed
process is reclaimed simply by taking it again. The file itself holds nothing.

A vault in a read-only folder is opened read-only: its lock file is not created (nothing
can be), and an existing one is only shared, so readers never exclude each other.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from coachdesk.errors import CoachDeskError, VaultInUse, VaultReadOnly

LOCK_NAME = "vault.lock"
# What opening a file for writing says in a folder that cannot be written.
_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)


class VaultLock:
    def __init__(self, folder: Path, *, read_only: bool = False) -> None:
        self.path = folder / LOCK_NAME
        self.read_only = read_only
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            if self.read_only:
                fd = os.open(self.path, os.O_RDONLY)
            else:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except FileNotFoundError:
            if self.read_only:
                return  # nothing can create it, so no writer can be using this folder
            raise CoachDeskError("the vault's folder disappeared") from None
        except OSError as exc:
            if exc.errno in _READ_ONLY_ERRNOS:
                raise VaultReadOnly() from None
            raise CoachDeskError(
                f"cannot open the vault's lock file ({errno.errorcode.get(exc.errno or 0, '?')})"
            ) from None
        try:
            _lock(fd, shared=self.read_only)
        except OSError:
            os.close(fd)
            raise VaultInUse() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd, shared=self.read_only)
            finally:
                os.close(self._fd)
                self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int, *, shared: bool = False) -> None:
        if shared:
            return  # msvcrt has no shared lock; a read-only reader takes none
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int, *, shared: bool = False) -> None:
        if shared:
            return
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int, *, shared: bool = False) -> None:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)

    def _unlock(fd: int, *, shared: bool = False) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
