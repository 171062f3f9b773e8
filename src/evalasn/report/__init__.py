"""Stage 3: hasil.json -> narrative, figures and tables -> HTML (nbconvert) -> PDF (WeasyPrint).

The report never reads raw data and never refits a model: it reads hasil.json (and the
data-quality log for its annex).
"""
