"""Creating, opening and re-keying a vault (spec §7), shared by the CLI and the GUI."""

from __future__ import annotations

import errno
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import platformdirs

from coachdesk.errors import (
    CoachDeskError,
    InvalidInput,
    VaultDamaged,
    VaultInUse,
    VaultMissing,
    VaultReadOnly,
)
from coachdesk.security import keyfile, recovery
from coachdesk.storage import connection, erasure_repo
from coachdesk.storage.connection import Database as Database  # re-exported for gui.tasks
from coachdesk.storage.lock import VaultLock

VAULT_DB = "vault.db"
VAULT_KEYS = "vault.keys"
MIN_PASSPHRASE_LENGTH = 8


def default_vault_dir() -> Path:
    """The default vault folder in the platform's per-user data location."""
    return platformdirs.user_data_path("CoachDesk", appauthor=False) / "vault"


def vault_exists(folder: Path) -> bool:
    return (folder / VAULT_DB).exists() or (folder / VAULT_KEYS).exists()


def vault_in_use(folder: Path) -> bool:
    """True when another process holds the vault in ``folder`` open right now.

    Takes the lock for a moment and lets it go, so the window can say so before it asks for
    a passphrase; opening takes the lock again (and says the same if it lost a race).
    """
    probe = VaultLock(folder, read_only=folder_is_read_only(folder))
    try:
        probe.acquire()
    except VaultInUse:
        return True
    except CoachDeskError:
        return False  # anything else is for the opening itself to report
    probe.release()
    return False


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase shorter than ``MIN_PASSPHRASE_LENGTH`` characters (counted as
    the KDF sees them: NFC, so an accent typed as two code points counts once)."""
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(f"a passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters")


def folder_is_read_only(folder: Path) -> bool:
    """True when the vault in ``folder`` cannot be written where it is.

    ``os.access`` sees a read-only disk or mount (``EROFS``, even for root) and, for
    anyone but root, a folder or ``vault.db`` without write permission; ``statvfs`` sees
    a read-only mount where ``access`` is not told.
    """
    for path in (folder, folder / VAULT_DB):
        if path.exists() and not os.access(path, os.W_OK):
            return True
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


@dataclass
class Vault:
    """An unlocked vault: its lock, key file and open database, owned by one thread."""

    folder: Path
    db: Database
    keys: keyfile.KeyFile
    _vault_key: bytes = field(repr=False)
    _lock: VaultLock = field(repr=False)

    @property
    def read_only(self) -> bool:
        """Opened from a read-only folder: it can be read, and every change is refused."""
        return self.db.read_only

    @property
    def db_path(self) -> Path:
        return self.folder / VAULT_DB

    @property
    def keys_path(self) -> Path:
        return self.folder / VAULT_KEYS

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def page_check(self) -> Callable[[], bool]:
        """The authentication of every page, to run on another thread while the coach reads
        (at 1 000 000 items it takes seconds); hand its answer to
        :meth:`accept_page_check` on this vault's thread. A read-only vault is never
        written, so it needs none."""
        path, key = self.db_path, self._vault_key
        return lambda: connection.authenticate_pages(path, key)

    def accept_page_check(self, authenticated: bool) -> None:
        if authenticated:
            self.db.pages_verified_apart()

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the vault key under a new passphrase; only ``vault.keys`` changes."""
        if self.read_only:
            raise VaultReadOnly()
        check_new_passphrase(new_passphrase)
        updated = keyfile.with_new_slot(
            self.keys, self._vault_key, keyfile.PASSPHRASE, new_passphrase
        )
        keyfile.write_atomic(self.keys_path, updated)
        self.keys = updated


def create_vault(folder: Path, passphrase: str) -> tuple[Vault, str]:
    """Create a vault in ``folder``; returns it, unlocked, and the recovery code to show once."""
    check_new_passphrase(passphrase)
    if vault_exists(folder):
        raise InvalidInput(f"a vault already exists in {folder}")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except PermissionError:
        raise VaultReadOnly("a vault cannot be created there: the folder is read-only") from None
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise VaultReadOnly(
                "a vault cannot be created there: the folder is read-only"
            ) from None
        raise
    if folder_is_read_only(folder):
        raise VaultReadOnly("a vault cannot be created there: the folder is read-only")
    lock = VaultLock(folder)
    lock.acquire()
    try:
        code = recovery.generate()
        keys, vault_key = keyfile.new_keyfile(passphrase, code)
        db = connection.create_database(folder / VAULT_DB, vault_key)
        try:
            keyfile.write_atomic(folder / VAULT_KEYS, keys)
            if os.name == "posix":
                (folder / VAULT_DB).chmod(0o600)
        except BaseException:
            db.close()
            for suffix in ("", "-wal", "-shm"):
                (folder / (VAULT_DB + suffix)).unlink(missing_ok=True)
            raise
    except BaseException:
        lock.release()
        raise
    return Vault(folder, db, keys, vault_key, lock), code


def check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise VaultMissing(f"no vault folder at {folder}")
    if not (folder / VAULT_DB).exists() and not (folder / VAULT_KEYS).exists():
        raise VaultMissing(f"no vault in {folder}")
    if not (folder / VAULT_KEYS).exists():
        raise VaultDamaged("the key file vault.keys is missing")
    if not (folder / VAULT_DB).exists():
        raise VaultDamaged("the database vault.db is missing")


def _unlocked(
    folder: Path,
    unwrap: Callable[[keyfile.KeyFile], bytes],
    *,
    open_db: bool = True,
    migrate: bool = True,
    read_only: bool = False,
) -> tuple[VaultLock, keyfile.KeyFile, bytes, Database | None]:
    check_folder(folder)
    lock = VaultLock(folder, read_only=read_only)
    lock.acquire()
    try:
        keys = keyfile.read(folder / VAULT_KEYS)
        vault_key = unwrap(keys)
        db = (
            connection.open_database(
                folder / VAULT_DB, vault_key, migrate=migrate, read_only=read_only
            )
            if open_db
            else None
        )
    except BaseException:
        lock.release()
        raise
    return lock, keys, vault_key, db


def open_vault(
    folder: Path, passphrase: str, *, migrate: bool = True, read_only: bool | None = None
) -> Vault:
    """Unlock a vault with its passphrase.

    A vault whose folder cannot be written (a backup disk, a mounted image) is opened
    read-only unless ``read_only`` says otherwise: it can be read, and every change raises
    ``VaultReadOnly``. Raises ``VaultMissing``, ``VaultInUse``, ``VaultDamaged``,
    ``VaultReadOnly`` or ``WrongPassphrase``; none of them leaves a change on disk.
    """
    if read_only is None:
        read_only = folder.is_dir() and folder_is_read_only(folder)
    lock, keys, vault_key, db = _unlocked(
        folder,
        lambda k: keyfile.unwrap(k, keyfile.PASSPHRASE, passphrase),
        migrate=migrate,
        read_only=read_only,
    )
    assert db is not None
    if not read_only:
        # An erasure whose compaction a full disk cut short is finished now (never raises).
        erasure_repo.finish_pending(folder, db)
    return Vault(folder, db, keys, vault_key, lock)


def recover(folder: Path, recovery_code: str, new_passphrase: str) -> None:
    """Set a new passphrase with the recovery code; only ``vault.keys`` is rewritten."""
    _rewrap_passphrase(folder, keyfile.RECOVERY, recovery_code, new_passphrase)


def change_passphrase(folder: Path, old_passphrase: str, new_passphrase: str) -> None:
    """Change the passphrase without opening the database: ``vault.db`` is not touched."""
    _rewrap_passphrase(folder, keyfile.PASSPHRASE, old_passphrase, new_passphrase)


def _rewrap_passphrase(folder: Path, slot_id: str, secret: str, new_passphrase: str) -> None:
    check_new_passphrase(new_passphrase)
    check_folder(folder)
    if folder_is_read_only(folder):
        raise VaultReadOnly()
    lock, keys, vault_key, _ = _unlocked(
        folder, lambda k: keyfile.unwrap(k, slot_id, secret), open_db=False
    )
    try:
        connection.check_key(folder / VAULT_DB, vault_key)
        updated = keyfile.with_new_slot(keys, vault_key, keyfile.PASSPHRASE, new_passphrase)
        keyfile.write_atomic(folder / VAULT_KEYS, updated)
    finally:
        lock.release()


def recovery_code_is_well_formed(code: str) -> bool:
    """Whether ``code`` has the shape of a recovery code (a typo check before the slow unlock)."""
    return recovery.is_well_formed(code)


def save_recovery_code(path: Path, text: str) -> None:
    """Write the recovery code's text to a file the coach chose, whole or not at all.

    Raises ``OSError`` when the file cannot be written there."""
    keyfile.atomic_write_bytes(path, text.encode("utf-8"))
