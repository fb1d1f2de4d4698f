"""Creating a team in a minute (spec §1.2): its name, the customer-service manager, the team
leader when it is not the coach, the agents one per line, and the KPI set every agent's
engagement gets (defaults: handling time, first-contact resolution, CSAT, quality score).
The KPI set editor is the same table, used again to change the set for the whole team.
With no manager among the people yet, their name is typed here and the person is created with
the team; what was typed is kept as a draft if the dialog is cancelled or creation fails."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Better, Kpi, Language, Person
from coachdesk.gui import labels
from coachdesk.gui.dialogs.team_paste import parse_number
from coachdesk.gui.messages import service_text
from coachdesk.services import kpi_units
from coachdesk.services.teams import DEFAULT_KPIS


class UnitRefusal(ValueError):
    """A baseline or target that its KPI's unit does not allow (the reason: a fixed sentence
    of the services, translated by ``service_text``)."""

    def __init__(self, kpi: str, reason: str) -> None:
        super().__init__(reason)
        self.kpi = kpi
        self.reason = reason


def kpi_set_problem(exc: ValueError) -> str:
    """What is wrong with the KPI set typed, in the window's language."""
    if isinstance(exc, UnitRefusal):
        return QCoreApplication.translate(
            "KpiSetTable", "The baseline or target of {kpi} is refused: {reason}."
        ).format(kpi=exc.kpi, reason=service_text(exc.reason))
    return QCoreApplication.translate(
        "KpiSetTable", "A baseline or target is not a number, or two KPIs have the same name."
    )


class KpiSetTable(QWidget):
    """Rows of KPIs: name, unit, which direction is better, baseline, target."""

    def __init__(
        self, kpis: tuple[Kpi, ...], parent: QWidget | None = None, *, removable: bool = True
    ) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("KPI"), self.tr("Unit"), self.tr("Better"), self.tr("Baseline"),
             self.tr("Target")]
        )  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("The team's KPIs"))
        for kpi in kpis:
            self.add_row(kpi)
        add = QPushButton(self.tr("Add &KPI"))
        add.clicked.connect(lambda: self.add_row(Kpi("", "", "", Better.HIGHER)))
        remove = QPushButton(self.tr("Remo&ve KPI"))
        remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        remove.setVisible(removable)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def add_row(self, kpi: Kpi) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(kpi.name))
        self.table.setItem(r, 1, QTableWidgetItem(kpi.unit))
        better = QComboBox()
        better.addItem(self.tr("higher"), Better.HIGHER.value)
        better.addItem(self.tr("lower"), Better.LOWER.value)
        better.setCurrentIndex(better.findData(kpi.better.value))
        self.table.setCellWidget(r, 2, better)
        for c, number in ((3, kpi.baseline), (4, kpi.target)):
            text = "" if number is None else labels.number(number)
            self.table.setItem(r, c, QTableWidgetItem(text))

    def _remove(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def kpis(self) -> tuple[Kpi, ...]:
        """The KPIs typed; ``ValueError`` when a baseline or target is not a number or two
        KPIs have the same name, and :class:`UnitRefusal` when the unit does not allow a
        baseline or target (a percentage above 100, a negative duration)."""
        out: list[Kpi] = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(5)]
            name = cells[0].text().strip() if cells[0] else ""
            if not name:
                continue
            if name.casefold() in {k.name.casefold() for k in out}:
                raise ValueError("two KPIs with one name")
            better = self.table.cellWidget(r, 2)
            assert isinstance(better, QComboBox)
            kpi = Kpi(
                "",
                name,
                cells[1].text().strip() if cells[1] else "",
                Better(better.currentData()),
                parse_number(cells[3].text()) if cells[3] else None,
                parse_number(cells[4].text()) if cells[4] else None,
            )
            for column, number in ((3, kpi.baseline), (4, kpi.target)):
                reason = None if number is None else kpi_units.problem(kpi.unit, number)
                if reason is not None:
                    self.table.setCurrentCell(r, column)
                    raise UnitRefusal(name, reason)
            out.append(kpi)
        return tuple(out)


def default_kpis() -> list[Kpi]:
    """The default KPI set, named in the window's language (the names are the coach's to
    change; they are stored as typed)."""
    names = {
        "Average handling time": QCoreApplication.translate("kpis", "Average handling time"),
        "First-contact resolution": QCoreApplication.translate("kpis", "First-contact resolution"),
        "CSAT": QCoreApplication.translate("kpis", "CSAT"),
        "Quality score": QCoreApplication.translate("kpis", "Quality score"),
    }
    return [replace(k, name=names.get(k.name, k.name)) for k in DEFAULT_KPIS]


class NewTeamDialog(QDialog):
    def __init__(self, people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New team"))
        self.resize(640, 620)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Inbound support 2027"))
        self.title.setAccessibleName(self.tr("Name of the team"))
        self.manager = QComboBox()
        self.new_manager = QLineEdit()
        self.new_manager.setPlaceholderText(self.tr("…or a new person: their name"))
        self.new_manager.setAccessibleName(self.tr("New customer-service manager"))
        self.new_manager.textChanged.connect(lambda text: self.manager.setEnabled(not text.strip()))
        self.leader = QComboBox()
        self.leader.addItem(self.tr("(me, the coach)"), "")
        for p in people:
            self.manager.addItem(p.name, p.id)
            self.leader.addItem(p.name, p.id)
        self.manager.setAccessibleName(self.tr("Customer-service manager"))
        self.leader.setAccessibleName(self.tr("Team leader"))
        self.agents = QPlainTextEdit()
        self.agents.setPlaceholderText(self.tr("One agent per line"))
        self.agents.setAccessibleName(self.tr("Agents, one per line"))
        self.agents.setTabChangesFocus(True)
        today = dt.date.today()
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(labels.date_format())
        self.start.setAccessibleName(self.tr("Start"))
        self.language = QComboBox()
        self.language.addItem("English", Language.EN.value)
        self.language.addItem("Italiano", Language.IT.value)
        self.language.setAccessibleName(self.tr("Language of reports"))
        if QLocale().language() == QLocale.Language.Italian:
            self.language.setCurrentIndex(self.language.findData(Language.IT.value))
        self.kpi_set = KpiSetTable(tuple(default_kpis()))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("&Team:"), self.title)
        manager_row = QHBoxLayout()
        manager_row.addWidget(self.manager, 1)
        manager_row.addWidget(self.new_manager, 1)
        form.addRow(self.tr("&Customer-service manager:"), manager_row)
        form.addRow(self.tr("Team &leader:"), self.leader)
        form.addRow(self.tr("&Agents:"), self.agents)
        form.addRow(self.tr("&Starts:"), self.start)
        form.addRow(self.tr("Language of &reports:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create t&he team"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>KPIs</b> (every agent's engagement gets them)")))
        layout.addWidget(self.kpi_set, 1)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Each agent gets an engagement in which the manager receives nothing until "
                    "the agent agrees: record what they agree to as a new agreement version."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.result_kpis: tuple[Kpi, ...] = ()
        if not people:
            self.manager.setEnabled(False)
            self.new_manager.setPlaceholderText(
                self.tr("No one yet: type the manager's name (created with the team)")
            )

    def manager_choice(self) -> tuple[str | None, str]:
        """(id of an existing person, or ``None``; name of a new person to create, or "")."""
        typed = " ".join(self.new_manager.text().split())
        if typed:
            return None, typed
        data = self.manager.currentData()
        return (str(data) if data is not None else None), ""

    def draft(self) -> dict[str, object]:
        """What was typed, to be put back if the dialog is opened again."""
        return {
            "title": self.title.text(),
            "manager": self.manager.currentData(),
            "new_manager": self.new_manager.text(),
            "leader": self.leader.currentData(),
            "agents": self.agents.toPlainText(),
            "start": self.start.date(),
            "language": self.language.currentData(),
        }

    def restore(self, draft: dict[str, object]) -> None:
        self.title.setText(str(draft.get("title", "")))
        self.new_manager.setText(str(draft.get("new_manager", "")))
        for combo, key in ((self.manager, "manager"), (self.leader, "leader"),
                           (self.language, "language")):  # fmt: skip
            index = combo.findData(draft.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.agents.setPlainText(str(draft.get("agents", "")))
        start = draft.get("start")
        if isinstance(start, QDate):
            self.start.setDate(start)

    def agent_names(self) -> list[str]:
        return [n.strip() for n in self.agents.toPlainText().splitlines() if n.strip()]

    def day(self) -> dt.date:
        day = self.start.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def _check(self) -> None:
        try:
            self.result_kpis = self.kpi_set.kpis()
        except ValueError as exc:
            self.message.setText(kpi_set_problem(exc))
            return
        if not self.title.text().strip():
            self.message.setText(self.tr("Give the team a name."))
        elif not self.agent_names():
            self.message.setText(self.tr("Add at least one agent, one per line."))
        elif not self.result_kpis:
            self.message.setText(self.tr("Keep at least one KPI."))
        elif self.manager_choice() == (None, ""):
            self.message.setText(
                self.tr("Choose the customer-service manager, or type a new person's name.")
            )
        else:
            self.accept()


class KpiSetDialog(QDialog):
    """The team's KPI set, changed for every agent at once."""

    def __init__(self, kpis: tuple[Kpi, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The team's KPIs"))
        self.resize(620, 360)
        self.kpi_set = KpiSetTable(kpis, removable=False)
        self.message = QLabel(
            self.tr(
                "A KPI of the same name takes the new unit, direction, baseline and target in "
                "every agent's engagement (its measurements stay); a new one is added to each. "
                "To remove a KPI, delete it in the agent's Goals tab."
            )
        )
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Apply to the team"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kpi_set, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.result_kpis: tuple[Kpi, ...] = ()

    def _check(self) -> None:
        try:
            self.result_kpis = self.kpi_set.kpis()
        except ValueError as exc:
            self.message.setStyleSheet("color: #b3261e;")
            self.message.setText(kpi_set_problem(exc))
            return
        self.accept()
