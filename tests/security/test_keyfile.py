"""The key file format of spec §7, checked against the documentation, not our code."""

from __future__ import annotations

import base64
import json
import os
import unicodedata
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from sqlcipher3 import dbapi2 as sqlcipher

from coachdesk.errors import VaultDamaged, WrongPassphrase, WrongRecoveryCode
from coachdesk.security import keyfile, recovery
from coachdesk.services import vault as vault_service


def _doc(folder: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((folder / "vault.keys").read_text(encoding="utf-8"))


def test_key_file_has_the_documented_shape(vault_info):
    doc = _doc(vault_info.folder)
    assert doc["format"] == "coachdesk-keyfile/1"
    assert uuid.UUID(doc["vault_id"]).version == 4
    assert sorted(s["id"] for s in doc["slots"]) == ["passphrase", "recovery"]
    for slot in doc["slots"]:
        kdf, wrap = slot["kdf"], slot["wrap"]
        assert kdf["name"] == "argon2id"
        assert kdf["iterations"] >= 3 and kdf["lanes"] >= 4 and kdf["memory_kib"] >= 65536
        assert len(base64.b64decode(kdf["salt"])) >= 16
        assert wrap["name"] == "aes-256-gcm"
        assert len(base64.b64decode(wrap["nonce"])) == 12
        assert len(base64.b64decode(wrap["ciphertext"])) == 32 + 16


def _unwrap_as_documented(doc: dict, slot_id: str, secret: bytes) -> bytes:  # type: ignore[type-arg]
    slot = next(s for s in doc["slots"] if s["id"] == slot_id)
    kdf, wrap = slot["kdf"], slot["wrap"]
    wrap_key = Argon2id(
        salt=base64.b64decode(kdf["salt"]),
        length=32,
        iterations=kdf["iterations"],
        lanes=kdf["lanes"],
        memory_cost=kdf["memory_kib"],
    ).derive(secret)
    aad = f"coachdesk-keyfile/1|{doc['vault_id']}|{slot_id}".encode()
    return AESGCM(wrap_key).decrypt(
        base64.b64decode(wrap["nonce"]), base64.b64decode(wrap["ciphertext"]), aad
    )


def test_vault_opens_with_nothing_but_the_documented_format(vault_info):
    doc = _doc(vault_info.folder)
    key = _unwrap_as_documented(
        doc, "passphrase", unicodedata.normalize("NFC", vault_info.passphrase).encode()
    )
    code = vault_info.recovery_code.upper().replace("-", "")
    assert _unwrap_as_documented(doc, "recovery", code.encode()) == key
    conn = sqlcipher.connect(str(vault_info.folder / "vault.db"))
    try:
        conn.execute("PRAGMA key = \"x'" + key.hex() + "'\"")
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x43444B31
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
        assert {"items", "ledger", "engagements"} <= names
    finally:
        conn.close()


def test_passphrase_is_nfc_normalised(tmp_path):
    decomposed = unicodedata.normalize("NFD", "perché più città")
    v, _ = vault_service.create_vault(tmp_path / "v", decomposed)
    v.close()
    composed = unicodedata.normalize("NFC", "perché più città")
    assert composed != decomposed
    vault_service.open_vault(tmp_path / "v", composed).close()


def test_slots_are_bound_to_their_id_by_associated_data(vault_info):
    doc = _doc(vault_info.folder)
    p = next(s for s in doc["slots"] if s["id"] == "passphrase")
    r = next(s for s in doc["slots"] if s["id"] == "recovery")
    # Give the recovery slot the passphrase slot's wrap: the AAD names the slot, so it fails.
    r["kdf"], r["wrap"] = p["kdf"], p["wrap"]
    kf = keyfile.KeyFile.from_json(json.dumps(doc))
    with pytest.raises(WrongRecoveryCode):
        keyfile.unwrap(kf, keyfile.RECOVERY, vault_info.passphrase)


@pytest.mark.parametrize(
    ("field", "value"),
    [("iterations", 2), ("lanes", 1), ("memory_kib", 1024)],
)
def test_key_file_below_the_kdf_floor_is_refused(vault_info, field, value):
    doc = _doc(vault_info.folder)
    doc["slots"][0]["kdf"][field] = value
    with pytest.raises(VaultDamaged):
        keyfile.KeyFile.from_json(json.dumps(doc))


@pytest.mark.parametrize(
    "text",
    ["", "{", "[]", '{"format": "coachdesk-keyfile/2"}', '{"format": "coachdesk-keyfile/1"}'],
)
def test_damaged_key_file_is_refused(text):
    with pytest.raises(VaultDamaged):
        keyfile.KeyFile.from_json(text)


def test_wrong_passphrase_is_refused(vault_info):
    kf = keyfile.read(vault_info.folder / "vault.keys")
    with pytest.raises(WrongPassphrase):
        keyfile.unwrap(kf, keyfile.PASSPHRASE, "not the passphrase")


def test_recovery_code_shape():
    code = recovery.generate()
    groups = code.split("-")
    assert len(groups) == 7 and all(len(g) == 4 for g in groups)
    assert all(c in recovery.ALPHABET for c in code.replace("-", ""))
    assert recovery.is_well_formed(code)
    assert recovery.is_well_formed(code.lower().replace("-", " "))
    assert len({recovery.generate() for _ in range(50)}) == 50


def test_recovery_code_typo_is_caught_before_the_kdf():
    code = recovery.generate()
    chars = list(code)
    chars[0] = "1" if chars[0] != "1" else "2"
    assert not recovery.is_well_formed("".join(chars))


def test_recovery_code_folds_crockford_look_alikes():
    assert recovery.normalise("o0-il-1L ab") == "001111AB"


# -- sizes, bounds and odd files: refused as damaged (exit 4), never derived from --------


def _slot(doc: dict, slot_id: str) -> dict:  # type: ignore[type-arg]
    return next(s for s in doc["slots"] if s["id"] == slot_id)


@pytest.mark.parametrize(("field", "size"), [("nonce", 11), ("nonce", 13), ("nonce", 16),
                                             ("ciphertext", 47), ("ciphertext", 49),
                                             ("ciphertext", 32), ("ciphertext", 64)])  # fmt: skip
def test_a_wrap_of_the_wrong_size_is_refused_as_damaged(vault_info, field, size):
    doc = _doc(vault_info.folder)
    _slot(doc, "passphrase")["wrap"][field] = base64.b64encode(bytes(size)).decode()
    with pytest.raises(VaultDamaged):
        keyfile.KeyFile.from_json(json.dumps(doc))


def _rewrap(doc: dict, slot_id: str, secret: bytes, plaintext: bytes, nonce: bytes) -> None:  # type: ignore[type-arg]
    """Wrap ``plaintext`` for a slot exactly as the format says, with any nonce length."""
    slot = _slot(doc, slot_id)
    kdf = slot["kdf"]
    wrap_key = Argon2id(
        salt=base64.b64decode(kdf["salt"]),
        length=32,
        iterations=kdf["iterations"],
        lanes=kdf["lanes"],
        memory_cost=kdf["memory_kib"],
    ).derive(secret)
    aad = f"coachdesk-keyfile/1|{doc['vault_id']}|{slot_id}".encode()
    ct = AESGCM(wrap_key).encrypt(nonce, plaintext, aad)
    slot["wrap"]["nonce"] = base64.b64encode(nonce).decode()
    slot["wrap"]["ciphertext"] = base64.b64encode(ct).decode()


@pytest.mark.parametrize(("key_size", "nonce_size"), [(32, 16), (16, 12), (64, 12)])
def test_a_well_formed_wrap_of_the_wrong_size_exits_4(run_cli, vault_info, key_size, nonce_size):
    """A wrap that really decrypts, but to a key or with a nonce of another size: without
    the size checks it would reach SQLCipher (or a 16-byte nonce would unwrap)."""
    doc = _doc(vault_info.folder)
    secret = unicodedata.normalize("NFC", vault_info.passphrase).encode()
    real = _unwrap_as_documented(doc, "passphrase", secret)
    # The real key with a 16-byte nonce would open the vault; a cut or doubled one would
    # reach SQLCipher's key setting.
    _rewrap(doc, "passphrase", secret, (real * 2)[:key_size], os.urandom(nonce_size))
    (vault_info.folder / "vault.keys").write_text(json.dumps(doc), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in vault_info.folder.iterdir()}
    r = run_cli("verify", "--vault", vault_info.folder,
                "--passphrase-file", vault_info.passphrase_file)  # fmt: skip
    assert r.code == 4, (r.code, r.err)
    assert r.err.strip() == f"coachdesk: {keyfile.DAMAGED}"
    after = {p.name: p.read_bytes() for p in vault_info.folder.iterdir() if p.name != "vault.lock"}
    assert after == {k: v for k, v in before.items() if k != "vault.lock"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("iterations", 2**40),
        ("iterations", 100_000),
        ("iterations", keyfile.MAX_ITERATIONS + 1),
        ("memory_kib", 32 * 1024 * 1024),  # 32 GiB
        ("memory_kib", keyfile.MAX_MEMORY_KIB + 1),
        ("lanes", 2**24),
        ("lanes", keyfile.MAX_LANES + 1),
    ],
)
def test_absurd_kdf_parameters_exit_4_at_once_without_deriving(
    run_cli, vault_info, monkeypatch, field, value
):
    derived: list[object] = []
    monkeypatch.setattr(keyfile, "derive", lambda *a: derived.append(a) or bytes(32))
    doc = _doc(vault_info.folder)
    _slot(doc, "passphrase")["kdf"][field] = value
    (vault_info.folder / "vault.keys").write_text(json.dumps(doc), encoding="utf-8")
    r = run_cli("verify", "--vault", vault_info.folder,
                "--passphrase-file", vault_info.passphrase_file)  # fmt: skip
    assert r.code == 4, (r.code, r.err)
    assert r.err.strip() == f"coachdesk: {keyfile.OUT_OF_BOUNDS}"
    assert derived == []


def test_too_much_work_in_total_is_refused_though_each_bound_holds(vault_info):
    doc = _doc(vault_info.folder)
    kdf = _slot(doc, "recovery")["kdf"]
    kdf["iterations"], kdf["memory_kib"] = keyfile.MAX_ITERATIONS, keyfile.MAX_MEMORY_KIB
    with pytest.raises(VaultDamaged, match="bounds"):
        keyfile.KeyFile.from_json(json.dumps(doc))


def test_parameters_up_to_the_ceilings_are_accepted(vault_info):
    """Raising the parameters stays allowed (spec §7), up to the documented ceilings."""
    doc = _doc(vault_info.folder)
    a, b = _slot(doc, "passphrase")["kdf"], _slot(doc, "recovery")["kdf"]
    a["iterations"], a["memory_kib"], a["lanes"] = 4, keyfile.MAX_MEMORY_KIB, keyfile.MAX_LANES
    b["iterations"], b["memory_kib"] = keyfile.MAX_ITERATIONS, 256 * 1024
    kf = keyfile.KeyFile.from_json(json.dumps(doc))
    assert kf.slot("passphrase").kdf.memory_kib == keyfile.MAX_MEMORY_KIB
    assert kf.slot("recovery").kdf.iterations == keyfile.MAX_ITERATIONS


def test_the_ceilings_keep_unlocking_within_seconds():
    """The documented bounds: 1 GiB, and at most about twenty times the default work."""
    default_work = keyfile.MIN_ITERATIONS * keyfile.MIN_MEMORY_KIB
    assert default_work * 22 >= keyfile.MAX_WORK_KIB
    assert keyfile.MAX_MEMORY_KIB == 1024 * 1024
    assert keyfile.MIN_ITERATIONS * keyfile.MAX_MEMORY_KIB <= keyfile.MAX_WORK_KIB


def _nested(depth: int) -> str:
    return '{"format": "coachdesk-keyfile/1", "x": ' + "[" * depth + "]" * depth + "}"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text(_nested(5_000), encoding="utf-8"), keyfile.DAMAGED),
        (lambda p: (p.unlink(), p.mkdir()), "the key file vault.keys is not a regular file"),
        (lambda p: p.write_bytes(b" " * (keyfile.MAX_KEYFILE_BYTES + 1)), keyfile.DAMAGED),
        (lambda p: p.write_bytes(b"\xff\xfe{}"), keyfile.DAMAGED),
    ],
    ids=["nested-too-deeply", "a-folder", "too-large", "not-utf8"],
)
def test_odd_key_files_exit_4_with_a_clear_message(run_cli, vault_info, make, message):
    make(vault_info.folder / "vault.keys")
    db_before = (vault_info.folder / "vault.db").read_bytes()
    for command in ("verify", "ledger", "export-data"):
        extra = ("--out", vault_info.folder.parent / "x.json") if command == "export-data" else ()
        r = run_cli(command, "--vault", vault_info.folder,
                    "--passphrase-file", vault_info.passphrase_file, *extra)  # fmt: skip
        assert r.code == 4, (command, r.code, r.err)
        assert r.err.strip() == f"coachdesk: {message}"
    assert (vault_info.folder / "vault.db").read_bytes() == db_before
    assert not (vault_info.folder.parent / "x.json").exists()


def test_a_key_file_that_cannot_be_read_is_damaged_not_an_internal_error(vault_info, monkeypatch):
    def refuse(*_args: object, **_kw: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(VaultDamaged, match="cannot be read"):
        keyfile.read(vault_info.folder / "vault.keys")


# -- the key file reaches the disk: fsync of the file before the rename, of the folder after


def test_the_key_file_is_fsynced_before_its_rename_and_the_folder_after(vault_info, monkeypatch):
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src: object, dst: object) -> None:
        events.append(("replace", os.fspath(dst)))  # type: ignore[arg-type]
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    kf = keyfile.read(vault_info.folder / "vault.keys")
    keyfile.write_atomic(vault_info.folder / "vault.keys", kf)
    folder = str(vault_info.folder.resolve())
    target = str((vault_info.folder / "vault.keys").resolve())
    assert events == [
        ("fsync", target + ".new"),
        ("replace", str(vault_info.folder / "vault.keys")),
        ("fsync", folder),
    ]


def test_passwd_fsyncs_the_new_key_file_and_its_folder(run_cli, vault_info, monkeypatch):
    synced: list[str] = []
    real_fsync = os.fsync
    monkeypatch.setattr(
        os, "fsync", lambda fd: (synced.append(os.readlink(f"/proc/self/fd/{fd}")), real_fsync(fd))
    )
    r = run_cli("passwd", "--vault", vault_info.folder, "--passphrase-file", "-",
                "--new-passphrase-file", "-",
                stdin=f"{vault_info.passphrase}\nthe new passphrase\n")  # fmt: skip
    assert r.code == 0, r.err
    keys = str((vault_info.folder / "vault.keys").resolve())
    assert keys + ".new" in synced
    assert str(vault_info.folder.resolve()) in synced
