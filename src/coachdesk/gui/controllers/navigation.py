"""The navigation tree: what it shows, what choosing a row does, its context menu, the way
back to where the coach was after an unlock, and the first page (welcome, due this week)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QTimer
from PySide6.QtWidgets import QMenu, QTreeView

from coachdesk.gui import labels
from coachdesk.gui.controllers.base import Controller
from coachdesk.gui.models import navigation as nav_model
from coachdesk.gui.models.navigation import (
    ENGAGEMENT,
    ORG,
    PERSON,
    ROLE_ID,
    ROLE_KIND,
    NavigationModel,
    Snapshot,
)
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.services import cadence, navigation
from coachdesk.services.cadence import Due
from coachdesk.services.navigation import EngagementRow

if TYPE_CHECKING:
    from coachdesk.gui.mainwindow import MainWindow

translate = QCoreApplication.translate
DUE_DAYS = 7


@dataclass(frozen=True)
class Reloaded:
    snapshot: Snapshot
    due_soon: list[tuple[Due, EngagementRow]] | None  # None: no page of "due this week"


def due_this_week(
    due: dict[str, Due], rows: dict[str, EngagementRow], today: dt.date
) -> list[tuple[Due, EngagementRow]]:
    """Who is due for a coaching session within a week, overdue first, by date then name."""
    until = today + dt.timedelta(days=DUE_DAYS)
    soon = [(d, rows[d.engagement_id]) for d in due.values() if d.engagement_id in rows]
    return sorted(
        (pair for pair in soon if pair[0].due <= until),
        key=lambda pair: (pair[0].due, pair[1].coachee_name),
    )


def _read(ctx: Context, model: tuple[dict[nav_model.BranchKey, int], int, int],
          current: str | None, first_page: bool) -> Reloaded:  # fmt: skip
    today = dt.date.today()
    keep, page, first_rows = model
    branches = nav_model.read(ctx.db, keep, current, page, first_rows)
    due = cadence.all_due(ctx.db, today)
    due_soon = None
    if first_page:
        until = today + dt.timedelta(days=DUE_DAYS)
        rows = {}
        for d in due.values():
            if d.due <= until and (found := navigation.engagement_row(ctx.db, d.engagement_id)):
                rows[d.engagement_id] = found[1]
        due_soon = due_this_week(due, rows, today)
    return Reloaded(Snapshot(branches, due, today), due_soon)


class NavigationController(Controller):
    def __init__(self, window: MainWindow, tasks: Tasks, view: QTreeView) -> None:
        super().__init__(window, tasks)
        self.view = view
        self.model = NavigationModel(tasks)
        view.setModel(self.model)
        self._quiet = False  # selecting the open engagement after a reload opens nothing
        # Where the coach was when the vault locked (ids only, in memory): unlocking returns.
        self._resume: tuple[str, str | None, int] | None = None
        view.selectionModel().currentChanged.connect(self._navigated)
        view.customContextMenuRequested.connect(self._menu_requested)
        # Rows of a long branch come a page at a time as its end scrolls into view.
        view.verticalScrollBar().valueChanged.connect(lambda _: self._fetch_visible())
        self.model.rowsInserted.connect(lambda *_: QTimer.singleShot(0, self._fetch_visible))
        self._menu: QMenu | None = None

    # -- filling -----------------------------------------------------------------------

    def refresh(self, directory: bool = True) -> None:
        """Read the tree again (after a change, or at unlock), keeping what was loaded;
        ``directory``: the people and organisations the dialogs offer too."""
        self.window.engagement_data_changed.emit("")
        page = self.window.engagement.page
        current = page.engagement.id if page else None
        model = (self.model.keep(), self.model.page, self.model.first_rows)
        self.tasks.run(lambda ctx: _read(ctx, model, current, current is None), self._show)
        if directory:
            self.window.practice.load_directory()

    def _show(self, reloaded: Reloaded) -> None:
        self.model.apply(reloaded.snapshot)
        # Expanded as it always was; a branch not loaded yet waits for the coach to open it
        # (expanding fetches its first page).
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.model.rowCount(index) or not self.model.hasChildren(index):
                self.view.expand(index)
        page = self.window.engagement.page
        if page is not None:
            self._quiet = True
            self.view.setCurrentIndex(self.model.engagement_index(page.engagement.id))
            self._quiet = False
        elif not self.model.engagements_total:
            self.window.heading.setText(translate("MainWindow", "Welcome to CoachDesk"))
            self.window.details.setText(
                translate(
                    "MainWindow",
                    "<b>Start here:</b> File → New person… for your coachee (and for each "
                    "sponsor or manager), then File → New engagement… Then agree with them "
                    "who may see what, in the engagement's Agreement tab, and start a session "
                    "with Ctrl+N.<br><br>To look around first, try the demo practice: "
                    "<tt>coachdesk demo --vault FOLDER</tt>.",
                )
            )
        elif reloaded.due_soon is not None:
            self._show_due_this_week(reloaded.due_soon)
        QTimer.singleShot(0, self._fetch_visible)
        if self._resume is not None:
            engagement_id, session_id, tab = self._resume
            self._resume = None
            self.window.tabs.setCurrentIndex(tab)
            self.window.engagement.open(
                engagement_id, then=(session_id, "") if session_id else None
            )

    def _show_due_this_week(self, due: list[tuple[Due, EngagementRow]]) -> None:
        """The welcome page: who is due for a coaching session this week (overdue first)."""
        if not self.model.due:
            return  # no engagement has a cadence: nothing to say
        details = self.window.details
        if not due:
            details.setText(
                translate("MainWindow", "Nobody is due for a coaching session this week.")
            )
            return
        lines = []
        for d, e in due:
            who = escape(f"{e.coachee_name} — {e.title}")
            if d.overdue:
                lines.append(
                    translate("MainWindow", "{who}: <b>overdue</b> since {date}").format(
                        who=who, date=labels.date(d.due)
                    )
                )
            else:
                lines.append(
                    translate("MainWindow", "{who}: {date}").format(
                        who=who, date=labels.date(d.due)
                    )
                )
        details.setText(
            translate("MainWindow", "<b>Due for coaching this week</b>")
            + "<br>"
            + "<br>".join(lines)
        )

    def _fetch_visible(self) -> None:
        """Fetch the next page of every expanded branch whose last row is on screen."""
        height = self.view.viewport().height()
        for row in range(self.model.rowCount()):
            branch = self.model.index(row, 0)
            if not self.view.isExpanded(branch) or not self.model.has_more(branch):
                continue
            count = self.model.rowCount(branch)
            last = self.model.index(count - 1, 0, branch) if count else branch
            rect = self.view.visualRect(last)
            # On screen, not scrolled past: rows put in above the viewport would push what
            # the coach is reading out of sight.
            if rect.isValid() and rect.bottom() >= 0 and rect.top() < height:
                self.model.fetchMore(branch)

    def due_changed(self, due: dict[str, Due]) -> None:
        """A session held (or no longer held) moves the coaching cadence: redraw the
        navigation only when an overdue flag changes."""
        if due != self.model.due:
            self.refresh(directory=False)

    # -- choosing ----------------------------------------------------------------------

    def _navigated(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid() and current.data(ROLE_KIND) == ENGAGEMENT:
            self.window.engagement.open(str(current.data(ROLE_ID)))

    def selected_organisation(self) -> str | None:
        """The organisation selected in the navigation: its own node, or the one above the
        selected engagement; a new person starts there."""
        return self.model.organisation_of(self.view.currentIndex())

    def _menu_requested(self, point: QPoint) -> None:
        w = self.window
        index = self.view.indexAt(point)
        menu = QMenu(w)
        kind = index.data(ROLE_KIND) if index.isValid() else ""
        ident = str(index.data(ROLE_ID)) if index.isValid() else ""
        page = w.engagement.page
        if kind == ENGAGEMENT and page and page.engagement.id == ident:
            menu.addActions([w.edit_engagement_action, w.delete_engagement_action])
        elif kind == ORG and ident:
            name = str(index.data())
            menu.addAction(
                translate("MainWindow", "Rename organisation…"),
                lambda: w.practice.ask_organisation(ident),
            )
            menu.addAction(
                translate("MainWindow", "Delete organisation…"),
                lambda: w.practice.ask_delete_organisation(ident, name),
            )
        elif kind == PERSON:
            menu.addAction(
                translate("MainWindow", "Edit person…"), lambda: w.practice.ask_person(ident)
            )
            menu.addAction(
                translate("MainWindow", "Delete person…"),
                lambda: w.practice.ask_delete_person(ident),
            )
        menu.addSeparator()
        menu.addActions([w.new_engagement_action, w.new_person_action, w.new_organisation_action])
        menu.popup(self.view.viewport().mapToGlobal(point))
        self._menu = menu

    # -- locking -------------------------------------------------------------------------

    def remember(self, engagement_id: str, session_id: str | None, tab: int) -> None:
        """Where to return after the next unlock (ids only, in memory)."""
        self._resume = (engagement_id, session_id, tab)

    def clear(self) -> None:
        self.model.clear()
