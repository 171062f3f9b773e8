"""The catalogue of hasil.json leaf names: each name has one meaning, in every object that has it.

A field of a contract type whose value is a leaf (number, text, flag, list of them) is documented
here by its name, not at the field (contract/doc.py). The u1–u9 element means come from
constants.IKM_ELEMENTS.
"""

from __future__ import annotations

from evalasn import constants
from evalasn.analysis.contract.doc import CATEGORIES, CATEGORY_LABELS, CONF, COUNTED_PNS, Doc, catalogue
from evalasn.analysis.contract.version import SCHEMA_VERSION


# a share as the Indonesian text of a meaning writes it: 0.025 -> "2,5%"
def _percent_id(share: float) -> str:
    return f"{100 * share:g}%".replace(".", ",")


_ELEMENTS = {u: Doc(f"Rata-rata unsur {u.upper()} {name}.", f"Mean of element {u.upper()} "
                    f"{constants.IKM_ELEMENTS_EN[u]}.", "skor_1_4") for u, name in constants.IKM_ELEMENTS.items()}

# leaf key name -> Doc(meaning id, meaning en, unit)
FIELDS: dict[str, Doc] = catalogue(
    # the estimate
    n=Doc("Jumlah pengamatan yang dipakai (ASN, partisipasi, responden, baris, sesuai objeknya); tetap diisi bila "
          "data tidak cukup.",
          "Number of observations used (ASN, participations, respondents, rows, as the object says); kept when "
          "there are too few data.", "jumlah"),
    estimasi=Doc("Nilai dugaan; null bila data tidak cukup.", "Point estimate; null when there are too few data.",
                 "lihat_objek"),
    ci_bawah=Doc(f"Batas bawah selang kepercayaan {CONF} (jenis selang: lihat objeknya).",
                 f"Lower bound of the {CONF} confidence interval (kind of interval: see its object).", "lihat_objek"),
    ci_atas=Doc(f"Batas atas selang kepercayaan {CONF}.", f"Upper bound of the {CONF} confidence interval.",
                "lihat_objek"),
    p=Doc("Nilai p dua sisi uji bahwa nilainya nol; null bila tidak ada uji (rata-rata, proporsi, IKM).",
          "Two-sided p-value of the test that the value is zero; null where there is no test (means, shares, IKM).",
          "probabilitas"),
    cukup_data=Doc("false bila n di bawah batas minimum atau nilai tidak dapat dihitung; estimasi, selang dan p "
                   "lalu null.",
                   "false when n is below the minimum or the value cannot be computed; estimate, interval and p are "
                   "then null.", "boolean"),
    # extra keys of estimates
    sd=Doc("Simpangan baku pengamatan (ddof 1).", "Standard deviation of the observations (ddof 1).", "lihat_objek"),
    jumlah=Doc("Jumlah yang memenuhi (pembilang proporsi).", "Number who meet it (numerator of the share).",
               "jumlah"),
    n_asn=Doc("Jumlah ASN. Bersama `alasan` \"tanpa_pns\" (20 JP): ASN cakupan itu semuanya PPPK, sehingga "
              "kewajiban 20 JP (hanya untuk PNS) tidak berlaku di sana.",
              "Number of ASN. With `alasan` \"tanpa_pns\" (20 JP): the scope's ASN are all PPPK, so the 20 JP duty "
              "(for PNS only) does not apply there.", "jumlah"),
    # the report's term is "besar efek" (its glossary), which is `g_av`; the other effect sizes are named as other
    # ones, their method in the explanation (LOOK23 Z-5)
    d_z=Doc("Besar efek lain, berpasangan: rata-rata selisih / simpangan baku selisih (Cohen); laporan tidak "
            "mencetaknya.",
            "Other effect size, paired: mean difference / standard deviation of the differences (Cohen); the report "
            "does not print it.", "sd_selisih"),
    persen_naik=Doc("Persen peserta yang nilainya naik (post > pre).",
                    "Percent of participants whose score rose (post > pre).", "persen"),
    persen_naik_bawah=Doc("Batas bawah rentang keyakinan 95% untuk `persen_naik` (cara Wilson).",
                          "Lower bound of the 95% CI of `persen_naik` (Wilson's method).", "persen"),
    persen_naik_atas=Doc("Batas atas rentang keyakinan 95% untuk `persen_naik` (cara Wilson).",
                         "Upper bound of the 95% CI of `persen_naik` (Wilson's method).", "persen"),
    p_wilcoxon=Doc("Nilai p uji peringkat bertanda Wilcoxon, sebagai pemeriksaan uji t.",
                   "p-value of the Wilcoxon signed-rank test, as a check on the t-test.", "probabilitas"),
    rata_pre=Doc("Rata-rata nilai pre-test peserta yang punya kedua nilai.",
                 "Mean pre-test score of participants with both scores.", "poin_tes"),
    rata_post=Doc("Rata-rata nilai post-test peserta yang punya kedua nilai.",
                  "Mean post-test score of participants with both scores.", "poin_tes"),
    korelasi=Doc("Korelasi Pearson skor perilaku dengan peningkatan nilai.",
                 "Pearson correlation of behaviour score and score gain.", "korelasi"),
    bobot_data_sendiri=Doc(
        "Bobot data dinas itu sendiri dalam estimasi model campuran (BLUP): τ²/(τ² + v), v = varians rata-rata "
        "dinas itu = 1 / Σ (m / (σ² + m·ω²)) atas kegiatannya (m peserta; τ² varians antardinas, ω² antarkegiatan, "
        "σ² residual; tanpa tingkat kegiatan v = σ²/n); mendekati 1 = sedikit penyusutan, 0 bila τ² = 0.",
        "Weight of the dinas's own data in the mixed model's estimate (BLUP): τ²/(τ² + v), v = the variance of the "
        "dinas's mean = 1 / Σ (m / (σ² + m·ω²)) over its activities (m participants; τ² between-dinas, ω² "
        "between-activity, σ² residual variance; without the activity level v = σ²/n); near 1 = little shrinkage, 0 "
        "when τ² = 0.", "proporsi"),
    # --- estimates (issue 10.6) ---
    se=Doc("Galat baku estimasi (berkelompok bila objeknya menyebut klaster; selisih-dari-selisih: per unit dengan "
           "koreksi CR2; "
           f"model anggaran dengan kegiatan < {constants.FEW_CLUSTERS}: per kegiatan dengan koreksi CR2).",
           "Standard error of the estimate (clustered where its object says so; difference-in-differences: by unit "
           "with the CR2 "
           f"correction; budget model with activities < {constants.FEW_CLUSTERS}: by activity with the CR2 "
           "correction).", "lihat_objek"),
    se_tanpa_klaster=Doc("Galat baku bila peserta dianggap saling bebas, sebagai pembanding `se` berkelompok.",
                         "Standard error if participants were independent, to compare with the clustered `se`.",
                         "poin_tes"),
    df=Doc("Derajat bebas t selang IKM: unit − 1 (berkelompok per unit, dari 3 unit); pada estimasi "
           "selisih-dari-selisih (unit dilatih dibanding belum dilatih): Satterthwaite dari desain antarkohort, "
           "paling banyak G − 2 (G = unit), bisa pecahan; "
           "model anggaran dengan sedikit kegiatan: Bell-McCaffrey.",
           "Degrees of freedom of the IKM interval's t: units − 1 (clustered by unit, from 3 units); in the "
           "difference-in-differences estimates (trained against untrained units): Satterthwaite from the design "
           "across cohorts, at most G − 2 (G = units), "
           "may be fractional; budget model with few activities: Bell-McCaffrey.", "-"),
    d_av=Doc("Besar efek lain, d dengan rata-rata simpangan baku: rata-rata selisih / rata-rata simpangan baku pre "
             "dan post (Cohen d, Lakens 2013); laporan tidak mencetaknya.",
             "Other effect size, d with the average SD: mean difference / mean of the pre and post SDs (Cohen's d, "
             "Lakens 2013); the report does not print it.", "sd_rata"),
    g_av=Doc("Besar efek yang dicetak laporan: g_av = d_av × (1 − 3/(4(n − 1) − 1)), Hedges g (Lakens 2013).",
             "The effect size the report prints: g_av = d_av × (1 − 3/(4(n − 1) − 1)), Hedges' g (Lakens 2013).",
             "sd_rata"),
    g_av_bawah=Doc("Batas bawah rentang keyakinan 95% `g_av`: batas rentang berkelompok rata-rata selisih dibagi "
                   "penyebut yang sama (simpangan baku dianggap diketahui).",
                   "Lower bound of `g_av`'s 95% CI: the clustered interval of the mean difference over the same "
                   "denominator (SDs taken as known).", "sd_rata"),
    g_av_atas=Doc("Batas atas rentang keyakinan 95% `g_av` (seperti `g_av_bawah`).", "Upper bound of `g_av`'s 95% CI "
                  "(as `g_av_bawah`).", "sd_rata"),
    besar_efek=Doc("Nama besar |g_av| menurut Cohen (1988): \"besar\" ≥ 0,8, \"sedang\" ≥ 0,5, \"kecil\" ≥ 0,2, "
                   "selain itu \"sangat_kecil\".",
                   "Cohen's (1988) name for |g_av|: \"besar\" (large) ≥ 0.8, \"sedang\" (medium) ≥ 0.5, "
                   "\"kecil\" (small) ≥ 0.2, else \"sangat_kecil\" (negligible).", "teks"),
    status_kenaikan=Doc(
        "Jawaban satu-satunya atas \"apakah kenaikan nilai mentah jelas di atas nol\", dari selang 95% berkelompok "
        "per kegiatan (CR1, t dengan G − 1 derajat bebas): \"naik\" (seluruh selang di atas nol), \"belum_pasti\" "
        "(selang mencapai nol), \"turun\" (seluruh selang di bawah nol); null tanpa selang. Bab hasil, biaya per "
        "poin (hanya bila \"naik\"), tabel angka kunci, laporan provinsi dan indeks memakai jawaban ini.",
        "The one answer to \"is the raw gain clearly above zero\", from the 95% interval clustered by activity "
        "(CR1, t with G − 1 degrees of freedom): \"naik\" (the whole interval above zero), \"belum_pasti\" (the "
        "interval reaches zero), \"turun\" (the whole interval below zero); null without an interval. The results "
        "chapter, the cost per point (only when \"naik\"), the key-figure tables, the province report and the index "
        "use this answer.", "teks"),
    unit_dilatih=Doc("Jumlah unit yang dilatih dalam desain DiD.", "Number of trained units in the DiD design.",
                     "jumlah"),
    unit_pembanding=Doc("Jumlah unit pembanding dalam desain DiD: unit tidak dilatih ditambah unit yang baru "
                        "dilatih kemudian (pembanding sebelum pelatihannya).",
                        "Number of comparison units in the DiD design: untrained units plus units trained later "
                        "(a comparison before their training).", "jumlah"),
    unit_pembanding_tidak_dilatih=Doc("Dari unit pembanding: unit yang tidak dilatih di jendela.",
                                      "Of the comparison units: units not trained in the window.", "jumlah"),
    unit_pembanding_dilatih_kemudian=Doc(
        "Dari unit pembanding: unit yang baru dilatih kemudian, pembanding sebelum pelatihannya; unit ini juga "
        "terhitung di antara unit dilatih bila kelompoknya punya perbandingan sesudah pelatihannya (lihat "
        "`unit_seluruhnya`).",
        "Of the comparison units: units trained later, a comparison before their training; these units are also "
        "counted among the trained units when their cohort has a comparison after its training (see "
        "`unit_seluruhnya`).", "jumlah"),
    unit_mencapai_ambang=Doc("Jumlah unit cakupan yang mencapai ambang pelatihan di jendela, dengan atau tanpa data "
                             "hasil; `unit_dilatih` dapat lebih kecil (`rincian_unit` menyebut yang lain).",
                             "Number of the scope's units that reached the training threshold in the window, with or "
                             "without outcome data; `unit_dilatih` may be smaller (`rincian_unit` gives the others).",
                             "jumlah"),
    unit_seluruhnya=Doc("Jumlah unit berbeda dalam perbandingan: unit dilatih dan unit pembanding, unit yang ada di "
                        "keduanya dihitung sekali.",
                        "Number of distinct units in the comparison: trained and comparison units, a unit in both "
                        "counted once.", "jumlah"),
    hitungan_dilatih=Doc("Apa yang dihitung `unit_dilatih`: `sel_pasca` = unit dari kohort yang sesudah pelatihannya "
                         "punya sel perbandingan (sedikitnya 2 unit kohort dan 2 unit belum dilatih, dengan data); "
                         "`data_sebelum_sesudah` = tanpa sel apa pun, unit yang mencapai ambang dengan data pada "
                         "periode sebelum dan sesudah.",
                         "What `unit_dilatih` counts: `sel_pasca` = the units of a cohort that has a comparison cell "
                         "after its training (at least 2 cohort units and 2 untrained units, with data); "
                         "`data_sebelum_sesudah` = without any cell, the units that reached the threshold with data "
                         "in the before and after periods.", "teks"),
    dilatih_sebelum=Doc("Rata-rata hasil unit dilatih pada periode sebelum.",
                        "Mean outcome of trained units in the before period.", "lihat_objek"),
    dilatih_sesudah=Doc("Rata-rata hasil unit dilatih pada periode sesudah.",
                        "Mean outcome of trained units in the after period.", "lihat_objek"),
    tidak_sebelum=Doc("Rata-rata hasil unit tidak dilatih pada periode sebelum.",
                      "Mean outcome of untrained units in the before period.", "lihat_objek"),
    tidak_sesudah=Doc("Rata-rata hasil unit tidak dilatih pada periode sesudah.",
                      "Mean outcome of untrained units in the after period.", "lihat_objek"),
    # the file and its scope
    versi_skema=Doc(f"Versi struktur berkas (sekarang {SCHEMA_VERSION}); versi lain ditolak saat dibaca.",
                    f"Version of the file's structure (now {SCHEMA_VERSION}); other versions are refused "
                    "when read.", "bilangan_bulat"),
    tahun=Doc("Tahun evaluasi (di akar dan parameter; bawaan: tahun terakhir yang punya kegiatan) atau tahun "
              "anggaran (di `realisasi_anggaran[]`).",
              "Evaluated year (at the root and in the parameters; default: the latest year with activities) or "
              "budget year (in `realisasi_anggaran[]`).", "tahun"),
    sintetis=Doc("true bila data adalah data contoh sintetis, bukan data nyata.",
                 "true when the data are the synthetic sample, not real data.", "boolean"),
    slug=Doc("Slug cakupan (slug dinas atau \"provinsi\").", "Slug of the scope (dinas slug or \"provinsi\").",
             "teks"),
    nama=Doc("Nama resmi dinas, atau nama unsur SKM (di `komunikasi.unsur[]`).",
             "Official name of the dinas, or name of the SKM element (in `komunikasi.unsur[]`).", "teks"),
    jenis=Doc("Jenis cakupan: \"dinas\" atau \"provinsi\".", "Kind of scope: \"dinas\" or \"provinsi\".", "teks"),
    dinas=Doc("Slug dinas; di `provenans.data` daftar slug semua dinas dalam data.",
              "Dinas slug; in `provenans.data` the list of every dinas slug in the data.", "teks"),
    unit_kerja=Doc("Nama unit kerja atau unit layanan.", "Name of the work unit or service unit.", "teks"),
    # data
    n_pegawai=Doc("Jumlah ASN cakupan ini.", "Number of ASN in the scope.", "jumlah"),
    n_unit=Doc("Jumlah unit kerja (dinas, unit_kerja) ASN cakupan ini.",
               "Number of work units (dinas, unit_kerja) of the scope's ASN.", "jumlah"),
    n_kegiatan_tahun=Doc("Jumlah kegiatan yang diselenggarakan cakupan ini dan selesai pada tahun evaluasi.",
                         "Number of activities organised by the scope and ending in the evaluated year.", "jumlah"),
    n_partisipasi_tahun=Doc("Jumlah partisipasi ASN cakupan ini dalam kegiatan tahun evaluasi.",
                            "Number of participations of the scope's ASN in the evaluated year's activities.",
                            "jumlah"),
    n_partisipasi_lengkap=Doc("Jumlah partisipasi tahun evaluasi yang punya ketiga nilai: pre, post dan penilaian "
                              "perilaku (baris yang lengkap dihitung, bukan yang terkecil dari tiga hitungan).",
                              "Number of the evaluated year's participations with all three values: pre, post and a "
                              "behaviour rating (complete rows counted, not the smallest of three counts).", "jumlah"),
    n_responden_skm=Doc("Jumlah responden SKM unit cakupan ini, semua periode.",
                        "Number of SKM respondents of the scope's units, all periods.", "jumlah"),
    ada_skm=Doc("Ada data SKM.", "SKM data are present.", "boolean"),
    ada_anggaran=Doc("Ada data anggaran.", "Budget data are present.", "boolean"),
    ada_kinerja=Doc("Ada data kinerja unit.", "Unit performance data are present.", "boolean"),
    ada_nilai_test=Doc("Ada partisipasi tahun evaluasi dengan nilai pre dan post.",
                       "Some participation of the evaluated year has pre and post scores.", "boolean"),
    dinas_registri=Doc("Jumlah dinas di registri (src/evalasn/registry.py).", "Number of agencies in the registry.",
                       "jumlah"),
    dinas_dengan_data=Doc("Kode dinas yang punya data pegawai dalam run ini.",
                          "Codes of the agencies with staff data in this run.", "daftar_teks"),
    dinas_tanpa_data=Doc("Kode dinas registri yang tidak punya data dalam run ini.",
                         "Codes of the registry's agencies without data in this run.", "daftar_teks"),
    minimum_dinas_perbandingan=Doc(
        "Jumlah dinas dengan data yang diperlukan untuk perbandingan dan peringkat antar-dinas "
        "(constants.MIN_DINAS_COMPARISON).",
        "Number of agencies with data needed for comparisons and ranks among agencies "
        "(constants.MIN_DINAS_COMPARISON).", "jumlah"),
    perbandingan_antar_dinas=Doc(
        "true bila dinas dengan data cukup banyak untuk perbandingan dan peringkat antar-dinas; false: peringkat "
        "dan perbandingan dengan dinas lain tidak dihitung.",
        "true when enough agencies have data for comparisons and ranks among agencies; false: ranks and "
        "comparisons with other agencies are not computed.", "boolean"),
    # pelaksanaan
    rata_jp=Doc(f"Rata-rata JP per {COUNTED_PNS[0]} pada tahun evaluasi (0 bagi yang tidak ikut).",
                f"Mean JP per {COUNTED_PNS[1]} in the evaluated year (0 for those who took no part).",
                "jp"),
    golongan_ruang=Doc("Kelompok golongan (I, II, III, IV).", "Civil-service rank group (I, II, III, IV).", "teks"),
    jenis_jabatan=Doc("Jenis jabatan (struktural, fungsional, pelaksana).",
                      "Position type (structural, functional, administrative).", "teks"),
    persen_bawah=Doc("Batas bawah rentang keyakinan 95% untuk `persen_memenuhi` (cara Wilson).",
                     "Lower bound of the 95% CI of `persen_memenuhi` (Wilson's method).", "persen"),
    persen_atas=Doc("Batas atas rentang keyakinan 95% untuk `persen_memenuhi` (cara Wilson).",
                    "Upper bound of the 95% CI of `persen_memenuhi` (Wilson's method).", "persen"),
    # --- estimates (issue 10.6) ---
    n_pns=Doc("Jumlah PNS cakupan ini (status tercatat PNS).", "Number of the scope's PNS (status recorded as PNS).",
              "jumlah"),
    n_unit_di_bawah=Doc(
        f"Jumlah unit kerja (dengan ≥ {constants.MIN_N} PNS) yang persen memenuhi {constants.JP_MINIMUM_PER_YEAR} "
        "JP-nya di bawah persen keseluruhan (`keseluruhan`), dihitung sebelum daftar `unit_terendah` dipotong: "
        "hitungan, bukan estimasi.",
        f"Number of work units (with ≥ {constants.MIN_N} PNS) whose percent meeting {constants.JP_MINIMUM_PER_YEAR} "
        "JP is below the overall percent (`keseluruhan`), counted before the `unit_terendah` list is cut: a count, "
        "not an estimate.", "jumlah"),
    n_status_tidak_diketahui=Doc("Jumlah ASN tanpa status tercatat; dihitung bersama PNS dalam kewajiban 20 JP.",
                                 "Number of ASN without a recorded status; counted with the PNS in the 20 JP duty.",
                                 "jumlah"),
    persen_memenuhi=Doc(f"Persen {COUNTED_PNS[0]} unit dengan ≥ {constants.JP_MINIMUM_PER_YEAR} JP.",
                        f"Percent of the unit's {COUNTED_PNS[1]} with ≥ {constants.JP_MINIMUM_PER_YEAR} JP.",
                        "persen"),
    metode=Doc("Metode pengembangan (pelatihan, workshop, seminar, mentoring, e-learning); di `pooling` metode "
               "estimasi (\"mixedlm\", \"mixedlm_batas\" atau \"tanpa_pooling\").",
               "Development method (classroom training, workshop, seminar, mentoring, e-learning); in `pooling` the "
               "estimation method (\"mixedlm\", \"mixedlm_batas\" or \"tanpa_pooling\").", "teks"),
    n_kegiatan=Doc("Jumlah kegiatan (di model anggaran: kegiatan dalam model).",
                   "Number of activities (in the budget model: activities in the model).", "jumlah"),
    n_peserta=Doc("Jumlah peserta kegiatan (semua peserta tercatat).",
                  "Number of participants of the activities (every recorded participant).", "jumlah"),
    jp_total=Doc("Jumlah JP kegiatan (bukan JP × peserta).", "Sum of the activities' JP (not JP × participants).",
                 "jp"),
    anggaran_rp=Doc("Total biaya kegiatan: semua pesertanya, bernilai atau tidak (seperti Tabel 4); biaya per poin "
                    "membagi hanya bagian peserta yang punya nilai pre dan post.",
                    "Total cost of the activities: all their participants, with scores or not (as Table 4); a cost "
                    "per point divides only the share of participants with both scores.", "rp"),
    jumlah_di_atas_batas=Doc(
        f"Banyaknya PPPK dengan lebih dari {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP (PP 49/2018 Pasal 39): hitungan "
        "seluruh PPPK, bukan estimasi, jadi disebut pada setiap n (porsinya perlu sedikitnya "
        f"{constants.MIN_N} PPPK).",
        f"Number of PPPK with more than {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP (PP 49/2018 Art. 39): a count of "
        f"every PPPK, not an estimate, so given at any n (its share needs at least {constants.MIN_N} PPPK).",
        "jumlah"),
    biaya_di_atas_batas_rp=Doc(
        f"Biaya jam pelajaran PPPK di atas {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP (PP 49/2018 Pasal 39): bagi setiap "
        f"PPPK di atas batas, biaya kegiatannya per peserta × (JP − {constants.PPPK_JP_MAXIMUM_PER_YEAR}) / JP; "
        "jumlah biaya, bukan estimasi; null bila kegiatan tidak memuat biaya.",
        f"Cost of the PPPK lesson hours beyond {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP (PP 49/2018 Art. 39): for each "
        f"PPPK above the cap, their activities' cost per participant × (JP − {constants.PPPK_JP_MAXIMUM_PER_YEAR}) / "
        "JP; a sum of costs, not an estimate; null when the activities carry no cost.", "rp"),
    menurun=Doc("Seluruh selang 95% kenaikan nilai di bawah nol: nilai peserta turun.",
                "The whole 95% interval of the score gain lies below zero: participants' scores fell.", "boolean"),
    biaya_tercatat=Doc("Biaya kegiatan metode itu tercatat (di atas Rp 0; analysis.budget.recorded_cost); false: "
                       "Rp 0 atau kosong, `anggaran_rp` 0 dan temuannya kenaikan nilai saja. Tidak ada: tercatat.",
                       "The method's activity cost is recorded (above Rp 0; analysis.budget.recorded_cost); false: "
                       "Rp 0 or blank, `anggaran_rp` 0 and the finding is the score gain alone. Absent: recorded.",
                       "boolean"),
    tema=Doc("Tema kegiatan (huruf kecil).", "Activity theme (lower case).", "teks"),
    pagu_rp=Doc("Pagu anggaran.", "Budget ceiling.", "rp"),
    realisasi_rp=Doc("Realisasi anggaran.", "Budget spent.", "rp"),
    dinas_anggaran=Doc("Dinas (slug) yang mengirim baris anggaran tahun itu: pagu dan realisasinya dijumlah atas "
                        "mereka saja (laporan provinsi: bisa berbeda antartahun).",
                        "The dinas (slugs) that sent budget rows that year: its ceiling and spending are summed over "
                        "them only (province report: may differ between years).", "daftar_teks"),
    dinas_pagu_nol=Doc("Dinas (slug) yang baris anggarannya tahun itu berpagu Rp 0: pagu tidak tercatat, tidak "
                       "masuk `dinas_anggaran` dan jumlahnya (analysis.budget.recorded_ceiling).",
                       "The dinas (slugs) whose budget rows that year have a ceiling of Rp 0: a ceiling not recorded, "
                       "left out of `dinas_anggaran` and its sums (analysis.budget.recorded_ceiling).", "daftar_teks"),
    dinas_dikecualikan=Doc("Dinas (slug) yang punya temuan sendiri untuk metode ini (`tanpa_kenaikan`, "
                           "`sedikit_kenaikan`): pesertanya tidak dihitung.",
                           "The dinas (slugs) with a finding of their own for this method (`tanpa_kenaikan`, "
                           "`sedikit_kenaikan`): their participants are left out.", "daftar_teks"),
    persen_realisasi=Doc("Realisasi / pagu × 100 (null bila pagu 0); di `perbandingan_dinas[]` untuk tahun evaluasi.",
                         "Spent / ceiling × 100 (null when the ceiling is 0); in `perbandingan_dinas[]` for the "
                         "evaluated year.", "persen"),
    # level 4
    periode=Doc("Periode survei.", "Survey period.", "kode_periode"),
    # --- estimates (issue 10.6) ---
    kategori_bawah=Doc("Kategori IKM pada batas bawah selang 95% (\"B; rentang mencapai C\").",
                       "IKM category at the lower bound of the 95% interval (\"B; the interval reaches C\").",
                       "teks"),
    kategori_atas=Doc("Kategori IKM pada batas atas selang 95%.", "IKM category at the upper bound of the 95% "
                      "interval.", "teks"),
    sampel_kurang=Doc("true bila responden unit kurang dari sampel minimum (`level4_hasil.ikm_sampel`); kategorinya "
                      "indikatif.",
                      "true when the unit's respondents are fewer than the minimum sample "
                      "(`level4_hasil.ikm_sampel`); its category is indicative.", "boolean"),
    pengguna_diasumsikan=Doc("Jumlah pengguna layanan per unit per periode yang diasumsikan untuk sampel minimum.",
                             "Service users per unit per period assumed for the minimum sample.", "jumlah"),
    responden_minimum=Doc("Sampel minimum Krejcie & Morgan untuk jumlah pengguna itu.",
                          "Krejcie & Morgan's minimum sample for that number of users.", "jumlah"),
    jumlah_unit=Doc("Jumlah unit layanan dengan SKM pada periode itu.", "Number of service units with an SKM in the "
                    "period.", "jumlah"),
    unit_sampel_kurang=Doc("Jumlah unit dengan responden di bawah sampel minimum.",
                           "Number of units with fewer respondents than the minimum sample.", "jumlah"),
    alasan_ikm=Doc("Mengapa IKM tahun yang dievaluasi tidak ada: \"skm_tidak_diterima\" bila cakupan ini punya SKM "
                   "tahun sebelumnya tetapi tidak tahun ini (IKM tahun ini, peringkat, temuan dan baris rencana SKM "
                   "tidak dihitung); null bila ada SKM tahun ini atau tanpa SKM sama sekali.",
                   "Why the evaluated year's IKM is missing: \"skm_tidak_diterima\" when the scope has SKM of earlier "
                   "years but none of this year (this year's IKM, rank, findings and SKM plan rows are not computed); "
                   "null when the year has an SKM or there is no SKM at all.", "teks"),
    periode_terbaru=Doc("Periode survei SKM terbaru tahun yang dievaluasi (null bila tahun itu tanpa SKM: periode "
                        "tahun sebelumnya tidak menjadi angka tahun ini).",
                        "The evaluated year's latest SKM survey period (null when that year has no SKM: an earlier "
                        "year's period never becomes this year's figure).",
                        "kode_periode"),
    kategori=Doc(f"Kategori mutu pelayanan dari IKM konversi dibulatkan 2 desimal: {CATEGORIES}, selain itu D.",
                 f"Service quality category from the converted IKM rounded to 2 decimals: {CATEGORIES}, else D.",
                 "teks"),
    label=Doc(f"Sebutan kategori ({CATEGORY_LABELS['id']}).",
              f"Category label ({CATEGORY_LABELS['en']}; in Indonesian in the results file).", "teks"),
    **_ELEMENTS,
    unsur=Doc("Kode unsur SKM (u1–u9).", "SKM element code (u1–u9).", "teks"),
    unsur_terlemah=Doc("Kode unsur dengan rata-rata terendah di unit itu.",
                       "Code of the element with the lowest mean in the unit.", "teks"),
    nilai_unsur_terlemah=Doc("Rata-rata unsur terlemah.", "Mean of the weakest element.", "skor_1_4"),
    lemah=Doc(f"Rata-rata unsur di bawah {constants.WEAK_ELEMENT_THRESHOLD} (di bawah pita B).",
              f"Element mean below {constants.WEAK_ELEMENT_THRESHOLD} (below the B band).", "boolean_null"),
    komunikasi=Doc("Unsur tentang komunikasi ASN dengan masyarakat (" + ", ".join(constants.COMMUNICATION_ELEMENTS)
                   + ").", "Element about communication between ASN and the public ("
                   + ", ".join(constants.COMMUNICATION_ELEMENTS) + ").", "boolean"),
    # --- impact (issue 10) ---
    intervensi=Doc("Parameter INTERVENSI: teks tema/nama kegiatan atau kegiatan_id, dipisah koma; kosong = semua "
                   "kegiatan.", "Parameter INTERVENSI: activity theme/name text or kegiatan_id, comma-separated; "
                   "empty = every activity.", "teks"),
    # read in the report workbook too: the settings by what they are, not by a Make variable's name (REVIEW5 D6)
    teks=Doc("Teks intervensi seperti tertulis di pengaturan (config/intervensi.yml atau parameter model); kosong "
             "bila tidak ada yang dinyatakan.",
             "The intervention's text as written in the settings (config/intervensi.yml or a model parameter); "
             "empty when none is declared.", "teks"),
    dipilih=Doc("true bila intervensi dinyatakan di pengaturan; kata sebab-akibat hanya dengan intervensi yang "
                "dinyatakan.",
                "true when an intervention is declared in the settings; causal words only with a declared "
                "intervention.", "boolean"),
    e_acuan=Doc("Waktu relatif periode acuan kohort itu, dalam periode kalender (biasanya −1); digambar di 0.",
                 "Relative time of the cohort's reference period, in calendar periods (usually −1); drawn at 0.",
                 "-"),
    penugasan=Doc("Cara unit mendapat pelatihan (parameter DESAIN): \"observasional\" (bawaan) atau \"acak\" "
                  "(penugasan acak yang dinyatakan).",
                  "How units came to be trained (parameter DESAIN): \"observasional\" (default) or \"acak\" "
                  "(declared random assignment).", "teks"),
    penjamin=Doc("Siapa yang menjamin penugasan acak (config/intervensi.yml `penjamin`); kosong bila tidak disebut.",
                 "Who vouches for the random assignment (config/intervensi.yml `penjamin`); empty when not named.",
                 "teks"),
    # a difference, as its header says: no causal word, which needs a declared intervention (LOOK21 X-9)
    efek_minimum_terdeteksi=Doc("Selisih minimum yang terdeteksi desain ini (daya 80%, taraf 5%, dua sisi): "
                                "pergeseran t nonsentral (df selang) yang melewati nilai kritis selang dengan peluang "
                                "80%, × galat baku / median(galat baku / galat baku sebenarnya), dalam satuan "
                                "estimasi.",
                                "Minimum detectable difference of this design (80% power, 5% level, two-sided): the "
                                "noncentral-t (the interval's df) shift that passes the interval's critical value "
                                "with probability 80%, × standard error / median(SE / true SE), in the estimate's "
                                "unit.",
                                "lihat_objek"),
    unit_untuk_estimasi_ini=Doc("Bila rentang keyakinan 95% memuat nol: jumlah unit (dilatih + pembanding, "
                                "proporsi sama) agar selisih sebesar estimasi ini menjadi `efek_minimum_terdeteksi`; "
                                "null bila tidak dihitung.",
                                "When the 95% CI includes zero: units (trained + comparison, same proportion) with "
                                "which a difference the size of this estimate would be the `efek_minimum_terdeteksi`; "
                                "null when not computed.", "jumlah"),
    n_kegiatan_jendela=Doc("Kegiatan intervensi yang dipakai perbandingan: selesai di jendela kegiatan dan diikuti "
                           "pegawai cakupan ini (`n_kegiatan` menghitung semua tahun dan dinas).",
                           "Intervention activities the comparison uses: finished in the activity window and attended "
                           "by this scope's staff (`n_kegiatan` counts every year and agency).", "jumlah"),
    n_kegiatan_intervensi=Doc("Kegiatan intervensi cakupan ini pada tahun evaluasi.",
                         "This scope's intervention activities in the evaluated year.", "jumlah"),
    biaya_intervensi_rp=Doc("Biaya kegiatan intervensi cakupan ini pada tahun evaluasi (jumlah `anggaran_rp`).",
                       "The cost of this scope's intervention activities in the evaluated year (sum of "
                       "`anggaran_rp`).", "rp"),
    biaya_kegiatan_tahun_rp=Doc("Biaya semua kegiatan cakupan ini pada tahun evaluasi: penyebut bagian biaya "
                                "intervensi.", "The cost of every activity of this scope in the evaluated year: the "
                                "denominator of the intervention's share.", "rp"),
    tema_cocok=Doc("Tema kegiatan yang cocok (paling banyak 10).", "Themes of the matched activities (at most 10).",
                   "daftar_teks"),
    desain=Doc("\"studi_peristiwa\" (lebih dari dua periode) atau \"2x2\" (dua periode, tanpa uji tren awal).",
               "\"studi_peristiwa\" (more than two periods) or \"2x2\" (two periods, no pre-trend check).", "teks"),
    periode_dipakai=Doc("Periode hasil yang dipakai (sampai periode sesudah).",
                        "Outcome periods used (up to the after period).", "daftar_teks"),
    periode_acuan=Doc("Periode acuan kohort: periode terakhir yang selesai sebelum unit kohort itu mencapai ambang.",
                      "The cohort's reference period: the last period that ended before its units reached the "
                      "threshold.", "kode_periode"),
    alasan_pembanding=Doc(
        "Di `rincian_unit[]`, unit \"dilatih_tidak_dipakai\": mengapa unit itu juga bukan pembanding kohort lain "
        "sesudah pelatihan kohort itu — \"acuan_sudah_lewat\" (periode acuannya sendiri, `periode_acuan`, sudah lewat "
        "pada setiap periode itu; unit lain mulai dibandingkan pada `periode_dibandingkan`), \"tanpa_data\" (tanpa "
        "data hasil pada periode itu dan periode acuan kohort itu), \"tanpa_perbandingan_lain\" (selagi belum "
        f"dilatih, tidak ada perbandingan kohort lain: kurang dari {constants.MIN_UNITS_PER_CELL} unit kohort itu atau "
        f"{constants.MIN_UNITS_PER_CELL} unit pembanding dengan data); tanpa perbandingan kelompok-waktu sama sekali "
        "sama dengan `alasan`.",
        "In `rincian_unit[]`, a \"dilatih_tidak_dipakai\" unit: why it is not a comparison of another cohort after "
        "that cohort's training either — \"acuan_sudah_lewat\" (its own reference period, `periode_acuan`, lies "
        "before every such period; the other units are compared from `periode_dibandingkan`), \"tanpa_data\" (no "
        "outcome data at such a period and that cohort's reference period), \"tanpa_perbandingan_lain\" (while it "
        f"was untrained, no other cohort's comparison: fewer than {constants.MIN_UNITS_PER_CELL} units of that cohort "
        f"or {constants.MIN_UNITS_PER_CELL} comparison units with data); without any group-time comparison the same "
        "as `alasan`.", "teks"),
    periode_dibandingkan=Doc(
        "Di `rincian_unit[]` dengan `alasan_pembanding` \"acuan_sudah_lewat\": periode pertama sesudah periode "
        "acuan unit itu saat unit kohort lain dibandingkan.",
        "In `rincian_unit[]` with `alasan_pembanding` \"acuan_sudah_lewat\": the first period after those units' "
        "reference period in which another cohort's units are compared.", "kode_periode"),
    n_unit_kelompok=Doc("Jumlah unit dalam kelompok itu.", "Number of units in that group.", "jumlah"),
    kelompok=Doc("Kelompok unit dalam rincian unit selisih-dari-selisih (`rincian_unit`): \"dilatih\", "
                 "\"dilatih_juga_pembanding\", \"dilatih_kemudian_pembanding\", \"dilatih_tidak_dipakai\", "
                 "\"tidak_dilatih_pembanding\" atau \"tidak_dilatih_tidak_dipakai\".",
                 "A group of units in a difference-in-differences' unit accounting (`rincian_unit`): \"dilatih\", "
                 "\"dilatih_juga_pembanding\", \"dilatih_kemudian_pembanding\", \"dilatih_tidak_dipakai\", "
                 "\"tidak_dilatih_pembanding\" or \"tidak_dilatih_tidak_dipakai\".", "teks"),
    jp_per_pegawai=Doc("Rata-rata antarunit JP kegiatan lain per pegawai di jendela.",
                       "Mean over units of other activities' JP per staff in the window.", "jp"),
    persen_pegawai=Doc("Rata-rata antarunit persen pegawai yang ikut kegiatan lain di jendela.",
                       "Mean over units of the percent of staff in other activities in the window.", "persen"),
    e=Doc("Waktu relatif: periode dikurangi periode kohort (0 = periode pertama sesudah ambang).",
          "Relative time: period minus the cohort's period (0 = the first period after the threshold).",
          "bilangan_bulat"),
    fase=Doc("\"pre\", \"transisi\" atau \"pasca\".", "\"pre\", \"transisi\" or \"pasca\".", "teks"),
    n_unit_dilatih=Doc("Jumlah unit dilatih di balik estimasi waktu relatif itu.",
                       "Trained units behind that relative-time estimate.", "jumlah"),
    n_klaster=Doc("Jumlah unit (klaster) dalam estimasi.", "Number of units (clusters) in the estimate.", "jumlah"),
    bootstrap_liar=Doc(f"true bila unit (model anggaran: kegiatan) < {constants.FEW_CLUSTERS}: bootstrap liar "
                       "klaster (bobot Webb, "
                       f"{constants.WILD_BOOTSTRAP_REPS} ulangan, seed tetap) juga dihitung dan selang yang lebih "
                       "lebar dipakai.",
                       f"true when units (budget model: activities) < {constants.FEW_CLUSTERS}: a wild cluster "
                       "bootstrap (Webb weights, "
                       f"{constants.WILD_BOOTSTRAP_REPS} draws, fixed seed) is run too and the wider interval is kept.",
                       "boolean"),
    per_poin_persen=Doc("Satuan dosis: perbedaan perubahan per sekian poin persen staf dilatih.",
                        "Dose unit: difference in change per this many percentage points of staff trained.",
                        "persen"),
    k=Doc("Jumlah estimasi pre dalam uji bersama.", "Number of pre estimates in the joint test.", "jumlah"),
    statistik_f=Doc("Statistik F uji tren awal.", "F statistic of the pre-trend check.", "-"),
    df1=Doc("Derajat bebas pembilang F.", "Numerator degrees of freedom of F.", "-"),
    df2=Doc("Derajat bebas penyebut F.", "Denominator degrees of freedom of F.", "-"),
    alpha=Doc("Taraf uji tren awal (PRETREND_ALPHA).", "Level of the pre-trend check (PRETREND_ALPHA).",
              "probabilitas"),
    kode_alasan=Doc("Kode mengapa belum boleh disebut efek: tanpa_pembanding, unit_kurang, rentang_melebihi_skala, "
                    "tanpa_uji_tren, "
                    "tren_awal_berbeda, uji_tren_lemah (uji tren awal tidak menyingkirkan selisih sebelum pelatihan "
                    "sebesar separuh efek), selang_memuat_nol, arah_tak_terduga.",
                    "Codes of why it may not yet be called an effect: tanpa_pembanding, unit_kurang, "
                    "rentang_melebihi_skala, tanpa_uji_tren, "
                    "tren_awal_berbeda, uji_tren_lemah (the pre-trend check does not rule out a pre-training "
                    "difference of half the effect), selang_memuat_nol, arah_tak_terduga.", "daftar_teks"),
    e_terdekat=Doc("Waktu relatif estimasi sebelum pelatihan yang terdekat ke pelatihan (estimasi dan selangnya di "
                   "studi peristiwa).",
                   "Relative time of the pre-training estimate nearest the training (its estimate and interval in the "
                   "event study).", "jumlah"),
    selisih_minimum_terdeteksi=Doc(f"Selisih sebelum pelatihan terkecil yang terdeteksi estimasi pre terdekat (daya "
                                   f"{constants.POWER:.0%}, taraf 5%, dua sisi; dari SE dan df-nya sendiri).",
                                   f"Smallest pre-training difference the nearest pre estimate detects "
                                   f"({constants.POWER:.0%} power, 5% level, two-sided; from its own SE and df).",
                                   "lihat_objek"),
    sebab=Doc("Mengapa uji tren awal tidak ada: tanpa_dilatih, tanpa_pembanding, unit_kurang (kurang dari "
              f"{constants.MIN_UNITS_PER_ARM} unit per kelompok), satu_periode_sebelum (periode acuan satu-satunya "
              "periode sebelum pelatihan), data_sebelum_kurang (terlalu sedikit unit punya data pada periode lebih "
              "awal), df_kurang (unit terlalu sedikit untuk uji bersama).",
              "Why there is no pre-trend check: tanpa_dilatih, tanpa_pembanding, unit_kurang (fewer than "
              f"{constants.MIN_UNITS_PER_ARM} units per group), satu_periode_sebelum (the reference period is the only "
              "period before training), data_sebelum_kurang (too few units with data in earlier periods), df_kurang "
              "(too few units for the joint test).", "daftar_teks"),
    boleh_kausal=Doc("Boleh memakai kata sebab-akibat (\"berdampak\").", "May use a causal word (\"had an "
                     "effect\").", "boolean"),
    tersedia=Doc("Periode sebelum dan sesudah ada sehingga DiD dapat disusun.",
                 "The before and after periods exist, so the DiD can be set up.", "boolean"),
    alasan=Doc("Mengapa DiD tidak tersedia (\"periode_tidak_ada\": periode sebelum atau sesudah tidak ada dalam "
               "data; \"periode_berurutan\": periode sebelum dan sesudah berurutan, tanpa jendela pelatihan di "
               "antaranya, `periode_sebelum` dan `periode_sesudah` menyebutnya; \"tanpa_skm\": tidak ada data SKM); "
               "di `putusan.kode_alasan` selisih-dari-selisih: kode mengapa "
               "belum boleh disebut efek — "
               "tanpa_pembanding, unit_kurang, tanpa_uji_tren, tren_awal_berbeda, selang_memuat_nol, "
               "arah_tak_terduga; di biaya per poin: \"kegiatan_kurang\" (kurang dari "
               f"{constants.MIN_ACTIVITIES_COST} kegiatan atau {constants.MIN_N} peserta), \"biaya_tidak_tercatat\" "
               f"(kurang dari {constants.MIN_ACTIVITIES_COST} kegiatan atau {constants.MIN_N} peserta dengan biaya "
               "tercatat, sedangkan kegiatan bernilai cukup: biaya sisanya Rp 0 atau kosong, `kegiatan_tanpa_biaya`), "
               "\"gain_tidak_positif\" "
               "(total kenaikan ≤ 0: temuan, bukan data kurang), \"gain_belum_jelas\" (`status_kenaikan` kenaikan "
               "itu bukan \"naik\": selang 95% kenaikan mencapai nol, jadi tidak ada yang dapat dibagi dengan pasti) "
               "atau \"rasio_tak_terbatas\" (kenaikan jelas di atas nol, tetapi lebih dari "
               f"{_percent_id(constants.COST_UNBOUNDED_SHARE)} replikasi bootstrap tanpa kenaikan positif: biaya per "
               "poin tanpa batas atas terhingga); di model anggaran: "
               "\"kegiatan_kurang_regresi\" atau "
               "\"biaya_sama\" (biaya per peserta tanpa keragaman); di koefisien regresi lain (koefisien nilai pre, "
               "perilaku per 10 poin kenaikan, kenaikan per poin resistensi): \"data_kurang_regresi\" (kurang dari "
               f"{constants.MIN_N_REGRESSION} data) atau \"tanpa_keragaman\", dan pada koefisien nilai pre juga "
               "\"kegiatan_kurang_klaster\"; di cakupan dan 20 JP: \"tanpa_data_kegiatan\" "
               "(tidak ada baris kegiatan atau peserta dinas itu pada tahun itu); di 20 JP juga \"tanpa_pns\" "
               "(semua ASN cakupan itu PPPK: kewajiban 20 JP tidak berlaku, `n_asn`); di kenaikan nilai (juga yang "
               "disesuaikan per metode) dan rata-rata unsur: \"peserta_kurang\" "
               f"(kurang dari {constants.MIN_N} peserta dengan nilai pre dan post), "
               f"\"kegiatan_kurang_klaster\" (kurang dari {constants.MIN_CLUSTERS} kegiatan: tanpa selang, "
               f"`rata_peserta` saja), \"unit_kurang_klaster\" (unsur atau IKM dinas dari kurang dari "
               f"{constants.MIN_CLUSTERS} unit layanan: tanpa selang, tanpa kategori, tanpa penilaian lemah dan tanpa "
               "peringkat; `rata_unsur` atau `rata_ikm` saja), \"tanpa_keragaman\"; di dosis: \"unit_kurang_dosis\" "
               f"(kurang dari {constants.MIN_UNITS_DOSE} unit dengan data sebelum dan sesudah), "
               "\"rentang_melebihi_skala\" (selang 95% lebih lebar dari seluruh skala ukurannya: perhitungan gagal, "
               "bukan ketidakpastian; tidak dicetak; juga di `efek` selisih-dari-selisih); di IKM angka kunci: "
               "\"skm_tidak_diterima\" (SKM tahun yang "
               "dievaluasi tidak diterima, `terakhir` menyebut periode sebelumnya), \"skm_periode_lain\" (di "
               "`perbandingan_dinas[]`: SKM terakhir dinas itu dari periode yang lebih awal daripada periode provinsi; "
               "`terakhir` menyebut angkanya); di `rincian_unit[]` selisih-dari-selisih: mengapa unit tidak dihitung "
               "di kelompoknya sendiri — \"di_luar_periode\" (mencapai ambang di luar periode data yang dipakai), "
               "\"tanpa_data\" (tanpa data hasil pada periode sebelum dan sesudah pelatihan yang diperlukan), "
               f"\"sendirian_di_kohort\" (kurang dari {constants.MIN_UNITS_PER_CELL} unit kohortnya punya data "
               "itu), \"tanpa_pembanding_sesudah\" (sesudah pelatihannya tidak ada periode dengan "
               f"{constants.MIN_UNITS_PER_CELL} unit yang belum dilatih dengan data); dan mengapa unit yang tidak "
               "dipakai juga bukan pembanding (`alasan_pembanding`) — \"acuan_sudah_lewat\" (periode acuannya sendiri "
               "sudah lewat saat unit kohort lain dibandingkan), \"tanpa_data\", \"tanpa_perbandingan_lain\" (selagi "
               "belum dilatih, tidak ada perbandingan kohort lain yang cukup unitnya).",
               "Why the DiD is not available (\"periode_tidak_ada\": no before or after period in the data; "
               "\"periode_berurutan\": the before and after periods follow each other, with no training window "
               "between them, named in `periode_sebelum` and `periode_sesudah`; \"tanpa_skm\": no SKM data); in the "
               "difference-in-differences' `putusan.kode_alasan`: why it may "
               "not yet be called "
               "an effect — tanpa_pembanding, unit_kurang, tanpa_uji_tren, tren_awal_berbeda, selang_memuat_nol, "
               "arah_tak_terduga; in cost per point: \"kegiatan_kurang\" (fewer than "
               f"{constants.MIN_ACTIVITIES_COST} activities or {constants.MIN_N} participants), "
               f"\"biaya_tidak_tercatat\" (fewer than {constants.MIN_ACTIVITIES_COST} activities or "
               f"{constants.MIN_N} participants with a recorded cost while the scored ones would be enough: the "
               "others' cost is Rp 0 or blank, `kegiatan_tanpa_biaya`), \"gain_tidak_positif\" (total gain ≤ 0: "
               "a finding, not missing data), \"gain_belum_jelas\" (the "
               "gain's `status_kenaikan` is not \"naik\": its 95% interval reaches zero, so there is nothing certain "
               "to divide by) or \"rasio_tak_terbatas\" (the gain is clearly above zero, but more than "
               f"{100 * constants.COST_UNBOUNDED_SHARE:g}% of bootstrap replicates have no positive gain: no finite "
               "upper bound for the cost per point); in the budget model: "
               "\"kegiatan_kurang_regresi\" or \"biaya_sama\" (no spread in cost per participant); in another "
               "regression coefficient (the pre score's, behaviour per 10 points of gain, gain per resistance point): "
               f"\"data_kurang_regresi\" (fewer than {constants.MIN_N_REGRESSION} data points) or "
               "\"tanpa_keragaman\", and in the pre score's also \"kegiatan_kurang_klaster\"; in coverage and "
               "20 JP: \"tanpa_data_kegiatan\" (no activity or participant row of the agency that year); in 20 JP also "
               "\"tanpa_pns\" (every ASN of the scope is a PPPK: the 20 JP duty does not apply, `n_asn`); in a "
               "gain (also a method's adjusted gain) and an element mean: \"peserta_kurang\" "
               f"(fewer than {constants.MIN_N} participants with pre "
               f"and post scores), \"kegiatan_kurang_klaster\" (fewer than {constants.MIN_CLUSTERS} activities: no "
               f"interval, `rata_peserta` only), \"unit_kurang_klaster\" (an agency element or IKM from fewer than "
               f"{constants.MIN_CLUSTERS} service units: no interval, no category, not judged weak, not ranked; "
               "`rata_unsur` or `rata_ikm` only), \"tanpa_keragaman\"; in the dose: \"unit_kurang_dosis\" (fewer "
               f"than {constants.MIN_UNITS_DOSE} units with before and after data), \"rentang_melebihi_skala\" (the "
               "95% interval is wider than the whole scale of its measure: a failed computation, not an "
               "uncertainty; never printed; also in a difference-in-differences' `efek`); in the key IKM: "
               "\"skm_tidak_diterima\" (no SKM of the evaluated year "
               "received; `terakhir` names the earlier period), \"skm_periode_lain\" (in `perbandingan_dinas[]`: "
               "the agency's last SKM is of an earlier period than the province's; `terakhir` gives its figure); in "
               "a difference-in-differences' `rincian_unit[]`: why a unit is not counted in its own arm — "
               "\"di_luar_periode\" (reached the threshold outside the periods of data used), \"tanpa_data\" (no "
               "outcome data in the periods before and after the training that are needed), "
               f"\"sendirian_di_kohort\" (fewer than {constants.MIN_UNITS_PER_CELL} units of its cohort have those "
               "data), \"tanpa_pembanding_sesudah\" (no period after its training with "
               f"{constants.MIN_UNITS_PER_CELL} still-untrained units with data); and why a unit left out is not a "
               "comparison either (`alasan_pembanding`) — \"acuan_sudah_lewat\" (its own reference period had passed "
               "when another cohort's units were compared), \"tanpa_data\", \"tanpa_perbandingan_lain\" (while it "
               "was untrained, no other cohort's comparison had enough units).",
               "teks"),
    rata_peserta=Doc(f"Kenaikan yang tidak diberi selang karena kurang dari {constants.MIN_CLUSTERS} kegiatan: "
                     "rata-rata kenaikan peserta, tanpa selang (disebut laporan bersama n dan jumlah kegiatan).",
                     f"A gain given no interval for want of {constants.MIN_CLUSTERS} activities: the participants' "
                     "mean gain, without an interval (the report gives it with n and the number of activities).",
                     "poin_tes"),
    rata_unsur=Doc(f"Rata-rata unsur yang tidak diberi selang karena kurang dari {constants.MIN_CLUSTERS} unit "
                   "layanan: rata-rata responden, tanpa selang dan tanpa penilaian lemah.",
                   f"An element mean given no interval for want of {constants.MIN_CLUSTERS} service units: the "
                   "respondents' mean, without an interval and not judged weak.", "skor_1_4"),
    rata_ikm=Doc(f"IKM konversi yang tidak diberi selang karena dihitung dari kurang dari "
                 f"{constants.MIN_CLUSTERS} unit layanan: IKM semua responden, tanpa selang, tanpa kategori dan "
                 "tanpa peringkat (disebut laporan bersama n dan jumlah unit).",
                 f"A converted IKM given no interval because it rests on fewer than {constants.MIN_CLUSTERS} "
                 "service units: the IKM of all respondents, without an interval, a category or a rank (the report "
                 "gives it with n and the number of units).", "ikm"),
    n_unit_layanan=Doc("Banyaknya unit layanan (klaster) tempat rata-rata unsur atau IKM bertumpu.",
                       "Number of service units (clusters) the element mean or the IKM rests on.", "jumlah"),
    dinas_tanpa_data_kegiatan=Doc(
        "Dinas cakupan ini yang tidak punya satu pun baris kegiatan atau peserta tahun itu: tidak dihitung dalam "
        "cakupan dan 20 JP tahun itu (data yang tidak dikirim bukan berarti tidak ada pelatihan).",
        "The scope's agencies with no activity or participant row that year: left out of that year's coverage and "
        "20 JP (a missing export is not zero training).", "daftar_teks"),
    daftar_pegawai=Doc(
        "Daftar pegawai yang menjadi penyebut cakupan dan 20 JP tahun itu: ekspor pegawai tahun itu untuk setiap dinas "
        "cakupan ini, untuk sebagian dinas (yang lain dari daftar pegawai terakhir), atau daftar pegawai terakhir "
        "(tidak ada ekspor pegawai tahun itu).",
        "The staff list that year's coverage and 20 JP are counted over: that year's staff export for every agency "
        "of the scope, for some agencies (the others from the latest staff list), or the latest staff list (no staff "
        "export of that year).", "teks"),
    # --- which plan of last year the report judged (rencana_tahun_lalu, written by the report stage) ---
    sumber=Doc("Rencana tahun lalu yang dinilai: \"terbit\" (rencana yang terbit bersama laporan tahun lalu) atau "
               "\"dibuat_ulang\" (tidak ada catatan yang terbit; rekonstruksi dari data tahun lalu).",
               "Last year's plan judged: \"terbit\" (the plan published with last year's report) or "
               "\"dibuat_ulang\" (no published record; a reconstruction from last year's data).", "teks"),
    # the files themselves (reports/<slug>/hasil-<tahun lalu>.json, or rencana-terbit-<tahun lalu>.json kept when
    # the data changed): docs/siklus-tahunan.md; the workbook's definitions carry no path (LOOK18 T-7)
    berkas=Doc("Nama berkas laporan tahun lalu yang memuat rencana yang terbit; null bila rencana dibuat ulang.",
               "Name of last year's report file holding the published plan; null when the plan was reconstructed.",
               "teks"),
    id_dinilai=Doc("ID baris rencana tahun lalu yang dinilai, dalam urutan tabel BAB X.",
                   "Ids of last year's plan rows judged, in the order of chapter X's table.", "daftar_teks"),
    nilai_berbeda=Doc("ID baris yang nilai tahun lalunya di rencana yang terbit berbeda dengan nilai tahun lalu yang "
                      "dihitung ulang tahun ini dari data sekarang (data tahun lalu berubah setelah terbit); "
                      "laporan memakai nilai dan target yang terbit.",
                      "Ids of rows whose last-year value in the published plan differs from last year's value "
                      "computed again this year from the current data (last year's data changed after "
                      "publication); the report uses the published value and target.", "daftar_teks"),
    # --- the follow-up plan (rencana_tindak_lanjut[], written by the report stage) ---
    id=Doc("ID baris rencana tindak lanjut: \"<slug>-<tahun>-<kode>\"; ID yang sama di tabel BAB X, sheet rencana "
           ".xlsx dan lembar yang dikembalikan dinas.",
           "Follow-up plan row id: \"<slug>-<tahun>-<kode>\"; the same id in chapter X's table, the .xlsx plan "
           "sheet and the sheet an agency returns.", "teks"),
    kode=Doc("Kode baris: aturan rekomendasi dan subjeknya (\"JP20\", \"U7\", \"STOP-SEMINAR\", "
             "\"KENAIKAN-KESEHATAN\"), bukan urutan baris; sama di tahun berikutnya bila temuannya sama.",
             "Row code: the recommendation rule and its subject (\"JP20\", \"U7\", \"STOP-SEMINAR\", "
             "\"KENAIKAN-KESEHATAN\"), not the row's position; the same next year when the finding is the same.",
             "teks"),
    kunci_temuan=Doc("Temuan yang dicakup baris lintas tahun: kodenya, atau untuk kenaikan satu metode "
                     "\"metode:<METODE>\" (baris KECIL- dan STOP- metode yang sama adalah satu temuan).",
                     "The finding a row answers across years: its code, or for one method's gain "
                     "\"metode:<METODE>\" (the KECIL- and STOP- rows of one method are one finding).", "teks"),
    aturan=Doc("Aturan rekomendasi yang memunculkan baris (docs/metode.md, \"Aturan kata dan rekomendasi\").",
               "The recommendation rule that raised the row (docs/metode.md, \"Aturan kata dan rekomendasi\").",
               "teks"),
    ukuran=Doc("Tempat nilai indikator dibaca tahun depan di hasil.json ({s} sudah diisi); bila `dinas_dituju` "
               "berisi dinas, di hasil setiap dinas itu.",
               "Where next year's value of the indicator is read in hasil.json; when `dinas_dituju` names dinas, in "
               "each of those dinas's results.", "teks"),
    satuan=Doc("Satuan `nilai_kini` dan `target`: kunci tabel satuan dokumen ini (persen, rp_per_poin, ikm, "
               "poin_tes, jumlah, skor_1_4).",
               "Unit of `nilai_kini` and `target`: a key of this document's table of units (persen, rp_per_poin, "
               "ikm, poin_tes, jumlah, skor_1_4).", "teks"),
    nilai_kini=Doc("Nilai indikator pada tahun evaluasi, dalam `satuan`; null bila baris menyebut beberapa dinas "
                   "atau nilainya tidak satu angka.",
                   "The indicator's value in the evaluated year, in `satuan`; null when the row names several dinas "
                   "or its value is not one number.", "satuan_indikator"),
    target=Doc("Target tahun berikutnya, dalam `satuan`, seperti dicetak (dibulatkan menjauhi nilai kini); baris "
               "STOP: 0 (kenaikan seluruh selang di atas nol, atau anggaran Rp 0).",
               "Next year's target, in `satuan`, as printed (rounded away from today's value); a STOP row: 0 (a gain "
               "whose whole interval is above zero, or a budget of Rp 0).", "satuan_indikator"),
    target_dinas=Doc("Target setiap dinas di `dinas_dituju`, dalam urutannya (baris provinsi tentang kenaikan "
                     "beberapa dinas); kosong bila satu target berlaku.",
                     "Each dinas's target, in `dinas_dituju` order (a province row on several dinas's gain); empty "
                     "when one target applies.", "satuan_indikator"),
    dinas_dituju=Doc("Dinas (slug) yang dituju baris provinsi, dinilai pada hasilnya sendiri; kosong = seluruh "
                     "cakupan laporan.",
                     "The dinas (slugs) a province row is about, judged on their own results; empty = the report's "
                     "whole scope.", "daftar_teks"),
    baris_dinas=Doc("Baris provinsi yang dilaksanakan dinas: ID baris temuan yang sama di rencana tindak lanjut "
                    "setiap dinas pelaksananya (\"<dinas>-<tahun>-<kode>\"), hanya bila rencana dinas itu memuatnya. "
                    "Pelaksananya: dinas yang temuannya sendiri (KENAIKAN-<DINAS>, di sana KENAIKAN; baris STOP- atau "
                    "KECIL- yang menyebut dinas di `dinas_dituju`; baris STOP-PROV- atau KECIL-PROV-: dinas yang "
                    "kenaikan metodenya dinilai sendiri, di sana KECIL- atau STOP-<METODE>); baris yang penanggung "
                    "jawabnya unit dinas: dinas yang disebut, atau setiap dinas (kode yang sama di sana; IKM-CD-DINAS, "
                    "jumlah dinas di bawah B: IKM-CD, jumlah unit di bawah B, di dinas yang dihitungnya); baris U1-U9 "
                    "dan DATA yang dipegang satu kantor provinsi (bidang BPSDM) di kedua rencana: sama seperti baris "
                    "unit dinas (baris provinsi menilai angka seluruh provinsi, baris dinas angka dinas itu); baris "
                    "IKM atas dampak yang terbukti di provinsi: dinas yang perbandingannya sendiri merujuk ke sana. "
                    "Kosong di baris lain dan di laporan dinas; setiap ID di sini memuat ID baris ini di "
                    "`baris_provinsi`-nya.",
                    "A province row carried out by dinas: the id of the row on the same finding in the follow-up plan "
                    "of each dinas carrying it out (\"<dinas>-<tahun>-<kode>\"), only when that dinas's plan has it. "
                    "Carried out by: the dinas whose own finding it is (KENAIKAN-<DINAS>, KENAIKAN there; a STOP- or "
                    "KECIL- row naming dinas in `dinas_dituju`; a STOP-PROV- or KECIL-PROV- row: the dinas whose own "
                    "gain in the method was judged, KECIL- or STOP-<METODE> there); a row whose responsible unit is a "
                    "dinas's: the dinas named, or every dinas (the same code there; IKM-CD-DINAS, the count of dinas "
                    "below B: IKM-CD, the count of units below B, in the dinas it counts); a U1-U9 or DATA row one "
                    "provincial office (a BPSDM division) holds in both plans: as a row of the dinas's units (the "
                    "province row judges the whole province's figure, a dinas row that dinas's); the IKM row on an "
                    "effect earned "
                    "in the province: the dinas whose own comparison defers to it. Empty on other rows and in a dinas "
                    "report; each id here lists this row's id in its `baris_provinsi`.", "daftar_teks"),
    baris_provinsi=Doc("Di laporan dinas: ID baris rencana provinsi yang dilaksanakan baris ini (baris dinas sendiri "
                       "pada temuan yang sama, atau baris yang dibawa dari rencana provinsi, yang tindakannya menyebut "
                       "\"dari baris <kode> rencana provinsi\"); kosong di baris lain dan di laporan provinsi. Baris "
                       "provinsi itu memuat ID baris ini di `baris_dinas`-nya.",
                       "In a dinas report: the id of the province plan row this row carries out (the dinas's own row "
                       "on the same finding, or a row carried from the province plan, whose action says \"from row "
                       "<kode> of the province plan\"); empty on other rows and in the province report. That province "
                       "row lists this row's id in its `baris_dinas`.", "daftar_teks"),
    penanggung_jawab=Doc("Unit penanggung jawab: kunci `penanggung_jawab` di config/laporan.yml (unsur SKM: kunci "
                         "recommendation.ELEMENT_OWNER, mis. \"sekretariat\", \"layanan\"); rencana yang terbit "
                         "sebelum sesi 9 memuat nama unit unsur SKM (\"Kepala unit layanan\", \"Sekretariat dinas\").",
                         "Responsible unit: a key of `penanggung_jawab` in config/laporan.yml (an SKM element: the key "
                         "of recommendation.ELEMENT_OWNER, e.g. \"sekretariat\", \"layanan\"); plans published before "
                         "session 9 hold an SKM element's unit name (\"Kepala unit layanan\", \"Sekretariat dinas\").",
                         "teks"),
    triwulan=Doc("Triwulan batas waktu yang tercetak di BAB X, lembar kerja dan DOCX (tahunnya `tahun_batas`): "
                 "triwulan aturannya (`triwulan_aturan`) pada tahun rencana, atau triwulan tanggal laporan bila "
                 "laporan bertanggal lebih lambat; laporan bertanggal sesudah tahun rencana mencetak \"segera\" dan "
                 "mencatat triwulan tanggalnya.",
                 "Quarter of the deadline printed in chapter X, the workbook and the DOCX (its year `tahun_batas`): "
                 "the rule's quarter (`triwulan_aturan`) in the plan year, or the quarter of the report's date when "
                 "the report is dated later; a report dated after the plan year prints \"immediately\" and records "
                 "its date's quarter.", "bilangan_bulat"),
    tahun_batas=Doc("Tahun batas waktu yang tercetak (tahun rencana, tahun sesudah tahun evaluasi, atau tahun "
                    "tanggal laporan bila laporan bertanggal sesudahnya).",
                    "Year of the printed deadline (the plan year, the year after the evaluated year, or the year of "
                    "the report's date when it is dated after it).", "bilangan_bulat"),
    triwulan_aturan=Doc("Triwulan batas waktu menurut aturan baris (docs/metode.md, \"Rencana tindak lanjut\"), "
                        "sebelum dipindah ke triwulan tanggal laporan.",
                        "Quarter of the deadline by the row's rule (docs/metode.md, \"Rencana tindak lanjut\"), "
                        "before it is moved to the quarter of the report's date.", "bilangan_bulat"),
    # --- trend and comparison with the province (analysis.trend) ---
    kunci=Doc("Nama angka kunci.", "Name of the key figure.", "teks"),
    provinsi=Doc("Angka provinsi (realisasi anggaran: persen).", "The province's figure (budget realisation: percent).",
                 "persen"),
    dari=Doc("Banyaknya dinas yang punya angka ini (penyebut peringkat).",
             "Number of dinas that have this figure (the rank's denominator).", "jumlah"),
    peringkat_terbaik=Doc("Peringkat terbaik yang mungkin: 1 + dinas yang selang 95%-nya seluruhnya lebih baik.",
                          "Best possible rank: 1 + dinas whose whole 95% interval is better.", "peringkat"),
    peringkat_terburuk=Doc("Peringkat terburuk yang mungkin: banyaknya dinas − dinas yang selang 95%-nya seluruhnya "
                           "lebih buruk.",
                           "Worst possible rank: number of dinas − dinas whose whole 95% interval is worse.",
                           "peringkat"),
    periode_sebelum=Doc("Periode \"sebelum\" DiD (bawaan: periode terakhir yang selesai sebelum tahun evaluasi); di "
                        "parameter \"\" = bawaan.",
                        "DiD \"before\" period (default: the latest period ending before the evaluated year); in the "
                        "parameters \"\" = the default.", "kode_periode"),
    periode_sesudah=Doc("Periode \"sesudah\" DiD (bawaan: periode terakhir yang mulai pada/sesudah awal tahun "
                        "evaluasi); di parameter \"\" = bawaan.",
                        "DiD \"after\" period (default: the latest period starting on/after the evaluated year's "
                        "first day); in the parameters \"\" = the default.", "kode_periode"),
    jendela_kegiatan=Doc("[akhir periode sebelum, awal periode sesudah]: kegiatan yang selesai di antaranya "
                         "dihitung sebagai pelatihan.",
                         "[end of the before period, start of the after period]: activities ending in between "
                         "count as training.", "daftar_tanggal"),
    ambang_persen_dilatih=Doc("Unit dihitung dilatih bila sekurangnya persen ASN ini ikut kegiatan di jendela.",
                              "A unit counts as trained when at least this percent of its ASN finished an activity "
                              "in the window.", "persen"),
    ambang_dilatih=Doc("Ambang yang sama sebagai proporsi (parameter AMBANG).",
                       "The same threshold as a share (parameter AMBANG).", "proporsi"),
    indikator=Doc("Nama indikator kinerja unit.", "Name of the unit performance indicator.", "teks"),
    arah=Doc("Arah yang baik: \"naik_baik\" atau \"turun_baik\".", "Better direction: \"naik_baik\" or "
             "\"turun_baik\".", "teks"),
    membaik=Doc("true: selang seluruhnya di sisi yang baik; false: seluruhnya di sisi yang buruk; null: memuat nol "
                "atau data tidak cukup (angka sensus, `sensus`: menurut tanda selisihnya yang pasti; null bila nol).",
                "true: the interval lies wholly on the better side; false: wholly on the worse side; null: it "
                "contains zero or there are too few data (a census figure, `sensus`: by the sign of its exact "
                "difference; null when zero).", "boolean_null"),
    # the change of a key figure from the year before (tren[].selisih_tahun_lalu, analysis.year_change)
    berpasangan=Doc("true: selisih dihitung berpasangan (orang atau unit yang sama di kedua tahun, galat baku "
                    "berkelompok per orang atau unit); false: kedua tahun independen (kegiatan yang berbeda), selang "
                    "selisih dari selang masing-masing tahun (MOVER).",
                    "true: the difference is paired (the same persons or units in both years, standard error "
                    "clustered by person or unit); false: the two years are independent (different activities), the "
                    "difference's interval from each year's interval (MOVER).", "boolean"),
    alasan_membaik=Doc(
        "Hanya pada kenaikan nilai dinas yang disesuaikan: \"rata_peserta_tidak_sejalan\" bila selang selisihnya "
        "tidak memuat nol tetapi `membaik` null karena rata-rata kenaikan peserta tidak jelas berubah ke arah "
        "yang sama, atau \"rata_peserta_tidak_dapat_dibandingkan\" bila rata-rata kenaikan peserta salah satu tahun "
        "belum dapat dihitung dengan rentang (model campuran menarik dinas ke rata-rata provinsi tiap tahun, jadi "
        "perubahannya sebagian besar perubahan provinsi).",
        "An agency's adjusted gain only: \"rata_peserta_tidak_sejalan\" when the difference's interval excludes zero "
        "but `membaik` is null because the participants' mean gain did not clearly change the same way, or "
        "\"rata_peserta_tidak_dapat_dibandingkan\" when either year's participants' mean has no interval (the "
        "mixed model pulls an agency toward each year's province mean, so its change is largely the province's).",
        "teks"),
    sama_pembulatan=Doc("Hanya angka dengan rentang: jumlah dinas lain yang angkanya sama dengan dinas ini pada "
                        "pembulatan yang dicetak (peringkatnya tetap dari angka sebelum pembulatan); tidak ada bila "
                        "tidak ada yang sama.",
                        "Figures with an interval only: how many other dinas print the same figure as this one at "
                        "the printed rounding (its rank still comes from the unrounded figure); absent when none "
                        "does.", "jumlah"),
    sensus=Doc("true: angka sensus, dihitung dari seluruhnya (seluruh anggaran), bukan perkiraan dari sampel, jadi "
               "tanpa galat sampel: selisih kedua tahun pasti, tanpa rentang keyakinan. Di peringkat "
               "(`perbandingan_provinsi.indikator[]`): `peringkat_terbaik`–`peringkat_terburuk` bukan rentang 95%, "
               "melainkan dinas yang angkanya sama pada pembulatan yang dicetak (peringkat sama).",
               "true: a census figure, counted over everything (the whole budget), not estimated from a sample, so "
               "without sampling error: the difference of the two years is exact, with no confidence interval. In a "
               "rank (`perbandingan_provinsi.indikator[]`): `peringkat_terbaik`–`peringkat_terburuk` is no 95% "
               "range but the agencies whose figure is the same at the printed rounding (a shared rank).",
               "boolean"),
    n_pasangan=Doc("Banyaknya orang atau unit yang ada di kedua tahun (pasangan selisih berpasangan).",
                   "Number of persons or units present in both years (the pairs of a paired difference).",
                   "jumlah"),
    # budget
    # the province-wide method row's "mainly from those agencies" (analysis outside_findings; LOOK23 Z-3)
    anggaran_dikecualikan_rp=Doc(
        "Biaya kegiatan metode ini pada tahun evaluasi di dinas yang punya temuan sendiri (`dinas_dikecualikan`; "
        "jumlah `anggaran_rp` baris dinas itu di `tanpa_kenaikan` dan `sedikit_kenaikan`). Inilah biaya yang disebut "
        "ringkasan provinsi bersama \"terutama berasal dari\" dinas-dinas itu.",
        "The activity cost of this method in the evaluated year in the agencies with a finding of their own "
        "(`dinas_dikecualikan`; the sum of those agencies' `anggaran_rp` rows in `tanpa_kenaikan` and "
        "`sedikit_kenaikan`). It is the cost the province summary gives with \"comes mainly from\" those agencies.",
        "rp"),
    persen_anggaran_dikecualikan=Doc(
        "`anggaran_dikecualikan_rp` sebagai persen anggaran kegiatan metode ini di seluruh provinsi "
        "(`pelaksanaan.kegiatan_per_metode[].anggaran_rp`); null bila anggaran itu Rp 0.",
        "`anggaran_dikecualikan_rp` as a percentage of this method's activity budget over the province "
        "(`pelaksanaan.kegiatan_per_metode[].anggaran_rp`); null when that budget is Rp 0.",
        "persen"),
    kegiatan_tanpa_biaya=Doc("Jumlah kegiatan tanpa biaya tercatat (anggaran Rp 0 atau kosong: ekspor SIMDIKLAT "
                             "mengisi 0 bila biayanya di mata anggaran lain, jadi data hilang, bukan kegiatan gratis; "
                             "analysis.budget.recorded_cost); dikeluarkan dari model anggaran dan dari biaya per poin "
                             "serta bootstrap-nya.",
                             "Number of activities without a recorded cost (budget Rp 0 or blank: SIMDIKLAT exports "
                             "leave 0 when the cost sits in another budget line, so missing data, not a free "
                             "activity; analysis.budget.recorded_cost); left out of the budget model and of the cost "
                             "per point and its bootstrap.", "jumlah"),
    turun_hasil=Doc("Hasil yang menurun: batas atas selang `kuadratik` < 0; null bila model tidak diestimasi.",
                    "Diminishing returns: the upper bound of `kuadratik` < 0; null when the model was not fitted.",
                    "boolean_null"),
    kontrol=Doc("Suku kontrol model (jp, C(metode), C(dinas)).", "The model's control terms (jp, C(metode), "
                "C(dinas)).", "daftar_teks"),
    kontrol_dilepas=Doc(f"Kontrol yang dilepas karena kegiatan sedikit (paling banyak satu suku model per "
                        f"{constants.BUDGET_ACTIVITIES_PER_TERM} kegiatan; efek tetap lebih dahulu); kosong bila "
                        "tidak ada.",
                        "Controls left out because activities are few (at most one model term per "
                        f"{constants.BUDGET_ACTIVITIES_PER_TERM} activities; fixed effects first); empty when "
                        "none.",
                        "daftar_teks"),
    biaya_median_per_peserta_rp=Doc("Median biaya per peserta atas kegiatan dalam model.",
                                    "Median cost per participant over the activities in the model.",
                                    "rp_per_peserta"),
    porsi_peserta=Doc("Porsi peserta dinas (yang punya kedua nilai) yang mengikuti metode itu.",
                      "Share of the agency's participants (with both scores) who attended the method.", "proporsi"),
    porsi_peserta_provinsi=Doc("Porsi peserta seluruh provinsi (yang punya kedua nilai) yang mengikuti metode itu.",
                               "Share of the province's participants (with both scores) who attended the method.",
                               "proporsi"),
    rata_gain_provinsi=Doc("Rata-rata peningkatan nilai peserta metode itu di seluruh provinsi.",
                           "Mean score gain of the method's participants across the province.", "poin_tes"),
    rata_gain=Doc("Rata-rata peningkatan nilai peserta metode itu. Dalam catatan biaya per poin (per metode atau "
                  "semua metode): rata-rata atas tepat peserta yang dihitung dalam `n`, yaitu peserta bernilai di "
                  "kegiatan dengan biaya tercatat, juga bila biaya per poin tidak diberikan (rata-rata semua peserta "
                  "bernilai: catatan kenaikan `level2_pembelajaran`, atau `gain_rata`).",
                  "Mean score gain of the method's participants. In a cost-per-point record (per method or over all "
                  "methods): the mean over exactly the participants counted in `n`, those with scores in activities "
                  "with a recorded cost, also when the cost per point is withheld (the mean over every scored "
                  "participant: the gain record, `level2_pembelajaran`, or `gain_rata`).",
                  "poin_tes"),
    biaya_per_peserta_rp=Doc("Rata-rata biaya per peserta bernilai metode itu (total biaya / n); pembagian dua "
                             "jumlah, bukan estimasi: ada juga bila biaya per poin tidak diberikan.",
                             "Mean cost per participant with scores of the method (total cost / n); a division of "
                             "two sums, not an estimate: given also when the cost per point is withheld.",
                             "rp_per_peserta"),
    gain_bawah=Doc("Biaya per poin yang tidak diberikan karena kenaikan belum pasti di atas nol (alasan "
                   "\"gain_belum_jelas\"): batas bawah selang 95% kenaikan (klaster per kegiatan).",
                   "Cost per point withheld because the gain is not yet certain to be above zero (`alasan` "
                   "\"gain_belum_jelas\"): lower end of the gain's 95% interval (clustered by activity).", "poin_tes"),
    gain_atas=Doc("Biaya per poin yang tidak diberikan karena kenaikan belum pasti di atas nol: batas atas selang 95% "
                  "kenaikan (klaster per kegiatan).",
                  "Cost per point withheld because the gain is not yet certain to be above zero: upper end of the "
                  "gain's 95% interval (clustered by activity).", "poin_tes"),
    gain_rata=Doc("Biaya per poin yang tidak diberikan karena kenaikannya: rata-rata kenaikan tempat selang "
                  "`gain_bawah`–`gain_atas` bertumpu (semua kegiatan bernilai, juga yang biayanya tidak tercatat; "
                  "`rata_gain`: kegiatan dengan biaya tercatat saja).",
                  "Cost per point withheld for its gain: the mean gain the interval `gain_bawah`–`gain_atas` belongs "
                  "to (every scored activity, those without a recorded cost too; `rata_gain`: the costed ones only).",
                  "poin_tes"),
    gain_n_kegiatan=Doc("Biaya per poin yang tidak diberikan karena kenaikan belum pasti di atas nol: banyaknya "
                        "kegiatan (klaster) tempat selang kenaikan itu bertumpu.",
                        "Cost per point withheld because the gain is not yet certain to be above zero: the number of "
                        "activities (clusters) that gain's interval rests on.", "jumlah"),
    porsi_replikasi_tidak_positif=Doc(
        "Bagian hitungan ulang (bootstrap atas kegiatan) yang total kenaikannya ≤ 0; di atas "
        f"{constants.COST_UNBOUNDED_SHARE:g} biaya per poin tidak punya batas atas terhingga dan tidak diberikan.",
        "Share of recomputations (bootstrap replicates over activities) whose total gain is ≤ 0; above "
        f"{constants.COST_UNBOUNDED_SHARE:g} the cost per point has no finite upper bound and is not given.",
        "proporsi"),
    # challenges
    persen_resistensi_tinggi=Doc("Persen peserta dengan skor resistensi ≥ 3.5.",
                                 "Percent of participants with resistance score ≥ 3.5.", "persen"),
    # pooling and comparison
    catatan=Doc("Catatan bila model campuran tidak dipakai; null bila dipakai.",
                "Note when the mixed model was not used; null when it was.", "teks"),
    jumlah_dinas=Doc("Jumlah dinas dalam pooling.", "Number of dinas in the pooling.", "jumlah"),
    # --- estimates (issue 10.6) ---
    penyesuaian=Doc("Kolom yang menjadi efek tetap model pooling (\"metode\": peringkat disesuaikan dengan campuran "
                    "metode); kosong bila hanya ada satu metode atau tanpa pooling.",
                    "Columns entered as fixed effects in the pooling model (\"metode\": the ranking adjusts for "
                    "the mix of methods); empty with a single method or without pooling.", "daftar_teks"),
    varians_antar_dinas=Doc("τ²: varians efek dinas (REML); 0 = di batas, penyusutan penuh; null tanpa pooling.",
                            "τ²: variance of the dinas effects (REML); 0 = on the boundary, full shrinkage; null "
                            "without pooling.", "varians_poin"),
    varians_antar_kegiatan=Doc("ω²: varians efek kegiatan (REML): peserta satu kegiatan berbagi pengajar, materi "
                               "dan tes; 0 = di batas; null tanpa pooling.",
                               "ω²: variance of the activity effects (REML): participants of one activity share its "
                               "trainer, material and test; 0 = on the boundary; null without pooling.",
                               "varians_poin"),
    varians_dalam_kegiatan=Doc("σ²: varians residual peserta dalam satu kegiatan (REML); null tanpa pooling.",
                               "σ²: residual variance of participants within one activity (REML); null without "
                               "pooling.", "varians_poin"),
    peringkat_bawah=Doc(f"Batas bawah (terbaik) selang 95% peringkat: dari {constants.RANK_DRAWS} tarikan ber-seed "
                        f"(seed {constants.RANDOM_SEED}) distribusi galat prediksi bersama BLUP (t multivariat, "
                        "jumlah dinas − 1 derajat bebas); τ² = 0 → 1.",
                        f"Lower (best) bound of the rank's 95% interval: from {constants.RANK_DRAWS} seeded draws "
                        f"(seed {constants.RANDOM_SEED}) of the BLUPs' joint prediction-error distribution "
                        "(multivariate t, number of dinas − 1 degrees of freedom); τ² = 0 → 1.", "peringkat"),
    anggaran_kegiatan_rp=Doc("Biaya semua kegiatan dinas itu pada tahun evaluasi (jumlah "
                             "`pelaksanaan.kegiatan_per_metode[].anggaran_rp`); temuan ringkasan provinsi "
                             "tentang dinas yang kenaikannya di bawah rata-rata provinsi menyebutnya.",
                             "The cost of all the dinas's activities in the evaluated year (sum of "
                             "`pelaksanaan.kegiatan_per_metode[].anggaran_rp`); the province summary's finding on a "
                             "dinas whose gain is below the province mean quotes it.", "rp"),
    peringkat_atas=Doc("Batas atas (terburuk) selang 95% peringkat; τ² = 0 → jumlah dinas.",
                       "Upper (worst) bound of the rank's 95% interval; τ² = 0 → the number of dinas.", "peringkat"),
    metode_fdr=Doc("Prosedur kendali tingkat penemuan palsu (\"benjamini_hochberg\").",
                   "False-discovery-rate procedure (\"benjamini_hochberg\").", "teks"),
    q_fdr=Doc("Tingkat penemuan palsu yang dikendalikan.", "The false-discovery rate controlled.", "proporsi"),
    jumlah_uji=Doc("Jumlah uji dalam keluarga Benjamini-Hochberg.", "Number of tests in the Benjamini-Hochberg "
                   "family.", "jumlah"),
    temuan=Doc("Jenis temuan yang diuji: \"ikm\" atau \"jp_20\".", "Kind of finding tested: \"ikm\" or "
               "\"jp_20\".", "teks"),
    pembanding=Doc("Nilai pembanding uji (batas kategori B, atau proporsi provinsi lainnya).",
                   "The test's comparison value (the B band's bound, or the rest of the province's share).",
                   "lihat_objek"),
    q_bh=Doc("Nilai p yang disesuaikan Benjamini-Hochberg (nilai q).", "Benjamini-Hochberg adjusted p-value "
             "(q-value).", "probabilitas"),
    ditandai=Doc("true bila uji tetap bermakna setelah kendali FDR (q_bh ≤ q_fdr).",
                 "true when the test stays significant under FDR control (q_bh ≤ q_fdr).", "boolean"),
    gain_di_bawah_rata=Doc("Dinas yang seluruh rentang keyakinan 95% untuk `selisih_rata` di bawah nol (selisih "
                           "itu BLUP dinas dari model campuran).",
                           "Dinas whose 95% CI of `selisih_rata` lies wholly below zero (that difference is the "
                           "dinas's BLUP from the mixed model).", "daftar_teks"),
    # --- the dinas on the province's attention list (issue 12.1) ---
    dalam_daftar=Doc("true bila laporan provinsi mencantumkan dinas ini sebagai perlu perhatian.",
                     "true when the province report lists this dinas as needing attention.", "boolean"),
    gain_rendah=Doc("true bila kenaikan nilai model campuran dinas ini seluruhnya di bawah rata-rata provinsi.",
                    "true when this dinas's pooled gain lies wholly below the province mean.", "boolean"),
    metode_gain=Doc("Metode pooling yang dipakai untuk peningkatan nilai (sama dengan `pooling.metode`).",
                    "Pooling method used for the score gain (as `pooling.metode`).", "teks"),
    peringkat=Doc("Peringkat dinas menurut estimasi pooled (sama besar = peringkat sama; dinas tanpa estimasi di "
                  "akhir, null).",
                  "Rank of the dinas by pooled estimate (equal values share a rank; dinas without an estimate last, "
                  "null).", "peringkat"),
    # provenance
    sumber_data=Doc("Folder data mentah yang dibaca, relatif terhadap akar proyek.",
                    "Folder of raw data read, relative to the project root.", "teks"),
    file=Doc("Nama file data mentah.", "Name of the raw data file.", "teks"),
    bytes=Doc("Ukuran file.", "File size.", "byte"),
    sha256=Doc("SHA-256 isi file.", "SHA-256 of the file's content.", "hex"),
    kunci_pseudonim=Doc("Sidik jari publik kunci pseudonim (12 digit; tidak membuka kunci).",
                        "Public fingerprint of the pseudonym key (12 digits; reveals nothing of the key).", "hex"),
    tahun_kegiatan=Doc("Tahun-tahun yang punya kegiatan dalam data (di model anggaran: tahun kegiatan dalam model, "
                       "yang dihitung `n_kegiatan`; laporan menyebutnya di samping jumlah itu).",
                       "Years with activities in the data (in the budget model: the years of the activities in the "
                       "model, which `n_kegiatan` counts; the report says them beside that count).", "daftar_tahun"),
    pemetaan=Doc("SHA-256 data/raw/pemetaan.yml yang dipakai membaca ekspor; null tanpa pemetaan (atau data contoh). "
                 "Hasil dengan pemetaan lain dihapus sebagai keluaran lama.",
                 "SHA-256 of the data/raw/pemetaan.yml used to read the exports; null without a mapping (or for the "
                 "sample). Results made with another mapping are removed as stale.", "hex"),
    peringatan=Doc("Peringatan tahap pembersihan yang tidak menghentikan pembangunan, satu baris per file (mis. "
                   "peserta yang tidak ada di ekspor pegawai akhir tahun); daftar per baris di "
                   "reports/periksa/masalah-data.xlsx.",
                   "Warnings of the clean stage that do not stop the build, one line per file (e.g. participants "
                   "missing from the year-end staff export); the row-by-row list is in "
                   "reports/periksa/masalah-data.xlsx.", "teks"),
    versi=Doc("Versi paket evalasn.", "Version of the evalasn package.", "teks"),
    git=Doc("Commit git kode (12 digit); null di luar repositori git.",
            "Git commit of the code (12 digits); null outside a git repository.", "hex"),
    sha256_sumber=Doc("16 digit pertama SHA-256 semua file .py paket.",
                      "First 16 digits of the SHA-256 of every .py file of the package.", "hex"),
)
