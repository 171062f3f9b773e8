"""Sentences and labels without an agreement field filled by str.format (report.words.text._format): the same
text as the agreement formatter gives, for every template of the catalogue (issue 25)."""

from __future__ import annotations

import string

import pytest

from evalasn.report.words import text


class Value:
    """Any field's value: formats as its spec and conversion say, so a differing path shows in the text."""

    def __format__(self, spec: str) -> str:
        return f"<{spec}>"

    def __repr__(self) -> str:
        return "Value()"

    def __getitem__(self, key):
        return self

    def __getattr__(self, name):
        return self


def _values(template: str) -> dict[str, object]:
    names = set()
    for _, field, spec, _ in string.Formatter().parse(template):
        for part in (field, *(f for _, f, _, _ in string.Formatter().parse(spec or ""))):
            if part:
                names.add(part.split(".")[0].split("[")[0])
    return {name: Value() for name in names}


TEMPLATES = sorted({(lang, template) for catalogue in (text.TEXT, text.LABELS) for entry in catalogue.values()
                    for lang, template in entry.items()})


def test_every_template_without_agreement_reads_the_same():
    plain = [(lang, template) for lang, template in TEMPLATES if "|" not in template]
    assert len(plain) > 1000
    for _, template in plain:
        values = _values(template)
        assert text._format(template, values) == text._FORMATTER.vformat(template, (), values), template


@pytest.mark.parametrize(("template", "values", "expected"), [
    pytest.param("{k} {k:target|targets}", {"k": 1}, "1 target", id="agreement-one"),
    pytest.param("{k} {k:target|targets}", {"k": 3}, "3 targets", id="agreement-many"),
    pytest.param("{n:,.1f}% dari {total}", {"n": 1234.56, "total": 7}, "1,234.6% dari 7", id="plain"),
])
def test_agreement_fields_still_agree(template, values, expected):
    assert text._format(template, values) == expected
