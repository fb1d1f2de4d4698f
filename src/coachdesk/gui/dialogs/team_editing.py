"""The team view's changes to the team: an agent leaves (and comes back), a period's
measurements, a new team, one more agent, the team's KPI set. Each asks in a non-blocking
dialog, runs on the database worker, then says what it did and has the view read the team
again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Engagement, Kpi, Language, Person, Role
from coachdesk.gui import labels
from coachdesk.gui.dialogs.board import buddy_label
from coachdesk.gui.dialogs.new_team import KpiSetDialog, NewTeamDialog
from coachdesk.gui.dialogs.team_measurements import MeasurementsDialog
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Tasks
from coachdesk.services import practice, teams


class LeaveDialog(QDialog):
    """ "Remove from team…": names the agent, asks the day they leave, says what stays."""

    def __init__(self, agent_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove {name} from the team").format(name=agent_name))
        text = QLabel(
            self.tr(
                "{name} leaves the team: their engagement ends on the day below. Every "
                "session, note, measurement, report and ledger entry is kept. From that day "
                "{name} is no longer in the team view, the measurements grid or the team "
                "reports of later periods. You can undo it (Show agents who left, then Bring "
                "back into the team)."
            ).format(name=agent_name)
        )
        text.setWordWrap(True)
        today = dt.date.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(labels.date_format())
        self.day.setAccessibleName(self.tr("Last day in the team"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Remove {name} from the team").format(name=agent_name)
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("&Leaves on:"), self.day))
        row.addWidget(self.day)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def day_value(self) -> dt.date:
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        return day


class TeamEditing(QDialog):
    """The team view's editing flows, apart from how it shows the team. The view builds the
    controls named here and reads the team again in ``reload``."""

    team_changed = Signal()  # people or engagements were added: the navigation is stale

    _tasks: Tasks
    overview: teams.TeamOverview | None
    leader: QComboBox
    message: QLabel
    undo: QPushButton
    former: QCheckBox
    measure: QPushButton
    add_agent: QPushButton
    kpis_button: QPushButton
    _dialog: QDialog | None
    _team_draft: dict[str, object]
    _undo_id: str
    _undo_name: str

    def reload(self) -> None:
        raise NotImplementedError

    def _selected(self) -> teams.AgentRow | None:
        raise NotImplementedError

    # -- an agent leaves, or comes back ----------------------------------------------------

    def _ask_remove(self) -> None:
        row = self._selected()
        if row is None:
            return
        if self.former.isChecked():
            self._rejoin(row.engagement_id, row.agent_name)
            return
        leader_id = str(self.leader.currentData())
        dialog = LeaveDialog(row.agent_name, self)

        chosen: list[dt.date] = []

        def removed(_: object) -> None:
            day = chosen[0]
            self.message.setText(
                self.tr("{name} left the team on {day}.").format(
                    name=row.agent_name, day=labels.date(day)
                )
            )
            self._undo_id, self._undo_name = row.engagement_id, row.agent_name
            self.undo.show()
            self.team_changed.emit()
            self.reload()

        def remove() -> None:
            day = dialog.day_value()
            chosen[:] = [day]
            engagement_id = row.engagement_id
            self._tasks.run(
                lambda ctx: teams.remove_agent(ctx.db, leader_id, engagement_id, day),
                removed,
                self._fail,
            )

        dialog.accepted.connect(remove)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def _rejoin(self, engagement_id: str, name: str) -> None:
        if not engagement_id:
            return
        leader_id = str(self.leader.currentData())

        def back(_: object) -> None:
            self.undo.hide()
            self._undo_id, self._undo_name = "", ""
            self.message.setText(self.tr("{name} is back in the team.").format(name=name))
            self.team_changed.emit()
            self.reload()

        self._tasks.run(
            lambda ctx: teams.rejoin(ctx.db, leader_id, engagement_id), back, self._fail
        )

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
        def people_loaded(people: list[Person]) -> None:
            dialog = NewTeamDialog(people, self)
            if self._team_draft:
                dialog.restore(self._team_draft)

            def keep_draft(_: int) -> None:
                self._team_draft = dialog.draft()  # never lose what was typed

            def create() -> None:
                manager_id, new_manager = dialog.manager_choice()
                manager_name = new_manager or dialog.manager.currentText()
                leader = str(dialog.leader.currentData()) or None
                title, agents = dialog.title.text(), dialog.agent_names()
                kpis, day = dialog.result_kpis, dialog.day()
                language = Language(dialog.language.currentData())

                def created(made: list[Engagement]) -> None:
                    self._team_draft = {}
                    manager = next(
                        s.person_id for s in made[0].stakeholders if s.role is Role.CS_MANAGER
                    )
                    self.message.setText(self.tr("Team created. Agents: %n.", "", len(made)))
                    self.team_changed.emit()
                    if self.leader.findData(manager) < 0:
                        self.leader.addItem(manager_name, manager)
                    for button in (self.measure, self.add_agent, self.kpis_button, self.former):
                        button.setEnabled(True)
                    self.leader.setCurrentIndex(self.leader.findData(manager))
                    self.reload()

                self._tasks.run(
                    lambda ctx: teams.create_team(
                        ctx.db,
                        title=title,
                        manager_id=manager_id,
                        manager_name=new_manager,
                        leader_id=leader,
                        agent_names=agents,
                        kpis=kpis,
                        start=day,
                        language=language,
                    ),
                    created,
                    self._fail,
                )

            dialog.finished.connect(keep_draft)
            dialog.accepted.connect(create)
            dialog.finished.connect(dialog.deleteLater)
            self._dialog = dialog
            dialog.open()

        self._tasks.run(lambda ctx: list(practice.directory(ctx.db)[0]), people_loaded)

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
