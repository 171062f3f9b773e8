# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Tahap 2 — Model evaluasi
#
# Membaca `data/processed/`, menghitung semua analisis sekali untuk seluruh dinas (Kirkpatrick level 1–4, 20 JP, IKM menurut PermenPAN-RB 14/2017, selisih-dari-selisih, anggaran versus peningkatan, pooling antar-dinas) dan menulis `hasil-<tahun>.json` untuk setiap dinas dan `provinsi` ke folder build cakupannya; hasil itu terbit di `reports/<slug>/` bersama laporan yang dibuat darinya. Metode: `docs/metode.md`.

# %% tags=["parameters"]
root: str = ""  # folder proyek; kosong berarti folder repositori (atau $EVALASN_ROOT)
tahun: int = 0  # tahun evaluasi; 0 berarti tahun terbaru yang ada kegiatannya
ambang_dilatih: float = 0.5  # unit dihitung 'dilatih' bila sedikitnya bagian staf ini ikut kegiatan
periode_sebelum: str = ""  # periode 'sebelum' untuk selisih-dari-selisih, mis. 2024-S2; kosong berarti bawaan
periode_sesudah: str = ""  # periode 'sesudah', mis. 2025-S2; kosong berarti bawaan
intervensi: str = ""  # kegiatan yang diukur dampaknya: tema/nama atau kegiatan_id, dipisah koma; kosong: semua kegiatan
desain: str = "observasional"  # penugasan unit: "observasional" atau "acak" (pengundian yang dinyatakan)
penjamin: str = ""  # siapa yang menjamin pengundian (config/intervensi.yml)
intervensi_tahun_lalu: str = ""  # intervensi yang dinyatakan untuk tahun sebelumnya (config/intervensi.yml per tahun)
desain_tahun_lalu: str = "observasional"  # desain yang dinyatakan untuk tahun sebelumnya
penjamin_tahun_lalu: str = ""  # penjamin yang dinyatakan untuk tahun sebelumnya

# %%
from evalasn.analysis import model
from evalasn.paths import project

paths = project(root or None)
params = model.ModelParams(tahun, ambang_dilatih, periode_sebelum, periode_sesudah, intervensi, desain, penjamin)
# tahun sebelumnya (hasil-<tahun>-tahun-lalu.json) dihitung dengan intervensi yang dinyatakan untuk tahun itu
sebelumnya = (intervensi_tahun_lalu, desain_tahun_lalu, penjamin_tahun_lalu)

# %% [markdown]
# ## Jalankan semua model
# Model tingkat provinsi (anggaran, pooling) dihitung sekali dan dipakai bersama.

# %%
ditulis = model.run(paths, params, sebelumnya)
sorted(ditulis)

# %% [markdown]
# ## Sekilas hasil provinsi
# Angka kunci per dinas (estimasi dan selang kepercayaan 95%).

# %%
from evalasn.analysis import results
from evalasn.registry import PROVINCE_SLUG

provinsi = results.read(ditulis[PROVINCE_SLUG])
model.summary_table(provinsi)
