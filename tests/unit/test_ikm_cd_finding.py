"""IKM category C/D findings judged on the interval (REVIEW 2): a dinas or unit is called "category C or D" only
when its whole 95% interval is in C or D; an estimate in C or D whose interval reaches B is in that category "but
not yet certain" (LOOK37 L-2: never "may be below B", which it already is), each with its interval; the
province says which of them its attention list (one-sided test) names."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import key_findings


def _ikm(estimasi: float, low: float, high: float) -> Any:
    letter = lambda v: "B" if round(v, 2) >= 76.61 else "C"  # noqa: E731
    return {"estimasi": estimasi, "ci_bawah": low, "ci_atas": high, "cukup_data": True, "n": 300,
            "kategori": letter(estimasi), "kategori_bawah": letter(low), "kategori_atas": letter(high)}


def _province(ikms: dict[str, Any], flagged: tuple[str, ...] = ()) -> Any:
    return {"cakupan": {"jenis": "provinsi"}, "komunikasi": {"periode": "2025-S2"},
            "perbandingan_dinas": [{"dinas": slug, "ikm": figure} for slug, figure in ikms.items()],
            "perhatian": {"uji": [{"dinas": slug, "temuan": "ikm", "ditandai": slug in flagged} for slug in ikms]}}


@pytest.mark.parametrize(("ikms", "flagged", "said", "not_said"), [
    pytest.param({"nakertransgi": _ikm(74.78, 68.56, 81.0), "sosial": _ikm(75.86, 73.02, 78.71)}, (),
                 ["Estimasi IKM di bawah kategori B, kategori belum pasti: tidak ada dinas yang seluruh rentang",
                  "estimasi IKM 2 dinas kategori C (di bawah batas B 76,61) dan rentangnya mencapai kategori B, jadi "
                  "kategorinya belum pasti — Nakertransgi 74,78 (rentang keyakinan 95%: 68,56 s.d. 81,00; 300 "
                  "responden) dan Sosial 75,86",
                  "Tidak satu pun masuk daftar dinas yang perlu perhatian"],
                 ["dinas dengan IKM kategori C —", "mungkin di bawah"], id="every-interval-reaches-B-uncertain"),
    pytest.param({"sosial": _ikm(70.1, 66.0, 74.2), "kpkp": _ikm(75.0, 72.0, 78.0)}, ("sosial",),
                 ["satu dinas yang seluruh rentang keyakinan 95% IKM-nya dalam kategori C atau D pada 2025-S2 — "
                  "Sosial 70,10 (rentang keyakinan 95%: 66,00 s.d. 74,20; 300 responden).",
                  "Lalu satu dinas lagi estimasi IKM-nya kategori C (di bawah batas B 76,61), tetapi rentangnya "
                  "mencapai kategori B, jadi kategorinya belum pasti",
                  "Di daftar dinas yang perlu perhatian (uji satu sisi dengan koreksi untuk banyak uji, BAB VII): "
                  "Sosial."], ["tidak ada dinas", "mungkin di bawah"], id="whole-interval-in-C-and-one-maybe"),
    pytest.param({slug: _ikm(75.0 + k / 10, 72.0, 78.0) for k, slug in enumerate(
        ("sosial", "kpkp", "citata", "dispora", "kebudayaan"))}, (),
                 ["Citata 75,20 (rentang keyakinan 95%: 72,00 s.d. 78,00; 300 responden) dan 2 dinas lain (BAB VII)"],
                 ["unit lain"], id="more-than-three-named-as-dinas"),
    pytest.param({"sosial": _ikm(80.1, 77.0, 83.2)}, (), [], [], id="category-B-no-finding"),
])
def test_the_province_calls_category_c_only_what_its_interval_shows(ikms, flagged, said, not_said):
    found = key_findings.poor_service(_province(ikms, flagged), [], "id")
    if not said:
        assert found is None
        return
    assert found is not None
    assert all(part in found.text for part in said), found.text
    assert not any(part in found.text for part in not_said), found.text


def test_a_dinas_report_marks_a_unit_whose_interval_reaches_b():
    hasil: Any = {"cakupan": {"jenis": "dinas"}, "komunikasi": {"periode": "2025-S2"}, "level4_hasil": {"ikm_unit": [
        {"unit_kerja": "Puskesmas Kecamatan Senen", "periode": "2025-S2", **_ikm(73.82, 70.5, 77.1)},
        {"unit_kerja": "Puskesmas Kecamatan Gambir", "periode": "2025-S2", **_ikm(80.0, 78.0, 82.0)}]}}
    found = key_findings.poor_service(hasil, [], "en")
    assert found is not None
    assert found.text.startswith("IKM estimate below category B, category not yet certain: no unit has its IKM's "
                                 "whole 95% CI")
    assert ("one unit has an IKM estimate in category C (below the B threshold of 76.61) with an interval reaching "
            "category B, so its category is not yet certain — Senen Sub-district Health Centre (Puskesmas Kecamatan "
            "Senen) 73.82 (95% CI: 70.50 to 77.10; 300 respondents)") in found.text, found.text
    assert "may be below" not in found.text and "possibly below" not in found.text
    assert "73,82 C" not in found.text and "agencies needing attention" not in found.text


SIX = ("nakertransgi", "kominfotik", "sumber-daya-air", "kebudayaan", "sosial", "citata")


@pytest.mark.parametrize(("lang", "action"), [
    pytest.param("id", "Perbaiki layanan bersama dinas dengan IKM di bawah kategori B: Nakertransgi, Kominfotik, "
                 "Sumber Daya Air, Kebudayaan, Sosial dan Citata", id="id-six-named"),
    pytest.param("en", "Improve service with the agencies whose IKM is below category B: ", id="en-six-named"),
])
def test_the_plan_action_names_every_dinas_below_b_as_its_executor_cell_does(lang, action):
    """LOOK14 P-11: IKM-CD-DINAS 'Nakertransgi, Kominfotik, Sumber Daya Air dan 3 dinas lain (BAB VII)' beside an
    executor cell naming all six."""
    from evalasn.report.chapters import ikm_units
    from evalasn.report.words.names import short_name_in

    hasil: Any = {**_province({slug: _ikm(74.0 + k / 10, 70.0, 78.0) for k, slug in enumerate(SIX)}),
                  "tahun": 2025}
    hasil["komunikasi"]["unsur"] = []
    rec = ikm_units.ikm_units_recommendation(hasil, lang)
    assert rec is not None
    assert rec.action.startswith(action), rec.action
    assert all(short_name_in(slug, lang) in rec.action for slug in SIX), rec.action
    assert "dinas lain" not in rec.action and "other agencies" not in rec.action, rec.action


@pytest.mark.parametrize(("lang", "start"), [
    pytest.param("id", " Mulai dari Nakertransgi (300 responden), Kominfotik (300 responden), Sumber Daya Air (300 "
                 "responden), Kebudayaan (300 responden), Sosial (300 responden) dan Citata (300 responden), yang "
                 "estimasi IKM-nya di bawah kategori B.", id="id-six-named"),
    pytest.param("en", " Start with Manpower and Energy (300 respondents), Communication and Informatics (300 "
                 "respondents), ", id="en-six-named"),
])
def test_the_weak_element_rule_names_every_dinas_below_b_as_the_plan_row_does(lang, start):
    """LOOK15 Q-5: province 9.2 Rek. 8 '… Sumber Daya Air (240 responden) dan 3 dinas lain (BAB VII)' while the
    IKM-CD-DINAS row it raises names all six as executors (LOOK14 P-11 fixed only the row)."""
    from evalasn.report.chapters import ikm_units
    from evalasn.report.words.names import short_name_in

    hasil: Any = {**_province({slug: _ikm(74.0 + k / 10, 70.0, 78.0) for k, slug in enumerate(SIX)}),
                  "tahun": 2025, "level4_hasil": {"ikm_unit": []}}
    said = ikm_units.weak_start(hasil, lang)
    assert said.startswith(start), said
    assert all(short_name_in(slug, lang) in said for slug in SIX), said
    assert "dinas lain" not in said and "other agencies" not in said, said


@pytest.mark.parametrize("lang, said", [
    ("id", "estimasi IKM 2 dinas kategori C atau D (di bawah batas B 76,61) dan rentangnya mencapai kategori B, jadi "
           "kategorinya belum pasti — "),
    ("en", "2 agencies have an IKM estimate in category C or D (below the B threshold of 76.61) with an interval "
           "reaching category B, so their category is not yet certain — "),
], ids=["id", "en"])
def test_estimates_below_b_reaching_b_have_an_uncertain_category_not_a_maybe_below_b(lang, said):
    """LOOK37 L-2 (Bina Marga, 76,01 and 76,11): "mungkin di bawah B" of estimates already below 76,61 turned the
    uncertainty the wrong way; the category is what is uncertain, and a C and a D estimate share "C atau D"."""
    wide = {**_ikm(64.0, 55.0, 77.0), "kategori": "D"}
    found = key_findings.poor_service(_province({"sosial": wide, "kpkp": _ikm(75.0, 72.0, 78.0)}), [], lang)
    assert found is not None
    assert said in found.text, found.text
    assert not any(word in found.text for word in ("mungkin di bawah", "may be below", "possibly below"))
