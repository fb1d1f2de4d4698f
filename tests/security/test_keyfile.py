"""The key file format of spec §7, checked against the documentation, not our code."""

from __future__ import annotations

import base64
import json
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
