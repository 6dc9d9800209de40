"""The window's icons: one glyph set for the actions, small SVGs for the lists' states.

Actions (toolbar, menus) use Material Design Icons (``app.ui.glyphs``): one consistent,
scalable set, drawn in the palette's text colour, so they follow the light and dark theme
(``ThemedIcons`` draws them again when the palette changes) and use the highlighted-text colour
on a selected item. Every action has its own glyph (``ACTION_ICONS``); no Qt standard icon
is mixed in. The lists' state icons (owner, online, lobby, ...) stay the coloured SVGs in
``app/ui/icons/`` (package data, so wheels and bundles keep them): their colour is the
meaning; on a selected row they get a light rim, so they stay visible on the selection.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from ..moderation import ActionKind
from .action_ids import ActionId, ActionKey
from .glyphs import UnknownGlyph, character, glyph_icon

log = logging.getLogger(__name__)

ICON_DIR = Path(__file__).resolve().parent / "icons"

ACTION_ICONS: dict[ActionKey, str] = {
    ActionId.REFRESH: "mdi6.refresh",
    ActionId.CONVERSATION_SETTINGS: "mdi6.message-cog-outline",
    ActionId.AUDIT_LOG: "mdi6.clipboard-text-clock-outline",
    ActionId.SETTINGS: "mdi6.cog-outline",
    ActionId.ACCOUNTS: "mdi6.account-box-multiple-outline",
    ActionId.ABOUT: "mdi6.information-outline",
    ActionId.QUIT: "mdi6.exit-to-app",
    ActionKind.CREATE: "mdi6.message-plus-outline",
    ActionKind.RENAME: "mdi6.rename-box",
    ActionKind.DELETE: "mdi6.delete-outline",
    ActionKind.GUESTS: "mdi6.link-variant",
    ActionKind.READ_ONLY: "mdi6.lock-outline",
    ActionKind.PASSWORD: "mdi6.form-textbox-password",
    ActionKind.LOBBY: "mdi6.door-closed-lock",
    ActionKind.SIP: "mdi6.phone-in-talk",
    ActionKind.FAVORITE: "mdi6.star-outline",
    ActionKind.ADD: "mdi6.account-plus-outline",
    ActionKind.REMOVE: "mdi6.account-remove-outline",
    ActionKind.PROMOTE: "mdi6.account-arrow-up-outline",
    ActionKind.DEMOTE: "mdi6.account-arrow-down-outline",
    ActionKind.LOBBY_BYPASS: "mdi6.door-open",
    ActionKind.PERMISSIONS: "mdi6.account-key-outline",
    ActionKind.BAN: "mdi6.account-cancel-outline",
    ActionKind.UNBAN: "mdi6.account-check-outline",
    ActionKind.JOIN_CALL: "mdi6.phone",
    ActionKind.LEAVE_CALL: "mdi6.phone-off",
    ActionKind.END_CALL: "mdi6.phone-hangup",
    ActionKind.RING: "mdi6.phone-ring",
    ActionKind.DIAL_OUT: "mdi6.phone-outgoing",
    ActionKind.LISTEN_ONLY: "mdi6.headphones",
    ActionKind.ROOM_PERMISSIONS: "mdi6.shield-account-outline",
    ActionKind.DESCRIPTION: "mdi6.text-box-edit-outline",
    ActionKind.LISTABLE: "mdi6.earth",
    ActionKind.MESSAGE_EXPIRATION: "mdi6.timer-sand",
    ActionKind.MENTION_PERMISSIONS: "mdi6.at",
    ActionKind.RECORDING_CONSENT: "mdi6.file-sign",
    ActionKind.NOTIFICATIONS: "mdi6.bell-outline",
    ActionKind.CALL_NOTIFICATIONS: "mdi6.bell-ring-outline",
    ActionKind.RESEND_INVITATIONS: "mdi6.email-sync-outline",
    ActionKind.IMPORT_EMAILS: "mdi6.email-plus-outline",
    ActionKind.DELETE_MESSAGE: "mdi6.comment-remove-outline",
    ActionKind.CLEAR_HISTORY: "mdi6.broom",
    ActionKind.POST_ANNOUNCEMENT: "mdi6.bullhorn-outline",
    ActionKind.CREATE_POLL: "mdi6.poll",
    ActionKind.CLOSE_POLL: "mdi6.chart-box-outline",
    ActionKind.DOWNLOAD_ATTENDANCE: "mdi6.clipboard-account-outline",
    ActionKind.START_RECORDING: "mdi6.record-rec",
    ActionKind.STOP_RECORDING: "mdi6.stop-circle-outline",
    ActionKind.BREAKOUT_SETUP: "mdi6.call-split",
    ActionKind.BREAKOUT_ASSIGN: "mdi6.account-switch-outline",
    ActionKind.BREAKOUT_START: "mdi6.play-circle-outline",
    ActionKind.BREAKOUT_STOP: "mdi6.arrow-collapse-all",
    ActionKind.BREAKOUT_BROADCAST: "mdi6.broadcast",
    ActionKind.BREAKOUT_ASSISTANCE: "mdi6.hand-back-right-outline",
    ActionKind.BREAKOUT_REMOVE: "mdi6.close-box-multiple-outline",
    ActionKind.MUTE: "mdi6.microphone-off",
    ActionKind.MUTE_ALL: "mdi6.account-voice-off",
}
"""Each action's glyph (Material Design Icons 6, by the names of its character map); all
different."""


def action_icon_name(key: ActionKey) -> str:
    named = ACTION_ICONS.get(key)
    if named is None:
        raise KeyError(f"no icon for {key}")
    return named


def has_icon(name: str) -> bool:
    """Whether ``name`` is a glyph of the set or an SVG in ``app/ui/icons`` (tests check
    every action); reads the font's character map, which needs no QApplication."""
    if "." in name:
        try:
            character(name)
        except UnknownGlyph:
            return False
        return True
    return (ICON_DIR / f"{name}.svg").is_file()


def _palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def action_icon(key: ActionKey) -> QIcon:
    """The icon of a QAction, by its identity, in the colours of the current palette."""
    palette = _palette()
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    return _glyph(
        action_icon_name(key),
        palette.color(group.Active, role.ButtonText).name(),
        palette.color(group.Disabled, role.ButtonText).name(),
        palette.color(group.Active, role.HighlightedText).name(),
    )


@cache
def _glyph(name: str, color: str, disabled: str, selected: str) -> QIcon:
    # One icon per glyph and palette: a theme switch back and forth costs nothing twice.
    try:
        return glyph_icon(name, color, disabled, selected)
    except FileNotFoundError as exc:  # a broken install: the words under the icons remain
        log.warning("no action icons: %s", exc)
        return QIcon()


class ThemedIcons(QObject):
    """Keeps actions' glyphs in the palette's colours: set now and after every theme switch.

    Listens on one widget (the window), which Qt tells of every application palette change;
    an application-wide event filter would put every event of the program through Python.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._targets: list[tuple[QAction, ActionKey]] = []
        widget.installEventFilter(self)

    def add(self, action: QAction, key: ActionKey) -> None:
        """Give ``action`` the glyph of ``key`` (a menu's ``menuAction()`` too)."""
        self._targets.append((action, key))
        action.setIcon(action_icon(key))

    def apply(self) -> None:
        for action, key in self._targets:
            action.setIcon(action_icon(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.apply()
        return False


@cache
def icon(name: str) -> QIcon:
    """The state icon ``name`` (``app/ui/icons/<name>.svg``); on a selected row with a light
    rim (``_on_selection``): a green or blue mark on the blue selection would all but vanish,
    and Qt's own selected look only tints it with the selection colour."""
    path = ICON_DIR / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    result = QIcon(str(path))
    for size in (16, 20, 24, 32, 48):  # the SVG engine takes an added pixmap at its size only
        result.addPixmap(_on_selection(result, size), QIcon.Mode.Selected)
    return result


def _on_selection(source: QIcon, size: int) -> QPixmap:
    """``source`` drawn a little smaller inside a rim of the highlighted-text colour (white in
    both themes), so it stands out on the selection colour."""
    inner = source.pixmap(QSize(size - 2, size - 2))
    inner.setDevicePixelRatio(1.0)
    rim = QPixmap(inner.size())
    rim.fill(Qt.GlobalColor.transparent)
    painter = QPainter(rim)
    painter.drawPixmap(0, 0, inner)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(rim.rect(), _palette().color(QPalette.ColorRole.HighlightedText))
    painter.end()
    result = QPixmap(size, size)
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    for dx, dy in ((0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (0, 2), (1, 2), (2, 2)):
        painter.drawPixmap(dx, dy, rim)
    painter.drawPixmap(1, 1, inner)
    painter.end()
    return result
