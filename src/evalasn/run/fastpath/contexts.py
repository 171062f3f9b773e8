"""WeasyPrint's Pango layouts made in one Pango context per document, direction and language; the same bytes.

``weasyprint.text.line_break.Layout.setup`` makes a new Pango context for every layout
(``pango_font_map_create_context``, then its glyph rounding, base direction and language), ~5,000 times for an
agency report's PDF: each line-breaking question and each line drawn again. A context holds only those three
settings and Pango's caches for them, and no layout changes it afterwards, so the layouts of one document with the
same direction and language are made in one context here, kept on the document's ``FontConfiguration`` (so it lives
as long as the document's fonts). The rest of ``setup`` is WeasyPrint's, unchanged.

Saves: see ``bench/README.md`` (kesehatan at Jakarta scale, one warm render under callgrind).

Fenced to WeasyPrint 70 (``WEASYPRINT_VERSIONS``); ``EVALASN_FASTPATH=0`` or another version keeps WeasyPrint's own.
Breaks if: WeasyPrint's ``Layout.setup`` changes what it puts on a context or a layout (this copy would then differ),
or something starts changing a layout's context after it is made. tests/unit/test_fastpath_contexts.py compares the
PDF bytes with and without this (text in two languages, both directions, a language override, text decorations,
font features, tabs) and checks that one context serves each direction and language.
"""

from __future__ import annotations

from typing import Any

from evalasn.run.fastpath.fence import Fence

WEASYPRINT_VERSIONS = ("70.",)
CONTEXTS = "_evalasn_pango_contexts"  # a FontConfiguration's {(direction, language tag): (context, PangoLanguage)}

_FENCE = Fence("weasyprint", WEASYPRINT_VERSIONS)
_ORIGINALS: dict[str, Any] = _FENCE.originals


def install() -> None:
    """Share contexts (once per process; nothing on another WeasyPrint or when off)."""
    if not _FENCE.ready():
        return
    from weasyprint.text import line_break

    _FENCE.replace(line_break.Layout, "setup", setup, key="setup")


def uninstall() -> None:
    """WeasyPrint's own again (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()


def language_tag(style) -> str | None:
    """The language a layout of ``style`` is shaped for, as ``setup`` chooses it (None: Pango's default)."""
    from weasyprint.text.constants import LST_TO_ISO

    override = style["font_language_override"]
    if override != "normal":
        return LST_TO_ISO.get(override.lower(), override)
    return style["lang"] or None


def context_for(style) -> tuple[Any, Any]:
    """(Pango context, PangoLanguage or None) for ``style``'s document, direction and language, made once."""
    from weasyprint.text.constants import PANGO_DIRECTION
    from weasyprint.text.ffi import ffi, gobject, pango, unicode_to_char_p

    font_config = style.font_config
    contexts = font_config.__dict__.setdefault(CONTEXTS, {})
    key = (style["direction"], language_tag(style))
    found = contexts.get(key)
    if found is None:
        context = ffi.gc(pango.pango_font_map_create_context(font_config.font_map), gobject.g_object_unref)
        pango.pango_context_set_round_glyph_positions(context, False)
        pango.pango_context_set_base_dir(context, PANGO_DIRECTION[key[0]])
        language = None
        if key[1]:
            tag, _ = unicode_to_char_p(key[1])
            language = pango.pango_language_from_string(tag)
            pango.pango_context_set_language(context, language)
        found = contexts[key] = (context, language)
    return found


def setup(self, style) -> None:
    """``weasyprint.text.line_break.Layout.setup`` (70.x), the Pango context from ``context_for``."""
    from weasyprint.text import line_break
    from weasyprint.text.ffi import ffi, gobject, pango

    self.style = style
    self.first_line_direction = 0
    pango_context, language = context_for(style)
    self.language = language if language is not None else pango.pango_language_get_default()

    assert not isinstance(style["font_family"], str), "font_family should be a list"
    font_description = line_break.get_font_description(style)
    self.layout = ffi.gc(pango.pango_layout_new(pango_context), gobject.g_object_unref)
    pango.pango_layout_set_auto_dir(self.layout, False)
    pango.pango_layout_set_font_description(self.layout, font_description)

    if style["text_decoration_line"] != "none":
        metrics = ffi.gc(pango.pango_context_get_metrics(pango_context, font_description, self.language),
                         pango.pango_font_metrics_unref)
        self.ascent = line_break.FROM_UNITS * pango.pango_font_metrics_get_ascent(metrics)
        self.underline_position = line_break.FROM_UNITS * pango.pango_font_metrics_get_underline_position(metrics)
        self.strikethrough_position = line_break.FROM_UNITS * (
            pango.pango_font_metrics_get_strikethrough_position(metrics))
        self.underline_thickness = line_break.FROM_UNITS * pango.pango_font_metrics_get_underline_thickness(metrics)
        self.strikethrough_thickness = line_break.FROM_UNITS * (
            pango.pango_font_metrics_get_strikethrough_thickness(metrics))
    else:
        self.ascent = None
        self.underline_position = None
        self.strikethrough_position = None

    features = line_break.font_features(
        style["font_kerning"], style["font_variant_ligatures"], style["font_variant_position"],
        style["font_variant_caps"], style["font_variant_numeric"], style["font_variant_alternates"],
        style["font_variant_east_asian"], style["font_feature_settings"])
    if features:
        encoded = ",".join(f"{key} {value}" for key, value in features.items()).encode()
        attr = style.font_config.font_features.setdefault(encoded, pango.pango_attr_font_features_new(encoded))
        attr_list = pango.pango_attr_list_new()
        pango.pango_attr_list_insert(attr_list, attr)
        pango.pango_layout_set_attributes(self.layout, attr_list)
