"""The demo practice: everything a coach should be able to explore, stored and read back."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coachdesk.domain import ItemKind, SessionKind, SessionStatus, SharingStateKind
from coachdesk.errors import InvalidInput
from coachdesk.services.demo import build_demo, install_demo
from coachdesk.storage import practice_repo

TODAY = dt.date(2026, 11, 24)


def _canonical(practice):
    return dataclasses.replace(
        practice,
        organisations=tuple(sorted(practice.organisations, key=lambda o: o.id)),
        people=tuple(sorted(practice.people, key=lambda p: p.id)),
        engagements=tuple(
            dataclasses.replace(
                e, sessions=tuple(sorted(e.sessions, key=lambda s: (s.start, s.id)))
            )
            for e in sorted(practice.engagements, key=lambda e: e.id)
        ),
    )


def test_demo_reads_back_exactly_as_written(vault):
    written = install_demo(vault, TODAY)
    assert _canonical(practice_repo.load_practice(vault.db)) == _canonical(written)


def test_demo_covers_every_kind_and_state():
    practice = build_demo(TODAY)
    sessions = [s for e in practice.engagements for s in e.sessions]
    items = [(e, i) for e in practice.engagements for s in e.sessions for i in s.items]
    assert {s.kind for s in sessions} == set(SessionKind)
    assert {s.status for s in sessions} == set(SessionStatus)
    assert {i.kind for _, i in items} == set(ItemKind)
    states = {i.effective_state(p) for e, i in items for p in e.recipients}
    assert states == set(SharingStateKind)
    assert any(i.consent_void(p) for e, i in items for p in e.recipients)
    assert {e.language.value for e in practice.engagements} == {"en", "it"}
    names = {p.name for p in practice.people}
    assert {"Łukasz Wiśniewski", "Ελένη Παπαδοπούλου", "Ştefan Popescu", "Zoë O'Brien"} <= names


def test_demo_goes_only_into_an_empty_vault(vault):
    install_demo(vault, TODAY)
    with pytest.raises(InvalidInput):
        install_demo(vault, TODAY)


def test_demo_command_creates_a_vault_and_prints_its_recovery_code(run_cli, tmp_path, vault_info):
    r = run_cli(
        "demo", "--vault", tmp_path / "demo", "--passphrase-file", vault_info.passphrase_file
    )
    assert r.code == 0, r.err
    assert "Recovery code" in r.out
    r = run_cli(
        "demo", "--vault", tmp_path / "demo", "--passphrase-file", vault_info.passphrase_file
    )
    assert r.code == 6
