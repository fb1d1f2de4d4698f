"""The composition root: builds the worker, the dialogs and the main window, and locks.

``coachdesk`` with no command lands here. Without a vault the welcome dialog creates one;
with a vault the unlock dialog appears at once (the key derivation runs on the worker).
Locking (Ctrl+L, or after ten idle minutes) closes the database, clears every view and
shows the unlock dialog again. Before any window exists, Qt's own settings are moved off the
disk (file dialogs would record folder names there) and the app's settings are tidied to
their allow-list.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QProcess,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk import resources
from coachdesk.gui import file_dialogs, settings
from coachdesk.gui.collector import GuiThreadCollector
from coachdesk.gui.tasks import Tasks
from coachdesk.services import vault as vault_service

if TYPE_CHECKING:
    from coachdesk.gui.dialogs.create_vault import CreateVaultDialog
    from coachdesk.gui.dialogs.unlock import UnlockDialog
    from coachdesk.gui.mainwindow import MainWindow

# The main window's modules bring the report, PDF and backup code (ReportLab, pypdf): about a
# second of imports the unlock dialog must not wait for (spec §10: shown within 0.5 s). They
# are imported on a plain thread once the dialog is on screen, while the coach types.
WINDOW_MODULE = "coachdesk.gui.mainwindow"

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
        # Cycles are collected on this thread only (see gui/collector.py), from the start:
        # the database thread and background work never free a GUI-thread Qt object.
        self.collector = GuiThreadCollector(self)
        self.collector.start()
        self.tasks = Tasks(self)
        self._window: MainWindow | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_lock_ms)
        self.idle.timeout.connect(self.lock)
        self.dialog: UnlockDialog | CreateVaultDialog | None = None
        self.unlocked = False
        self.dialog_box: QMessageBox | None = None
        self._preloader: _Preloader | None = None

    @property
    def window(self) -> MainWindow:
        """The main window, built on first use (its modules are the slow imports)."""
        if self._window is None:
            window_class = importlib.import_module(WINDOW_MODULE).MainWindow
            window: MainWindow = window_class(self.tasks)
            window.lock_requested.connect(self.lock)
            window.restart_requested.connect(self.restart)
            window.closed.connect(QApplication.quit)
            window.idle_minutes_changed.connect(
                lambda minutes: self.idle.setInterval(minutes * 60 * 1000)
            )
            self._window = window
        return self._window

    def _preload_window(self) -> None:
        """Import the main window's modules off the GUI thread, then build the window while
        the coach is still typing the passphrase."""
        if self._preloader is not None or self._window is not None:
            return
        self._preloader = _Preloader(self)
        self._preloader.ready.connect(self._prepare_window)
        self._preloader.start()

    def _prepare_window(self) -> None:
        """Build the window, then, in a later turn of the event loop, lay it out and draw it
        once off screen: its first showing after the unlock is then no longer the longest
        wait of the event loop (spec §10: none over 50 ms)."""
        window = self.window
        QTimer.singleShot(0, window, lambda: None if self.unlocked else window.grab())

    def start(self) -> None:
        """Show the unlock dialog, or the welcome dialog when there is no vault yet."""
        if vault_service.vault_exists(self.folder):
            if not self._refuse_if_in_use():
                self._ask_unlock()
        else:
            from coachdesk.gui.dialogs.create_vault import CreateVaultDialog

            dialog = CreateVaultDialog(self.tasks, self.folder)
            dialog.created.connect(self._created)
            dialog.rejected.connect(self._quit_if_locked)
            self.dialog = dialog
            dialog.open()

    def _created(self, folder: Path) -> None:
        self.folder = folder
        settings.set_vault_folder(folder)
        self._show_main()

    def _refuse_if_in_use(self) -> bool:
        """A second copy says at once that the vault is open elsewhere, before it asks for
        the passphrase (the one it would type for nothing). Only at start: on a relock this
        process's own worker may still hold the lock it is letting go."""
        if not vault_service.vault_in_use(self.folder):
            return False
        from coachdesk.errors import VaultInUse
        from coachdesk.gui.messages import error_text

        self._fatal(error_text(VaultInUse()))
        return True

    def _ask_unlock(self) -> None:
        from coachdesk.gui.dialogs.unlock import UnlockDialog

        self._retire_dialog()
        dialog = UnlockDialog(self.tasks, self.folder)
        dialog.unlocked.connect(self._show_main)
        dialog.fatal.connect(self._fatal)
        dialog.rejected.connect(self._quit_if_locked)
        dialog.painted.connect(self._preload_window)
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
        self.window.editor.forget_agreed_texts()
        self.window.hide()
        self.tasks.run(lambda ctx: ctx.close())
        self._ask_unlock()

    def restart(self) -> None:
        """Start again (to show a new language): pending edits saved, the vault closed and
        its lock let go, then a new process, then this one quits."""
        if self.unlocked:
            settings.set_geometry(self.window.saveGeometry())
        self.unlocked = False
        self.idle.stop()
        self.shutdown()
        program, arguments = restart_command()
        QProcess.startDetached(program, arguments)
        QApplication.quit()

    def _quit_if_locked(self) -> None:
        if not self.unlocked:
            QApplication.quit()

    def _fatal(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, "CoachDesk", message)
        box.finished.connect(lambda _: QApplication.quit())
        box.open()
        self.dialog_box = box

    def shutdown(self) -> None:
        if self._preloader is not None:
            self._preloader.join()
        if self._window is not None:
            self._window.editor.flush()
        self.tasks.shutdown()
        self.collector.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class _Preloader(QObject):
    """Imports the main window's modules on a plain thread; ``ready`` arrives on the GUI
    thread. Only imports run there: no widget is made off the GUI thread."""

    ready = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thread = threading.Thread(target=self._run, name="coachdesk-preload", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def join(self) -> None:
        """Wait for the imports (on quit: no thread left importing at interpreter exit)."""
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        # No garbage is collected on this thread: App's GuiThreadCollector collects on the
        # GUI thread only. A failure is left for the GUI thread's own import to report.
        with contextlib.suppress(Exception):
            importlib.import_module(WINDOW_MODULE)
        with contextlib.suppress(RuntimeError):  # the app already gone
            self.ready.emit()


def restart_command() -> tuple[str, list[str]]:
    """How this process was started: the program and its arguments, to start it again."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, list(sys.orig_argv[1:])


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
