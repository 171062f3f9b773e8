"""A declared intervention (issue 22.3, REVIEW5b 4, 5, 10): the small sample modelled with INTERVENSI="layanan
prima" (the sample plants +3 converted-IKM points in the programme's units). Every sentence about its result names
the programme with the activities the comparison used (those finished in the window, not every year's), and carries
the design and the caveat in the same paragraph, in BAB III 3.4, the conclusions, the recommendations and the
summary, id and en; the summary always includes the result; the expansion row names the programme and the training
body as its owner."""

from __future__ import annotations

import re
import shutil
from collections.abc import Mapping
from html import unescape
from typing import Any

import pandas as pd
import pytest

from evalasn.analysis import results
from evalasn.paths import project
from evalasn.report.chapters import plan, rules, sections
from evalasn.report.words import impact, narrative
from tests.integration.helpers import cli

PROGRAMME = "layanan prima"
SCOPES = ("provinsi", "kesehatan", "sosial", "perhubungan", "dpmptsp", "kebudayaan")
# what each language's sentence must hold (compared in lower case): the programme with the activities the comparison
# used, its design with the pre-trend check, its caveat
SUBJECT = {"id": f"pelatihan “{PROGRAMME}” (", "en": f"the “{PROGRAMME}” training ("}
DESIGN = {"id": "selisih-dari-selisih tanpa pengundian unit", "en": "difference-in-differences, units not drawn by lot"}
PRETREND = {"id": "tren sebelum pelatihan", "en": "trend before the training"}
CAVEAT = {"id": "catatan:", "en": "caveat:"}
CAUSAL = {"id": "berdampak", "en": "had a positive effect"}
WEAK = {"id": "belum dapat menyingkirkan selisih sebelum pelatihan sebesar separuh estimasi ini",
        "en": "cannot rule out a pre-training difference of half this estimate"}


# C2: declared for 2025 alone (config/intervensi.yml per year); the flat keys, every other year, declare none
PER_YEAR = f'intervensi: ""\ndesain: observasional\nper_tahun:\n  2025:\n    intervensi: "{PROGRAMME}"\n'


@pytest.fixture(scope="module")
def declared_root(tmp_path_factory, pipeline_root):
    """The session's cleaned sample, modelled again by the model stage with the programme declared for 2025 in the
    project's config/intervensi.yml."""
    root = tmp_path_factory.mktemp("intervensi")
    shutil.copytree(pipeline_root / "data", root / "data")
    (root / "config").mkdir()
    (root / "config" / "intervensi.yml").write_text(PER_YEAR, encoding="utf-8")
    cli(root, "model")
    return root


@pytest.mark.parametrize("slug", ["provinsi", "kesehatan"])
def test_the_intervention_is_declared_for_its_year_alone(declared_root, slug):
    """The 2025 results measure the programme; last year's results, computed beside them for the review of last
    year's plan, use the declaration of 2024 (none), not this year's or INTERVENSI's."""
    paths = project(declared_root)
    now, before = (results.read(path) for path in (paths.hasil(slug, 2025), paths.hasil_previous(slug, 2025)))
    assert now["provenans"]["parameter"]["intervensi"] == PROGRAMME
    assert now["level4_hasil"]["did_ikm"]["intervensi"]["dipilih"]
    assert before["tahun"] == 2024 and before["provenans"]["parameter"]["intervensi"] == ""
    assert not before["level4_hasil"]["did_ikm"].get("intervensi", {}).get("dipilih")


def _paragraphs(fragment: str) -> list[str]:
    """The text of each paragraph or list item of a chapter's HTML."""
    blocks = re.findall(r"<(p|li)\b[^>]*>(.*?)</\1>", fragment, re.S)
    return [" ".join(unescape(re.sub(r"<[^>]+>", " ", body)).split()) for _, body in blocks]


def test_the_activity_count_is_the_comparison_window_s(declared_root):
    paths = project(declared_root)
    did = sections.load_context("provinsi", "id", paths).hasil["level4_hasil"]["did_ikm"]
    chosen = did["intervensi"]
    kegiatan = pd.read_parquet(paths.table("kegiatan"))
    done = pd.to_datetime(kegiatan["tanggal_selesai"])
    start, end = (pd.Timestamp(day) for day in did["jendela_kegiatan"])
    matched = kegiatan["tema"].fillna("").str.lower().str.contains(PROGRAMME) | \
        kegiatan["nama_kegiatan"].fillna("").str.lower().str.contains(PROGRAMME)
    attended = set(pd.read_parquet(paths.table("peserta"), columns=["kegiatan_id"])["kegiatan_id"].astype(str))
    in_window = kegiatan[matched & (done > start) & (done < end) & kegiatan["kegiatan_id"].astype(str).isin(attended)]
    assert chosen["n_kegiatan"] == int(matched.sum())  # every year and agency
    assert chosen["n_kegiatan_jendela"] == len(in_window) < chosen["n_kegiatan"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_sentence_on_the_result_names_the_programme_with_design_and_caveat(declared_root, lang):
    paths = project(declared_root)
    claimed = 0
    for slug in SCOPES:
        ctx = sections.load_context(slug, lang, paths)
        did = ctx.hasil["level4_hasil"]["did_ikm"]
        finding = narrative.did_ikm(ctx.hasil, lang) or ""
        assert SUBJECT[lang] in finding.lower() and "sebagian besar" not in finding and "most staff" not in finding, \
            finding
        if not did.get("efek", {}).get("cukup_data"):
            continue  # withheld: why, with the programme named
        # the chapters a reader finds it in: 3.4, 9.1 Kesimpulan, 9.2 Rekomendasi, the summary
        for chapter in (sections.kirkpatrick(ctx), sections.conclusion(ctx), sections.summary(ctx)):
            about = [p for p in _paragraphs(chapter) if CAUSAL[lang] in p or SUBJECT[lang] in p.lower()]
            assert about, (slug, lang)
            for paragraph in about:
                assert all(part[lang] in paragraph.lower() for part in (DESIGN, PRETREND, CAVEAT)), (slug, paragraph)
        claimed += CAUSAL[lang] in finding
        if slug == "provinsi":
            assert WEAK[lang] in finding, finding
    # REVIEW7 R7-1: the province recovers the planted +3 (4,49; 2,63-6,35; 24 + 27 units) but its pre-period
    # estimate 1,10 (-1,08 to 3,28) does not rule out a gap of half the effect (2,24), nor Kesehatan's power (5,29
    # against 6,25): observed words, with the reason (the earned sentence: test_did_wording, test_claims)
    assert claimed == 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_summary_always_carries_the_declared_result(declared_root, lang):
    paths = project(declared_root)
    for slug in SCOPES:
        ctx = sections.load_context(slug, lang, paths)
        # the earned effects in the summary's short form (did8: one design clause, the caveat once), else the IKM's
        finding = impact.earned_brief(ctx.hasil, lang) or narrative.did_ikm(ctx.hasil, lang)
        assert finding and finding in " ".join(_paragraphs(sections.summary(ctx))), slug


def test_the_expansion_row_names_the_programme_and_the_training_body(declared_root):
    paths = project(declared_root)
    for lang in ("id", "en"):
        ctx = sections.load_context("provinsi", lang, paths)
        assert not [row for row in plan.rows(ctx) if row.rule == "rec_did_expand"]  # not earned in the sample (R7-1)
        ctx.hasil["level4_hasil"]["did_ikm"]["putusan"] = {"boleh_kausal": True, "kode_alasan": []}  # as if earned
        rows = [row for row in plan.rows(ctx) if row.rule == "rec_did_expand"]
        assert len(rows) == 1
        assert PROGRAMME in rows[0].action and "BPSDM" in rows[0].owner, rows[0]
        expand = next(r.text for r in rules.recommendations(ctx.hasil, lang, ctx.targets) if r.rule == "rec_did_expand")
        assert all(part[lang] in expand.lower() for part in (DESIGN, PRETREND, CAVEAT)) and PROGRAMME in expand, expand


def test_the_declared_result_is_not_pushed_out_of_five_findings(declared_root, monkeypatch):
    """Five findings of rules ranked after it (two missed targets, units below B, and rules 1 and 3) leave it in the
    summary, before them: it is the question the evaluation was commissioned for (REVIEW5b 5)."""
    from evalasn.report.chapters import key_findings

    def other(kind):
        return lambda *args, **kwargs: key_findings.Finding(kind, f"{kind}.", "")

    monkeypatch.setattr(key_findings, "without_gain", other("tanpa_kenaikan"))
    monkeypatch.setattr(key_findings, "where_money_goes", other("efisiensi"))
    monkeypatch.setattr(key_findings, "missed_targets", lambda *args: [other("target")(), other("target")()])
    monkeypatch.setattr(key_findings, "poor_service", other("ikm_cd"))
    ctx = sections.load_context("provinsi", "id", project(declared_root))
    kinds = [finding.kind for finding in key_findings.ranked(ctx)]
    assert len(kinds) == key_findings.MAX_FINDINGS
    assert kinds.index("intervensi") < kinds.index("target"), kinds


def test_the_measurement_row_counts_the_units_it_asks_for(declared_root):
    """IKM-UKUR ('design the measurement') is judged by the trained and comparison units with an SKM before and
    after, against the units an effect of today's size needs, not by the dinas's IKM (REVIEW5b 10); next year's
    review reads the same count."""
    from evalasn.report.chapters import followup_measure

    paths = project(declared_root)
    measured = 0
    for slug in SCOPES:
        for lang in ("id", "en"):
            ctx = sections.load_context(slug, lang, paths)
            effect: Mapping[str, Any] = ctx.hasil["level4_hasil"]["did_ikm"].get("efek") or {}
            for row in (r for r in plan.rows(ctx) if r.rule == "rec_did_measure"):
                units = effect["unit_dilatih"] + effect["unit_pembanding"]
                assert row.code == "IKM-UKUR" and row.today == units and row.target > units, row
                assert row.target >= (effect.get("unit_untuk_estimasi_ini") or 0), row
                assert PROGRAMME in row.indicator and "IKM konversi" not in row.indicator, row.indicator
                assert row.target_text.startswith(f"≥ {int(row.target)}"), row.target_text
                assert followup_measure.measure(row, "", ctx.hasil, lang).values == (units,) * 3
                measured += 1
    assert measured >= 2  # Perhubungan's interval holds zero: id and en

