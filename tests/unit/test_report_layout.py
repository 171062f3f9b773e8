"""Layout rules of the report's HTML that the PDF reader sees: short tables kept whole, ranges that
break where a reader expects."""

from evalasn.paths import TEMPLATES
from evalasn.report import html as H
from evalasn.report.sections import _money_range


def test_a_short_table_is_kept_whole_and_a_long_one_flows():
    short = H.table(["Tahun", "Pagu"], [["2023", "1"], ["2024", "2"], ["2025", "3"]], "Pagu per tahun")
    long = H.table(["Unit"], [[f"unit {i}"] for i in range(H.KEEP_ROWS + 1)], "Unit")
    assert short.startswith('<div class="keep"><div class="table-block">')
    assert long.startswith('<div class="table-block">')
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    assert ".keep { break-inside: avoid; }" in css


def test_a_money_range_breaks_only_after_its_dash():
    class Ctx:
        @staticmethod
        def money(v):
            return f"Rp {v:,.0f}".replace(",", ".")

    text = _money_range(Ctx(), 316908, 434522)
    assert text == "Rp\u00a0316.908\u00a0– Rp\u00a0434.522" and text.count(" ") == 1
