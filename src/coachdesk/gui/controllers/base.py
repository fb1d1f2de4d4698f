"""What every controller shares: the window it works in and the database worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks

if TYPE_CHECKING:
    from coachdesk.gui.mainwindow import MainWindow


class Controller(QObject):
    """The flows of one area of the main window. It owns no widgets of the window's layout:
    it reads and fills them, runs work on the database worker and opens dialogs."""

    def __init__(self, window: MainWindow, tasks: Tasks) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = tasks

    def status(self, text: str, ms: int = 0) -> None:
        self.window.statusBar().showMessage(text, ms)

    def run(self, work: Callable[[Context], object], done: Callable[[object], None]) -> None:
        """Run ``work`` on the worker; a refusal or failure is said in the status bar."""
        self.tasks.run(work, done, lambda exc: self.status(error_text(exc), 8000))
