"""The search results model (gui/models/search.py) obeys Qt's model contract
(QAbstractItemModelTester), pages as the panel expects, and its delegate paints however long
the window runs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from coachdesk.domain import ItemKind
from coachdesk.gui.models.search import HTML_ROLE, IDS_ROLE, PAGE, SearchModel
from coachdesk.services.search import MARK_END, MARK_START, SearchHit


def _hits(first: int, n: int) -> list[SearchHit]:
    return [
        SearchHit(
            f"i{k}",
            f"s{k}",
            "e1",
            "Leadership <2026>",
            dt.datetime(2026, 1, 1, 9) - dt.timedelta(days=k),
            ItemKind.OBSERVATION,
            f"said {MARK_START}perché{MARK_END} & more",
            1_000_000 - k,
        )
        for k in range(first, first + n)
    ]


def test_search_model_pages_obey_the_model_contract(qtbot):
    model = SearchModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    wanted = []
    model.more_wanted.connect(lambda: wanted.append(True))
    model.replace(_hits(0, PAGE))
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert wanted == [True] and not model.canFetchMore(QModelIndex())  # one page at a time
    model.append(_hits(PAGE, 7))  # a short page: the last one
    assert model.rowCount() == PAGE + 7 and not model.canFetchMore(QModelIndex())
    index = model.index(3)
    assert index.data(IDS_ROLE) == ("e1", "s3", "i3")
    # Text is escaped in the painted form, and the accessible text is plain.
    assert "&lt;2026&gt;" in index.data(HTML_ROLE) and "<b>perché</b>" in index.data(HTML_ROLE)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "2025-12-29 · Leadership <2026>: said perché & more"
    )
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_none_cannot_run_out_of_references_however_long_the_window_paints(qtbot):
    """PySide6 6.12 drops a reference to None (and True, False) on every Qt call that returns
    nothing; CoachDesk needs Python 3.12+, whose None is immortal, so no count runs out."""
    import sys

    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QListView

    from coachdesk.gui.widgets.search import ResultDelegate

    model = SearchModel()
    model.replace(_hits(0, PAGE))
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ResultDelegate(view))
    view.resize(320, 600)
    view.show()
    doc = QTextDocument()
    for _ in range(20_000):
        doc.setTextWidth(100)  # a call that returns nothing
    for _ in range(100):
        view.viewport().repaint()
    assert sys.getrefcount(None) >= 2**32 - 1
