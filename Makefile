# The public interface of the project. `make` (or `make help`) lists every target.
# Expensive outputs are real file targets: a stage re-runs only when its inputs, its notebook
# or the package code it uses change.

SHELL := /bin/bash
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

PYTHON_SYSTEM ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CLI := $(PY) -m evalasn.run.cli
INSTALLED := $(VENV)/.terpasang

DINAS ?=
TAHUN ?=
BAHASA ?= id
WORKERS ?= 2
AMBANG ?= 0.5
SEBELUM ?=
SESUDAH ?=
INTERVENSI ?=
DESAIN ?=
TUNGGU ?= 1
SKALA ?= 1
KURVA ?= 0
KURVA_LAPORAN_MAKS ?=

RAW_FILES := $(wildcard data/raw/*.csv data/raw/*.xlsx)
SAMPLE := data/sample/SINTETIS.txt
PROCESSED := data/processed/sumber.json
comma := ,
empty :=
space := $(empty) $(empty)
define newline


endef

# What people type in DINAS, TAHUN, BAHASA, ... is data, never make or shell syntax. Each value is kept
# as typed (`override X := $(value X)`: a '$(shell ...)' in it is text, and make no longer expands it when
# it passes the environment on), reaches the recipes through the environment and is read there as
# --dinas="$$EVALASN_DINAS" (one quoted word whatever it holds, even one starting with "-"); the command line
# checks it. No user value is pasted into a recipe or a $(shell) line.
USER_VARIABLES := DINAS TAHUN BAHASA WORKERS AMBANG SEBELUM SESUDAH INTERVENSI DESAIN LAB_ARGS TUNGGU SKALA KURVA \
                  KURVA_LAPORAN_MAKS
$(foreach name,$(USER_VARIABLES),$(eval override $(name) := $$(value $(name))))
export EVALASN_DINAS := $(value DINAS)
export EVALASN_TAHUN := $(value TAHUN)
export EVALASN_BAHASA := $(value BAHASA)
export EVALASN_WORKERS := $(value WORKERS)
export EVALASN_AMBANG := $(value AMBANG)
export EVALASN_SEBELUM := $(value SEBELUM)
export EVALASN_SESUDAH := $(value SESUDAH)
export EVALASN_INTERVENSI := $(value INTERVENSI)
export EVALASN_DESAIN := $(value DESAIN)
export EVALASN_TUNGGU := $(value TUNGGU)
export EVALASN_SKALA := $(value SKALA)
export EVALASN_KURVA := $(value KURVA)
export EVALASN_KURVA_LAPORAN_MAKS := $(value KURVA_LAPORAN_MAKS)

# One build at a time per checkout (evalasn.run.lock; README, "Beberapa perintah sekaligus"): each target
# that writes data/processed/ or reports/ runs its make again holding an flock on build/build.lock, so a
# second make waits (saying for whose pid), then decides what to build and finds done what the first one
# built. TUNGGU=0 refuses at once instead (exit 75). make -n shows the plan without the lock.
LOCKED = $(if $(findstring n,$(firstword -$(MAKEFLAGS))),,$(PY) -m evalasn.run.lock --)

# $(call only_chars,TEXT,CHARS): TEXT when it is made of CHARS only (and not empty), else 'tidak-sah';
# a value used in a file name (TAHUN, BAHASA) is one of those or a name that matches nothing.
only_chars = $(if $(call _drop_chars,$(subst $(newline),!,$(subst $(space),!,$1)),$2),tidak-sah,$1)
_drop_chars = $(if $2,$(call _drop_chars,$(subst $(firstword $2),,$1),$(wordlist 2,99,$2)),$1)
DIGITS := 0 1 2 3 4 5 6 7 8 9
LETTERS := a b c d e f g h i j k l m n o p q r s t u v w x y z A B C D E F G H I J K L M N O P Q R S T U V W X Y Z
# Outputs of the model and report stages are keyed on the evaluated year: TAHUN=2024 builds its
# own results and reports beside those of the latest year, never over them.
YEAR_KEY := $(if $(value TAHUN),$(call only_chars,$(value TAHUN),$(DIGITS)),terbaru)
HASIL := reports/.hasil-model-$(YEAR_KEY)
ALL_REPORTS := reports/.semua-$(subst $(comma),-,$(call only_chars,$(value BAHASA),$(LETTERS) $(comma)))-$(YEAR_KEY)
TEMPLAT := reports/templat/templat-data-asn.xlsx

# The package's ground floor, without the modules no stage runs: docs.py and docs_schema.py (make docs)
# and sample.py (its output, data/sample/, is a prerequisite of its own when data/raw/ is empty).
CORE_SRC := $(filter-out src/evalasn/docs%.py src/evalasn/sample.py,$(wildcard src/evalasn/*.py))
# report configuration (cover, signatory, responsible units; targets): inputs of the report stage
REPORT_CONFIG := $(wildcard config/laporan.yml config/target.yml)
# the report notebook, synced from its script (notebooks/03_laporan.py) first: make report as make reports
REPORT_NOTEBOOKS := notebooks/03_laporan.ipynb
INGEST_SRC := $(CORE_SRC) $(wildcard src/evalasn/ingest/*.py)
ANALYSIS_SRC := $(CORE_SRC) $(wildcard src/evalasn/analysis/*.py) src/evalasn/analysis/contract/version.py
# The rest of the typed contract of hasil.json (analysis/contract/) changes no result, only the documents
# and the labels of the report workbook: an input of the report stage, not of the model.
REPORT_SRC := $(ANALYSIS_SRC) $(wildcard src/evalasn/analysis/contract/*.py) \
              $(wildcard src/evalasn/report/*.py src/evalasn/report/*/*.py src/evalasn/report/templates/*/*) \
              $(wildcard src/evalasn/run/*.py src/evalasn/run/fastpath/*.py) $(REPORT_NOTEBOOKS) \
              $(REPORT_CONFIG)

# The raw data as content, not dates: names and SHA-256 of every raw file and of the mapping,
# computed on every run and written to a file only when they change. The clean stage depends on
# that file, so a removed file, a corrected file with an older date or a new mapping re-runs it,
# and touching a file without changing it does not.
RAW_MANIFEST := build/data-mentah.sha256
$(shell mkdir -p build; m="$$(cd data/raw 2>/dev/null && find . -maxdepth 1 -type f \( -iname '*.csv' -o \
          -iname '*.xlsx' -o -name 'pemetaan.yml' \) ! -name '~$$*' ! -name '.*' -print0 | LC_ALL=C sort -z \
          | xargs -0 -r sha256sum)"; [ -f $(RAW_MANIFEST) ] && [ "$$(cat $(RAW_MANIFEST))" = "$$m" ] \
          || printf '%s\n' "$$m" > $(RAW_MANIFEST))

# Last year's follow-up plans as published (report.published_plan: reports/<kode>/hasil-<tahun-1>.json, or the
# rencana-terbit-<tahun-1>.json kept when the data changed) as content, not dates: the names and SHA-256 of those of
# the year before the one built (TAHUN, else the latest year the model computed), written only when they change. The
# reports stage depends on that file, so a published plan changed, removed or restored rebuilds the reports that
# judge it (each report's own fingerprint then picks which: evalasn.run.batch.published_plans). YEAR_KEY is digits
# or a fixed word, never user text.
PUBLISHED_PLANS := build/rencana-terbit-$(YEAR_KEY).sha256
$(shell mkdir -p build; y="$(filter-out terbaru tidak-sah,$(YEAR_KEY))"; \
        [ -n "$$y" ] || y="$$(ls reports/*/_build/ 2>/dev/null | sed -n 's/^hasil-\([0-9]\{4\}\)\.json$$/\1/p' \
                              | sort -n | tail -n 1)"; \
        m=""; if [ -n "$$y" ]; then p=$$((y - 1)); m="$$(cd reports 2>/dev/null && find . -mindepth 2 -maxdepth 2 \
          -type f \( -name "hasil-$$p.json" -o -name "rencana-terbit-$$p.json" \) -print0 | LC_ALL=C sort -z \
          | xargs -0 -r sha256sum)"; fi; \
        [ -f $(PUBLISHED_PLANS) ] && [ "$$(cat $(PUBLISHED_PLANS))" = "$$m" ] || printf '%s\n' "$$m" > $(PUBLISHED_PLANS))

# Model parameters live in a file per year that changes only when they do (make's own $(file), no shell:
# the values are text).
MODEL_PARAMS := build/parameter-model-$(YEAR_KEY).txt
MODEL_PARAMS_TEXT := ambang=$(value AMBANG) sebelum=$(value SEBELUM) sesudah=$(value SESUDAH) \
                     intervensi=$(value INTERVENSI) desain=$(value DESAIN)
ifneq ($(file <$(MODEL_PARAMS)),$(MODEL_PARAMS_TEXT))
$(file >$(MODEL_PARAMS),$(MODEL_PARAMS_TEXT))
endif

# The pseudonym key is an input of the clean stage: a rotated key (data/kunci/pseudonim.key) cleans again.
# Its fingerprint (SHA-256 of the file, never the key) is kept in a file rewritten only when it changes;
# the clean command writes it too when it creates the key, so a first run is not followed by a second.
KEY_FINGERPRINT := build/sidik-kunci-pseudonim.sha256
$(shell mkdir -p build; h="$$(sha256sum data/kunci/pseudonim.key 2>/dev/null | cut -c1-64)"; \
        h="$${h:-tidak-ada}"; [ "$$(cat $(KEY_FINGERPRINT) 2>/dev/null)" = "$$h" ] \
        || printf '%s\n' "$$h" > $(KEY_FINGERPRINT))

.PHONY: help setup clean-data model report report-dikunci report-masukan reports clean-dikunci pemetaan periksa \
        templat test test-slow lint lint-notebooks bench simulasi docs lab list clean distclean system-deps pdf-libs \
        notebooks git-filter

help: ## daftar target ini
	@echo "Evaluasi Program Pengembangan Kompetensi ASN — Pemprov DKI Jakarta"
	@echo
	@echo "Pemakaian: make <target> [DINAS=<kode dinas>] [TAHUN=<tahun>] [BAHASA=id|en|id,en]"
	@echo "           model: [AMBANG=0.5] [SEBELUM=<periode>] [SESUDAH=<periode>] (selisih-dari-selisih)"
	@echo "                  [INTERVENSI=\"layanan prima\"] (kegiatan yang diukur dampaknya; kosong = semua kegiatan)"
	@echo "                  [DESAIN=acak] (unit diundi untuk dilatih; bawaan observasional; config/intervensi.yml)"
	@echo
	@awk -F':.*## ' '/^[a-zA-Z0-9_.-]+:.*## / {printf "  %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo
	@echo "Dari ekspor ke laporan: letakkan file di data/raw/, make pemetaan, periksa dan koreksi"
	@echo "data/raw/pemetaan.yml, make periksa, make report DINAS=kesehatan (docs/pemetaan.md)."
	@echo "Contoh: make report DINAS=kesehatan     (data/raw/ kosong: memakai data contoh sintetis)"
	@echo "        make reports BAHASA=id,en WORKERS=2"

setup: $(INSTALLED) git-filter ## buat .venv dan pasang paket yang dipin (requirements.txt)

# The first install takes minutes: one line per step and per package pip collects (n of the pinned
# total) on the screen, pip's whole output in build/pip.log (its last lines shown when it fails).
PIP_STEP = set -o pipefail; $(PY) -m pip install --progress-bar off $(1) 2>&1 | tee -a build/pip.log \
           | awk -v total=$(2) '/^Collecting / {n++; printf "  [%d/%s] %s\n", n, total, $$2; fflush()}' \
           || { echo "GALAT: pip gagal; 30 baris terakhir build/pip.log:"; tail -n 30 build/pip.log; exit 1; }

$(INSTALLED): requirements.txt pyproject.toml
	@mkdir -p build && : > build/pip.log
	@echo "[1/4] Membuat lingkungan Python $(VENV) dan memperbarui pip (log: build/pip.log)..."
	@$(PYTHON_SYSTEM) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { echo "GALAT: perlu Python 3.11 atau lebih baru ($(PYTHON_SYSTEM): $$($(PYTHON_SYSTEM) --version 2>&1)); Ubuntu 24.04 dan Debian 12 memilikinya, atau: make PYTHON_SYSTEM=python3.11 (docs/windows-wsl.md)"; exit 1; }
	@test -x $(PY) || $(PYTHON_SYSTEM) -m venv $(VENV) || { echo "GALAT: '$(PYTHON_SYSTEM) -m venv' gagal; di Debian/Ubuntu: sudo apt-get install python3-venv (docs/windows-wsl.md)"; exit 1; }
	@$(call PIP_STEP,--upgrade pip,1)
	@echo "[2/4] Memasang $$(grep -c '==' requirements.txt) paket yang dipin (requirements.txt); beberapa menit pada pemasangan pertama..."
	@$(call PIP_STEP,-r requirements.txt,$$(grep -c '==' requirements.txt))
	@echo "[3/4] Memasang paket evalasn dari src/..."
	@$(call PIP_STEP,--no-deps -e .,1)
	@echo "[4/4] Memeriksa pustaka PDF (WeasyPrint) dan filter git notebook..."
	@$(PY) -c "import weasyprint" 2>/dev/null || $(MAKE) --no-print-directory pdf-libs
	@$(MAKE) --no-print-directory git-filter
	@echo "Selesai: $(VENV) siap. Langkah berikutnya: make help"
	@touch $@

# apt-get as root, or through sudo for an evaluator's own account (WSL, a laptop)
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

pdf-libs: # Debian/Ubuntu libraries WeasyPrint needs (same names on Debian 12, Ubuntu 22.04 and 24.04), only when its import fails
	@echo "Memasang pustaka Pango untuk PDF (apt-get: libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)..."
	$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core >/dev/null

system-deps: build/.sistem ## pasang alat Debian untuk uji (pdftotext, chromium, LibreOffice tanpa GUI)

# Debian packages chromium; Ubuntu ships it only as a snap (chromium-browser), which WSL often cannot
# run: there it is left out, said so, and the tests that screenshot HTML need it installed another way.
# LibreOffice (calc and writer, no GUI): a test computes the template's formula with it, and the DOCX is
# looked at as LibreOffice draws it (soffice --headless --convert-to pdf).
build/.sistem:
	@if ! command -v pdftotext >/dev/null || ! command -v chromium >/dev/null || ! command -v soffice >/dev/null; then \
	  $(SUDO) apt-get update -qq; \
	  if apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then browser=chromium; else browser=; \
	    echo "CATATAN: paket apt 'chromium' tidak ada (Ubuntu: hanya snap); pasang Chromium sendiri bila perlu (docs/windows-wsl.md)"; fi; \
	  echo "Memasang poppler-utils $$browser libreoffice-calc-nogui libreoffice-writer-nogui (apt-get)..."; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils $$browser \
	    libreoffice-calc-nogui libreoffice-writer-nogui >/dev/null; \
	fi
	@mkdir -p build && touch $@

# The sample counts by content too: a changed sample.py (its SHA-256, kept in SAMPLE_CODE) regenerates
# it, and the clean stage re-runs only when that changed the sample's bytes (SAMPLE_MANIFEST is
# rewritten only then; otherwise the trigger files get the manifest's date back, so make sees every
# step up to date again). A dry run (make -n) cannot know the new bytes: it lists the later stages too.
SAMPLE_CODE := build/kode-contoh.sha256
SAMPLE_MANIFEST := build/data-contoh.sha256
$(shell mkdir -p build; h="$$(sha256sum src/evalasn/sample.py 2>/dev/null)"; \
        [ "$$(cat $(SAMPLE_CODE) 2>/dev/null)" = "$$h" ] || printf '%s\n' "$$h" > $(SAMPLE_CODE))

$(SAMPLE): $(SAMPLE_CODE) | $(INSTALLED)
	$(CLI) sample

$(SAMPLE_MANIFEST): $(SAMPLE)
	@m="$$(cd $(dir $(SAMPLE)) && find . -maxdepth 1 -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)"; \
	 if [ -f $@ ] && [ "$$(cat $@)" = "$$m" ]; then touch -r $@ $(SAMPLE_CODE) $(SAMPLE); \
	 else printf '%s\n' "$$m" > $@; fi

# A stage's target takes the time its run STARTED (STARTED marks it; the target gets it at the end): a source
# edited while the stage runs is newer than the target, so the next make runs the stage again instead of
# keeping outputs made from the code as it was before the edit.
STARTED = build/.mulai-$(notdir $@)

$(PROCESSED): $(RAW_MANIFEST) $(KEY_FINGERPRINT) $(if $(RAW_FILES),,$(SAMPLE_MANIFEST)) \
              notebooks/01_bersihkan.ipynb $(INGEST_SRC) | $(INSTALLED)
	@mkdir -p build && touch $(STARTED)
	$(CLI) clean
	@[ ! $(KEY_FINGERPRINT) -nt $(STARTED) ] || touch -r $(STARTED) $(KEY_FINGERPRINT)  # the key the clean created
	@touch -r $(STARTED) $@ && rm -f $(STARTED)

clean-data: $(INSTALLED) ## tahap 1: periksa dan bersihkan data/raw/ (atau data contoh) ke data/processed/
	@$(LOCKED) $(MAKE) --no-print-directory $(PROCESSED)

$(HASIL): $(PROCESSED) $(MODEL_PARAMS) $(wildcard config/intervensi.yml) notebooks/02_model.ipynb $(ANALYSIS_SRC) \
          | $(INSTALLED)
	@mkdir -p build && touch $(STARTED)
	$(CLI) model --tahun="$$EVALASN_TAHUN" --ambang="$$EVALASN_AMBANG" --sebelum="$$EVALASN_SEBELUM" \
	  --sesudah="$$EVALASN_SESUDAH" --intervensi="$$EVALASN_INTERVENSI" --desain="$$EVALASN_DESAIN"
	@mkdir -p $(@D) && mv -f $(STARTED) $@

model: $(INSTALLED) ## tahap 2: model, hasil ke reports/<kode dinas>/_build/ (terbit bersama laporannya)
	@$(LOCKED) $(MAKE) --no-print-directory $(HASIL)

report: $(INSTALLED) ## satu laporan: DINAS=<kode dinas> [TAHUN=<tahun>] [BAHASA=id, en atau id,en]
	@$(LOCKED) $(MAKE) --no-print-directory report-dikunci

report-dikunci: $(INSTALLED) # make report, holding the build lock
	@$(CLI) check --dinas="$$EVALASN_DINAS" --tahun="$$EVALASN_TAHUN" --bahasa="$$EVALASN_BAHASA"
	@$(MAKE) --no-print-directory report-masukan
	@$(CLI) report --dinas="$$EVALASN_DINAS" --tahun="$$EVALASN_TAHUN" --bahasa="$$EVALASN_BAHASA"

report-masukan: $(HASIL) $(REPORT_NOTEBOOKS) # what make report reads: the results and the report notebook
	@:

reports: $(INSTALLED) ## semua dinas + provinsi + reports/index.html [TAHUN=] [WORKERS=2] [TUNGGU=0]
	@$(LOCKED) $(MAKE) --no-print-directory $(ALL_REPORTS)

$(ALL_REPORTS): $(HASIL) $(REPORT_SRC) $(PUBLISHED_PLANS) | $(INSTALLED)
	@mkdir -p build && touch $(STARTED)
	$(CLI) reports --tahun="$$EVALASN_TAHUN" --bahasa="$$EVALASN_BAHASA" --workers="$$EVALASN_WORKERS" \
	  $(if $(CI),--quiet,)
	@mkdir -p $(@D) && mv -f $(STARTED) $@

pemetaan: $(INSTALLED) ## tulis draf data/raw/pemetaan.yml dari judul kolom dan nama sheet (tidak menimpa)
	@$(CLI) pemetaan

periksa: $(INSTALLED) ## periksa data/raw/ tanpa membangun; semua masalah ke reports/periksa/masalah-data.xlsx
	@$(CLI) periksa --ambang="$$EVALASN_AMBANG" --intervensi="$$EVALASN_INTERVENSI" --desain="$$EVALASN_DESAIN"

templat: $(TEMPLAT) ## templat .xlsx kosong, satu sheet per tabel kontrak (reports/templat/)

$(TEMPLAT): $(wildcard src/evalasn/schema*.py) src/evalasn/constants.py src/evalasn/registry.py \
            src/evalasn/ingest/template.py | $(INSTALLED)
	@$(CLI) templat

list: $(INSTALLED) ## daftar kode dinas yang ada dalam data
	@$(LOCKED) $(MAKE) --no-print-directory --silent $(PROCESSED)
	@$(CLI) list

# Two pytest-xdist workers (one per core): the integration builds wait on kernels, pdftotext and make
# part of the time, and the suite's CPU split over both cores is what keeps it under 5 minutes.
# --dist loadscope hands out each integration module, and the modules on the session's full build, whole
# to one worker (tests/conftest.py, work_scope); each worker has its own temporary folders.
# PYTHONDONTWRITEBYTECODE cleared for the suite: with it set (as in some shells and CI images) pytest rewrites
# the asserts of every test module again on each worker at every run (collection 11.7 -> 5.5 CPU-s per worker
# once cached, 6 Dec 2026); the caches go to __pycache__/, which git ignores.
test: $(INSTALLED) build/.sistem ## jalankan semua uji (unit dan integrasi; ± 4,5 menit pada 2 core tenang, target < 5)
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -q -n 2 --dist loadscope --durations=10  # the ten slowest, to keep the suite under 5 minutes

test-slow: $(INSTALLED) build/.sistem ## uji statistik lambat (cakupan selang atas 200 seed)
	$(PY) -m pytest -q -m slow

# --- lint: the same checks as .pre-commit-config.yaml; CI runs it before the tests -----------------
LINT_PATHS := src tests bench tools notebooks

lint: lint-notebooks $(INSTALLED) ## ruff (lint), mypy, nama satu huruf dan pemeriksaan notebook; diatur di pyproject.toml
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/mypy
	$(PY) tools/check_names.py src/evalasn

lint-notebooks: $(INSTALLED) # the committed notebooks: no saved outputs, one parameters cell
	$(PY) tools/check_notebooks.py notebooks/*.ipynb

simulasi: $(INSTALLED) ## tabel simulasi docs/metode.md: cakupan, positif palsu, daya (200 seed, ~10 menit)
	$(PY) bench/simulasi.py --seeds 200

# SKALA=2: twice Jakarta's data; KURVA=1: the scale curve, SKALA x 1, 2 and 4 (KURVA_LAPORAN_MAKS=2: the
# reports stage only up to 2x). bench/README.md
bench: $(INSTALLED) ## benchmark skala Jakarta (73.000 ASN; SKALA=2 dua kali, KURVA=1 kurva 1x/2x/4x); bench/hasil/
	$(PY) bench/run.py --skala="$$EVALASN_SKALA" --kurva="$$EVALASN_KURVA" \
	  --kurva-laporan-maks="$$EVALASN_KURVA_LAPORAN_MAKS"

docs: $(INSTALLED) ## tulis ulang dokumen dari kode (kontrak data, isi hasil-<tahun>.json)
	$(CLI) docs

# --- notebooks (docs/panduan-evaluator.md) ----------------------------------------------------
# Each notebooks/<name>.ipynb is paired with notebooks/<name>.py (jupytext percent script), the reviewed
# source; a script edited outside JupyterLab regenerates its notebook here (cells from the script,
# outputs kept), so every build runs what the reviewed script says.
notebooks/%.ipynb: notebooks/%.py | $(INSTALLED)
	$(VENV)/bin/jupytext --quiet --to ipynb --update $<
	@touch $@  # jupytext leaves an unchanged notebook as it is; without this a fresh clone (.py written last) reruns it on every make

notebooks: $(INSTALLED) ## selaraskan setiap notebook dengan pasangan .py-nya (yang lebih baru menang)
	$(VENV)/bin/jupytext --sync notebooks/*.ipynb
	$(PY) -m evalasn.run.notebooks

# Outputs never reach git: nbstripout strips them on `git add` (the working copy keeps them).
# The command is relative: git runs filters from the top of the working tree, so each checkout
# uses its own .venv.
git-filter: # set up the nbstripout git filter for *.ipynb (see .gitattributes); run by setup
	@if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
	  git config filter.nbstripout.clean "$(VENV)/bin/python -m nbstripout" && \
	  git config filter.nbstripout.smudge cat && \
	  git config diff.ipynb.textconv "$(VENV)/bin/python -m nbstripout -t"; fi

LAB_ARGS ?=
# LAB_ARGS is split into words by the shell (set -f: no file name patterns) and never run as a command
# MPLBACKEND (Agg on many servers) is left out of the lab's environment: its kernels then take
# ipykernel's inline backend and plt.show() draws in the notebook instead of nowhere.
lab: export EVALASN_LAB_ARGS := $(value LAB_ARGS)
lab: $(INSTALLED) ## buka notebook laporan di JupyterLab; LAB_ARGS="--port=8890 --no-browser"
	@flag=$$([ "$$(id -u)" = 0 ] && echo --allow-root); set -f; \
	env -u MPLBACKEND $(VENV)/bin/jupyter lab --ServerApp.root_dir="$(CURDIR)" $$flag $$EVALASN_LAB_ARGS notebooks/03_laporan.ipynb

clean: ## hapus semua hasil turunan (data/processed, data/sample, reports, build); bukan data/raw atau kunci
	@$(if $(wildcard $(PY)),$(LOCKED)) $(MAKE) --no-print-directory clean-dikunci

clean-dikunci: # make clean, holding the build lock (its file stays: a build waiting for it keeps waiting on it)
	rm -rf data/processed data/sample reports data/.processed.*
	find build -mindepth 1 -maxdepth 1 ! -name build.lock -exec rm -rf {} + 2>/dev/null || true

distclean: clean ## juga hapus .venv
	rm -rf $(VENV)
