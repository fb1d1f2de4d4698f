"""The open engagement: reading its page through the worker, its heading and details, and
reading it again when something changed behind the views."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coachdesk.domain import Engagement, SessionKind, SessionStatus
from coachdesk.gui import labels
from coachdesk.gui.controllers.base import Controller
from coachdesk.gui.tasks import Tasks
from coachdesk.gui.widgets.engagement_tabs import SESSION_TAB
from coachdesk.services import cadence, practice
from coachdesk.services.practice import EngagementPage

if TYPE_CHECKING:
    from coachdesk.gui.mainwindow import MainWindow

translate = QCoreApplication.translate


def details_html(page: EngagementPage, today: dt.date) -> str:
    """The lines under the heading: coachee, period, stakeholders, agreement, sessions held
    and, with a cadence, when the next coaching session is due."""
    e = page.engagement
    names = page.names
    end = labels.date(e.end) if e.end else translate("MainWindow", "open-ended")
    stakeholders = ", ".join(
        f"{names.get(s.person_id, s.person_id)} ({labels.role(s.role)})" for s in e.stakeholders
    )
    agreement = e.current_agreement
    return translate(
        "MainWindow",
        "<b>Coachee:</b> {coachee}<br><b>Period:</b> {start} – {end}<br>"
        "<b>Stakeholders:</b> {stakeholders}<br><b>Agreement:</b> {agreement}<br>"
        "<b>Held:</b> {coaching} coaching, {training} training",
    ).format(
        coaching=sum(
            s.kind is SessionKind.COACHING and s.status is SessionStatus.HELD for s in e.sessions
        ),
        training=sum(
            s.kind is SessionKind.TRAINING and s.status is SessionStatus.HELD for s in e.sessions
        ),
        coachee=escape(names.get(e.coachee_id, "")),
        start=labels.date(e.start),
        end=end,
        stakeholders=escape(stakeholders) or "—",
        agreement=translate("MainWindow", "version {v} of {d}").format(
            v=agreement.version, d=labels.date(agreement.agreed_on)
        )
        if agreement
        else translate("MainWindow", "none yet"),
    ) + _next_due_line(e, today)


def _next_due_line(e: Engagement, today: dt.date) -> str:
    due = cadence.due_of(e, today)
    if due is None:
        return ""
    # "(cadence in days: 1)" reads right for every count, in both languages.
    if due.overdue:
        text = translate(
            "MainWindow",
            "<b>Next coaching session:</b> overdue since {date} (cadence in days: {n})",
        )
    else:
        text = translate(
            "MainWindow", "<b>Next coaching session:</b> due {date} (cadence in days: {n})"
        )
    return "<br>" + text.format(date=labels.date(due.due), n=e.cadence_days)


class EngagementController(Controller):
    def __init__(self, window: MainWindow, tasks: Tasks) -> None:
        super().__init__(window, tasks)
        self.page: EngagementPage | None = None

    def open(self, engagement_id: str, then: tuple[str, str] | None = None) -> None:
        """Show an engagement; ``then`` is (session id, item id) to open in it ("" for none)."""
        w = self.window

        def shown(page: EngagementPage) -> None:
            self._show(page)
            if then:
                w.sessions_list.select(then[0])
                if then[1]:
                    w.tabs.setCurrentIndex(SESSION_TAB)
                    for editor in w.editor.editors():
                        if editor.item_id == then[1]:
                            editor.text.setFocus()

        self.tasks.run(lambda ctx: practice.engagement_page(ctx.db, engagement_id), shown)

    def _show(self, page: EngagementPage) -> None:
        w = self.window
        self.page = page
        w.set_engagement_actions(True)
        self._show_details(page)
        w.tabs.show_engagement(page.engagement, page.names)
        w.sessions_list.fill(page)
        w.editor.show_session(None)

    def _show_details(self, page: EngagementPage) -> None:
        self.window.heading.setText(page.engagement.title)
        self.window.details.setText(details_html(page, dt.date.today()))

    def reload(self, redraw: bool = False, session_too: bool = False) -> None:
        """Refresh the engagement's data behind the views (after a save elsewhere);
        ``redraw`` also redraws the details, goals, agreement and actions, and
        ``session_too`` the open session's items (their sharing changed elsewhere)."""
        if self.page is None:
            return
        engagement_id = self.page.engagement.id
        self.window.engagement_data_changed.emit(engagement_id)

        def keep(page: EngagementPage) -> None:
            if self.page is None or self.page.engagement.id != engagement_id:
                return
            before = self.page.engagement
            self.page = page
            self._show_details(page)  # header counts (a session now training, say)
            # A new agreement version or other recipients: the open session's sharing
            # controls change with them.
            session_changed = session_too or (before.agreements, before.stakeholders) != (
                page.engagement.agreements,
                page.engagement.stakeholders,
            )
            if redraw:
                self.window.tabs.show_engagement(page.engagement, page.names)
            if session_changed:
                self.window.sessions_list.show_current()

        self.tasks.run(lambda ctx: practice.engagement_page(ctx.db, engagement_id), keep)

    def forget(self) -> None:
        """Nothing open any more (deleted, erased or locked)."""
        w = self.window
        self.page = None
        w.editor.show_session(None)
        w.sessions_list.clear()
        w.tabs.show_engagement(None, {})
        w.details.clear()
        w.heading.setText(translate("MainWindow", "Choose an engagement"))
        w.set_engagement_actions(False)
