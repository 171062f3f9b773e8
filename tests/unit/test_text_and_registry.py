"""The text catalogue is complete in both languages; the registry resolves spellings."""

import string

import pytest

from evalasn import registry
from evalasn.report.words.text import ACTIONS, GLOSSARY, LABELS, LANGS, TEXT


def _fields(template: str) -> set[str]:
    """The values a sentence shows; a field used only to choose a plural ('{n:unit|units}', words.text) is grammar
    one language may need and the other not (Indonesian has no plural agreement), so it is not counted."""
    shown: set[str] = set()
    for _, name, spec, _ in string.Formatter().parse(template):
        if name and "|" in (spec or ""):
            shown |= _fields(spec or "")  # a value shown inside a plural choice: '{n:the one|all {n}}'
        elif name:
            shown.add(name)
    return shown


@pytest.mark.parametrize("key", sorted(TEXT))
def test_every_sentence_in_both_languages_with_same_placeholders(key):
    entry = TEXT[key]
    assert set(entry) == set(LANGS)
    assert all(entry[lang].strip() for lang in LANGS)
    assert _fields(entry["id"]) == _fields(entry["en"])


def test_labels_and_actions_complete():
    assert all(set(v) == set(LANGS) for v in LABELS.values())
    assert all(set(v) == set(LANGS) for v in ACTIONS.values())
    assert all(set(v) == set(LANGS) and all(all(part.strip() for part in v[lang]) for lang in LANGS)
               for v in GLOSSARY.values())


# "menghasilkan" / " produce ": BAB IV asked whether dearer activities 'menghasilkan' larger gains (LOOK9)
CAUSAL = {"id": ("berdampak", "menyebabkan", "dampak positif", "menghasilkan"),
          "en": ("had a positive effect", "had an effect", "caused", " produce ")}


@pytest.mark.parametrize("lang", LANGS)
def test_causal_words_only_in_the_one_sentence_the_verdict_gates(lang):
    """Only f_did_up (the IKM), f_did_ind_up and kin_effect (a unit indicator, in the text and Tabel 7) and
    sum_earned (the summary's short form of those, impact.earned_brief) claim an effect (report.words.impact uses
    them only when putusan.boleh_kausal; test_did_wording checks earned_brief is None otherwise); f_did_province
    cites the province's earned estimate in a dinas report (test_province_impact: only with the province's
    perbandingan_provinsi.dampak_provinsi, which the model writes only on an earned verdict); m_min_n states
    the rule. Which hasil.json
    gets which sentence: tests/unit/test_impact.py and test_did_wording.py."""
    with_causal = {k for k, v in TEXT.items() if any(w in v[lang].lower() for w in CAUSAL[lang])}
    assert with_causal <= {"f_did_up", "f_did_ind_up", "kin_effect", "sum_earned", "m_min_n", "f_did_province"}, \
        with_causal
    assert "f_did_up" in with_causal


@pytest.mark.parametrize("text,slug", [
    ("kesehatan", "kesehatan"), ("Dinas Kesehatan", "kesehatan"), ("DINAS  KESEHATAN", "kesehatan"),
    ("Dinkes", "kesehatan"), ("dinas cipta karya, tata ruang dan pertanahan", "citata"),
    ("Satpol PP", "satpol-pp"), ("Bina Marga", "bina-marga"), ("Dinas Rahasia", None), ("", None), (None, None),
], ids=lambda v: str(v))
def test_registry_resolves(text, slug):
    assert registry.resolve(text) == slug


@pytest.mark.parametrize("lang", LANGS)
def test_document_properties_fit_word_for_every_dinas(lang):
    """Word refuses a core property over 255 characters: the longest dinas name must still fit
    (the English PPKUKM report once failed to build on its subject)."""
    import datetime as dt

    from evalasn.report.formats.render import document_meta

    for slug in [*registry.AGENCIES, registry.PROVINCE_SLUG]:
        meta = document_meta({"cakupan": {"nama": registry.official_name(slug)}, "tahun": 2025}, lang,
                             dt.datetime(2026, 1, 1))
        assert all(len(v) <= 255 for v in meta.values()), (slug, {k: len(v) for k, v in meta.items()})
