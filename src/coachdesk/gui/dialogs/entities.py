"""Dialogs to create and change organisations, people and engagements, and the one way the
app asks before deleting: a message that says what goes with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from coachdesk.domain import (
    Billing,
    Engagement,
    Language,
    Organisation,
    Person,
    Role,
    Stakeholder,
)
from coachdesk.gui import labels
from coachdesk.gui.dialogs.form import FormDialog
from coachdesk.gui.widgets.dates import date_edit, pydate

STAKEHOLDER_ROLES = tuple(r for r in Role if r is not Role.COACHEE)


def confirm_delete(
    parent: QWidget, title: str, text: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """Ask before deleting; ``text`` says what goes with it. Non-blocking."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    delete = box.addButton(
        QCoreApplication.translate("entities", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.buttonClicked.connect(lambda button: on_yes() if button is delete else None)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic (&) moves to ``widget``; needed when the field is a layout."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _organisation_combo(organisations: list[Organisation], current: str | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("entities", "(none)"), "")
    for org in organisations:
        combo.addItem(org.name, org.id)
    combo.setCurrentIndex(max(0, combo.findData(current or "")))
    return combo


class OrganisationDialog(FormDialog):
    """A new organisation's name, or a new name for one; an empty name keeps the dialog
    open and says what is missing."""

    chosen = Signal(str)

    def __init__(self, name: str = "", *, new: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New organisation") if new else self.tr("Organisation"))
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Name of the organisation"))
        self.name.setMinimumWidth(320)
        self.name.textEdited.connect(lambda _: self.message.clear())
        self.form.addRow(self.tr("&Name of the organisation:"), self.name)
        self.lay_out()

    def check(self) -> None:
        if self.filled(self.name, self.tr("Type the organisation's name.")):
            name = self.name.text().strip()
            self.accept()
            self.chosen.emit(name)


class PersonDialog(FormDialog):
    def __init__(
        self,
        organisations: list[Organisation],
        person: Person | None = None,
        parent: QWidget | None = None,
        organisation_id: str | None = None,
    ) -> None:
        """``organisation_id`` is a new person's organisation to start with (the one the
        coach has selected in the navigation)."""
        super().__init__(parent)
        self.person = person
        self.setWindowTitle(self.tr("Person") if person else self.tr("New person"))
        self.name = QLineEdit(person.name if person else "")
        self.name.setAccessibleName(self.tr("Name"))
        self.job = QLineEdit(person.title if person else "")
        self.job.setAccessibleName(self.tr("Job title"))
        self.email = QLineEdit(person.email if person else "")
        self.email.setAccessibleName(self.tr("E-mail"))
        self.email.setPlaceholderText(self.tr("optional: the coaching log lists it as contact"))
        self.organisation = _organisation_combo(
            organisations, person.organisation_id if person else organisation_id
        )
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Job title:"), self.job)
        self.form.addRow(self.tr("&E-mail:"), self.email)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.name.textEdited.connect(lambda _: self.message.clear())
        self.lay_out()

    def check(self) -> None:
        if self.filled(self.name, self.tr("Type the person's name.")):
            self.accept()

    def value(self) -> Person:
        org = str(self.organisation.currentData()) or None
        base = self.person or Person("", "")
        return replace(
            base,
            name=self.name.text().strip(),
            title=self.job.text().strip(),
            email=self.email.text().strip(),
            organisation_id=org,
        )


class EngagementDialog(FormDialog):
    """A new engagement, or an existing one's details and stakeholders."""

    def __init__(
        self,
        people: list[Person],
        organisations: list[Organisation],
        engagement: Engagement | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        today = today or dt.date.today()
        self.engagement = engagement
        self.people = people
        self.setWindowTitle(self.tr("Engagement") if engagement else self.tr("New engagement"))
        self.resize(560, 520)
        self.title = QLineEdit(engagement.title if engagement else "")
        self.title.setAccessibleName(self.tr("Title"))
        self.coachee = QComboBox()
        for p in people:
            self.coachee.addItem(p.name, p.id)
        self.coachee.setPlaceholderText(self.tr("Choose the coachee"))
        # No coachee until one is chosen: the first name in the list may well be a sponsor.
        self.coachee.setCurrentIndex(
            self.coachee.findData(engagement.coachee_id) if engagement else -1
        )
        self.coachee.setAccessibleName(self.tr("Coachee"))
        self.organisation = _organisation_combo(
            organisations, engagement.organisation_id if engagement else None
        )
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.start = date_edit(engagement.start if engagement else today, self.tr("Start"))
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.end = date_edit(
            engagement.end
            if engagement and engagement.end
            else (engagement.start if engagement else today) + dt.timedelta(days=180),
            self.tr("End"),
        )
        self.has_end.setChecked(bool(engagement and engagement.end))
        self.end.setEnabled(self.has_end.isChecked())
        self.has_end.toggled.connect(self.end.setEnabled)
        self.language = QComboBox()
        self.language.addItem("English", Language.EN.value)
        self.language.addItem("Italiano", Language.IT.value)
        if engagement:
            self.language.setCurrentIndex(self.language.findData(engagement.language.value))
        elif QLocale().language() == QLocale.Language.Italian:
            self.language.setCurrentIndex(self.language.findData(Language.IT.value))
        if engagement is None:
            self.coachee.currentIndexChanged.connect(self._coachee_chosen)
        self.language.setAccessibleName(self.tr("Language of reports"))
        self.retention = QSpinBox()
        self.retention.setRange(1, 240)
        self.retention.setValue(engagement.retention_months if engagement else 24)
        self.retention.setSuffix(self.tr(" months after the end"))
        self.retention.setAccessibleName(self.tr("Retention"))
        self.billing = QComboBox()
        self.billing.addItem(self.tr("Paid"), Billing.PAID.value)
        self.billing.addItem(self.tr("Pro bono"), Billing.PRO_BONO.value)
        if engagement is not None:
            self.billing.setCurrentIndex(self.billing.findData(engagement.billing.value))
        self.billing.setAccessibleName(self.tr("Billing"))
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 365)
        self.cadence.setSpecialValueText(self.tr("none"))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setValue((engagement.cadence_days or 0) if engagement else 0)
        self.cadence.setAccessibleName(self.tr("Coaching cadence"))
        self.cadence.setToolTip(
            self.tr("A coaching session is due this many days after the last held one.")
        )

        self.stakeholders = QTableWidget(0, 2)
        self.stakeholders.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Role")])
        # The person's name gets the room; the role column is as wide as its longest role.
        header = self.stakeholders.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.stakeholders.setMinimumWidth(460)
        self.stakeholders.verticalHeader().hide()
        self.stakeholders.setAccessibleName(self.tr("Stakeholders"))
        for s in engagement.stakeholders if engagement else ():
            self._add_row(s)
        add = QPushButton(self.tr("&Add stakeholder"))
        add.clicked.connect(lambda: self._add_row(None))
        remove = QPushButton(self.tr("&Remove stakeholder"))
        remove.clicked.connect(self._remove_row)

        self.message.setWordWrap(True)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.has_end)
        dates.addWidget(self.end)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Coachee:"), self.coachee)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.form.addRow(buddy(self.tr("&Starts:"), self.start), dates)
        self.form.addRow(self.tr("&Language of reports:"), self.language)
        self.form.addRow(self.tr("&Keep data:"), self.retention)
        self.form.addRow(self.tr("&Billing:"), self.billing)
        self.form.addRow(self.tr("Coaching ca&dence:"), self.cadence)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.lay_out(
            QLabel(self.tr("<b>Stakeholders</b> (who may receive reports)")),
            (self.stakeholders, 1),
            row,
        )
        self.title.textEdited.connect(lambda _: self.message.clear())

    def _coachee_chosen(self, _index: int) -> None:
        """A new engagement is usually with the coachee's own organisation."""
        self.message.clear()
        person = next((p for p in self.people if p.id == self.coachee.currentData()), None)
        if person is not None and person.organisation_id:
            index = self.organisation.findData(person.organisation_id)
            if index >= 0:
                self.organisation.setCurrentIndex(index)

    def _add_row(self, stakeholder: Stakeholder | None) -> None:
        row = self.stakeholders.rowCount()
        self.stakeholders.insertRow(row)
        person = QComboBox()
        for p in self.people:
            person.addItem(p.name, p.id)
        person.setPlaceholderText(self.tr("Choose a person"))
        # A new row names nobody until the coach chooses: the first person in the list is
        # often the coachee, and they cannot be a sponsor of their own engagement.
        person.setCurrentIndex(-1)
        person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        role = QComboBox()
        for r in STAKEHOLDER_ROLES:
            role.addItem(labels.role(r), r.value)
        if stakeholder is not None:
            person.setCurrentIndex(max(0, person.findData(stakeholder.person_id)))
            role.setCurrentIndex(max(0, role.findData(stakeholder.role.value)))
        person.setAccessibleName(self.tr("Stakeholder"))
        role.setAccessibleName(self.tr("Role"))
        self.stakeholders.setCellWidget(row, 0, person)
        self.stakeholders.setCellWidget(row, 1, role)
        person.currentIndexChanged.connect(lambda _: self.message.clear())

    def _remove_row(self) -> None:
        row = self.stakeholders.currentRow()
        if row < 0:
            row = self.stakeholders.rowCount() - 1
        if row >= 0:
            self.stakeholders.removeRow(row)

    def stakeholder_list(self) -> tuple[Stakeholder, ...]:
        out: list[Stakeholder] = []
        for row in range(self.stakeholders.rowCount()):
            person = self.stakeholders.cellWidget(row, 0)
            role = self.stakeholders.cellWidget(row, 1)
            assert isinstance(person, QComboBox) and isinstance(role, QComboBox)
            pid = str(person.currentData() or "")
            if pid:  # the same person twice is kept, and refused on OK with a reason
                out.append(Stakeholder(pid, Role(role.currentData())))
        return tuple(out)

    def value(self) -> Engagement:
        base = self.engagement or Engagement(
            id="", coachee_id="", title="", start=pydate(self.start)
        )
        return replace(
            base,
            title=self.title.text().strip(),
            coachee_id=str(self.coachee.currentData() or ""),
            organisation_id=str(self.organisation.currentData()) or None,
            start=pydate(self.start),
            end=pydate(self.end) if self.has_end.isChecked() else None,
            language=Language(self.language.currentData()),
            retention_months=self.retention.value(),
            billing=Billing(self.billing.currentData()),
            cadence_days=self.cadence.value() or None,
            stakeholders=self.stakeholder_list(),
        )

    def check(self) -> None:
        e = self.value()
        if not e.title:
            self.message.setText(self.tr("Give the engagement a title."))
        elif not e.coachee_id:
            self.message.setText(self.tr("Choose the coachee (add the person first)."))
        elif e.end is not None and e.end < e.start:
            self.message.setText(self.tr("The engagement cannot end before it starts."))
        elif e.coachee_id in {s.person_id for s in e.stakeholders}:
            self.message.setText(self.tr("The coachee cannot also be a stakeholder."))
        elif twice := _listed_twice(e.stakeholders):
            name = next((p.name for p in self.people if p.id == twice), "")
            self.message.setText(
                self.tr(
                    "{name} is listed twice: a person can have only one role in an engagement."
                ).format(name=name)
            )
        else:
            self.accept()
            return
        self.message.setFocus(Qt.FocusReason.OtherFocusReason)


def _listed_twice(stakeholders: tuple[Stakeholder, ...]) -> str | None:
    seen: set[str] = set()
    for s in stakeholders:
        if s.person_id in seen:
            return s.person_id
        seen.add(s.person_id)
    return None
