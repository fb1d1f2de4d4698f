"""Crash and power-cut safety (spec §8): SIGKILL at random moments, then the vault opens,
passes both integrity checks, and holds every change committed before the kill.

The worker is a forked child writing through the real storage and services on its own
connection; it reports each commit on a pipe after COMMIT returns, so everything it
reported must survive (and at most one more commit may have landed unreported).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import select
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from coachdesk.domain import (
    Engagement,
    ItemKind,
    NoteItem,
    Organisation,
    Person,
    Practice,
    Session,
)
from coachdesk.errors import WrongPassphrase
from coachdesk.interchange import to_document
from coachdesk.security import keyfile
from coachdesk.services import interchange
from coachdesk.services import vault as vault_service
from coachdesk.services.sharing import edit_item_text
from coachdesk.storage import connection, engagement_repo, people_repo, session_repo

pytestmark = pytest.mark.needs_fork(reason="SIGKILL at random moments")

KILLS = 30  # per kind of work; 60 kills in all with the import test


def _run_and_kill(work: Callable[[int], None], max_delay: float) -> list[int]:
    """Fork a child running ``work(write_fd)``, SIGKILL it after a random delay, and return
    the commit numbers it reported. A child that failed instead of being killed fails the
    test: an exception in the worker is never mistaken for a kill."""
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: work until killed
        os.close(rfd)
        code = 0
        try:
            work(wfd)
        except BaseException as exc:
            os.write(wfd, f"failed:{type(exc).__name__}\n".encode())
            code = 1
        finally:
            os._exit(code)
    os.close(wfd)
    deadline = time.monotonic() + random.uniform(0.0, max_delay)
    data = b""
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([rfd], [], [], left)
        if ready:
            chunk = os.read(rfd, 65536)
            if not chunk:
                break
            data += chunk
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    with contextlib.suppress(OSError):
        while chunk := os.read(rfd, 65536):
            data += chunk
    os.close(rfd)
    lines = data.decode().split()
    failures = [line for line in lines if line.startswith("failed:")]
    assert not failures, f"the worker raised {failures[0].removeprefix('failed:')}"
    return [int(line) for line in lines]


def _check_integrity(db: connection.Database) -> None:
    assert db.one("PRAGMA integrity_check")[0] == "ok"
    assert db.all("PRAGMA cipher_integrity_check") == []


@pytest.fixture
def seeded(vault_info) -> tuple[Path, bytes]:
    kf = keyfile.read(vault_info.folder / "vault.keys")
    key = keyfile.unwrap(kf, keyfile.PASSPHRASE, vault_info.passphrase)
    db = connection.open_database(vault_info.folder / "vault.db", key)
    with db.transaction():
        people_repo.insert_person(db, Person("p", "P"))
        engagement_repo.insert_engagement(
            db,
            Engagement(
                "e",
                "p",
                "T",
                dt.date(2026, 1, 1),
                sessions=(
                    Session(
                        "s",
                        dt.datetime(2026, 1, 2, 10),
                        items=(NoteItem("i", ItemKind.SUMMARY, "text -1"),),
                    ),
                ),
            ),
        )
    db.close()
    return vault_info.folder / "vault.db", key


def test_killed_during_edits_loses_only_the_uncommitted(seeded):
    path, key = seeded
    random.seed(4711)
    total = 0
    for _ in range(KILLS):
        start = total

        def work(wfd: int, start: int = start) -> None:
            db = connection.open_database(path, key)
            n = start
            while True:
                with db.transaction():
                    people_repo.insert_organisation(db, Organisation(f"o{n}", f"org {n}"))
                    edit_item_text(db, "i", f"text {n}")
                os.write(wfd, f"{n}\n".encode())
                n += 1

        reported = _run_and_kill(work, 0.4)
        db = connection.open_database(path, key)
        try:
            _check_integrity(db)
            orgs = {o.id for o in people_repo.organisations(db)}
            assert {f"o{n}" for n in reported} <= orgs
            assert len(orgs) - total in (len(reported), len(reported) + 1)
            total = len(orgs)
            item, _ = session_repo.item_context(db, "i")
            assert item.text == f"text {total - 1}"
        finally:
            db.close()
    assert total > 0, "the worker never got to commit: the test proved nothing"


def _batch(k: int) -> Practice:
    return Practice(
        people=(Person(f"b{k}-p", "P"),),
        engagements=tuple(
            Engagement(
                f"b{k}-e{e}",
                f"b{k}-p",
                "T",
                dt.date(2026, 1, 1),
                sessions=tuple(
                    Session(
                        f"b{k}-e{e}-s{s}",
                        dt.datetime(2026, 1, 2 + s, 10),
                        items=tuple(
                            NoteItem(f"b{k}-e{e}-s{s}-i{i}", ItemKind.SUMMARY, f"note {i} " * 10)
                            for i in range(5)
                        ),
                    )
                    for s in range(5)
                ),
            )
            for e in range(2)
        ),
    )


def test_killed_during_imports_keeps_all_of_an_import_or_none(seeded):
    path, key = seeded
    random.seed(815)
    done = 0
    for _ in range(KILLS):
        start = done

        def work(wfd: int, start: int = start) -> None:
            db = connection.open_database(path, key)
            k = start
            while True:
                interchange.import_into(db, to_document(_batch(k)))
                os.write(wfd, f"{k}\n".encode())
                k += 1

        reported = _run_and_kill(work, 0.3)
        db = connection.open_database(path, key)
        try:
            _check_integrity(db)
            per_batch: dict[str, int] = {}
            for (iid,) in db.all("SELECT id FROM items WHERE id LIKE 'b%'"):
                batch = iid.split("-")[0]
                per_batch[batch] = per_batch.get(batch, 0) + 1
            assert all(count == 50 for count in per_batch.values()), "a partial import"
            assert {f"b{k}" for k in reported} <= set(per_batch)
            done = len(per_batch)
        finally:
            db.close()
    assert done > 0


def _opens(folder: Path, passphrase: str) -> bool:
    try:
        vault_service.open_vault(folder, passphrase).close()
    except WrongPassphrase:
        return False
    return True


def test_killed_during_passphrase_changes_exactly_the_last_passphrase_opens(vault_info):
    """Three passphrases in turn, killed at random: after each kill exactly one opens the
    vault, and it is the one set by the last reported change or by the one after it (at
    most one change lands unreported), never an older one."""
    folder = vault_info.folder
    phrases = (vault_info.passphrase, "the second passphrase", "the third passphrase")
    random.seed(99)
    current = 0  # index of the passphrase that opens the vault now
    changes = 0
    for round_ in range(8):

        def work(wfd: int, current: int = current) -> None:
            n = 0
            while True:
                old, new = phrases[(current + n) % 3], phrases[(current + n + 1) % 3]
                vault_service.change_passphrase(folder, old, new)
                os.write(wfd, f"{n}\n".encode())
                n += 1

        reported = _run_and_kill(work, 1.2)
        assert reported == list(range(len(reported))), f"round {round_}: {reported}"
        opening = [i for i, phrase in enumerate(phrases) if _opens(folder, phrase)]
        expected = (current + len(reported)) % 3
        assert opening in ([expected], [(expected + 1) % 3]), f"round {round_}: {opening}"
        changes += len(reported) + (opening != [expected])
        current = opening[0]
    assert changes > 0, "no passphrase change ever completed: the test proved nothing"
