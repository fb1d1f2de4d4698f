"""The team view (spec §1.2): agents × KPIs with the latest value and its trend, the last
coaching and training sessions (counted apart) and overdue actions; sortable; activating a
row opens that agent's engagement. "Enter measurements…" takes a whole period for the team
in one grid, pasted from a spreadsheet if you like."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Kpi, Language, Person
from coachdesk.gui.dialogs.board import buddy_label
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Tasks
from coachdesk.gui.widgets.trend_chart import format_value
from coachdesk.services import teams

GOOD = QColor("#1e7d32")
BAD = QColor("#b3261e")
ID_ROLE = Qt.ItemDataRole.UserRole


class _SortItem(QTableWidgetItem):
    """Sorts by the number kept beside the text (a date's ordinal, a KPI value)."""

    def __init__(self, text: str, key: float) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _SortItem):
            return self.key < other.key
        return super().__lt__(other)


def parse_grid(text: str) -> list[list[str]]:
    """Rows of cells from a spreadsheet's clipboard (tab-separated lines)."""
    return [line.split("\t") for line in text.replace("\r\n", "\n").rstrip("\n").split("\n")]


def parse_number(text: str) -> float | None:
    """A typed or pasted number: decimal comma or point, an optional % sign; ``None`` for an
    empty cell; ``ValueError`` for anything else, "nan" and "inf" included."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")  # 1.234,5 (Italian)
    else:
        cleaned = cleaned.replace(",", ".")
    number = float(cleaned.rstrip("%"))
    if not math.isfinite(number):
        raise ValueError("not a finite number")
    return number


class MeasurementsDialog(QDialog):
    """One period's values for the whole team: rows are agents, columns KPIs."""

    def __init__(self, overview: teams.TeamOverview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = overview
        self.setWindowTitle(self.tr("Enter the team's measurements"))
        self.resize(760, 420)
        today = dt.date.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(self.tr("Date of the measurements"))
        self.grid = QTableWidget(len(overview.rows), len(overview.kpi_names))
        self.grid.setHorizontalHeaderLabels(
            [f"{name} ({unit})" if unit else name for name, unit in overview.kpi_names]
        )
        self.grid.setVerticalHeaderLabels([r.agent_name for r in overview.rows])
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + 10)
        self.grid.setAccessibleName(self.tr("Measurements: agents by KPI"))
        for r, row in enumerate(overview.rows):
            for c, (name, _) in enumerate(overview.kpi_names):
                cell = QTableWidgetItem("")
                if name not in row.kpis:
                    cell.setFlags(Qt.ItemFlag.NoItemFlags)
                    cell.setToolTip(self.tr("This agent has no such KPI"))
                self.grid.setItem(r, c, cell)
        QShortcut(QKeySequence.StandardKey.Paste, self.grid, self.paste)
        self.message = QLabel(
            self.tr(
                "Type the values, or copy a block of cells from a spreadsheet and paste it "
                "(Ctrl+V) at the first cell. Empty cells are left out."
            )
        )
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Date:"), self.day))
        top.addWidget(self.day)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.result_values: dict[tuple[str, str], float] = {}

    def paste(self, text: str | None = None) -> None:
        text = QGuiApplication.clipboard().text() if text is None else text
        start_row = max(0, self.grid.currentRow())
        start_col = max(0, self.grid.currentColumn())
        for dr, cells in enumerate(parse_grid(text)):
            for dc, value in enumerate(cells):
                r, c = start_row + dr, start_col + dc
                item = self.grid.item(r, c)
                if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                    item.setText(value.strip())

    def values(self) -> dict[tuple[str, str], float]:
        """Every filled cell; ``ValueError`` (with that cell made current) for one that is
        not a number."""
        out: dict[tuple[str, str], float] = {}
        for r, row in enumerate(self.overview.rows):
            for c, (name, _) in enumerate(self.overview.kpi_names):
                item = self.grid.item(r, c)
                try:
                    number = parse_number(item.text()) if item is not None else None
                except ValueError:
                    self.grid.setCurrentCell(r, c)
                    raise
                if number is not None:
                    out[(row.engagement_id, name)] = number
        return out

    def day_value(self) -> dt.date:
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def _check(self) -> None:
        try:
            self.result_values = self.values()
        except ValueError:
            self.message.setStyleSheet("color: #b3261e;")
            self.message.setText(
                self.tr("The selected cell is not a number: correct it and record again.")
            )
            return
        if not self.result_values:
            self.message.setText(self.tr("Nothing to record yet."))
            return
        self.accept()


class TeamViewDialog(QDialog):
    open_engagement = Signal(str)
    team_changed = Signal()  # people or engagements were added: the navigation is stale

    def __init__(
        self, tasks: Tasks, leaders: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.overview: teams.TeamOverview | None = None
        self.setWindowTitle(self.tr("Team"))
        self.resize(1240, 520)
        self.leader = QComboBox()
        for person_id, name in leaders:
            self.leader.addItem(name, person_id)
        self.leader.setAccessibleName(self.tr("Team of"))
        self.leader.currentIndexChanged.connect(lambda _: self.reload())
        self.table = QTableWidget()
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Agents and their KPIs"))
        self.table.cellActivated.connect(self._activated)
        self.measure = QPushButton(self.tr("Enter &measurements…"))
        self.measure.clicked.connect(self._ask_measurements)
        self.new_team = QPushButton(self.tr("&New team…"))
        self.new_team.clicked.connect(self._ask_new_team)
        self.add_agent = QPushButton(self.tr("Add a&gent…"))
        self.add_agent.clicked.connect(self._ask_add_agent)
        self.kpis_button = QPushButton(self.tr("&KPI set…"))
        self.kpis_button.clicked.connect(self._ask_kpi_set)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #5f6b7a;")
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Team &of:"), self.leader))
        top.addWidget(self.leader, 1)
        top.addWidget(self.measure)
        top.addWidget(self.add_agent)
        top.addWidget(self.kpis_button)
        top.addWidget(self.new_team)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.message)
        self._dialog: QDialog | None = None
        if leaders:
            self.reload()
        else:
            for button in (self.measure, self.add_agent, self.kpis_button):
                button.setEnabled(False)
            self.message.setText(
                self.tr(
                    "No team yet: create one with New team…, or add the customer-service "
                    "manager or team leader as a stakeholder of each agent's engagement."
                )
            )

    def reload(self) -> None:
        leader_id = str(self.leader.currentData())
        today = dt.date.today()
        self._tasks.run(
            lambda ctx: teams.overview(ctx.db, leader_id, today),
            self._show,
            lambda exc: self.message.setText(error_text(exc)),
        )

    def _show(self, overview: teams.TeamOverview) -> None:
        self.overview = overview
        headers = [
            self.tr("Agent"),
            self.tr("Last coaching"),
            self.tr("Coaching held"),
            self.tr("Last training"),
            self.tr("Training held"),
            self.tr("Overdue actions"),
        ] + [f"{name}\n({unit})" if unit else name for name, unit in overview.kpi_names]
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(overview.rows))
        for r, row in enumerate(overview.rows):
            name = QTableWidgetItem(row.agent_name)
            name.setData(ID_ROLE, row.engagement_id)
            self.table.setItem(r, 0, name)
            for c, day in ((1, row.last_coaching), (3, row.last_training)):
                self.table.setItem(
                    r, c, _SortItem(day.isoformat() if day else "—", day.toordinal() if day else 0)
                )
            self.table.setItem(r, 2, _SortItem(str(row.coaching_held), row.coaching_held))
            self.table.setItem(r, 4, _SortItem(str(row.training_held), row.training_held))
            overdue = _SortItem(str(row.overdue_actions), row.overdue_actions)
            if row.overdue_actions:
                overdue.setForeground(QBrush(BAD))
            self.table.setItem(r, 5, overdue)
            for c, (kpi_name, _) in enumerate(overview.kpi_names, start=6):
                self.table.setItem(r, c, self._kpi_item(row.kpis.get(kpi_name)))
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        # Long headers wrap onto two lines instead of widening their columns.
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        header.setMinimumHeight(3 * header.fontMetrics().lineSpacing() + 10)
        for column in range(1, self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 118))
        header.setStretchLastSection(True)
        self.legend.setText(
            self.tr(
                "Arrows: ▲ better, ▼ worse than the baseline (or, without one, the previous "
                "measurement), by each KPI's direction; green when the target is met. "
                "Double-click an agent to open the engagement."
            )
        )

    def _kpi_item(self, cell: teams.KpiCell | None) -> QTableWidgetItem:
        if cell is None or cell.latest is None:
            return _SortItem("—", float("-inf"))
        arrow = {1: " ▲", -1: " ▼", 0: ""}[cell.trend()]
        item = _SortItem(format_value(cell.latest, cell.unit) + arrow, cell.latest)
        target = cell.on_target()
        if target is not None:
            item.setForeground(QBrush(GOOD if target else BAD))
        tips = []
        if cell.baseline is not None:
            tips.append(self.tr("baseline {v}").format(v=format_value(cell.baseline, cell.unit)))
        if cell.target is not None:
            tips.append(self.tr("target {v}").format(v=format_value(cell.target, cell.unit)))
        item.setToolTip(", ".join(tips))
        return item

    def _activated(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_engagement.emit(str(item.data(ID_ROLE)))

    def _ask_measurements(self) -> None:
        overview = self.overview
        if overview is None or not overview.rows:
            return
        dialog = MeasurementsDialog(overview, self)

        def recorded(n: int) -> None:
            self.message.setText(self.tr("Measurements recorded: {n}").format(n=n))
            self.reload()

        def record() -> None:
            values, day = dialog.result_values, dialog.day_value()
            self._tasks.run(
                lambda ctx: teams.record_measurements(ctx.db, overview.leader_id, day, values),
                recorded,
                lambda exc: self.message.setText(error_text(exc)),
            )

        dialog.accepted.connect(record)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    # -- creating and growing the team ---------------------------------------------------

    def _fail(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def _ask_new_team(self) -> None:
        from coachdesk.gui.dialogs.new_team import NewTeamDialog
        from coachdesk.services import practice

        def people_loaded(people: list[Person]) -> None:
            dialog = NewTeamDialog(people, self)

            def create() -> None:
                manager = str(dialog.manager.currentData())
                manager_name = dialog.manager.currentText()
                leader = str(dialog.leader.currentData()) or None
                title, agents = dialog.title.text(), dialog.agent_names()
                kpis, day = dialog.result_kpis, dialog.day()
                language = Language(dialog.language.currentData())

                def created(made: list[object]) -> None:
                    self.message.setText(self.tr("Team created: {n} agent(s).").format(n=len(made)))
                    self.team_changed.emit()
                    if self.leader.findData(manager) < 0:
                        self.leader.addItem(manager_name, manager)
                    for button in (self.measure, self.add_agent, self.kpis_button):
                        button.setEnabled(True)
                    self.leader.setCurrentIndex(self.leader.findData(manager))
                    self.reload()

                self._tasks.run(
                    lambda ctx: teams.create_team(
                        ctx.db,
                        title=title,
                        manager_id=manager,
                        leader_id=leader,
                        agent_names=agents,
                        kpis=kpis,
                        start=day,
                        language=language,
                    ),
                    created,
                    self._fail,
                )

            dialog.accepted.connect(create)
            dialog.finished.connect(dialog.deleteLater)
            self._dialog = dialog
            dialog.open()

        self._tasks.run(lambda ctx: list(practice.overview(ctx.db).people), people_loaded)

    def _ask_add_agent(self) -> None:
        leader_id = str(self.leader.currentData())
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Add an agent"))
        dialog.setLabelText(self.tr("The new agent's name:"))

        def add(name: str) -> None:
            if not name.strip():
                self.message.setText(self.tr("An agent needs a name: nobody was added."))
                return
            taken = (
                {r.agent_name.casefold() for r in self.overview.rows} if self.overview else set()
            )
            if " ".join(name.split()).casefold() in taken:
                self.message.setText(
                    self.tr("{name} is already in this team: nobody was added.").format(
                        name=name.strip()
                    )
                )
                return
            today = dt.date.today()

            def added(_: object) -> None:
                self.message.setText(self.tr("Agent added."))
                self.team_changed.emit()
                self.reload()

            self._tasks.run(
                lambda ctx: teams.add_agent(ctx.db, leader_id, name, today), added, self._fail
            )

        dialog.textValueSelected.connect(add)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def _ask_kpi_set(self) -> None:
        from coachdesk.gui.dialogs.new_team import KpiSetDialog

        leader_id = str(self.leader.currentData())

        def loaded(kpis: tuple[Kpi, ...]) -> None:
            dialog = KpiSetDialog(kpis, self)

            def apply() -> None:
                chosen = dialog.result_kpis

                def applied(n: int) -> None:
                    self.message.setText(self.tr("KPI set applied to the team."))
                    self.team_changed.emit()
                    self.reload()

                self._tasks.run(
                    lambda ctx: teams.apply_kpi_set(ctx.db, leader_id, chosen),
                    applied,
                    self._fail,
                )

            dialog.accepted.connect(apply)
            dialog.finished.connect(dialog.deleteLater)
            self._dialog = dialog
            dialog.open()

        self._tasks.run(lambda ctx: teams.kpi_set(ctx.db, leader_id), loaded, self._fail)
