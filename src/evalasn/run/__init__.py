"""The layer on top: parameters, the papermill batch runner and the command line the Makefile calls."""

import sys

# jsonschema (imported by nbformat, hence by papermill and nbconvert) compiles a lark grammar at
# import time for an IRI format check this project never uses (python-jsonschema#1428): about
# 1.8 s in every process that runs notebooks. Marking the optional module absent skips it.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]  # None marks a module absent
