"""The disclosure ledger (spec §5): every report sent, for one engagement or the whole
practice; what each one included; and "Check", which regenerates a report from the vault and
says whether it still reproduces byte for byte."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import LedgerEntry, Role
from coachdesk.gui import labels
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.services import practice, reports

ROW_ROLE = Qt.ItemDataRole.UserRole


class LedgerDialog(QDialog):
    def __init__(
        self, tasks: Tasks, engagement_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.engagement_id = engagement_id
        self.entries: list[LedgerEntry] = []
        self.setWindowTitle(
            self.tr("Disclosure ledger: this engagement")
            if engagement_id
            else self.tr("Disclosure ledger: the whole practice")
        )
        self.resize(980, 600)
        headers = [
            self.tr("Sent"),
            self.tr("Recipient"),
            self.tr("Role"),
            self.tr("Period"),
            self.tr("Agreement"),
            self.tr("Password"),
            self.tr("File SHA-256"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            len(headers) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.table.setAccessibleName(self.tr("Reports sent"))
        self.table.itemSelectionChanged.connect(self._selected)
        self.facts = QListWidget()
        self.facts.setAccessibleName(self.tr("What the selected report included"))
        self.facts.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Check it reproduces"))
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check_selected)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Result of the check"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Included in this report</b>")))
        right_layout.addWidget(self.facts, 1)
        right_layout.addWidget(self.check_button)
        right_layout.addWidget(self.outcome)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([640, 340])
        bottom = QHBoxLayout()
        self.count = QLabel()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        engagement_id = self.engagement_id

        def work(ctx: Context) -> tuple[list[LedgerEntry], dict[str, str]]:
            return reports.ledger(ctx.db, engagement_id), practice.names(ctx.db)

        self._tasks.run(work, self._show, lambda exc: self.outcome.setText(error_text(exc)))

    def _show(self, data: tuple[list[LedgerEntry], dict[str, str]]) -> None:
        entries, names = data
        self.entries = sorted(entries, key=lambda e: (e.created_at, e.id), reverse=True)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            try:
                role = labels.role(Role(e.role))
            except ValueError:
                role = e.role
            cells = [
                e.created_at.strftime("%Y-%m-%d %H:%M"),
                names.get(e.recipient_id, self.tr("(erased)")),
                role,
                f"{e.period_from.isoformat()} – {e.period_to.isoformat()}",
                str(e.agreement_version) if e.agreement_version else "—",
                self.tr("yes") if e.password_protected else self.tr("no"),
                e.file_sha256[:12] + "…",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ROW_ROLE, row)
                if column == len(cells) - 1:
                    cell.setToolTip(e.file_sha256)
                self.table.setItem(row, column, cell)
        self.count.setText(self.tr("Reports sent: %n", "", len(self.entries)))
        if self.entries:
            self.table.selectRow(0)

    def selected(self) -> LedgerEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _selected(self) -> None:
        entry = self.selected()
        self.facts.clear()
        self.outcome.clear()
        self.check_button.setEnabled(entry is not None)
        if entry is None:
            return
        kinds = {
            "session": self.tr("session"),
            "goal": self.tr("goal"),
            "progress": self.tr("progress"),
            "item": self.tr("note"),
            "exception": self.tr("disclosed without consent"),
        }

        def work(ctx: Context) -> list[reports.FactView]:
            return reports.describe_facts(ctx.db, entry)

        def shown(views: list[reports.FactView]) -> None:
            if self.selected() is not entry:
                return
            self.facts.clear()
            for v in views:
                what = kinds.get(v.kind, v.kind)
                day = f"{v.day.isoformat()} · " if v.day else ""
                if not v.present:
                    text = self.tr("no longer in the vault")
                else:
                    text = " ".join(v.label.split())
                    if len(text) > 140:
                        text = text[:139] + "…"
                    if not v.unchanged:
                        text = self.tr("{text} (changed since)").format(text=text)
                self.facts.addItem(f"{what} · {day}{text}")

        self._tasks.run(work, shown, lambda exc: self.outcome.setText(error_text(exc)))

    def check_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.outcome.setText(self.tr("Regenerating the report…"))

        def work(ctx: Context) -> reports.Reproduction:
            assert ctx.vault is not None
            return reports.check_entry(ctx.vault, entry)

        def done(r: reports.Reproduction) -> None:
            if r.reproduces:
                self.outcome.setText(
                    self.tr("✓ Regenerated from the vault, it reproduces byte for byte.")
                )
            else:
                self.outcome.setText(
                    self.tr("✗ It no longer reproduces: {why}").format(why=r.reason)
                )

        self._tasks.run(work, done, lambda exc: self.outcome.setText(error_text(exc)))
