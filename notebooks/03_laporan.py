# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Tahap 3 — Laporan per dinas
#
# Menyusun laporan untuk satu dinas (atau `provinsi`) dari `hasil.json`: teks, gambar dan tabel. Dijalankan oleh
# `make report DINAS=<slug>` untuk setiap cakupan; hasilnya diubah menjadi HTML (nbconvert), PDF (WeasyPrint) dan
# Word. Setiap bab adalah satu fungsi di `evalasn.report.chapters.sections` (tata letak); data laporan ada di
# `evalasn.report.context`, aturan rekomendasi di `evalasn.report.chapters.rules`; kalimatnya di
# `evalasn.report.words.text`.
#
# **Menambah isi laporan** (panduan lengkap: `docs/panduan-evaluator.md`):
#
# - `tampilkan_tabel(df, judul, catatan=None)` dan `tampilkan_gambar(fig, judul, catatan=None)` menaruh tabel atau
#   gambar bernomor di laporan, di posisi selnya, dan mendaftarkannya di Daftar Tabel / Daftar Gambar;
#   `tampilkan_teks(teks)` menaruh paragraf yang bergantung pada cakupan.
# - Setiap sel markdown **sesudah** sel `parameters` masuk laporan sebagai teks, di posisinya. Sel markdown ini
#   (sebelum `parameters`) dan komentar `#` di sel kode hanya untuk evaluator.
# - `print()` dan ekspresi biasa tidak masuk laporan; hasilnya tetap terlihat di notebook yang dijalankan
#   (`reports/<slug>/notebook-<slug>.ipynb`).
# - Data cakupan ini: `hasil` (hasil.json), `data.<tabel>` (data olahan dinas ini; `data.semua.<tabel>` semua
#   dinas), `cakupan` (slug) dan `provinsi` (True di laporan provinsi). Sel yang hanya untuk sebagian cakupan:
#   `if not provinsi:` atau `if cakupan == "kesehatan":`.

# %% tags=["parameters"]
dinas: str = "kesehatan"  # slug dinas (lihat `make list`) atau "provinsi"
tahun: int = 0  # tahun evaluasi; 0 berarti tahun pada hasil.json
bahasa: str = "id"  # "id" Bahasa Indonesia atau "en" English
root: str = ""  # folder proyek; kosong berarti folder repositori (atau $EVALASN_ROOT)

# %%
# Persiapan: konteks laporan, dan nama-nama yang dipakai sel evaluator tanpa impor tambahan.
from evalasn.paths import project
from evalasn.report.chapters import sections
from evalasn.report.chapters.sections import show
from evalasn.report.evaluator import Laporan

paths = project(root or None)
ctx = sections.load_context(dinas, bahasa, paths, tahun=tahun)
laporan = Laporan.from_context(ctx, paths)
tampilkan_tabel, tampilkan_gambar, tampilkan_teks = (laporan.tampilkan_tabel, laporan.tampilkan_gambar,
                                                    laporan.tampilkan_teks)
hasil, data, cakupan, provinsi = laporan.hasil, laporan.data, laporan.cakupan, laporan.provinsi

# %%
# Pustaka untuk sel evaluator; diimpor sesudah kode laporan, yang memuat seaborn dengan cara cepat.
import matplotlib.pyplot as plt  # noqa: F401
import pandas as pd  # noqa: F401
import seaborn as sns  # noqa: F401

# %%
# Sampul (pemerintah, unit penerbit, judul, nomor dan logo dari config/laporan.yml; tanda DATA SINTETIS bila data
# berasal dari generator contoh), Kata Pengantar yang ditandatangani (tempat, tanggal, jabatan, nama dan NIP dari
# config/laporan.yml, tidak pernah dari data).
show(sections.cover(ctx))
show(sections.foreword(ctx))

# %%
# Daftar isi, tabel, gambar (nomor halaman diisi saat PDF dibuat), sebelum ringkasan seperti dokumen pemerintah.
show(sections.front_matter(ctx))

# %%
# Ringkasan eksekutif: temuan dengan angka dan selangnya, angka kunci dibanding provinsi dan target, rekomendasi
# utama (laporan provinsi: biaya program, dinas yang tertinggal dan tiga temuan utama di halaman pertama).
show(sections.summary(ctx))

# %%
# BAB I Pendahuluan: latar belakang, dasar hukum (hanya peraturan yang diterapkan), maksud dan tujuan, ruang
# lingkup, metode dan istilah.
show(sections.method(ctx))

# %%
# BAB II Pelaksanaan
show(sections.implementation(ctx))

# %%
# BAB III Hasil per level Kirkpatrick (level 4 memakai selisih-dari-selisih: hanya di sini kata "berdampak").
show(sections.kirkpatrick(ctx))

# %%
# BAB IV Anggaran versus peningkatan
show(sections.budget(ctx))

# %%
# BAB V Tantangan
show(sections.challenges(ctx))

# %%
# BAB VI Komunikasi ASN dan masyarakat
show(sections.communication(ctx))

# %%
# BAB VII Perbandingan, tren dan target: setiap angka kunci di samping angka provinsi, peringkat di antara semua
# dinas (dengan rentangnya), tahun-tahun sebelumnya dan target dari config/target.yml (tercapai / belum tercapai /
# belum dapat dinilai). Di laporan provinsi didahului perbandingan antar-dinas.
show(sections.position(ctx))

# %%
# BAB VIII Keterbatasan evaluasi (dihitung dari hasil)
show(sections.limitations(ctx))

# %%
# BAB IX Kesimpulan dan rekomendasi (aturan tetap di docs/metode.md), BAB X Rencana tindak lanjut (indikator,
# target, penanggung jawab, batas waktu pada tahun sesudah tahun evaluasi), BAB XI Penutup, lalu lampiran.
show(sections.conclusion(ctx))
show(sections.follow_up(ctx))
show(sections.closing(ctx))
show(sections.annex(ctx))
