"""Draw ScalePlan's application icon with Qt: resources/icons/scaleplan.png (256×256: the window, Linux's
desktop entry), scaleplan.ico (Windows: 16 to 256 px in one file) and scaleplan.icns (macOS: 16 to 1024 px).

A loss-against-compute frontier falling across a dark tile, with the plan marked: the picture the
program is about. Run with the project's Python: `.venv/bin/python scripts/make_icon.py`. The .ico and
.icns hold several sizes, which Qt's writers do not do; Pillow (installed with python-pptx) writes them
from the drawing.
"""

from __future__ import annotations

import io
import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons" / "scaleplan.png"


def draw(size: int = 256) -> QImage:
    img = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    img.fill(Qt.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    s = size / 256
    p.setPen(Qt.NoPen)
    p.setBrush(QBrush(QColor(24, 48, 82)))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    # grid
    p.setPen(QPen(QColor(58, 86, 122), 3 * s))
    for k in range(1, 4):
        v = (40 + 48 * k) * s
        p.drawLine(QPointF(40 * s, v), QPointF(216 * s, v))
    # frontier L(C) = E + A / C^a, in icon coordinates
    path = QPainterPath()
    for i in range(101):
        t = i / 100
        x = 40 + 176 * t
        y = 200 - 150 * (1 - math.exp(-3.2 * t)) / (1 - math.exp(-3.2))
        y = 228 - y + 12
        (path.moveTo if i == 0 else path.lineTo)(QPointF(x * s, y * s))
    p.setPen(QPen(QColor(80, 170, 255), 12 * s, Qt.SolidLine, Qt.RoundCap))
    p.setBrush(Qt.NoBrush)
    p.drawPath(path)
    # the plan
    t = 0.42
    x = 40 + 176 * t
    y = 228 - (200 - 150 * (1 - math.exp(-3.2 * t)) / (1 - math.exp(-3.2))) + 12
    p.setPen(QPen(QColor(255, 255, 255), 6 * s))
    p.setBrush(QBrush(QColor(230, 60, 60)))
    p.drawEllipse(QPointF(x * s, y * s), 20 * s, 20 * s)
    p.end()
    return img


def pillow(img: QImage) -> Image.Image:
    """The drawing as a Pillow image (through PNG in memory)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 — fonts/painting need it
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not draw().save(str(OUT)):
        print(f"could not write {OUT}", file=sys.stderr)
        return 1
    print(f"wrote {OUT}")
    ico, icns = OUT.with_suffix(".ico"), OUT.with_suffix(".icns")
    pillow(draw(256)).save(ico, sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    print(f"wrote {ico}")
    pillow(draw(1024)).save(icns)  # every size macOS asks for, 16 to 1024 (512@2x)
    print(f"wrote {icns}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
