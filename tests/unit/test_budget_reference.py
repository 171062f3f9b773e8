"""The budget slope's few-cluster inference against well-kept references on the same participations
(issue 23.1, 23 check 4): 16 activities (the year control dropped) and 18 (every control).

- CR2 standard error and Bell-McCaffrey df of the slope and of the squared term: clubSandwich 0.5.8
  (``coef_test(vcov = "CR2", test = "Satterthwaite")``), the R package that defines CR2 with clusters;
  its values come from tests/reference/clubsandwich_anggaran.R on the CSV files beside it (no Python
  library computes CR2 with clusters).
- The estimate and CR1 SE: statsmodels OLS with ``cov_type="cluster"``.
- The wild cluster bootstrap by activity: wildboottest's draws (WCU, Webb weights, CR1 in every draw),
  its t statistic and the count of draws beyond it, with the same weights.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from evalasn import constants
from evalasn.analysis import budget, clustered, few_clusters
from evalasn.analysis.contract.budget import BudgetModel
from evalasn.analysis.contract.estimate import bounds
from tests.wild_reference import webb_draws

REFERENCE = Path(__file__).resolve().parents[1] / "reference"
# clubSandwich 0.5.8: estimate, CR2 SE, Satterthwaite (Bell-McCaffrey) df, p
CLUBSANDWICH = {
    ("anggaran-16-kegiatan.csv", "log_biaya"): (1.53890480892324, 0.8526758351413, 6.43648374473288,
                                                 0.1177979358346),
    ("anggaran-16-kegiatan.csv", "log_biaya_kuadrat"): (0.209911498359995, 0.713331040365201, 5.33608255933928,
                                                         0.779658552845613),
    ("anggaran-18-kegiatan.csv", "log_biaya"): (1.92209488636954, 0.828714581279584, 5.59596698667063,
                                                 0.0625925941781892),
    ("anggaran-18-kegiatan.csv", "log_biaya_kuadrat"): (-0.301417892323813, 1.15896560703691, 6.49143897459047,
                                                         0.802860415206373),
}
CASES = sorted(CLUBSANDWICH)
IDS = [f"{name.split('-')[1]}-kegiatan-{term}" for name, term in CASES]


def _design(name: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, BudgetModel]:
    """The participations, budget_model's frame and its design (the controls it keeps), and the model."""
    part = pd.read_csv(REFERENCE / name, dtype={"kegiatan_id": str, "metode": str, "dinas": str})
    model = budget.budget_model(part)
    frame = budget.model_frame(part)
    numeric = [c for c in model["kontrol"] if c in budget.NUMERIC_CONTROLS]
    categorical = [c for c in model["kontrol"] if c in budget.FIXED_EFFECTS]
    X = clustered.design(frame[["log_biaya", *numeric]], frame[categorical])
    return part, frame, X.assign(log_biaya_kuadrat=frame["log_biaya"] ** 2), model


def _columns(X: pd.DataFrame, term: str) -> pd.DataFrame:
    return X if term == "log_biaya_kuadrat" else X.drop(columns="log_biaya_kuadrat")


@pytest.mark.parametrize("name,term", CASES, ids=IDS)
def test_cr2_and_bell_mccaffrey_df_are_clubsandwich_s(name, term):
    _, frame, X, model = _design(name)
    estimate, se, df, p_value = CLUBSANDWICH[name, term]
    reported = model["gain_per_log_biaya" if term == "log_biaya" else "kuadratik"]
    assert reported["bootstrap_liar"] and model["n_kegiatan"] < constants.FEW_CLUSTERS
    assert (reported["estimasi"], reported["se"], reported["df"]) == pytest.approx((estimate, se, df), rel=1e-9)
    # the t part of the interval (before the wider bootstrap one is kept) is clubSandwich's test
    plain = few_clusters.coefficient(frame["gain"], _columns(X, term), frame["kegiatan_id"], term, bootstrap=False)
    assert plain["p"] == pytest.approx(p_value, rel=1e-8)
    assert reported["p"] >= plain["p"]
    low, high = bounds(reported)
    assert high - low >= plain["ci_atas"] - plain["ci_bawah"]


@pytest.mark.parametrize("name", sorted({name for name, _ in CASES}), ids=["16-kegiatan", "18-kegiatan"])
def test_estimate_and_cr1_are_statsmodels(name):
    _, frame, X, _ = _design(name)
    X = _columns(X, "log_biaya")
    codes = pd.factorize(frame["kegiatan_id"])[0]
    reference = sm.OLS(frame["gain"].to_numpy(), X.to_numpy()).fit(cov_type="cluster", cov_kwds={"groups": codes})
    contrast = (X.columns == "log_biaya").astype(float)
    parts = few_clusters.cluster_parts(frame["gain"].to_numpy(), X.to_numpy(), codes, contrast, kind="CR1")
    column = list(X.columns).index("log_biaya")
    assert parts.estimate == pytest.approx(reference.params[column], rel=1e-10)
    assert np.sqrt(parts.scale * np.sum(parts.scores ** 2)) == pytest.approx(reference.bse[column], rel=1e-10)


@pytest.mark.parametrize("name", sorted({name for name, _ in CASES}), ids=["16-kegiatan", "18-kegiatan"])
def test_wild_bootstrap_is_wildboottest_s_on_the_budget_data(name):
    """Draw by draw, the t statistic and the number of draws at least as extreme, same weights."""
    _, frame, X, _ = _design(name)
    X = _columns(X, "log_biaya")
    codes = pd.factorize(frame["kegiatan_id"])[0]
    contrast = (X.columns == "log_biaya").astype(float)
    y = frame["gain"].to_numpy()
    reference = webb_draws(X.to_numpy(), y, codes, contrast, seed=5)
    reference.get_vcov()
    reference.get_tstat()
    reference.get_pvalue(pval_type="two-tailed")
    parts = few_clusters.cluster_parts(y, X.to_numpy(), codes, contrast, kind="CR1")
    mine = few_clusters.bootstrap_t(parts, reference.v.T)
    t_stat = parts.estimate / np.sqrt(parts.scale * np.sum(parts.scores ** 2))
    assert np.max(np.abs(mine - np.ravel(reference.t_boot))) < 1e-9
    assert t_stat == pytest.approx(float(np.ravel(reference.t_stat)[0]), rel=1e-9)
    assert np.sum(np.abs(mine) > abs(t_stat)) == round(reference.pvalue * len(mine))
