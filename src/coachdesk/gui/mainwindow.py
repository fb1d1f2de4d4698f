"""The main window: layout and wiring only. Data comes from services through the worker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QBrush, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import (
    Engagement,
    Organisation,
    Person,
    Session,
    SessionKind,
    SessionStatus,
)
from coachdesk.gui import file_dialogs, labels, settings
from coachdesk.gui.dialogs.board import BoardDialog
from coachdesk.gui.dialogs.coaching_log import CoachingLogDialog
from coachdesk.gui.dialogs.entities import (
    EngagementDialog,
    OrganisationDialog,
    PersonDialog,
    confirm_delete,
)
from coachdesk.gui.dialogs.ledger import LedgerDialog
from coachdesk.gui.dialogs.privacy import ErasureDialog, RetentionDialog
from coachdesk.gui.dialogs.report import ReportDialog
from coachdesk.gui.dialogs.team_report import TeamReportDialog
from coachdesk.gui.dialogs.team_view import TeamViewDialog
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.engagement_tabs import SESSION_TAB, EngagementTabs
from coachdesk.gui.widgets.search import SearchPanel
from coachdesk.services import (
    backup,
    cadence,
    editing,
    interchange,
    practice,
    retention,
    team_reports,
    teams,
)
from coachdesk.services.erasure import ErasureSummary
from coachdesk.services.practice import EngagementPage, Overview
from coachdesk.services.teams import name_key

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_KIND = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closed = Signal()
    dialog_opened = Signal(object)  # QDialog
    idle_minutes_changed = Signal(int)
    restart_requested = Signal()  # to show a new language
    # Something was stored: an engagement's id, or "" when it may concern any of them. The
    # board and the report dialog, non-modal, reload on it.
    engagement_data_changed = Signal(str)

    def __init__(self, tasks: Tasks) -> None:
        super().__init__()
        self._tasks = tasks
        self._page: EngagementPage | None = None
        self._dialogs: list[QDialog] = []
        self._file_dialog: QFileDialog | None = None
        self._vault_folder: Path | None = None
        self._overview: Overview | None = None
        self._due: dict[str, cadence.Due] = {}  # engagements with a cadence, by id
        # Where the coach was when the vault locked (ids only, in memory): unlocking returns.
        self._resume: tuple[str, str | None, int] | None = None
        self._last_recipient: dict[str, str] = {}  # engagement id -> person id, memory only
        self.backup_label = QLabel()
        self.backup_label.setAccessibleName(self.tr("Backup status"))
        self.statusBar().addPermanentWidget(self.backup_label)
        self.setWindowTitle("CoachDesk")  # never a client's name: titles leak into task bars
        self.resize(1200, 760)

        self.navigation = QTreeWidget()
        self.navigation.setHeaderHidden(True)
        # Long names lose their middle, not the title at their end; the tooltip has it all.
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # Every row one line high: the view need not measure thousands of rows to lay out.
        self.navigation.setUniformRowHeights(True)
        self.navigation.setAccessibleName(self.tr("Organisations and engagements"))
        self.navigation.currentItemChanged.connect(self._navigated)
        self.navigation.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.navigation.customContextMenuRequested.connect(self._navigation_menu)
        self.navigation.setMinimumWidth(200)  # a long session label never squeezes it

        self.heading = QLabel(self.tr("Choose an engagement"))
        self.heading.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.sessions = QListWidget()
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.sessions.setWordWrap(True)
        self.sessions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sessions.currentItemChanged.connect(self._session_chosen)
        middle = QWidget()
        mid_layout = QVBoxLayout(middle)
        mid_layout.addWidget(self.heading)
        mid_layout.addWidget(self.details)
        sessions_row = QHBoxLayout()
        sessions_row.addWidget(QLabel(self.tr("<b>Sessions</b>")), 1)
        self.new_session_button = QPushButton(self.tr("New session"))
        self.new_session_button.setToolTip(self.tr("New session (Ctrl+N)"))
        self.new_session_button.clicked.connect(self.new_session)
        sessions_row.addWidget(self.new_session_button)
        mid_layout.addLayout(sessions_row)
        mid_layout.addWidget(self.sessions, 1)

        self.tabs = EngagementTabs(tasks)
        self.editor = self.tabs.editor
        self.goals = self.tabs.goals
        self.tabs.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.tabs.data_changed.connect(lambda: self.reload_page(redraw=True))
        self.tabs.data_stale.connect(self.reload_page)
        self.editor.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.editor.data_changed.connect(self.reload_page)
        self.editor.session_saved.connect(self._session_saved)
        self.editor.delete_session_requested.connect(self._ask_delete_session)
        self.search = SearchPanel(tasks)
        self.search.hide()
        self.search.open_item.connect(self.open_item)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.navigation)
        left.addWidget(self.search)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.tabs)
        splitter.setSizes([280, 300, 620])
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
        self.new_engagement_action = QAction(self.tr("New &engagement…"), self)
        self.new_engagement_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_engagement_action.triggered.connect(lambda: self.ask_engagement(None))
        self.new_person_action = QAction(self.tr("New &person…"), self)
        self.new_person_action.triggered.connect(lambda: self.ask_person(None))
        self.new_organisation_action = QAction(self.tr("New &organisation…"), self)
        self.new_organisation_action.triggered.connect(lambda: self.ask_organisation(None))
        file_menu.addActions(
            [self.new_engagement_action, self.new_person_action, self.new_organisation_action]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.lock_action, quit_action])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.search_action = QAction(self.tr("&Search notes"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self._show_search)
        self.new_item_action = QAction(self.tr("New note &item"), self)
        self.new_item_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.new_item_action.triggered.connect(self.editor.add_item)
        self.undo_action = QAction(self.tr("&Undo delete of a note item"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.editor.undo_delete)
        self.editor.undo_available.connect(self.undo_action.setEnabled)
        self.new_item_action.setEnabled(False)
        self.editor.session_shown.connect(self.new_item_action.setEnabled)
        edit_menu.addActions([self.undo_action, self.search_action, self.new_item_action])
        engagement_menu = self.menuBar().addMenu(self.tr("E&ngagement"))
        self.new_session_action = QAction(self.tr("New &session"), self)
        self.new_session_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_session_action.triggered.connect(self.new_session)
        self.edit_engagement_action = QAction(self.tr("&Edit engagement…"), self)
        self.edit_engagement_action.triggered.connect(self._edit_current_engagement)
        self.delete_engagement_action = QAction(self.tr("&Delete engagement…"), self)
        self.delete_engagement_action.triggered.connect(self._delete_current_engagement)
        engagement_menu.addActions(
            [self.new_session_action, self.edit_engagement_action, self.delete_engagement_action]
        )
        engagement_menu.addSeparator()
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
        self.erase_coachee_action = QAction(self.tr("Erase the &coachee's data…"), self)
        self.erase_coachee_action.triggered.connect(self.ask_erase_coachee)
        engagement_menu.addActions([self.export_coachee_action, self.erase_coachee_action])
        self.practice_ledger_action = QAction(self.tr("Disclosure le&dger of the practice…"), self)
        self.practice_ledger_action.triggered.connect(lambda: self.open_ledger(whole_practice=True))
        file_menu.insertAction(self.lock_action, self.practice_ledger_action)
        self.team_view_action = QAction(self.tr("Tea&m view…"), self)
        self.team_view_action.setShortcut(QKeySequence("Ctrl+T"))
        self.team_view_action.triggered.connect(self.open_team_view)
        file_menu.insertAction(self.lock_action, self.team_view_action)
        self.team_report_action = QAction(self.tr("&Team report…"), self)
        self.team_report_action.triggered.connect(self.open_team_report)
        file_menu.insertAction(self.lock_action, self.team_report_action)
        self.coaching_log_action = QAction(self.tr("Coac&hing log…"), self)
        self.coaching_log_action.triggered.connect(self.open_coaching_log)
        file_menu.insertAction(self.lock_action, self.coaching_log_action)
        file_menu.insertSeparator(self.lock_action)
        self._engagement_actions(False)
        self._settings_menu()
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.addActions(
            [
                self.new_session_action,
                self.new_item_action,
                self.search_action,
                self.board_action,
                self.report_action,
                self.lock_action,
            ]
        )

    def _engagement_actions(self, on: bool) -> None:
        self.new_session_button.setEnabled(on)
        for action in (
            self.new_session_action,
            self.edit_engagement_action,
            self.delete_engagement_action,
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
        self.editor.flush()  # the board shows the texts as they are on screen
        dialog = BoardDialog(self._tasks, self._page.engagement.id, self, flush=self.editor.flush)
        dialog.changed.connect(lambda: self.reload_page(redraw=True, session_too=True))
        self.engagement_data_changed.connect(dialog.engagement_changed)
        self._show_dialog(dialog)

    def open_report(self) -> None:
        if self._page is None:
            return
        self.editor.flush()
        engagement_id = self._page.engagement.id
        dialog = ReportDialog(self._tasks, self._page.engagement, self._page.names, self)
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
        dialog.saved.connect(lambda _: self.statusBar().showMessage(self.tr("Report saved"), 4000))
        self.engagement_data_changed.connect(dialog.engagement_changed)
        self._show_dialog(dialog)

    def open_team_view(self) -> None:
        def shown(leaders: list[tuple[str, str]]) -> None:
            dialog = TeamViewDialog(self._tasks, leaders, self)
            dialog.open_engagement.connect(self.open_engagement)
            dialog.team_changed.connect(self.refresh)
            self.engagement_data_changed.connect(dialog.engagement_changed)
            self.closed.connect(dialog.close)  # a window of its own: it goes with this one
            self._show_dialog(dialog)

        self._tasks.run(lambda ctx: teams.leaders(ctx.db), shown)

    def open_team_report(self) -> None:
        self.editor.flush()

        def shown(recipients: list[tuple[str, str]]) -> None:
            dialog = TeamReportDialog(self._tasks, recipients, self)
            dialog.saved.connect(
                lambda _: self.statusBar().showMessage(self.tr("Report saved"), 4000)
            )
            self.engagement_data_changed.connect(dialog.engagement_changed)
            self._show_dialog(dialog)

        self._tasks.run(lambda ctx: team_reports.team_recipients(ctx.db), shown)

    def open_coaching_log(self) -> None:
        self.editor.flush()
        self._show_dialog(CoachingLogDialog(self._tasks, self))

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
        if state.read_only:
            self.backup_label.setText(self.tr("Read-only vault"))
            self.backup_label.setToolTip(
                self.tr(
                    "The vault's folder is read-only: its notes can be read, searched, "
                    "reported on and exported, but not changed, and it is not backed up."
                )
            )
            self.backup_label.setStyleSheet("color: #8a5a00; font-weight: 600;")
            return
        if state.newest is None:
            self._backup_failed(None)
            return
        when = labels.date_time(state.newest.created)
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
        self._file_dialog = file_dialogs.save_file(
            self,
            self.tr("Export everything about the coachee"),
            f"access-request-{dt.date.today().isoformat()}.json",
            lambda path: self.export_coachee_to(coachee, path),
            name_filter=self.tr("CoachDesk data (*.json)"),
            suffix="json",
        )

    def export_coachee_to(self, coachee_id: str, path: Path) -> None:
        def work(ctx: Context) -> tuple[int, int]:
            assert ctx.vault is not None
            return interchange.export_to_file(ctx.vault, path, coachee_id)

        def done(counts: tuple[int, int]) -> None:
            self.statusBar().showMessage(
                self.tr("Exported to {name}: engagements ({e}), note items ({i})").format(
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
        if summary.compacted:
            self.statusBar().showMessage(self.tr("Erased."), 8000)
        else:
            # The rows are gone but the file could not be compacted (a full disk): say so,
            # and that the next opening of the vault finishes the job.
            self._erase_warning = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Erasure not finished"),
                self.tr(
                    "The coachee's data was deleted, but the vault file could not be "
                    "compacted (most often the disk is full), so some of their words may "
                    "still sit in unused parts of it. Free some space, then lock and unlock "
                    "the vault: "
                    "CoachDesk finishes the job when it opens."
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self._erase_warning.open()
        self.refresh()

    def _ask_backup_folder(self) -> None:
        self._file_dialog = file_dialogs.choose_folder(
            self,
            self.tr("Folder for automatic backups"),
            lambda path: self._backup_folder_chosen(str(path)),
            folder=settings.backup_folder(),
        )

    def _backup_folder_chosen(self, name: str) -> None:
        settings.set_backup_folder(Path(name) if name else None)
        self.statusBar().showMessage(
            self.tr("Automatic backups go to {folder} from the next unlock.").format(folder=name),
            8000,
        )

    def reload_page(self, redraw: bool = False, session_too: bool = False) -> None:
        """Refresh the engagement's data behind the views (after a save elsewhere);
        ``redraw`` also redraws the details, goals, agreement and actions, and
        ``session_too`` the open session's items (their sharing changed elsewhere)."""
        if self._page is None:
            return
        engagement_id = self._page.engagement.id
        self.engagement_data_changed.emit(engagement_id)

        def keep(page: EngagementPage) -> None:
            if self._page is None or self._page.engagement.id != engagement_id:
                return
            before = self._page.engagement
            self._page = page
            self._show_details(page)  # header counts (a session now training, say)
            # A new agreement version or other recipients: the open session's sharing
            # controls change with them.
            session_changed = session_too or (before.agreements, before.stakeholders) != (
                page.engagement.agreements,
                page.engagement.stakeholders,
            )
            if redraw:
                self.tabs.show_engagement(page.engagement, page.names)
            if session_changed:
                self._session_chosen(self.sessions.currentItem(), None)

        self._tasks.run(lambda ctx: practice.engagement_page(ctx.db, engagement_id), keep)

    def _settings_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.coach_profile_action = QAction(self.tr("&Coach profile…"), self)
        self.coach_profile_action.triggered.connect(self.open_coach_profile)
        menu.addAction(self.coach_profile_action)
        menu.addSeparator()
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
        self.remember_folder_action = QAction(
            self.tr("&Remember the last folder used for reports"), self, checkable=True
        )
        self.remember_folder_action.setStatusTip(
            self.tr("When off, report dialogs open in the Documents folder and no folder is kept.")
        )
        self.remember_folder_action.setChecked(settings.remember_report_folder())
        self.remember_folder_action.toggled.connect(settings.set_remember_report_folder)
        menu.addAction(self.remember_folder_action)

    def open_coach_profile(self) -> None:
        """Settings → Coach profile…: name, credentials, letterhead and logo (spec §3)."""
        from coachdesk.gui.dialogs.coach_profile import CoachProfileDialog

        self._show_dialog(CoachProfileDialog(self._tasks, self))

    def _language_chosen(self, action: QAction) -> None:
        settings.set_language(str(action.data()))
        # The window's texts are set as it is built: say plainly that a restart shows the
        # new language, and offer it (the notes are saved and the vault closed first).
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Language"),
            self.tr(
                "CoachDesk shows the new language after a restart. Restart now? Your notes "
                "are saved first; you will type your passphrase again."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)

        def answered() -> None:
            if box.clickedButton() is restart:
                self.restart_requested.emit()
            else:
                self.statusBar().showMessage(
                    self.tr("The new language applies the next time CoachDesk starts."), 8000
                )

        box.finished.connect(answered)
        self.language_box = box
        box.open()

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
        working = self.tr("Working…")
        if busy:
            self.statusBar().showMessage(working)
        elif self.statusBar().currentMessage() == working:
            # Only our own "Working…": what the finished work said ("Saved") stays.
            self.statusBar().clearMessage()

    def _show_search(self) -> None:
        self.search.show()
        self.search.focus()

    # -- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.engagement_data_changed.emit("")

        def work(ctx: Context) -> tuple[Overview, dict[str, cadence.Due]]:
            return practice.overview(ctx.db), cadence.all_due(ctx.db, dt.date.today())

        def done(result: tuple[Overview, dict[str, cadence.Due]]) -> None:
            self._due = result[1]
            self._show_overview(result[0])

        self._tasks.run(work, done)

    def _show_overview(self, overview: Overview) -> None:
        self._overview = overview
        current = self._page.engagement.id if self._page else None
        self.navigation.blockSignals(True)
        self.navigation.setUpdatesEnabled(False)  # one redraw once every row is in
        self.navigation.clear()

        def node(text: str, kind: str, ident: str) -> QTreeWidgetItem:
            item = QTreeWidgetItem([text])
            item.setData(0, ROLE_ID, ident)  # never None (see search.py on empty QVariants)
            item.setData(0, ROLE_KIND, kind)
            return item

        today = dt.date.today()
        # Translated once, not per row: thousands of rows must fit one turn of the event
        # loop well under 50 ms (spec §10).
        ended_text = self.tr("{label} (ended)")
        id_text = self.tr("id: {id}")
        grey = QBrush(QColor("#6b6b6b"))
        overdue_text = self.tr("{label} · coaching overdue")
        overdue_tip = self.tr("A coaching session was due on {date}.")
        red = QBrush(QColor("#a23b2a"))
        for org in overview.organisations:
            org_node = node(org.name or self.tr("No organisation"), "org", org.id or "")
            children: list[QTreeWidgetItem] = []
            # By agent (coachee) name, accents and case forgiven: a team's twenty
            # engagements share one title.
            for e in sorted(org.engagements, key=lambda e: (name_key(e.coachee_name), e.id)):
                end = labels.date(e.end) if e.end else "…"
                ended = e.end is not None and e.end < today
                label = f"{e.coachee_name} — {e.title}"
                if ended:
                    label = ended_text.format(label=label)
                due = self._due.get(e.id)
                if due is not None and due.overdue:
                    label = overdue_text.format(label=label)
                child = node(label, "engagement", e.id)
                if ended:
                    child.setForeground(0, grey)
                tip = f"{e.coachee_name} — {e.title}\n{labels.date(e.start)} – {end}"
                if due is not None and due.overdue:
                    child.setForeground(0, red)
                    tip += "\n" + overdue_tip.format(date=labels.date(due.due))
                child.setToolTip(0, tip)
                children.append(child)
                if e.id == current:
                    self.navigation.setCurrentItem(child)
            org_node.addChildren(children)
            self.navigation.addTopLevelItem(org_node)
        if self._page is None and not any(org.engagements for org in overview.organisations):
            self.heading.setText(self.tr("Welcome to CoachDesk"))
            self.details.setText(
                self.tr(
                    "<b>Start here:</b> File → New person… for your coachee (and for each "
                    "sponsor or manager), then File → New engagement… Then agree with them "
                    "who may see what, in the engagement's Agreement tab, and start a session "
                    "with Ctrl+N.<br><br>To look around first, try the demo practice: "
                    "<tt>coachdesk demo --vault FOLDER</tt>."
                )
            )
        elif self._page is None:
            self._show_due_this_week(overview)
        people = node(self.tr("People"), "people", "")
        persons: list[QTreeWidgetItem] = []
        for p in overview.people:
            person = node(p.name, "person", p.id)
            # The id is what the command line takes (coachdesk team-report --recipient ID).
            person.setToolTip(0, (f"{p.title}\n" if p.title else "") + id_text.format(id=p.id))
            persons.append(person)
        people.addChildren(persons)
        self.navigation.addTopLevelItem(people)
        self.navigation.expandAll()
        self.navigation.setUpdatesEnabled(True)
        self.navigation.blockSignals(False)
        if self._resume is not None:
            engagement_id, session_id, tab = self._resume
            self._resume = None
            self.tabs.setCurrentIndex(tab)
            self.open_engagement(engagement_id, then=(session_id, "") if session_id else None)

    def _show_due_this_week(self, overview: Overview) -> None:
        """The welcome page: who is due for a coaching session this week (overdue first)."""
        today = dt.date.today()
        until = today + dt.timedelta(days=7)
        rows = {e.id: e for org in overview.organisations for e in org.engagements}
        due = sorted(
            (d for d in self._due.values() if d.due <= until and d.engagement_id in rows),
            key=lambda d: (d.due, rows[d.engagement_id].coachee_name),
        )
        if not self._due:
            return  # no engagement has a cadence: nothing to say
        if not due:
            self.details.setText(self.tr("Nobody is due for a coaching session this week."))
            return
        lines = []
        for d in due:
            e = rows[d.engagement_id]
            who = _html(f"{e.coachee_name} — {e.title}")
            if d.overdue:
                lines.append(
                    self.tr("{who}: <b>overdue</b> since {date}").format(
                        who=who, date=labels.date(d.due)
                    )
                )
            else:
                lines.append(self.tr("{who}: {date}").format(who=who, date=labels.date(d.due)))
        self.details.setText(
            self.tr("<b>Due for coaching this week</b>") + "<br>" + "<br>".join(lines)
        )

    def _navigated(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None and current.data(0, ROLE_KIND) == "engagement":
            self.open_engagement(str(current.data(0, ROLE_ID)))

    def _navigation_menu(self, point: QPoint) -> None:
        item = self.navigation.itemAt(point)
        menu = QMenu(self)
        kind = item.data(0, ROLE_KIND) if item else ""
        ident = str(item.data(0, ROLE_ID)) if item else ""
        if kind == "engagement" and self._page and self._page.engagement.id == ident:
            menu.addActions([self.edit_engagement_action, self.delete_engagement_action])
        elif kind == "org" and ident:
            menu.addAction(self.tr("Rename organisation…"), lambda: self.ask_organisation(ident))
            menu.addAction(
                self.tr("Delete organisation…"),
                lambda: self.ask_delete_organisation(ident, item.text(0) if item else ""),
            )
        elif kind == "person":
            menu.addAction(self.tr("Edit person…"), lambda: self.ask_person(ident))
            menu.addAction(self.tr("Delete person…"), lambda: self.ask_delete_person(ident))
        menu.addSeparator()
        menu.addActions(
            [self.new_engagement_action, self.new_person_action, self.new_organisation_action]
        )
        menu.popup(self.navigation.viewport().mapToGlobal(point))
        self._menu = menu

    # -- creating, changing and deleting ---------------------------------------------------

    def _run(self, work: Callable[[Context], object], done: Callable[[object], None]) -> None:
        self._tasks.run(work, done, lambda exc: self.statusBar().showMessage(error_text(exc), 8000))

    def _people_and_organisations(self) -> tuple[list[Person], list[Organisation]]:
        if self._overview is None:
            return [], []
        orgs = [Organisation(n.id, n.name) for n in self._overview.organisations if n.id]
        return list(self._overview.people), orgs

    def ask_organisation(self, org_id: str | None) -> None:
        name = ""
        if org_id and self._overview:
            name = next((n.name for n in self._overview.organisations if n.id == org_id), "")
        # An empty name keeps the dialog open and says what is missing.
        dialog = OrganisationDialog(name, new=not org_id, parent=self)

        def chosen(name: str) -> None:
            if org_id:
                self._run(
                    lambda ctx: editing.rename_organisation(ctx.db, org_id, name),
                    lambda _: self.refresh(),
                )
            else:
                self._run(
                    lambda ctx: editing.add_organisation(ctx.db, name), lambda _: self.refresh()
                )

        dialog.chosen.connect(chosen)
        self._show_dialog(dialog)

    def ask_delete_organisation(self, org_id: str, name: str) -> None:
        confirm_delete(
            self,
            self.tr("Delete organisation"),
            self.tr(
                "Delete the organisation “{name}”? Its people and engagements stay, without "
                "an organisation."
            ).format(name=name),
            lambda: self._run(
                lambda ctx: editing.delete_organisation(ctx.db, org_id), lambda _: self.refresh()
            ),
        )

    def ask_person(self, person_id: str | None) -> None:
        people, orgs = self._people_and_organisations()
        person = next((p for p in people if p.id == person_id), None)
        dialog = PersonDialog(orgs, person, self, organisation_id=self._selected_organisation())

        def save() -> None:
            value = dialog.value()
            if person is None:
                self._run(
                    lambda ctx: editing.add_person(
                        ctx.db, value.name, value.organisation_id, value.title
                    ),
                    lambda _: self.refresh(),
                )
            else:
                self._run(lambda ctx: editing.update_person(ctx.db, value), self._after_change)

        dialog.accepted.connect(save)
        self._show_dialog(dialog)

    def _selected_organisation(self) -> str | None:
        """The organisation selected in the navigation: its own node, or the one above the
        selected engagement; a new person starts there."""
        item = self.navigation.currentItem()
        while item is not None and item.data(0, ROLE_KIND) != "org":
            item = item.parent()
        return str(item.data(0, ROLE_ID)) or None if item is not None else None

    def ask_delete_person(self, person_id: str) -> None:
        people, _ = self._people_and_organisations()
        name = next((p.name for p in people if p.id == person_id), "")

        def counted(uses: object) -> None:
            assert isinstance(uses, tuple)
            coachee_of, stakeholder_in = uses
            if coachee_of:
                self.statusBar().showMessage(
                    self.tr(
                        "{name} is a coachee: use Engagement → Erase the coachee's data."
                    ).format(name=name),
                    10000,
                )
                return
            confirm_delete(
                self,
                self.tr("Delete person"),
                self.tr(
                    "Delete {name}? They stop being a stakeholder in their engagements ({n}), and "
                    "their sharing states go with them."
                ).format(name=name, n=stakeholder_in),
                lambda: self._run(
                    lambda ctx: editing.delete_person(ctx.db, person_id), self._after_change
                ),
            )

        self._run(lambda ctx: editing.person_uses(ctx.db, person_id), counted)

    def ask_engagement(self, engagement: Engagement | None) -> None:
        people, orgs = self._people_and_organisations()
        if not people:
            self.statusBar().showMessage(self.tr("Add the coachee first: File → New person…"), 8000)
            return
        dialog = EngagementDialog(people, orgs, engagement, self)

        def save() -> None:
            e = dialog.value()
            if engagement is None:
                self._run(
                    lambda ctx: editing.add_engagement(
                        ctx.db,
                        title=e.title,
                        coachee_id=e.coachee_id,
                        start=e.start,
                        end=e.end,
                        organisation_id=e.organisation_id,
                        language=e.language,
                        stakeholders=e.stakeholders,
                        retention_months=e.retention_months,
                    ),
                    self._engagement_created,
                )
            else:
                self._run(lambda ctx: editing.update_engagement(ctx.db, e), self._after_change)

        dialog.accepted.connect(save)
        self._show_dialog(dialog)

    def _edit_current_engagement(self) -> None:
        if self._page is not None:
            self.ask_engagement(self._page.engagement)

    def _delete_current_engagement(self) -> None:
        if self._page is not None:
            self.ask_delete_engagement(self._page.engagement)

    def _engagement_created(self, engagement: object) -> None:
        assert isinstance(engagement, Engagement)
        self.refresh()
        self.open_engagement(engagement.id)

    def _after_change(self, _: object) -> None:
        self.refresh()
        self.reload_page(redraw=True)

    def ask_delete_engagement(self, engagement: Engagement) -> None:
        # A team's engagements share one title: the confirmation says whose it is.
        names = self._page.names if self._page is not None else {}
        coachee = names.get(engagement.coachee_id, "") or engagement.title

        def counted(counts: object) -> None:
            assert isinstance(counts, dict)
            confirm_delete(
                self,
                self.tr("Delete {name}'s engagement").format(name=coachee),
                self.tr(
                    "Delete {name}'s engagement “{title}” with its sessions ({s}), note items "
                    "({i}), goals ({g}), actions ({a}) and agreement versions ({v})? This "
                    "cannot be undone. The disclosure ledger keeps its entries (ids and hashes)."
                ).format(
                    name=coachee,
                    title=engagement.title,
                    s=counts["sessions"],
                    i=counts["items"],
                    g=counts["goals"],
                    a=counts["actions"],
                    v=counts["agreements"],
                ),
                lambda: self._run(
                    lambda ctx: editing.delete_engagement(ctx.db, engagement.id),
                    self._engagement_deleted,
                ),
            )

        self._run(lambda ctx: editing.engagement_counts(ctx.db, engagement.id), counted)

    def _engagement_deleted(self, _: object) -> None:
        self._forget_engagement()
        self.statusBar().showMessage(self.tr("Engagement deleted"), 6000)
        self.refresh()

    def _forget_engagement(self) -> None:
        self._page = None
        self.editor.show_session(None)
        self.sessions.clear()
        self.tabs.show_engagement(None, {})
        self.details.clear()
        self.heading.setText(self.tr("Choose an engagement"))
        self._engagement_actions(False)

    def new_session(self) -> None:
        if self._page is None:
            return
        self.editor.flush()
        engagement_id = self._page.engagement.id
        now = dt.datetime.now().replace(second=0, microsecond=0)
        start = now.replace(minute=now.minute - now.minute % 15)

        def work(ctx: Context) -> Session:
            return practice.add_session(
                ctx.db, engagement_id, start, SessionKind.COACHING, SessionStatus.HELD
            )

        def added(session: object) -> None:
            assert isinstance(session, Session)
            self.engagement_data_changed.emit(engagement_id)
            self.tabs.setCurrentIndex(SESSION_TAB)
            self.open_engagement(engagement_id, then=(session.id, ""))
            self.statusBar().showMessage(
                self.tr("New session: set its date and kind above the notes."), 6000
            )

        self._run(work, added)

    def _session_saved(self, session: Session) -> None:
        current = self.sessions.currentItem()
        if current is not None and current.data(ROLE_ID) == session.id:
            current.setText(self._session_label(session))
            self.editor.title.setText(self._session_label(session))
        # A session held (or no longer held) moves the coaching cadence: redraw the
        # navigation only when an overdue flag changes.
        self._tasks.run(lambda ctx: cadence.all_due(ctx.db, dt.date.today()), self._due_checked)

    def _due_checked(self, due: dict[str, cadence.Due]) -> None:
        if due != self._due:
            self.refresh()

    def _ask_delete_session(self, session: Session) -> None:
        count = (
            len(next((s.items for s in self._page.engagement.sessions if s.id == session.id), ()))
            if self._page
            else 0
        )
        confirm_delete(
            self,
            self.tr("Delete session"),
            self.tr(
                "Delete the session of {when} with its note items ({n}) and their sharing "
                "states? This cannot be undone."
            ).format(when=labels.date_time(session.start), n=count),
            lambda: self._run(
                lambda ctx: editing.delete_session(ctx.db, session.id), self._session_deleted
            ),
        )

    def _session_deleted(self, _: object) -> None:
        self.editor.show_session(None)
        self.statusBar().showMessage(self.tr("Session deleted"), 6000)
        if self._page is not None:
            self.engagement_data_changed.emit(self._page.engagement.id)
            self.open_engagement(self._page.engagement.id)

    def open_engagement(self, engagement_id: str, then: tuple[str, str] | None = None) -> None:
        def shown(page: EngagementPage) -> None:
            self._show_engagement(page)
            if then:
                self._select_session(then[0])
                if then[1]:
                    self.tabs.setCurrentIndex(SESSION_TAB)
                    for editor in self.editor.editors():
                        if editor.item_id == then[1]:
                            editor.text.setFocus()

        self._tasks.run(lambda ctx: practice.engagement_page(ctx.db, engagement_id), shown)

    def _show_engagement(self, page: EngagementPage) -> None:
        self._page = page
        self._engagement_actions(True)
        self._show_details(page)
        self.tabs.show_engagement(page.engagement, page.names)
        self._fill_sessions(page, keep=None)
        self.editor.show_session(None)

    def _show_details(self, page: EngagementPage) -> None:
        e = page.engagement
        names = page.names
        self.heading.setText(e.title)
        end = labels.date(e.end) if e.end else self.tr("open-ended")
        stakeholders = ", ".join(
            f"{names.get(s.person_id, s.person_id)} ({labels.role(s.role)})" for s in e.stakeholders
        )
        agreement = e.current_agreement
        self.details.setText(
            self.tr(
                "<b>Coachee:</b> {coachee}<br><b>Period:</b> {start} – {end}<br>"
                "<b>Stakeholders:</b> {stakeholders}<br><b>Agreement:</b> {agreement}<br>"
                "<b>Held:</b> {coaching} coaching, {training} training"
            ).format(
                coaching=sum(
                    s.kind is SessionKind.COACHING and s.status is SessionStatus.HELD
                    for s in e.sessions
                ),
                training=sum(
                    s.kind is SessionKind.TRAINING and s.status is SessionStatus.HELD
                    for s in e.sessions
                ),
                coachee=_html(names.get(e.coachee_id, "")),
                start=labels.date(e.start),
                end=end,
                stakeholders=_html(stakeholders) or "—",
                agreement=self.tr("version {v} of {d}").format(
                    v=agreement.version, d=labels.date(agreement.agreed_on)
                )
                if agreement
                else self.tr("none yet"),
            )
            + self._next_due_line(e)
        )

    def _next_due_line(self, e: Engagement) -> str:
        due = cadence.due_of(e, dt.date.today())
        if due is None:
            return ""
        # "(cadence in days: 1)" reads right for every count, in both languages.
        if due.overdue:
            text = self.tr(
                "<b>Next coaching session:</b> overdue since {date} (cadence in days: {n})"
            )
        else:
            text = self.tr("<b>Next coaching session:</b> due {date} (cadence in days: {n})")
        return "<br>" + text.format(date=labels.date(due.due), n=e.cadence_days)

    def _session_label(self, s: Session) -> str:
        label = (
            f"{labels.date_time(s.start)} · {labels.session_kind(s.kind)} · "
            f"{labels.session_status(s.status)}"
        )
        return f"{label} · {s.topic}" if s.topic else label

    def _fill_sessions(self, page: EngagementPage, keep: str | None) -> None:
        """The session list, newest first; ``keep`` stays selected without reloading it."""
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for s in sorted(page.engagement.sessions, key=lambda s: s.start, reverse=True):
            item = QListWidgetItem(self._session_label(s))
            item.setData(ROLE_ID, s.id)
            self.sessions.addItem(item)
            if s.id == keep:
                self.sessions.setCurrentItem(item)
        self.sessions.blockSignals(False)

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
        """Forget everything shown (on lock), keeping only where the coach was (ids)."""
        self.tabs.flush()
        if self._page is not None:
            current = self.sessions.currentItem()
            session_id = str(current.data(ROLE_ID)) if current else None
            self._resume = (self._page.engagement.id, session_id, self.tabs.currentIndex())
        self.editor.show_session(None)
        self.navigation.clear()
        self.sessions.clear()
        self.search.clear()
        self.heading.setText(self.tr("Choose an engagement"))
        self.details.clear()
        self.tabs.show_engagement(None, {})
        self._page = None
        self._overview = None
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
