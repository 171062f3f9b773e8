"""Coverage of the 95% intervals over many seeds (slow: `make test-slow`).

For each seed a fresh synthetic data set is generated with known effects, cleaned, and the
budget model and the IKM difference-in-differences are fitted; their 95% intervals must contain
the planted truth in at least 90% of the runs.
"""

from __future__ import annotations

import pytest

from evalasn import sample
from evalasn.analysis import budget, did
from evalasn.analysis.data import load
from evalasn.ingest import clean
from evalasn.paths import project

SEEDS = range(1, 201)
DINAS = ("kesehatan", "sosial", "perhubungan", "dpmptsp", "kebudayaan", "bina-marga")


def _covers(e: dict, truth: float) -> bool:
    return bool(e["cukup_data"]) and e["ci_bawah"] <= truth <= e["ci_atas"]


@pytest.mark.slow
def test_intervals_cover_the_planted_truth(tmp_path):
    hits = {"budget": 0, "did": 0}
    runs = 0
    for seed in SEEDS:
        root = tmp_path / f"s{seed}"
        sample.generate(root / "data" / "raw", n_pegawai=1200, dinas=DINAS, seed=seed, respondents_per_unit=10,
                        staff_per_unit=20)
        paths = project(root)
        clean.run(paths)
        data = load(paths)
        slope = budget.budget_model(data.partisipasi[data.partisipasi["tahun_kegiatan"] <= 2025])["gain_per_dobel"]
        effect = did.ikm_did(data.skm, data.pegawai, data.partisipasi, 2025)["efek"]
        hits["budget"] += _covers(slope, sample.PLANTED.gain_per_doubling)
        hits["did"] += _covers(effect, sample.PLANTED.ikm_did)
        runs += 1
    rates = {k: v / runs for k, v in hits.items()}
    print(f"coverage over {runs} seeds: {rates}")
    assert rates["budget"] >= 0.90, rates
    assert rates["did"] >= 0.90, rates
