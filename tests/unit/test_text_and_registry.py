"""The text catalogue is complete in both languages; the registry resolves spellings."""

import string

import pytest

from evalasn import registry
from evalasn.report.text import ACTIONS, GLOSSARY, LABELS, LANGS, TEXT


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


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


def test_causal_words_only_in_the_difference_in_differences_sentence():
    causal = ("berdampak", "menyebabkan")
    with_causal = {k for k, v in TEXT.items() if any(w in v["id"].lower() for w in causal)}
    assert with_causal <= {"f_did_up", "f_did_down", "f_did_flat", "r_tab_kinerja", "m_min_n", "rec_did_review"}


@pytest.mark.parametrize("text,slug", [
    ("kesehatan", "kesehatan"), ("Dinas Kesehatan", "kesehatan"), ("DINAS  KESEHATAN", "kesehatan"),
    ("Dinkes", "kesehatan"), ("dinas cipta karya, tata ruang dan pertanahan", "citata"),
    ("Satpol PP", "satpol-pp"), ("Bina Marga", "bina-marga"), ("Dinas Rahasia", None), ("", None), (None, None),
], ids=lambda v: str(v))
def test_registry_resolves(text, slug):
    assert registry.resolve(text) == slug
