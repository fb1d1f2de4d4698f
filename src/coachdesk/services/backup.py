"""Backups and restore (spec §8).

A backup is one zip file (format ``coachdesk-backup/1``) holding

- ``vault.db``: a consistent, still encrypted snapshot taken with ``VACUUM INTO`` (committed
  data still in the WAL is included; ``user_version`` and ``application_id`` are kept),
- ``vault.keys``: the key file as it was, and
- ``manifest.json``: the format, the vault id, the schema version, when it was taken, and the
  SHA-256 of both files.

Every backup is verified after writing (hashes, key file, the snapshot opened with the
vault key and integrity-checked). Restore verifies first, with the backup's own passphrase,
and only then replaces the vault, moving the replaced files aside, never deleting them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from coachdesk import __version__
from coachdesk.errors import CoachDeskError, DiskFull, VaultDamaged
from coachdesk.security import keyfile
from coachdesk.services.vault import VAULT_DB, VAULT_KEYS, Vault
from coachdesk.storage import backup_repo, connection, erasure_repo, integrity
from coachdesk.storage.lock import VaultLock

FORMAT = "coachdesk-backup/1"
MANIFEST = "manifest.json"
SUFFIX = ".zip"
PREFIX = "coachdesk-backup-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
DAMAGED = "the backup is damaged or is not a CoachDesk backup"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    vault_id: str
    schema_version: int


def default_backup_dir(vault_folder: Path) -> Path:
    """Automatic backups go here unless the coach chose another folder."""
    return vault_folder / "backups"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


CHUNK = 1 << 20


def _sha256_stream(stream: IO[bytes]) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def _sha256_file(path: Path) -> str:
    with path.open("rb") as fh:
        return _sha256_stream(fh)


SCRATCH_PREFIX = ".coachdesk-"


# Scratch folders this process is still using (a backup finishing on its own thread):
# :func:`clean_scratch` leaves them alone.
_ACTIVE_SCRATCH: set[Path] = set()
_ACTIVE_LOCK = threading.Lock()


def _new_scratch(near: Path) -> Path:
    near.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=near))
    with _ACTIVE_LOCK:
        _ACTIVE_SCRATCH.add(path.resolve())
    return path


def _drop_scratch(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    with _ACTIVE_LOCK:
        _ACTIVE_SCRATCH.discard(path.resolve())


@contextlib.contextmanager
def _scratch_dir(near: Path) -> Iterator[Path]:
    """A private scratch folder next to ``near`` (same file system, so renames are atomic).

    It only ever holds encrypted files; it is removed on the way out, and by
    :func:`clean_scratch` on the next unlock when a killed process could not.
    """
    path = _new_scratch(near)
    try:
        yield path
    finally:
        _drop_scratch(path)


def _os_error(exc: OSError) -> CoachDeskError:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    return CoachDeskError(f"could not write the backup ({exc.strerror or 'I/O error'})")


@dataclass(frozen=True)
class Snapshot:
    """The first half of a backup, taken on the database's thread: a consistent copy of the
    vault in a scratch folder beside the destination, and what the second half needs. The
    second half (:func:`finish_backup`: hashing, the zip, the check, the rename) reads no
    vault connection, so it may run on any thread while the coach goes on working."""

    out: Path
    created: dt.datetime
    scratch: Path
    keys_bytes: bytes = field(repr=False)
    vault_id: str
    schema_version: int
    vault_key: bytes = field(repr=False)

    @property
    def db_file(self) -> Path:
        return self.scratch / VAULT_DB


def take_snapshot(vault: Vault, out: Path, *, now: dt.datetime | None = None) -> Snapshot:
    """The first half of :func:`create_backup`: the snapshot (``VACUUM INTO``), on the
    thread that owns ``vault``. Hand it to :func:`finish_backup`, which removes its scratch
    folder whatever happens."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    out = out.resolve()
    # An erasure whose compaction a full disk cut short is finished first, so no backup
    # carries the erased words (when it fails again, so does the backup, for lack of space).
    erasure_repo.finish_pending(vault.folder, vault.db)
    try:
        scratch = _new_scratch(out.parent)
    except OSError as exc:
        raise _os_error(exc) from exc
    try:
        backup_repo.snapshot_into(vault.db, scratch / VAULT_DB)
        return Snapshot(
            out,
            now,
            scratch,
            vault.keys_path.read_bytes(),
            vault.keys.vault_id,
            integrity.schema_version(vault.db),
            _vault_key(vault),
        )
    except OSError as exc:
        _drop_scratch(scratch)
        raise _os_error(exc) from exc
    except BaseException:
        _drop_scratch(scratch)
        raise


def finish_backup(snapshot: Snapshot) -> BackupInfo:
    """The second half of :func:`create_backup`: write the zip beside the destination,
    verify it, and move it into place (all of it or nothing). Any thread."""
    try:
        return _write_zip(snapshot)
    except OSError as exc:
        raise _os_error(exc) from exc
    finally:
        _drop_scratch(snapshot.scratch)


def _write_zip(snapshot: Snapshot) -> BackupInfo:
    out, scratch = snapshot.out, snapshot.scratch
    manifest = {
        "format": FORMAT,
        "created": snapshot.created.isoformat(),
        "vault_id": snapshot.vault_id,
        "schema_version": snapshot.schema_version,
        "app_version": __version__,
        "files": {
            VAULT_DB: _sha256_file(snapshot.db_file),
            VAULT_KEYS: _sha256(snapshot.keys_bytes),
        },
    }
    partial = scratch / "backup.zip"
    # Private to the user (0600) from its creation, like the vault's own files.
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with (
        os.fdopen(fd, "wb") as raw,
        zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as zf,
    ):
        # Fixed timestamps inside the zip: nothing about the machine's clock leaks beyond
        # the manifest's creation time. The database is copied in chunks: a large vault
        # never sits in memory whole.
        for name, data in (
            (MANIFEST, json.dumps(manifest, indent=2).encode("utf-8")),
            (VAULT_KEYS, snapshot.keys_bytes),
            (VAULT_DB, None),
        ):
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            entry.external_attr = 0o600 << 16
            if data is not None:
                zf.writestr(entry, data)
                continue
            entry.file_size = snapshot.db_file.stat().st_size
            with snapshot.db_file.open("rb") as src, zf.open(entry, "w", force_zip64=True) as dst:
                shutil.copyfileobj(src, dst, CHUNK)
    _fsync(partial)
    info = verify_backup(partial, vault_key=snapshot.vault_key)
    os.replace(partial, out)
    _fsync_dir(out.parent)
    return BackupInfo(out, info.created, info.vault_id, info.schema_version)


def create_backup(vault: Vault, out: Path, *, now: dt.datetime | None = None) -> BackupInfo:
    """Write a verified backup of ``vault`` to ``out`` (atomically: all of it or nothing)."""
    return finish_backup(take_snapshot(vault, out, now=now))


def _vault_key(vault: Vault) -> bytes:
    return vault._vault_key


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        _fsync(folder)


def _check_backup(path: Path) -> tuple[dict[str, object], bytes]:
    """The manifest and key file of a backup whose contents match the manifest's hashes
    (the database is hashed in chunks, never read whole)."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if names != {MANIFEST, VAULT_DB, VAULT_KEYS}:
                raise VaultDamaged(DAMAGED)
            manifest = json.loads(zf.read(MANIFEST))
            keys_bytes = zf.read(VAULT_KEYS)
            with zf.open(VAULT_DB) as member:
                db_hash = _sha256_stream(member)
    except FileNotFoundError:
        raise CoachDeskError("no backup file at that path") from None
    except (zipfile.BadZipFile, ValueError, KeyError, OSError, EOFError) as exc:
        raise VaultDamaged(DAMAGED) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise VaultDamaged(DAMAGED)
    files = manifest.get("files")
    if (
        not isinstance(files, dict)
        or files.get(VAULT_DB) != db_hash
        or files.get(VAULT_KEYS) != _sha256(keys_bytes)
    ):
        raise VaultDamaged("the backup's contents do not match its manifest (damaged or altered)")
    return manifest, keys_bytes


def _extract_db(path: Path, dest: Path) -> None:
    """Copy the backup's database to ``dest`` (a new file, private to the user)."""
    try:
        with zipfile.ZipFile(path) as zf, zf.open(VAULT_DB) as member:
            fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(member, out, CHUNK)
                out.flush()
                os.fsync(out.fileno())
    except (zipfile.BadZipFile, KeyError, EOFError) as exc:
        raise VaultDamaged(DAMAGED) from exc


def verify_backup(
    path: Path, *, vault_key: bytes | None = None, passphrase: str | None = None
) -> BackupInfo:
    """Check a backup: manifest and hashes, key file, and (given the vault key or the
    backup's passphrase) that the snapshot opens and passes both integrity checks."""
    manifest, keys_bytes = _check_backup(path)
    keys = keyfile.KeyFile.from_json(keys_bytes)
    if manifest.get("vault_id") != keys.vault_id:
        raise VaultDamaged("the backup's manifest and key file disagree")
    if passphrase is not None:
        vault_key = keyfile.unwrap(keys, keyfile.PASSPHRASE, passphrase)
    if vault_key is not None:
        try:
            with _scratch_dir(path.parent) as scratch:
                _extract_db(path, scratch / VAULT_DB)
                db = connection.open_database(scratch / VAULT_DB, vault_key, migrate=False)
                try:
                    if connection.integrity_problems(db):
                        raise VaultDamaged("the backup's database fails its integrity check")
                finally:
                    db.close()
        except OSError as exc:
            raise _os_error(exc) from exc
    try:
        created = dt.datetime.fromisoformat(str(manifest["created"]))
        version = int(str(manifest["schema_version"]))
    except (KeyError, ValueError) as exc:
        raise VaultDamaged(DAMAGED) from exc
    return BackupInfo(path, created, keys.vault_id, version)


def restore_backup(folder: Path, backup: Path, passphrase: str) -> Path | None:
    """Replace the vault in ``folder`` with ``backup``, after verifying it with the
    backup's passphrase. Returns where the replaced vault was moved (``None`` if the folder
    held no vault). The vault must not be open anywhere."""
    verify_backup(backup, passphrase=passphrase)
    _, keys_bytes = _check_backup(backup)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = VaultLock(folder)
    lock.acquire()
    try:
        aside: Path | None = None
        try:
            with _scratch_dir(folder) as scratch:
                _extract_db(backup, scratch / VAULT_DB)
                fd = os.open(scratch / VAULT_KEYS, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                try:
                    os.write(fd, keys_bytes)
                    os.fsync(fd)
                finally:
                    os.close(fd)
                # An owed compaction belongs to the replaced vault: it goes aside with it.
                current = [
                    folder / n
                    for n in (
                        VAULT_DB,
                        VAULT_KEYS,
                        VAULT_DB + "-wal",
                        VAULT_DB + "-shm",
                        erasure_repo.PENDING_MARKER,
                    )
                    if (folder / n).exists()
                ]
                if current:
                    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                    aside = folder / f"replaced-{stamp}"
                    n = 1
                    while aside.exists():
                        n += 1
                        aside = folder / f"replaced-{stamp}-{n}"
                    aside.mkdir(mode=0o700)
                    for path in current:
                        os.replace(path, aside / path.name)
                for name in (VAULT_KEYS, VAULT_DB):
                    os.replace(scratch / name, folder / name)
                _fsync_dir(folder)
        except OSError as exc:
            raise _os_error(exc) from exc
    finally:
        lock.release()
    return aside


# -- automatic backups and rotation ------------------------------------------------------


def read_manifest(path: Path) -> BackupInfo:
    """What a backup's manifest says, without checking its contents (cheap)."""
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read(MANIFEST))
        if manifest.get("format") != FORMAT:
            raise ValueError("format")
        return BackupInfo(
            path,
            dt.datetime.fromisoformat(str(manifest["created"])),
            str(manifest["vault_id"]),
            int(str(manifest["schema_version"])),
        )
    except (zipfile.BadZipFile, ValueError, KeyError, OSError, EOFError, AttributeError) as exc:
        raise VaultDamaged(DAMAGED) from exc


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder`` whose manifest reads, newest first (unreadable ones skipped)."""
    found = []
    if folder.is_dir():
        for path in folder.glob(PREFIX + "*" + SUFFIX):
            with contextlib.suppress(CoachDeskError):
                found.append(read_manifest(path))
    return sorted(found, key=lambda b: b.created, reverse=True)


def backup_due(backups: list[BackupInfo], now: dt.datetime) -> bool:
    """True when there is no backup younger than a day."""
    return not backups or now - backups[0].created >= dt.timedelta(days=1)


def to_keep(created: Iterable[dt.datetime]) -> set[dt.datetime]:
    """Rotation: the newest backup of each of the 7 most recent days that have one, and of
    each of the 4 most recent ISO weeks that have one."""
    newest_first = sorted(set(created), reverse=True)
    keep: set[dt.datetime] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for moment in newest_first:
        day = moment.date()
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(moment)
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add((week[0], week[1]))
            keep.add(moment)
    return keep


def auto_backup(
    vault: Vault, folder: Path | None = None, *, now: dt.datetime | None = None
) -> BackupInfo | None:
    """The backup made on unlock: only when the newest is older than a day; then rotate.

    Returns the new backup, or ``None`` when none was due.
    """
    folder = folder or default_backup_dir(vault.folder)
    snapshot = _auto_snapshot(vault, folder, now)
    return None if snapshot is None else _finish_auto(snapshot, folder)


def _auto_snapshot(vault: Vault, folder: Path, now: dt.datetime | None) -> Snapshot | None:
    now = (now or dt.datetime.now()).replace(microsecond=0)
    if not backup_due(list_backups(folder), now):
        return None
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    out = folder / f"{PREFIX}{now.strftime('%Y-%m-%dT%H%M%S')}{SUFFIX}"
    return take_snapshot(vault, out, now=now)


def _finish_auto(snapshot: Snapshot, folder: Path) -> BackupInfo:
    made = finish_backup(snapshot)
    existing = [b for b in list_backups(folder) if b.path != made.path]
    keep = to_keep([b.created for b in existing] + [made.created])
    for b in existing:
        if b.created not in keep:
            b.path.unlink(missing_ok=True)
    return made


@dataclass(frozen=True)
class BackupState:
    """What the app shows after unlocking: the newest backup, and whether it was made now."""

    newest: BackupInfo | None
    made_now: bool
    read_only: bool = False  # a read-only vault is neither backed up nor tidied

    def stale(self, now: dt.datetime) -> bool:
        """No backup, or none in the last week: the app warns."""
        return self.newest is None or now - self.newest.created > dt.timedelta(days=7)


def clean_scratch(*folders: Path) -> int:
    """Remove the scratch folders (``.coachdesk-*``) a killed backup, restore or backup
    check left in ``folders``; how many went. Run on unlock, while the vault's lock is held,
    on the vault folder and its backup folder, where no other process makes them."""
    removed = 0
    for folder in folders:
        with contextlib.suppress(OSError):
            for path in folder.iterdir():
                with _ACTIVE_LOCK:
                    in_use = path.resolve() in _ACTIVE_SCRATCH
                if (
                    path.name.startswith(SCRATCH_PREFIX)
                    and not in_use
                    and not path.is_symlink()
                    and path.is_dir()
                ):
                    shutil.rmtree(path, ignore_errors=True)
                    removed += not path.exists()
    return removed


def backup_on_unlock(
    vault: Vault, folder: Path | None = None, *, now: dt.datetime | None = None
) -> BackupState:
    """The automatic backup when one is due (:func:`auto_backup`), and the newest there is.

    First the leftovers of a killed backup or restore go (:func:`clean_scratch`). A vault
    opened read-only (a backup disk, a mounted image) is left exactly as it is."""
    started = start_backup_on_unlock(vault, folder, now=now)
    return started.state if started.pending is None else started.finish()


@dataclass(frozen=True)
class UnlockBackup:
    """:func:`backup_on_unlock` in two halves: ``state`` when nothing is left to do, else
    ``pending``, whose :meth:`finish` (any thread) writes the backup and gives the state."""

    folder: Path
    state: BackupState
    pending: Snapshot | None = None

    def finish(self) -> BackupState:
        assert self.pending is not None
        made = _finish_auto(self.pending, self.folder)
        return BackupState(made, True)


def start_backup_on_unlock(
    vault: Vault, folder: Path | None = None, *, now: dt.datetime | None = None
) -> UnlockBackup:
    """The part of :func:`backup_on_unlock` that needs the vault's thread: tidy the scratch
    folders and, when a backup is due, take its snapshot (``VACUUM INTO``). The rest, the
    part that grows with the vault (hashing, zipping and checking the copy), is
    :meth:`UnlockBackup.finish`, which the window runs on a thread of its own so the coach
    is not kept waiting."""
    folder = folder or default_backup_dir(vault.folder)
    if vault.read_only:
        newest = newest_backup(folder) if folder.is_dir() else None
        return UnlockBackup(folder, BackupState(newest, False, True))
    clean_scratch(vault.folder, folder)
    snapshot = _auto_snapshot(vault, folder, now)
    return UnlockBackup(folder, BackupState(newest_backup(folder), False), snapshot)


def newest_backup(folder: Path) -> BackupInfo | None:
    backups = list_backups(folder)
    return backups[0] if backups else None
