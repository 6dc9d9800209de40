"""Render the app icon's PNGs from the vector master, with Qt's own SVG renderer.

Why a script: the PNGs in every hicolor size must come from one source so they never drift,
and using PySide6 (already a dependency) needs no Inkscape or ImageMagick on a build machine.

The generated tree (``app/resources/icons/hicolor/``) lives inside the Python package so the
running app finds its window icon through importlib.resources after any kind of install, and
build-deb.sh copies the same tree to /usr/share/icons/hicolor.

Usage:
    python packaging/make_icons.py            # (re)generate
    python packaging/make_icons.py --check    # exit 1 if the generated files are missing or stale
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icons" / "talk-moderator.svg"
OUT = ROOT / "app" / "resources" / "icons" / "hicolor"
ICON_NAME = "org.talkmoderator.TalkModerator"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PIXEL_TOLERANCE = 8
"""Largest per-channel difference accepted by --check (renderers differ a little by Qt version)."""


def png_path(size: int) -> Path:
    return OUT / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def svg_path() -> Path:
    return OUT / "scalable" / "apps" / f"{ICON_NAME}.svg"


def _render(size: int):  # -> QImage (Qt imported lazily so --help works without a display)
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(MASTER.read_bytes()))
    if not renderer.isValid():
        raise SystemExit(f"{MASTER}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def _images_close(a, b) -> bool:  # QImage, QImage
    """True when two renders differ by at most PIXEL_TOLERANCE in every channel."""
    if a.size() != b.size():
        return False
    a = a.convertToFormat(b.format())
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            for shift in (0, 8, 16, 24):
                if abs(((pa >> shift) & 0xFF) - ((pb >> shift) & 0xFF)) > PIXEL_TOLERANCE:
                    return False
    return True


def generate() -> list[Path]:
    written: list[Path] = []
    target = svg_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(MASTER.read_bytes())
    written.append(target)
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not _render(size).save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    return written


def check() -> list[str]:
    """Problems with the generated files; an empty list means they match the master."""
    from PySide6.QtGui import QImage

    problems: list[str] = []
    if not svg_path().is_file() or svg_path().read_bytes() != MASTER.read_bytes():
        problems.append(f"{svg_path()} differs from {MASTER}")
    for size in SIZES:
        path = png_path(size)
        if not path.is_file():
            problems.append(f"{path} is missing")
            continue
        have = QImage(str(path))
        if have.width() != size or have.height() != size:
            problems.append(f"{path} is {have.width()}x{have.height()}, expected {size}x{size}")
        elif size <= 64 and not _images_close(have, _render(size)):
            # Pixel compare only the small sizes: they are where a stale icon shows, and the
            # pure-Python loop over 512x512 would take seconds.
            problems.append(f"{path} is stale (re-run packaging/make_icons.py)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify instead of writing")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for path in generate():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
