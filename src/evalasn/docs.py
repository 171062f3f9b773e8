"""The documents written from code: the raw data contract and the meaning of hasil.json.

``OBJECTS`` documents every object of hasil.json by its path ("a.b[].c"; "[]" is an element
of a list), ``FIELD_NAMES`` every leaf key by its name; both map to (meaning in Bahasa
Indonesia, meaning in English, unit key of ``UNITS``). ``write_all`` (``make docs``) writes
docs/kontrak-data.md, docs/data-contract.md, docs/hasil-json.md and its JSON Schema (docs_schema);
tests/unit/test_docs.py
checks that every path and name in real hasil.json files is documented and that the committed
documents equal what this module generates.
"""

from __future__ import annotations

from pathlib import Path

from evalasn import constants
from evalasn.analysis import results
from evalasn.paths import CODE_ROOT

DOCS = CODE_ROOT / "docs"
CONF = f"{constants.CONFIDENCE:.0%}"
_CATEGORIES = ", ".join(f"{letter} ≥ {lower:.2f}" for lower, letter, _, _ in constants.IKM_CATEGORIES[:-1])

# unit key -> (label in Bahasa Indonesia, label in English)
UNITS: dict[str, tuple[str, str]] = {
    "-": ("—", "—"),
    "jumlah": ("cacah", "count"),
    "proporsi": ("proporsi 0–1", "share 0–1"),
    "persen": ("persen 0–100", "percent 0–100"),
    "poin_tes": ("poin skala tes 0–100", "points on the 0–100 test scale"),
    "skor_1_5": ("skor skala 1–5", "score on the 1–5 scale"),
    "skor_1_4": ("skor unsur SKM skala 1–4", "SKM element score on the 1–4 scale"),
    "ikm": ("poin IKM konversi 25–100", "converted IKM points 25–100"),
    "satuan_indikator": ("satuan indikator itu sendiri (seperti `kinerja_unit.nilai`)",
                         "the indicator's own unit (as in `kinerja_unit.nilai`)"),
    "rp": ("Rupiah", "Rupiah"),
    "rp_per_peserta": ("Rupiah per peserta", "Rupiah per participant"),
    "rp_per_poin": ("Rupiah per poin peningkatan nilai tes", "Rupiah per test point of gain"),
    "jp": ("JP (1 JP = 45 menit)", "JP (1 JP = 45 minutes)"),
    "poin_per_dobel": ("poin tes per penggandaan biaya per peserta",
                       "test points per doubling of cost per participant"),
    "poin_per_ln": ("poin tes per 1 satuan ln(biaya per peserta)", "test points per unit of ln(cost per participant)"),
    "poin_per_ln2": ("poin tes per satuan ln(biaya per peserta)²", "test points per unit of ln(cost per participant)²"),
    "perilaku_per_10": ("poin skor perilaku (1–5) per 10 poin peningkatan nilai tes",
                        "behaviour-score points (1–5) per 10 test points of gain"),
    "poin_per_resistensi": ("poin tes per 1 poin skor resistensi (1–5)",
                            "test points per point of resistance score (1–5)"),
    "lihat_objek": ("satuan objeknya (lihat tabel objek)", "the unit of its object (see the objects table)"),
    "probabilitas": ("probabilitas 0–1", "probability 0–1"),
    "sd_selisih": ("kelipatan simpangan baku selisih", "multiples of the SD of the differences"),
    "korelasi": ("koefisien −1 s.d. 1", "coefficient −1 to 1"),
    "koefisien": ("poin post-test per poin pre-test", "post-test points per pre-test point"),
    "sd_rata": ("kelipatan rata-rata simpangan baku pre dan post", "multiples of the mean of the pre and post SDs"),
    "varians_poin": ("poin tes²", "test points squared"),
    "boolean": ("true/false", "true/false"),
    "boolean_null": ("true/false/null", "true/false/null"),
    "teks": ("teks", "text"),
    "daftar_teks": ("daftar teks", "list of text"),
    "kode_periode": ("kode periode (YYYY, YYYY-S1, YYYY-Q1, YYYY-MM)", "period code (YYYY, YYYY-S1, YYYY-Q1, YYYY-MM)"),
    "tahun": ("tahun (YYYY)", "year (YYYY)"),
    "daftar_tahun": ("daftar tahun", "list of years"),
    "daftar_tanggal": ("dua tanggal YYYY-MM-DD", "two dates YYYY-MM-DD"),
    "peringkat": ("peringkat (1 = tertinggi)", "rank (1 = highest)"),
    "byte": ("byte", "bytes"),
    "hex": ("heksadesimal", "hexadecimal"),
    "bilangan_bulat": ("bilangan bulat", "integer"),
}

# Objects whose keys are data, not names: their keys are described with the object.
FREE_KEYS = ("level1_reaksi.sebaran", "provenans.data.baris", "provenans.paket")

# object path -> (meaning id, meaning en, unit of the estimate or of the values)
OBJECTS: dict[str, tuple[str, str, str]] = {
    "cakupan": ("Cakupan berkas: satu dinas atau seluruh provinsi.",
                "Scope of the file: one dinas or the whole province.", "-"),
    "data": ("Banyaknya data cakupan ini dan tabel opsional mana yang ada.",
             "How much data the scope has and which optional tables are present.", "-"),
    "pelaksanaan": ("Pelaksanaan program pada tahun evaluasi: cakupan ASN, aturan 20 JP, kegiatan per metode, tema, "
                    "realisasi anggaran.",
                    "Implementation in the evaluated year: ASN coverage, the 20 JP rule, activities by method, themes, "
                    "budget realisation.", "-"),
    "pelaksanaan.cakupan_asn": (
        "Estimasi: proporsi ASN cakupan ini yang mengikuti minimal satu kegiatan yang selesai pada tahun evaluasi "
        "(JP > 0); selang Wilson; `n` = jumlah ASN, `jumlah` = yang ikut.",
        "Estimate: share of the scope's ASN who took part in at least one activity ending in the evaluated year "
        "(JP > 0); Wilson interval; `n` = number of ASN, `jumlah` = those who took part.", "proporsi"),
    "pelaksanaan.jp_20": (
        f"Kewajiban minimal {constants.JP_MINIMUM_PER_YEAR} JP setahun per PNS (PP 11/2017 Pasal 203(4)) pada "
        "tahun evaluasi: keseluruhan, per golongan, per jenis jabatan, unit terendah, rata-rata JP. Dihitung atas "
        "PNS dan ASN yang statusnya tidak tercatat (`n_status_tidak_diketahui`); PPPK terpisah di `pppk`.",
        f"The duty of at least {constants.JP_MINIMUM_PER_YEAR} JP a year per PNS (PP 11/2017 Art. 203(4)) in the "
        "evaluated year: overall, by golongan, by position type, lowest units, mean JP. Counted over PNS and ASN "
        "whose status is not recorded (`n_status_tidak_diketahui`); PPPK apart in `pppk`.", "-"),
    "pelaksanaan.jp_20.rata_jp_asn": (
        "Estimasi: rata-rata JP per ASN pada tahun evaluasi (0 bagi yang tidak ikut); selang t.",
        "Estimate: mean JP per ASN in the evaluated year (0 for those who took no part); t interval.", "jp"),
    "pelaksanaan.jp_20.keseluruhan": (
        f"Estimasi: proporsi PNS (dan ASN tanpa status) dengan ≥ {constants.JP_MINIMUM_PER_YEAR} JP pada tahun "
        "evaluasi; selang Wilson; `jumlah` = yang memenuhi.",
        f"Estimate: share of PNS (and ASN without a status) with ≥ {constants.JP_MINIMUM_PER_YEAR} JP in the "
        "evaluated year; Wilson interval; `jumlah` = those who meet it.", "proporsi"),
    "pelaksanaan.jp_20.per_golongan[]": (
        f"Estimasi per kelompok golongan (I–IV, tanpa ruang): proporsi ASN dengan ≥ {constants.JP_MINIMUM_PER_YEAR} "
        "JP; ASN tanpa golongan tidak dihitung.",
        f"Estimate per golongan group (I–IV, without the ruang): share of ASN with ≥ "
        f"{constants.JP_MINIMUM_PER_YEAR} JP; ASN without a golongan are left out.", "proporsi"),
    "pelaksanaan.jp_20.per_jenis_jabatan[]": (
        f"Estimasi per jenis jabatan: proporsi ASN dengan ≥ {constants.JP_MINIMUM_PER_YEAR} JP.",
        f"Estimate per position type: share of ASN with ≥ {constants.JP_MINIMUM_PER_YEAR} JP.", "proporsi"),
    "pelaksanaan.jp_20.unit_terendah[]": (
        f"Sampai 10 unit kerja (dengan ≥ {constants.MIN_N} ASN) dengan persen memenuhi "
        f"{constants.JP_MINIMUM_PER_YEAR} JP terendah, terendah dahulu; `n` = jumlah ASN unit.",
        f"Up to 10 work units (with ≥ {constants.MIN_N} ASN) with the lowest percent meeting "
        f"{constants.JP_MINIMUM_PER_YEAR} JP, lowest first; `n` = the unit's ASN.", "-"),
    # --- estimates (issue 10.6) ---
    "pelaksanaan.jp_20.pppk": (
        f"PPPK pada tahun evaluasi, terpisah dari kewajiban 20 JP: PP 49/2018 Pasal 39 membatasi pengembangan "
        f"kompetensi PPPK paling lama {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP per tahun masa perjanjian kerja "
        "(di sini: tahun kalender evaluasi).",
        f"PPPK in the evaluated year, apart from the 20 JP duty: PP 49/2018 Art. 39 caps PPPK competency "
        f"development at {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP per contract year (here: the evaluated calendar "
        "year).", "-"),
    "pelaksanaan.jp_20.pppk.rata_jp_asn": ("Estimasi: rata-rata JP per PPPK (0 bagi yang tidak ikut); selang t.",
                                           "Estimate: mean JP per PPPK (0 for those who took no part); t interval.",
                                           "jp"),
    "pelaksanaan.jp_20.pppk.ikut": ("Estimasi: proporsi PPPK yang ikut minimal satu kegiatan; selang Wilson.",
                                    "Estimate: share of PPPK who took part in at least one activity; Wilson "
                                    "interval.", "proporsi"),
    "pelaksanaan.jp_20.pppk.di_atas_batas": (
        f"Estimasi: proporsi PPPK dengan lebih dari {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP; selang Wilson.",
        f"Estimate: share of PPPK with more than {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP; Wilson interval.",
        "proporsi"),
    "pelaksanaan.kegiatan_per_metode[]": (
        "Kegiatan yang diselenggarakan dinas cakupan ini dan selesai pada tahun evaluasi, per metode: jumlah "
        "kegiatan, peserta, total JP (jumlah JP kegiatan) dan biaya.",
        "Activities organised by the scope's dinas and ending in the evaluated year, by method: number of "
        "activities, participants, total JP (sum of the activities' JP) and cost.", "-"),
    "pelaksanaan.tema[]": (
        "Sampai 8 tema (huruf kecil; kosong = \"(tanpa tema)\") kegiatan tahun evaluasi dengan peserta terbanyak.",
        "Up to 8 themes (lower case; blank = \"(tanpa tema)\") of the evaluated year's activities with the most "
        "participants.", "-"),
    "pelaksanaan.realisasi_anggaran[]": (
        "Pagu dan realisasi anggaran pengembangan ASN per tahun anggaran (semua tahun dalam data, dijumlah atas "
        "dinas cakupan ini).",
        "Budget ceiling and spending on ASN development per budget year (every year in the data, summed over the "
        "scope's dinas).", "-"),
    "level1_reaksi": ("Kirkpatrick level 1 (reaksi) pada partisipasi tahun evaluasi.",
                      "Kirkpatrick level 1 (reaction) over the evaluated year's participations.", "-"),
    "level1_reaksi.keseluruhan": (
        "Estimasi: rata-rata skor reaksi peserta; selang t; `sd` = simpangan baku.",
        "Estimate: mean reaction score of participants; t interval; `sd` = standard deviation.", "skor_1_5"),
    "level1_reaksi.sebaran": (
        "Jumlah skor reaksi per pita; kunci \"1\"–\"5\": \"1\" = 1–1.5, \"2\" = >1.5–2.5, \"3\" = >2.5–3.5, "
        "\"4\" = >3.5–4.5, \"5\" = >4.5–5.",
        "Number of reaction scores per band; keys \"1\"–\"5\": \"1\" = 1–1.5, \"2\" = >1.5–2.5, \"3\" = >2.5–3.5, "
        "\"4\" = >3.5–4.5, \"5\" = >4.5–5.", "jumlah"),
    "level1_reaksi.per_metode[]": ("Estimasi per metode: rata-rata skor reaksi; selang t.",
                                   "Estimate per method: mean reaction score; t interval.", "skor_1_5"),
    "level2_pembelajaran": (
        "Kirkpatrick level 2 (pembelajaran): perubahan berpasangan nilai post − pre pada partisipasi tahun "
        "evaluasi. Tanpa kelompok pembanding: mengukur perubahan, bukan efek.",
        "Kirkpatrick level 2 (learning): paired change post − pre of the evaluated year's participations. No "
        "comparison group: it measures change, not effect.", "-"),
    "level2_pembelajaran.keseluruhan": (
        "Estimasi: rata-rata peningkatan nilai (post − pre) peserta yang punya kedua nilai; selang dan `p` "
        "dengan galat baku berkelompok per kegiatan (t dengan G − 1 derajat bebas, G = `n_kegiatan`; kurang dari "
        f"{constants.MIN_CLUSTERS} kegiatan = tidak cukup data); plus `g_av`, `d_av`, `d_z`, `persen_naik`, "
        "`p_wilcoxon`, `rata_pre`, `rata_post`.",
        "Estimate: mean score gain (post − pre) of participants with both scores; interval and `p` with standard "
        "errors clustered by activity (t with G − 1 degrees of freedom, G = `n_kegiatan`; fewer than "
        f"{constants.MIN_CLUSTERS} activities = too few data); plus `g_av`, `d_av`, `d_z`, `persen_naik`, "
        "`p_wilcoxon`, `rata_pre`, `rata_post`.", "poin_tes"),
    "level2_pembelajaran.per_metode[]": ("Estimasi per metode: rata-rata peningkatan nilai, seperti `keseluruhan`.",
                                         "Estimate per method: mean score gain, as `keseluruhan`.", "poin_tes"),
    "level2_pembelajaran.per_dinas[]": (
        "Hanya berkas provinsi. Estimasi per dinas peserta: rata-rata peningkatan nilai, seperti `keseluruhan`.",
        "Province file only. Estimate per participant's dinas: mean score gain, as `keseluruhan`.", "poin_tes"),
    # --- estimates (issue 10.6) ---
    "level2_pembelajaran.ancova": (
        "ANCOVA: OLS post ~ (pre − rata-rata pre) + satu rata-rata per metode, galat baku berkelompok per "
        "kegiatan (t, G − 1 df); di samping peningkatan mentah, karena peningkatan mentah bercampur regresi ke "
        "rata-rata dan batas atas tes.",
        "ANCOVA: OLS post ~ (pre − mean pre) + one mean per method, standard errors clustered by activity (t, "
        "G − 1 df); beside the raw gain, because a raw gain mixes in regression to the mean and the test's ceiling.",
        "-"),
    "level2_pembelajaran.ancova.kemiringan_pre": (
        "Estimasi: koefisien nilai pre; 1 = tanpa regresi ke rata-rata, < 1 = peserta dengan nilai awal rendah "
        "naik lebih banyak daripada yang tinggi.",
        "Estimate: the coefficient of the pre score; 1 = no regression to the mean, < 1 = low starters gain more "
        "than high starters.", "koefisien"),
    "level2_pembelajaran.ancova.per_metode[]": ("Satu baris per metode yang ada dalam data.",
                                                "One row per method present in the data.", "-"),
    "level2_pembelajaran.ancova.per_metode[].disesuaikan": (
        "Estimasi: peningkatan nilai metode itu bila semua peserta mulai dari nilai pre yang sama (`rata_pre`): "
        "koefisien metode − `rata_pre`; tanpa `p`. Bandingkan dengan peningkatan mentah di `per_metode[]`.",
        "Estimate: the method's gain if every participant started from the same pre score (`rata_pre`): the "
        "method's coefficient − `rata_pre`; no `p`. Compare with the raw gain in `per_metode[]`.", "poin_tes"),
    "level2_pembelajaran.ancova.plafon": (
        f"Estimasi: proporsi nilai post pada batas atas skala ({constants.NILAI_RANGE[1]}); selang Wilson. "
        "Banyak nilai di plafon menyembunyikan peningkatan.",
        f"Estimate: share of post scores at the top of the scale ({constants.NILAI_RANGE[1]}); Wilson interval. "
        "Many scores at the ceiling hide gains.", "proporsi"),
    "level3_perilaku": ("Kirkpatrick level 3 (perilaku): penilaian atasan beberapa bulan setelah kegiatan.",
                        "Kirkpatrick level 3 (behaviour): the supervisor's rating months after the activity.", "-"),
    "level3_perilaku.keseluruhan": ("Estimasi: rata-rata skor perilaku; selang t.",
                                    "Estimate: mean behaviour score; t interval.", "skor_1_5"),
    "level3_perilaku.per_10_poin_gain": (
        "Estimasi: kemiringan OLS skor perilaku terhadap peningkatan nilai level 2, dikali 10 (galat baku robust "
        "HC3); `korelasi` = korelasi Pearson keduanya. Asosiasi, bukan efek.",
        "Estimate: OLS slope of the behaviour score on the level-2 score gain, times 10 (HC3 robust standard "
        "errors); `korelasi` = their Pearson correlation. An association, not an effect.", "perilaku_per_10"),
    "level3_perilaku.per_metode[]": ("Estimasi per metode: rata-rata skor perilaku; selang t.",
                                     "Estimate per method: mean behaviour score; t interval.", "skor_1_5"),
    "level4_hasil": (
        "Kirkpatrick level 4 (hasil): IKM (PermenPAN-RB 14/2017) dan indikator kinerja unit, termasuk "
        "difference-in-differences unit yang dilatih terhadap yang tidak.",
        "Kirkpatrick level 4 (results): IKM (PermenPAN-RB 14/2017) and unit performance indicators, including "
        "difference-in-differences of trained against untrained units.", "-"),
    "level4_hasil.ikm_per_periode[]": (
        "Estimasi per periode survei: IKM konversi cakupan ini (rata-rata unsur × 1/9, × 25) atas semua "
        "responden periode itu; selang dikelompokkan (cluster) per unit dan dipusatkan pada IKM; `kategori`, "
        "`label`, `unsur`.",
        "Estimate per survey period: the scope's converted IKM (element means × 1/9, × 25) over all respondents "
        "of the period; interval clustered by unit and centred on the IKM; `kategori`, `label`, `unsur`.", "ikm"),
    "level4_hasil.ikm_per_periode[].unsur": (
        "Rata-rata tiap unsur u1–u9 pada periode itu (jawaban kosong tidak dihitung); objek kosong bila data "
        "tidak cukup.",
        "Mean of each element u1–u9 in the period (blank answers left out); empty object when there are too few "
        "data.", "skor_1_4"),
    "level4_hasil.ikm_unit[]": (
        "Estimasi per unit layanan dan periode survei: IKM konversi unit (selang t atas skor responden, tanpa "
        "`p`), unsur terlemah, rata-rata u7 dan u8; periode terbaru dahulu, lalu IKM terendah dahulu, unit dengan "
        "data tidak cukup di akhir periodenya.",
        "Estimate per service unit and survey period: the unit's converted IKM (t interval over respondents' "
        "scores, no `p`), weakest element, u7 and u8 means; latest period first, then lowest IKM first, units "
        "with too few data last within their period.", "ikm"),
    # --- estimates (issue 10.6) ---
    "level4_hasil.ikm_sampel": (
        "Sampel minimum SKM per unit untuk periode terbaru: PermenPAN-RB 14/2017 memakai tabel Krejcie & Morgan "
        "menurut jumlah pengguna layanan; ekspor tidak memuat jumlah itu, jadi diasumsikan "
        f"{constants.SKM_SERVICE_USERS_ASSUMED} pengguna per unit per periode (`constants.SKM_SERVICE_USERS_ASSUMED`). "
        "Unit di bawahnya: kategorinya indikatif.",
        "Minimum SKM sample per unit for the latest period: PermenPAN-RB 14/2017 uses Krejcie & Morgan's table by "
        "the number of service users; the exports do not carry that number, so "
        f"{constants.SKM_SERVICE_USERS_ASSUMED} users per unit per period are assumed "
        "(`constants.SKM_SERVICE_USERS_ASSUMED`). Units below it: their category is indicative.", "-"),
    "level4_hasil.did_ikm": (
        "Dampak intervensi pada IKM konversi: unit yang dilatih (intervensi) terhadap yang belum/tidak, semua periode "
        "sampai periode sesudah (studi peristiwa, uji tren awal, dosis, putusan); bila tidak tersedia hanya "
        "`tersedia` dan `alasan`.",
        "Impact of the intervention on the converted IKM: trained (intervention) against not-yet/never-trained "
        "units, every period up to the after period (event study, pre-trend check, dose, verdict); when not "
        "available only `tersedia` and `alasan`.", "-"),
    "level4_hasil.did_ikm.efek": (
        "Estimasi: rata-rata efek kelompok-waktu pasca-pelatihan (Callaway & Sant'Anna, pembanding belum/tidak "
        "dilatih) atas rata-rata unit skor IKM konversi; dengan dua periode sama dengan 2x2. Galat baku klaster "
        "per unit (CR2), t dengan df Satterthwaite ≤ G − 2, dan di bawah FEW_CLUSTERS unit juga bootstrap liar "
        "(Webb), selang yang lebih lebar dipakai; `n` = pengamatan unit × periode. Disebut efek hanya menurut "
        "`putusan`.",
        "Estimate: the average post-training group-time effect (Callaway & Sant'Anna, not-yet/never-trained "
        "comparisons) on unit means of converted IKM scores; with two periods the 2x2. Cluster (unit) CR2 standard "
        "errors, t with Satterthwaite df ≤ G − 2, and below FEW_CLUSTERS units also a wild bootstrap (Webb), the "
        "wider interval kept; `n` = unit × period observations. Called an effect only as `putusan` allows.",
        "ikm"),
    "level4_hasil.did_ikm.efek.rata_rata": (
        "Rata-rata skor IKM konversi di keempat sel (dilatih/tidak × sebelum/sesudah).",
        "Mean converted IKM score in the four cells (trained/untrained × before/after).", "ikm"),
    "level4_hasil.did_kinerja[]": (
        "Difference-in-differences per indikator kinerja unit (desain seperti `did_ikm`), dengan `arah` dan "
        "`membaik`.",
        "Difference-in-differences per unit performance indicator (design as `did_ikm`), with `arah` and "
        "`membaik`.", "-"),
    "level4_hasil.did_kinerja[].efek": (
        "Estimasi seperti `did_ikm.efek` atas nilai indikator unit per periode; `n` = baris unit × periode.",
        "Estimate as `did_ikm.efek` on the units' indicator values per period; `n` = unit × period rows.",
        "satuan_indikator"),
    "level4_hasil.did_kinerja[].efek.rata_rata": (
        "Rata-rata nilai indikator di keempat sel (dilatih/tidak × sebelum/sesudah).",
        "Mean indicator value in the four cells (trained/untrained × before/after).", "satuan_indikator"),
    # --- impact (issue 10) ---
    **{f"level4_hasil.{base}.{name}": entry for base in ("did_ikm", "did_kinerja[]") for name, entry in {
        "intervensi": (
            "Kegiatan yang diukur dampaknya (parameter INTERVENSI): `teks`, `dipilih`, `n_kegiatan`, `tema_cocok`. "
            "Bila tidak dipilih, semua kegiatan dihitung sebagai pelatihan dan pembandingnya lebih lemah.",
            "The activities whose impact is measured (parameter INTERVENSI): `teks`, `dipilih`, `n_kegiatan`, "
            "`tema_cocok`. When none is chosen every activity counts as training and the comparison is weaker.", "-"),
        "kohort[]": (
            "Kelompok unit menurut periode pertama sesudah mencapai ambang (`periode`), dengan periode acuannya "
            "dan jumlah unitnya.",
            "Groups of units by the first period after they reached the threshold (`periode`), with their "
            "reference period and number of units.", "-"),
        "pelatihan_lain": (
            "Pelatihan lain (bukan intervensi) di jendela yang sama, per kelompok: rata-rata antarunit JP per "
            "pegawai dan persen pegawai yang ikut.",
            "Other (non-intervention) training in the same window, per arm: mean over units of JP per staff and "
            "percent of staff who took part.", "-"),
        "pelatihan_lain.dilatih": ("Unit yang dilatih (intervensi).", "Trained units (intervention).", "-"),
        "pelatihan_lain.pembanding": ("Unit yang tidak mencapai ambang intervensi di jendela.",
                                      "Units that did not reach the intervention threshold in the window.", "-"),
        "studi_peristiwa[]": (
            "Studi peristiwa: satu estimasi per waktu relatif `e` (0 = periode pertama sesudah ambang), rata-rata "
            "efek kelompok-waktu (Callaway & Sant'Anna) dengan bobot jumlah unit dilatih; `fase` pre (uji tren "
            "awal), transisi (periode saat ambang tercapai) atau pasca; selang 95% t (df Satterthwaite ≤ G − 2).",
            "Event study: one estimate per relative time `e` (0 = the first period after the threshold), the "
            "average of group-time effects (Callaway & Sant'Anna) weighted by trained units; `fase` pre (pre-trend "
            "check), transisi (the period in which the threshold was reached) or pasca; 95% t interval "
            "(Satterthwaite df ≤ G − 2).", "lihat_objek"),
        "uji_tren_awal": (
            f"Uji bersama bahwa estimasi pre (paling banyak {constants.PRETREND_MAX_LEADS} terdekat) nol: statistik "
            f"F(k, df2) dengan kovarians klaster; ditolak bila p < {constants.PRETREND_ALPHA}.",
            f"Joint test that the pre estimates (at most the {constants.PRETREND_MAX_LEADS} nearest) are zero: "
            f"F(k, df2) with the cluster covariance; rejected when p < {constants.PRETREND_ALPHA}.", "-"),
        "dosis": (
            "Efek per 10 poin persen staf yang dilatih di jendela: kemiringan perubahan sebelum–sesudah unit atas "
            "persen staf dilatih, semua unit (perlakuan kontinu).",
            "Effect per 10 percentage points of staff trained in the window: slope of the units' before–after "
            "change on the percent of staff trained, all units (continuous treatment).", "lihat_objek"),
        "putusan": (
            "Aturan kata: `boleh_kausal` true hanya bila ada pembanding, unit per kelompok cukup, uji tren awal ada "
            "dan tidak menolak, dan selang tidak memuat nol pada arah yang diharapkan; selain itu `kode_alasan` "
            "berisi kodenya.",
            "Wording rule: `boleh_kausal` is true only when a comparison group exists, units per arm meet the "
            "minimum, the pre-trend check exists and does not reject, and the interval excludes zero in the "
            "expected direction; otherwise `kode_alasan` holds the codes.", "-"),
    }.items()},
    "anggaran_vs_peningkatan": (
        "Anggaran terhadap peningkatan nilai: model biaya per peserta, model provinsi, biaya per poin per metode.",
        "Budget against score gain: the cost-per-participant model, the province model, cost per point by method.",
        "-"),
    "anggaran_vs_peningkatan.model": (
        "Model OLS peningkatan nilai peserta ~ ln(biaya per peserta kegiatan, juta Rp) + kontrol (jp, nilai pre, "
        "ln ukuran kelas, metode, efek tetap tahun dan dinas bila lebih dari satu), galat baku cluster per kegiatan, "
        "atas partisipasi ASN cakupan ini "
        "sampai dengan tahun evaluasi; kegiatan tanpa biaya dikeluarkan dan dihitung. Di berkas provinsi sama "
        "dengan `model_provinsi`.",
        "OLS model of a participant's score gain ~ ln(the activity's cost per participant, million Rp) + controls "
        "(jp, pre score, ln class size, method, year and dinas fixed effects when several), standard errors "
        "clustered by activity, over the "
        "participations of the scope's ASN up to the evaluated year; activities without cost are left out and "
        "counted. In the province file equal to `model_provinsi`.", "-"),
    "anggaran_vs_peningkatan.model.gain_per_dobel": (
        "Estimasi: koefisien ln(biaya per peserta) × ln 2 = tambahan peningkatan nilai bila biaya per peserta "
        "digandakan, dengan kontrol tetap.",
        "Estimate: the coefficient of ln(cost per participant) × ln 2 = the extra score gain when the cost per "
        "participant doubles, controls held fixed.", "poin_per_dobel"),
    "anggaran_vs_peningkatan.model.gain_per_log_biaya": (
        "Estimasi: koefisien ln(biaya per peserta) itu sendiri (per kenaikan 1 satuan log natural).",
        "Estimate: the coefficient of ln(cost per participant) itself (per unit increase of the natural log).",
        "poin_per_ln"),
    "anggaran_vs_peningkatan.model.kuadratik": (
        "Estimasi: koefisien suku ln(biaya per peserta)² pada model yang memuat suku linear dan kuadrat (kontrol "
        "dan cluster sama); negatif dengan selang di bawah nol = hasil yang menurun (`turun_hasil`).",
        "Estimate: the coefficient of the squared ln(cost per participant) term in the model with both the linear "
        "and the squared term (same controls and clustering); negative with its interval below zero = "
        "diminishing returns (`turun_hasil`).", "poin_per_ln2"),
    "anggaran_vs_peningkatan.model_provinsi": (
        "Model yang sama atas seluruh provinsi (semua dinas, efek tetap dinas), sebagai pembanding; sama di semua "
        "berkas.",
        "The same model over the whole province (every dinas, dinas fixed effects), for comparison; the same in "
        "every file.", "-"),
    "anggaran_vs_peningkatan.model_provinsi.gain_per_dobel": (
        "Estimasi provinsi: koefisien ln(biaya per peserta) × ln 2.",
        "Province estimate: the coefficient of ln(cost per participant) × ln 2.", "poin_per_dobel"),
    "anggaran_vs_peningkatan.model_provinsi.gain_per_log_biaya": (
        "Estimasi provinsi: koefisien ln(biaya per peserta).",
        "Province estimate: the coefficient of ln(cost per participant).", "poin_per_ln"),
    "anggaran_vs_peningkatan.model_provinsi.kuadratik": (
        "Estimasi provinsi: koefisien suku ln(biaya per peserta)².",
        "Province estimate: the coefficient of the squared ln(cost per participant) term.", "poin_per_ln2"),
    "anggaran_vs_peningkatan.biaya_per_poin[]": (
        "Estimasi per metode: Rupiah per poin peningkatan nilai = total biaya (biaya per peserta × peserta "
        "bernilai) / total poin peningkatan peserta itu, partisipasi tahun evaluasi; selang bootstrap persentil "
        f"({constants.BOOTSTRAP_REPS} ulangan atas kegiatan, seed {constants.RANDOM_SEED}), tanpa `p`.",
        "Estimate per method: Rupiah per point of score gain = total cost (cost per participant × participants "
        "with scores) / those participants' total gain points, participations of the evaluated year; percentile "
        f"bootstrap interval ({constants.BOOTSTRAP_REPS} resamples of activities, seed {constants.RANDOM_SEED}), "
        "no `p`.", "rp_per_poin"),
    "anggaran_vs_peningkatan.biaya_per_poin_semua": (
        "Efisiensi anggaran cakupan ini: Rupiah per poin peningkatan nilai atas semua metode (cara hitung dan "
        "selang seperti `biaya_per_poin[]`).",
        "Budget efficiency of this scope: Rupiah per point of score gain over all methods (computed, with its "
        "interval, as `biaya_per_poin[]`).", "rp_per_poin"),
    "perbandingan_dinas[].biaya_per_poin": (
        "Estimasi `anggaran_vs_peningkatan.biaya_per_poin_semua` dinas itu.",
        "The dinas's `anggaran_vs_peningkatan.biaya_per_poin_semua` estimate.", "rp_per_poin"),
    "tantangan": ("Tantangan pelaksanaan.", "Challenges of implementation.", "-"),
    "tantangan.resistensi": (
        "Resistensi terhadap perubahan (skor sebelum kegiatan) dan hubungannya dengan peningkatan nilai.",
        "Resistance to change (score before the activity) and its relation to the score gain.", "-"),
    "tantangan.resistensi.gain_per_poin_resistensi": (
        "Estimasi: koefisien OLS peningkatan nilai ~ skor resistensi (+ metode), galat baku robust HC3. "
        "Asosiasi, bukan efek.",
        "Estimate: OLS coefficient of score gain ~ resistance score (+ method), HC3 robust standard errors. An "
        "association, not an effect.", "poin_per_resistensi"),
    "tantangan.resistensi.resistensi_tinggi": (
        "Estimasi: proporsi peserta dengan skor resistensi ≥ 3.5 (baris regresi); selang Wilson.",
        "Estimate: share of participants with resistance score ≥ 3.5 (the regression's rows); Wilson interval.",
        "proporsi"),
    "tantangan.resistensi.rata_resistensi": (
        "Estimasi: rata-rata skor resistensi (baris yang sama dengan regresi bila data cukup); selang t.",
        "Estimate: mean resistance score (the regression's rows when there are enough data); t interval.",
        "skor_1_5"),
    "komunikasi": ("Unsur SKM pada periode terbaru, dengan penanda unsur komunikasi ASN–masyarakat (u7, u8).",
                   "SKM elements in the latest period, flagging the ASN–public communication elements (u7, u8).", "-"),
    "komunikasi.unsur[]": (
        "Estimasi per unsur: rata-rata nilai unsur pada periode terbaru; selang cluster per unit, tanpa `p`; "
        "terlemah dahulu.",
        "Estimate per element: mean element score in the latest period; interval clustered by unit, no `p`; "
        "weakest first.", "skor_1_4"),
    "pooling": (
        "Partial pooling peningkatan nilai tahun evaluasi antardinas: model campuran `gain ~ metode` (efek tetap "
        "metode, lihat `penyesuaian`) dengan intersep acak per dinas; varians dengan REML (kriteria MixedLM "
        "statsmodels), lalu persamaan model campuran Henderson; satu kali untuk seluruh provinsi. `metode`: "
        "\"mixedlm\", \"mixedlm_batas\" (τ² = 0: semua dinas = rata-rata provinsi) atau \"tanpa_pooling\".",
        "Partial pooling of the evaluated year's score gain across dinas: mixed model `gain ~ metode` (method "
        "fixed effects, see `penyesuaian`) with a random intercept per dinas; variances by REML (statsmodels "
        "MixedLM's criterion), then Henderson's mixed-model equations; fitted once for the province. `metode`: "
        "\"mixedlm\", \"mixedlm_batas\" (τ² = 0: every dinas = the province mean) or \"tanpa_pooling\".", "-"),
    # --- estimates (issue 10.6) ---
    "pooling.rata_provinsi": (
        "Estimasi: rata-rata provinsi pada campuran metode provinsi (c'β); selang dari varians β (tanpa `p` "
        "bermakna: uji terhadap nol).",
        "Estimate: the province mean at the province's mix of methods (c'β); interval from the variance of β "
        "(`p` tests against zero).", "poin_tes"),
    "pooling.per_dinas[].selisih_rata": (
        "Estimasi: BLUP efek dinas (selisih dengan rata-rata provinsi pada campuran metode yang sama); selang "
        "dari varians galat prediksinya; selang di bawah nol = di bawah rata-rata.",
        "Estimate: the dinas's BLUP (difference from the province mean at the same mix of methods); interval "
        "from its prediction-error variance; an interval below zero = below the mean.", "poin_tes"),
    "pooling.dinas_ini.selisih_rata": ("Seperti `pooling.per_dinas[].selisih_rata`.",
                                       "As `pooling.per_dinas[].selisih_rata`.", "poin_tes"),
    "pooling.dinas_ini": ("Hanya berkas dinas: baris pooling dinas ini (null bila dinas tanpa nilai tes).",
                          "Dinas files only: this dinas's pooling row (null when it has no test scores).", "-"),
    "pooling.dinas_ini.mentah": ("Estimasi: rata-rata peningkatan nilai dinas ini tanpa pooling; selang t.",
                                 "Estimate: the dinas's mean score gain without pooling; t interval.", "poin_tes"),
    "pooling.dinas_ini.pooled": (
        "Estimasi: rata-rata provinsi pada campuran metode provinsi + BLUP dinas (disesuaikan dengan campuran "
        "metode); selang ± z·√(varians galat prediksi dari persamaan Henderson: varians bersyarat BLUP + varians "
        "rata-rata provinsi + kovariansnya); `bobot_data_sendiri`. Tanpa pooling: sama dengan `mentah`.",
        "Estimate: the province mean at the province's mix of methods + the dinas's BLUP (adjusted for the mix "
        "of methods); interval ± z·√(prediction-error variance from Henderson's equations: the BLUP's "
        "conditional variance + the province mean's variance + their covariance); `bobot_data_sendiri`. Without "
        "pooling: equal to `mentah`.", "poin_tes"),
    "pooling.per_dinas[]": ("Hanya berkas provinsi: satu baris per dinas, urut `peringkat`.",
                            "Province file only: one row per dinas, in `peringkat` order.", "-"),
    "pooling.per_dinas[].mentah": ("Estimasi: rata-rata peningkatan nilai dinas tanpa pooling; selang t.",
                                   "Estimate: the dinas's mean score gain without pooling; t interval.", "poin_tes"),
    "pooling.per_dinas[].pooled": ("Estimasi pooled dinas, seperti `pooling.dinas_ini.pooled`.",
                                   "The dinas's pooled estimate, as `pooling.dinas_ini.pooled`.", "poin_tes"),
    "parameter": ("Parameter model run ini (selain data).", "The run's model parameters (besides the data).", "-"),
    "perbandingan_dinas[]": ("Hanya berkas provinsi: angka kunci setiap dinas untuk tabel perbandingan dan indeks.",
                             "Province file only: every dinas's key figures for the comparison table and the index.",
                             "-"),
    "perbandingan_dinas[].cakupan_asn": ("Estimasi `pelaksanaan.cakupan_asn` dinas itu.",
                                         "The dinas's `pelaksanaan.cakupan_asn` estimate.", "proporsi"),
    "perbandingan_dinas[].jp_20": ("Estimasi `pelaksanaan.jp_20.keseluruhan` dinas itu.",
                                   "The dinas's `pelaksanaan.jp_20.keseluruhan` estimate.", "proporsi"),
    "perbandingan_dinas[].gain": ("Estimasi `level2_pembelajaran.keseluruhan` dinas itu.",
                                  "The dinas's `level2_pembelajaran.keseluruhan` estimate.", "poin_tes"),
    "perbandingan_dinas[].gain_pooled": ("Estimasi pooled (BLUP) dinas itu dari `pooling.per_dinas[]`; null bila tidak "
                                         "ada.",
                                         "The dinas's pooled (BLUP) estimate from `pooling.per_dinas[]`; null when "
                                         "absent.", "poin_tes"),
    "perbandingan_dinas[].ikm": ("IKM konversi periode survei terakhir dinas itu (dari `ikm_per_periode[]`); null "
                                 "tanpa SKM.",
                                 "The dinas's converted IKM of its last survey period (from `ikm_per_periode[]`); "
                                 "null without SKM.", "ikm"),
    # --- trend and comparison with the province (analysis.trend) ---
    "tren[]": ("Angka kunci setiap tahun data sampai tahun evaluasi, dengan penduga yang sama (IKM: semua periode "
               "survei tahun itu).",
               "Key figures for every data year up to the evaluated year, with the same estimators (IKM: all survey "
               "periods of that year).", "-"),
    "tren[].cakupan_asn": ("Cakupan ASN tahun itu (seperti `pelaksanaan.cakupan_asn`).",
                           "Staff coverage that year (as `pelaksanaan.cakupan_asn`).", "proporsi"),
    "tren[].jp_20": ("Proporsi ASN dengan ≥ 20 JP tahun itu.", "Share of staff with ≥ 20 JP that year.", "proporsi"),
    "tren[].gain": ("Kenaikan nilai pre/post tahun itu.", "Pre/post score gain that year.", "poin_tes"),
    "tren[].ikm": ("IKM konversi semua periode survei tahun itu; null tanpa survei.",
                   "Converted IKM of all survey periods of that year; null without a survey.", "ikm"),
    "tren[].biaya_per_poin": ("Biaya per poin kenaikan tahun itu (seperti `biaya_per_poin_semua`).",
                              "Cost per point of gain that year (as `biaya_per_poin_semua`).", "rp_per_poin"),
    "perbandingan_provinsi": ("Hanya berkas dinas (null di provinsi): setiap angka kunci dinas dibanding provinsi "
                              "dan peringkatnya di antara semua dinas.",
                              "Dinas files only (null in the province's): each key figure against the province "
                              "and the dinas's rank among all dinas.", "-"),
    "perbandingan_provinsi.indikator[]": ("Satu angka kunci: cakupan_asn, jp_20, gain, ikm, persen_realisasi, "
                                          "biaya_per_poin.",
                                          "One key figure: cakupan_asn, jp_20, gain, ikm, persen_realisasi, "
                                          "biaya_per_poin.", "-"),
    "perbandingan_provinsi.indikator[].provinsi": ("Angka provinsi untuk indikator itu (estimasi; realisasi: angka).",
                                                   "The province's figure for the indicator (estimate; realisation: "
                                                   "a number).", "lihat_objek"),
    # --- estimates (issue 10.6) ---
    "perhatian": (
        "Hanya berkas provinsi: dinas yang perlu perhatian. IKM di bawah kategori B dan pemenuhan 20 JP di bawah "
        "provinsi lainnya diuji satu sisi per dinas; tingkat penemuan palsu dikendalikan dengan prosedur "
        f"Benjamini-Hochberg pada q = {constants.FDR_Q} atas semua uji. Peningkatan nilai memakai model campuran "
        "(`gain_di_bawah_rata`), tanpa koreksi tambahan.",
        "Province file only: the dinas needing attention. An IKM below the B band and a 20 JP compliance below the "
        "rest of the province are tested one-sided per dinas; the false-discovery rate is controlled with the "
        f"Benjamini-Hochberg procedure at q = {constants.FDR_Q} over every test. The score gain uses the pooled "
        "model (`gain_di_bawah_rata`), without a further correction.", "-"),
    "perhatian.uji[]": (
        "Satu uji: `temuan` \"ikm\" (estimasi = IKM konversi periode terbaru dinas, pembanding = batas bawah "
        "kategori B; t satu sisi dengan galat baku berkelompok per unit) atau \"jp_20\" (estimasi = proporsi "
        "PNS dinas, pembanding = proporsi provinsi lainnya; z dua proporsi satu sisi).",
        "One test: `temuan` \"ikm\" (estimate = the dinas's converted IKM of its latest period, comparison = the "
        "lower bound of band B; one-sided t with standard errors clustered by unit) or \"jp_20\" (estimate = the "
        "dinas's PNS share, comparison = the rest of the province's share; one-sided two-proportion z).", "-"),
    "provenans": ("Asal-usul hasil: data, kode, paket, parameter (sama di semua berkas satu run).",
                  "Provenance: data, code, packages, parameters (the same in every file of a run).", "-"),
    "provenans.data": ("Catatan tahap pembersihan (data/processed/sumber.json).",
                       "The clean stage's record (data/processed/sumber.json).", "-"),
    "provenans.data.file[]": ("Setiap file data mentah yang dibaca: nama, ukuran, SHA-256.",
                              "Every raw data file read: name, size, SHA-256.", "-"),
    "provenans.data.baris": ("Jumlah baris setiap tabel olahan; kunci = nama tabel (pegawai, kegiatan, ...).",
                             "Row count of every processed table; keys = table names (pegawai, kegiatan, ...).",
                             "jumlah"),
    "provenans.kode": ("Versi kode yang menghasilkan berkas.", "Version of the code that wrote the file.", "-"),
    "provenans.paket": ("Versi paket kunci; kunci = nama paket, \"python\" = versi Python; null bila tidak "
                        "terpasang.",
                        "Versions of the key packages; keys = package names, \"python\" = the Python version; null "
                        "when not installed.", "teks"),
    "provenans.parameter": ("Sama dengan `parameter`.", "Same as `parameter`.", "-"),
}

_ELEMENTS = {u: (f"Rata-rata unsur {u.upper()} {name}.", f"Mean of element {u.upper()} "
                 f"{constants.IKM_ELEMENTS_EN[u]}.", "skor_1_4") for u, name in constants.IKM_ELEMENTS.items()}

# leaf key name -> (meaning id, meaning en, unit)
FIELD_NAMES: dict[str, tuple[str, str, str]] = {
    # the estimate
    "n": ("Jumlah pengamatan yang dipakai (ASN, partisipasi, responden, baris, sesuai objeknya); tetap diisi bila "
          "data tidak cukup.",
          "Number of observations used (ASN, participations, respondents, rows, as the object says); kept when "
          "there are too few data.", "jumlah"),
    "estimasi": ("Nilai dugaan; null bila data tidak cukup.", "Point estimate; null when there are too few data.",
                 "lihat_objek"),
    "ci_bawah": (f"Batas bawah selang kepercayaan {CONF} (jenis selang: lihat objeknya).",
                 f"Lower bound of the {CONF} confidence interval (kind of interval: see its object).", "lihat_objek"),
    "ci_atas": (f"Batas atas selang kepercayaan {CONF}.", f"Upper bound of the {CONF} confidence interval.",
                "lihat_objek"),
    "p": ("Nilai p dua sisi uji bahwa nilainya nol; null bila tidak ada uji (rata-rata, proporsi, IKM).",
          "Two-sided p-value of the test that the value is zero; null where there is no test (means, shares, IKM).",
          "probabilitas"),
    "cukup_data": ("false bila n di bawah batas minimum atau nilai tidak dapat dihitung; estimasi, selang dan p "
                   "lalu null.",
                   "false when n is below the minimum or the value cannot be computed; estimate, interval and p are "
                   "then null.", "boolean"),
    # extra keys of estimates
    "sd": ("Simpangan baku pengamatan (ddof 1).", "Standard deviation of the observations (ddof 1).", "lihat_objek"),
    "jumlah": ("Jumlah yang memenuhi (pembilang proporsi).", "Number who meet it (numerator of the share).",
               "jumlah"),
    "d_z": ("Ukuran efek berpasangan: rata-rata selisih / simpangan baku selisih.",
            "Paired effect size: mean difference / standard deviation of the differences.", "sd_selisih"),
    "persen_naik": ("Persen peserta yang nilainya naik (post > pre).",
                    "Percent of participants whose score rose (post > pre).", "persen"),
    "persen_naik_bawah": ("Batas bawah selang Wilson 95% untuk `persen_naik`.",
                          "Lower bound of the 95% Wilson interval of `persen_naik`.", "persen"),
    "persen_naik_atas": ("Batas atas selang Wilson 95% untuk `persen_naik`.",
                         "Upper bound of the 95% Wilson interval of `persen_naik`.", "persen"),
    "p_wilcoxon": ("Nilai p uji peringkat bertanda Wilcoxon, sebagai pemeriksaan uji t.",
                   "p-value of the Wilcoxon signed-rank test, as a check on the t-test.", "probabilitas"),
    "rata_pre": ("Rata-rata nilai pre-test peserta yang punya kedua nilai.",
                 "Mean pre-test score of participants with both scores.", "poin_tes"),
    "rata_post": ("Rata-rata nilai post-test peserta yang punya kedua nilai.",
                  "Mean post-test score of participants with both scores.", "poin_tes"),
    "korelasi": ("Korelasi Pearson skor perilaku dengan peningkatan nilai.",
                 "Pearson correlation of behaviour score and score gain.", "korelasi"),
    "bobot_data_sendiri": (
        "Bobot data dinas itu sendiri dalam BLUP: τ²/(τ² + σ²/n) (τ² varians antardinas, σ² varians residual); "
        "mendekati 1 = sedikit penyusutan, 0 bila τ² = 0.",
        "Weight of the dinas's own data in the BLUP: τ²/(τ² + σ²/n) (τ² between-dinas variance, σ² residual "
        "variance); near 1 = little shrinkage, 0 when τ² = 0.", "proporsi"),
    # --- estimates (issue 10.6) ---
    "se": ("Galat baku estimasi (berkelompok bila objeknya menyebut cluster; dampak: per unit dengan koreksi CR2).",
           "Standard error of the estimate (clustered where its object says so; impact: by unit with the CR2 "
           "correction).", "lihat_objek"),
    "se_tanpa_klaster": ("Galat baku bila peserta dianggap saling bebas, sebagai pembanding `se` berkelompok.",
                         "Standard error if participants were independent, to compare with the clustered `se`.",
                         "poin_tes"),
    "df": ("Derajat bebas t selang IKM: unit − 1 bila berkelompok per unit, selain itu responden − 1; pada estimasi "
           "dampak (`did_*`): Satterthwaite dari desain antarkohort, paling banyak G − 2 (G = unit), bisa pecahan.",
           "Degrees of freedom of the IKM interval's t: units − 1 when clustered by unit, else respondents − 1; in "
           "impact estimates (`did_*`): Satterthwaite from the design across cohorts, at most G − 2 (G = units), "
           "may be fractional.", "-"),
    "d_av": ("Ukuran efek d_av: rata-rata selisih / rata-rata simpangan baku pre dan post (Lakens 2013).",
             "Effect size d_av: mean difference / mean of the pre and post SDs (Lakens 2013).", "sd_rata"),
    "g_av": ("Hedges' g_av = d_av × (1 − 3/(4(n − 1) − 1)) (Lakens 2013).",
             "Hedges' g_av = d_av × (1 − 3/(4(n − 1) − 1)) (Lakens 2013).", "sd_rata"),
    "g_av_bawah": ("Batas bawah selang `g_av`: batas selang berkelompok rata-rata selisih dibagi penyebut yang sama "
                   "(simpangan baku dianggap diketahui).",
                   "Lower bound of `g_av`'s interval: the clustered interval of the mean difference over the same "
                   "denominator (SDs taken as known).", "sd_rata"),
    "g_av_atas": ("Batas atas selang `g_av` (seperti `g_av_bawah`).", "Upper bound of `g_av`'s interval (as "
                  "`g_av_bawah`).", "sd_rata"),
    "besar_efek": ("Nama besar |g_av| menurut Cohen (1988): \"besar\" ≥ 0,8, \"sedang\" ≥ 0,5, \"kecil\" ≥ 0,2, "
                   "selain itu \"sangat_kecil\".",
                   "Cohen's (1988) name for |g_av|: \"besar\" (large) ≥ 0.8, \"sedang\" (medium) ≥ 0.5, "
                   "\"kecil\" (small) ≥ 0.2, else \"sangat_kecil\" (negligible).", "teks"),
    "unit_dilatih": ("Jumlah unit yang dilatih dalam desain DiD.", "Number of trained units in the DiD design.",
                     "jumlah"),
    "unit_pembanding": ("Jumlah unit pembanding (tidak dilatih) dalam desain DiD.",
                        "Number of comparison (untrained) units in the DiD design.", "jumlah"),
    "dilatih_sebelum": ("Rata-rata hasil unit dilatih pada periode sebelum.",
                        "Mean outcome of trained units in the before period.", "lihat_objek"),
    "dilatih_sesudah": ("Rata-rata hasil unit dilatih pada periode sesudah.",
                        "Mean outcome of trained units in the after period.", "lihat_objek"),
    "tidak_sebelum": ("Rata-rata hasil unit tidak dilatih pada periode sebelum.",
                      "Mean outcome of untrained units in the before period.", "lihat_objek"),
    "tidak_sesudah": ("Rata-rata hasil unit tidak dilatih pada periode sesudah.",
                      "Mean outcome of untrained units in the after period.", "lihat_objek"),
    # the file and its scope
    "versi_skema": (f"Versi struktur berkas (sekarang {results.SCHEMA_VERSION}); versi lain ditolak saat dibaca.",
                    f"Version of the file's structure (now {results.SCHEMA_VERSION}); other versions are refused "
                    "when read.", "bilangan_bulat"),
    "tahun": ("Tahun evaluasi (di akar dan parameter; bawaan: tahun terakhir yang punya kegiatan) atau tahun "
              "anggaran (di `realisasi_anggaran[]`).",
              "Evaluated year (at the root and in the parameters; default: the latest year with activities) or "
              "budget year (in `realisasi_anggaran[]`).", "tahun"),
    "sintetis": ("true bila data adalah data contoh sintetis, bukan data nyata.",
                 "true when the data are the synthetic sample, not real data.", "boolean"),
    "slug": ("Slug cakupan (slug dinas atau \"provinsi\").", "Slug of the scope (dinas slug or \"provinsi\").",
             "teks"),
    "nama": ("Nama resmi dinas, atau nama unsur SKM (di `komunikasi.unsur[]`).",
             "Official name of the dinas, or name of the SKM element (in `komunikasi.unsur[]`).", "teks"),
    "jenis": ("Jenis cakupan: \"dinas\" atau \"provinsi\".", "Kind of scope: \"dinas\" or \"provinsi\".", "teks"),
    "dinas": ("Slug dinas; di `provenans.data` daftar slug semua dinas dalam data.",
              "Dinas slug; in `provenans.data` the list of every dinas slug in the data.", "teks"),
    "unit_kerja": ("Nama unit kerja atau unit layanan.", "Name of the work unit or service unit.", "teks"),
    # data
    "n_pegawai": ("Jumlah ASN cakupan ini.", "Number of ASN in the scope.", "jumlah"),
    "n_unit": ("Jumlah unit kerja (dinas, unit_kerja) ASN cakupan ini.",
               "Number of work units (dinas, unit_kerja) of the scope's ASN.", "jumlah"),
    "n_kegiatan_tahun": ("Jumlah kegiatan yang diselenggarakan cakupan ini dan selesai pada tahun evaluasi.",
                         "Number of activities organised by the scope and ending in the evaluated year.", "jumlah"),
    "n_partisipasi_tahun": ("Jumlah partisipasi ASN cakupan ini dalam kegiatan tahun evaluasi.",
                            "Number of participations of the scope's ASN in the evaluated year's activities.",
                            "jumlah"),
    "n_responden_skm": ("Jumlah responden SKM unit cakupan ini, semua periode.",
                        "Number of SKM respondents of the scope's units, all periods.", "jumlah"),
    "ada_skm": ("Ada data SKM.", "SKM data are present.", "boolean"),
    "ada_anggaran": ("Ada data anggaran.", "Budget data are present.", "boolean"),
    "ada_kinerja": ("Ada data kinerja unit.", "Unit performance data are present.", "boolean"),
    "ada_nilai_test": ("Ada partisipasi tahun evaluasi dengan nilai pre dan post.",
                       "Some participation of the evaluated year has pre and post scores.", "boolean"),
    # pelaksanaan
    "rata_jp": ("Rata-rata JP per ASN pada tahun evaluasi (0 bagi yang tidak ikut).",
                "Mean JP per ASN in the evaluated year (0 for those who took no part).", "jp"),
    "golongan_ruang": ("Kelompok golongan (I, II, III, IV).", "Golongan group (I, II, III, IV).", "teks"),
    "jenis_jabatan": ("Jenis jabatan (struktural, fungsional, pelaksana).",
                      "Position type (struktural, fungsional, pelaksana).", "teks"),
    "persen_bawah": ("Batas bawah selang Wilson 95% untuk `persen_memenuhi`.",
                     "Lower bound of the 95% Wilson interval of `persen_memenuhi`.", "persen"),
    "persen_atas": ("Batas atas selang Wilson 95% untuk `persen_memenuhi`.",
                    "Upper bound of the 95% Wilson interval of `persen_memenuhi`.", "persen"),
    # --- estimates (issue 10.6) ---
    "n_pns": ("Jumlah PNS cakupan ini (status tercatat PNS).", "Number of the scope's PNS (status recorded as PNS).",
              "jumlah"),
    "n_status_tidak_diketahui": ("Jumlah ASN tanpa status tercatat; dihitung bersama PNS dalam kewajiban 20 JP.",
                                 "Number of ASN without a recorded status; counted with the PNS in the 20 JP duty.",
                                 "jumlah"),
    "persen_memenuhi": (f"Persen ASN unit dengan ≥ {constants.JP_MINIMUM_PER_YEAR} JP.",
                        f"Percent of the unit's ASN with ≥ {constants.JP_MINIMUM_PER_YEAR} JP.", "persen"),
    "metode": ("Metode pengembangan (pelatihan, workshop, seminar, mentoring, e-learning); di `pooling` metode "
               "estimasi (\"mixedlm\", \"mixedlm_batas\" atau \"tanpa_pooling\").",
               "Development method (pelatihan, workshop, seminar, mentoring, e-learning); in `pooling` the "
               "estimation method (\"mixedlm\", \"mixedlm_batas\" or \"tanpa_pooling\").", "teks"),
    "n_kegiatan": ("Jumlah kegiatan (di model anggaran: kegiatan dalam model).",
                   "Number of activities (in the budget model: activities in the model).", "jumlah"),
    "n_peserta": ("Jumlah peserta kegiatan (semua peserta tercatat).",
                  "Number of participants of the activities (every recorded participant).", "jumlah"),
    "jp_total": ("Jumlah JP kegiatan (bukan JP × peserta).", "Sum of the activities' JP (not JP × participants).",
                 "jp"),
    "anggaran_rp": ("Total biaya kegiatan.", "Total cost of the activities.", "rp"),
    "tema": ("Tema kegiatan (huruf kecil).", "Activity theme (lower case).", "teks"),
    "pagu_rp": ("Pagu anggaran.", "Budget ceiling.", "rp"),
    "realisasi_rp": ("Realisasi anggaran.", "Budget spent.", "rp"),
    "persen_realisasi": ("Realisasi / pagu × 100 (null bila pagu 0); di `perbandingan_dinas[]` untuk tahun evaluasi.",
                         "Spent / ceiling × 100 (null when the ceiling is 0); in `perbandingan_dinas[]` for the "
                         "evaluated year.", "persen"),
    # level 4
    "periode": ("Periode survei.", "Survey period.", "kode_periode"),
    # --- estimates (issue 10.6) ---
    "kategori_bawah": ("Kategori IKM pada batas bawah selang 95% (\"B; rentang mencapai C\").",
                       "IKM category at the lower bound of the 95% interval (\"B; the interval reaches C\").",
                       "teks"),
    "kategori_atas": ("Kategori IKM pada batas atas selang 95%.", "IKM category at the upper bound of the 95% "
                      "interval.", "teks"),
    "sampel_kurang": ("true bila responden unit kurang dari sampel minimum (`level4_hasil.ikm_sampel`); kategorinya "
                      "indikatif.",
                      "true when the unit's respondents are fewer than the minimum sample "
                      "(`level4_hasil.ikm_sampel`); its category is indicative.", "boolean"),
    "pengguna_diasumsikan": ("Jumlah pengguna layanan per unit per periode yang diasumsikan untuk sampel minimum.",
                             "Service users per unit per period assumed for the minimum sample.", "jumlah"),
    "responden_minimum": ("Sampel minimum Krejcie & Morgan untuk jumlah pengguna itu.",
                          "Krejcie & Morgan's minimum sample for that number of users.", "jumlah"),
    "jumlah_unit": ("Jumlah unit layanan dengan SKM pada periode itu.", "Number of service units with an SKM in the "
                    "period.", "jumlah"),
    "unit_sampel_kurang": ("Jumlah unit dengan responden di bawah sampel minimum.",
                           "Number of units with fewer respondents than the minimum sample.", "jumlah"),
    "periode_terbaru": ("Periode survei SKM terbaru cakupan ini.", "The scope's latest SKM survey period.",
                        "kode_periode"),
    "kategori": (f"Kategori mutu pelayanan dari IKM konversi dibulatkan 2 desimal: {_CATEGORIES}, selain itu D.",
                 f"Service quality category from the converted IKM rounded to 2 decimals: {_CATEGORIES}, else D.",
                 "teks"),
    "label": ("Sebutan kategori (Sangat Baik, Baik, Kurang Baik, Tidak Baik).",
              "Category label (Sangat Baik, Baik, Kurang Baik, Tidak Baik).", "teks"),
    **_ELEMENTS,
    "unsur": ("Kode unsur SKM (u1–u9).", "SKM element code (u1–u9).", "teks"),
    "unsur_terlemah": ("Kode unsur dengan rata-rata terendah di unit itu.",
                       "Code of the element with the lowest mean in the unit.", "teks"),
    "nilai_unsur_terlemah": ("Rata-rata unsur terlemah.", "Mean of the weakest element.", "skor_1_4"),
    "lemah": (f"Rata-rata unsur di bawah {constants.WEAK_ELEMENT_THRESHOLD} (di bawah pita B).",
              f"Element mean below {constants.WEAK_ELEMENT_THRESHOLD} (below the B band).", "boolean_null"),
    "komunikasi": ("Unsur tentang komunikasi ASN dengan masyarakat (" + ", ".join(constants.COMMUNICATION_ELEMENTS)
                   + ").", "Element about communication between ASN and the public ("
                   + ", ".join(constants.COMMUNICATION_ELEMENTS) + ").", "boolean"),
    # --- impact (issue 10) ---
    "intervensi": ("Parameter INTERVENSI: teks tema/nama kegiatan atau kegiatan_id, dipisah koma; kosong = semua "
                   "kegiatan.", "Parameter INTERVENSI: activity theme/name text or kegiatan_id, comma-separated; "
                   "empty = every activity.", "teks"),
    "teks": ("Teks INTERVENSI seperti diberikan.", "The INTERVENSI text as given.", "teks"),
    "dipilih": ("true bila INTERVENSI diisi (intervensi dipilih).", "true when INTERVENSI was given.", "boolean"),
    "tema_cocok": ("Tema kegiatan yang cocok (paling banyak 10).", "Themes of the matched activities (at most 10).",
                   "daftar_teks"),
    "desain": ("\"studi_peristiwa\" (lebih dari dua periode) atau \"2x2\" (dua periode, tanpa uji tren awal).",
               "\"studi_peristiwa\" (more than two periods) or \"2x2\" (two periods, no pre-trend check).", "teks"),
    "periode_dipakai": ("Periode hasil yang dipakai (sampai periode sesudah).",
                        "Outcome periods used (up to the after period).", "daftar_teks"),
    "periode_acuan": ("Periode acuan kohort: periode terakhir yang selesai sebelum unit kohort itu mencapai ambang.",
                      "The cohort's reference period: the last period that ended before its units reached the "
                      "threshold.", "kode_periode"),
    "n_unit_kelompok": ("Jumlah unit dalam kelompok itu.", "Number of units in that arm.", "jumlah"),
    "jp_per_pegawai": ("Rata-rata antarunit JP kegiatan lain per pegawai di jendela.",
                       "Mean over units of other activities' JP per staff in the window.", "jp"),
    "persen_pegawai": ("Rata-rata antarunit persen pegawai yang ikut kegiatan lain di jendela.",
                       "Mean over units of the percent of staff in other activities in the window.", "persen"),
    "e": ("Waktu relatif: periode dikurangi periode kohort (0 = periode pertama sesudah ambang).",
          "Relative time: period minus the cohort's period (0 = the first period after the threshold).",
          "bilangan_bulat"),
    "fase": ("\"pre\", \"transisi\" atau \"pasca\".", "\"pre\", \"transisi\" or \"pasca\".", "teks"),
    "n_unit_dilatih": ("Jumlah unit dilatih di balik estimasi waktu relatif itu.",
                       "Trained units behind that relative-time estimate.", "jumlah"),
    "n_klaster": ("Jumlah unit (klaster) dalam estimasi.", "Number of units (clusters) in the estimate.", "jumlah"),
    "bootstrap_liar": (f"true bila unit < {constants.FEW_CLUSTERS}: bootstrap liar klaster (bobot Webb, "
                       f"{constants.WILD_BOOTSTRAP_REPS} ulangan, seed tetap) juga dihitung dan selang yang lebih "
                       "lebar dipakai.",
                       f"true when units < {constants.FEW_CLUSTERS}: a wild cluster bootstrap (Webb weights, "
                       f"{constants.WILD_BOOTSTRAP_REPS} draws, fixed seed) is run too and the wider interval is kept.",
                       "boolean"),
    "per_poin_persen": ("Satuan dosis: efek per sekian poin persen staf dilatih.",
                        "Dose unit: effect per this many percentage points of staff trained.", "persen"),
    "k": ("Jumlah estimasi pre dalam uji bersama.", "Number of pre estimates in the joint test.", "jumlah"),
    "statistik_f": ("Statistik F uji tren awal.", "F statistic of the pre-trend check.", "-"),
    "df1": ("Derajat bebas pembilang F.", "Numerator degrees of freedom of F.", "-"),
    "df2": ("Derajat bebas penyebut F.", "Denominator degrees of freedom of F.", "-"),
    "alpha": ("Taraf uji tren awal (PRETREND_ALPHA).", "Level of the pre-trend check (PRETREND_ALPHA).",
              "probabilitas"),
    "kode_alasan": ("Kode mengapa belum boleh disebut dampak: tanpa_pembanding, unit_kurang, tanpa_uji_tren, "
                    "tren_awal_berbeda, selang_memuat_nol, arah_tak_terduga.",
                    "Codes of why it may not yet be called an effect: tanpa_pembanding, unit_kurang, tanpa_uji_tren, "
                    "tren_awal_berbeda, selang_memuat_nol, arah_tak_terduga.", "daftar_teks"),
    "boleh_kausal": ("Boleh memakai kata sebab-akibat (\"berdampak\").", "May use a causal word (\"had an "
                     "effect\").", "boolean"),
    "studi_peristiwa": ("Daftar kosong: tidak ada estimasi waktu relatif.", "Empty list: no relative-time estimate.",
                        "-"),
    "tersedia": ("Periode sebelum dan sesudah ada sehingga DiD dapat disusun.",
                 "The before and after periods exist, so the DiD can be set up.", "boolean"),
    "alasan": ("Mengapa DiD tidak tersedia; di `putusan.kode_alasan` dampak: kode mengapa belum boleh disebut dampak — "
               "tanpa_pembanding, unit_kurang, tanpa_uji_tren, tren_awal_berbeda, selang_memuat_nol, "
               "arah_tak_terduga; di biaya per poin: \"kegiatan_kurang\" (kurang dari "
               f"{constants.MIN_ACTIVITIES_COST} kegiatan atau {constants.MIN_N} peserta) atau \"gain_tidak_positif\" "
               "(total kenaikan ≤ 0: temuan, bukan data kurang); di model anggaran: \"kegiatan_kurang_regresi\" atau "
               "\"biaya_sama\" (biaya per peserta tanpa keragaman).",
               "Why the DiD is not available; in the impact `putusan.kode_alasan`: codes: why it may not yet be called "
               "an effect — tanpa_pembanding, unit_kurang, tanpa_uji_tren, tren_awal_berbeda, selang_memuat_nol, "
               "arah_tak_terduga; in cost per point: \"kegiatan_kurang\" (fewer than "
               f"{constants.MIN_ACTIVITIES_COST} activities or {constants.MIN_N} participants) or "
               "\"gain_tidak_positif\" (total gain ≤ 0: a finding, not missing data); in the budget model: "
               "\"kegiatan_kurang_regresi\" or \"biaya_sama\" (no spread in cost per participant).", "teks"),
    # --- trend and comparison with the province (analysis.trend) ---
    "kunci": ("Nama angka kunci.", "Name of the key figure.", "teks"),
    "provinsi": ("Angka provinsi (realisasi anggaran: persen).", "The province's figure (budget realisation: percent).",
                 "persen"),
    "dari": ("Banyaknya dinas yang punya angka ini (penyebut peringkat).",
             "Number of dinas that have this figure (the rank's denominator).", "jumlah"),
    "peringkat_terbaik": ("Peringkat terbaik yang mungkin: 1 + dinas yang selang 95%-nya seluruhnya lebih baik.",
                          "Best possible rank: 1 + dinas whose whole 95% interval is better.", "peringkat"),
    "peringkat_terburuk": ("Peringkat terburuk yang mungkin: banyaknya dinas − dinas yang selang 95%-nya seluruhnya "
                           "lebih buruk.",
                           "Worst possible rank: number of dinas − dinas whose whole 95% interval is worse.",
                           "peringkat"),
    "periode_sebelum": ("Periode \"sebelum\" DiD (bawaan: periode terakhir yang selesai sebelum tahun evaluasi); di "
                        "parameter \"\" = bawaan.",
                        "DiD \"before\" period (default: the latest period ending before the evaluated year); in the "
                        "parameters \"\" = the default.", "kode_periode"),
    "periode_sesudah": ("Periode \"sesudah\" DiD (bawaan: periode terakhir yang mulai pada/sesudah awal tahun "
                        "evaluasi); di parameter \"\" = bawaan.",
                        "DiD \"after\" period (default: the latest period starting on/after the evaluated year's "
                        "first day); in the parameters \"\" = the default.", "kode_periode"),
    "jendela_kegiatan": ("[akhir periode sebelum, awal periode sesudah]: kegiatan yang selesai di antaranya "
                         "dihitung sebagai pelatihan.",
                         "[end of the before period, start of the after period]: activities ending in between "
                         "count as training.", "daftar_tanggal"),
    "ambang_persen_dilatih": ("Unit dihitung dilatih bila sekurangnya persen ASN ini ikut kegiatan di jendela.",
                              "A unit counts as trained when at least this percent of its ASN finished an activity "
                              "in the window.", "persen"),
    "ambang_dilatih": ("Ambang yang sama sebagai proporsi (parameter AMBANG).",
                       "The same threshold as a share (parameter AMBANG).", "proporsi"),
    "indikator": ("Nama indikator kinerja unit.", "Name of the unit performance indicator.", "teks"),
    "arah": ("Arah yang baik: \"naik_baik\" atau \"turun_baik\".", "Better direction: \"naik_baik\" or "
             "\"turun_baik\".", "teks"),
    "membaik": ("true: selang seluruhnya di sisi yang baik; false: seluruhnya di sisi yang buruk; null: memuat nol "
                "atau data tidak cukup.",
                "true: the interval lies wholly on the better side; false: wholly on the worse side; null: it "
                "contains zero or there are too few data.", "boolean_null"),
    # budget
    "kegiatan_tanpa_biaya": ("Jumlah kegiatan tanpa biaya per peserta (0 atau kosong), dikeluarkan dari model.",
                             "Number of activities without a cost per participant (0 or blank), left out of the "
                             "model.", "jumlah"),
    "turun_hasil": ("Hasil yang menurun: batas atas selang `kuadratik` < 0; null bila model tidak diestimasi.",
                    "Diminishing returns: the upper bound of `kuadratik` < 0; null when the model was not fitted.",
                    "boolean_null"),
    "kontrol": ("Suku kontrol model (jp, C(metode), C(dinas)).", "The model's control terms (jp, C(metode), "
                "C(dinas)).", "daftar_teks"),
    "biaya_median_per_peserta_rp": ("Median biaya per peserta atas kegiatan dalam model.",
                                    "Median cost per participant over the activities in the model.",
                                    "rp_per_peserta"),
    "rata_gain": ("Rata-rata peningkatan nilai peserta metode itu.", "Mean score gain of the method's participants.",
                  "poin_tes"),
    "biaya_per_peserta_rp": ("Rata-rata biaya per peserta bernilai metode itu (total biaya / n).",
                             "Mean cost per participant with scores of the method (total cost / n).",
                             "rp_per_peserta"),
    # challenges
    "persen_resistensi_tinggi": ("Persen peserta dengan skor resistensi ≥ 3.5.",
                                 "Percent of participants with resistance score ≥ 3.5.", "persen"),
    # pooling and comparison
    "catatan": ("Catatan bila model campuran tidak dipakai; null bila dipakai.",
                "Note when the mixed model was not used; null when it was.", "teks"),
    "jumlah_dinas": ("Jumlah dinas dalam pooling.", "Number of dinas in the pooling.", "jumlah"),
    # --- estimates (issue 10.6) ---
    "penyesuaian": ("Kolom yang menjadi efek tetap model pooling (\"metode\": peringkat disesuaikan dengan campuran "
                    "metode); kosong bila hanya ada satu metode atau tanpa pooling.",
                    "Columns entered as fixed effects in the pooling model (\"metode\": the ranking adjusts for "
                    "the mix of methods); empty with a single method or without pooling.", "daftar_teks"),
    "varians_antar_dinas": ("τ²: varians efek dinas (REML); 0 = di batas, penyusutan penuh; null tanpa pooling.",
                            "τ²: variance of the dinas effects (REML); 0 = on the boundary, full shrinkage; null "
                            "without pooling.", "varians_poin"),
    "varians_dalam_dinas": ("σ²: varians residual dalam dinas (REML); null tanpa pooling.",
                            "σ²: residual variance within dinas (REML); null without pooling.", "varians_poin"),
    "peringkat_bawah": (f"Batas bawah (terbaik) selang 95% peringkat: dari {constants.RANK_DRAWS} tarikan ber-seed "
                        f"(seed {constants.RANDOM_SEED}) distribusi galat prediksi bersama BLUP; τ² = 0 → 1.",
                        f"Lower (best) bound of the rank's 95% interval: from {constants.RANK_DRAWS} seeded draws "
                        f"(seed {constants.RANDOM_SEED}) of the BLUPs' joint prediction-error distribution; τ² = 0 "
                        "→ 1.", "peringkat"),
    "peringkat_atas": ("Batas atas (terburuk) selang 95% peringkat; τ² = 0 → jumlah dinas.",
                       "Upper (worst) bound of the rank's 95% interval; τ² = 0 → the number of dinas.", "peringkat"),
    "metode_fdr": ("Prosedur kendali tingkat penemuan palsu (\"benjamini_hochberg\").",
                   "False-discovery-rate procedure (\"benjamini_hochberg\").", "teks"),
    "q_fdr": ("Tingkat penemuan palsu yang dikendalikan.", "The false-discovery rate controlled.", "proporsi"),
    "jumlah_uji": ("Jumlah uji dalam keluarga Benjamini-Hochberg.", "Number of tests in the Benjamini-Hochberg "
                   "family.", "jumlah"),
    "temuan": ("Jenis temuan yang diuji: \"ikm\" atau \"jp_20\".", "Kind of finding tested: \"ikm\" or "
               "\"jp_20\".", "teks"),
    "pembanding": ("Nilai pembanding uji (batas kategori B, atau proporsi provinsi lainnya).",
                   "The test's comparison value (the B band's bound, or the rest of the province's share).",
                   "lihat_objek"),
    "q_bh": ("Nilai p yang disesuaikan Benjamini-Hochberg (nilai q).", "Benjamini-Hochberg adjusted p-value "
             "(q-value).", "probabilitas"),
    "ditandai": ("true bila uji tetap bermakna setelah kendali FDR (q_bh ≤ q_fdr).",
                 "true when the test stays significant under FDR control (q_bh ≤ q_fdr).", "boolean"),
    "gain_di_bawah_rata": ("Dinas yang selang BLUP-nya (`selisih_rata`) seluruhnya di bawah nol.",
                           "Dinas whose BLUP interval (`selisih_rata`) lies wholly below zero.", "daftar_teks"),
    "metode_gain": ("Metode pooling yang dipakai untuk peningkatan nilai (sama dengan `pooling.metode`).",
                    "Pooling method used for the score gain (as `pooling.metode`).", "teks"),
    "peringkat": ("Peringkat dinas menurut estimasi pooled (sama besar = peringkat sama; dinas tanpa estimasi di "
                  "akhir, null).",
                  "Rank of the dinas by pooled estimate (equal values share a rank; dinas without an estimate last, "
                  "null).", "peringkat"),
    # provenance
    "sumber_data": ("Folder data mentah yang dibaca, relatif terhadap akar proyek.",
                    "Folder of raw data read, relative to the project root.", "teks"),
    "file": ("Nama file data mentah.", "Name of the raw data file.", "teks"),
    "bytes": ("Ukuran file.", "File size.", "byte"),
    "sha256": ("SHA-256 isi file.", "SHA-256 of the file's content.", "hex"),
    "kunci_pseudonim": ("Sidik jari publik kunci pseudonim (12 digit; tidak membuka kunci).",
                        "Public fingerprint of the pseudonym key (12 digits; reveals nothing of the key).", "hex"),
    "tahun_kegiatan": ("Tahun-tahun yang punya kegiatan dalam data.", "Years with activities in the data.",
                       "daftar_tahun"),
    "pemetaan": ("SHA-256 data/raw/pemetaan.yml yang dipakai membaca ekspor; null tanpa pemetaan (atau data contoh). "
                 "Hasil dengan pemetaan lain dihapus sebagai keluaran lama.",
                 "SHA-256 of the data/raw/pemetaan.yml used to read the exports; null without a mapping (or for the "
                 "sample). Results made with another mapping are removed as stale.", "hex"),
    "versi": ("Versi paket evalasn.", "Version of the evalasn package.", "teks"),
    "git": ("Commit git kode (12 digit); null di luar repositori git.",
            "Git commit of the code (12 digits); null outside a git repository.", "hex"),
    "sha256_sumber": ("16 digit pertama SHA-256 semua file .py paket.",
                      "First 16 digits of the SHA-256 of every .py file of the package.", "hex"),
}


def walk(hasil: dict) -> tuple[set[str], set[str]]:
    """(object paths, leaf key names) of a hasil dict; a null or empty list at a documented
    object path counts as that object, and the keys of FREE_KEYS objects are not names."""
    objects: set[str] = set()
    leaves: set[str] = set()

    def visit(node: dict, path: str) -> None:
        if path:
            objects.add(path)
        if path in FREE_KEYS:
            return
        for key, value in node.items():
            child = f"{path}.{key}" if path else key
            if isinstance(value, dict):
                visit(value, child)
            elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                for item in value:
                    visit(item, child + "[]")
            elif value is None and child in OBJECTS:
                objects.add(child)
            elif value == [] and child + "[]" in OBJECTS:
                objects.add(child + "[]")
            else:
                leaves.add(key)

    visit(hasil, "")
    return objects, leaves


# --- hasil-json.md --------------------------------------------------------------------------
def _minimums(id_: bool) -> list[tuple[str, int, str]]:
    c = constants
    if id_:
        return [
            ("MIN_N", c.MIN_N, "rata-rata, proporsi, perubahan berpasangan level 2, biaya per poin (peserta); unit "
                               "di `unit_terendah[]` (ASN)"),
            ("MIN_N_REGRESSION", c.MIN_N_REGRESSION, "`per_10_poin_gain`, `gain_per_poin_resistensi`, model anggaran "
             f"(partisipasi; juga ≥ {c.MIN_N_REGRESSION // 2} kegiatan dan biaya yang bervariasi)"),
            ("MIN_RESPONDENTS_UNIT", c.MIN_RESPONDENTS_UNIT,
             "IKM per periode dan per unit, rata-rata unsur (responden)"),
            ("MIN_UNITS_PER_ARM", c.MIN_UNITS_PER_ARM, "DiD: unit dilatih dan unit pembanding masing-masing (dan kedua "
                                                       "periode ada)"),
            ("MIN_ACTIVITIES_COST", c.MIN_ACTIVITIES_COST, "`biaya_per_poin[]`: kegiatan per metode (dan total "
                                                           "peningkatan > 0)"),
            ("MIN_GROUPS_POOLING", c.MIN_GROUPS_POOLING, "pooling: dinas; di bawahnya `metode` = \"tanpa_pooling\" "
                                                         "dan `pooled` = `mentah`"),
            ("MIN_CLUSTERS", c.MIN_CLUSTERS, "level 2: kegiatan untuk selang berkelompok per kegiatan"),
        ]
    return [
        ("MIN_N", c.MIN_N, "means, shares, level-2 paired change, cost per point (participants); units in "
                           "`unit_terendah[]` (ASN)"),
        ("MIN_N_REGRESSION", c.MIN_N_REGRESSION, "`per_10_poin_gain`, `gain_per_poin_resistensi`, the budget model "
         f"(participations; also ≥ {c.MIN_N_REGRESSION // 2} activities and a cost that varies)"),
        ("MIN_RESPONDENTS_UNIT", c.MIN_RESPONDENTS_UNIT, "IKM per period and per unit, element means (respondents)"),
        ("MIN_UNITS_PER_ARM", c.MIN_UNITS_PER_ARM, "DiD: trained and comparison units, each (and both periods "
                                                   "present)"),
        ("MIN_ACTIVITIES_COST", c.MIN_ACTIVITIES_COST, "`biaya_per_poin[]`: activities per method (and a total gain "
                                                       "> 0)"),
        ("MIN_GROUPS_POOLING", c.MIN_GROUPS_POOLING, "pooling: dinas; below it `metode` = \"tanpa_pooling\" and "
                                                     "`pooled` = `mentah`"),
        ("MIN_CLUSTERS", c.MIN_CLUSTERS, "level 2: activities for an interval clustered by activity"),
    ]


def _intro(id_: bool) -> list[str]:
    decimals = results.FLOAT_DECIMALS
    if id_:
        return [
            "### Berkas", "",
            "Tahap model (`make model`, `src/evalasn/analysis/model.py`) menulis satu "
            "`reports/<kode dinas>/hasil-<tahun>.json` per tahun evaluasi (tahun lain tidak ditimpa) "
            "untuk setiap dinas dan untuk `provinsi` (semua dinas bersama), hanya dari `data/processed/`. Laporan "
            "dan indeks dibuat dari berkas ini saja. Berkas tidak memuat stempel waktu: data, kode dan parameter "
            f"yang sama menghasilkan byte yang sama. Angka dibulatkan {decimals} desimal; nilai tak hingga atau "
            f"NaN ditulis null. `versi_skema` = {results.SCHEMA_VERSION}; versi lain ditolak saat dibaca.", "",
            "Untuk satu dinas: ASN, partisipasi, SKM, kinerja unit dan anggaran adalah milik dinas itu (partisipasi "
            "menurut dinas peserta), kegiatan adalah yang diselenggarakan dinas itu. Kunci `perbandingan_dinas`, "
            "`level2_pembelajaran.per_dinas` dan `pooling.per_dinas` hanya ada di berkas provinsi; "
            "`pooling.dinas_ini` dan `pooling.jumlah_dinas` hanya di berkas dinas.", "",
            "### Konvensi estimasi", "",
            "Setiap angka hasil analisis adalah objek estimasi `{\"n\", \"estimasi\", \"ci_bawah\", \"ci_atas\", "
            "\"p\", \"cukup_data\"}`, kadang dengan kunci tambahan (`sd`, `jumlah`, `d_z`, ...). Arti dan satuan "
            f"`estimasi`, `ci_bawah` dan `ci_atas` tertulis pada objeknya di tabel objek; selangnya {CONF} (selang "
            "t untuk rata-rata, t berkelompok per kegiatan untuk peningkatan nilai level 2, Wilson untuk proporsi, "
            "galat baku cluster atau robust untuk koefisien regresi, bootstrap untuk biaya per poin, varians galat "
            "prediksi model campuran untuk estimasi pooled). `p` hanya ada bila ada uji terhadap "
            "nol.", "",
            "### Tidak cukup data", "",
            "Di bawah jumlah minimum (`src/evalasn/constants.py`) sebuah estimasi tetap menyimpan `n`, tetapi "
            "`cukup_data` bernilai false dan `estimasi`, `ci_bawah`, `ci_atas`, `p` (serta kunci tambahan "
            "numeriknya) bernilai null; laporan menulis \"tidak cukup data\" dan tidak pernah menampilkan angka "
            "dari derau.", "",
            "| batas | nilai | berlaku untuk |", "|---|---|---|",
        ]
    return [
        "### The file", "",
        "The model stage (`make model`, `src/evalasn/analysis/model.py`) writes one "
        "`reports/<kode dinas>/hasil-<tahun>.json` per evaluated year (other years are not overwritten) for "
        "every dinas and for `provinsi` (all dinas together), from `data/processed/` only. Reports and the index are "
        "built from these files alone. A file has no timestamp: the same data, code and parameters give the same "
        f"bytes. Numbers are rounded to {decimals} decimals; infinite or NaN values are written as null. "
        f"`versi_skema` = {results.SCHEMA_VERSION}; other versions are refused when read.", "",
        "For one dinas: ASN, participations, SKM, unit indicators and budget are the dinas's own (participations "
        "by the participant's dinas), activities are those it organised. The keys `perbandingan_dinas`, "
        "`level2_pembelajaran.per_dinas` and `pooling.per_dinas` exist in the province file only; "
        "`pooling.dinas_ini` and `pooling.jumlah_dinas` in dinas files only.", "",
        "### The estimate convention", "",
        "Every analysed number is an estimate object `{\"n\", \"estimasi\", \"ci_bawah\", \"ci_atas\", \"p\", "
        "\"cukup_data\"}`, sometimes with extra keys (`sd`, `jumlah`, `d_z`, ...). The meaning and unit of "
        "`estimasi`, `ci_bawah` and `ci_atas` are given with the object in the objects table; the interval is "
        f"{CONF} (t interval for means, t clustered by activity for the level-2 gain, Wilson for shares, "
        "clustered or robust standard errors for regression coefficients, bootstrap for cost per point, the "
        "mixed model's prediction-error variance for pooled estimates). `p` is given only where there "
        "is a test against zero.", "",
        "### Too few data (\"tidak cukup data\")", "",
        "Below the minimum number (`src/evalasn/constants.py`) an estimate keeps `n`, but `cukup_data` is false and "
        "`estimasi`, `ci_bawah`, `ci_atas`, `p` (and its numeric extra keys) are null; reports write \"tidak cukup "
        "data\" and never show a number made of noise.", "",
        "| limit | value | applies to |", "|---|---|---|",
    ]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _section(lang: str) -> list[str]:
    id_ = lang == "id"
    k = 0 if id_ else 1
    lines = ["## Bahasa Indonesia" if id_ else "## English", "", *_intro(id_)]
    lines += [f"| `{name}` | {value} | {_cell(use)} |" for name, value, use in _minimums(id_)]
    free = ", ".join(f"`{p}`" for p in FREE_KEYS)
    lines += ["", "### Objek" if id_ else "### Objects", "",
              (f"Jalur bertitik; `[]` = setiap elemen daftar. Kunci objek {free} adalah data (bukan nama tetap) dan "
               "dijelaskan pada objeknya." if id_ else
               f"Dotted paths; `[]` = every element of a list. The keys of {free} are data (not fixed names) and are "
               "described with the object."), "",
              "| objek | arti | satuan |" if id_ else "| object | meaning | unit |", "|---|---|---|"]
    lines += [f"| `{path}` | {_cell(entry[k])} | {_cell(UNITS[entry[2]][k])} |" for path, entry in OBJECTS.items()]
    lines += ["", "### Nama field" if id_ else "### Field names", "",
              ("Setiap kunci daun, menurut namanya (arti yang sama di setiap objek)." if id_ else
               "Every leaf key, by name (the same meaning in every object)."), "",
              "| field | arti | satuan |" if id_ else "| field | meaning | unit |", "|---|---|---|"]
    lines += [f"| `{name}` | {_cell(FIELD_NAMES[name][k])} | {_cell(UNITS[FIELD_NAMES[name][2]][k])} |"
              for name in sorted(FIELD_NAMES)]
    return lines + [""]


def render_hasil_markdown(lang: str = "id,en") -> str:
    """docs/hasil-json.md: one section per language of ``lang`` ("id", "en" or "id,en")."""
    lines = [
        "# Isi hasil.json / What hasil.json contains", "",
        "<!-- Dibuat dari src/evalasn/docs.py oleh `make docs`; jangan disunting langsung. / "
        "Generated from src/evalasn/docs.py by `make docs`; do not edit by hand. -->", "",
    ]
    for code in lang.split(","):
        lines += ["---", "", *_section(code.strip())]
    return "\n".join(lines)


# --- writing ----------------------------------------------------------------------------------
def generated() -> dict[str, str]:
    """File name in docs/ -> the content the code generates now."""
    from evalasn import docs_contract, docs_schema  # docs_schema reads this module's declarations

    return {
        "hasil-json.schema.json": docs_schema.render(),
        "kontrak-data.md": docs_contract.render_contract_markdown("id"),
        "data-contract.md": docs_contract.render_contract_markdown("en"),
        "hasil-json.md": render_hasil_markdown("id,en"),
    }


def write_all() -> list[Path]:
    """Write every generated document into docs/ (a file is rewritten only when it changed)."""
    DOCS.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generated().items():
        path = DOCS / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
