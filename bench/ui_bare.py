"""The machine's limit for starting: a bare PySide6 + httpx + msgspec script showing 5,000 rows.

Run by ``bench.ui_bench`` as its own process (``python -m bench.ui_bare URL LOGIN``, the app
password in ``$TALK_MODERATOR_PASSWORD``): it reads the same conversation list the window reads
(one ``GET /room``), decodes it with msgspec into a small Struct of what a row shows, fills a
bare ``QAbstractTableModel`` behind a ``QTableView`` and prints, as one JSON line, the seconds
from process start (the kernel's start time, as for the window) to the first paint with every
row in the model.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: E402
import msgspec  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from bench.ui_clock import seconds_since_process_start  # noqa: E402

ROOM_LIST = "/ocs/v2.php/apps/spreed/api/v4/room"
OCS = {"OCS-APIRequest": "true", "Accept": "application/json"}


class BareRoom(msgspec.Struct, rename="camel"):
    """The columns a bare list would show."""

    token: str
    display_name: str = ""
    type: int = 0
    participant_type: int = 0
    unread_messages: int = 0
    has_call: bool = False


class BareEnvelope(msgspec.Struct):
    data: list[BareRoom]


class BareDocument(msgspec.Struct):
    ocs: BareEnvelope


class BareModel(QAbstractTableModel):
    """The least a table model does: rows of strings."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, ...]] = []

    def rowCount(self, parent: object = QModelIndex()) -> int:  # noqa: B008
        return len(self.rows)

    def columnCount(self, parent: object = QModelIndex()) -> int:  # noqa: B008
        return 5

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def fill(self, rows: list[tuple[str, ...]]) -> None:
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self.rows = rows
        self.endInsertRows()


class FirstFullPaint(QObject):
    """Prints the time once the viewport has painted with ``expected`` rows, then quits."""

    def __init__(self, view: QTableView, expected: int) -> None:
        super().__init__(view)
        self.view, self.expected = view, expected

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.view.model().rowCount() >= self.expected:
            self.view.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # after this paint
        return False

    def _done(self) -> None:
        print(json.dumps({"painted": seconds_since_process_start()}), flush=True)
        QApplication.exit(0)


def main() -> int:
    url, login = sys.argv[1], sys.argv[2]
    expected = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    app = QApplication([sys.argv[0]])
    model = BareModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 760)
    view.viewport().installEventFilter(FirstFullPaint(view, expected))
    view.show()

    def load() -> None:
        password = os.environ["TALK_MODERATOR_PASSWORD"]
        with httpx.Client(base_url=url, auth=(login, password), headers=OCS) as client:
            body = client.get(ROOM_LIST, params={"noStatusUpdate": 1}).content
        rooms = msgspec.json.decode(body, type=BareDocument).ocs.data
        model.fill(
            [
                (r.display_name, str(r.type), str(r.participant_type), str(r.unread_messages), "")
                for r in rooms
            ]
        )

    QTimer.singleShot(0, load)
    return app.exec()


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
