"""Personal data in the app (spec §8): erasing a coachee, with a confirmation that names what
will go and who received reports about them; and, on unlock, the engagements whose retention
period has passed, with erasure offered (never done without the coach's confirmation)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.gui import labels
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.services import erasure
from coachdesk.services.erasure import ErasureSummary
from coachdesk.services.retention import ExpiredRow


class ErasureDialog(QDialog):
    """Shows what erasing a coachee removes; "Erase permanently" does it."""

    erased = Signal(object)  # ErasureSummary

    def __init__(
        self, tasks: Tasks, person_id: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.person_id = person_id
        self.name = name
        self.setWindowTitle(self.tr("Erase a coachee's data"))
        self.text = QLabel(self.tr("Reading what would be erased…"))
        self.text.setWordWrap(True)
        self.recipients = QListWidget()
        self.recipients.setAccessibleName(self.tr("People who received reports about them"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("&Erase permanently"))
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.recipients, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self.resize(560, 300)
        self._tasks.run(self._preview, self._show, self._failed)

    def _preview(self, ctx: Context) -> ErasureSummary:
        assert ctx.vault is not None
        return erasure.erasure_preview(ctx.vault, self.person_id)

    def _show(self, summary: ErasureSummary) -> None:
        c = summary.counts
        self.text.setText(
            self.tr(
                "<b>Everything about {name} will be erased, for good:</b> engagements ({e}), "
                "sessions ({s}), note items ({i}) including private ones and reflections, "
                "goals ({g}) with their ratings and KPIs, actions ({a}), and the person. "
                "The disclosure ledger keeps only ids and hashes of what was reported. "
                "Backups made before today still hold the data until they rotate away."
            ).format(
                name=self.name,
                e=c["engagements"],
                s=c["sessions"],
                i=c["items"],
                g=c["goals"],
                a=c["actions"],
            )
            + (
                "<br><br>"
                + self.tr(
                    "The kept copies of the reports about them (%n) are deleted too; the "
                    "ledger keeps their hashes.",
                    "",
                    summary.kept_copies,
                )
                if summary.kept_copies
                else ""
            )
            + "<br><br>"
            + (
                self.tr("Reports about them went to these people; consider telling them:")
                if summary.recipients
                else self.tr("No report about them was ever produced.")
            )
        )
        for _pid, name in summary.recipients:
            self.recipients.addItem(QListWidgetItem(name))
        self.recipients.setVisible(bool(summary.recipients))
        self.erase_button.setEnabled(True)

    def erase(self) -> None:
        self.erase_button.setEnabled(False)
        self.text.setText(self.tr("Erasing…"))

        def work(ctx: Context) -> ErasureSummary:
            assert ctx.vault is not None
            return erasure.erase_coachee(ctx.vault, self.person_id)

        def done(summary: ErasureSummary) -> None:
            self.erased.emit(summary)
            self.accept()

        self._tasks.run(work, done, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.text.setText(error_text(exc))


class RetentionDialog(QDialog):
    """Engagements past their retention period, listed on unlock."""

    erase_requested = Signal(str, str)  # person id, name

    def __init__(self, rows: list[ExpiredRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention period passed"))
        self.resize(560, 340)
        intro = QLabel(
            self.tr(
                "The retention period agreed for these engagements has passed. Erase the "
                "coachee's data when nothing else needs it; CoachDesk never erases on its own."
            )
        )
        intro.setWordWrap(True)
        self.engagements = QListWidget()
        self.engagements.setAccessibleName(self.tr("Engagements past their retention period"))
        self.erase_buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.engagements, 1)
        for row in rows:
            person_id, name, erasable = row.coachee_id, row.coachee_name, row.erasable
            self.engagements.addItem(
                self.tr("{name} — {title}: kept until {until}").format(
                    name=name, title=row.engagement_title, until=labels.date(row.retention_ended)
                )
            )
            if erasable and person_id not in self.erase_buttons:
                button = QPushButton(self.tr("Erase {name}'s data…").format(name=name))
                button.clicked.connect(
                    lambda _=False, p=person_id, n=name: self.erase_requested.emit(p, n)
                )
                self.erase_buttons[person_id] = button
                layout.addWidget(button)
        if any(not row.erasable for row in rows):
            note = QLabel(
                self.tr(
                    "A coachee with another engagement still within its retention period "
                    "cannot be erased yet."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        later = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        later.rejected.connect(self.reject)
        layout.addWidget(later)
