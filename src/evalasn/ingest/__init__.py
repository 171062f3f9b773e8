"""Stage 1: raw spreadsheets in data/raw/ -> validated, pseudonymised parquet in data/processed/."""
