#!/usr/bin/python3
"""Makes the letters' fonts from Debian's fonts-dejavu-core: DejaVu Serif and DejaVu Serif Bold cut down to the
scripts of the EU's languages (Latin, Greek, Cyrillic) and common punctuation and symbols, without hinting or
OpenType layout tables, and with the glyphs most letters use first.

Why: iText subsets an embedded font by walking its tables up to the highest glyph number a document uses, so a
letter is faster to write and smaller when its glyphs come early; hinting only helps screens at tiny sizes.
Needs Debian's python3-fonttools. Run from the repository root:
    letters/src/build/subset-fonts.py /usr/share/fonts/truetype/dejavu letters/src/main/resources/eu/oppose/letters/fonts
The Bitstream Vera licence allows modified fonts whose names contain neither "Bitstream" nor "Vera".
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

# In order of use: the first ranges get the lowest glyph numbers.
RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2010, 0x2027),  # dashes, quotation marks, bullet, ellipsis
    (0x20AC, 0x20AC),  # euro sign
    (0x0100, 0x017F),  # Latin Extended-A
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x0180, 0x024F),  # Latin Extended-B
    (0x0250, 0x02FF),  # IPA extensions (schwa), spacing modifier letters
    (0x0300, 0x036F),  # combining diacritical marks
    (0x0500, 0x052F),  # Cyrillic Supplement
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x1F00, 0x1FFF),  # Greek Extended
    (0x2000, 0x206F),  # the rest of General Punctuation
    (0x20A0, 0x20CF),  # currency symbols
    (0x2100, 0x218F),  # letterlike symbols, number forms
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0xFB00, 0xFB06),  # Latin ligatures
    (0xFFFD, 0xFFFD),  # replacement character
]


def main(source_dir, target_dir):
    for name in ("DejaVuSerif", "DejaVuSerif-Bold"):
        font = TTFont(f"{source_dir}/{name}.ttf")
        options = subset.Options()
        options.name_IDs = ["*"]          # keep the copyright and licence notices
        options.name_languages = ["*"]
        options.layout_features = []      # iText draws glyphs by code; it needs no GSUB or GPOS
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "MATH"]
        options.hinting = False
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[c for start, end in RANGES for c in range(start, end + 1)])
        subsetter.subset(font)
        font.ensureDecompiled()  # tables then refer to glyphs by name, so a new order renumbers them all
        order = in_order_of_use(font)
        font.setGlyphOrder(order)
        font["glyf"].glyphOrder = order
        font.save(f"{target_dir}/{name}.ttf")


def in_order_of_use(font):
    """Glyphs of the ranges in order, each followed by the parts it is composed of (accents of accented letters)."""
    cmap = font.getBestCmap()
    glyf = font["glyf"]
    order = [".notdef"]
    chosen = set(order)

    def add(glyph):
        if glyph in chosen:
            return
        chosen.add(glyph)
        order.append(glyph)
        if glyf[glyph].isComposite():
            for component in glyf[glyph].components:
                add(component.glyphName)

    for start, end in RANGES:
        for code in range(start, end + 1):
            if code in cmap:
                add(cmap[code])
    # Glyphs no code maps to and no glyph is made of keep their relative order at the end.
    return order + [glyph for glyph in font.getGlyphOrder() if glyph not in chosen]


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
