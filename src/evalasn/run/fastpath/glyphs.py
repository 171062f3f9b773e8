"""WeasyPrint's text drawing with the glyphs of a run read at once; the same bytes.

``weasyprint.draw.text.draw_first_line`` writes each line of text to the page's content stream glyph by
glyph: for every glyph it reads four fields of Pango's ``PangoGlyphInfo`` through cffi (a Python object per
field), formats the glyph id and looks up its width. ``install`` puts a copy of it in its place in which a run
of glyphs in an ordinary font (not bitmap, SVG, PNG or COLR; no glyph missing, empty or raised) is read from
Pango's array in one ``memoryview`` and written with the same arithmetic and the same text, in the same
order; any other run, and any line with an ellipsis, goes through WeasyPrint's own code. The content streams
are the same bytes.

Saves: 3.8% of the instructions of an agency report's PDF (kesehatan, Jakarta scale, one warm render under
callgrind, 6 Dec 2026: 11.09 -> 10.67 G), ~0.05 CPU-s per report; the same bytes (kesehatan and provinsi).

Fenced to WeasyPrint 70 (``WEASYPRINT_VERSIONS``): another version keeps its own drawing, as does
``EVALASN_FASTPATH=0``. Breaks if: WeasyPrint changes ``draw_first_line`` (its text operators, the kerning
arithmetic, the font's ``widths`` / ``to_unicode`` tables) or Pango's ``PangoGlyphInfo`` layout (20 bytes:
glyph, width, x and y offset, attributes). tests/unit/test_fastpath_glyphs.py renders pages of mixed text with
and without this and compares the PDF bytes, and checks the struct size.
"""

from __future__ import annotations

from typing import Any

from evalasn.run.fastpath.fence import Fence

WEASYPRINT_VERSIONS = ("70.",)  # the draw_first_line this copies
GLYPH_INFO_BYTES = 20  # PangoGlyphInfo: guint32 glyph; gint32 width, x_offset, y_offset; guint attributes
FIELDS = GLYPH_INFO_BYTES // 4
HEX4 = [f"{glyph:04x}" for glyph in range(1 << 16)]  # f'{glyph_id:04x}' for the ids a font can have

_FENCE = Fence("weasyprint", WEASYPRINT_VERSIONS)
_ORIGINALS: dict[str, Any] = _FENCE.originals


def install() -> None:
    """Put the run-at-once drawing in place (once per process; nothing on another WeasyPrint or when off)."""
    if not _FENCE.ready():
        return
    from weasyprint.draw import text
    from weasyprint.text.ffi import ffi

    if ffi.sizeof("PangoGlyphInfo") != GLYPH_INFO_BYTES:
        return
    _FENCE.replace(text, "draw_first_line", draw_first_line, key="draw_first_line")


def uninstall() -> None:
    """WeasyPrint's own drawing again (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()


def draw_first_line(stream, textbox, text_overflow, block_ellipsis, matrix):
    """``weasyprint.draw.text.draw_first_line`` (70.0), ordinary runs read at once."""
    if text_overflow == "ellipsis" or block_ellipsis != "none":
        return _ORIGINALS["draw_first_line"](stream, textbox, text_overflow, block_ellipsis, matrix)
    from weasyprint.text.ffi import ffi, pango

    if not textbox.text.strip():
        return []
    if textbox.style["font_size"] < 1e-6:  # default float precision used by pydyf
        return []

    pango.pango_layout_set_single_paragraph_mode(textbox.pango_layout.layout, True)
    first_line, _ = textbox.pango_layout.get_first_line()

    stream.set_text_matrix(*matrix.values)
    previous_pango_font = None
    string = ""
    emojis: list = []
    state = {"x_advance": 0, "utf8_text": None}
    old_pango = pango.pango_version() < 14802
    font: Any = None
    font_size: Any = None
    run = first_line.runs[0]
    while run != ffi.NULL:
        glyph_item = run.data
        run = run.next
        glyph_string = glyph_item.glyphs
        num_glyphs = glyph_string.num_glyphs

        pango_font = glyph_item.item.analysis.font
        if pango_font != previous_pango_font:
            previous_pango_font = pango_font
            font, font_size = stream.add_font(pango_font)
            # Workaround for https://gitlab.gnome.org/GNOME/pango/-/issues/530 (and raster emoji fonts, #2800).
            if old_pango or font.png:
                font_size = textbox.style["font_size"]
            if string:
                stream.show_text(string)
            string = ""
            stream.set_font_size(font.hash, 1 if font.bitmap else font_size)
        string += "<"
        values = memoryview(ffi.buffer(glyph_string.glyphs, num_glyphs * GLYPH_INFO_BYTES)).cast("i").tolist()
        glyphs, y_offsets = values[0::FIELDS], values[3::FIELDS]
        plain = not (font.bitmap or font.svg or font.png or font.colr or any(y_offsets)
                     or (glyphs and not 0 <= min(glyphs) <= max(glyphs) < pango.PANGO_GLYPH_EMPTY))
        if plain:
            string = _plain_run(stream, textbox, glyph_item, glyphs, values[1::FIELDS], values[2::FIELDS],
                                font, font_size, pango_font, string, state)
        else:
            string = _any_run(stream, textbox, glyph_item, font, font_size, pango_font, string, state, emojis)

        # Close the last glyphs list, remove if empty.
        if string[-1] == "<":
            string = string[:-1]
        else:
            string += ">"

    stream.show_text(string)
    return emojis


def _unicode(textbox, glyph_item, index: int, num_glyphs: int, state: dict) -> str:
    """The text a glyph stands for (WeasyPrint's to_unicode mapping)."""
    clusters = glyph_item.glyphs.log_clusters
    offset = glyph_item.item.offset
    start = clusters[index]
    if glyph_item.item.analysis.level % 2:  # rtl
        end = glyph_item.item.length if index == 0 else clusters[index - 1]
    else:
        end = glyph_item.item.length if index == num_glyphs - 1 else clusters[index + 1]
    state["utf8_text"] = state["utf8_text"] or textbox.pango_layout.text.encode()
    return state["utf8_text"][offset + start:offset + end].decode()


def _plain_run(stream, textbox, glyph_item, glyphs, widths, x_offsets, font, font_size, pango_font,
               string: str, state: dict) -> str:
    """A run of ordinary glyphs: WeasyPrint's loop for them, with the fields read beforehand."""
    from weasyprint.text.ffi import FROM_UNITS, pango

    to_unicode, font_widths = font.to_unicode, font.widths
    parts = []
    x_advance = state["x_advance"]
    count = len(glyphs)
    for index in range(count):
        glyph_id = glyphs[index]
        width = widths[index]
        if glyph_id not in to_unicode:
            to_unicode[glyph_id] = _unicode(textbox, glyph_item, index, count, state)
        offset = x_offsets[index] / font_size
        if offset:
            parts.append(f">{-offset}<")
        parts.append(HEX4[glyph_id] if glyph_id < 65536 else f"{glyph_id:04x}")
        logical_width = font_widths.get(glyph_id)
        if logical_width is None:
            pango.pango_font_get_glyph_extents(pango_font, glyph_id, stream.ink_rect, stream.logical_rect)
            logical_width = font_widths[glyph_id] = round(stream.logical_rect.width * 1000 * FROM_UNITS / font_size)
        kerning = logical_width + offset - width * 1000 * FROM_UNITS / font_size
        if kerning:
            parts.append(f">{int(kerning)}<")
        x_advance += (logical_width + offset - kerning) / 1000
    state["x_advance"] = x_advance
    return string + "".join(parts)


def _any_run(stream, textbox, glyph_item, font, font_size, pango_font, string: str, state: dict, emojis: list) -> str:
    """Any other run: WeasyPrint's own loop (70.0), word for word."""
    from io import BytesIO
    from xml.etree import ElementTree

    from PIL import Image
    from weasyprint.images import RasterImage, SVGImage
    from weasyprint.logger import LOGGER
    from weasyprint.text.ffi import FROM_UNITS, pango
    from weasyprint.text.fonts import get_hb_object_data

    glyph_string = glyph_item.glyphs
    glyphs_info = glyph_string.glyphs
    num_glyphs = glyph_string.num_glyphs
    x_advance = state["x_advance"]
    for index, glyph_info in enumerate(glyphs_info[0:num_glyphs]):
        glyph_id = glyph_info.glyph
        width = glyph_info.geometry.width

        # Display zero-width empty glyph.
        if glyph_id == pango.PANGO_GLYPH_EMPTY:
            string += f">{-width / font_size}<"
            continue

        # Display .notdef and log warning for missing glyphs.
        if glyph_id & pango.PANGO_GLYPH_UNKNOWN_FLAG:
            codepoint = glyph_id - pango.PANGO_GLYPH_UNKNOWN_FLAG
            LOGGER.warning(
                ".notdef glyph rendered for Unicode string unsupported by fonts: "
                '"%s" (U+%04X)', chr(codepoint), codepoint)
            glyph_id = font.get_unused_glyph_id(codepoint)
            font.widths[glyph_id] = round(width * 1000 * FROM_UNITS / font_size)
            if 0 not in font.widths:
                font.widths[0] = font.widths[glyph_id]

        # Create mapping between glyphs and Unicode codepoints.
        if glyph_id not in font.to_unicode:
            font.to_unicode[glyph_id] = _unicode(textbox, glyph_item, index, num_glyphs, state)

        # Set horizontal and vertical offsets.
        offset = glyph_info.geometry.x_offset / font_size
        rise = glyph_info.geometry.y_offset / 1000
        if rise:
            if string[-1] == "<":
                string = string[:-1]
            else:
                string += ">"
            if string:
                stream.show_text(string)
            stream.set_text_rise(-rise)
            string = ""
            if offset:
                string = f"{-offset}"
            string += f"<{glyph_id:02x}>" if font.bitmap else f"<{glyph_id:04x}>"
            stream.show_text(string)
            stream.set_text_rise(0)
            string = "<"
        else:
            if offset:
                string += f">{-offset}<"
            string += f"{glyph_id:02x}" if font.bitmap else f"{glyph_id:04x}"

        # Get glyph logical widths.
        if glyph_id in font.widths:
            logical_width = font.widths[glyph_id]
        else:
            pango.pango_font_get_glyph_extents(pango_font, glyph_id, stream.ink_rect, stream.logical_rect)
            logical_width = font.widths[glyph_id] = round(
                stream.logical_rect.width * 1000 * FROM_UNITS / font_size)

        # Set kerning, word spacing, letter spacing.
        kerning = logical_width + offset - width * 1000 * FROM_UNITS / font_size
        if kerning:
            string += f">{int(kerning)}<"

        # Create list of emojis.
        if font.svg:
            svg_data = get_hb_object_data(font.hb_face, "svg", glyph_id)
            if svg_data:
                # https://learn.microsoft.com/typography/opentype/spec/svg
                tree = ElementTree.fromstring(svg_data)
                if tree.get("id") != f"glyph{glyph_id}":
                    defs = ElementTree.Element("defs")
                    for child in list(tree):
                        defs.append(child)
                        tree.remove(child)
                    tree.append(defs)
                    ElementTree.SubElement(tree, "use", attrib={"href": f"#glyph{glyph_id}"})
                if "viewBox" not in tree.attrib:
                    tree.attrib["viewBox"] = f"0 0 {font.upem} {font.upem}"
                image = SVGImage(tree, None, None, None)
                emojis.append([image, font, 1, 1, x_advance, 0])
        elif font.png:
            png_data = get_hb_object_data(font.hb_font, "png", glyph_id)
            if png_data:
                pillow_image = Image.open(BytesIO(png_data))
                image = RasterImage(pillow_image, f"{font.hash}{glyph_id}", png_data)
                scale_d = logical_width / 1000
                scale_a = pillow_image.width / pillow_image.height * scale_d
                pango.pango_font_get_glyph_extents(pango_font, glyph_id, stream.ink_rect, stream.logical_rect)
                rise_f = -stream.logical_rect.y
                rise_f = rise_f * FROM_UNITS / font_size - font_size
                emojis.append([image, font, scale_a, scale_d, x_advance, rise_f])
        elif font.colr:
            svg_data = get_hb_object_data(font.hb_font, "colr", glyph_id)
            if svg_data:
                tree = ElementTree.fromstring(svg_data)
                image = SVGImage(tree, None, None, None)
                emojis.append([image, font, 1, 1, x_advance - kerning, -textbox.baseline])

        x_advance += (logical_width + offset - kerning) / 1000
    state["x_advance"] = x_advance
    return string
