"""The key file ``vault.keys`` (format ``coachdesk-keyfile/1``, spec §7).

A random 256-bit vault key is wrapped once per slot with AES-256-GCM under a key derived
by Argon2id from the slot's secret (the passphrase, or the recovery code). The associated
data binds each wrap to its format, vault and slot.
"""

from __future__ import annotations

import base64
import errno
import json
import os
import secrets
import stat
import unicodedata
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from coachdesk.errors import DiskFull, VaultDamaged, WrongPassphrase, WrongRecoveryCode
from coachdesk.security import recovery

FORMAT = "coachdesk-keyfile/1"
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
SLOT_IDS = (PASSPHRASE, RECOVERY)

# Spec §7 floor. Parameters may be raised, never lowered below these.
MIN_ITERATIONS = 3
MIN_LANES = 4
MIN_MEMORY_KIB = 65536
# Ceilings, so that a damaged or hostile key file can never make unlocking hang or exhaust
# memory: at most 1 GiB, and at most about twenty times the default work (3 passes over
# 64 MiB), which is a few seconds on a 2-core laptop. Raising the parameters stays possible
# (e.g. 4 passes over 1 GiB, or 16 over 256 MiB).
MAX_ITERATIONS = 16
MAX_LANES = 16
MAX_MEMORY_KIB = 1024 * 1024
MAX_WORK_KIB = 4 * 1024 * 1024  # iterations x memory_kib
MAX_SALT_BYTES = 64
# A key file is about 1 KB; anything much larger is not one (and is not read whole).
MAX_KEYFILE_BYTES = 64 * 1024

DAMAGED = "the key file vault.keys is damaged or not a CoachDesk key file"
OUT_OF_BOUNDS = (
    "the key file vault.keys asks for key-derivation parameters outside CoachDesk's bounds "
    "(it is damaged or was not made by CoachDesk)"
)


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    iterations: int = MIN_ITERATIONS
    lanes: int = MIN_LANES
    memory_kib: int = MIN_MEMORY_KIB

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=secrets.token_bytes(16))


@dataclass(frozen=True)
class Slot:
    id: str
    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    slots: tuple[Slot, ...]

    def slot(self, slot_id: str) -> Slot:
        for s in self.slots:
            if s.id == slot_id:
                return s
        raise VaultDamaged(f"the key file has no {slot_id} slot")

    # -- (de)serialisation ---------------------------------------------------------

    def to_json(self) -> str:
        doc = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "slots": [
                {
                    "id": s.id,
                    "kdf": {
                        "name": "argon2id",
                        "salt": _b64(s.kdf.salt),
                        "iterations": s.kdf.iterations,
                        "lanes": s.kdf.lanes,
                        "memory_kib": s.kdf.memory_kib,
                    },
                    "wrap": {
                        "name": "aes-256-gcm",
                        "nonce": _b64(s.nonce),
                        "ciphertext": _b64(s.ciphertext),
                    },
                }
                for s in self.slots
            ],
        }
        return json.dumps(doc, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str | bytes) -> KeyFile:
        """Parse and check a key file; anything unexpected is ``VaultDamaged``."""
        try:
            doc = json.loads(text)
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError("format")
            vault_id = str(uuid.UUID(doc["vault_id"]))
            slots = []
            for raw in doc["slots"]:
                kdf, wrap = raw["kdf"], raw["wrap"]
                if kdf["name"] != "argon2id" or wrap["name"] != "aes-256-gcm":
                    raise ValueError("algorithm")
                params = KdfParams(
                    salt=_unb64(kdf["salt"]),
                    iterations=_int(kdf["iterations"]),
                    lanes=_int(kdf["lanes"]),
                    memory_kib=_int(kdf["memory_kib"]),
                )
                _check_bounds(params)
                slot = Slot(
                    id=str(raw["id"]),
                    kdf=params,
                    nonce=_unb64(wrap["nonce"]),
                    ciphertext=_unb64(wrap["ciphertext"]),
                )
                if len(slot.nonce) != 12 or len(slot.ciphertext) != 32 + 16:
                    raise ValueError("sizes")
                slots.append(slot)
            if {s.id for s in slots} != set(SLOT_IDS) or len(slots) != len(SLOT_IDS):
                raise ValueError("slots")
        except VaultDamaged:
            raise
        except (
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
            UnicodeDecodeError,
            RecursionError,  # JSON nested too deeply
        ) as exc:
            raise VaultDamaged(DAMAGED) from exc
        return cls(vault_id=vault_id, slots=tuple(slots))


def _check_bounds(params: KdfParams) -> None:
    """The spec's floor (never weaker) and CoachDesk's ceilings (never hang)."""
    if (
        params.iterations < MIN_ITERATIONS
        or params.lanes < MIN_LANES
        or params.memory_kib < MIN_MEMORY_KIB
        or len(params.salt) < 16
    ):
        raise ValueError("weak parameters")
    if (
        params.iterations > MAX_ITERATIONS
        or params.lanes > MAX_LANES
        or params.memory_kib > MAX_MEMORY_KIB
        or params.iterations * params.memory_kib > MAX_WORK_KIB
        or len(params.salt) > MAX_SALT_BYTES
    ):
        raise VaultDamaged(OUT_OF_BOUNDS)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("base64 text expected")
    return base64.b64decode(text, validate=True)


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("integer expected")
    return value


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, the KDF's input for a passphrase (spec §7)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def slot_secret(slot_id: str, secret: str) -> bytes:
    """The bytes the KDF receives for a slot's secret."""
    if slot_id == RECOVERY:
        return recovery.normalise(secret).encode("ascii", errors="replace")
    return normalise_passphrase(secret)


def derive(secret: bytes, params: KdfParams) -> bytes:
    """Argon2id with the slot's parameters; 32 bytes of wrapping key."""
    return Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def associated_data(vault_id: str, slot_id: str) -> bytes:
    return f"{FORMAT}|{vault_id}|{slot_id}".encode()


def wrap(vault_key: bytes, vault_id: str, slot_id: str, secret: str) -> Slot:
    params = KdfParams.fresh()
    nonce = secrets.token_bytes(12)
    ct = AESGCM(derive(slot_secret(slot_id, secret), params)).encrypt(
        nonce, vault_key, associated_data(vault_id, slot_id)
    )
    return Slot(id=slot_id, kdf=params, nonce=nonce, ciphertext=ct)


def unwrap(keyfile: KeyFile, slot_id: str, secret: str) -> bytes:
    """The vault key, or ``WrongPassphrase``/``WrongRecoveryCode``."""
    wrong = WrongRecoveryCode() if slot_id == RECOVERY else WrongPassphrase()
    if slot_id == RECOVERY and not recovery.is_well_formed(secret):
        raise WrongRecoveryCode("that is not a valid recovery code (check for a typo)")
    slot = keyfile.slot(slot_id)
    try:
        return AESGCM(derive(slot_secret(slot_id, secret), slot.kdf)).decrypt(
            slot.nonce, slot.ciphertext, associated_data(keyfile.vault_id, slot_id)
        )
    except InvalidTag:
        raise wrong from None


def new_keyfile(passphrase: str, recovery_code: str) -> tuple[KeyFile, bytes]:
    """A new vault key and a key file with both slots."""
    vault_key = secrets.token_bytes(32)
    vault_id = str(uuid.uuid4())
    kf = KeyFile(
        vault_id=vault_id,
        slots=(
            wrap(vault_key, vault_id, PASSPHRASE, passphrase),
            wrap(vault_key, vault_id, RECOVERY, recovery_code),
        ),
    )
    return kf, vault_key


def with_new_slot(keyfile: KeyFile, vault_key: bytes, slot_id: str, secret: str) -> KeyFile:
    new = wrap(vault_key, keyfile.vault_id, slot_id, secret)
    return replace(keyfile, slots=tuple(new if s.id == slot_id else s for s in keyfile.slots))


def read(path: Path) -> KeyFile:
    """Read and check the key file; a missing, unreadable or odd one is ``VaultDamaged``."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            # A folder, a pipe or a device: never opened (a pipe would block).
            raise VaultDamaged("the key file vault.keys is not a regular file")
        with open(path, "rb") as fh:
            data = fh.read(MAX_KEYFILE_BYTES + 1)
    except FileNotFoundError:
        raise VaultDamaged("the key file vault.keys is missing") from None
    except OSError:
        raise VaultDamaged("the key file vault.keys cannot be read") from None
    if len(data) > MAX_KEYFILE_BYTES:
        raise VaultDamaged(DAMAGED)
    return KeyFile.from_json(data)


def write_atomic(path: Path, keyfile: KeyFile) -> None:
    """Write, fsync, rename, fsync the folder: the old file or the new, never half of one."""
    atomic_write_bytes(path, keyfile.to_json().encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: the old content or the new, never a mix.

    A full disk raises ``DiskFull`` and leaves the old file and no temporary behind.
    """
    try:
        _atomic_write(path, data)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from None
        raise


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".new")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
