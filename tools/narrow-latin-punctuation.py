#!/usr/bin/env python3
"""Gives the bundled OfferBench Sans SC proportional curly quotes and middle dot.

Noto Sans CJK SC, which OfferBench Sans SC is cut from, draws U+2018 U+2019 U+201C U+201D and U+00B7 full-width
(an em wide, the mark pushed to one side), as Chinese typesetting wants; but the same face draws the English
interface, where "don’t" then reads "don’ t" and "1 · 2 · 4" spreads out (issue 16). This moves each mark to a
small side bearing and sets its advance to the mark's width plus two bearings, as a Latin face does; the middle dot
gets a glyph of its own first, since the original is shared with the bullet and the katakana middle dot (U+30FB),
which stay full-width. Chinese text keeps the marks it had, narrower, as PingFang SC and Microsoft YaHei draw them.

Run once on each face (it refuses a face already narrowed):
    python3 tools/narrow-latin-punctuation.py src/main/resources/io/offerbench/text/fonts/OfferBenchSansSC-*.ttf
Needs fontTools (Debian: python3-fonttools).
"""
import copy
import sys

from fontTools.ttLib import TTFont

MARKS = {0x2018: 70, 0x2019: 70, 0x201C: 60, 0x201D: 60, 0x00B7: 90}  # code point: side bearing (font units)


def narrow(path):
    font = TTFont(path)
    glyf, hmtx = font["glyf"], font["hmtx"]
    cmap = font.getBestCmap()
    for cp, bearing in MARKS.items():
        name = cmap[cp]
        advance, _ = hmtx[name]
        if advance < font["head"].unitsPerEm:
            sys.exit(f"{path}: U+{cp:04X} is already narrow ({advance} units); nothing changed")
        if cp == 0x00B7:  # shared with U+2022 and U+30FB: copy it so only the Latin middle dot narrows
            own = name + ".latn"
            font.setGlyphOrder(font.getGlyphOrder() + [own])
            glyf[own] = copy.deepcopy(glyf[name])
            hmtx[own] = hmtx[name]
            if "vmtx" in font:
                font["vmtx"][own] = font["vmtx"][name]
            for table in font["cmap"].tables:
                if table.isUnicode() and cp in table.cmap:
                    table.cmap[cp] = own
            name = own
        glyph = glyf[name]
        glyph.recalcBounds(glyf)
        shift = glyph.xMin - bearing
        glyph.coordinates.translate((-shift, 0))
        glyph.recalcBounds(glyf)
        hmtx[name] = (glyph.xMax - glyph.xMin + 2 * bearing, bearing)
    font["maxp"].numGlyphs = len(font.getGlyphOrder())
    font.save(path)
    print(f"narrowed {', '.join(f'U+{cp:04X}' for cp in MARKS)} in {path}")


for arg in sys.argv[1:]:
    narrow(arg)
