"""The disclosure ledger (spec §3, §5): every report sent, for one engagement or the whole
practice; the very file sent, from the copy the vault keeps (a protected one opened with its
password), which can be saved again; what each one included; and "Check", which tells two
things apart: whether the kept copy is the file sent (its hash), and whether the report
made from today's data would still be the same (and, if not, which facts differ)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import LedgerEntry, SessionKind
from coachdesk.gui import labels
from coachdesk.gui.alive import while_alive
from coachdesk.gui.dialogs.board import buddy_label
from coachdesk.gui.messages import error_text, service_text
from coachdesk.gui.models.ledger import LedgerModel, role_label
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.pdf_preview import PdfPreview, ask_pdf_path
from coachdesk.services import reports


def _session_kind(value: str) -> str:
    try:
        return labels.session_kind(SessionKind(value))
    except ValueError:
        return value


class LedgerDialog(QDialog):
    def __init__(
        self, tasks: Tasks, engagement_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.engagement_id = engagement_id
        self.copy: bytes | None = None  # the kept copy of the selected entry, once read
        self._file_dialog: QFileDialog | None = None
        self.setWindowTitle(
            self.tr("Disclosure ledger: this engagement")
            if engagement_id
            else self.tr("Disclosure ledger: the whole practice")
        )
        self.resize(1320, 760)
        self.model = LedgerModel(tasks, self)
        self.model.loaded.connect(self._show)
        self.model.failed.connect(self._failed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Every column as wide as its header and cells (the hash's header was cut short when
        # it was the one stretched); the recipient's name takes what room is left.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Reports sent"))
        self.table.selectionModel().selectionChanged.connect(self._selected)

        # The report sent: the kept copy, shown and saved as it was handed over.
        self.copy_status = QLabel()
        self.copy_status.setWordWrap(True)
        self.copy_status.setAccessibleName(self.tr("About the copy of the report sent"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password of this PDF"))
        self.password.returnPressed.connect(self.open_protected)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_protected)
        self.password_row = QWidget()
        row = QHBoxLayout(self.password_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(buddy_label(self.tr("PDF pass&word:"), self.password))
        row.addWidget(self.password, 1)
        row.addWidget(self.open_button)
        self.password_row.hide()
        self.preview = PdfPreview(self)
        self.document = self.preview.pdf
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._ask_path)
        sent = QWidget()
        sent_layout = QVBoxLayout(sent)
        sent_layout.addWidget(self.copy_status)
        sent_layout.addWidget(self.password_row)
        sent_layout.addWidget(self.preview, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        sent_layout.addLayout(save_row)

        # What it included, and the check.
        self.facts = QListWidget()
        self.facts.setAccessibleName(self.tr("What the selected report included"))
        self.facts.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setToolTip(
            self.tr(
                "Checks that the kept copy is the file sent, then makes the report again "
                "from today's data and compares"
            )
        )
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check_selected)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Result of the check"))
        included = QWidget()
        included_layout = QVBoxLayout(included)
        included_layout.addWidget(self.facts, 1)
        included_layout.addWidget(self.check_button)
        included_layout.addWidget(self.outcome)

        self.tabs = QTabWidget()
        self.tabs.addTab(sent, self.tr("The report sent"))
        self.tabs.addTab(included, self.tr("Included in this report"))
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setSizes([760, 560])
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        self.count = QLabel()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.reload()

    @property
    def entries(self) -> list[LedgerEntry]:
        """Every entry listed, newest first."""
        return self.model.entries

    def reload(self) -> None:
        self.model.load(self.engagement_id)

    def _show(self) -> None:
        self.count.setText(self.tr("Reports sent: %n", "", self.model.total()))
        if self.model.rowCount():
            self.table.selectRow(0)

    def selected(self) -> LedgerEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _selected(self) -> None:
        entry = self.selected()
        self.facts.clear()
        self.outcome.clear()
        self.check_button.setEnabled(entry is not None)
        self._show_copy(None, None)
        if entry is None:
            return
        self._load_copy(entry)
        kinds = self._kinds()

        def work(ctx: Context) -> list[reports.FactView]:
            return reports.describe_facts(ctx.db, entry)

        def shown(views: list[reports.FactView]) -> None:
            if self.selected() is not entry:
                return
            self.facts.clear()
            for v in views:
                what = kinds.get(v.kind, v.kind)
                day = f"{labels.date(v.day)} · " if v.day else ""
                if not v.present:
                    text = self.tr("no longer in the vault")
                elif v.kind == "session":
                    text = _session_kind(v.label)
                else:
                    text = " ".join(v.label.split())
                    if len(text) > 140:
                        text = text[:139] + "…"
                    if not v.unchanged:
                        text = self.tr("{text} (changed since)").format(text=text)
                self.facts.addItem(f"{what} · {day}{text}")

        self._tasks.run(work, while_alive(self, shown), while_alive(self, self._failed))

    def _kinds(self) -> dict[str, str]:
        return {
            "session": self.tr("session"),
            "goal": self.tr("goal"),
            "progress": self.tr("progress"),
            "item": self.tr("note"),
            "exception": self.tr("disclosed without consent"),
        }

    # -- the report sent ---------------------------------------------------------------

    def _load_copy(self, entry: LedgerEntry) -> None:
        if entry.id not in self.model.kept:
            self.copy_status.setText(
                self.tr(
                    "No copy of this report is kept: it was sent before CoachDesk kept "
                    "copies, or its coachee's data was erased. Its hash is still recorded."
                )
            )
            return
        self.copy_status.setText(self.tr("Opening the copy kept in the vault…"))

        def work(ctx: Context) -> bytes | None:
            return reports.kept_copy(ctx.db, entry)

        def read(data: bytes | None) -> None:
            if self.selected() is entry:
                self._show_copy(entry, data)

        def failed(exc: Exception) -> None:
            if self.selected() is entry:
                self.copy_status.setText(error_text(exc))

        self._tasks.run(work, while_alive(self, read), while_alive(self, failed))

    def _show_copy(self, entry: LedgerEntry | None, data: bytes | None) -> None:
        self.copy = data
        self.document.close()
        self.password.clear()
        self.password_row.hide()
        self.save_button.setEnabled(data is not None)
        if entry is None or data is None:
            return
        sent = entry.created_at.isoformat(" ", timespec="minutes")
        if entry.password_protected:
            self.copy_status.setText(
                self.tr(
                    "The very file sent on {sent}. It is protected by a password: type it "
                    "to open the copy."
                ).format(sent=sent)
            )
            self.password_row.show()
            self.password.setFocus()
        else:
            self.copy_status.setText(
                self.tr("The very file sent on {sent}, as the vault keeps it.").format(sent=sent)
            )
            self.preview.show_pdf(data, None)

    def open_protected(self) -> None:
        """Show the protected copy with the password typed (the bytes stay encrypted)."""
        if self.copy is None:
            return
        self.preview.show_pdf(self.copy, self.password.text())
        if self.document.status() == QPdfDocument.Status.Ready:
            self.copy_status.setText(self.tr("The very file sent, opened with its password."))
        else:
            self.document.close()
            self.copy_status.setText(self.tr("That is not the password of this PDF."))

    def _ask_path(self) -> None:
        entry = self.selected()
        if entry is None or self.copy is None:
            return
        # The role, not the name: file names travel in mail and file listings.
        role = "-".join(role_label(entry).lower().split())
        slug = "team-report" if entry.kind == "team-report" else f"report-{role}"
        self._file_dialog = ask_pdf_path(
            self,
            self.tr("Save a copy of the report sent"),
            f"{slug}-{entry.report_date.isoformat()}.pdf",
            self.save_copy_to,
        )

    def save_copy_to(self, path: Path) -> None:
        """Write the kept copy, as it was handed over, to ``path`` (no new ledger entry)."""
        entry = self.selected()
        if entry is None:
            return

        def work(ctx: Context) -> None:
            reports.save_kept_copy(ctx.db, entry, path)

        def done(_: None) -> None:
            self.copy_status.setText(
                self.tr("Saved a copy of the report sent: {name}").format(name=path.name)
            )

        self._tasks.run(
            work,
            while_alive(self, done),
            while_alive(self, lambda exc: self.copy_status.setText(error_text(exc))),
        )

    # -- the check ---------------------------------------------------------------------

    def check_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.outcome.setText(self.tr("Checking the copy and regenerating the report…"))

        def work(ctx: Context) -> tuple[reports.CopyCheck, reports.Reproduction]:
            assert ctx.vault is not None
            return reports.check_copy(ctx.db, entry), reports.check_entry(ctx.vault, entry)

        def done(result: tuple[reports.CopyCheck, reports.Reproduction]) -> None:
            copy, r = result
            if copy.state == "matches":
                first = self.tr("✓ The kept copy is the file sent: its hash matches.")
            elif copy.state == "none":
                first = self.tr("No copy of this report is kept.")
            else:
                first = self.tr(
                    "✗ The kept copy does not match the file sent: the vault is damaged; "
                    "run verify."
                )
            if r.reproduces:
                second = self.tr("Regenerated from today's data, it reproduces byte for byte.")
            else:
                second = self.tr(
                    "Regenerated from today's data, it no longer reproduces: {why}"
                ).format(why=self._why(r))
            self.outcome.setText(f"{first}\n{second}")

        self._tasks.run(work, while_alive(self, done), while_alive(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.outcome.setText(error_text(exc))

    def _why(self, r: reports.Reproduction) -> str:
        """Why a report made today differs, in the window's language: the facts that differ
        by kind, date-free id and change; never their text."""
        if not r.changes:
            if r.reason.startswith("the data has changed since"):
                return self.tr(
                    "the data has changed since: the same facts, other details differ (a "
                    "name, the coach profile, the agreement)"
                )
            return service_text(r.reason)
        kinds = self._kinds()
        changes = {
            "sent": self.tr("no longer included"),
            "new": self.tr("new since"),
            "changed": self.tr("changed since"),
        }
        listed = ", ".join(
            f"{kinds.get(c.kind, c.kind)} {c.id} ({changes[c.change]})" for c in r.changes
        )
        return self.tr("the data has changed since; these facts differ: {facts}").format(
            facts=listed
        )
