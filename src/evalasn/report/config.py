"""The report's two configuration files: config/laporan.yml (cover, signatory, responsible units)
and config/target.yml (targets per indicator, per year and per dinas).

Both are inputs of the report stage (the Makefile and the batch fingerprint rebuild reports when
they change). A project root without its own config/ uses the repository's files, which hold the
documented defaults for BPSDM Provinsi DKI Jakarta. A wrong value stops the report with the
file, the key, the value and what was expected.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from evalasn import constants
from evalasn.constants import LANGUAGES
from evalasn.errors import ConfigError
from evalasn.paths import CODE_ROOT, ProjectPaths

LAPORAN_FILE = "laporan.yml"
TARGET_FILE = "target.yml"

# indicator -> (lowest, highest allowed target, True when a higher value is better)
TARGET_INDICATORS: dict[str, tuple[float, float, bool]] = {
    "cakupan_asn": (0, 100, True), "jp_20": (0, 100, True), "gain": (-100, 100, True), "ikm": (25, 100, True),
    "persen_realisasi": (0, 100, True), "biaya_per_poin": (1e-9, float("inf"), False),
}
RESPONSIBLE_KINDS = ("pengembangan", "anggaran", "layanan", "evaluasi", "pelatihan", "sekretariat", "teknis")
# kinds added after configurations were written: a config/laporan.yml without one takes the repository's
# (pelatihan: who runs a declared training programme, the owner of its expansion row; REVIEW5b 10; sekretariat and
# teknis: the owners of SKM elements, hard-coded in the words before REVIEW6 R6-24)
LATER_KINDS = ("pelatihan", "sekretariat", "teknis")


def config_file(paths: ProjectPaths, name: str) -> Path:
    """config/<name> of the project root, else the repository's."""
    own = paths.root / "config" / name
    return own if own.exists() else CODE_ROOT / "config" / name


# the reports spell a comparison one way wherever it is read (PDF, HTML, DOCX, XLSX): a target basis typed
# with ">=" in config showed beside tables that say "≥"
_SIGNS = {">=": "≥", "<=": "≤"}


def reader_signs(text: str) -> str:
    """``text`` with the typed comparisons ">=" and "<=" as the signs the reports print (≥, ≤)."""
    for typed, sign in _SIGNS.items():
        text = text.replace(typed, sign)
    return text


# parsed YAML by (path, text): the index and the province report read config/target.yml once per dinas, and the
# parse, not the read, is what a no-change `make reports` paid for (issue 25); the text is the key, so an edited
# file is parsed again
_PARSED: dict[tuple[str, str], Any] = {}


def _read(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
        key = (str(path), text)
        if key not in _PARSED:
            _PARSED[key] = yaml.safe_load(text)
        data = copy.deepcopy(_PARSED[key])
    except FileNotFoundError:
        raise ConfigError(path, "(file)", None, "file konfigurasi ada (salin dari repositori)") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"baris {mark.line + 1}" if mark else "(file)"
        raise ConfigError(path, where, getattr(error, "problem", str(error)), "YAML yang sah") from None
    if not isinstance(data, dict):
        raise ConfigError(path, "(file)", data, "pemetaan kunci: nilai")
    return data


# --- laporan.yml -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportConfig:
    """Cover, signatory and responsible units (texts per language)."""

    pemerintah: dict[str, str]
    unit_penerbit: dict[str, str]
    judul: dict[str, str]
    nomor_dokumen: str
    logo: Path | None
    tempat: str
    tanggal: dt.date | None
    jabatan: dict[str, str]
    nama: str
    nip: str
    penanggung_jawab: dict[str, dict[str, str]]
    # provincial regulations listed after the national ones in Dasar Hukum (Pergub, Renstra/IKU, ...)
    dasar_hukum: tuple[dict[str, str], ...] = ()
    # the one office accountable for a province plan row about more than one dinas, per kind whose unit names a
    # dinas (koordinator_provinsi; LOOK9 #5): the dinas's units are then its executors
    koordinator: dict[str, dict[str, str]] = field(default_factory=dict)


def load_report_config(paths: ProjectPaths) -> ReportConfig:
    path = config_file(paths, LAPORAN_FILE)
    data = _read(path)

    def text(key: str, value) -> str:
        if value is None:
            return ""
        if not isinstance(value, (str, int)):
            raise ConfigError(path, key, value, "teks")
        return str(value).strip()

    def per_lang(key: str, value) -> dict[str, str]:
        if isinstance(value, str) and value.strip():
            return {lang: reader_signs(value.strip()) for lang in LANGUAGES}
        if isinstance(value, dict) and all(isinstance(value.get(lang), str) and value[lang].strip()
                                           for lang in LANGUAGES):
            return {lang: reader_signs(value[lang].strip()) for lang in LANGUAGES}
        raise ConfigError(path, key, value, "teks tidak kosong, atau {id: teks, en: teks}")

    for key in ("pemerintah", "unit_penerbit", "judul", "tempat", "penandatangan", "penanggung_jawab"):
        if key not in data:
            raise ConfigError(path, key, None, "kunci ini ada")
    signer = data["penandatangan"]
    if not isinstance(signer, dict) or "jabatan" not in signer:
        raise ConfigError(path, "penandatangan", signer, "pemetaan dengan jabatan, nama, nip")
    nip = text("penandatangan.nip", signer.get("nip")).replace(" ", "")
    if nip and not (nip.isdigit() and len(nip) == constants.NIP_LENGTH):
        raise ConfigError(path, "penandatangan.nip", signer.get("nip"),
                          f"{constants.NIP_LENGTH} angka (NIP), atau kosong")
    raw_date = data.get("tanggal")
    if isinstance(raw_date, dt.date):
        tanggal = raw_date
    elif raw_date in (None, ""):
        tanggal = None
    else:
        try:
            tanggal = dt.date.fromisoformat(str(raw_date))
        except ValueError:
            raise ConfigError(path, "tanggal", raw_date, "tanggal YYYY-MM-DD, atau kosong") from None
    logo_name = text("logo", data.get("logo"))
    logo = None
    if logo_name:
        logo = (path.parent / logo_name).resolve()
        if logo.suffix.lower() not in (".png", ".jpg", ".jpeg", ".svg") or not logo.is_file():
            raise ConfigError(path, "logo", logo_name, f"file PNG, JPEG atau SVG yang ada di {path.parent}")
    owners = data["penanggung_jawab"]
    if not isinstance(owners, dict):
        raise ConfigError(path, "penanggung_jawab", owners, "pemetaan " + ", ".join(RESPONSIBLE_KINDS))
    if path != CODE_ROOT / "config" / LAPORAN_FILE and any(k not in owners for k in LATER_KINDS):
        shipped = _read(CODE_ROOT / "config" / LAPORAN_FILE)["penanggung_jawab"]
        owners = {**{k: shipped[k] for k in LATER_KINDS}, **owners}
    missing = [k for k in RESPONSIBLE_KINDS if k not in owners]
    if missing:
        raise ConfigError(path, f"penanggung_jawab.{missing[0]}", None, "kunci ini ada")
    coordinators = _coordinators(path, data, owners, per_lang)
    extra_laws = data.get("dasar_hukum_tambahan") or []
    if not isinstance(extra_laws, list):
        raise ConfigError(path, "dasar_hukum_tambahan", extra_laws,
                          "daftar peraturan (- teks, atau - {id: teks, en: teks})")
    return ReportConfig(
        pemerintah=per_lang("pemerintah", data["pemerintah"]),
        unit_penerbit=per_lang("unit_penerbit", data["unit_penerbit"]),
        judul=per_lang("judul", data["judul"]),
        nomor_dokumen=text("nomor_dokumen", data.get("nomor_dokumen")),
        logo=logo, tempat=per_lang("tempat", data["tempat"])["id"], tanggal=tanggal,
        jabatan=per_lang("penandatangan.jabatan", signer["jabatan"]),
        nama=text("penandatangan.nama", signer.get("nama")), nip=nip,
        penanggung_jawab={k: per_lang(f"penanggung_jawab.{k}", owners[k]) for k in RESPONSIBLE_KINDS},
        dasar_hukum=tuple(per_lang(f"dasar_hukum_tambahan[{i + 1}]", law) for i, law in enumerate(extra_laws)),
        koordinator=coordinators,
    )


def _coordinators(path: Path, data: dict, owners: dict, per_lang) -> dict[str, dict[str, str]]:
    """koordinator_provinsi: one office, without {dinas}, for every kind of penanggung_jawab whose unit names a
    dinas; a configuration written before the key takes the repository's."""
    found = data.get("koordinator_provinsi")
    if found is None and path != CODE_ROOT / "config" / LAPORAN_FILE:
        found = _read(CODE_ROOT / "config" / LAPORAN_FILE).get("koordinator_provinsi")
    if not isinstance(found, dict):
        raise ConfigError(path, "koordinator_provinsi", found, "pemetaan " + ", ".join(RESPONSIBLE_KINDS))
    out = {}
    for kind in RESPONSIBLE_KINDS:
        if "{dinas}" not in str(owners[kind]):
            continue
        if kind not in found:
            raise ConfigError(path, f"koordinator_provinsi.{kind}", None, "kunci ini ada")
        out[kind] = per_lang(f"koordinator_provinsi.{kind}", found[kind])
        if any("{dinas}" in text for text in out[kind].values()):
            raise ConfigError(path, f"koordinator_provinsi.{kind}", found[kind], "satu kantor, tanpa {dinas}")
    return out


# --- target.yml --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    indikator: str
    nilai: float
    dasar: dict[str, str]  # per language
    higher_better: bool


def load_targets(paths: ProjectPaths, slug: str, tahun: int) -> dict[str, Target]:
    """The targets that apply to ``slug`` in ``tahun`` (later layers override earlier ones);
    the whole file is checked, not only the layers used."""
    path = config_file(paths, TARGET_FILE)
    data = _read(path)
    unknown = sorted(set(data) - {"versi", "bawaan", "per_tahun", "per_dinas"})
    if unknown:
        raise ConfigError(path, unknown[0], data[unknown[0]], "salah satu kunci versi, bawaan, per_tahun, per_dinas")
    if data.get("versi") != 1:
        raise ConfigError(path, "versi", data.get("versi"), "1")
    layers: list[tuple[str, dict]] = [("bawaan", data.get("bawaan") or {})]
    per_year = _mapping(path, "per_tahun", data.get("per_tahun"))
    for year, block in per_year.items():
        if not (isinstance(year, int) and constants.YEAR_RANGE[0] <= year <= constants.YEAR_RANGE[1]):
            raise ConfigError(path, f"per_tahun.{year}", year, "tahun empat angka, misalnya 2025")
        layers.append((f"per_tahun.{year}", block or {}))
    for dinas, block in _mapping(path, "per_dinas", data.get("per_dinas")).items():
        for key, inner in _mapping(path, f"per_dinas.{dinas}", block).items():
            if key != "semua_tahun" and not (isinstance(key, int)
                                             and constants.YEAR_RANGE[0] <= key <= constants.YEAR_RANGE[1]):
                raise ConfigError(path, f"per_dinas.{dinas}.{key}", key, "semua_tahun atau tahun empat angka")
            layers.append((f"per_dinas.{dinas}.{key}", inner or {}))
    checked = {where: _targets(path, where, block) for where, block in layers}
    order = ["bawaan", f"per_tahun.{tahun}", f"per_dinas.{slug}.semua_tahun", f"per_dinas.{slug}.{tahun}"]
    out: dict[str, Target] = {}
    for where in order:
        out.update(checked.get(where, {}))
    return out


def _mapping(path: Path, key: str, value) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(path, key, value, "pemetaan kunci: nilai")
    return value


def _targets(path: Path, where: str, block) -> dict[str, Target]:
    out = {}
    for indicator, spec in _mapping(path, where, block).items():
        key = f"{where}.{indicator}"
        if indicator not in TARGET_INDICATORS:
            raise ConfigError(path, key, indicator, "salah satu indikator " + ", ".join(TARGET_INDICATORS))
        if not isinstance(spec, dict) or "nilai" not in spec:
            raise ConfigError(path, key, spec, "{nilai: angka, dasar: teks}")
        low, high, higher_better = TARGET_INDICATORS[indicator]
        value = spec["nilai"]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise ConfigError(path, f"{key}.nilai", value, f"angka dari {low:g} sampai {high:g}")
        basis = spec.get("dasar")
        if isinstance(basis, str) and basis.strip():
            basis = {lang: reader_signs(basis.strip()) for lang in LANGUAGES}
        elif isinstance(basis, dict) and all(isinstance(basis.get(k), str) and basis[k].strip() for k in LANGUAGES):
            basis = {lang: reader_signs(basis[lang].strip()) for lang in LANGUAGES}
        else:
            raise ConfigError(path, f"{key}.dasar", basis, "teks (peraturan atau dokumen yang menetapkan target), "
                                                           "atau {id: teks, en: teks}")
        out[indicator] = Target(indicator, float(value), basis, higher_better)
    return out
