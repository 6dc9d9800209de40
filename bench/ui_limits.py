"""The machine's limit for one poll of the 10,000-person room, for ``bench.ui_bench``.

Run as its own process (``python -m bench.ui_limits URL LOGIN TOKEN CHANGED``, the app password
in ``$TALK_MODERATOR_PASSWORD``), after the window's polling, so it reads the same room the
window polled, with the same query. It prints, as one JSON line, the best of 5 (UI-thread CPU
time, ms) for what any client of that answer must do on its UI thread:

* ``decode_ms``: msgspec decoding the body into our ``Participant`` types;
* ``compare_ms``: comparing every decoded person with the one of the answer before;
* ``repaint_ms``: a bare ``QAbstractTableModel`` + ``QTableView`` (10,000 rows, 7 columns,
  the participant list's size) told that ``CHANGED`` rows changed and repainted.

``changed_ms`` is their sum: the limit a changed poll of the window is compared with.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Sequence

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: E402
import msgspec  # noqa: E402
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from app.api.models import Participant  # noqa: E402
from app.api.ocs import _Document  # noqa: E402

API = "/ocs/v2.php/apps/spreed/api/v4"
OCS = {"OCS-APIRequest": "true", "Accept": "application/json"}
COLUMNS = 7


def best_of(action: Callable[[], object], times: int = 5) -> float:
    spent = []
    for _ in range(times):
        started = time.thread_time()
        action()
        spent.append((time.thread_time() - started) * 1000)
    return min(spent)


class BareModel(QAbstractTableModel):
    def __init__(self, rows: Sequence[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: object = QModelIndex()) -> int:  # noqa: B008
        return len(self.rows)

    def columnCount(self, parent: object = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


def main() -> int:
    url, login, token, changed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    password = os.environ["TALK_MODERATOR_PASSWORD"]
    with httpx.Client(base_url=url, auth=(login, password), headers=OCS, timeout=60) as client:
        body = client.get(
            f"{API}/room/{token}/participants", params={"includeStatus": "true"}
        ).content
    decoder = msgspec.json.Decoder(_Document[tuple[Participant, ...]])
    decode_ms = best_of(lambda: decoder.decode(body))
    before, after = decoder.decode(body).ocs.data, decoder.decode(body).ocs.data
    compare_ms = best_of(lambda: [a != b for a, b in zip(before, after, strict=True)])

    app = QApplication([sys.argv[0]])
    rows = [
        (p.display_name, p.actor_type, str(p.participant_type), "", "", "", p.status or "")
        for p in after
    ]
    model = BareModel(rows)
    view = QTableView()
    view.setModel(model)
    view.resize(620, 640)
    view.show()
    app.processEvents()
    view.viewport().repaint()
    step = max(1, len(rows) // changed)

    def one_poll() -> None:
        for row in range(0, len(rows), step):
            model.dataChanged.emit(model.index(row, 0), model.index(row, COLUMNS - 1), [])
        view.viewport().repaint()

    repaint_ms = best_of(one_poll)
    print(
        json.dumps(
            {
                "decode_ms": decode_ms,
                "compare_ms": compare_ms,
                "repaint_ms": repaint_ms,
                "changed_ms": decode_ms + compare_ms + repaint_ms,
                "bytes": len(body),
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
