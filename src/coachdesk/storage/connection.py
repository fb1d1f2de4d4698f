"""Opening a vault database safely (spec §7, "Opening safely").

The raw key is handed to SQLCipher as bytes (no SQL text is ever built from a secret),
SQLCipher's own logging is turned off, and something is read at once, because a wrong
key or a foreign file only shows itself on the first read.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from coachdesk.domain import text_sha256
from coachdesk.errors import CoachDeskError, DiskFull, VaultDamaged
from coachdesk.storage.schema import (
    APPLICATION_ID,
    CURRENT_VERSION,
    MIGRATIONS,
    REQUIRED_TABLES,
    SET_APPLICATION_ID,
)

Error = sqlcipher.Error
DatabaseError = sqlcipher.DatabaseError
IntegrityError = sqlcipher.IntegrityError
OperationalError = sqlcipher.OperationalError

SQLITE_OK = 0
SQLITE_DENY = 1
SQLITE_ATTACH = 24
SQLITE_DETACH = 25

_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
)

NOT_A_VAULT = "vault.db is damaged or is not a CoachDesk vault"


class Database:
    """One SQLCipher connection with the vault's settings, owned by one thread."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._depth = 0
        self._allow_attach = False
        conn.set_authorizer(self._authorize)

    # -- least privilege -------------------------------------------------------------

    def _authorize(self, action: int, arg1: Any = None, *_args: Any) -> int:
        if action in (SQLITE_ATTACH, SQLITE_DETACH) and not self._allow_attach:
            # Plain VACUUM attaches an unnamed temporary database (kept in memory by
            # temp_store=MEMORY); any named file, as ATTACH or VACUUM INTO use, is refused.
            if action == SQLITE_ATTACH and arg1 == "":
                return SQLITE_OK
            return SQLITE_DENY
        return SQLITE_OK

    @contextlib.contextmanager
    def attach_allowed(self) -> Iterator[None]:
        """Lift the ATTACH / VACUUM INTO ban for the backup code path only."""
        self._allow_attach = True
        try:
            yield
        finally:
            self._allow_attach = False

    # -- statements ------------------------------------------------------------------

    def execute(self, sql: str, params: Any = ()) -> Any:
        try:
            return self.conn.execute(sql, params)
        except sqlcipher.Error as exc:
            raise translate(exc) from exc

    def executemany(self, sql: str, rows: Any) -> Any:
        try:
            return self.conn.executemany(sql, rows)
        except sqlcipher.Error as exc:
            raise translate(exc) from exc

    def one(self, sql: str, params: Any = ()) -> Any:
        return self.execute(sql, params).fetchone()

    def all(self, sql: str, params: Any = ()) -> list[Any]:
        return list(self.execute(sql, params).fetchall())

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Every change is one transaction; nested uses join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            with contextlib.suppress(sqlcipher.Error):
                self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlcipher.Error as exc:
            with contextlib.suppress(sqlcipher.Error):
                self.conn.execute("ROLLBACK")
            raise translate(exc) from exc

    def close(self) -> None:
        with contextlib.suppress(sqlcipher.Error):
            self.conn.close()


def translate(exc: Exception, path: Path | None = None) -> Exception:
    """SQLCipher's exceptions (its own classes) into CoachDesk's, without secrets."""
    text = str(exc).lower()
    if "disk is full" in text:
        return DiskFull()
    if "disk i/o" in text or "unable to open" in text:
        # SQLite reports a full disk met while creating the WAL index as a plain I/O error.
        if path is not None and _nearly_full(path.parent):
            return DiskFull()
        return CoachDeskError("the disk reported an error; nothing was changed")
    if "not a database" in text or "malformed" in text:
        return VaultDamaged(NOT_A_VAULT)
    return exc


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _connect(path: Path, key: bytes) -> Any:
    if len(key) != 32:
        raise ValueError("a vault key is 32 bytes")
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=True)
    # The key goes in as bytes, never spliced into SQL text.
    conn.set_key(b"x'" + key.hex().encode("ascii") + b"'")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.create_function("coachdesk_sha256", 1, _sha256_text, deterministic=True)
    return conn


def _sha256_text(text: str | None) -> str | None:
    """SQL's view of domain.text_sha256, for migrations that bind hashes to stored text."""
    return None if text is None else text_sha256(text)


def _open_error(exc: Exception, path: Path) -> Exception:
    """While opening: a disk problem is said as such; anything else means not a vault."""
    translated = translate(exc, path)
    return translated if isinstance(translated, CoachDeskError) else VaultDamaged(NOT_A_VAULT)


def check_key(path: Path, key: bytes) -> None:
    """Prove that ``key`` opens the vault database at ``path``, changing nothing.

    Used before re-wrapping the key, so a key file is never rewritten for a database it
    does not open.
    """
    conn = None
    try:
        conn = _connect(path, key)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlcipher.Error as exc:
        raise _open_error(exc, path) from exc
    finally:
        if conn is not None:
            conn.close()
    if app_id != APPLICATION_ID:
        raise VaultDamaged(NOT_A_VAULT)


def open_database(path: Path, key: bytes, *, migrate: bool = True) -> Database:
    """Open an existing vault database, check it is one, apply pending migrations.

    Nothing is written before the file has proved to be a vault of this key.
    """
    try:
        conn = _connect(path, key)
    except sqlcipher.Error as exc:
        raise _open_error(exc, path) from exc
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
            }
        except sqlcipher.Error as exc:
            raise _open_error(exc, path) from exc
        if app_id != APPLICATION_ID or version < 1:
            raise VaultDamaged(NOT_A_VAULT)
        if version > CURRENT_VERSION:
            raise VaultDamaged("vault.db was made by a newer CoachDesk; update the app to open it")
        if version == CURRENT_VERSION and not tables >= REQUIRED_TABLES:
            raise VaultDamaged(NOT_A_VAULT)
        db = Database(conn)
        apply_pragmas(db)
        if migrate and version < CURRENT_VERSION:
            _migrate(db, version)
        return db
    except BaseException:
        conn.close()
        raise


def create_database(path: Path, key: bytes) -> Database:
    """Create a new, empty vault database at ``path`` (which must not exist)."""
    if path.exists():
        raise FileExistsError(path)
    conn = _connect(path, key)
    try:
        conn.execute(SET_APPLICATION_ID)
        db = Database(conn)
        apply_pragmas(db)
        _migrate(db, 0)
        return db
    except BaseException:
        conn.close()
        path.unlink(missing_ok=True)
        raise


def apply_pragmas(db: Database) -> None:
    for pragma in _PRAGMAS:
        db.execute(pragma)


def _migrate(db: Database, from_version: int) -> None:
    for version in range(from_version, CURRENT_VERSION):
        with db.transaction():
            for statement in _split(MIGRATIONS[version]):
                db.execute(statement)
            if db.one("PRAGMA user_version")[0] != version + 1:
                raise RuntimeError("a migration must set user_version to its target")


def _split(script: str) -> list[str]:
    """Split a migration script into statements (triggers keep their inner semicolons)."""
    statements: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buf += line
        if sqlcipher.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements


def integrity_problems(db: Database) -> list[str]:
    """``cipher_integrity_check`` (page authentication) then ``integrity_check`` (structure)."""
    problems: list[str] = []
    try:
        rows = db.all("PRAGMA cipher_integrity_check")
        problems += [f"page authentication: {r[0]}" for r in rows]
        rows = db.all("PRAGMA integrity_check")
        problems += [f"structure: {r[0]}" for r in rows if r[0] != "ok"]
    except (sqlcipher.Error, VaultDamaged) as exc:
        problems.append(f"integrity check failed: {type(exc).__name__}")
    return problems
