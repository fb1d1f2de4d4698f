"""The composition root: builds the worker, the dialogs and the main window, and locks.

``coachdesk`` with no command lands here. Without a vault the welcome dialog creates one;
with a vault the unlock dialog appears at once (the key derivation runs on the worker).
Locking (Ctrl+L, or after ten idle minutes) closes the database, clears every view and
shows the unlock dialog again. Before any window exists, Qt's own settings are moved off the
disk (file dialogs would record folder names there) and the app's settings are tidied to
their allow-list.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk import resources
from coachdesk.gui import file_dialogs, settings
from coachdesk.gui.dialogs.create_vault import CreateVaultDialog
from coachdesk.gui.dialogs.unlock import UnlockDialog
from coachdesk.gui.mainwindow import MainWindow
from coachdesk.gui.tasks import Tasks
from coachdesk.services import vault as vault_service

IDLE_LOCK_MS = 10 * 60 * 1000
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class App(QObject):
    def __init__(self, folder: Path, idle_lock_ms: int = IDLE_LOCK_MS) -> None:
        super().__init__()
        file_dialogs.keep_qt_settings_off_disk()
        settings.tidy()
        self.folder = folder
        self.tasks = Tasks(self)
        self.window = MainWindow(self.tasks)
        self.window.lock_requested.connect(self.lock)
        self.window.closed.connect(QApplication.quit)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_lock_ms)
        self.idle.timeout.connect(self.lock)
        self.window.idle_minutes_changed.connect(
            lambda minutes: self.idle.setInterval(minutes * 60 * 1000)
        )
        self.dialog: UnlockDialog | CreateVaultDialog | None = None
        self.unlocked = False
        self.dialog_box: QMessageBox | None = None

    def start(self) -> None:
        if vault_service.vault_exists(self.folder):
            self._ask_unlock()
        else:
            dialog = CreateVaultDialog(self.tasks, self.folder)
            dialog.created.connect(self._created)
            dialog.rejected.connect(self._quit_if_locked)
            self.dialog = dialog
            dialog.open()

    def _created(self, folder: Path) -> None:
        self.folder = folder
        settings.set_vault_folder(folder)
        self._show_main()

    def _ask_unlock(self) -> None:
        self._retire_dialog()
        dialog = UnlockDialog(self.tasks, self.folder)
        dialog.unlocked.connect(self._show_main)
        dialog.fatal.connect(self._fatal)
        dialog.rejected.connect(self._quit_if_locked)
        self.dialog = dialog
        dialog.open()

    def _retire_dialog(self) -> None:
        """Let go of the dialog once its own signal handler has returned: dropping the last
        reference inside its ``unlocked`` emission would delete it mid-call."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            QTimer.singleShot(0, dialog.deleteLater)

    def _show_main(self) -> None:
        self.unlocked = True
        self._retire_dialog()
        geometry = settings.geometry()
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        self.window.show()
        self.window.refresh()
        self.window.after_unlock(self.folder)
        self.idle.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.unlocked and event.type() in _INPUT_EVENTS:
            self.idle.start()
        return False

    def lock(self) -> None:
        if not self.unlocked:
            return
        self.unlocked = False
        settings.set_geometry(self.window.saveGeometry())
        self.idle.stop()
        self.window.clear()
        self.window.hide()
        self.tasks.run(lambda ctx: ctx.close())
        self._ask_unlock()

    def _quit_if_locked(self) -> None:
        if not self.unlocked:
            QApplication.quit()

    def _fatal(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, "CoachDesk", message)
        box.finished.connect(lambda _: QApplication.quit())
        box.open()
        self.dialog_box = box

    def shutdown(self) -> None:
        self.window.editor.flush()
        self.tasks.shutdown()


def load_translation(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Install CoachDesk's translation and Qt's own (standard buttons, dialogs) for
    ``language`` ("it", "en") or, without one, the system's locale. Returns the translators
    installed; English needs none."""
    locale = QLocale(language) if language else QLocale()
    installed: list[QTranslator] = []
    try:
        ours = str(resources.path("i18n"))
    except resources.ResourceMissing:
        ours = ""
    qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("coachdesk", ours), ("qtbase", qt_own)):
        translator = QTranslator(app)
        if folder and translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    if installed:
        QLocale.setDefault(locale)
    return installed


def run_gui(vault_dir: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("CoachDesk")
    app.setOrganizationName("CoachDesk")
    app.setDesktopFileName("org.coachdesk.CoachDesk")
    # Windows come and go on lock and unlock; quitting is explicit (main window or dialog).
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(QIcon(str(resources.path("icons", "app", "coachdesk.svg"))))
    load_translation(app, settings.language() or None)
    folder = vault_dir or settings.vault_folder() or vault_service.default_vault_dir()
    root = App(folder, idle_lock_ms=settings.idle_lock_minutes() * 60 * 1000)
    root.start()
    try:
        return app.exec()
    finally:
        root.shutdown()
