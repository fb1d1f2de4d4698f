"""The disclosure ledger's list model (gui/models/ledger.py): Qt's model contract
(QAbstractItemModelTester) while a long ledger is handed to the view a page at a time, the
entries newest first with what each column said, and the rows read through the real
database worker."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView

from coachdesk.domain import Language, LedgerEntry
from coachdesk.gui.models.ledger import ID_ROLE, PAGE, ROW_ROLE, LedgerModel
from coachdesk.gui.tasks import Tasks

TIMEOUT = 15_000
START = dt.datetime(2026, 1, 5, 9, 30)


def _entry(n: int, **kw: object) -> LedgerEntry:
    fields: dict[str, object] = dict(
        id=n + 1,
        created_at=START + dt.timedelta(hours=n),
        kind="report",
        engagement_id="e1",
        recipient_id="marco",
        role="sponsor",
        period_from=dt.date(2026, 1, 1),
        period_to=dt.date(2026, 3, 31),
        report_date=dt.date(2026, 4, 2),
        language=Language.EN,
        agreement_version=2,
        facts=(),
        file_sha256=f"{n:064x}",
        content_sha256="0" * 64,
        password_protected=False,
    )
    fields.update(kw)
    return LedgerEntry(**fields)  # type: ignore[arg-type]


def _model(qtbot) -> tuple[LedgerModel, Tasks]:
    tasks = Tasks()
    model = LedgerModel(tasks)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model, tasks


def test_a_long_ledger_reaches_the_view_a_page_at_a_time(qtbot):
    model, tasks = _model(qtbot)
    try:
        total = 2 * PAGE + 7
        model.show([_entry(n) for n in range(total)], {"marco": "Marco Blu"}, set())
        assert model.rowCount() == PAGE and model.total() == total
        assert len(model.entries) == total  # every entry read, newest first
        assert model.entries[0].id == total and model.entry(0) is model.entries[0]
        assert model.entry(PAGE) is None  # not handed to the view yet
        assert model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 2 * PAGE
        model.fetchMore(QModelIndex())
        assert model.rowCount() == total and not model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())  # nothing more: nothing happens
        assert model.rowCount() == total
        # A shorter ledger is shown whole, and the next page starts over.
        model.show([_entry(n) for n in range(3)], {}, set())
        assert model.rowCount() == 3 and not model.canFetchMore(QModelIndex())
    finally:
        tasks.shutdown()


def test_the_view_asks_for_the_next_page_when_scrolled_to_the_end(qtbot):
    model, tasks = _model(qtbot)
    try:
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(600, 300)
        view.show()
        model.show([_entry(n) for n in range(PAGE + 1)], {}, set())
        assert model.rowCount() == PAGE
        view.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() == PAGE + 1, timeout=TIMEOUT)
    finally:
        tasks.shutdown()


def test_each_column_says_what_the_table_said(qtbot):
    model, tasks = _model(qtbot)
    try:
        entries = [
            _entry(
                0,
                recipient_id="gone",
                role="ghost",
                agreement_version=None,
                password_protected=True,
            ),
            _entry(1),
        ]
        model.show(entries, {"marco": "Marco Blu"}, {2})
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
        assert headers == [
            "Sent", "Recipient", "Role", "Period", "Agreement", "Password", "Copy kept",
            "File SHA-256",
        ]  # fmt: skip
        newest = [model.index(0, c).data() for c in range(8)]
        assert newest == [
            "2026-01-05 10:30", "Marco Blu", "sponsor", "2026-01-01 – 2026-03-31", "2",
            "no", "yes", f"{1:064x}"[:12] + "…",
        ]  # fmt: skip
        oldest = [model.index(1, c).data() for c in range(8)]
        assert oldest[1] == "(erased)" and oldest[2] == "ghost" and oldest[4] == "—"
        assert (oldest[5], oldest[6]) == ("yes", "no")
        assert model.index(1, 7).data(Qt.ItemDataRole.ToolTipRole) == f"{0:064x}"
        assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) is None
        assert model.index(1, 3).data(ROW_ROLE) == 1 and model.index(1, 3).data(ID_ROLE) == 1
    finally:
        tasks.shutdown()


def test_the_ledger_is_read_through_the_database_worker(qtbot, vault_info):
    model, tasks = _model(qtbot)
    try:
        opened = []
        tasks.run(lambda ctx: ctx.open(vault_info.folder, vault_info.passphrase), opened.append)
        qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
        model.show([_entry(0)], {}, set())
        with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
            model.load(None)
        assert model.rowCount() == 0 and model.total() == 0  # the vault's ledger is empty
        with qtbot.waitSignal(model.failed, timeout=TIMEOUT):
            tasks.run(lambda ctx: ctx.close())
            model.load(None)
    finally:
        tasks.shutdown()
