#!/usr/bin/python3
"""Remove TrueType hinting from the bundled fonts, in place.

    apt-get install python3-fonttools && /usr/bin/python3 Fonts/strip-hinting.py

Hinting (the `fpgm`, `prep` and `cvt ` tables and each glyph's instructions)
grid-fits outlines for screens at small pixel sizes. Folio never uses it: it
draws with FT_LOAD_NO_HINTING and writes PDF, where viewers scale outlines.
Yet cairo copies those tables into every embedded subset, and with each
glyph's instructions they were about a third of every font file. Without
them the handout's PDF is 70 → 51 KB and a mail merge spends about 11 % less
(see BENCHMARKS.md); outlines, metrics, cmap and OpenType layout are kept as
they are, so shaping and pages do not change. Run it on any font added here.
"""
import glob
import os

from fontTools.ttLib import TTFont

HINTING_TABLES = ("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX")

for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*", "*.ttf"))):
    font = TTFont(path, recalcBBoxes=False, recalcTimestamp=False)
    dropped = [tag for tag in HINTING_TABLES if tag in font]
    for tag in dropped:
        del font[tag]
    glyf = font["glyf"]
    for name in glyf.keys():
        glyf[name].removeHinting()
    before = os.path.getsize(path)
    font.save(path)
    print(f"{os.path.relpath(path)}: {before} -> {os.path.getsize(path)} bytes; dropped {', '.join(dropped) or 'no table'}")
