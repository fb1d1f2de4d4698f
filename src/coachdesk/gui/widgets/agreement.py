"""The engagement's agreement (spec §3): the version in force, as a grid of roles and the
categories each may receive, the versions before it, and "New version…", which records a
changed agreement without touching the earlier ones."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Agreement, Category, Engagement, Role
from coachdesk.gui import labels


def category_label(category: Category) -> str:
    return labels.category(category)


def engagement_roles(engagement: Engagement) -> list[Role]:
    roles = [Role.COACHEE]
    for s in engagement.stakeholders:
        if s.role not in roles:
            roles.append(s.role)
    return roles


class AgreementDialog(QDialog):
    """A new version: the grid starts as the current version's."""

    def __init__(
        self, engagement: Engagement, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        today = today or dt.date.today()
        current = engagement.current_agreement
        self.setWindowTitle(self.tr("New version of the agreement"))
        self.roles = engagement_roles(engagement)
        self.boxes: dict[tuple[Role, Category], QCheckBox] = {}
        grid = QGridLayout()
        for column, category in enumerate(Category, start=1):
            grid.addWidget(QLabel(f"<b>{category_label(category)}</b>"), 0, column)
        for row, role in enumerate(self.roles, start=1):
            grid.addWidget(QLabel(labels.role(role)), row, 0)
            for column, category in enumerate(Category, start=1):
                box = QCheckBox()
                box.setChecked(bool(current and current.permits_category(role, category)))
                box.setAccessibleName(
                    self.tr("{role} may receive {category}").format(
                        role=labels.role(role), category=category_label(category)
                    )
                )
                self.boxes[(role, category)] = box
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignCenter)
        self.agreed_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.agreed_on.setCalendarPopup(True)
        self.agreed_on.setDisplayFormat(labels.date_format())
        self.agreed_on.setAccessibleName(self.tr("Agreed on"))
        self.cadence = QLineEdit(current.cadence if current else "")
        self.cadence.setAccessibleName(self.tr("Reporting cadence"))
        self.exceptions = QPlainTextEdit(current.exceptions if current else "")
        self.exceptions.setAccessibleName(self.tr("Confidentiality exceptions"))
        self.exceptions.setTabChangesFocus(True)
        self.text = QPlainTextEdit(current.text if current else "")
        self.text.setAccessibleName(self.tr("Other terms"))
        self.text.setTabChangesFocus(True)
        for edit in (self.exceptions, self.text):
            edit.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("&Agreed on:"), self.agreed_on)
        form.addRow(self.tr("Reporting &cadence:"), self.cadence)
        form.addRow(self.tr("Confidentiality &exceptions:"), self.exceptions)
        form.addRow(self.tr("Other &terms:"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record this version"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("What each role may receive in reports, as agreed by all three:"))
        )
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def permits(self) -> dict[Role, frozenset[Category]]:
        return {
            role: frozenset(c for c in Category if self.boxes[(role, c)].isChecked())
            for role in self.roles
        }

    def day(self) -> dt.date:
        day = self.agreed_on.date().toPython()
        assert isinstance(day, dt.date)
        return day


class AgreementPanel(QWidget):
    new_version_requested = Signal()
    document_requested = Signal()  # the agreement document of the engagement

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.grid = QTableWidget(0, len(Category))
        self.grid.setHorizontalHeaderLabels([category_label(c) for c in Category])
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setAccessibleName(self.tr("What each role may receive"))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.terms.setTextFormat(Qt.TextFormat.PlainText)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Earlier versions"))
        self.new_version = QPushButton(self.tr("New &version…"))
        self.new_version.clicked.connect(self.new_version_requested)
        self.document = QPushButton(self.tr("Agreement &document…"))
        self.document.setToolTip(
            self.tr("A PDF for coach, coachee and stakeholders to read and sign")
        )
        self.document.clicked.connect(self.document_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.grid)
        layout.addWidget(self.terms)
        layout.addWidget(QLabel(self.tr("<b>History</b>")))
        layout.addWidget(self.history, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_version)
        buttons.addWidget(self.document)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.show_engagement(None)

    def show_engagement(self, engagement: Engagement | None) -> None:
        self.grid.setRowCount(0)
        self.history.clear()
        self.terms.clear()
        self.new_version.setEnabled(engagement is not None)
        self.document.setEnabled(engagement is not None and bool(engagement.agreements))
        if engagement is None:
            self.title.setText("")
            return
        current = engagement.current_agreement
        if current is None:
            self.title.setText(
                self.tr("No agreement yet: nothing can be shared until one is recorded.")
            )
            return
        self.title.setText(
            self.tr("<b>Version {v}</b>, agreed on {d}").format(
                v=current.version, d=labels.date(current.agreed_on)
            )
        )
        roles = engagement_roles(engagement)
        self.grid.setRowCount(len(roles))
        self.grid.setVerticalHeaderLabels([labels.role(r) for r in roles])
        for row, role in enumerate(roles):
            for column, category in enumerate(Category):
                allowed = current.permits_category(role, category)
                cell = QTableWidgetItem("✓" if allowed else "—")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setToolTip(
                    (
                        self.tr("{role} may receive {category}")
                        if allowed
                        else self.tr("{role} may not receive {category}")
                    ).format(role=labels.role(role), category=category_label(category))
                )
                self.grid.setItem(row, column, cell)
        self.terms.setText(self._terms(current))
        # As tall as its rows: the terms and history follow right below.
        height = self.grid.horizontalHeader().height() + 2 * self.grid.frameWidth()
        height += sum(self.grid.rowHeight(r) for r in range(self.grid.rowCount()))
        self.grid.setFixedHeight(height)
        for a in sorted(engagement.agreements, key=lambda a: a.version, reverse=True):
            if a.version != current.version:
                self.history.addItem(
                    self.tr("Version {v} of {d}").format(v=a.version, d=labels.date(a.agreed_on))
                )

    def _terms(self, a: Agreement) -> str:
        parts = []
        if a.cadence:
            parts.append(self.tr("Reporting cadence: {c}").format(c=a.cadence))
        if a.exceptions:
            parts.append(self.tr("Confidentiality exceptions: {e}").format(e=a.exceptions))
        if a.text:
            parts.append(a.text)
        return "\n".join(parts)
