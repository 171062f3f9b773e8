"""Evaluation of the ASN development programme of Pemprov DKI Jakarta.

Stages: ``ingest`` (raw spreadsheets -> validated, pseudonymised parquet),
``analysis`` (models -> hasil.json per scope), ``report`` (hasil.json -> HTML and PDF),
with ``run`` on top. ``paths``, ``registry``, ``constants`` and ``schema`` are the ground floor.
"""

__version__ = "0.1.0"
