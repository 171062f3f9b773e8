"""How much of the registry a report stands on, in words (issue 20.7): the dinas with data and those
without, a province report built from one dinas, and comparisons among dinas withheld below
constants.MIN_DINAS_COMPARISON (hasil.json ``data``: analysis.model.dinas_coverage)."""

from __future__ import annotations

from collections.abc import Collection

from evalasn.analysis.contract import Hasil
from evalasn.registry import official_name
from evalasn.report.words import fmt
from evalasn.report.words.names import scope_name, short_name_in
from evalasn.report.words.text import t


def comparable(hasil: Hasil) -> bool:
    """Enough dinas have data for ranks and comparisons among dinas (older hasil files: assumed so)."""
    return bool(hasil.get("data", {}).get("perbandingan_antar_dinas", True))


def registry_sentence(hasil: Hasil, lang: str, left: Collection[str] = ()) -> str | None:
    """'Data tersedia untuk 2 dari 21 dinas di registri; belum ada data: ...' (None for older files). ``left``: the
    dinas without data that had data last year (their plan of that year published: published_plan.left_the_data),
    named apart, 'ada data 2024, tidak ada data 2025: ...', not as dinas with no data yet (CHECK14 E14-1)."""
    data = hasil["data"]
    if "dinas_registri" not in data:
        return None
    total, have, missing = data["dinas_registri"], data["dinas_dengan_data"], data["dinas_tanpa_data"]
    if not missing:
        return t("cov_all", lang, n=fmt.integer(total, lang))
    counted = {"k": fmt.integer(len(have), lang), "n": fmt.integer(total, lang)}
    gone = [slug for slug in missing if slug in left]
    rest = [slug for slug in missing if slug not in left]
    if not gone:
        return t("cov_some", lang, **counted, daftar=", ".join(short_name_in(slug, lang) for slug in missing))
    parts = [t("cov_missing", lang, daftar=", ".join(short_name_in(slug, lang) for slug in rest))] if rest else []
    parts.append(t("cov_left", lang, tahun_lalu=hasil["tahun"] - 1, tahun=hasil["tahun"],
                   daftar=", ".join(short_name_in(slug, lang) for slug in gone)))
    return t("cov_some_parts", lang, **counted, bagian="; ".join(parts))


def province_sentences(hasil: Hasil, lang: str, left: Collection[str] = ()) -> list[str]:
    """What a province report says first about its data: built from one dinas only, how many of the
    registry's dinas have data (``left``: registry_sentence), and whether comparisons among them are shown."""
    data = hasil["data"]
    out = []
    have = data.get("dinas_dengan_data", [])
    if len(have) == 1:
        out.append(t("cov_one", lang, nama=scope_name(have[0], official_name(have[0]), lang)))
    sentence = registry_sentence(hasil, lang, left)
    if sentence:
        out.append(sentence)
    if not comparable(hasil):
        out.append(withheld(hasil, lang))
    return out


def summary_sentences(hasil: Hasil, lang: str, left: Collection[str] = ()) -> list[str]:
    """What the executive summary says about coverage: nothing when every dinas has data and comparisons are shown
    (1.4 says so; the summary's first line is the money, LOOK9 #4), else province_sentences."""
    data = hasil["data"]
    if "dinas_registri" in data and not data["dinas_tanpa_data"] and comparable(hasil):
        return []
    return province_sentences(hasil, lang, left)


def withheld(hasil: Hasil, lang: str) -> str:
    """Why comparisons and ranks among dinas are not shown."""
    data = hasil["data"]
    return t("cov_withheld", lang, min=data["minimum_dinas_perbandingan"],
             k=fmt.integer(len(data["dinas_dengan_data"]), lang))


def withheld_for_dinas(hasil: Hasil, lang: str, key: str = "cov_withheld_dinas") -> str:
    """Why a dinas report shows no rank among dinas (or no attention judgement: ``key``)."""
    data = hasil["data"]
    return t(key, lang, nama=hasil["cakupan"]["nama"], min=data["minimum_dinas_perbandingan"],
             k=fmt.integer(len(data["dinas_dengan_data"]), lang))


def budget_basis(hasil: Hasil, lang: str) -> str:
    """', atas 6 dinas; tanpa data anggaran: Kebudayaan' when some dinas of the province's comparison have no budget
    figure this year (no anggaran rows for the year: `perbandingan_dinas[].persen_realisasi` null; a ceiling of Rp 0,
    `dinas_pagu_nol`, said as such: CHECK14 E14-6): the province's realisation is over the others only, while its
    activities count every dinas (reader review 3, item 13); '' when every dinas has one, and in a dinas report. The
    summary, 2.3 and 5.2 append it to the realisation they give."""
    rows = hasil.get("perbandingan_dinas") or []
    without = [r["dinas"] for r in rows if r.get("persen_realisasi") is None]
    if not rows or not without:
        return ""
    this_year = next((r for r in (hasil.get("pelaksanaan") or {}).get("realisasi_anggaran") or []
                      if r["tahun"] == hasil.get("tahun")), None)
    zero = set(this_year.get("dinas_pagu_nol") or [] if this_year else []) & set(without)
    return t("prov_cost_basis", lang, n=fmt.integer(len(rows) - len(without), lang), daftar=budget_lists(
        ", ".join(sorted(short_name_in(slug, lang) for slug in without if slug not in zero)),
        ", ".join(sorted(short_name_in(slug, lang) for slug in zero)), lang))


def budget_lists(none: str, zero: str, lang: str) -> str:
    """'tanpa data anggaran: …; pagu tercatat Rp 0, dibaca sebagai pagu yang tidak tercatat: …', each part only when
    it names someone: who a province's budget sum leaves out, and why."""
    return "; ".join(t(key, lang, daftar=names) for key, names in (("budget_none_list", none),
                                                                   ("budget_zero_list", zero)) if names)


def budget_years(hasil: Hasil, lang: str) -> tuple[list[str] | None, str] | None:
    """A province's budget table when some dinas sent no budget rows (issue 22.6: one basis per table or a note where
    it differs; the activities' costs beside it count every dinas): the note saying over which dinas the years are
    summed, and when that differs between years, each year's cell 'k dari n' (the dinas that sent anggaran rows with
    a ceiling above Rp 0 that year, of the dinas compared) with the note naming, year by year, those without, and
    apart those whose ceiling was Rp 0, with their years (CHECK14 E14-6: counted as budget data in the cell). None
    when every year has every dinas (and in a dinas report, and for results written before `dinas_anggaran`)."""
    rows = hasil["pelaksanaan"]["realisasi_anggaran"]
    everyone = [r["dinas"] for r in hasil.get("perbandingan_dinas") or []] or hasil["data"].get("dinas_dengan_data", [])
    if hasil["cakupan"].get("jenis") != "provinsi" or not rows or any("dinas_anggaran" not in r for r in rows):
        return None
    zero_years: dict[str, list[str]] = {}
    for year in rows:
        for slug in year.get("dinas_pagu_nol") or []:
            if slug in everyone:
                zero_years.setdefault(slug, []).append(str(year["tahun"]))
    missing = {r["tahun"]: sorted(short_name_in(slug, lang) for slug in everyone
                                  if slug not in r["dinas_anggaran"] and slug not in (r.get("dinas_pagu_nol") or []))
               for r in rows}
    if not any(missing.values()) and not zero_years:
        return None
    total = fmt.integer(len(everyone), lang)
    spending = fmt.integer(active_dinas(hasil) or len(everyone), lang)
    zero = ", ".join(sorted(f"{short_name_in(slug, lang)} ({', '.join(years)})" for slug, years in zero_years.items()))
    if len({tuple(r["dinas_anggaran"]) for r in rows}) == 1:  # one basis for every year: said once
        return None, t("budget_basis_same", lang, k=fmt.integer(len(rows[0]["dinas_anggaran"]), lang), n=spending,
                       daftar=budget_lists(", ".join(next(iter(missing.values()))), zero, lang))
    cells = [t("budget_dinas_cell", lang, k=fmt.integer(len(r["dinas_anggaran"]), lang), n=total) for r in rows]
    listed = "; ".join(t("budget_dinas_year", lang, tahun=tahun, daftar=", ".join(names))
                       for tahun, names in missing.items() if names)
    return cells, t("budget_basis_years", lang, daftar=budget_lists(listed, zero, lang), n=spending)


def active_dinas(hasil: Hasil) -> int:
    """How many dinas of the province's comparison have activity cost in the evaluated year
    (`perbandingan_dinas[].anggaran_kegiatan_rp` above zero): those the activities' cost counts (REVIEW7 R7-8: set
    A's Nakertransgi, without activities, was said to be in it); 0 without the field."""
    return sum(1 for r in hasil.get("perbandingan_dinas") or [] if (r.get("anggaran_kegiatan_rp") or 0) > 0)
