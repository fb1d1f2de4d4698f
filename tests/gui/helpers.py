"""Reaching the main window's navigation tree and session list the way a coach does: find a
row by what it says, choose it, wait for what it opens."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from coachdesk.gui.models.navigation import ROLE_ID

TIMEOUT = 15_000


# -- the navigation tree ---------------------------------------------------------------


def top_level_count(w) -> int:
    return w.navigation.model().rowCount()


def top_texts(w) -> list[str]:
    model = w.navigation.model()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def top(w, which: int | str = 0) -> QModelIndex:
    """A top-level row (an organisation, "No organisation" or "People") by row or label."""
    model = w.navigation.model()
    if isinstance(which, int):
        return model.index(which, 0)
    return model.index(top_texts(w).index(which), 0)


def child_count(w, which: int | str = 0) -> int:
    return w.navigation.model().rowCount(top(w, which))


def child(w, which: int | str = 0, row: int = 0) -> QModelIndex:
    """The ``row``-th child (an engagement or a person) of a top-level row."""
    return w.navigation.model().index(row, 0, top(w, which))


def children(w, which: int | str = 0) -> list[QModelIndex]:
    return [child(w, which, r) for r in range(child_count(w, which))]


def child_by_id(w, which: int | str, ident: str) -> QModelIndex:
    return next(c for c in children(w, which) if c.data(ROLE_ID) == ident)


def child_by_text(w, which: int | str, text: str) -> QModelIndex:
    """The first child whose label contains ``text``."""
    return next(c for c in children(w, which) if text in c.data())


def all_child_texts(w) -> list[str]:
    """The labels of every loaded engagement and person."""
    return [c.data() for i in range(top_level_count(w)) for c in children(w, i)]


def tooltip(index: QModelIndex) -> str:
    return index.data(Qt.ItemDataRole.ToolTipRole)


def select(w, index: QModelIndex) -> None:
    """Choose a row of the navigation, as a click does."""
    assert index.isValid()
    w.navigation.setCurrentIndex(index)


def wait_for_navigation(qtbot, w, count: int | None = None) -> None:
    """Until the tree shows the practice (``count`` top-level rows when given)."""
    qtbot.waitUntil(
        lambda: top_level_count(w) > 0 if count is None else top_level_count(w) == count,
        timeout=TIMEOUT,
    )


def open_engagement(
    qtbot, w, org: int | str = 0, row: int = 0, sessions: int | None = None
) -> None:
    """Wait for the tree, choose the ``row``-th engagement of ``org`` and wait for its
    session list (``sessions`` rows when given, else any)."""
    wait_for_navigation(qtbot, w)
    select(w, child(w, org, row))
    qtbot.waitUntil(
        lambda: session_count(w) > 0 if sessions is None else session_count(w) == sessions,
        timeout=TIMEOUT,
    )


# -- the session list -------------------------------------------------------------------


def session_count(w) -> int:
    return w.sessions.model().rowCount()


def session_text(w, row: int) -> str:
    return w.sessions.model().index(row, 0).data()


def session_id(w, row: int) -> str:
    return w.sessions.model().index(row, 0).data(ROLE_ID)


def select_session(w, row: int) -> None:
    w.sessions.setCurrentIndex(w.sessions.model().index(row, 0))


def current_session_text(w) -> str | None:
    """The chosen session's line, or None when none is chosen."""
    index = w.sessions.currentIndex()
    return index.data() if index.isValid() else None


# -- a main window on a vault, without the unlock dialog --------------------------------


def window_on(qtbot, folder, passphrase: str):
    """A shown main window whose worker has the vault open, its tree read. Shut its
    worker down with ``w._tasks.shutdown()``."""
    from coachdesk.gui.mainwindow import MainWindow
    from coachdesk.gui.tasks import Tasks

    tasks = Tasks()
    w = MainWindow(tasks)
    qtbot.addWidget(w)
    opened: list[object] = []
    tasks.run(lambda ctx: ctx.open(folder, passphrase), opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    w.show()
    w.refresh()
    wait_for_navigation(qtbot, w)
    return w


# -- starting the app ------------------------------------------------------------------


def unlock(qtbot, root, passphrase: str):
    """Start ``root`` (an App), unlock with ``passphrase`` as a coach would, and wait for the
    navigation; returns the main window."""
    root.start()
    root.dialog.passphrase.setText(passphrase)
    root.dialog.unlock_button.click()
    w = root.window
    wait_for_navigation(qtbot, w)
    return w


def unlocked_app(qtbot, folder, passphrase: str):
    """A new App on ``folder``, unlocked, its navigation shown. Call ``shutdown()`` after."""
    from coachdesk.gui.app import App

    root = App(folder)
    qtbot.addWidget(root.window)
    unlock(qtbot, root, passphrase)
    return root
