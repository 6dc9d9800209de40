"""Look of the kiosk: large type and high contrast, readable from two metres away.

One dark style sheet for the whole kiosk window (light text on near-black, state colours that
differ in brightness too, so they survive a washed-out projector or colour blindness), plus
the ``state`` property values badges switch between.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QWidget

BASE_POINT_SIZE = 18
TITLE_POINT_SIZE = 30
HEADLINE_POINT_SIZE = 34
CARD_TITLE_POINT_SIZE = 24
BUTTON_MIN_HEIGHT = 72
"""Touch targets: 72 px is about 19 mm on a 96 dpi screen, well above the 9 mm guideline."""
CARD_BUTTON_MIN_HEIGHT = 54
"""A card's buttons: 54 px is about 14 mm, still well above the guideline, so that a card
with a queue shows all its actions at 1280x800 without scrolling."""

STYLE_SHEET = f"""
QWidget#kioskWindow, QDialog {{
    background: #0d1117;
    color: #f5f7fa;
    font-size: {BASE_POINT_SIZE}pt;
}}
QLabel {{ color: #f5f7fa; font-size: {BASE_POINT_SIZE}pt; }}
QLabel#kioskTitle {{ font-size: {HEADLINE_POINT_SIZE}pt; font-weight: bold; }}
QLabel#kioskClock {{ font-size: {TITLE_POINT_SIZE}pt; color: #c9d1d9; }}
QLabel#connectionBanner {{
    font-size: {BASE_POINT_SIZE + 2}pt; font-weight: bold; padding: 10px 18px;
    border-radius: 8px;
}}
QLabel#connectionBanner[state="live"] {{ background: #12361f; color: #7ee2a8; }}
QLabel#connectionBanner[state="stale"] {{ background: #b3261e; color: #ffffff; }}
QLabel#connectionBanner[state="connecting"] {{ background: #30363d; color: #f5f7fa; }}
QLabel#messageBar {{
    font-size: {BASE_POINT_SIZE + 2}pt; padding: 12px 18px; border-radius: 8px;
}}
QLabel#messageBar[state="ok"] {{ background: #1f6f43; color: #ffffff; }}
QLabel#messageBar[state="error"] {{ background: #8c1d18; color: #ffffff; }}
QLabel#messageBar[state="info"] {{ background: #30363d; color: #ffffff; }}
QFrame#kioskCard {{
    background: #161b22; border: 3px solid #30363d; border-radius: 16px;
}}
QFrame#kioskCard[state="problem"] {{ border-color: #b3261e; }}
QLabel#cardTitle {{ font-size: {CARD_TITLE_POINT_SIZE}pt; font-weight: bold; }}
QLabel#cardProblem {{ color: #ffb4ab; font-size: {BASE_POINT_SIZE + 2}pt; }}
QLabel#cardActionFailure {{
    background: #8c1d18; color: #ffffff; padding: 6px 10px; border-radius: 8px;
}}
QLabel[badge="true"] {{
    font-size: {BASE_POINT_SIZE - 2}pt; font-weight: bold; padding: 4px 7px;
    border-radius: 10px; background: #30363d; color: #f5f7fa;
}}
QLabel[badge="true"][state="warn"] {{ background: #f2b705; color: #111111; }}
QLabel[badge="true"][state="good"] {{ background: #2ea043; color: #ffffff; }}
QLabel[badge="true"][state="info"] {{ background: #1f6feb; color: #ffffff; }}
QLabel[badge="true"][state="off"] {{
    background: #21262d; color: #e6edf3; border: 1px solid #6e7681;
}}
QLabel#countdownLabel {{
    font-size: {CARD_TITLE_POINT_SIZE}pt; font-weight: bold; color: #f2b705;
}}
QLabel#moreWaitingLabel {{ color: #c9d1d9; }}
QLabel[figure="true"] {{ font-size: {BASE_POINT_SIZE + 2}pt; }}
QLabel#waitingLabel[state="warn"] {{
    background: #f2b705; color: #111111; font-weight: bold; padding: 2px 8px;
    border-radius: 10px;
}}
QPushButton {{
    min-height: {BUTTON_MIN_HEIGHT}px; padding: 6px 12px; border-radius: 12px;
    font-size: {BASE_POINT_SIZE + 2}pt; font-weight: bold;
    background: #30363d; color: #ffffff; border: 2px solid #8b949e;
}}
QPushButton:pressed {{ background: #484f58; }}
QPushButton[role="primary"] {{ background: #1f6feb; border-color: #58a6ff; }}
QPushButton[role="danger"] {{ background: #b3261e; border-color: #ff7b72; }}
QPushButton[role="quiet"] {{ background: transparent; border-color: #8b949e; color: #f5f7fa; }}
QFrame#kioskCard QPushButton {{
    min-height: {CARD_BUTTON_MIN_HEIGHT}px; font-size: {BASE_POINT_SIZE - 2}pt; padding: 4px 10px;
}}
QFrame#kioskCard QPushButton#admitButton {{ min-height: {CARD_BUTTON_MIN_HEIGHT - 10}px; }}
QPushButton:disabled,
QPushButton[role="primary"]:disabled,
QPushButton[role="danger"]:disabled,
QPushButton[role="quiet"]:disabled {{
    background: #161b22; color: #6e7681; border: 2px dashed #30363d;
}}
QPushButton[role="key"] {{
    min-height: 80px; min-width: 110px; font-size: {TITLE_POINT_SIZE}pt;
}}
QLineEdit {{
    font-size: {TITLE_POINT_SIZE}pt; min-height: {BUTTON_MIN_HEIGHT}px; padding: 4px 12px;
    background: #0d1117; color: #ffffff; border: 2px solid #8b949e; border-radius: 10px;
}}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QScrollBar:vertical {{ width: 28px; background: #161b22; }}
QScrollBar::handle:vertical {{ background: #484f58; min-height: 60px; border-radius: 8px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""


def enable_touch_scrolling(area: QAbstractScrollArea) -> None:
    """Drag with a finger to scroll, with kinetic flicks: no aiming at a thin scroll bar.

    Touch gestures only: a mouse-drag gesture would hold back every press inside the area
    until it knows it is not a drag, which makes the buttons on the cards feel sluggish.
    """
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)


def set_state(widget: QWidget, state: str) -> None:
    """Switch a widget's ``state`` property and re-apply the style sheet if it changed."""
    if widget.property("state") == state:
        return
    widget.setProperty("state", state)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
