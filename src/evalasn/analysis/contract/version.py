"""The version of hasil.json's structure, written into every file (``versi_skema``): bumped when a
change would mislead an older reader; analysis.results refuses a file of another version. A module
of its own: the model stage depends on it (Makefile ANALYSIS_SRC), not on the rest of the contract.
"""

SCHEMA_VERSION = 1
