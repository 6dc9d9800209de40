"""Widgets in rows that fill the available width, wrapping to a new row only when needed.

Why not a grid: a card's buttons differ in width ("End call" against "Let everyone speak"),
so equal columns waste the room that would put three of them in one row; and a card must get
narrow enough for four side by side at 1920 px while none of its texts is cut off.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

WidthOf = Callable[[QWidget], int]


def natural_width(widget: QWidget) -> int:
    widget.ensurePolished()  # the style sheet's font and padding, not the defaults
    return widget.sizeHint().width()


def pack(widths: Sequence[int], room: int, spacing: int) -> list[list[int]]:
    """Indexes of ``widths`` row by row, in order: a row takes the next one while it fits."""
    rows: list[list[int]] = []
    used = 0
    for index, width in enumerate(widths):
        if rows and used + spacing + width <= room:
            rows[-1].append(index)
            used += spacing + width
        else:
            rows.append([index])
            used = width
    return rows


class RowFlow(QVBoxLayout):
    """A column of rows holding ``widgets`` in order; ``reflow(room)`` re-packs them.

    Args:
        widgets: what to place, in reading order.
        spacing: between rows and between neighbours in a row.
        fill: the widgets of a row share the leftover width (buttons); otherwise they keep
            their width and the row ends with a stretch (chips).
        width_of: the width a widget needs (its size hint; more when its text can change).
    """

    def __init__(
        self,
        widgets: Sequence[QWidget],
        *,
        spacing: int,
        fill: bool,
        width_of: WidthOf = natural_width,
    ) -> None:
        super().__init__()
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)
        self._widgets = list(widgets)
        self._fill = fill
        self._width_of = width_of
        self.rows: tuple[tuple[QWidget, ...], ...] = ()
        """The widgets as placed, row by row."""

    def minimum_width(self) -> int:
        """The widest single widget: narrower than that, a text would be cut."""
        return max((self._width_of(w) for w in self._widgets), default=0)

    def reflow(self, room: int) -> None:
        """Re-pack for ``room`` pixels of width (nothing changes when the rows stay)."""
        widths = [self._width_of(widget) for widget in self._widgets]
        packed = pack(widths, room, self.spacing())
        rows = tuple(tuple(self._widgets[i] for i in row) for row in packed)
        if rows == self.rows:
            return
        self.rows = rows
        while (item := self.takeAt(0)) is not None:
            old = item.layout()
            if old is not None:
                while old.takeAt(0) is not None:  # the widgets stay, only the row goes
                    pass
                old.deleteLater()
        for row in rows:
            line = QHBoxLayout()
            line.setSpacing(self.spacing())
            for widget in row:
                line.addWidget(widget, self._width_of(widget) if self._fill else 0)
            if not self._fill:
                line.addStretch(1)
            self.addLayout(line)
