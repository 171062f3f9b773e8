"""One kind of figure, one decimals (constants.DECIMALS, REVIEW3 24): chosen so that no 95% interval of the sample's
reports collapses to one printed value ('3,9 (3,9 s.d. 3,9)'), in any scope, agency or province."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from evalasn.analysis.contract import walk
from evalasn.paths import project
from evalasn.report.words import fmt


def _intervals(node: Any, path: str = "") -> Iterator[tuple[str, dict]]:
    """(contract path, record) of every estimate with a 95% interval in a hasil.json."""
    if isinstance(node, list):
        for item in node:
            yield from _intervals(item, f"{path}[]")
    elif isinstance(node, dict):
        if node.get("cukup_data") and all(isinstance(node.get(k), (int, float)) for k in ("estimasi", "ci_bawah",
                                                                                         "ci_atas")):
            yield path, node
        for key, value in node.items():
            yield from _intervals(value, f"{path}.{key}" if path else key)


def test_no_interval_of_the_samples_reports_collapses_at_its_kinds_decimals(pipeline_root):
    paths = project(pipeline_root)
    docs = walk.object_docs()
    checked = 0
    for result in sorted(paths.reports.glob("*/_build/hasil-*[0-9].json")):
        for path, record in _intervals(json.loads(result.read_text(encoding="utf-8"))):
            kind = docs[path].unit if path in docs else "-"
            if kind not in fmt.MONEY_KINDS and kind not in fmt.PERCENT_KINDS and kind not in fmt.constants.DECIMALS:
                continue  # an object whose unit is its parent's (lihat_objek): printed by its own kind elsewhere
            if record["ci_atas"] - record["ci_bawah"] <= 0:
                continue  # a zero-width interval (everyone 0 JP) has nothing to show
            low, high = fmt.figures((record["ci_bawah"], record["ci_atas"]), kind)
            assert low != high, (result.parent.parent.name, path, kind, record["ci_bawah"], record["ci_atas"])
            checked += 1
    assert checked > 200
