"""The report figures' glyphs rasterised once per font, size, glyph and sub-pixel offset; the same pixels.

matplotlib 3.11's Agg renderer draws a text glyph by glyph (``RendererAgg._draw_text_glyphs_and_boxes``): for each
glyph it sets the font's size, builds the rotation matrix with numpy, sets FreeType's transform to that matrix and
the glyph's position in 1/64 pixel, has FreeType load, hint and rasterise the glyph, and blends the bitmap into the
canvas. The bitmap FreeType makes depends on the glyph, the size, the dpi, the matrix, the load flags, the render
mode and only the fractional part of the position: FreeType moves the outline by the position and then back to
the pixel grid before rasterising (``ft_glyphslot_preset_bitmap`` floors and ceils the box to whole pixels), so a
position one whole pixel further gives the same bitmap one pixel further (``left``/``top``). ``install`` puts in
its place the same loop with the matrix built once per text and the bitmaps kept per process under that key, their
whole-pixel offset applied to ``left``/``top``; mathtext's boxes are drawn as before.

Saves: a report's figures draw ~1,500 glyphs (kesehatan 1,477, provinsi 1,848), a quarter of them a bitmap drawn
before in the same kernel (kesehatan: 1,116 distinct keys); the glyph loop of kesehatan's eight figures, each run in
a fresh cache as in a kernel, median of 5 interleaved runs in one process at load ~9: 0.107 -> 0.087 CPU-s, ~0.4 CPU-s
per batch; kesehatan's cells after the fork server's preload, under callgrind: 5.266 -> 5.131 G instructions (-2.6%)
(see ``bench/README.md``, tenth session).

Fenced to matplotlib 3.11 (``MATPLOTLIB_VERSIONS``); ``EVALASN_FASTPATH=0`` or another version keeps matplotlib's
loop. Installed in the kernel fork server (evalasn.run.fastpath.zygote), so only kernels forked from it use it.
Breaks if: matplotlib changes how it positions or draws a glyph (tests/unit/test_fastpath_glyph_bitmaps.py compares
the figures' PNG bytes with and without, rotated and mathtext text included) or FreeType's bitmap comes to depend
on the whole-pixel position (the same test).
"""

from __future__ import annotations

import math
from typing import Any

from evalasn.run.fastpath.fence import Fence

MATPLOTLIB_VERSIONS = ("3.11.",)
CACHE_LIMIT = 50_000  # bitmaps kept per process (a report's figures make ~1,100 distinct ones, a few KB in all)

_FENCE = Fence("matplotlib", MATPLOTLIB_VERSIONS)
_ORIGINALS: dict[str, Any] = _FENCE.originals
_BITMAPS: dict[tuple, tuple] = {}


def install() -> None:
    """Draw glyphs from the kept bitmaps (once per process; nothing on another matplotlib or when off)."""
    if not _FENCE.ready():
        return
    from matplotlib.backends.backend_agg import RendererAgg

    _FENCE.replace(RendererAgg, "_draw_text_glyphs_and_boxes", draw_text_glyphs_and_boxes, key="draw")


def uninstall() -> None:
    """matplotlib's own loop again (tests compare both)."""
    _FENCE.restore()
    _BITMAPS.clear()


def installed() -> bool:
    return _FENCE.installed()


def draw_text_glyphs_and_boxes(self, gc, x_px, y_px, angle, glyphs, boxes):
    """``RendererAgg._draw_text_glyphs_and_boxes`` with each glyph's bitmap made once per key (see the module)."""
    import numpy as np
    from matplotlib.backends.backend_agg import get_hinting_flag
    from matplotlib.ft2font import RenderMode

    if boxes:  # mathtext's rules: matplotlib's own code draws them (and these glyphs) as it did
        return _ORIGINALS["draw"](self, gc, x_px, y_px, angle, glyphs, boxes)
    cos = math.cos(math.radians(angle))
    sin = math.sin(math.radians(angle))
    load_flags = get_hinting_flag()
    antialiased = gc.get_antialiased()
    mode = RenderMode.NORMAL if antialiased else RenderMode.MONO
    height, dpi = self.height, self.dpi
    matrices: dict[tuple, tuple[Any, tuple]] = {}
    for font, size, glyph_index, slant, extend, dx, dy in glyphs:  # dy is upwards.
        shape = (extend, slant)
        if shape not in matrices:  # matplotlib's matrix, as it computes it for each glyph
            matrix = (0x10000 * np.array([[cos, -sin], [sin, cos]])
                      @ [[extend, extend * slant], [0, 1]]).round().astype(int)
            matrices[shape] = (matrix, tuple(matrix.ravel().tolist()))
        matrix, matrix_key = matrices[shape]
        # FreeType's y is upwards.
        delta_x = round(0x40 * (x_px + dx * cos - dy * sin))
        delta_y = round(0x40 * (height - y_px + dx * sin + dy * cos))
        key = (font, size, dpi, glyph_index, matrix_key, delta_x & 0x3F, delta_y & 0x3F, load_flags, antialiased)
        kept = _BITMAPS.get(key)
        if kept is None:
            font.set_size(size, dpi)
            font._set_transform(matrix, [delta_x & 0x3F, delta_y & 0x3F])
            bitmap = font._render_glyph(glyph_index, load_flags, mode)
            buffer = bitmap.buffer
            if not antialiased:
                buffer *= 0xff
            if len(_BITMAPS) >= CACHE_LIMIT:
                _BITMAPS.clear()
            kept = _BITMAPS[key] = (buffer, bitmap.left, bitmap.top)
        buffer, left, top = kept
        # the whole pixels of the position move the bitmap as FreeType would have
        left += delta_x >> 6
        top += delta_y >> 6
        # draw_text_image's y is downwards & the bitmap bottom side.
        self._renderer.draw_text_image(buffer, left, int(height) - top + buffer.shape[0], 0, gc)
