"""storage/lock.py: one writer per vault through an OS file lock; readers of a read-only
folder share it; a lock file that cannot be opened says why."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from coachdesk.errors import CoachDeskError, VaultInUse, VaultReadOnly
from coachdesk.storage import lock as lock_module
from coachdesk.storage.lock import LOCK_NAME, VaultLock


def test_a_writer_holds_the_lock_until_it_releases_it(tmp_path):
    first = VaultLock(tmp_path)
    first.acquire()
    assert first.held
    with pytest.raises(VaultInUse):
        VaultLock(tmp_path).acquire()
    first.release()
    assert not first.held
    first.release()  # releasing twice is harmless
    with VaultLock(tmp_path) as again:
        assert again.held
    assert not again.held


def test_the_lock_file_is_created_private_and_empty(tmp_path):
    old = os.umask(0o022)
    try:
        with VaultLock(tmp_path):
            pass
    finally:
        os.umask(old)
    path = tmp_path / LOCK_NAME
    assert path.read_bytes() == b""
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_reader_without_a_lock_file_takes_none(tmp_path):
    reader = VaultLock(tmp_path, read_only=True)
    reader.acquire()  # nothing can create the file, so no writer can be using the folder
    assert not reader.held
    assert not (tmp_path / LOCK_NAME).exists()


@pytest.mark.posix_only(reason="msvcrt has no shared lock, so Windows readers take none")
def test_readers_share_the_lock_and_exclude_a_writer(tmp_path):
    with VaultLock(tmp_path):
        pass  # the file exists from now on
    with VaultLock(tmp_path, read_only=True) as one, VaultLock(tmp_path, read_only=True) as two:
        assert one.held and two.held
        with pytest.raises(VaultInUse):
            VaultLock(tmp_path).acquire()
    with VaultLock(tmp_path), pytest.raises(VaultInUse):
        VaultLock(tmp_path, read_only=True).acquire()


def test_a_folder_that_disappeared_is_said_plainly(tmp_path):
    with pytest.raises(CoachDeskError, match="disappeared"):
        VaultLock(tmp_path / "gone").acquire()


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.EPERM])
def test_a_folder_that_refuses_the_lock_file_is_read_only(tmp_path, monkeypatch, code):
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError(code, os.strerror(code))

    # The kernel's answer in a read-only folder, which root cannot be made to receive.
    monkeypatch.setattr(lock_module.os, "open", refuse)
    with pytest.raises(VaultReadOnly):
        VaultLock(tmp_path).acquire()


def test_any_other_refusal_names_the_error_code(tmp_path, monkeypatch):
    def broken(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(lock_module.os, "open", broken)
    with pytest.raises(CoachDeskError, match=r"lock file \(EIO\)") as caught:
        VaultLock(tmp_path).acquire()
    assert not isinstance(caught.value, VaultReadOnly)
