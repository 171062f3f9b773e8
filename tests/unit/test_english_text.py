"""The English build reads as English (issue 22.9, REVIEW 10): one term per concept, number agreement, the
article before an agency's name in a sentence, the legal duty as the regulation states it, themes in English."""

from __future__ import annotations

import html
import re

import pytest

from evalasn.paths import project
from evalasn.report.chapters import sections
from evalasn.report.context import load_context
from evalasn.report.words import names
from evalasn.report.words.text import LABELS, TEXT, label, t

pytestmark = pytest.mark.usefixtures("figures_not_drawn")  # the chapters' words, not their pictures

# wording the reader review found wrong, with what replaced it
WRONG = {
    "entitles-not-obliges": r"\bentitles\b",  # PP 11/2017 Art. 203(4) 'mewajibkan': a duty, not a right
    "pns-civil-servant-doubled": r"PNS civil servant",
    "plural-in-brackets": r"\w\(s\)",  # '1 pre-training period(s)'
    "budget-spending": r"[Bb]udget spending|ceiling and spending|% spent",  # one term: budget realisation
    "pooled-vs-mixed-model": r"pooled \(dots\)",  # the legend and Table 11 say 'mixed model'
    # one term per concept: the method pelatihan is 'classroom training'; 'training' alone is any activity
    "training-as-a-method": r"(?<!classroom )\btraining, workshop",
    "points-lower-of-gain": r"points \{arah\} of gain|points (?:lower|higher) of gain",  # LOOK22 Y-11
    "a-method-for-a-gain": r"a method without a meaningful gain or for a very small gain",  # LOOK24 V2-6
}


def english_catalogue() -> list[str]:
    return [entry["en"] for entry in TEXT.values() if isinstance(entry["en"], str)] + \
        [entry["en"] for entry in LABELS.values() if isinstance(entry["en"], str)]


@pytest.mark.parametrize("pattern", WRONG.values(), ids=WRONG.keys())
def test_the_english_catalogue_has_none_of_the_reviewed_wordings(pattern):
    assert [text for text in english_catalogue() if re.search(pattern, text)] == []


def test_the_20_jp_rule_is_a_duty_in_english_as_in_indonesian():
    assert "mewajibkan" in t("i_jp_rule", "id", pppk="")
    assert "obliges every civil servant (PNS)" in t("i_jp_rule", "en", pppk="")


@pytest.mark.parametrize("key, values, expected", [
    ("fr_summary", {"met": 1, "total": 10, "not_met": 3, "cannot": 6}, "1 of 10 follow-up targets of 2024 was met"),
    ("fr_summary", {"met": 2, "total": 10, "not_met": 3, "cannot": 5}, "2 of 10 follow-up targets of 2024 were met"),
    ("r_impact_pretrend_ok", {"k": 1, "p": "p = 0.30"}, "(test over 1 pre-training period; its figures in the Annex)"),
    ("r_impact_pretrend_ok", {"k": "3", "p": "p = 0.30"},
     "(joint test over 3 pre-training periods; its figures in the Annex)"),
    ("r_impact_pretrend_bad", {"k": 1, "p": "p = 0.01"}, "(test over 1 pre-training period; its figures in the Annex)"),
    ("b_zero", {"n": "1"}, "1 activity without a recorded cost (budget Rp 0 or blank: missing data, not free "
                           "activities) is left out"),
    ("b_zero", {"n": "4"}, "4 activities without a recorded cost (budget Rp 0 or blank: missing data, not free "
                           "activities) are left out"),
    ("i_pppk_few", {"n": "1", "batas": 24}, "PPPK (1 person) is not counted"),
    ("i_pppk_few", {"n": "7", "batas": 24}, "PPPK (7 people) are not counted"),
    ("kt_ikm_sure", {"jumlah": 1, "siapa": "agency", "periode": "2025-S2", "daftar": "Culture 75.56"},
     "one agency whose IKM's whole 95% CI"),
    ("kt_ikm_maybe_more", {"jumlah": 1, "siapa": "unit", "daftar": "Unit A", "kat": "C", "batas": "76.61"},
     "One more unit has an IKM estimate in category C (below the B threshold of 76.61), but its interval"),
    ("cov_withheld_dinas", {"nama": "Dinas Baru", "k": 1, "min": 5}, "only 1 agency has data"),
    ("lim_boundary_more", {"n": 1}, "and 1 other unit"),
    ("fr_summary_unjudged", {"total": 1, "tempat": "Chapter X"},
     "The one follow-up target of 2024 cannot be judged yet: the reason is in"),
    ("pl_act_little", {"metode": "seminar", "alihkan": ""},
     "Redesign the seminar activities (aims, content, test) so that their"),
    ("fr_summary_regenerated", {}, "That 2024 plan was reconstructed from the data, not the signed plan"),
    ("fr_summary_unjudged", {"total": 3, "tempat": "Chapter X"},
     "None of the 3 follow-up targets of 2024 can be judged yet: the reason of"),
], ids=["one-target-was", "two-targets-were", "one-period", "three-periods", "one-period-bad", "one-activity-is",
        "four-activities-are", "one-pppk-person", "seven-pppk-people", "one-agency-in-c", "one-unit-in-c",
        "one-agency-with-data", "one-other-unit", "one-unjudged-target", "three-unjudged-targets",
        "seminar-activities-plural", "plan-reconstructed-not-regenerated"])
def test_english_numbers_agree(key, values, expected):
    assert expected in t(key, "en", tahun_lalu=2024, **values)


def _filled_with_one(template: str) -> dict[str, str]:
    """Every field of ``template`` as the count 1, as fmt.integer writes it."""
    import string

    return {field.split(".")[0].split("[")[0]: "1" for _, field, _, _ in string.Formatter().parse(template) if field}


PLURAL_AFTER_ONE = re.compile(r"(?<![\d.,])\b1 (?:units|agencies|activities|participants|periods|respondents|people"
                              r"|targets|methods|rows|days)\b")


def test_no_english_sentence_reads_a_count_of_one_as_plural():
    """words12 (set D): 'units with at least 50% of staff trained during … (1 units) against other units (1 units)'.
    Every English sentence with every field filled as 1 (a count of one) has the singular noun."""
    wrong = {}
    for key, entry in TEXT.items():
        if not isinstance(entry["en"], str):
            continue
        try:
            filled = t(key, "en", **_filled_with_one(entry["en"]))
        except (ValueError, TypeError, KeyError, IndexError):  # a field with a number format: not a count
            continue
        if hits := PLURAL_AFTER_ONE.findall(filled):
            wrong[key] = hits
    assert wrong == {}


@pytest.mark.parametrize(("units", "expected"), [
    pytest.param("1", "1 unit with at least 50% of staff trained during Jan–Jun 2025 against 1 other unit,",
                 id="one-unit"),
    pytest.param("12", "12 units with at least 50% of staff trained during Jan–Jun 2025 against 12 other units,",
                 id="twelve-units"),
    pytest.param("21", "21 units with at least 50% of staff trained during Jan–Jun 2025 against 21 other units,",
                 id="twenty-one-units"),
])
def test_the_comparison_design_counts_its_units_in_english(units, expected):
    assert expected in t("r_did_design", "en", ambang="50%", jendela="Jan–Jun 2025", unit_d=units, unit_p=units,
                         sebelum="2024-S2", sesudah="2025-S2")


@pytest.mark.parametrize("key, nama, expected", [
    ("kt_tab", "Health Agency", "Key figures of the Health Agency, 2025"),
    ("kt_tab", "Jakarta Provincial Government", "Key figures of the Jakarta Provincial Government, 2025"),
    ("kt_tab", "Civil Service Police Unit", "Key figures of the Civil Service Police Unit, 2025"),
    ("kt_tab", "Dinas Baru", "Key figures of Dinas Baru, 2025"),  # not a registered English name: as written
    ("cover_scope", "Health Agency", "Health Agency"),  # a label opening a template: no article
    ("fu_tab", "Health Agency", "Follow-up plan of the Health Agency"),
], ids=["agency", "province", "satpol", "unregistered-as-written", "cover-label", "plan-caption"])
def test_an_english_name_in_a_sentence_takes_the(key, nama, expected):
    assert t(key, "en", nama=nama, tahun=2025) == expected


def test_the_indonesian_build_and_labels_get_no_article():
    assert t("kt_tab", "id", nama="Dinas Kesehatan", tahun=2025) == "Angka kunci Dinas Kesehatan, 2025"
    assert "the" not in label("dinas", "en").lower().split()


def test_a_name_already_after_the_is_not_doubled_and_a_sentence_start_is_capitalised():
    TEXT["_test_article"] = {"id": "", "en": "Report. {nama} ranks first; the {nama} report"}
    try:
        assert t("_test_article", "en", nama="Health Agency") == \
            "Report. The Health Agency ranks first; the Health Agency report"
    finally:
        del TEXT["_test_article"]


@pytest.mark.parametrize("theme, lang, shown", [
    ("layanan prima", "en", "service excellence"),
    ("Kepemimpinan", "en", "leadership"),
    ("pemanfaatan  TI dalam administrasi", "en", "use of IT in administration"),
    ("literasi keuangan syariah", "en", "literasi keuangan syariah"),
    ("layanan prima", "id", "layanan prima"),
], ids=["layanan-prima", "capitalised", "extra-space", "unknown-as-written", "indonesian-build"])
def test_activity_themes_are_english_in_the_english_build(theme, lang, shown):
    assert names.theme_in(theme, lang) == shown


@pytest.mark.parametrize("theme, lang, shown", [
    ("kepemimpinan", "en", "leadership"), ("literasi keuangan syariah", "en", "literasi keuangan syariah"),
    ("kepemimpinan", "id", None),
], ids=["known-en", "unknown-as-written", "indonesian-as-written"])
def test_the_english_workbook_shows_themes_as_the_report_does(theme, lang, shown):
    from evalasn.report.formats import workbook_words

    assert workbook_words.worded("tema", theme, {"tema": theme}, lang) == shown


# Rendered chapters: what the reader of the English PDF sees (the province and one agency)
SCOPES = ("provinsi", "kesehatan")
CHAPTERS = ("foreword", "front_matter", "summary", "method", "implementation", "kirkpatrick", "budget",
            "challenges", "communication", "position", "limitations", "conclusion", "follow_up", "closing")
NAMES = "|".join(re.escape(name) for name in names.PROSE_NAMES)
RENDERED_WRONG = {
    **WRONG,
    "name-without-the": rf"\b(?:of|in|for|by|to|from|at) (?:{NAMES})\b",
    "one-were-met": r"\b1 of \d+ [^.;]* were met\b",
    # REVIEW2 19: 'Move part of the training activities to mentoring' (mentoring is training too)
    "training-as-a-method-rendered": r"<td[^>]*>\s*training\s*</td>"
                                     r"|(?<!classroom )\btraining(?: activities|'s|, workshop)",
    "indonesian-theme": "|".join(rf"<td[^>]*>\s*{re.escape(theme)}\s*</td>" for theme in names.THEMES_EN),
}


@pytest.fixture(scope="module")
def english_chapters(pipeline_root):
    paths = project(pipeline_root)
    chapters = {}
    for slug in SCOPES:
        ctx = load_context(slug, "en", paths)
        for name in CHAPTERS:
            chapters[(slug, name)] = getattr(sections, name)(ctx)
    return chapters


@pytest.mark.parametrize("pattern", RENDERED_WRONG.values(), ids=RENDERED_WRONG.keys())
def test_the_rendered_english_chapters_have_none_of_the_reviewed_wordings(english_chapters, pattern):
    found = {}
    for where, text in english_chapters.items():
        plain = re.sub(r"\s+", " ", html.unescape(text)).replace("\u00a0", " ")
        hits = re.findall(pattern, plain)
        if hits:
            found[where] = hits[:3]
    assert found == {}


def test_the_method_pelatihan_is_classroom_training_in_english():
    """'training' means any development activity in English; the method has its own term, also in the glossary."""
    assert label("pelatihan", "en") == "classroom training" and label("pelatihan", "id") == "pelatihan"
    from evalasn.report.words.text import GLOSSARY

    assert GLOSSARY["metode"]["en"][0] == "Classroom training"


@pytest.mark.parametrize(("n", "expected"), [
    pytest.param(1, "Agency needing attention (Chapter VII) — X. Its gain figure is in the finding below.",
                 id="one-agency"),
    pytest.param(2, "Agencies needing attention (Chapter VII) — X. Their gain figures are in the finding below.",
                 id="two-agencies"),
])
def test_the_province_summary_counts_the_agencies_needing_attention(n, expected):
    """CHECK12 C12-11: 'Agencies lagging behind: Youth and Sports (…)' for one agency; LOOK30 B-4: the list has
    Chapter VII's name."""
    assert t("prov_first_lagging", "en", daftar="X", n=n) + t("prov_first_lagging_gain", "en", n=n) == expected


@pytest.mark.parametrize("key, values", [
    ("kt_and_more_sheet", {"n": 3, "sheet": "IKM per Unit", "periode": "2025-S2"}),
    ("kt_and_more_sheet_some", {"n": 3, "k": 2, "sheet": "IKM per Unit", "periode": "2025-S2"}),
    ("pl_same_dinas", {"daftar": "X"}),
    ("pl_province_rows", {"daftar": "X"}),
])
@pytest.mark.parametrize("lang, said", [("id", "lampiran tabel (lembar kerja) laporan ini"),
                                        ("en", "this report's workbook annex")], ids=["id", "en"])
def test_the_annex_pointer_names_no_software(key, values, lang, said):
    """LOOK37 L-10 / LOOK37b M-13: "lampiran tabel Excel laporan ini", "this report's Excel table annex" before the
    annex (a product name in the main text)."""
    text = t(key, lang, **values)
    assert said in text and "Excel" not in text, text
