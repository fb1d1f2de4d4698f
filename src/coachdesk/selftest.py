"""``coachdesk --self-test``: does this installation work? (spec §9, §11)

Each check exercises the real component (SQLCipher, Argon2id, AES-GCM, the bundled fonts,
ReportLab and pypdf, Qt and QtPdf) and prints one line; the exit status is 0 only if every
check passes. The throwaway vault lives in a temporary folder that is removed afterwards;
it never holds anything but a test marker.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

CHECK_NAMES = ("Łukasz Wiśniewski", "Ελένη Παπαδοπούλου", "Дмитрий Иванов")


def _sqlcipher() -> str:
    from coachdesk.storage import connection, integrity

    folder = Path(tempfile.mkdtemp(prefix="coachdesk-selftest-"))
    try:
        key = secrets.token_bytes(32)
        db = connection.create_database(folder / "vault.db", key)
        integrity.write_marker(db)
        db.close()
        db = connection.open_database(folder / "vault.db", key)
        try:
            version = integrity.cipher_version(db)
            problems = connection.integrity_problems(db)
            if problems:
                raise RuntimeError("integrity check failed")
        finally:
            db.close()
        try:
            connection.check_key(folder / "vault.db", secrets.token_bytes(32))
        except Exception:
            pass
        else:
            raise RuntimeError("a wrong key opened the database")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return f"SQLCipher {version}, encrypted vault created, reopened and integrity-checked"


def _argon2() -> str:
    from coachdesk.security import keyfile

    keys, vault_key = keyfile.new_keyfile("self-test passphrase", "0" * 26)
    if keyfile.unwrap(keys, keyfile.PASSPHRASE, "self-test passphrase") != vault_key:
        raise RuntimeError("the key did not unwrap")
    slot = keys.slot(keyfile.PASSPHRASE)
    return (
        f"Argon2id (t={slot.kdf.iterations}, {slot.kdf.lanes} lanes, "
        f"{slot.kdf.memory_kib // 1024} MiB) and AES-256-GCM wrap/unwrap"
    )


def _fonts() -> str:
    from coachdesk import resources

    names = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"]
    for name in names:
        resources.path("fonts", name)
    return f"bundled fonts found in {resources.root()}"


def _report() -> str:
    from pypdf import PdfReader

    from coachdesk.domain import CoachProfile, Language, Role
    from coachdesk.export import encrypt_pdf, render_report
    from coachdesk.policy import DisclosureSet, Header, Period

    day = dt.date(2026, 1, 31)
    sizes = []
    for language in (Language.EN, Language.IT):
        header = Header(
            coach=CoachProfile(CHECK_NAMES[0], "PCC", "Self-test"),
            engagement_id="selftest",
            engagement_title="Self-test",
            coachee_name=CHECK_NAMES[1],
            recipient_id="r",
            recipient_name=CHECK_NAMES[2],
            role=Role.SPONSOR,
            period=Period(dt.date(2026, 1, 1), day),
            report_date=day,
            language=language,
            agreement_version=None,
            agreement_date=None,
        )
        ds = DisclosureSet(
            header, attendance=(), goals=None, progress=None, summaries=None, notes=None
        )
        pdf = render_report(ds)
        if render_report(ds) != pdf:
            raise RuntimeError("the report is not deterministic")
        reader = PdfReader(io.BytesIO(pdf))
        text = "".join(page.extract_text() for page in reader.pages)
        missing = [n for n in CHECK_NAMES if n not in text]
        if missing or len(reader.pages) != 1:
            raise RuntimeError("the report's text did not read back")
        locked = PdfReader(io.BytesIO(encrypt_pdf(pdf, "self-test")))
        if not locked.is_encrypted or locked.decrypt("self-test") == 0:
            raise RuntimeError("PDF encryption failed")
        sizes.append(len(pdf))
    return (
        f"one-page report in English and Italian ({sizes[0]}, {sizes[1]} bytes), "
        "deterministic, read back, encrypted"
    )


def _qt() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, qVersion
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    import coachdesk.gui  # noqa: F401  (its PySide6 workaround comes first)
    from coachdesk.domain import CoachProfile, Language, Role
    from coachdesk.export import render_report
    from coachdesk.policy import DisclosureSet, Header, Period

    app = QApplication.instance() or QApplication(["coachdesk-selftest"])
    day = dt.date(2026, 1, 31)
    header = Header(
        CoachProfile("Self-test"), "e", "Self-test", "A", "r", "B", Role.SPONSOR,
        Period(day, day), day, Language.EN, None, None,
    )  # fmt: skip
    pdf = render_report(DisclosureSet(header, (), None, None, None, None))
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() != 1:
        raise RuntimeError("QtPdf could not load a report from memory")
    image = document.render(0, document.pagePointSize(0).toSize())
    if image.isNull():
        raise RuntimeError("QtPdf could not render the page")
    del app
    return f"Qt {qVersion()}: QtPdf loaded and rendered a report from memory"


def _window() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from coachdesk.gui.app import load_translation
    from coachdesk.gui.mainwindow import MainWindow
    from coachdesk.gui.tasks import Tasks

    app = QApplication.instance() or QApplication(["coachdesk-selftest"])
    assert isinstance(app, QApplication)

    def quiet(_mode: object, _context: object, message: str) -> None:
        # The offscreen platform's notice that it cannot size native windows is not a
        # problem of this installation; anything else is passed on.
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    previous_handler = qInstallMessageHandler(quiet)
    locale_before = QLocale()
    translators = load_translation(app, "it")
    tasks = Tasks()
    try:
        if not translators:
            raise RuntimeError("the Italian translation did not load")
        window = MainWindow(tasks)
        window.show()
        app.processEvents()
        # Its menu says in Italian what the English source says "&Search notes".
        if window.search_action.text() != "&Cerca nelle note" or not window.isVisible():
            raise RuntimeError("the main window did not come up in Italian")
        window.hide()
        window.deleteLater()
    finally:
        tasks.shutdown()
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale_before)
        qInstallMessageHandler(previous_handler)
    return f"Italian translation loaded ({len(translators)} catalogues), main window created"


def _interchange() -> str:
    """The published schema and jsonschema's own data ship with the program: the bundled
    demo document validates, and a malformed one is refused with its JSON path."""
    import json

    from coachdesk import resources
    from coachdesk.interchange.schema import path_text, schema_problems

    demo = json.loads(resources.path("demo", "demo-en.json").read_text(encoding="utf-8"))
    problems = list(schema_problems(demo))
    if problems:
        raise RuntimeError(f"the demo document fails the schema at {path_text(problems[0][0])}")
    bad = list(schema_problems({"format": "coachdesk-data/1", "people": 5}))
    if not bad:
        raise RuntimeError("a malformed document passed the schema")
    return "coachdesk-data/1 schema loaded; the demo document validates, a bad one is refused"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("sqlcipher", _sqlcipher),
    ("argon2id", _argon2),
    ("fonts", _fonts),
    ("interchange", _interchange),
    ("report", _report),
    ("qt", _qt),
    ("window", _window),
]


def run_self_test() -> int:
    failed = 0
    for name, check in CHECKS:
        try:
            detail = check()
        except Exception as exc:  # a failed check is reported, never raised
            failed += 1
            print(f"FAIL {name}: {type(exc).__name__}: {exc}")
        else:
            print(f"ok   {name}: {detail}")
    print("self-test passed" if not failed else f"self-test FAILED ({failed} check(s))")
    sys.stdout.flush()
    return 0 if not failed else 1
