"""The main window: menus, layout and the status bar. The flows live in controllers by area
(``gui/controllers/``); the navigation and the session list are views on id-backed models
(``gui/models/``). Data comes from services through the worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.gui import settings
from coachdesk.gui.controllers.engagement import EngagementController
from coachdesk.gui.controllers.navigation import NavigationController
from coachdesk.gui.controllers.personal_data import PersonalDataController
from coachdesk.gui.controllers.practice import PracticeController
from coachdesk.gui.controllers.reports import ReportsController
from coachdesk.gui.controllers.sessions import SessionsController
from coachdesk.gui.controllers.settings import SettingsController
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Tasks
from coachdesk.gui.widgets.engagement_tabs import EngagementTabs
from coachdesk.gui.widgets.search import SearchPanel
from coachdesk.services.practice import EngagementPage


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
        self._dialogs: list[QDialog] = []
        self.backup_label = QLabel()
        self.backup_label.setAccessibleName(self.tr("Backup status"))
        self.statusBar().addPermanentWidget(self.backup_label)
        self.setWindowTitle("CoachDesk")  # never a client's name: titles leak into task bars
        self.resize(1200, 760)

        self.navigation = QTreeView()
        self.navigation.setHeaderHidden(True)
        # Long names lose their middle, not the title at their end; the tooltip has it all.
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # Every row one line high: the view need not measure thousands of rows to lay out.
        self.navigation.setUniformRowHeights(True)
        self.navigation.setAccessibleName(self.tr("Organisations and engagements"))
        self.navigation.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.navigation.setMinimumWidth(200)  # a long session label never squeezes it

        self.heading = QLabel(self.tr("Choose an engagement"))
        self.heading.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.sessions = QListView()
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.sessions.setWordWrap(True)
        self.sessions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        middle = QWidget()
        mid_layout = QVBoxLayout(middle)
        mid_layout.addWidget(self.heading)
        mid_layout.addWidget(self.details)
        sessions_row = QHBoxLayout()
        sessions_row.addWidget(QLabel(self.tr("<b>Sessions</b>")), 1)
        self.new_session_button = QPushButton(self.tr("New session"))
        self.new_session_button.setToolTip(self.tr("New session (Ctrl+N)"))
        sessions_row.addWidget(self.new_session_button)
        mid_layout.addLayout(sessions_row)
        mid_layout.addWidget(self.sessions, 1)

        self.tabs = EngagementTabs(tasks)
        self.editor = self.tabs.editor
        self.goals = self.tabs.goals
        self.search = SearchPanel(tasks)
        self.search.hide()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.navigation)
        left.addWidget(self.search)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.tabs)
        splitter.setSizes([280, 300, 620])
        self.setCentralWidget(splitter)

        # The flows, by area; they fill the widgets above.
        self.engagement = EngagementController(self, tasks)
        self.navigator = NavigationController(self, tasks, self.navigation)
        self.sessions_list = SessionsController(self, tasks, self.sessions)
        self.practice = PracticeController(self, tasks)
        self.personal_data = PersonalDataController(self, tasks)
        self.reports = ReportsController(self, tasks)
        self.settings_flows = SettingsController(self, tasks)

        self.new_session_button.clicked.connect(self.sessions_list.new_session)
        self.tabs.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.tabs.data_changed.connect(lambda: self.engagement.reload(redraw=True))
        self.tabs.data_stale.connect(self.engagement.reload)
        self.editor.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.editor.data_changed.connect(self.engagement.reload)
        self.search.open_item.connect(
            lambda engagement_id, session_id, item_id: self.engagement.open(
                engagement_id, then=(session_id, item_id)
            )
        )
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
        self.new_engagement_action.triggered.connect(lambda: self.practice.ask_engagement(None))
        self.new_person_action = QAction(self.tr("New &person…"), self)
        self.new_person_action.triggered.connect(lambda: self.practice.ask_person(None))
        self.new_organisation_action = QAction(self.tr("New &organisation…"), self)
        self.new_organisation_action.triggered.connect(lambda: self.practice.ask_organisation(None))
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
        self.new_session_action.triggered.connect(self.sessions_list.new_session)
        self.edit_engagement_action = QAction(self.tr("&Edit engagement…"), self)
        self.edit_engagement_action.triggered.connect(self.practice.edit_current)
        self.delete_engagement_action = QAction(self.tr("&Delete engagement…"), self)
        self.delete_engagement_action.triggered.connect(self.practice.delete_current)
        engagement_menu.addActions(
            [self.new_session_action, self.edit_engagement_action, self.delete_engagement_action]
        )
        engagement_menu.addSeparator()
        self.board_action = QAction(self.tr("Disclosure &board…"), self)
        self.board_action.setShortcut(QKeySequence("Ctrl+B"))
        self.board_action.triggered.connect(self.reports.open_board)
        self.report_action = QAction(self.tr("&Report…"), self)
        self.report_action.setShortcut(QKeySequence("Ctrl+R"))
        self.report_action.triggered.connect(self.reports.open_report)
        self.ledger_action = QAction(self.tr("&Ledger of this engagement…"), self)
        self.ledger_action.triggered.connect(lambda: self.reports.open_ledger(whole_practice=False))
        engagement_menu.addActions([self.board_action, self.report_action, self.ledger_action])
        engagement_menu.addSeparator()
        self.export_coachee_action = QAction(self.tr("E&xport everything about the coachee…"), self)
        self.export_coachee_action.triggered.connect(self.personal_data.export_coachee)
        self.erase_coachee_action = QAction(self.tr("Erase the &coachee's data…"), self)
        self.erase_coachee_action.triggered.connect(self.personal_data.ask_erase_coachee)
        engagement_menu.addActions([self.export_coachee_action, self.erase_coachee_action])
        self.practice_ledger_action = QAction(self.tr("Disclosure le&dger of the practice…"), self)
        self.practice_ledger_action.triggered.connect(
            lambda: self.reports.open_ledger(whole_practice=True)
        )
        file_menu.insertAction(self.lock_action, self.practice_ledger_action)
        self.team_view_action = QAction(self.tr("Tea&m view…"), self)
        self.team_view_action.setShortcut(QKeySequence("Ctrl+T"))
        self.team_view_action.triggered.connect(self.reports.open_team_view)
        file_menu.insertAction(self.lock_action, self.team_view_action)
        self.team_report_action = QAction(self.tr("&Team report…"), self)
        self.team_report_action.triggered.connect(self.reports.open_team_report)
        file_menu.insertAction(self.lock_action, self.team_report_action)
        self.coaching_log_action = QAction(self.tr("Coac&hing log…"), self)
        self.coaching_log_action.triggered.connect(self.reports.open_coaching_log)
        file_menu.insertAction(self.lock_action, self.coaching_log_action)
        file_menu.insertSeparator(self.lock_action)
        self.set_engagement_actions(False)
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

    def _settings_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.coach_profile_action = QAction(self.tr("&Coach profile…"), self)
        self.coach_profile_action.triggered.connect(self.settings_flows.open_coach_profile)
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
        group.triggered.connect(self.settings_flows.language_chosen)
        self.backup_folder_action = QAction(self.tr("&Backup folder…"), self)
        self.backup_folder_action.triggered.connect(self.settings_flows.ask_backup_folder)
        menu.addAction(self.backup_folder_action)
        self.idle_action = QAction(self.tr("Lock after &idle time…"), self)
        self.idle_action.triggered.connect(self.settings_flows.ask_idle_minutes)
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

    def set_engagement_actions(self, on: bool) -> None:
        """What needs an open engagement is enabled only with one."""
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

    def show_dialog(self, dialog: QDialog) -> None:
        """Non-modal: the coach can keep the session open beside it. Closed on lock."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(
            lambda _: self._dialogs.remove(dialog) if dialog in self._dialogs else None
        )
        self._dialogs.append(dialog)
        dialog.show()
        self.dialog_opened.emit(dialog)

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

    # -- what the app and the other windows call -------------------------------------------

    @property
    def page(self) -> EngagementPage | None:
        """The engagement on screen, as last read."""
        return self.engagement.page

    def refresh(self) -> None:
        self.navigator.refresh()

    def after_unlock(self, vault_folder: Path) -> None:
        self.personal_data.after_unlock(vault_folder)

    def open_engagement(self, engagement_id: str, then: tuple[str, str] | None = None) -> None:
        self.engagement.open(engagement_id, then)

    def reload_page(self, redraw: bool = False, session_too: bool = False) -> None:
        self.engagement.reload(redraw, session_too)

    def clear(self) -> None:
        """Forget everything shown (on lock), keeping only where the coach was (ids)."""
        self.tabs.flush()
        page = self.engagement.page
        if page is not None:
            self.navigator.remember(
                page.engagement.id, self.sessions_list.current_id(), self.tabs.currentIndex()
            )
        self.editor.show_session(None)
        self.navigator.clear()
        self.sessions_list.clear()
        self.search.clear()
        self.heading.setText(self.tr("Choose an engagement"))
        self.details.clear()
        self.tabs.show_engagement(None, {})
        self.engagement.page = None
        self.practice.clear()
        self.set_engagement_actions(False)
        # Dialogs show private data too: they go with the lock.
        for dialog in list(self._dialogs):
            dialog.close()
        self._dialogs.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.flush()
        settings.set_geometry(self.saveGeometry())
        super().closeEvent(event)
        self.closed.emit()
