"""Qt widgets that the main window and the kiosk share (no business rules in here)."""

from .text import PlainLabel, plain_tooltip

__all__ = ["PlainLabel", "plain_tooltip"]
