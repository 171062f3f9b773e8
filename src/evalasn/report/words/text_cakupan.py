"""Catalogue entries (id, en) for partial coverage of the registry (issue 20.7): how many dinas have
data, which do not, a province report built from one dinas, and comparisons withheld below
constants.MIN_DINAS_COMPARISON. Merged into the one catalogue in ``words.text``."""

TEXT: dict[str, dict[str, str]] = {
    # {n}: the province's dinas (evalasn.registry); the reader's words, not the system's (LOOK9 #4/#22)
    "cov_all": {"id": "Data tersedia untuk semua {n} dinas provinsi.",
                "en": "Data are available for all {n} provincial agencies."},
    "cov_some": {"id": "Data tersedia untuk {k} dari {n} dinas provinsi; belum ada data: {daftar}.",
                 "en": "Data are available for {k} of the {n} provincial agencies; no data yet: {daftar}."},
    # some dinas without data this year had data last year (their published plan of that year is kept; CHECK14 E14-1)
    "cov_some_parts": {"id": "Data tersedia untuk {k} dari {n} dinas provinsi; {bagian}.",
                       "en": "Data are available for {k} of the {n} provincial agencies; {bagian}."},
    "cov_missing": {"id": "belum ada data: {daftar}", "en": "no data yet: {daftar}"},
    "cov_left": {"id": "ada data {tahun_lalu}, tidak ada data {tahun}: {daftar}",
                 "en": "{tahun_lalu} data, no {tahun} data: {daftar}"},
    "cov_one": {"id": "Laporan provinsi ini dibangun dari data satu dinas saja ({nama}): angka-angkanya "
                      "menggambarkan dinas itu, bukan seluruh provinsi.",
                "en": "This province report is built from the data of one agency only ({nama}): its figures "
                      "describe that agency, not the whole province."},
    "cov_withheld": {"id": "Perbandingan dan peringkat antar-dinas tidak ditampilkan: diperlukan data sedikitnya "
                           "{min} dinas, baru ada {k}; dengan lebih sedikit dinas, peringkat hanya mengulang angka "
                           "dinas yang ada.",
                     "en": "Comparisons and ranks among agencies are not shown: they need data from at least {min} "
                           "agencies, there are {k}; with fewer agencies a rank only restates the figures of those "
                           "there are."},
    "cov_withheld_dinas": {"id": "Peringkat {nama} di antara dinas lain tidak dihitung: baru {k} dinas punya data, "
                                 "diperlukan sedikitnya {min}.",
                           "en": "The rank of {nama} among other agencies is not computed: only {k} "
                                 "{k:agency has|agencies have} "
                                 "data, at least {min} are needed."},
    "pos_intro_unranked": {"id": "Apakah hasil {nama} baik? Setiap angka kunci tahun {tahun} di bawah diletakkan di "
                                 "samping angka provinsi dan targetnya.",
                           "en": "Is the result of {nama} good? Each key figure for {tahun} below is set beside the "
                                 "province figure and its target."},
    "cov_attention_withheld": {"id": "Laporan provinsi tidak menilai apakah {nama} perlu perhatian dibanding dinas "
                                     "lain: baru {k} dinas punya data, diperlukan sedikitnya {min}.",
                               "en": "The province report does not judge whether {nama} needs attention compared "
                                     "with other agencies: only {k} agencies have data, at least {min} are needed."},
}
