"""Stage 2: processed tables -> estimates with their uncertainty -> hasil.json per scope."""
