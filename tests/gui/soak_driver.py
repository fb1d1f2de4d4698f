"""The soak run (issue 17), as its own process: ``python soak_driver.py FOLDER ACTIONS SEED``
with the passphrase on standard input.

It starts the real app as ``coachdesk`` does (QApplication, App, app.exec()), unlocks, and
from inside the event loop drives the window through ACTIONS ordinary actions chosen at
random (a fixed seed): open engagements and sessions, type in notes, undo, search, switch
tabs, open the board and the report dialog, lock and unlock, choose a language. Then it
closes the window, which quits the app, and exits with app.exec()'s code, as the real app
does. Any Python exception in a slot, or a Qt warning, is counted and makes the exit code 3;
the test reads the exit code and standard error (a crash at quit shows there).
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from pathlib import Path

# Typed key by key (QTest types ASCII only); accented words are pasted.
WORDS = ("delegare", "feedback", "team", "perche", "obiettivo", "listen", "report", "calma")
PASTED = ("perché", "già", "Zoë", "Ştefan")
WAIT_S = 60.0


def main(folder: Path, actions: int, seed: int, passphrase: str) -> int:
    from PySide6.QtCore import QEventLoop, Qt, QTimer, QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QAction
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from coachdesk.gui.app import App
    from coachdesk.gui.dialogs.unlock import UnlockDialog

    problems: list[str] = []

    def on_message(kind: QtMsgType, _context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and "propagateSizeHints" not in text:
            problems.append(f"Qt: {text}")
            print(f"Qt message: {text}", file=sys.stderr)

    qInstallMessageHandler(on_message)
    hook = sys.excepthook

    def on_exception(kind, value, tb):  # type: ignore[no-untyped-def]
        problems.append(f"exception: {kind.__name__}")
        hook(kind, value, tb)

    sys.excepthook = on_exception

    app = QApplication(["coachdesk"])
    app.setQuitOnLastWindowClosed(False)
    root = App(folder)
    rng = random.Random(seed)
    done: Counter[str] = Counter()

    def pause(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def until(condition, what: str) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + WAIT_S
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(what)
            pause(2)

    def settle() -> None:
        until(lambda: root.tasks.pending == 0, "the worker to finish")

    def unlock() -> None:
        dialog = root.dialog
        assert isinstance(dialog, UnlockDialog)
        until(dialog.isVisible, "the unlock dialog")
        dialog.passphrase.setText(passphrase)
        dialog.unlock_button.click()
        until(
            lambda: root.unlocked and root.window.navigation.model().rowCount() > 0,
            "unlock",
        )
        settle()

    def engagements() -> list:  # type: ignore[type-arg]
        model = root.window.navigation.model()
        found = []
        for i in range(model.rowCount()):
            top = model.index(i, 0)
            found += [model.index(j, 0, top) for j in range(model.rowCount(top))]
        kind = Qt.ItemDataRole.UserRole + 1
        return [index for index in found if index.data(kind) == "engagement"]

    def open_engagement() -> None:
        choices = engagements()
        if choices:
            root.window.navigation.setCurrentIndex(rng.choice(choices))
            settle()

    def choose_session() -> None:
        sessions = root.window.sessions
        count = sessions.model().rowCount()
        if count:
            sessions.setCurrentIndex(sessions.model().index(rng.randrange(count), 0))
            settle()

    def type_in_note() -> None:
        editors = root.window.editor.editors()
        if editors:
            note = rng.choice(editors).text
            note.moveCursor(note.textCursor().MoveOperation.End)
            if rng.random() < 0.1:
                note.insertPlainText(" " + rng.choice(PASTED))
            else:
                QTest.keyClicks(note, " " + rng.choice(WORDS))
            if rng.random() < 0.2:
                root.window.editor.flush()  # as the autosave does a second later
                settle()

    def undo() -> None:
        editors = root.window.editor.editors()
        if editors:
            note = rng.choice(editors).text
            QTest.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    def search() -> None:
        w = root.window
        w.search_action.trigger()
        w.search.query.setText(rng.choice(WORDS)[: rng.randint(3, 6)])
        pause(rng.choice((0, 5, 20)))
        settle()

    def switch_tab() -> None:
        root.window.tabs.setCurrentIndex(rng.randrange(root.window.tabs.count()))

    def open_dialog(action: QAction, name: str) -> None:
        w = root.window
        if not action.isEnabled():
            return
        done[name] += 1
        before = len(w._dialogs)
        action.trigger()
        settle()
        if len(w._dialogs) > before:
            dialog = w._dialogs[-1]
            pause(rng.choice((0, 10, 50)))
            settle()
            dialog.close()
            settle()

    def lock_and_unlock() -> None:
        root.window.editor.flush()
        settle()
        root.window.lock_action.trigger()
        until(lambda: isinstance(root.dialog, UnlockDialog), "the lock")
        unlock()

    def choose_language() -> None:
        w = root.window
        options = [
            a for a in w.findChildren(QAction) if a.isCheckable() and a.data() in ("en", "it", "")
        ]
        rng.choice(options).trigger()
        box = w.settings_flows.language_box
        until(box.isVisible, "the language question")
        reject = QMessageBox.ButtonRole.RejectRole
        later = next(b for b in box.buttons() if box.buttonRole(b) == reject)
        later.click()
        until(lambda: not box.isVisible(), "the language question to close")

    steps = (
        (open_engagement, 10),
        (choose_session, 16),
        (type_in_note, 34),
        (undo, 6),
        (search, 12),
        (switch_tab, 12),
        (lambda: open_dialog(root.window.board_action, "board opened"), 3),
        (lambda: open_dialog(root.window.report_action, "report opened"), 1),
    )
    functions = [f for f, _ in steps]
    weights = [w for _, w in steps]

    def drive() -> None:
        try:
            unlock()
            for n in range(actions):
                if n and n % 500 == 0:
                    lock_and_unlock()
                    done["lock"] += 1
                elif n % 400 == 200:
                    choose_language()
                    done["language"] += 1
                else:
                    step = rng.choices(functions, weights)[0]
                    step()
                    done[step.__name__] += 1
            root.window.editor.flush()
            settle()
        except Exception as exc:  # reported, then the app quits as a coach would
            problems.append(f"driver: {type(exc).__name__}: {exc}")
        opened = {k: done.pop(k) for k in ("board opened", "report opened") if k in done}
        print("SOAK", sum(done.values()), dict(done), opened, flush=True)
        root.window.close()  # the window's close quits the app

    root.start()
    QTimer.singleShot(0, drive)
    code = app.exec()
    root.shutdown()
    if problems:
        print("PROBLEMS", problems, file=sys.stderr)
        return 3
    return code


if __name__ == "__main__":
    secret = sys.stdin.readline().rstrip("\n")
    raise SystemExit(main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), secret))
