"""The right side of the engagement page: the session being written, and the engagement's
goals, agreement and actions, each in a tab. Every change goes to a service on the worker;
``data_changed`` tells the window its copy of the engagement is out of date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QTabWidget, QWidget

from coachdesk.domain import Action, Engagement, Goal, Kpi
from coachdesk.gui.dialogs.entities import confirm_delete
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.actions import ActionDialog, ActionsPanel
from coachdesk.gui.widgets.agreement import AgreementDialog, AgreementPanel
from coachdesk.gui.widgets.goals import GoalsPanel, KpiDialog
from coachdesk.gui.widgets.session_editor import SessionEditor
from coachdesk.services import action_sharing, editing, sharing

SESSION_TAB, GOALS_TAB, AGREEMENT_TAB, ACTIONS_TAB = range(4)


class EngagementTabs(QTabWidget):
    status = Signal(str)
    data_changed = Signal()  # reload the engagement (and redraw the goal/agreement/action tabs)
    data_stale = Signal()  # reload the engagement quietly (the tabs already show the change)

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.engagement: Engagement | None = None
        self.names: dict[str, str] = {}
        self.editor = SessionEditor(tasks)
        self.goals = GoalsPanel()
        self.agreement = AgreementPanel()
        self.actions_panel = ActionsPanel()
        self.addTab(self.editor, self.tr("Sess&ion"))  # Alt+S is the Settings menu
        self.addTab(self.goals, self.tr("&Goals"))
        self.addTab(self.agreement, self.tr("Agree&ment"))
        self.addTab(self.actions_panel, self.tr("A&ctions"))
        self._dialog: Any = None

        self.goals.share_requested.connect(self._share_goal)
        self.goals.goal_changed.connect(
            lambda goal: self._run(lambda ctx: editing.update_goal(ctx.db, goal), reload=False)
        )
        self.goals.new_goal_requested.connect(self._ask_new_goal)
        self.goals.rating_requested.connect(
            lambda gid, day, value: self._run(
                lambda ctx: editing.add_rating(ctx.db, gid, day, value)
            )
        )
        self.goals.kpi_requested.connect(self._ask_new_kpi)
        self.goals.measurement_requested.connect(
            lambda kid, day, value: self._run(
                lambda ctx: editing.add_measurement(ctx.db, kid, day, value)
            )
        )
        self.goals.delete_requested.connect(self._ask_delete_goal)
        self.goals.delete_kpi_requested.connect(self._ask_delete_kpi)
        self.goals.edit_kpi_requested.connect(self._ask_edit_kpi)
        self.agreement.new_version_requested.connect(self._ask_new_version)
        self.agreement.document_requested.connect(self._open_agreement_document)
        self.actions_panel.add_requested.connect(lambda: self._ask_action(None))
        self.actions_panel.edit_requested.connect(self._ask_action)
        self.actions_panel.delete_requested.connect(self._ask_delete_action)
        self.actions_panel.share_requested.connect(self._share_action)

    # -- showing ------------------------------------------------------------------------

    def show_engagement(self, engagement: Engagement | None, names: dict[str, str]) -> None:
        """Redraw the goals, agreement and actions tabs (the session tab is separate)."""
        self.engagement = engagement
        self.names = names
        today = dt.date.today()
        if engagement is None:
            self.goals.clear()
        else:
            self.goals.show_goals(engagement, names, today)
        self.agreement.show_engagement(engagement)
        self.actions_panel.show_engagement(engagement, names, today)

    def flush(self) -> None:
        self.editor.flush()
        self.goals.flush()

    # -- running ------------------------------------------------------------------------

    def _run(self, work: Callable[[Context], object], *, reload: bool = True) -> None:
        def done(_: object) -> None:
            self.status.emit(self.tr("Saved"))
            (self.data_changed if reload else self.data_stale).emit()

        self._tasks.run(work, done, lambda exc: self.status.emit(error_text(exc)))

    def _keep(self, dialog: Any) -> None:
        self._dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- goals --------------------------------------------------------------------------

    def _share_goal(self, goal_id: str, person_id: str, shared: bool) -> None:
        def done(_: None) -> None:
            self.goals.stored(goal_id, person_id, shared)
            self.status.emit(self.tr("Sharing saved"))
            self.data_stale.emit()

        def failed(exc: Exception) -> None:
            self.goals.stored(goal_id, person_id, not shared)
            self.status.emit(error_text(exc))

        self._tasks.run(
            lambda ctx: sharing.share_goal(ctx.db, goal_id, person_id, shared), done, failed
        )

    def _ask_new_goal(self) -> None:
        engagement = self.engagement
        if engagement is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("New goal"))
        dialog.setLabelText(self.tr("The goal, in the coachee's words:"))

        def add(title: str) -> None:
            if not title.strip():
                self.status.emit(self.tr("A goal needs a title: nothing was added."))
                return
            self._run(lambda ctx: editing.add_goal(ctx.db, engagement.id, title))

        dialog.textValueSelected.connect(add)
        self._keep(dialog)

    def _ask_new_kpi(self, goal_id: str) -> None:
        dialog = KpiDialog(self)

        def add() -> None:
            kpi = dialog.value()  # read on this thread, before the dialog goes
            self._run(lambda ctx: editing.add_kpi(ctx.db, goal_id, kpi))

        dialog.accepted.connect(add)
        self._keep(dialog)

    def _ask_edit_kpi(self, kpi: Kpi) -> None:
        dialog = KpiDialog(self, kpi)

        def save() -> None:
            value = dialog.value()  # read on this thread, before the dialog goes
            self._run(lambda ctx: editing.update_kpi(ctx.db, value))

        dialog.accepted.connect(save)
        self._keep(dialog)

    def _ask_delete_goal(self, goal: Goal) -> None:
        confirm_delete(
            self,
            self.tr("Delete goal"),
            self.tr(
                "Delete the goal “{title}” with its ratings ({r}) and KPIs ({k})? Actions "
                "linked to it stay, without a goal."
            ).format(title=goal.title, r=len(goal.ratings), k=len(goal.kpis)),
            lambda: self._run(lambda ctx: editing.delete_goal(ctx.db, goal.id)),
        )

    def _ask_delete_kpi(self, kpi: Kpi) -> None:
        confirm_delete(
            self,
            self.tr("Delete KPI"),
            self.tr("Delete the KPI “{name}” and its measurements ({n})?").format(
                name=kpi.name, n=len(kpi.measurements)
            ),
            lambda: self._run(lambda ctx: editing.delete_kpi(ctx.db, kpi.id)),
        )

    # -- agreement ----------------------------------------------------------------------

    def _ask_new_version(self) -> None:
        engagement = self.engagement
        if engagement is None:
            return
        dialog = AgreementDialog(engagement, self)

        def record() -> None:
            permits, day = dialog.permits(), dialog.day()
            cadence, exceptions = dialog.cadence.text(), dialog.exceptions.toPlainText()
            text = dialog.text.toPlainText()
            self._run(
                lambda ctx: editing.new_agreement_version(
                    ctx.db,
                    engagement.id,
                    agreed_on=day,
                    permits=permits,
                    cadence=cadence,
                    exceptions=exceptions,
                    text=text,
                )
            )

        dialog.accepted.connect(record)
        self._keep(dialog)

    # -- actions ------------------------------------------------------------------------

    def _ask_action(self, action: Action | None) -> None:
        engagement = self.engagement
        if engagement is None:
            return
        dialog = ActionDialog(engagement, self.names, action, self)

        def save() -> None:
            value = dialog.value()
            if action is None:
                self._run(lambda ctx: editing.add_action(ctx.db, engagement.id, value))
            else:
                self._run(lambda ctx: editing.update_action(ctx.db, value))

        dialog.accepted.connect(save)
        self._keep(dialog)

    def _open_agreement_document(self) -> None:
        from coachdesk.gui.dialogs.agreement_doc import AgreementDocDialog

        engagement = self.engagement
        if engagement is None or not engagement.agreements:
            return
        dialog = AgreementDocDialog(self._tasks, engagement, self)
        dialog.saved.connect(lambda _: self.data_stale.emit())
        self._keep(dialog)

    def _share_action(self, action_id: str, person_id: str, shared: bool) -> None:
        def done(_: None) -> None:
            self.actions_panel.stored(action_id, person_id, shared)
            self.status.emit(self.tr("Sharing saved"))
            self.data_stale.emit()

        def failed(exc: Exception) -> None:
            self.actions_panel.stored(action_id, person_id, not shared)
            self.status.emit(error_text(exc))

        self._tasks.run(
            lambda ctx: action_sharing.share_action(ctx.db, action_id, person_id, shared),
            done,
            failed,
        )

    def _ask_delete_action(self, action: Action) -> None:
        confirm_delete(
            self,
            self.tr("Delete action"),
            self.tr("Delete the action “{text}”?").format(text=action.text),
            lambda: self._run(lambda ctx: editing.delete_action(ctx.db, action.id)),
        )
