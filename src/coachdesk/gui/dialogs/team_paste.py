"""Pasting a spreadsheet's block into the team's measurements grid: the block read as rows
of cells, each cell as a number (decimal comma or point) or as words (a name, a header), and
the preview that shows which agent a block of numbers only would go to."""

from __future__ import annotations

import math

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services import teams


def parse_grid(text: str) -> list[list[str]]:
    """Rows of cells from a spreadsheet's clipboard (tab-separated lines)."""
    return [line.split("\t") for line in text.replace("\r\n", "\n").rstrip("\n").split("\n")]


def parse_number(text: str) -> float | None:
    """A typed or pasted number: decimal comma or point, an optional % sign; ``None`` for an
    empty cell; ``ValueError`` for anything else, "nan" and "inf" included."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")  # 1.234,5 (Italian)
    else:
        cleaned = cleaned.replace(",", ".")
    number = float(cleaned.rstrip("%"))
    if not math.isfinite(number):
        raise ValueError("not a finite number")
    return number


def is_text(cell: str) -> bool:
    """A pasted cell that holds words (a name, a header), not a number and not empty."""
    try:
        parse_number(cell)
    except ValueError:
        return True
    return False


def header_key(text: str) -> str:
    """A pasted KPI header as matched: "CSAT (%)", "csat" and "CSAT\n(%)" are one."""
    key = teams.name_key(text)
    if key.endswith(")") and "(" in key:
        key = key[: key.rindex("(")].strip()
    return key


class PastePreview(QDialog):
    """A block of numbers without names: which agent each row goes to, before it goes."""

    def __init__(
        self,
        agents: list[str],
        headers: list[str],
        block: list[list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check where the values go"))
        intro = QLabel(
            self.tr(
                "The block has no names, so its rows go to the agents in the grid's order "
                "(alphabetical). Check each agent's values: if your spreadsheet lists the "
                "agents in another order, cancel and copy the names column too, so that each "
                "row is matched by name."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(agents), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels(agents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("These values go to these agents"))
        for r, cells in enumerate(block):
            for c, value in enumerate(cells[: len(headers)]):
                self.table.setItem(r, c, QTableWidgetItem(value.strip()))
        self.table.resizeColumnsToContents()
        # Wide enough for every column, within the screen.
        needed = self.table.verticalHeader().sizeHint().width() + 60
        needed += sum(self.table.columnWidth(c) for c in range(self.table.columnCount()))
        screen = self.screen().availableGeometry() if self.screen() else None
        width = min(needed, screen.width() - 40) if screen is not None else needed
        self.resize(max(640, width), 420 + min(10, len(agents)) * 30)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Put them in the grid"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
