"""The main window: layout and wiring only. Data comes from services through the worker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Session
from coachdesk.gui import labels, settings
from coachdesk.gui.dialogs.board import BoardDialog
from coachdesk.gui.dialogs.ledger import LedgerDialog
from coachdesk.gui.dialogs.privacy import ErasureDialog, RetentionDialog
from coachdesk.gui.dialogs.report import ReportDialog
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.goals import GoalsPanel
from coachdesk.gui.widgets.search import SearchPanel
from coachdesk.gui.widgets.session_editor import SessionEditor
from coachdesk.services import backup, interchange, practice, retention, sharing
from coachdesk.services.erasure import ErasureSummary
from coachdesk.services.practice import EngagementPage, Overview

ROLE_ID = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closed = Signal()
    dialog_opened = Signal(object)  # QDialog
    idle_minutes_changed = Signal(int)

    def __init__(self, tasks: Tasks) -> None:
        super().__init__()
        self._tasks = tasks
        self._page: EngagementPage | None = None
        self._dialogs: list[QDialog] = []
        self._file_dialog: QFileDialog | None = None
        self._vault_folder: Path | None = None
        self.backup_label = QLabel()
        self.backup_label.setAccessibleName(self.tr("Backup status"))
        self.statusBar().addPermanentWidget(self.backup_label)
        self.setWindowTitle("CoachDesk")  # never a client's name: titles leak into task bars
        self.resize(1200, 760)

        self.navigation = QTreeWidget()
        self.navigation.setHeaderHidden(True)
        self.navigation.setAccessibleName(self.tr("Organisations and engagements"))
        self.navigation.currentItemChanged.connect(self._navigated)

        self.heading = QLabel(self.tr("Choose an engagement"))
        self.heading.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.sessions = QListWidget()
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.sessions.currentItemChanged.connect(self._session_chosen)
        middle = QWidget()
        mid_layout = QVBoxLayout(middle)
        mid_layout.addWidget(self.heading)
        mid_layout.addWidget(self.details)
        self.goals = GoalsPanel()
        self.goals.share_requested.connect(self._share_goal)
        mid_layout.addWidget(self.goals)
        mid_layout.addWidget(QLabel(self.tr("Sessions")))
        mid_layout.addWidget(self.sessions, 1)

        self.editor = SessionEditor(tasks)
        self.editor.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.editor.data_changed.connect(self.reload_page)
        self.search = SearchPanel(tasks)
        self.search.hide()
        self.search.open_item.connect(self.open_item)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.navigation)
        left.addWidget(self.search)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.editor)
        splitter.setSizes([300, 330, 570])
        self.setCentralWidget(splitter)
        self._actions()
        tasks.busy.connect(self._busy)
        tasks.error.connect(lambda exc: self.statusBar().showMessage(error_text(exc), 8000))

    def _actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([self.lock_action, quit_action])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.search_action = QAction(self.tr("&Search notes"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self._show_search)
        self.new_item_action = QAction(self.tr("New note &item"), self)
        self.new_item_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.new_item_action.triggered.connect(self.editor.add_item)
        edit_menu.addActions([self.search_action, self.new_item_action])
        engagement_menu = self.menuBar().addMenu(self.tr("E&ngagement"))
        self.board_action = QAction(self.tr("Disclosure &board…"), self)
        self.board_action.setShortcut(QKeySequence("Ctrl+B"))
        self.board_action.triggered.connect(self.open_board)
        self.report_action = QAction(self.tr("&Report…"), self)
        self.report_action.setShortcut(QKeySequence("Ctrl+R"))
        self.report_action.triggered.connect(self.open_report)
        self.ledger_action = QAction(self.tr("&Ledger of this engagement…"), self)
        self.ledger_action.triggered.connect(lambda: self.open_ledger(whole_practice=False))
        engagement_menu.addActions([self.board_action, self.report_action, self.ledger_action])
        engagement_menu.addSeparator()
        self.export_coachee_action = QAction(self.tr("E&xport everything about the coachee…"), self)
        self.export_coachee_action.triggered.connect(self.export_coachee)
        self.erase_coachee_action = QAction(self.tr("&Erase the coachee's data…"), self)
        self.erase_coachee_action.triggered.connect(self.ask_erase_coachee)
        engagement_menu.addActions([self.export_coachee_action, self.erase_coachee_action])
        self.practice_ledger_action = QAction(self.tr("Disclosure &ledger of the practice…"), self)
        self.practice_ledger_action.triggered.connect(lambda: self.open_ledger(whole_practice=True))
        file_menu.insertAction(self.lock_action, self.practice_ledger_action)
        file_menu.insertSeparator(self.lock_action)
        self._engagement_actions(False)
        self._settings_menu()
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.addActions([self.search_action, self.new_item_action, self.lock_action])

    def _engagement_actions(self, on: bool) -> None:
        for action in (
            self.board_action,
            self.report_action,
            self.ledger_action,
            self.export_coachee_action,
            self.erase_coachee_action,
        ):
            action.setEnabled(on)

    def open_board(self) -> None:
        if self._page is None:
            return
        dialog = BoardDialog(self._tasks, self._page.engagement.id, self)
        dialog.changed.connect(self.reload_page)
        self._show_dialog(dialog)

    def open_report(self) -> None:
        if self._page is None:
            return
        self.editor.flush()
        dialog = ReportDialog(self._tasks, self._page.engagement, self._page.names, self)
        dialog.saved.connect(lambda _: self.statusBar().showMessage(self.tr("Report saved"), 4000))
        self._show_dialog(dialog)

    def open_ledger(self, *, whole_practice: bool) -> None:
        if not whole_practice and self._page is None:
            return
        engagement_id = None if whole_practice or self._page is None else self._page.engagement.id
        self._show_dialog(LedgerDialog(self._tasks, engagement_id, self))

    def _show_dialog(self, dialog: QDialog) -> None:
        """Non-modal: the coach can keep the session open beside it. Closed on lock."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(
            lambda _: self._dialogs.remove(dialog) if dialog in self._dialogs else None
        )
        self._dialogs.append(dialog)
        dialog.show()
        self.dialog_opened.emit(dialog)

    def _share_goal(self, goal_id: str, person_id: str, shared: bool) -> None:
        def work(ctx: Context) -> None:
            sharing.share_goal(ctx.db, goal_id, person_id, shared)

        def done(_: None) -> None:
            self.goals.stored(goal_id, person_id, shared)
            self.statusBar().showMessage(self.tr("Sharing saved"), 4000)
            self.reload_page()

        def failed(exc: Exception) -> None:
            self.goals.stored(goal_id, person_id, not shared)
            self.statusBar().showMessage(error_text(exc), 8000)

        self._tasks.run(work, done, failed)

    # -- personal data and backups (spec §8) ---------------------------------------------

    def after_unlock(self, vault_folder: Path) -> None:
        """The automatic backup when one is due, then the retention notice."""
        self._vault_folder = vault_folder
        self.backup_label.setText(self.tr("Backing up…"))
        self.backup_label.setStyleSheet("")
        folder = settings.backup_folder()
        now = dt.datetime.now()

        def work(ctx: Context) -> backup.BackupState:
            assert ctx.vault is not None
            return backup.backup_on_unlock(ctx.vault, folder, now=now)

        self._tasks.run(work, lambda state: self._backup_done(state, now), self._backup_failed)
        today = dt.date.today()
        self._tasks.run(
            lambda ctx: retention.retention_notice(ctx.db, today), self._retention_notice
        )

    def _backup_done(self, state: backup.BackupState, now: dt.datetime) -> None:
        if state.newest is None:
            self._backup_failed(None)
            return
        when = state.newest.created.strftime("%Y-%m-%d %H:%M")
        if state.stale(now):
            self.backup_label.setText(
                self.tr("⚠ Last backup {when}: over a week old").format(when=when)
            )
            self.backup_label.setStyleSheet("color: #b3261e;")
        else:
            self.backup_label.setText(self.tr("Last backup: {when}").format(when=when))
            self.backup_label.setStyleSheet("color: #5f6b7a;")
        self.backup_label.setToolTip(str(state.newest.path.parent))

    def _backup_failed(self, exc: Exception | None) -> None:
        reason = error_text(exc) if exc is not None else self.tr("no backup exists")
        self.backup_label.setText(self.tr("⚠ Backup failed"))
        self.backup_label.setToolTip(reason)
        self.backup_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.statusBar().showMessage(
            self.tr("The automatic backup failed: {reason}").format(reason=reason), 15000
        )

    def _retention_notice(self, rows: list[retention.ExpiredRow]) -> None:
        if not rows:
            return
        dialog = RetentionDialog(rows, self)
        dialog.erase_requested.connect(self._erase_from_retention)
        self._show_dialog(dialog)

    def _erase_from_retention(self, person_id: str, name: str) -> None:
        self._open_erasure(person_id, name)

    def export_coachee(self) -> None:
        if self._page is None:
            return
        coachee = self._page.engagement.coachee_id
        dialog = QFileDialog(self, self.tr("Export everything about the coachee"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CoachDesk data (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.selectFile(f"access-request-{dt.date.today().isoformat()}.json")
        dialog.fileSelected.connect(lambda name: self.export_coachee_to(coachee, Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def export_coachee_to(self, coachee_id: str, path: Path) -> None:
        def work(ctx: Context) -> tuple[int, int]:
            assert ctx.vault is not None
            return interchange.export_to_file(ctx.vault, path, coachee_id)

        def done(counts: tuple[int, int]) -> None:
            self.statusBar().showMessage(
                self.tr("Exported {e} engagement(s) and {i} note item(s) to {name}").format(
                    e=counts[0], i=counts[1], name=path.name
                ),
                10000,
            )

        self._tasks.run(
            work, done, lambda exc: self.statusBar().showMessage(error_text(exc), 10000)
        )

    def ask_erase_coachee(self) -> None:
        if self._page is None:
            return
        coachee = self._page.engagement.coachee_id
        self._open_erasure(coachee, self._page.names.get(coachee, ""))

    def _open_erasure(self, person_id: str, name: str) -> None:
        self.editor.flush()
        dialog = ErasureDialog(self._tasks, person_id, name, self)
        dialog.erased.connect(self._erased)
        self._show_dialog(dialog)

    def _erased(self, summary: ErasureSummary) -> None:
        if self._page is not None and self._page.engagement.coachee_id == summary.person_id:
            self._page = None
            self.editor.show_session(None)
            self.sessions.clear()
            self.goals.clear()
            self.details.clear()
            self.heading.setText(self.tr("Choose an engagement"))
            self._engagement_actions(False)
        self.statusBar().showMessage(self.tr("Erased."), 8000)
        self.refresh()

    def _ask_backup_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Folder for automatic backups"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        current = settings.backup_folder()
        if current is not None:
            dialog.setDirectory(str(current))
        dialog.fileSelected.connect(self._backup_folder_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def _backup_folder_chosen(self, name: str) -> None:
        settings.set_backup_folder(Path(name) if name else None)
        self.statusBar().showMessage(
            self.tr("Automatic backups go to {folder} from the next unlock.").format(folder=name),
            8000,
        )

    def reload_page(self) -> None:
        """Refresh the engagement's data behind the views (after a save elsewhere)."""
        if self._page is None:
            return
        engagement_id = self._page.engagement.id

        def keep(page: EngagementPage) -> None:
            if self._page is not None and self._page.engagement.id == engagement_id:
                self._page = page

        self._tasks.run(lambda ctx: practice.engagement_page(ctx.db, engagement_id), keep)

    def _settings_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Settings"))
        languages = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = settings.language()
        for code, name in (
            ("", self.tr("System language")),
            ("en", "English"),
            ("it", "Italiano"),
        ):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            languages.addAction(action)
        group.triggered.connect(self._language_chosen)
        self.backup_folder_action = QAction(self.tr("&Backup folder…"), self)
        self.backup_folder_action.triggered.connect(self._ask_backup_folder)
        menu.addAction(self.backup_folder_action)
        self.idle_action = QAction(self.tr("Lock after &idle time…"), self)
        self.idle_action.triggered.connect(self._ask_idle_minutes)
        menu.addAction(self.idle_action)

    def _language_chosen(self, action: QAction) -> None:
        settings.set_language(str(action.data()))
        self.statusBar().showMessage(
            self.tr("The new language applies the next time CoachDesk starts."), 8000
        )

    def _ask_idle_minutes(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Lock after idle time"))
        dialog.setLabelText(self.tr("Lock CoachDesk after this many minutes without use:"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 240)
        dialog.setIntValue(settings.idle_lock_minutes())

        def chosen(minutes: int) -> None:
            settings.set_idle_lock_minutes(minutes)
            self.idle_minutes_changed.emit(settings.idle_lock_minutes())

        dialog.intValueSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self._idle_dialog = dialog

    def _busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Working…"))
        else:
            self.statusBar().clearMessage()

    def _show_search(self) -> None:
        self.search.show()
        self.search.focus()

    # -- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._tasks.run(lambda ctx: practice.overview(ctx.db), self._show_overview)

    def _show_overview(self, overview: Overview) -> None:
        self.navigation.clear()
        for org in overview.organisations:
            node = QTreeWidgetItem([org.name or self.tr("No organisation")])
            node.setFlags(node.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            node.setData(0, ROLE_ID, "")  # never read back as an empty QVariant (see search.py)
            for e in org.engagements:
                end = e.end.isoformat() if e.end else "…"
                child = QTreeWidgetItem([f"{e.coachee_name} — {e.title}"])
                child.setToolTip(0, f"{e.start.isoformat()} – {end}")
                child.setData(0, ROLE_ID, e.id)
                node.addChild(child)
            self.navigation.addTopLevelItem(node)
        self.navigation.expandAll()

    def _navigated(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        engagement_id = current.data(0, ROLE_ID) if current else None
        if engagement_id:
            self.open_engagement(engagement_id)

    def open_engagement(self, engagement_id: str, then: tuple[str, str] | None = None) -> None:
        def shown(page: EngagementPage) -> None:
            self._show_engagement(page)
            if then:
                self._select_session(then[0])

        self._tasks.run(lambda ctx: practice.engagement_page(ctx.db, engagement_id), shown)

    def _show_engagement(self, page: EngagementPage) -> None:
        self._page = page
        self._engagement_actions(True)
        e = page.engagement
        names = page.names
        self.heading.setText(e.title)
        end = e.end.isoformat() if e.end else self.tr("open-ended")
        stakeholders = ", ".join(
            f"{names.get(s.person_id, s.person_id)} ({labels.role(s.role)})" for s in e.stakeholders
        )
        agreement = e.current_agreement
        self.details.setText(
            self.tr(
                "<b>Coachee:</b> {coachee}<br><b>Period:</b> {start} – {end}<br>"
                "<b>Stakeholders:</b> {stakeholders}<br><b>Agreement:</b> {agreement}"
            ).format(
                coachee=_html(names.get(e.coachee_id, "")),
                start=e.start.isoformat(),
                end=end,
                stakeholders=_html(stakeholders) or "—",
                agreement=self.tr("version {v} of {d}").format(
                    v=agreement.version, d=agreement.agreed_on.isoformat()
                )
                if agreement
                else self.tr("none yet"),
            )
        )
        self.goals.show_goals(e, names, dt.date.today())
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for s in sorted(e.sessions, key=lambda s: s.start, reverse=True):
            item = QListWidgetItem(
                f"{s.start:%Y-%m-%d %H:%M} · {labels.session_kind(s.kind)} · "
                f"{labels.session_status(s.status)}"
            )
            item.setData(ROLE_ID, s.id)
            self.sessions.addItem(item)
        self.sessions.blockSignals(False)
        self.editor.show_session(None)

    def _session(self, session_id: str) -> Session | None:
        if self._page is None:
            return None
        return next((s for s in self._page.engagement.sessions if s.id == session_id), None)

    def _session_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        session = self._session(current.data(ROLE_ID)) if current else None
        heading = current.text() if current else ""
        context = (self._page.engagement, self._page.names) if self._page else None
        self.editor.show_session(session, heading, context)

    def _select_session(self, session_id: str) -> None:
        for row in range(self.sessions.count()):
            if self.sessions.item(row).data(ROLE_ID) == session_id:
                self.sessions.setCurrentRow(row)
                return

    def open_item(self, engagement_id: str, session_id: str, item_id: str) -> None:
        self.open_engagement(engagement_id, then=(session_id, item_id))

    # -- locking -------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.editor.flush()
        self.editor.show_session(None)
        self.navigation.clear()
        self.sessions.clear()
        self.search.clear()
        self.heading.setText(self.tr("Choose an engagement"))
        self.details.clear()
        self.goals.clear()
        self._page = None
        self._engagement_actions(False)
        # Dialogs show private data too: they go with the lock.
        for dialog in list(self._dialogs):
            dialog.close()
        self._dialogs.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.flush()
        settings.set_geometry(self.saveGeometry())
        super().closeEvent(event)
        self.closed.emit()


def _html(text: str) -> str:
    from html import escape

    return escape(text)
