"""The windows that read across an engagement or the practice: the disclosure board, the
report, the team view and team report, the coaching log and the disclosure ledgers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coachdesk.gui.controllers.base import Controller
from coachdesk.gui.dialogs.board import BoardDialog
from coachdesk.gui.dialogs.coaching_log import CoachingLogDialog
from coachdesk.gui.dialogs.ledger import LedgerDialog
from coachdesk.gui.dialogs.report import ReportDialog
from coachdesk.gui.dialogs.team_report import TeamReportDialog
from coachdesk.gui.dialogs.team_view import TeamViewDialog
from coachdesk.gui.tasks import Tasks
from coachdesk.services import team_reports, teams

if TYPE_CHECKING:
    from coachdesk.gui.mainwindow import MainWindow

translate = QCoreApplication.translate


class ReportsController(Controller):
    def __init__(self, window: MainWindow, tasks: Tasks) -> None:
        super().__init__(window, tasks)
        self._last_recipient: dict[str, str] = {}  # engagement id -> person id, memory only

    def _saved(self, _: object) -> None:
        self.status(translate("MainWindow", "Report saved"), 4000)

    def open_board(self) -> None:
        w = self.window
        page = w.engagement.page
        if page is None:
            return
        w.editor.flush()  # the board shows the texts as they are on screen
        dialog = BoardDialog(self.tasks, page.engagement.id, w, flush=w.editor.flush)
        dialog.changed.connect(lambda: w.engagement.reload(redraw=True, session_too=True))
        w.engagement_data_changed.connect(dialog.engagement_changed)
        w.show_dialog(dialog)

    def open_report(self) -> None:
        w = self.window
        page = w.engagement.page
        if page is None:
            return
        w.editor.flush()
        engagement_id = page.engagement.id
        dialog = ReportDialog(self.tasks, page.engagement, page.names, w)
        # The last recipient chosen for this engagement comes back: in memory only, for as
        # long as the app runs (an id identifies a person: never in the settings file).
        last = dialog.recipient.findData(self._last_recipient.get(engagement_id, ""))
        if last >= 0:
            dialog.recipient.setCurrentIndex(last)
        dialog.recipient.currentIndexChanged.connect(
            lambda _: self._last_recipient.__setitem__(
                engagement_id, str(dialog.recipient.currentData() or "")
            )
        )
        dialog.saved.connect(self._saved)
        w.engagement_data_changed.connect(dialog.engagement_changed)
        w.show_dialog(dialog)

    def open_team_view(self) -> None:
        w = self.window

        def shown(leaders: list[tuple[str, str]]) -> None:
            dialog = TeamViewDialog(self.tasks, leaders, w)
            dialog.open_engagement.connect(w.engagement.open)
            dialog.team_changed.connect(lambda: w.navigator.refresh())
            w.engagement_data_changed.connect(dialog.engagement_changed)
            w.closed.connect(dialog.close)  # a window of its own: it goes with this one
            w.show_dialog(dialog)

        self.tasks.run(lambda ctx: teams.leaders(ctx.db), shown)

    def open_team_report(self) -> None:
        w = self.window
        w.editor.flush()

        def shown(recipients: list[tuple[str, str]]) -> None:
            dialog = TeamReportDialog(self.tasks, recipients, w)
            dialog.saved.connect(self._saved)
            w.engagement_data_changed.connect(dialog.engagement_changed)
            w.show_dialog(dialog)

        self.tasks.run(lambda ctx: team_reports.team_recipients(ctx.db), shown)

    def open_coaching_log(self) -> None:
        self.window.editor.flush()
        self.window.show_dialog(CoachingLogDialog(self.tasks, self.window))

    def open_ledger(self, *, whole_practice: bool) -> None:
        page = self.window.engagement.page
        if not whole_practice and page is None:
            return
        engagement_id = None if whole_practice or page is None else page.engagement.id
        self.window.show_dialog(LedgerDialog(self.tasks, engagement_id, self.window))
