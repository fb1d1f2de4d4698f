"""The session list of the open engagement: choosing a session, adding and deleting one."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QListView

from coachdesk.domain import Session, SessionKind, SessionStatus
from coachdesk.gui import labels
from coachdesk.gui.controllers.base import Controller
from coachdesk.gui.dialogs.entities import confirm_delete
from coachdesk.gui.models.sessions import SessionListModel, session_label
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.engagement_tabs import SESSION_TAB
from coachdesk.services import cadence, editing, practice
from coachdesk.services.practice import EngagementPage

if TYPE_CHECKING:
    from coachdesk.gui.mainwindow import MainWindow

translate = QCoreApplication.translate


def new_session_start(now: dt.datetime) -> dt.datetime:
    """A new session starts at the last quarter hour."""
    now = now.replace(second=0, microsecond=0)
    return now.replace(minute=now.minute - now.minute % 15)


class SessionsController(Controller):
    def __init__(self, window: MainWindow, tasks: Tasks, view: QListView) -> None:
        super().__init__(window, tasks)
        self.view = view
        self.model = SessionListModel()
        view.setModel(self.model)
        view.selectionModel().currentChanged.connect(self._chosen)
        editor = window.editor
        editor.session_saved.connect(self._saved)
        editor.delete_session_requested.connect(self.ask_delete)

    # -- the list ----------------------------------------------------------------------

    def fill(self, page: EngagementPage) -> None:
        """The session list, newest first, nothing chosen."""
        self.model.set_sessions(page.engagement.sessions)

    def clear(self) -> None:
        self.model.clear()

    def current_id(self) -> str | None:
        session = self.model.session(self.view.currentIndex())
        return session.id if session else None

    def select(self, session_id: str) -> None:
        row = self.model.row_of(session_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def show_current(self) -> None:
        """Show the chosen session again (its engagement's page was read again)."""
        self._chosen(self.view.currentIndex(), QModelIndex())

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        page = self.window.engagement.page
        chosen = self.model.session(current)
        # The engagement page read last holds the session as stored.
        session = (
            next((s for s in page.engagement.sessions if s.id == chosen.id), None)
            if page and chosen
            else None
        )
        heading = str(current.data()) if chosen else ""
        context = (page.engagement, page.names) if page else None
        self.window.editor.show_session(session, heading, context)

    def _saved(self, session: Session) -> None:
        if self.current_id() == session.id:
            self.model.update(session)
            self.window.editor.title.setText(session_label(session))
        # A session held (or no longer held) moves the coaching cadence.
        self.tasks.run(
            lambda ctx: cadence.all_due(ctx.db, dt.date.today()), self.window.navigator.due_changed
        )

    # -- adding and deleting -----------------------------------------------------------

    def new_session(self) -> None:
        w = self.window
        page = w.engagement.page
        if page is None:
            return
        w.editor.flush()
        engagement_id = page.engagement.id
        start = new_session_start(dt.datetime.now())

        def work(ctx: Context) -> Session:
            return practice.add_session(
                ctx.db, engagement_id, start, SessionKind.COACHING, SessionStatus.HELD
            )

        def added(session: object) -> None:
            assert isinstance(session, Session)
            w.engagement_data_changed.emit(engagement_id)
            w.tabs.setCurrentIndex(SESSION_TAB)
            w.engagement.open(engagement_id, then=(session.id, ""))
            self.status(
                translate("MainWindow", "New session: set its date and kind above the notes."),
                6000,
            )

        self.run(work, added)

    def ask_delete(self, session: Session) -> None:
        page = self.window.engagement.page
        count = (
            len(next((s.items for s in page.engagement.sessions if s.id == session.id), ()))
            if page
            else 0
        )
        confirm_delete(
            self.window,
            translate("MainWindow", "Delete session"),
            translate(
                "MainWindow",
                "Delete the session of {when} with its note items ({n}) and their sharing "
                "states? This cannot be undone.",
            ).format(when=labels.date_time(session.start), n=count),
            lambda: self.run(lambda ctx: editing.delete_session(ctx.db, session.id), self.deleted),
        )

    def deleted(self, _: object) -> None:
        w = self.window
        w.editor.show_session(None)
        self.status(translate("MainWindow", "Session deleted"), 6000)
        page = w.engagement.page
        if page is not None:
            w.engagement_data_changed.emit(page.engagement.id)
            w.engagement.open(page.engagement.id)
