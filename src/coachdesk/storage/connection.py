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
from coachdesk.domain.names import name_key
from coachdesk.errors import CoachDeskError, DiskFull, VaultDamaged, VaultReadOnly
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
SQLITE_PRAGMA = 19
# Authorizer actions that change the schema (CREATE_* 1-8, DROP_* 10-17, ALTER_TABLE,
# CREATE_VTABLE, DROP_VTABLE): they count as writes though total_changes does not see them.
_SCHEMA_WRITES = frozenset([*range(1, 9), *range(10, 18), 26, 29, 30])
_HEADER_PRAGMAS = frozenset(["user_version", "application_id"])

_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
)

NOT_A_VAULT = "vault.db is damaged or is not a CoachDesk vault"
DAMAGED = "vault.db is damaged: nothing was changed; restore it from a backup"


class _Cursor:
    """A cursor whose row fetching translates SQLCipher's errors like ``execute`` does: a
    damaged page often surfaces only when its row is stepped to, not when the statement
    starts."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def fetchone(self) -> Any:
        try:
            return self._cursor.fetchone()
        except sqlcipher.Error as exc:
            raise translate(exc) from exc

    def fetchall(self) -> list[Any]:
        try:
            return list(self._cursor.fetchall())
        except sqlcipher.Error as exc:
            raise translate(exc) from exc

    def fetchmany(self, size: int = 1) -> list[Any]:
        try:
            return list(self._cursor.fetchmany(size))
        except sqlcipher.Error as exc:
            raise translate(exc) from exc

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        try:
            return next(self._cursor)
        except sqlcipher.Error as exc:
            raise translate(exc) from exc

    @property
    def lastrowid(self) -> Any:
        return self._cursor.lastrowid

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    @property
    def description(self) -> Any:
        return self._cursor.description


class Database:
    """One SQLCipher connection with the vault's settings, owned by one thread.

    A vault found damaged is never written: before the first commit that changes anything
    in a session, every page of the file is authenticated (``cipher_integrity_check``); a
    failure rolls the change back and raises ``VaultDamaged``. Reads need no such check:
    a damaged page they touch fails to authenticate and raises ``VaultDamaged`` itself.
    """

    def __init__(self, conn: Any, *, read_only: bool = False, path: Path | None = None) -> None:
        self.conn = conn
        self.read_only = read_only
        self.path = path
        self._depth = 0
        self._allow_attach = False
        self._pages_verified = False
        self._schema_written = False
        conn.set_authorizer(self._authorize)

    # -- least privilege -------------------------------------------------------------

    def _authorize(self, action: int, arg1: Any = None, arg2: Any = None, *_args: Any) -> int:
        if action in _SCHEMA_WRITES or (
            action == SQLITE_PRAGMA and arg1 in _HEADER_PRAGMAS and arg2 is not None
        ):
            self._schema_written = True
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
            return _Cursor(self.conn.execute(sql, params))
        except sqlcipher.Error as exc:
            raise translate(exc, self.path) from exc

    def executemany(self, sql: str, rows: Any) -> Any:
        try:
            return _Cursor(self.conn.executemany(sql, rows))
        except sqlcipher.Error as exc:
            raise translate(exc, self.path) from exc

    def one(self, sql: str, params: Any = ()) -> Any:
        return self.execute(sql, params).fetchone()

    def all(self, sql: str, params: Any = ()) -> list[Any]:
        return list(self.execute(sql, params).fetchall())

    # -- damage ----------------------------------------------------------------------

    def page_problems(self) -> list[str]:
        """What ``PRAGMA cipher_integrity_check`` finds: every page's HMAC, read from the
        file (about 3 ms per MB). Empty when every page authenticates."""
        return [str(r[0]) for r in self.all("PRAGMA cipher_integrity_check")]

    def pages_verified_apart(self) -> None:
        """Every page was authenticated on another connection this session
        (:func:`authenticate_pages`): the first change needs no check of its own."""
        self._pages_verified = True

    def verify_pages(self) -> None:
        """Raise ``VaultDamaged`` unless every page authenticates; checked once a session."""
        if self._pages_verified:
            return
        if self.page_problems():
            raise VaultDamaged(DAMAGED)
        self._pages_verified = True

    # -- transactions ----------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Every change is one transaction; nested uses join the outer one.

        The first transaction of a session that changes anything authenticates every
        page before it commits (``verify_pages``), so a damaged vault is never written.
        A read-only vault's transactions read (a write in one raises ``VaultReadOnly``).
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        # A read-only vault never writes, so its transactions take no write lock.
        self.execute("BEGIN" if self.read_only else "BEGIN IMMEDIATE")
        self._depth = 1
        changes = self.conn.total_changes
        self._schema_written = False
        try:
            yield
            if not self._pages_verified and (
                self.conn.total_changes != changes or self._schema_written
            ):
                self.verify_pages()
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
            raise translate(exc, self.path) from exc

    def close(self) -> None:
        with contextlib.suppress(sqlcipher.Error):
            self.conn.close()


def translate(exc: Exception, path: Path | None = None) -> Exception:
    """SQLCipher's exceptions (its own classes) into CoachDesk's, without secrets."""
    text = str(exc).lower()
    if "disk is full" in text:
        return DiskFull()
    if "readonly" in text or "read-only" in text:
        return VaultReadOnly()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return VaultDamaged(DAMAGED)
    if "disk i/o" in text or "unable to open" in text:
        # SQLite reports a full disk met while creating the WAL index as a plain I/O error.
        if path is not None and _nearly_full(path.parent):
            return DiskFull()
        return CoachDeskError("the disk reported an error; nothing was changed")
    return exc


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _connect(path: Path, key: bytes, *, read_only: bool = False) -> Any:
    if len(key) != 32:
        raise ValueError("a vault key is 32 bytes")
    if read_only:
        conn = sqlcipher.connect(
            _read_only_uri(path), isolation_level=None, check_same_thread=True, uri=True
        )
    else:
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=True)
    # The key goes in as bytes, never spliced into SQL text.
    conn.set_key(b"x'" + key.hex().encode("ascii") + b"'")
    conn.execute("PRAGMA cipher_log_level = NONE")
    # cipher_memory_security stays off (SQLCipher's default): measured at 100 000 items it
    # made search p95 9-20x and unlocking 2x slower (docs/security.md, "Memory contents").
    conn.create_function("coachdesk_sha256", 1, _sha256_text, deterministic=True)
    conn.create_function("coachdesk_name_key", 1, _name_key, deterministic=True)
    return conn


def _read_only_uri(path: Path) -> str:
    """Open without writing a byte, in a folder where nothing can be created.

    A vault closed cleanly has no write-ahead log: it is opened ``immutable`` (SQLite
    then needs no ``-shm`` file and takes no locks). A vault left with a log (its last
    session crashed) is opened ``mode=ro`` so the committed changes in the log are seen;
    SQLite then needs the log's ``-shm`` beside it.
    """
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        if not path.with_name(path.name + "-shm").exists():
            # SQLite would have to create it: impossible (or a write) here.
            raise VaultReadOnly(
                "the vault was not closed cleanly and its folder is read-only: copy the "
                "vault folder to a writable place to open it"
            )
        return uri + "?mode=ro"
    return uri + "?mode=ro&immutable=1"


def _sha256_text(text: str | None) -> str | None:
    """SQL's view of domain.text_sha256, for migrations that bind hashes to stored text."""
    return None if text is None else text_sha256(text)


def _name_key(name: str | None) -> str:
    """SQL's view of domain.names.name_key: the people table's sort key (schema v6)."""
    return name_key(name or "")


def _open_error(exc: Exception, path: Path) -> Exception:
    """While opening: a disk problem is said as such; anything else means not a vault."""
    translated = translate(exc, path)
    return translated if isinstance(translated, CoachDeskError) else VaultDamaged(NOT_A_VAULT)


def authenticate_pages(path: Path, key: bytes) -> bool:
    """True when every page of the vault database at ``path`` authenticates, read on a
    connection of its own (read-only, any thread): the check the first change of a session
    needs, done ahead while the coach reads. False when a page fails or the check could not
    run; the first change then checks for itself, as it always did."""
    conn = None
    try:
        conn = _connect(path, key, read_only=True)
        return not conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except (sqlcipher.Error, CoachDeskError, OSError):
        return False
    finally:
        if conn is not None:
            conn.close()


def check_key(path: Path, key: bytes) -> None:
    """Prove that ``key`` opens the vault database at ``path``, changing nothing.

    Used before re-wrapping the key, so a key file is never rewritten for a database it
    does not open.
    """
    conn = None
    try:
        conn = _connect(path, key)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise VaultDamaged(NOT_A_VAULT)
        # Re-keying is rare and is not for a damaged vault: authenticate every page.
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise VaultDamaged(DAMAGED)
    except sqlcipher.Error as exc:
        raise _open_error(exc, path) from exc
    finally:
        if conn is not None:
            conn.close()


def open_database(
    path: Path, key: bytes, *, migrate: bool = True, read_only: bool = False
) -> Database:
    """Open an existing vault database, check it is one, apply pending migrations.

    Nothing is written before the file has proved to be a vault of this key. With
    ``read_only`` nothing is ever written (nor created beside it): every write raises
    ``VaultReadOnly``, and a vault that needs a migration is refused.
    """
    try:
        conn = _connect(path, key, read_only=read_only)
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
        if read_only and migrate and version < CURRENT_VERSION:
            raise VaultReadOnly(
                "the vault needs an upgrade, which its read-only folder does not allow: "
                "copy the vault folder to a writable place first"
            )
        db = Database(conn, read_only=read_only, path=path)
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
        db = Database(conn, path=path)
        apply_pragmas(db)
        _migrate(db, 0)
        return db
    except BaseException:
        conn.close()
        path.unlink(missing_ok=True)
        raise


def apply_pragmas(db: Database) -> None:
    for pragma in _PRAGMAS:
        if db.read_only and "journal_mode" in pragma:
            continue  # a vault is in WAL mode since its creation; changing it writes
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
