"""Column widths of the window's lists, and the header menu that names and hides columns.

Widths come from the font and the style (what the item delegate asks for a cell holding the
sample text and an icon), so the longest usual text fits at any DPI or font size: the lobby
countdown ("opens in 14 min"), "Former one-to-one", a phone number, "In call (audio)".
``stretch`` takes the room left. Columns listed as ``hidden`` start hidden; the header's
context menu names every column (icon-only ones too, by their words) and shows or hides it,
and ``window_state`` restores what the user chose.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle, QStyleOptionViewItem, QTableView


def cell_width(view: QTableView, text: str, with_icon: bool) -> int:
    """The width the style gives a cell showing ``text`` (and an icon): what Qt paints in."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.text = text
    option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
    size = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
    option.decorationSize = QSize(size, size)
    if with_icon:
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
    hint = view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view)
    return hint.width() + 2  # the grid's and the focus frame's pixel


def widest(view: QTableView, texts: Iterable[str]) -> str:
    """The one of ``texts`` that needs the widest cell (a column's sample of several)."""
    return max(texts, key=lambda text: cell_width(view, text, False))


def header_width(view: QTableView, column: int) -> int:
    """The width the header needs for ``column``'s title (or icon) and the sort arrow."""
    header = view.horizontalHeader()
    model = view.model()
    style = view.style()
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) * 2
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    width = header.fontMetrics().horizontalAdvance(title) + margin + arrow + 4
    if model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole):
        width += style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, header) + margin
    return width


def size_columns(
    view: QTableView, stretch: int, samples: Mapping[int, str], hidden: Iterable[int] = ()
) -> None:
    """Size each column of ``samples`` to its sample (``"*text"``: shown with an icon; ``""``:
    an icon alone), ``stretch`` to the room left; hide ``hidden``."""
    header = view.horizontalHeader()
    compact = cell_width(view, "", True)
    header.setMinimumSectionSize(compact)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, sample in samples.items():
        if not sample:
            header.resizeSection(column, compact)  # the header's sort arrow may cover its icon
            continue
        content = cell_width(view, sample.lstrip("*"), sample.startswith("*"))
        header.resizeSection(column, max(content, header_width(view, column)))
    for column in hidden:
        header.hideSection(column)


def column_name(view: QTableView, column: int) -> str:
    """A column's words, also for an icon-only header ("Read-only", not its icon)."""
    model = view.model()
    horizontal = Qt.Orientation.Horizontal
    text = model.headerData(column, horizontal, Qt.ItemDataRole.AccessibleTextRole)
    fallback = QCoreApplication.translate("Columns", "Column {number}").format(number=column + 1)
    return str(text or model.headerData(column, horizontal) or fallback)


def header_menu(view: QTableView) -> QMenu:
    """The header's menu: one checkable entry per column, named in words, with its tooltip."""
    header = view.horizontalHeader()
    model = view.model()
    menu = QMenu(header)
    menu.setObjectName(f"{header.objectName()}Menu")
    menu.setToolTipsVisible(True)
    stretch = [
        c
        for c in range(header.count())
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
    ]
    for column in range(header.count()):
        action = QAction(column_name(view, column), menu)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(column not in stretch)  # the name column always stays
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if tip:
            action.setToolTip(str(tip))
        action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.addAction(action)
    return menu


def install_header_menu(view: QTableView) -> None:
    """Right-click on ``view``'s header opens ``header_menu``."""
    header = view.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(point: QPoint) -> None:
        menu = header_menu(view)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(header.mapToGlobal(point))

    header.customContextMenuRequested.connect(show)
