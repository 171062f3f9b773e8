"""The fast path: tricks that make a batch of reports quicker without changing any output, fenced off
here behind one switch, ``EVALASN_FASTPATH=0`` (unset or any other value: on).

Each trick leans on a library's internals or on an import-time detail, so each one notes what it
saves (measured on this project's reports; see the figures in each module) and which upgrade could
break it. With the switch off, every report runs the plain way (a new interpreter per kernel, every
import as the libraries intend); tests/integration/test_trust.py checks that both ways give the same
hasil.json, report HTML bytes and PDF text.

- ``zygote``: a fork server that has imported ipykernel and the report code once and forks one
  kernel per report: one per worker session, or one for all the workers of a batch's pool.
- ``workers``: the pool's workers forked from the batch's own process after it has built the Renderer
  and started the shared fork server, so neither is paid once per worker.
- ``kernels``: hands a forked kernel to jupyter_client as if it had launched it (writes the
  provisioner's process fields and calls a private method of the kernel manager); a kernel client
  ready without jupyter_client's 0.2 s wait for IOPub silence, and a killed kernel checked every 5 ms.
- ``garbage``: the objects alive after the imports frozen out of the garbage collector's sight, and
  in batch workers fewer young collections.
- ``pdf``: WeasyPrint's PDF without work done twice: each object serialised and compressed once per
  write (PDF/A's file identifier made pydyf do it all again) and a figure's PNG rows embedded as they
  are instead of decoded and encoded again; the same bytes.
- ``glyphs``: WeasyPrint's text drawing reads an ordinary run's glyphs from Pango's array at once instead of
  field by field through cffi; fenced to WeasyPrint 70; the same bytes.
- ``text_layouts``: WeasyPrint draws a line of plain text with the Pango layout its line breaking measured it with,
  instead of making and shaping it again; fenced to WeasyPrint 70; the same bytes.
- ``lengths``: WeasyPrint's used margins, paddings, widths and heights of a box resolved in one loop; fenced to
  WeasyPrint 70; the same bytes.
- ``line_breaks``: WeasyPrint's line breaking remembered, so a box laid out again (a page made again, a table row
  moved to the next page) or the same text in the next report of a worker (headings, method, notes, table headers)
  is not broken again in the same style and width; shared by the documents that use the system's fonts only;
  fenced to WeasyPrint 70; the same bytes.
- ``styles``: WeasyPrint's computed styles with less work: a pseudo-element's style made when first asked for (its
  stylesheet gives every element six), a property neither cascaded nor special taken from the parent or the initial
  values at once; fenced to WeasyPrint 70; the same bytes.
- ``contexts``: WeasyPrint's Pango layouts made in one Pango context per document, direction and language instead
  of a new context per layout; fenced to WeasyPrint 70; the same bytes.
- ``flow``: WeasyPrint's "is this box in normal flow?" answered from one read of the box's style instead of five
  predicates reading it again; fenced to WeasyPrint 70; the same bytes.
- ``page_counters``: WeasyPrint's list pages (Daftar Isi, Tabel, Gambar) get their page numbers after the first
  pagination and are not made a third time because only the page count they recorded changed; fenced to WeasyPrint
  70; the same bytes.
- ``html_parse``: WeasyPrint's HTML parser (tinyhtml5) finds the patterns it built before (its cache stored them
  under the wrong key); fenced to tinyhtml5 2.1; the same parse.
- ``glyph_bitmaps``: the figures' glyphs rasterised once per font, size, glyph and sub-pixel offset in a kernel;
  fenced to matplotlib 3.11; installed in the fork server; the same pixels.
- ``figures``: Agg's renderer answers the font height metrics matplotlib's text layout asks for from a cache,
  instead of matplotlib reading the font's tables again for every label; installed in the fork server, so
  in the report kernels; the same pixels.
- ``docx_zip``: python-docx's zip written into memory stores its parts, as files.fixed_zip compresses every
  entry of the .docx again; the same bytes.
- ``docx_runs``: a Word run's text without tab or line break set in one piece instead of python-docx's loop over
  its characters; the same bytes.
- ``sheet_rows``: a streamed workbook sheet's plain rows written as one XML element each instead of cell by cell
  through openpyxl's incremental writer; fenced to openpyxl 3.1; the same bytes.
- ``sheet_files``: a streamed sheet's temporary file in ``/dev/shm`` (memory) instead of the disk, where removing
  each of a workbook's ~77 files waited for the disk; fenced to openpyxl 3.1; the same bytes.
- ``markers``: a marker style made from another (each new tick's lines) takes its attributes as they are instead
  of matplotlib's double deep copy; installed in the fork server; the same pixels.
- ``ticks``: an axis' ticks worked out once per layout or draw of its axes (matplotlib works them out again for each
  spine and each axis sharing it); installed in the fork server; the same pixels.
- ``imports``: optional modules marked absent in ``sys.modules`` so a library skips work this project
  never uses (jsonschema's IRI grammar; scipy.stats under seaborn).

The modules that replace a library's attributes install through one ``fence.Fence`` each: once per process, only
with the switch on and the library at the version the module was checked against, every attribute put back as it
was by ``uninstall`` (tests/unit/test_fastpath_fence.py).

Everything else in evalasn.run uses public APIs only.
"""

from __future__ import annotations

import os

SWITCH = "EVALASN_FASTPATH"  # "0" turns every trick below off


def enabled() -> bool:
    """Whether the fast path is on (the default)."""
    return os.environ.get(SWITCH, "1") != "0"
