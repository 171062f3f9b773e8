"""The lists' dot leaders as one text box per line (report.formats.leaders): the same dots over the same
span, every other box where it was, the same pages; WeasyPrint's own leaders again after uninstall."""

from __future__ import annotations

import pytest

from evalasn.report.formats import leaders
from evalasn.report.formats.render import CSS_FILE

ENTRIES = ["BAB I Pendahuluan", "1.1 Latar Belakang", "BAB II Ringkasan Eksekutif dengan judul yang cukup panjang "
           "sehingga terbungkus ke baris kedua di daftar isi", "Tabel 3. Capaian indikator kunci"]
HTML = ("<html lang='id'><head><style>{css}</style></head><body><main class='laporan'>"
        "<nav class='list' id='daftar-isi'><ol>{items}</ol></nav>{targets}</main></body></html>").format(
    css=CSS_FILE.read_text(encoding="utf-8"),
    items="".join(f"<li><a href='#b{number}'>{text}</a></li>" for number, text in enumerate(ENTRIES)),
    targets="".join(f"<section class='chapter' id='b{number}'><h2>{text}</h2><p>Isi.</p></section>"
                    for number, text in enumerate(ENTRIES)))


@pytest.fixture
def plain():
    """WeasyPrint's own leaders for the test, whatever this process had installed before it."""
    was = leaders.installed()
    leaders.uninstall()
    yield
    leaders.uninstall()
    if was:
        leaders.install()


def _layout() -> tuple[list[tuple], list[tuple]]:
    """(each leader: its text and span), (every other box on each page: kind, text, place, size)."""
    import weasyprint

    document = weasyprint.HTML(string=HTML).render()
    dots, others = [], []
    for number, page in enumerate(document.pages):
        inside: set[int] = set()
        for box in page._page_box.descendants():
            if getattr(box, "is_leader", False):
                children = list(box.children)
                inside.update(id(child) for child in children)
                dots.append(("".join(child.text for child in children),
                             round(min(child.position_x for child in children), 3),
                             round(max(child.position_x + child.width for child in children), 3),
                             round(box.position_y, 3), len(children)))
            elif id(box) not in inside:
                others.append((number, type(box).__name__, getattr(box, "text", None), round(box.position_x, 3),
                               round(box.position_y, 3), round(box.width or 0, 3), round(box.height or 0, 3)))
    return dots, others


def test_each_leader_is_one_box_with_the_same_dots_and_nothing_else_moves(plain):
    own_dots, own_others = _layout()
    leaders.install()
    dots, others = _layout()
    assert len(own_dots) == len(ENTRIES) and all(count > 10 for *_, count in own_dots), "WeasyPrint copies the text"
    assert [count for *_, count in dots] == [1] * len(ENTRIES)
    assert [entry[:4] for entry in dots] == [entry[:4] for entry in own_dots]  # text, span, line
    assert others == own_others


def test_uninstall_gives_weasyprints_own_leaders_again(plain):
    leaders.install()
    leaders.uninstall()
    assert not leaders.installed()
    assert all(count > 10 for *_, count in _layout()[0])


def test_the_renderer_installs_it():
    from evalasn.report.formats.render import Renderer

    Renderer()
    assert leaders.installed()
