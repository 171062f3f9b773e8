"""The fast path's normal-flow test (evalasn.run.fastpath.flow) answers as WeasyPrint's own on every box its layout
asks about, for every float and position value, and the PDF is WeasyPrint's own."""

from __future__ import annotations

import pytest

from evalasn.run import fastpath
from evalasn.run.fastpath import flow

FLOATS = ("none", "left", "right", "inline-start", "inline-end", "footnote")
INLINE_FLOAT = {"left": "left", "right": "right"}  # WeasyPrint 70 lays out no other float inside a line (KeyError)
POSITIONS = ("static", "relative", "absolute", "fixed", "running(kepala)", "note(catatan)")
BODY = ("<p>Teks biasa sebelum semua kotak.</p>"
        + "".join(f'<div style="float: {float_}; position: {position}; width: 30%">'
                  f"{float_} {position} <span style='float: {INLINE_FLOAT.get(float_, 'none')}'>dalam</span></div>"
                  for float_ in FLOATS for position in POSITIONS)
        + "<table><tr><td style='float: left'>sel</td><td style='position: absolute'>mutlak</td></tr></table>"
        + "<ul><li style='float: right'>kanan</li><li>biasa</li></ul>")
PAGE = "@page { size: A5; margin: 2cm; @top-center { content: element(kepala) } @footnote { max-height: 4cm } }"


def _pdf(body: str) -> bytes:
    import weasyprint

    html = (f'<html lang="id"><head><title>Uji</title><style>{PAGE}</style></head>'
            f"<body>{body}</body></html>")
    return weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/a-3a")


@pytest.fixture
def plain_weasyprint():
    """WeasyPrint's own code before and after each test."""
    flow.uninstall()
    yield
    flow.uninstall()


def test_every_box_the_layout_asks_about_gets_weasyprints_answer(monkeypatch, plain_weasyprint):
    from weasyprint.formatting_structure import boxes

    own = boxes.Box.is_in_normal_flow
    asked = []

    def recorded(box):
        asked.append(box)
        return own(box)

    monkeypatch.setattr(boxes.Box, "is_in_normal_flow", recorded)
    _pdf(BODY)
    seen = {(box.style["float"], box.style["position"]) for box in asked}
    assert {value for value, _ in seen} >= {"none", "left", "right", "inline-start"}
    assert {value if isinstance(value, str) else value[0] for _, value in seen} >= {"static", "absolute", "fixed",
                                                                                   "running()"}
    answers = [(own(box), flow.is_in_normal_flow(box)) for box in asked]
    assert {mine for mine, _ in answers} == {True, False}
    assert [fast for _, fast in answers] == [mine for mine, _ in answers]


@pytest.mark.parametrize(("float_", "position"), [
    pytest.param(float_, position, id=f"{float_}-{position}") for float_ in FLOATS for position in POSITIONS])
def test_each_float_and_position_value(float_, position, plain_weasyprint):
    """WeasyPrint's five predicates against the one read, on a box of each computed value."""
    from weasyprint.formatting_structure import boxes

    box = boxes.BlockBox("div", _computed_style(float_, position), None, [])
    assert flow.is_in_normal_flow(box) == boxes.Box.is_in_normal_flow(box)


def _computed_style(float_: str, position: str) -> dict:
    """The two values as WeasyPrint computes them (position's functions are tuples)."""
    value: str | tuple = position
    if "(" in position:  # running(name), note(name)
        name, argument = position[:-1].split("(")
        value = (f"{name}()", argument)
    return {"float": float_, "position": value}


def test_same_pdf_bytes_with_and_without(monkeypatch, plain_weasyprint):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764288000")
    own = _pdf(BODY)
    monkeypatch.setenv(fastpath.SWITCH, "1")
    flow.install()
    assert flow.installed()
    assert _pdf(BODY) == own


def test_not_installed_when_off_on_another_weasyprint_or_with_an_override(monkeypatch, plain_weasyprint):
    import weasyprint
    from weasyprint.formatting_structure import boxes

    monkeypatch.setenv(fastpath.SWITCH, "0")
    flow.install()
    assert not flow.installed()
    monkeypatch.setenv(fastpath.SWITCH, "1")
    monkeypatch.setattr(weasyprint, "__version__", "71.0")
    flow.install()
    assert not flow.installed()
    monkeypatch.setattr(weasyprint, "__version__", "70.0")
    monkeypatch.setattr(boxes.TableCellBox, "is_floated", lambda self: False, raising=False)
    assert flow.overridden(boxes) == ["TableCellBox.is_floated"]
    flow.install()
    assert not flow.installed()
    monkeypatch.undo()
    monkeypatch.setenv(fastpath.SWITCH, "1")
    assert flow.overridden(boxes) == []
    flow.install()
    assert boxes.Box.is_in_normal_flow is flow.is_in_normal_flow
    flow.uninstall()
    assert boxes.Box.is_in_normal_flow is not flow.is_in_normal_flow
