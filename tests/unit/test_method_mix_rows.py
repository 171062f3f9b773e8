"""pooling.method_mix by one groupby over (dinas, metode) gives what a named aggregation per dinas gave: every dinas,
its methods in the catalogue's order, their counts, activities, shares and mean gains, to the last bit (the analysis
side; test_method_mix.py tests the sentences made from it)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import pooling


def _per_dinas(frame: pd.DataFrame) -> dict:
    """The definition: per dinas, ``agg(mean, size, nunique)`` of its rows by method."""
    order = {metode: k for k, metode in enumerate(constants.METODE)}
    province = frame.groupby("metode")["gain"].agg(["mean", "size"])
    out = {}
    for dinas, group in frame.groupby("dinas", sort=True):
        mine = group.groupby("metode").agg(mean=("gain", "mean"), size=("gain", "size"),
                                           activities=("kegiatan_id", "nunique"))
        out[str(dinas)] = [{"metode": str(metode), "n": int(row["size"]), "n_kegiatan": int(row["activities"]),
                            "porsi_peserta": float(row["size"] / len(group)), "rata_gain": float(row["mean"]),
                            "porsi_peserta_provinsi": float(province.loc[metode, "size"] / len(frame)),
                            "rata_gain_provinsi": float(province.loc[metode, "mean"])}
                           for metode, row in sorted(mine.iterrows(), key=lambda pair: order.get(pair[0], 99))]
    return out


def _frame(seed: int, n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    metode = rng.choice([*constants.METODE, "lain-lain"], n).astype(object)
    metode[rng.random(n) < 0.05] = None  # a participation without a method: left out of the method rows
    return pd.DataFrame({"dinas": pd.array(rng.choice(["sosial", "kesehatan", "dispora"], n), dtype="str"),
                         "metode": pd.array(metode, dtype="str"),
                         "kegiatan_id": pd.array([f"K{k}" for k in rng.integers(0, 30, n)], dtype="str"),
                         "gain": rng.normal(6, 11, n)})  # unrounded: a sum in another order differs


CASES = {f"random-{seed}": _frame(seed) for seed in range(6)}
CASES["one-dinas-without-any-method"] = pd.DataFrame({
    "dinas": pd.array(["sosial", "sosial", "dispora"], dtype="str"),
    "metode": pd.array([constants.METODE[0], constants.METODE[1], None], dtype="str"),
    "kegiatan_id": pd.array(["A", "B", "C"], dtype="str"), "gain": [1.5, 2.5, 3.0]})


@pytest.mark.parametrize("frame", CASES.values(), ids=CASES.keys())
def test_the_same_rows_as_a_named_aggregation_per_dinas(frame):
    assert pooling.method_mix(frame) == _per_dinas(frame)


def test_a_wrong_share_is_seen():
    """The check can fail: a share of the province's participants instead of the dinas's differs."""
    frame = CASES["random-0"]
    wrong = _per_dinas(frame)
    wrong["sosial"][0]["porsi_peserta"] = wrong["sosial"][0]["porsi_peserta_provinsi"]
    assert pooling.method_mix(frame) != wrong
