"""Survey-form SKM exports: the questionnaire's answer labels as scores, submission times as survey
periods, and which of the nine elements (U1-U9) a question or a column of answers is about.

The labels and keywords are declared in ``schema_aliases`` (IKM_LABELS, IKM_KEYWORDS) beside the
regulation they come from (PermenPAN-RB 14/2017); ``validate`` reads the answers and the periods
with these functions and ``draft`` proposes the mapping of a form's columns with them.
"""

from __future__ import annotations

import re

import pandas as pd

from evalasn.schema_aliases import DEFAULT_PERIOD_UNIT, IKM_KEYWORDS, IKM_LABELS, header_key

_FILLER = re.compile(r"\b(dan|serta)\b")
# 'a. Sesuai', '4) Sangat sesuai', '(d) Sangat sesuai', '4 - Sangat sesuai', '4: Sangat sesuai'
_ENUMERATOR = re.compile(r"^\s*(?:[a-dA-D1-4][.):]|\([a-dA-D1-4]\)|[1-4]\s*[-\u2013\u2014])\s*")
_SCORE_AFTER = re.compile(r"\s*[(\[]\s*[1-4]\s*[)\]]\s*$")  # 'Sangat sesuai (4)'


def label_key(text: object) -> str:
    """An answer compared without case, spacing, punctuation, an enumerator or 'dan'/'&':
    'Sopan & Ramah' -> 'sopan ramah', 'a. Tidak sesuai' -> 'tidak sesuai'."""
    text = _SCORE_AFTER.sub("", _ENUMERATOR.sub("", str(text)))
    return " ".join(_FILLER.sub(" ", re.sub(r"\btapi\b", "tetapi", header_key(text))).split())


LABEL_SCORES: dict[str, dict[str, int]] = {u: {label_key(label): score for score, label in enumerate(labels, 1)}
                                           for u, labels in IKM_LABELS.items()}
ANY_LABEL: dict[str, int] = {k: v for scores in LABEL_SCORES.values() for k, v in scores.items()}
assert len(ANY_LABEL) == len({(k, v) for scores in LABEL_SCORES.values() for k, v in scores.items()}), \
    "a questionnaire label with two scores"


def read_labels(text: pd.Series, element: str) -> tuple[pd.Series, list[str]]:
    """``text`` with the questionnaire's labels replaced by their scores ('Sangat sesuai' -> '4'), and
    notes: how many labels were read, and when they are another element's labels (a mapping slip?)."""
    unique = pd.Series(text.unique())
    keys = {v: label_key(v) for v in unique if v and not re.fullmatch(r"\s*\d+([.,]\d+)?\s*", v)}
    scores = {v: ANY_LABEL[k] for v, k in keys.items() if k in ANY_LABEL}
    if not scores:
        return text, []
    hit = text.isin(list(scores))
    out = text.where(~hit, text.map(scores).astype("string").fillna(""))
    notes = [f"{int(hit.sum())} jawaban berupa label kuesioner PermenPAN-RB 14/2017 dibaca sebagai skor 1–4 "
             f"(mis. '{text[hit].iloc[0]}' → {scores[text[hit].iloc[0]]})"]
    foreign = sorted({v for v in scores if keys[v] not in LABEL_SCORES[element]})
    if foreign:
        owners = sorted({u.upper() for u, labels in LABEL_SCORES.items() for v in foreign if keys[v] in labels})
        notes.append(f"label unsur lain ({', '.join(repr(v) for v in foreign[:3])}: label {'/'.join(owners)}); "
                     "periksa pemetaan kolomnya")
    return out, notes


def expected_labels(element: str) -> str:
    """What an answer of ``element`` may be, for error messages."""
    return (f"skor 1–4 atau label kuesioner PermenPAN-RB 14/2017 untuk {element.upper()} "
            f"({', '.join(IKM_LABELS[element])}); label lain dipetakan di 'nilai:' data/raw/pemetaan.yml")


# --- which element -------------------------------------------------------------------------------
_CODE = re.compile(r"^(?:u|unsur|unsur u)\s*([1-9])\b")


def element_of_header(header: str) -> tuple[str | None, str | None]:
    """The element a header names, and from what: 'kode' ('U1', 'Unsur 1') when its code and its
    words agree or it has no words, 'kata' (keywords of a question or short header), or
    'kode berbeda' when the code and the words disagree (the words win). (None, None) otherwise."""
    key = header_key(header)
    code = _CODE.match(key)
    by_code = f"u{code.group(1)}" if code else None
    words = _CODE.sub("", key) if code else re.sub(r"^\d+\s+", "", key)
    hits = {u: sum(1 for w in kws if re.search(rf"\b{re.escape(w)}\b", words)) for u, kws in IKM_KEYWORDS.items()}
    best = max(hits.values())
    by_words = next(u for u in IKM_KEYWORDS if hits[u] == best) if best else None  # ties: the earlier element
    if by_code and by_words and by_code != by_words:
        return by_words, "kode berbeda"
    if by_code:
        return by_code, "kode"
    return (by_words, "kata") if by_words else (None, None)


def elements_of_answers(cells: list[str]) -> set[str]:
    """The elements whose label list holds every distinct answer of a column (empty when the answers
    are not all questionnaire labels, or there are none)."""
    keys = set()
    for cell in dict.fromkeys(c for c in cells if c and c.strip()):  # distinct; stops at the first non-label
        key = label_key(cell)
        if key not in ANY_LABEL:
            return set()
        keys.add(key)
    if not keys:
        return set()
    return {u for u, labels in LABEL_SCORES.items() if keys <= set(labels)}


# 'Tidak X / Kurang X / X / Sangat X' is the regulation's pattern for most elements; other forms use it with
# other words ('puas', 'jelas', 'tepat'). The draft proposes those scores for 'nilai:' (to be checked).
LIKERT_PATTERN = (("tidak", 1), ("kurang", 2), ("sangat", 4))


def proposed_scores(cells: list[str]) -> dict[str, int | None]:
    """Answers of a column that are neither scores nor questionnaire labels, each with the score the
    'Tidak/Kurang/—/Sangat X' pattern gives it when every such answer follows it with the same X (else None)."""
    unknown = [c for c in dict.fromkeys(c.strip() for c in cells if c and c.strip())
               if label_key(c) not in ANY_LABEL and not re.fullmatch(r"\d+([.,]0+)?", c)]
    guesses: dict[str, int | None] = {}
    stems = set()
    for answer in unknown:
        words = label_key(answer).split()
        score = next((s for first, s in LIKERT_PATTERN if words[:1] == [first] and len(words) > 1), 3)
        stems.add(" ".join(words[1:] if score != 3 else words))
        guesses[answer] = score
    prefixed = any(score != 3 for score in guesses.values())
    if len(stems) != 1 or not prefixed or len(set(guesses.values())) != len(guesses):
        return {answer: None for answer in unknown}
    return guesses


SCORED_SHARE = 0.8  # a column answers an element when this share of its filled cells are scores or labels


def looks_scored(cells: list[str]) -> bool:
    """Whether a column's answers are scores 1-4, questionnaire labels or 'Tidak/Kurang/—/Sangat X' labels
    (True for a column without answers: nothing says otherwise)."""
    filled = [c.strip() for c in cells[:500] if c and c.strip()]
    if not filled:
        return True
    patterned = {k for k, v in proposed_scores(filled).items() if v is not None}
    scored = sum(1 for c in filled if c in patterned or label_key(c) in ANY_LABEL
                 or re.fullmatch(r"[1-4]([.,]0+)?", c))
    return scored >= SCORED_SHARE * len(filled)


# --- periods from dates ----------------------------------------------------------------------------
def bin_period(dates: pd.Series, unit: str | None) -> pd.Series:
    """The survey period of each date: 2024-S2 (semester, the default), 2024-Q4 (triwulan), 2024-10
    (bulan) or 2024 (tahun)."""
    unit = unit or DEFAULT_PERIOD_UNIT
    year = dates.dt.year.astype("Int64").astype("string")
    month = dates.dt.month.astype("Int64")
    if unit == "semester":
        return year + "-S" + ((month - 1) // 6 + 1).astype("string")
    if unit == "triwulan":
        return year + "-Q" + ((month - 1) // 3 + 1).astype("string")
    if unit == "bulan":
        return year + "-" + month.astype("string").str.zfill(2)
    return year
