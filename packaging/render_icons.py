"""Render the app icon at the standard hicolor sizes: `make icons`.

    python packaging/render_icons.py SVG OUT_DIR ICON_NAME SIZE...

writes OUT_DIR/<size>x<size>/apps/ICON_NAME.png for each size and
OUT_DIR/scalable/apps/ICON_NAME.svg, with Qt's SVG renderer (offscreen; no display needed).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    svg, out, name, *sizes = argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication([])
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        print(f"not a valid SVG: {svg}", file=sys.stderr)
        return 1
    for size in (int(s) for s in sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = Path(out) / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target)
    scalable = Path(out) / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    print(scalable)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
