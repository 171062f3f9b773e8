"""How an interval was computed, said twice: in reader words in the chapters ('computed in a way that stays right
when activities are few; details in the Annex') and in the technical words in the annex's method notes (CR2,
degrees of freedom, wild bootstrap, dropped controls). REVIEW5 D10 / REVIEW5b 18: 'bootstrap liar', 'koreksi sampel
kecil', 'suku model' and 'derajat bebas' were printed in BAB III-IV of most agencies' reports."""

from __future__ import annotations

import re

import pytest

from evalasn.paths import project
from evalasn.report.chapters import sections
from tests.integration.language import jargon

pytestmark = pytest.mark.usefixtures("figures_not_drawn")  # the chapters' words, not their pictures

SCOPES = [(slug, lang) for slug in ("kebudayaan", "sosial", "kesehatan", "provinsi") for lang in ("id", "en")]
TECHNICAL = {"id": ("koreksi sampel kecil CR2", "derajat bebas"), "en": ("CR2 small-sample correction",
                                                                         "degrees of freedom")}
DETAILS = {"id": "rinciannya di Lampiran", "en": "details in the Annex"}


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture(scope="module")
def rendered(pipeline_root):
    """The chapters that describe an interval (BAB III, IV) and the annex of each scope, as text."""
    out = {}
    for slug, lang in SCOPES:
        ctx = sections.load_context(slug, lang, project(pipeline_root))
        out[slug, lang] = (_text(sections.kirkpatrick(ctx) + sections.budget(ctx)), _text(sections.annex(ctx)))
    return out


@pytest.mark.parametrize("slug, lang", SCOPES, ids=[f"{slug}-{lang}" for slug, lang in SCOPES])
def test_the_chapters_say_how_an_interval_was_computed_in_reader_words(rendered, slug, lang):
    body, annex = rendered[slug, lang]
    assert jargon([body]) == []
    if DETAILS[lang] in body:  # the reader sentence points to the annex: the annex names the method
        assert all(words in annex for words in TECHNICAL[lang]), annex[:600]


def test_the_sample_has_a_model_with_few_units_in_both_languages(rendered):
    """The cases above are not vacuous: some scope's chapter carries the reader sentence and the annex its method,
    the budget model's (few activities, dropped controls) and the IKM comparison's (few units)."""
    named = (("id", "Model anggaran", "Perbandingan IKM"), ("en", "Budget model", "IKM of trained"))
    for lang, budget, impact in named:
        annexes = [annex for (_, shown), (body, annex) in rendered.items() if shown == lang and DETAILS[lang] in body]
        assert any(budget in annex for annex in annexes) and any(impact in annex for annex in annexes)


@pytest.mark.parametrize("slug, lang", SCOPES, ids=[f"{slug}-{lang}" for slug, lang in SCOPES])
def test_the_curvature_figure_is_in_the_annex(rendered, slug, lang):
    """'Uji kelengkungan … poin nilai per kuadrat logaritma biaya per peserta' stood in BAB IV: the chapter says
    whether returns fall, the annex gives the test with its figure and interval."""
    body, annex = rendered[slug, lang]
    said = ("tambahan hasil mulai menurun", "makin kecil pada biaya tinggi") if lang == "id" else (
        "returns starting to fall", "Returns get smaller")
    if any(words in body for words in said):
        test = re.search(r"(?:Uji kelengkungan|Curvature test)[^:]*: (−?\d[\d.,]*) \(", annex)
        assert test, annex[:800]


AUTHORS = ("Sant'Anna", "Benjamini", "Hedges", "ANCOVA;")
BODY = ("front_matter", "summary", "method", "implementation", "kirkpatrick", "budget", "challenges", "communication",
        "position", "limitations", "conclusion", "follow_up", "closing")


BODY_SCOPES = [("provinsi", "id"), ("provinsi", "en"), ("kesehatan", "id")]


@pytest.fixture(scope="module")
def bodies(pipeline_root):
    """(context, the body before the annex as text) of each of BODY_SCOPES."""
    from html import unescape

    out = {}
    for slug, lang in BODY_SCOPES:
        ctx = sections.load_context(slug, lang, project(pipeline_root))
        out[slug, lang] = ctx, unescape(_text(" ".join(getattr(sections, name)(ctx) for name in BODY)))
    return out


@pytest.mark.parametrize("slug, lang", BODY_SCOPES, ids=[f"{slug}-{lang}" for slug, lang in BODY_SCOPES])
def test_method_authors_are_named_in_the_annex_not_in_the_body(bodies, slug, lang):
    """R6-30: '(Callaway & Sant'Anna)', '(Benjamini-Hochberg)', 'Kendali FDR', '(Hedges' g)', '(ANCOVA; …)' stood
    before the annex; the body says what was done in words and points to the annex, which names the methods."""
    from html import unescape

    ctx, body = bodies[slug, lang]
    assert [name for name in AUTHORS if name in body] == [], [name for name in AUTHORS if name in body]
    annex = unescape(_text(sections.annex(ctx)))
    assert "Benjamini-Hochberg" in annex
    if ctx.hasil["level4_hasil"]["did_ikm"].get("desain") == "studi_peristiwa":
        assert "Callaway & Sant'Anna" in annex
    # the pre-trend check's p (3.4 said 'uji atas 1 periode sebelum pelatihan, p = 0,412'): its verdict in words in
    # the chapter, its figure in the annex
    check: dict = dict(ctx.hasil["level4_hasil"]["did_ikm"].get("uji_tren_awal") or {})
    level4 = unescape(_text(sections.kirkpatrick(ctx)))
    assert "p = " not in level4 and "p < " not in level4, level4
    if check.get("tersedia") and check.get("p") is not None:
        assert ("Uji tren awal IKM" if lang == "id" else "Pre-trend check of IKM") in annex and "p " in annex


@pytest.mark.parametrize("slug", ["provinsi", "kesehatan"])
def test_the_body_names_the_interval_and_the_effect_size_as_the_glossary_does(bodies, slug):
    """LOOK22 Y-8: 1.6 'Ukuran efek dan uji pembanding ada di Lampiran', '… dan selang estimasinya tidak memuat nol',
    Tabel 2 'selangnya lebih lebar', the province's Tabel 11 note 'selangnya ada di BAB IV', where the Kata
    Pengantar and Tabel 2 say 'rentang keyakinan' and 'besar efek'; the annex may keep its technical words. The
    cost per point's interval is recomputed as often as the annex says (constants.BOOTSTRAP_REPS), not 'ribuan
    kali'."""
    from evalasn import constants
    from evalasn.report.words import fmt
    from tests.unit.test_reader_view import OTHER_TERMS

    _, body = bodies[slug, "id"]
    assert OTHER_TERMS.findall(body) == []
    assert f"dihitung ulang {fmt.integer(constants.BOOTSTRAP_REPS, 'id')} kali" in body
