"""The team view (spec §1.2): agents × KPIs with the latest value and its trend, the last
coaching and training sessions (counted apart) and overdue actions; sortable; activating a
row opens that agent's engagement. "Enter measurements…" takes a whole period for the team
in one grid, pasted from a spreadsheet if you like.

The table shows a :class:`~coachdesk.gui.models.team.TeamModel`, read through the database
worker; the team's average per period is a
:class:`~coachdesk.gui.widgets.team_averages.TeamAverages`; the changes to the team are the
flows of :class:`~coachdesk.gui.dialogs.team_editing.TeamEditing`; the measurements grid and
its paste live in ``team_measurements`` and ``team_paste``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.gui.dialogs.board import buddy_label
from coachdesk.gui.dialogs.team_editing import TeamEditing
from coachdesk.gui.dialogs.team_paste import parse_number as parse_number
from coachdesk.gui.messages import error_text
from coachdesk.gui.models.team import AMBER, BAD, GOOD, TeamModel
from coachdesk.gui.tasks import Tasks
from coachdesk.gui.widgets.team_averages import TeamAverages
from coachdesk.services import teams


class TeamViewDialog(TeamEditing):
    open_engagement = Signal(str)

    def __init__(
        self, tasks: Tasks, leaders: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        # A window of its own, not kept above the main window: an agent opened from here
        # comes to the front (the main window closes it on lock, with the other dialogs).
        super().__init__(None)
        self._owner = parent
        self._tasks = tasks
        self.overview: teams.TeamOverview | None = None
        self._sized = False
        self.setWindowTitle(self.tr("Team"))
        self.resize(640, 440)  # until the team is shown: then sized to its columns and rows
        self.leader = QComboBox()
        for person_id, name in leaders:
            self.leader.addItem(name, person_id)
        self.leader.setAccessibleName(self.tr("Team of"))
        self.leader.currentIndexChanged.connect(lambda _: self.reload())
        self.model = TeamModel(tasks, self)
        self.model.loaded.connect(self._show)
        self.model.failed.connect(lambda exc: self.message.setText(error_text(exc)))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Agents and their KPIs"))
        self.table.activated.connect(lambda i: self._activated(i.row(), i.column()))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.averages = TeamAverages()
        self.measure = QPushButton(self.tr("Enter &measurements…"))
        self.measure.clicked.connect(self._ask_measurements)
        self.new_team = QPushButton(self.tr("&New team…"))
        self.new_team.clicked.connect(self._ask_new_team)
        self.add_agent = QPushButton(self.tr("Add a&gent…"))
        self.add_agent.clicked.connect(self._ask_add_agent)
        self.kpis_button = QPushButton(self.tr("&KPI set…"))
        self.kpis_button.clicked.connect(self._ask_kpi_set)
        self.remove = QPushButton(self.tr("&Remove from team…"))
        self.remove.clicked.connect(self._ask_remove)
        self.remove.setEnabled(False)
        self.former = QCheckBox(self.tr("Show agents who &left"))
        self.former.toggled.connect(self._former_toggled)
        self.undo = QPushButton(self.tr("&Undo"))
        self.undo.hide()
        self._undo_id, self._undo_name = "", ""
        self.undo.clicked.connect(lambda: self._rejoin(self._undo_id, self._undo_name))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setStyleSheet("color: #5f6b7a;")
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Team &of:"), self.leader))
        top.addWidget(self.leader, 1)
        top.addWidget(self.measure)
        top.addWidget(self.add_agent)
        top.addWidget(self.remove)
        top.addWidget(self.kpis_button)
        top.addWidget(self.new_team)
        below = QHBoxLayout()
        below.addWidget(self.former)
        below.addStretch(1)
        self.averages_label = QLabel(self.tr("<b>The team's average per period</b>"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(below)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.averages_label)
        layout.addWidget(self.averages)
        layout.addWidget(self.legend)
        layout.addLayout(bottom)
        self._dialog: QDialog | None = None
        self._team_draft: dict[str, object] = {}
        if leaders:
            self.reload()
        else:
            for button in (self.measure, self.add_agent, self.kpis_button, self.former):
                button.setEnabled(False)
            self.message.setText(
                self.tr(
                    "No team yet: create one with New team…, or add the customer-service "
                    "manager or team leader as a stakeholder of each agent's engagement."
                )
            )

    def engagement_changed(self, engagement_id: str) -> None:
        """The one change notification of the window: an engagement changed (``""``: any of
        them). The view reloads when it shows that agent, or for any change."""
        if self.overview is None or self.leader.currentData() is None:
            return
        if not engagement_id or any(r.engagement_id == engagement_id for r in self.overview.rows):
            self.reload()

    def reload(self) -> None:
        if self.leader.currentData() is None:
            return
        leader_id = str(self.leader.currentData())
        self.model.load(leader_id, dt.date.today(), former=self.former.isChecked())

    def _former_toggled(self, on: bool) -> None:
        self.remove.setText(
            self.tr("&Bring back into the team") if on else self.tr("&Remove from team…")
        )
        for button in (self.measure, self.add_agent, self.kpis_button):
            button.setEnabled(not on)
        self.reload()

    def _selection_changed(self) -> None:
        self.remove.setEnabled(self._selected() is not None)

    def _selected(self) -> teams.AgentRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or self.overview is None:
            return None
        return self.model.agent(rows[0].row())

    def _show(self, overview: teams.TeamOverview) -> None:
        self.overview = overview
        # Sorted again by the column the coach chose, if any.
        self.table.setSortingEnabled(False)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        # Long headers wrap onto two lines instead of widening their columns.
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        header.setMinimumHeight(3 * header.fontMetrics().lineSpacing() + 10)
        for column in range(1, self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 118))
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 220))
        header.setStretchLastSection(True)
        visible = self.averages.show_averages(overview)
        self.averages.setVisible(visible)
        self.averages_label.setVisible(visible)
        self._selection_changed()
        self.legend.setText(self._legend())
        if not self._sized:
            self._sized = True
            self._fit()

    def _legend(self) -> str:
        swatch = '<span style="color:{c}">■</span> {t}'
        colours = " · ".join(
            swatch.format(c=colour.name(), t=text)
            for colour, text in (
                (GOOD, self.tr("target met")),
                (AMBER, self.tr("better than the baseline, target not yet met")),
                (BAD, self.tr("worse than the baseline (or short of the target without one)")),
            )
        )
        return (
            self.tr("<b>Colour</b> (against the target and baseline, by each KPI's direction): ")
            + colours
            + "<br>"
            + self.tr(
                "<b>Arrow</b>: ▲ the value went up, ▼ it went down since the previous "
                "measurement (for a first one, since the baseline), then by how much; up is "
                "good or bad by the KPI (a lower handling time is better). Double-click an "
                "agent to open the engagement."
            )
            + "<br>"
            + self.tr(
                "<b>Last coaching</b> in red, «overdue»: a coaching session was due by the "
                "engagement's cadence and none was held."
            )
        )

    def _fit(self) -> None:
        """Open large enough for every column (and up to twenty rows), within the screen."""
        width = sum(self.table.columnWidth(c) for c in range(self.model.columnCount()))
        width += self.table.verticalScrollBar().sizeHint().width() + 60
        rows = min(20, self.model.rowCount())
        height = (
            self.table.horizontalHeader().minimumHeight()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 380
        )
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(max(self.width(), width), max(self.height(), height))

    def _activated(self, row: int, _column: int) -> None:
        agent = self.model.agent(row)
        if agent is not None:
            self.open_engagement.emit(agent.engagement_id)
            # The engagement comes to the front, above the team view.
            owner = self._owner.window() if self._owner is not None else None
            if owner is not None:
                if QGuiApplication.platformName() != "offscreen":  # it cannot stack windows
                    owner.raise_()
                owner.activateWindow()
