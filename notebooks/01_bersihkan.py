# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Tahap 1 — Membersihkan data
#
# Membaca tabel mentah di `data/raw/` (atau data contoh sintetis bila folder itu kosong), memeriksanya terhadap kontrak data (`docs/kontrak-data.md`), merapikan format, mengganti NIP dan nama dengan pseudonim berkunci, lalu menulis `data/processed/*.parquet`, log kualitas data dan catatan asal-usul.
#
# Dijalankan oleh `make clean-data` (papermill). Bila ada data yang melanggar kontrak, tahap ini berhenti dengan daftar masalah (file, baris, kolom, nilai, yang diharapkan) dan keluaran lama tidak diubah.

# %% tags=["parameters"]
root: str = ""  # folder proyek; kosong berarti folder repositori (atau $EVALASN_ROOT)

# %%
from evalasn.ingest import clean
from evalasn.paths import project

paths = project(root or None)

# %% [markdown]
# ## Jalankan
# Semua pemeriksaan dan penulisan ada di paket (`evalasn.ingest.clean.run`).

# %%
hasil = clean.run(paths)
print(f"Sumber: {hasil.source}  (sintetis: {hasil.synthetic})")
for catatan in hasil.key_notes:
    print("CATATAN:", catatan)
hasil.rows

# %% [markdown]
# ## Log kualitas data
# Apa yang dirapikan, diabaikan, atau dicatat — jumlah baris, bukan isi baris.

# %%
import pandas as pd

pd.DataFrame(hasil.quality_log)
