"""Build resources/fonts/ScalePlanGothic.ttf from IPAex Gothic (Debian: fonts-ipaexfont-gothic).

Why: IPAex Gothic maps Kangxi radicals (U+2F00–) and compatibility ideographs to the very glyphs of the
ideographs they resemble (⽇ U+2F47 and 日 U+65E5 share one glyph). A PDF writer that maps glyphs back to
text then reports ⽇ for 日, so a reader searching a report for 日数 or 費用 finds nothing. This copy
drops those look-alike code points from the font's character map, so each shared glyph maps back to
the ordinary ideograph. Nothing else changes.

The IPA Font License v1.0 allows modified versions under a name without "IPA" (Article 3-1): the
family is renamed "ScalePlan Gothic"; its licence is copied beside it with a note of the change.
Run by `make setup` (fontTools is a set-up dependency only; the program never imports it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

# $SCALEPLAN_IPAEX / $SCALEPLAN_IPAEX_LICENCE: an ipaexg.ttf and its licence text elsewhere (Windows, macOS)
SOURCES = [Path(p) for p in (os.environ.get("SCALEPLAN_IPAEX", ""),
                             "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
                             "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf") if p]
LICENCE = Path(os.environ.get("SCALEPLAN_IPAEX_LICENCE", "/usr/share/doc/fonts-ipaexfont-gothic/copyright"))
OUT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
FAMILY = "ScalePlan Gothic"
#: look-alike blocks: CJK Radicals Supplement, Kangxi Radicals, CJK Compatibility Ideographs (+ Supplement)
DROP = [(0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]


def main() -> int:
    source = next((p for p in SOURCES if p.is_file()), None)
    if source is None or not LICENCE.is_file():
        print("make_font: IPAex Gothic not found; install the Debian package fonts-ipaexfont-gothic",
              file=sys.stderr)
        return 1
    font = TTFont(str(source))
    dropped = 0
    for table in font["cmap"].tables:
        if not hasattr(table, "cmap") or table.cmap is None:
            continue
        for cp in [cp for cp in table.cmap if any(lo <= cp <= hi for lo, hi in DROP)]:
            del table.cmap[cp]
            dropped += 1
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = FAMILY
        elif record.nameID == 6:
            record.string = FAMILY.replace(" ", "")
        elif record.nameID == 3:
            record.string = FAMILY.replace(" ", "") + "-Regular"
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    out = OUT_DIR / "ScalePlanGothic.ttf"
    font.save(str(out))
    notice = (f"ScalePlan Gothic is a modified version of IPAex Gothic ({source.name}): the character map no "
              "longer lists Kangxi radicals and compatibility ideographs that shared glyphs with ordinary "
              "ideographs (so that text extracted from PDFs is searchable); glyphs and metrics are "
              "unchanged. Distributed under the IPA Font License Agreement v1.0, reproduced below from "
              "the Debian package fonts-ipaexfont-gothic.\n\n")
    (OUT_DIR / "LICENSE-ScalePlanGothic.txt").write_text(notice + LICENCE.read_text(encoding="utf-8"),
                                                        encoding="utf-8")
    print(f"wrote {out} ({dropped} look-alike code points dropped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
