"""Charts: one function per figure, each returning a matplotlib Figure in the report's theme."""
